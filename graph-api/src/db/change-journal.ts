/**
 * The graph's change journal: which nodes each committed transaction
 * touched, whoever wrote it (this process, another replica, an import,
 * cypher-shell). Neo4j Community has no change data capture; an APOC
 * trigger run in the `before` phase sees every transaction's changes and
 * writes, in that same transaction, one `(:GraphChange)` entry:
 *
 * - `seq`: its place in commit order (a counter on `(:ChangeJournal)`, whose
 *   lock orders the commits that write entries);
 * - `nodes`: ids of the nodes created, deleted, or whose properties or labels
 *   changed, and of the organisations given a theme (HAS_THEME created);
 *   `ends`: ids of the ends of the other relationships created, deleted or
 *   changed (both lists leave out nodes without an `id`, such as towns and
 *   themes, which the flags cover);
 * - `reach`: a change that can bring an organisation into a town's reach or
 *   take it out (an organisation created, a location or a label changed, a
 *   LOCATED_IN created, a town or its neighbours changed);
 * - `shared`: a change to the small tables every snapshot reads whole
 *   (themes, towns and their neighbours, the names of events and shared
 *   resources, recorded opportunities, the partnership model) or a node
 *   deleted; a relationship to one of those nodes (an organisation located
 *   in a town, attending an event) leaves them as they are;
 * - `resources`: a need or an offer changed;
 * - `all`: too many changes to list (an import's batch): read everything again.
 *
 * The last JOURNAL_LENGTH entries are kept. Readers keep what they read while
 * no entry touches it (domain/opportunities/town-scope.ts), and read again
 * whatever the entries cannot account for: a revision that moved with no
 * entry (the trigger is not installed, or not yet active), or entries older
 * than those kept. A trigger must never fail a write: it reads no property of
 * a node the transaction deletes (a deleted node's id comes from
 * `$removedNodeProperties`).
 */
import neo4j, { type Driver } from "neo4j-driver";

export const TRIGGER_NAME = "maillage-change-journal";
export const JOURNAL_LENGTH = 1000;
/**
 * Above this many changes (nodes, relationships, properties and labels), an entry says `all` instead
 * of listing them: the trigger then walks none of the transaction's lists. An importer's batch of 1,000
 * organisations (about 18,000 changes) is listed: on the regional graph its transaction took no longer
 * listed than not (0.37, 0.19 and 0.17 s against 1.16, 0.31 and 0.22 s), and a town's suggestions then
 * read only what it touched.
 */
export const MAX_LISTED = 50_000;

const SHARED_LABELS = ["Theme", "Town", "Event", "SharedResource", "Opportunity", "PartnershipModel"];
const RESOURCE_LABELS = ["ResourceNeed", "ResourceOffer"];
const hasAny = (x: string, labels: string[]) => labels.map((l) => `${x}:${l}`).join(" OR ");
const values = (param: string) => `apoc.coll.flatten([k IN keys(${param}) | ${param}[k]])`;
const count = (param: string) => `reduce(n = 0, k IN keys(${param}) | n + size(${param}[k]))`;

/** The trigger's statement (run by APOC in each writing transaction, before it commits). */
export const JOURNAL_STATEMENT = /* cypher */ `
WITH size($createdNodes) + size($deletedNodes) + size($createdRelationships) + size($deletedRelationships)
  + ${count("$assignedNodeProperties")} + ${count("$removedNodeProperties")}
  + ${count("$assignedLabels")} + ${count("$removedLabels")}
  + ${count("$assignedRelationshipProperties")} + ${count("$removedRelationshipProperties")} > ${MAX_LISTED} AS all
// A large transaction (an import's batch) is not listed: its entry says \`all\`, and nothing below walks its lists.
WITH all, CASE WHEN all THEN [] ELSE [n IN $deletedNodes | elementId(n)] END AS gone
WITH all, gone,
  CASE WHEN all THEN [] ELSE $createdNodes
    + [e IN ${values("$assignedNodeProperties")} | e.node]
    + [e IN ${values("$removedNodeProperties")} WHERE NOT elementId(e.node) IN gone | e.node]
    + [n IN ${values("$assignedLabels")} WHERE NOT elementId(n) IN gone]
    + [n IN ${values("$removedLabels")} WHERE NOT elementId(n) IN gone]
    + [r IN $createdRelationships WHERE type(r) = 'HAS_THEME' | startNode(r)] END AS changed,
  CASE WHEN all THEN [] ELSE
    [e IN coalesce($removedNodeProperties['id'], []) WHERE elementId(e.node) IN gone | e.old] END AS deletedIds,
  CASE WHEN all THEN [] ELSE [x IN apoc.coll.flatten(
      [r IN $createdRelationships WHERE type(r) <> 'HAS_THEME' | [startNode(r), endNode(r)]]
      + [r IN $deletedRelationships | [startNode(r), endNode(r)]]
      + [e IN ${values("$assignedRelationshipProperties")} + ${values("$removedRelationshipProperties")}
          | [startNode(e.relationship), endNode(e.relationship)]]
    ) WHERE NOT elementId(x) IN gone] END AS ends,
  CASE WHEN all THEN [] ELSE [n IN $createdNodes | elementId(n)] END AS created
WITH all, gone, changed, deletedIds, ends,
  all
    OR any(n IN $createdNodes WHERE n:Organisation)
    OR $assignedNodeProperties['location'] IS NOT NULL
    OR $removedNodeProperties['location'] IS NOT NULL
    OR any(r IN $createdRelationships WHERE type(r) = 'LOCATED_IN')
    OR any(x IN changed + ends WHERE x:Town)
    OR any(n IN ${values("$assignedLabels")} + ${values("$removedLabels")} WHERE NOT elementId(n) IN created) AS reach,
  all OR size(gone) > 0 OR any(x IN changed WHERE ${hasAny("x", SHARED_LABELS)})
    OR any(r IN $createdRelationships + $deletedRelationships WHERE type(r) = 'NEIGHBOUR_OF') AS shared,
  all OR any(x IN changed + ends WHERE ${hasAny("x", RESOURCE_LABELS)}) AS resources
WITH all, reach, shared, resources,
  apoc.coll.toSet([x IN changed WHERE x.id IS NOT NULL | x.id] + deletedIds) AS nodes,
  apoc.coll.toSet([x IN ends WHERE x.id IS NOT NULL | x.id]) AS ends
MERGE (j:ChangeJournal {id: 'graph'})
SET j.seq = coalesce(j.seq, 0) + 1
WITH j, reach, shared, resources, nodes, ends, all
CREATE (:GraphChange {
  seq: j.seq, at: datetime(), reach: reach, shared: shared, resources: resources, all: all,
  nodes: CASE WHEN all THEN [] ELSE nodes END, ends: CASE WHEN all THEN [] ELSE ends END
})
WITH j
OPTIONAL MATCH (old:GraphChange) WHERE old.seq <= j.seq - ${JOURNAL_LENGTH}
DELETE old`;

export interface ChangeJournal {
  /**
   * The sequence number from which on every transaction has an entry: a
   * reader that noted the journal at it or later can replay the entries
   * since (before it, the trigger was being installed). Null while the
   * journal is being made ready (the first call starts that, in the
   * background), or when it is not kept (APOC triggers disabled, or not
   * allowed to this user): then every revision move means reading again.
   */
  trustedFrom(): number | null;
  /** Resolves once the journal is ready (the number above) or known not to be kept (null). */
  ready(): Promise<number | null>;
}

/**
 * Installs the trigger unless it is there with this statement and has
 * written entries; after installing, waits until a write of its own shows in
 * the journal (installing takes effect within apoc.trigger.refresh): from
 * then on, every transaction writes an entry. The journal is null (and says
 * why in the log) when triggers cannot be used.
 */
export function createChangeJournal(
  driver: Driver,
  options: { database?: string; log?: (message: string) => void; timeoutMs?: number },
): ChangeJournal {
  const database = options.database ?? "neo4j";
  let starting: Promise<number | null> | undefined;
  const start = async (): Promise<number | null> => {
    try {
      const system = { database: "system" };
      // The system database takes CALL … YIELD … RETURN only: the trigger is picked out here.
      const { records } = await driver.executeQuery(
        "CALL apoc.trigger.show($db) YIELD name, query, paused RETURN name, query, paused",
        { db: database },
        system,
      );
      const current = records.find((r) => r.get("name") === TRIGGER_NAME);
      if (current && current.get("query") === JOURNAL_STATEMENT && !current.get("paused")) {
        // Running already: its last entry shows it was, and every transaction since has one too.
        const { records: last } = await driver.executeQuery(
          "MATCH (j:ChangeJournal {id: 'graph'}) RETURN j.seq AS seq",
          {},
          { database },
        );
        const seq = last[0]?.get("seq");
        if (seq !== undefined && seq !== null) return neo4j.integer.toNumber(seq);
      } else {
        await driver.executeQuery(
          "CALL apoc.trigger.install($db, $name, $statement, {phase: 'before'})",
          { db: database, name: TRIGGER_NAME, statement: JOURNAL_STATEMENT },
          system,
        );
      }
      // Installing is eventually consistent (apoc.trigger.refresh): wait until one of our writes is journaled.
      const deadline = Date.now() + (options.timeoutMs ?? 90_000);
      for (;;) {
        const { records: probe } = await driver.executeQuery(
          `MERGE (j:ChangeJournal {id: 'graph'}) SET j.probedAt = datetime()
           WITH j MATCH (g:GraphChange {seq: j.seq}) WHERE 'graph' IN g.nodes RETURN g.seq AS seq`,
          {},
          { database },
        );
        // That entry's transaction and every one after it were journaled.
        if (probe.length > 0) return neo4j.integer.toNumber(probe[0].get("seq"));
        if (Date.now() > deadline) throw new Error("the journal's trigger did not start writing entries");
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    } catch (error) {
      options.log?.(
        `change journal not kept (${error instanceof Error ? error.message : String(error)}): ` +
          "a town's suggestions are read again after every write",
      );
      return null;
    }
  };
  let trusted: number | null = null;
  const ready = () => {
    starting ??= start().then((seq) => (trusted = seq));
    return starting;
  };
  return {
    trustedFrom() {
      void ready();
      return trusted;
    },
    ready,
  };
}
