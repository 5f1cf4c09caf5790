// graph-api's change journal (graph-api/src/db/change-journal.ts): an APOC trigger writes one
// (:GraphChange) entry per transaction, numbered by the counter on (:ChangeJournal {id: 'graph'});
// readers ask for the entries after a number. Format: see V0001__initial_model.cypher.
CREATE CONSTRAINT change_journal_id IF NOT EXISTS FOR (n:ChangeJournal) REQUIRE n.id IS UNIQUE;
CREATE INDEX graph_change_seq IF NOT EXISTS FOR (n:GraphChange) ON (n.seq);
