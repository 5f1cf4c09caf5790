/**
 * After a write, a town's kept opportunities are brought up to date with the
 * change journal (graph-api/src/db/change-journal.ts, an APOC trigger) instead
 * of being read again whole: kept as they are when the write touched nothing
 * the town read, updated when it changed an organisation's profile, a
 * recorded decision or a relationship between nodes the town already reads,
 * read again when the town now reaches other nodes.
 * Whichever way, the suggestions are those of a finder that reads everything
 * afresh.
 */
import { loadComplementarity } from "@maillage/reference";
import { openDriver, neo4jEnvSchema, toNeo4jConfig } from "@maillage/neo4j";
import { createChangeJournal, MAX_LISTED } from "../../graph-api/src/db/change-journal";
import { createGraphReader } from "../../graph-api/src/db/graph-reader";
import { createGraphRevision } from "../../graph-api/src/db/graph-revision";
import { createGraphWriter } from "../../graph-api/src/db/graph-writer";
import { createOpportunityFinder, type FinderOptions } from "../../graph-api/src/domain/opportunities/finder";
import {
  mergeChanges,
  readTownParts,
  updateTownParts,
  type TownParts,
} from "../../graph-api/src/domain/opportunities/town-scope";
import { graphChangesSince } from "../../graph-api/src/cypher/change-journal/graph-changes-since.cypher";
import { uniqueId } from "./harness";

jest.setTimeout(180_000);

const TOWN = "94028";

describe("a town's opportunities after a write", () => {
  const config = toNeo4jConfig(neo4jEnvSchema.parse(process.env));
  const driver = openDriver(config);
  const reader = createGraphReader(driver, { database: config.database, timeoutMs: 60_000 });
  const revision = createGraphRevision(driver, { database: config.database });
  const complementarity = loadComplementarity();
  const cypher = async (query: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(query, params, { database: config.database })).records.map((r) => r.toObject());
  const undo: { query: string; params: Record<string, unknown> }[] = [];

  afterAll(async () => {
    for (const { query, params } of undo.reverse()) await cypher(query, params);
    await driver.close();
  });

  /** Every kind's first suggestions for the town, scores to 1e-9 (sums in another order differ in the last bits). */
  const suggestions = async (options: FinderOptions = {}) => {
    const finder = createOpportunityFinder(reader, {
      currentRevision: () => revision.current(),
      complementarity,
      ...options,
    });
    const found = await finder.find({ inseeCode: TOWN, limit: 100 });
    return JSON.parse(JSON.stringify(found, (_k, v) => (typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v))) as {
      id: string;
      score: number;
      reasons: unknown[];
    }[];
  };

  it("are kept, updated or read again as the write requires, and are always those read afresh", async () => {
    const journal = createChangeJournal(driver, { database: config.database });
    expect(await journal.ready()).toEqual(expect.any(Number));
    // A stored partnership model, as the server keeps one: a town's suggestions are scored with it.
    const writer = createGraphWriter(driver, { database: config.database, timeoutMs: 60_000 });
    await createOpportunityFinder(reader, { complementarity, writer }).model();
    const made: string[] = [];
    const finder = createOpportunityFinder(reader, {
      currentRevision: () => revision.current(),
      complementarity,
      journal,
      onTownSnapshot: ({ inseeCode, how }) => inseeCode === TOWN && made.push(how),
    });
    const mine = async () =>
      JSON.parse(
        JSON.stringify(await finder.find({ inseeCode: TOWN, limit: 100 }), (_k, v) =>
          typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v,
        ),
      ) as Awaited<ReturnType<typeof suggestions>>;
    const step = async () => {
      made.length = 0;
      const [kept, afresh] = [await mine(), await suggestions()];
      expect(kept).toEqual(afresh);
      return { how: made.join(","), found: kept };
    };

    const first = await step();
    expect(first.how).toBe("read");
    expect(first.found.length).toBeGreaterThan(10);

    // A contact's phone: nothing the suggestions read.
    const [{ contact, phone }] = await cypher(
      "MATCH (c:Contact) RETURN c.id AS contact, c.phone AS phone ORDER BY c.id LIMIT 1",
    );
    undo.push({ query: "MATCH (c:Contact {id: $contact}) SET c.phone = $phone", params: { contact, phone } });
    await cypher("MATCH (c:Contact {id: $contact}) SET c.phone = '01 00 00 00 00'", { contact });
    const afterContact = await step();
    expect(afterContact).toEqual({ how: "kept", found: first.found });

    // A theme given to one of the town's structures: its profile is read again, and its suggestions change.
    const [{ id, theme }] = await cypher(
      `MATCH (o:EssStructure)-[:LOCATED_IN]->(:Town {inseeCode: $town})
       MATCH (th:Theme) WHERE NOT (o)-[:HAS_THEME]->(th)
       WITH o, th ORDER BY COUNT { (o)-[:PARTNERS_WITH]-() } DESC, o.id, th.code LIMIT 1
       RETURN o.id AS id, th.code AS theme`,
      { town: TOWN },
    );
    undo.push({
      query: "MATCH (:Organisation {id: $id})-[r:HAS_THEME]->(:Theme {code: $theme}) DELETE r",
      params: { id, theme },
    });
    await cypher("MATCH (o:Organisation {id: $id}), (th:Theme {code: $theme}) CREATE (o)-[:HAS_THEME]->(th)", {
      id,
      theme,
    });
    const afterTheme = await step();
    expect(afterTheme.how).toBe("updated");
    expect(afterTheme.found).not.toEqual(first.found);

    // A suggestion declined by a coordinator: the recorded decisions are read again, and it is gone.
    const declined = afterTheme.found[0].id;
    const tag = uniqueId("declined");
    undo.push({ query: "MATCH (o:Opportunity {id: $declined, tag: $tag}) DETACH DELETE o", params: { declined, tag } });
    await cypher(
      `CREATE (:Opportunity {id: $declined, kind: split($declined, ':')[0], memberIds: split(split($declined, ':')[1], '+'),
         status: 'DECLINED', tag: $tag, updatedAt: datetime()})`,
      { declined, tag },
    );
    const afterDecline = await step();
    expect(afterDecline.how).toBe("updated");
    expect(afterDecline.found.map((o) => o.id)).not.toContain(declined);

    // A partnership between two of the town's organisations: the same nodes are reached, so only the
    // neighbourhood's edges and the two organisations are read again.
    const [{ neighbour }] = await cypher(
      `MATCH (o:Organisation {id: $id}), (x:EssStructure)-[:LOCATED_IN]->(:Town {inseeCode: $town})
       WHERE x <> o AND NOT (o)-[:PARTNERS_WITH]-(x) RETURN x.id AS neighbour ORDER BY x.id LIMIT 1`,
      { id, town: TOWN },
    );
    undo.push({
      query: "MATCH (:Organisation {id: $id})-[r:PARTNERS_WITH {tag: $tag}]-() DELETE r",
      params: { id, tag },
    });
    const partners = (other: string) =>
      cypher(
        "MATCH (o:Organisation {id: $id}), (x:Organisation {id: $other}) CREATE (o)-[:PARTNERS_WITH {since: 2026, tag: $tag}]->(x)",
        { id, other, tag },
      );
    await partners(neighbour);
    const afterLocal = await step();
    expect(afterLocal.how).toBe("updated");
    expect(afterLocal.found).not.toEqual(afterDecline.found);

    // A partnership with an organisation no organisation of the town was linked to: the town now reaches
    // other nodes, whose edges, profiles and degrees are read.
    const [{ stranger }] = await cypher(
      `MATCH (x:EssStructure) WHERE NOT (x)-[:LOCATED_IN]->(:Town {inseeCode: $town})
         AND NOT EXISTS { (x)-[:PARTNERS_WITH|PURCHASES_FROM|FUNDS|SUPPORTS|MEMBER_OF|STUDIES]-(:Organisation)-[:LOCATED_IN]->(:Town {inseeCode: $town}) }
       RETURN x.id AS stranger ORDER BY x.id LIMIT 1`,
      { town: TOWN },
    );
    await partners(stranger);
    expect((await step()).how).toBe("updated");

    // The partnerships removed: the town's neighbourhood shrinks back.
    await cypher("MATCH (:Organisation {id: $id})-[r:PARTNERS_WITH {tag: $tag}]-() DELETE r", { id, tag });
    const afterRemoval = await step();
    expect(afterRemoval.how).toBe("updated");
    expect(afterRemoval.found).toEqual(afterDecline.found);

    // A write the journal cannot list (more changes than MAX_LISTED in one transaction): read again whole.
    undo.push({ query: "MATCH (x:JournalProbe {tag: $tag}) DETACH DELETE x", params: { tag } });
    const probes = Math.ceil(MAX_LISTED / 2) + 1;
    await cypher("UNWIND range(1, toInteger($probes)) AS i CREATE (:JournalProbe {tag: $tag, i: i})", { probes, tag });
    expect((await step()).how).toBe("read");
  });
  it("update the parts they are built from to what a fresh reading gives, wherever the write reaches", async () => {
    const journal = createChangeJournal(driver, { database: config.database });
    expect(await journal.ready()).toEqual(expect.any(Number));
    const noModel = async (): Promise<never> => {
      throw new Error("a stored model is expected");
    };
    const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
    const content = (parts: TownParts) => ({
      neighbourhood: sorted(parts.neighbourhood),
      candidateEdges: sorted(parts.candidateEdges),
      degrees: sorted(parts.degrees),
      profiles: sorted(parts.profiles),
      resources: JSON.stringify(parts.resources),
      sets: JSON.stringify({ ...parts.sets, complete: [...parts.sets.complete].sort() }),
    });
    const since = async () => (await reader.read(graphChangesSince, { since: Number.MAX_SAFE_INTEGER }))[0].last;
    const before = await readTownParts(reader, TOWN, noModel);
    /** Applies one write to the parts read before it, checks them against a fresh reading, and undoes the write. */
    const afterWrite = async (write: () => Promise<unknown>, undoWrite: () => Promise<unknown>, base = before) => {
      const seq = await since();
      try {
        await write();
        const [{ changes }] = await reader.read(graphChangesSince, { since: seq });
        const updated = await updateTownParts(reader, base, mergeChanges(changes));
        const afresh = await readTownParts(reader, TOWN, noModel);
        expect(updated).not.toBeNull();
        expect(content(updated!)).toEqual(content(afresh));
        expect(content(afresh)).not.toEqual(content(base));
        return { updated: updated!, afresh };
      } finally {
        await undoWrite();
      }
    };
    const outside = `NOT (x)-[:LOCATED_IN]->(:Town {inseeCode: $town})
      AND NOT EXISTS { (x)-[:PARTNERS_WITH|PURCHASES_FROM|FUNDS|SUPPORTS|MEMBER_OF|STUDIES]-(:Organisation)-[:LOCATED_IN]->(:Town {inseeCode: $town}) }`;
    const tag = uniqueId("parts");
    const link = (a: string, b: string, as = tag) =>
      cypher(
        "MATCH (o:Organisation {id: $a}), (x:Organisation {id: $b}) CREATE (o)-[:PARTNERS_WITH {since: 2026, tag: $as}]->(x)",
        { a, b, as },
      );
    const unlink = (as = tag) => cypher("MATCH ()-[r:PARTNERS_WITH {tag: $as}]-() DELETE r", { as });

    // Two organisations two hops from the town or farther, not linked to any of its organisations: a
    // partnership between them changes their degrees and the paths of three through them.
    const [{ far, farPartner }] = await cypher(
      `MATCH (x:EssStructure) WHERE x.id IN $outer AND ${outside}
       WITH x AS far ORDER BY x.id LIMIT 1
       MATCH (x:EssStructure) WHERE x <> far AND x.id IN $outer AND NOT (x)-[:PARTNERS_WITH]-(far) AND ${outside}
       RETURN far.id AS far, x.id AS farPartner ORDER BY x.id LIMIT 1`,
      { outer: before.sets.outer, town: TOWN },
    );
    await afterWrite(
      () => link(far, farPartner),
      () => unlink(),
    );

    // One of the town's organisations and one beyond two hops, partner of another beyond two hops that is
    // linked to a partnership candidate: the town's neighbourhood grows by the first, the second comes two
    // hops away, and the candidate's paths of three through it count.
    const [{ member }] = await cypher(
      `MATCH (x:EssStructure)-[:LOCATED_IN]->(:Town {inseeCode: $town}) RETURN x.id AS member ORDER BY x.id LIMIT 1`,
      { town: TOWN },
    );
    const near = [...before.sets.complete, ...before.sets.ends];
    const [{ stranger, beyond, candidate }] = await cypher(
      `MATCH (x:EssStructure) WHERE NOT x.id IN $near AND ${outside}
       WITH x ORDER BY x.id LIMIT 2
       WITH collect(x.id) AS two
       MATCH (c:Organisation) WHERE c.id IN $outer AND NOT c.id IN $near
       RETURN two[0] AS stranger, two[1] AS beyond, c.id AS candidate ORDER BY c.id LIMIT 1`,
      { near, outer: before.sets.outer, town: TOWN },
    );
    const setup = uniqueId("setup");
    try {
      await link(stranger, beyond, setup);
      await link(beyond, candidate, setup);
      const base = await readTownParts(reader, TOWN, noModel);
      expect(base.sets.ends).not.toContain(beyond);
      const { updated } = await afterWrite(
        () => link(member, stranger),
        () => unlink(),
        base,
      );
      expect(updated.sets.complete.has(stranger)).toBe(true);
      expect(updated.sets.ends).toContain(beyond);
      expect(updated.candidateEdges).toContainEqual({ source: candidate, target: beyond });
    } finally {
      await unlink(setup);
    }

    // An import's batch, listed by the journal: new structures in the town, some of them partners of one
    // of its organisations.
    const batch = uniqueId("batch");
    const imported = await afterWrite(
      () =>
        cypher(
          `MATCH (t:Town {inseeCode: $town}), (m:Organisation {id: $member})
           UNWIND range(1, 200) AS i
           CREATE (o:Organisation:EssStructure {id: $batch + '-' + i, name: 'Batch ' + i, location: m.location})-[:LOCATED_IN]->(t)
           WITH o, m, i WHERE i % 20 = 0
           CREATE (o)-[:PARTNERS_WITH {since: 2026}]->(m)`,
          { town: TOWN, member, batch },
        ),
      () => cypher("MATCH (o:Organisation) WHERE o.id STARTS WITH $batch DETACH DELETE o", { batch }),
    );
    expect(imported.updated.reach.members).toContain(`${batch}-20`);
    expect(imported.updated.sets.complete.has(`${batch}-20`)).toBe(true);

    // An organisation of another town that opens a site in this one (a second LOCATED_IN; its own, with
    // its provenance, stays as the seed wrote it): the town's reach and neighbourhood take it in.
    const [{ mover }] = await cypher(
      `MATCH (x:EssStructure)-[:LOCATED_IN]->(t:Town) WHERE t.inseeCode <> $town AND ${outside}
         AND COUNT { (x)-[:PARTNERS_WITH]-() } > 0
       RETURN x.id AS mover ORDER BY x.id LIMIT 1`,
      { town: TOWN },
    );
    const moved = await afterWrite(
      () =>
        cypher(
          "MATCH (x:Organisation {id: $mover}), (t:Town {inseeCode: $town}) CREATE (x)-[:LOCATED_IN {tag: $tag}]->(t)",
          { mover, town: TOWN, tag },
        ),
      () => cypher("MATCH (:Organisation {id: $mover})-[l:LOCATED_IN {tag: $tag}]->() DELETE l", { mover, tag }),
    );
    expect(moved.updated.reach.members).toContain(mover);
    expect(moved.updated.sets.complete.has(mover)).toBe(true);
  });
});
