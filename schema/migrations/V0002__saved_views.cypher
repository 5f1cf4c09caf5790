// Coordinators' saved views (graph-api/src/domain/saved-views.ts): found by id when a shared link
// (#/views/<id>) is opened or one is deleted. Format: see V0001__initial_model.cypher.
CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (n:SavedView) REQUIRE n.id IS UNIQUE;
