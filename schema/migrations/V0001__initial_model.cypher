// The model as release 0.1.0 left it: every constraint and index its seed
// created. IF NOT EXISTS, so that a database made before migrations existed
// (which has them all already) adopts this step without change.
// Format: neo4j-migrations' Cypher migrations (statements end with ";" and a
// line break); see docs/adr/0004-versioned-migrations.md.

// Natural keys are unique (the API names the property when a write would duplicate one).
CREATE CONSTRAINT territory_code IF NOT EXISTS FOR (n:Territory) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT town_insee_code IF NOT EXISTS FOR (n:Town) REQUIRE n.inseeCode IS UNIQUE;
CREATE CONSTRAINT theme_code IF NOT EXISTS FOR (n:Theme) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT programme_id IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT programme_axis_id IF NOT EXISTS FOR (n:ProgrammeAxis) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT programme_action_id IF NOT EXISTS FOR (n:ProgrammeAction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT call_for_projects_id IF NOT EXISTS FOR (n:CallForProjects) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ess_structure_id IF NOT EXISTS FOR (n:EssStructure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ess_structure_siret IF NOT EXISTS FOR (n:EssStructure) REQUIRE n.siret IS UNIQUE;
CREATE CONSTRAINT ess_structure_rna_id IF NOT EXISTS FOR (n:EssStructure) REQUIRE n.rnaId IS UNIQUE;
CREATE CONSTRAINT business_id IF NOT EXISTS FOR (n:Business) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT business_siret IF NOT EXISTS FOR (n:Business) REQUIRE n.siret IS UNIQUE;
CREATE CONSTRAINT financer_id IF NOT EXISTS FOR (n:Financer) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT support_provider_id IF NOT EXISTS FOR (n:SupportProvider) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT research_unit_id IF NOT EXISTS FOR (n:ResearchUnit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contact_id IF NOT EXISTS FOR (n:Contact) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT resource_need_id IF NOT EXISTS FOR (n:ResourceNeed) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT resource_offer_id IF NOT EXISTS FOR (n:ResourceOffer) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT shared_resource_id IF NOT EXISTS FOR (n:SharedResource) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT opportunity_id IF NOT EXISTS FOR (n:Opportunity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.id IS UNIQUE;

// Full-text search, one index per searchable type (named as in the @fulltext directives of type-defs.graphql);
// Lucene's French analyzer folds case and accents and stems lightly, so "epicerie" finds "Épicerie".
CREATE FULLTEXT INDEX essStructureSearch IF NOT EXISTS FOR (n:EssStructure) ON EACH [n.name, n.description] OPTIONS { indexConfig: { `fulltext.analyzer`: 'french' } };
CREATE FULLTEXT INDEX businessSearch IF NOT EXISTS FOR (n:Business) ON EACH [n.name, n.description] OPTIONS { indexConfig: { `fulltext.analyzer`: 'french' } };
CREATE FULLTEXT INDEX financerSearch IF NOT EXISTS FOR (n:Financer) ON EACH [n.name, n.description] OPTIONS { indexConfig: { `fulltext.analyzer`: 'french' } };
CREATE FULLTEXT INDEX supportProviderSearch IF NOT EXISTS FOR (n:SupportProvider) ON EACH [n.name, n.description] OPTIONS { indexConfig: { `fulltext.analyzer`: 'french' } };
CREATE FULLTEXT INDEX researchUnitSearch IF NOT EXISTS FOR (n:ResearchUnit) ON EACH [n.name, n.description] OPTIONS { indexConfig: { `fulltext.analyzer`: 'french' } };

// Distance filters.
CREATE POINT INDEX organisation_location IF NOT EXISTS FOR (n:Organisation) ON (n.location);
CREATE POINT INDEX town_location IF NOT EXISTS FOR (n:Town) ON (n.location);
CREATE POINT INDEX shared_resource_location IF NOT EXISTS FOR (n:SharedResource) ON (n.location);

// The audit trail is read newest first, by actor or by entity.
CREATE RANGE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
CREATE RANGE INDEX audit_entry_entity_id IF NOT EXISTS FOR (n:AuditEntry) ON (n.entityId);
