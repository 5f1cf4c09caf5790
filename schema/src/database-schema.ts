/**
 * Constraints and indexes the graph needs, by name: graph-api's /readyz waits
 * for all of them. The migrations (schema/migrations/*.cypher) create them;
 * a test checks that they create exactly these.
 *
 * Natural keys are unique; the full-text indexes use Lucene's French analyzer;
 * locations have point indexes for distance filters.
 */

/**
 * Labels of Maillage's own records: the audit trail, researchers' API keys,
 * coordinators' saved views, network-metric snapshots, the tombstones of erased people, accounts with
 * their sessions and password links, the fitted partnership model, business conventions and their
 * meetings, and the applied migrations (neo4j-migrations' chain and lock, ./migrations). They say who
 * and when in fields of their own; the provenance fields (source, sourceKind,
 * updatedAt) belong to the territory's data.
 */
export const RECORD_LABELS: readonly string[] = [
  "AuditEntry",
  "ApiKey",
  "SavedView",
  "NetworkMetrics",
  "ErasedPerson",
  "Account",
  "Session",
  "PasswordLink",
  "PartnershipModel",
  "Convention",
  "ConventionMeeting",
  "__Neo4jMigration",
  "__Neo4jMigrationsLock",
  "ChangeJournal",
  "GraphChange",
];

interface Unique {
  name: string;
  label: string;
  property: string;
}

const UNIQUE: Unique[] = [
  { name: "territory_code", label: "Territory", property: "code" },
  { name: "town_insee_code", label: "Town", property: "inseeCode" },
  { name: "theme_code", label: "Theme", property: "code" },
  { name: "programme_id", label: "Programme", property: "id" },
  { name: "programme_axis_id", label: "ProgrammeAxis", property: "id" },
  { name: "programme_action_id", label: "ProgrammeAction", property: "id" },
  { name: "event_id", label: "Event", property: "id" },
  { name: "call_for_projects_id", label: "CallForProjects", property: "id" },
  { name: "organisation_id", label: "Organisation", property: "id" },
  { name: "ess_structure_id", label: "EssStructure", property: "id" },
  { name: "ess_structure_siret", label: "EssStructure", property: "siret" },
  { name: "ess_structure_rna_id", label: "EssStructure", property: "rnaId" },
  { name: "business_id", label: "Business", property: "id" },
  { name: "business_siret", label: "Business", property: "siret" },
  { name: "financer_id", label: "Financer", property: "id" },
  { name: "support_provider_id", label: "SupportProvider", property: "id" },
  { name: "research_unit_id", label: "ResearchUnit", property: "id" },
  { name: "contact_id", label: "Contact", property: "id" },
  { name: "resource_need_id", label: "ResourceNeed", property: "id" },
  { name: "resource_offer_id", label: "ResourceOffer", property: "id" },
  { name: "shared_resource_id", label: "SharedResource", property: "id" },
  { name: "opportunity_id", label: "Opportunity", property: "id" },
  { name: "audit_entry_id", label: "AuditEntry", property: "id" },
  // Found by id on every request that carries a researcher's key: without it, a label scan (docs/query-plans.md).
  { name: "api_key_id", label: "ApiKey", property: "id" },
  { name: "saved_view_id", label: "SavedView", property: "id" },
];

/**
 * Accounts (graph-api/src/accounts), outside the GraphQL schema: found by email at sign-in, by the
 * provider's subject at single sign-on; sessions and password links by their secret's hash, on
 * every request that carries a session cookie. No GraphQL mutation writes them.
 */
const ACCOUNTS: Unique[] = [
  { name: "account_email", label: "Account", property: "email" },
  { name: "account_sso_subject", label: "Account", property: "ssoSubject" },
  { name: "session_hash", label: "Session", property: "hash" },
  { name: "password_link_hash", label: "PasswordLink", property: "hash" },
];

/** Properties some label requires to be unique (the API names them when a write would duplicate one). */
export const UNIQUE_PROPERTIES: string[] = [...new Set(UNIQUE.map((u) => u.property))];

/** One full-text index per searchable type, named as in the @fulltext directives of type-defs.graphql. */
const FULLTEXT: { name: string; label: string }[] = [
  { name: "essStructureSearch", label: "EssStructure" },
  { name: "businessSearch", label: "Business" },
  { name: "financerSearch", label: "Financer" },
  { name: "supportProviderSearch", label: "SupportProvider" },
  { name: "researchUnitSearch", label: "ResearchUnit" },
];

const POINT: { name: string; label: string }[] = [
  { name: "organisation_location", label: "Organisation" },
  { name: "town_location", label: "Town" },
  { name: "shared_resource_location", label: "SharedResource" },
];

/** The audit trail is read newest first, by actor or by entity (graph-api/src/cypher/audit). */
const RANGE: { name: string; label: string; property: string }[] = [
  { name: "audit_entry_at", label: "AuditEntry", property: "at" },
  { name: "audit_entry_entity_id", label: "AuditEntry", property: "entityId" },
  // The change journal's entries after a number (graph-api/src/db/change-journal.ts).
  { name: "graph_change_seq", label: "GraphChange", property: "seq" },
];

/** Names of every index (including constraint-backed ones) that must be ONLINE for the API to be ready. */
export const EXPECTED_INDEX_NAMES: string[] = [
  ...UNIQUE.map((u) => u.name),
  ...ACCOUNTS.map((u) => u.name),
  "change_journal_id",
  ...FULLTEXT.map((f) => f.name),
  ...POINT.map((p) => p.name),
  ...RANGE.map((r) => r.name),
];
