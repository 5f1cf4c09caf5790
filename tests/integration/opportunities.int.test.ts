import { startHarness, type Harness } from "./harness";

const FIELDS = `id kind score status members { id name kind inseeCode illustrative } explanation fr: explanation(language: FR) en: explanation(language: EN) linkScores { commonNeighbours jaccard adamicAdar resourceAllocation }`;

/** Neighbours of an organisation in the cooperation graph, as the Cypher of the model defines them. */
const COOPERATION_NEIGHBOURS = `
  MATCH (o:Organisation {id: $id})
  CALL (o) {
    MATCH (o)-[:PARTNERS_WITH|PURCHASES_FROM|FUNDS|SUPPORTS|MEMBER_OF|STUDIES]-(x:Organisation) RETURN x.id AS n
    UNION MATCH (o)-[:ATTENDED]->(e:Event) RETURN 'event:' + e.id AS n
    UNION MATCH (o)-[:POOLS]->(r:SharedResource) RETURN 'resource:' + r.id AS n
  }
  RETURN collect(n) AS neighbours`;

describe("opportunities", () => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness();
  });
  afterAll(() => api.close());

  const neighbours = async (id: string) =>
    new Set<string>((await api.cypher(COOPERATION_NEIGHBOURS, { id }))[0].neighbours);

  it("come best first within each kind, kinds taking turns, scored in [0, 1], with reasons in French and English", async () => {
    const res = await api.gql(`{ opportunities(limit: 60) { ${FIELDS} } }`);
    expect(res.errors).toBeUndefined();
    const list = res.data!.opportunities;
    expect(list.length).toBe(60);
    expect(
      list
        .slice(0, 3)
        .map((o: any) => o.kind)
        .sort(),
    ).toEqual(["PARTNERSHIP", "POOLING", "POOLING_GROUP"]);
    for (let i = 0; i < list.length; i++) {
      const o = list[i];
      expect(o.score).toBeGreaterThanOrEqual(0);
      expect(o.score).toBeLessThanOrEqual(1);
      const previousOfKind = list
        .slice(0, i)
        .filter((p: any) => p.kind === o.kind)
        .pop();
      if (previousOfKind) expect(o.score).toBeLessThanOrEqual(previousOfKind.score);
      expect(o.members.length).toBeGreaterThanOrEqual(2);
      expect(o.fr.length).toBeGreaterThan(0);
      expect(o.en).toHaveLength(o.fr.length);
      expect(o.explanation).toEqual(o.fr);
      expect(o.status).toBe("SUGGESTED");
    }
    // Each member says whether it was invented for the demonstration, as its stored provenance does.
    const ids = [...new Set(list.flatMap((o: any) => o.members.map((m: any) => m.id)))];
    const stored = await api.cypher(
      "MATCH (o:Organisation) WHERE o.id IN $ids RETURN o.id AS id, o.sourceKind = 'ILLUSTRATIVE' AS illustrative",
      { ids },
    );
    const invented = new Map(stored.map((r: any) => [r.id, r.illustrative]));
    for (const m of list.flatMap((o: any) => o.members))
      expect([m.id, m.illustrative]).toEqual([m.id, invented.get(m.id)]);
  });

  it("suggest partnerships between organisations not linked yet, naming the partners they share", async () => {
    const res = await api.gql(`{ opportunities(kind: PARTNERSHIP, inseeCode: "94028", limit: 15) { ${FIELDS} } }`);
    expect(res.errors).toBeUndefined();
    for (const o of res.data!.opportunities) {
      const [a, b] = o.members.map((m: any) => m.id);
      expect(o.members.some((m: any) => m.inseeCode === "94028")).toBe(true);
      const na = await neighbours(a);
      const nb = await neighbours(b);
      expect(na.has(b)).toBe(false);
      const common = [...na].filter((n) => nb.has(n));
      expect(o.linkScores.commonNeighbours).toBe(common.length);
      const union = new Set([...na, ...nb]).size;
      expect(o.linkScores.jaccard).toBeCloseTo(union ? common.length / union : 0, 12);
      const sharedPartners = o.fr.find((s: string) => s.startsWith("Partenaires communs"));
      if (sharedPartners) {
        const names = (
          await api.cypher("MATCH (x:Organisation) WHERE x.id IN $ids RETURN collect(x.name) AS names", { ids: common })
        )[0].names;
        for (const name of sharedPartners
          .replace("Partenaires communs : ", "")
          .split(", ")
          .filter((n: string) => !n.includes(" autre"))) {
          expect(names).toContain(name.replace(/ et \d+ autres?$/, ""));
        }
      }
    }
  });

  it("match an open need with an open offer of the same kind nearby", async () => {
    const res = await api.gql(
      `{ opportunities(kind: POOLING, limit: 20) { id members { id } fr: explanation(language: FR) } }`,
    );
    expect(res.data!.opportunities.length).toBeGreaterThan(0);
    for (const o of res.data!.opportunities) {
      const [, , needId, offerId] = o.id.split(":");
      const [row] = await api.cypher(
        `MATCH (s:EssStructure)-[:HAS_NEED]->(n:ResourceNeed {id: $needId}), (h:Organisation)-[:OFFERS]->(f:ResourceOffer {id: $offerId})
         RETURN s.id AS needer, h.id AS holder, n.kind = f.kind AS sameKind, n.status AS needStatus, point.distance(s.location, h.location) / 1000 AS km`,
        { needId, offerId },
      );
      expect(row.sameKind).toBe(true);
      expect(row.needStatus).toBe("OPEN");
      expect(o.members.map((m: any) => m.id).sort()).toEqual([row.needer, row.holder].sort());
      expect(o.fr[0]).toMatch(/^Besoin « .+ » et offre « .+ »/);
    }
  });

  it("group three or more nearby structures that have the same need", async () => {
    const res = await api.gql(`{ opportunities(kind: POOLING_GROUP, limit: 10) { id members { id } } }`);
    expect(res.data!.opportunities.length).toBeGreaterThan(0);
    for (const o of res.data!.opportunities) {
      const kind = o.id.split(":")[2];
      const ids = o.members.map((m: any) => m.id);
      expect(ids.length).toBeGreaterThanOrEqual(3);
      const [row] = await api.cypher(
        `MATCH (s:EssStructure)-[:HAS_NEED]->(n:ResourceNeed {kind: $kind, status: 'OPEN'}) WHERE s.id IN $ids
         WITH collect(DISTINCT s) AS members
         RETURN size(members) AS withNeed,
           reduce(m = 0.0, a IN members | reduce(n = m, b IN members | CASE WHEN point.distance(a.location, b.location) > n THEN point.distance(a.location, b.location) ELSE n END)) / 1000 AS spreadKm`,
        { kind, ids },
      );
      expect(row.withNeed).toBe(ids.length);
      expect(row.spreadKm).toBeLessThanOrEqual(4.01);
    }
  });

  it("filter by organisation and theme", async () => {
    const byOrg = await api.gql(`{ opportunities(organisationId: "demo-ess-001", limit: 10) { members { id } } }`);
    expect(byOrg.data!.opportunities.length).toBeGreaterThan(0);
    for (const o of byOrg.data!.opportunities) expect(o.members.map((m: any) => m.id)).toContain("demo-ess-001");
    const byTheme = await api.gql(
      `{ opportunities(kind: PARTNERSHIP, theme: "sustainable-food", limit: 10) { members { id } } }`,
    );
    expect(byTheme.errors).toBeUndefined();
    for (const o of byTheme.data!.opportunities) {
      const [row] = await api.cypher(
        "MATCH (x:Organisation)-[:HAS_THEME]->(:Theme {code: 'sustainable-food'}) WHERE x.id IN $ids RETURN count(x) AS n",
        { ids: o.members.map((m: any) => m.id) },
      );
      expect(row.n).toBeGreaterThan(0);
    }
  });

  it.each([
    ["a limit of 0", `{ opportunities(limit: 0) { id } }`, "BAD_USER_INPUT"],
    ["a limit over 100", `{ opportunities(limit: 101) { id } }`, "BAD_USER_INPUT"],
    ["a town outside the territory", `{ opportunities(inseeCode: "75056") { id } }`, "NOT_FOUND"],
    ["a town code that is not one", `{ opportunities(inseeCode: "") { id } }`, "BAD_USER_INPUT"],
    ["an unknown organisation", `{ opportunities(organisationId: "nobody") { id } }`, "NOT_FOUND"],
    ["an unknown theme", `{ opportunities(theme: "astrology") { id } }`, "NOT_FOUND"],
    ["a malformed id", `{ opportunity(id: "garbage") { id } }`, "BAD_USER_INPUT"],
  ])("answer %s with a clear error", async (_case, query, code) => {
    const res = await api.gql(query);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.errors![0].message.length).toBeGreaterThan(10);
  });

  it("answer null for an id that does not hold", async () => {
    const res = await api.gql(`{ opportunity(id: "PARTNERSHIP:nobody+demo-ess-001") { id } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.opportunity).toBeNull();
  });

  describe("lifecycle", () => {
    let created: string[] = [];
    afterEach(async () => {
      await api.cypher(
        `MATCH (o:Opportunity) WHERE o.id IN $ids DETACH DELETE o
         WITH count(*) AS _
         MATCH ()-[r]->() WHERE r.source STARTS WITH 'opportunity:' AND substring(r.source, 12) IN $ids DELETE r`,
        { ids: created },
      );
      await api.cypher(
        "MATCH (r:SharedResource) WHERE r.source STARTS WITH 'opportunity:' AND substring(r.source, 12) IN $ids DETACH DELETE r",
        { ids: created },
      );
      created = [];
    });

    const pick = async (kind: string, offset = 0) => {
      const res = await api.gql(`{ opportunities(kind: ${kind}, limit: ${offset + 1}) { id members { id } } }`);
      const o = res.data!.opportunities[offset];
      created.push(o.id);
      return o;
    };
    const MARK = `mutation($id: ID!) { markOpportunityContacted(id: $id, note: "Présentés par courriel") { id status } }`;

    it("refuses anonymous users and researchers, and writes nothing", async () => {
      const o = await pick("PARTNERSHIP");
      expect((await api.gql(MARK, { id: o.id })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect((await api.gql(MARK, { id: o.id }, await api.token("researcher"))).errors?.[0]?.extensions?.code).toBe(
        "FORBIDDEN",
      );
      expect(await api.cypher("MATCH (o:Opportunity {id: $id}) RETURN o", { id: o.id })).toEqual([]);
    });

    it("goes suggested → contacted → accepted, and accepting writes the partnership with its provenance", async () => {
      const token = await api.token("coordinator", "claire");
      const o = await pick("PARTNERSHIP");
      const contacted = await api.gql(MARK, { id: o.id }, token);
      expect(contacted.data!.markOpportunityContacted.status).toBe("CONTACTED");
      expect(
        (await api.gql(`query($id: ID!) { opportunity(id: $id) { status } }`, { id: o.id })).data!.opportunity.status,
      ).toBe("CONTACTED");

      const accepted = await api.gql(
        `mutation($id: ID!) { acceptOpportunity(id: $id, partnershipKind: "COMMERCIAL") { status } }`,
        { id: o.id },
        token,
      );
      expect(accepted.data!.acceptOpportunity.status).toBe("ACCEPTED");
      const [a, b] = o.members.map((m: any) => m.id);
      const rels = await api.cypher(
        "MATCH (a:Organisation {id: $a})-[r:PARTNERS_WITH]-(b:Organisation {id: $b}) RETURN r.kind AS kind, r.source AS source, r.sourceKind AS sourceKind",
        { a, b },
      );
      expect(rels).toEqual([{ kind: "COMMERCIAL", source: `opportunity:${o.id}`, sourceKind: "COORDINATOR" }]);

      const again = await api.gql(`mutation($id: ID!) { acceptOpportunity(id: $id) { status } }`, { id: o.id }, token);
      expect(again.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(again.errors![0].message).toMatch(/already/);
    });

    it("accepting a pooling writes a shared resource pooled by both and closes the need", async () => {
      const token = await api.token("coordinator");
      const o = await pick("POOLING");
      const needId = o.id.split(":")[2];
      try {
        const res = await api.gql(`mutation($id: ID!) { acceptOpportunity(id: $id) { status } }`, { id: o.id }, token);
        expect(res.data!.acceptOpportunity.status).toBe("ACCEPTED");
        const poolers = await api.cypher(
          "MATCH (m:Organisation)-[:POOLS]->(r:SharedResource {id: $rid}) RETURN collect(m.id) AS ids",
          { rid: `shared-${o.id}` },
        );
        expect(poolers[0].ids.sort()).toEqual(o.members.map((m: any) => m.id).sort());
        expect(
          (await api.cypher("MATCH (n:ResourceNeed {id: $needId}) RETURN n.status AS status", { needId }))[0].status,
        ).toBe("CLOSED");
      } finally {
        await api.cypher("MATCH (n:ResourceNeed {id: $needId}) SET n.status = 'OPEN' REMOVE n.updatedBy", { needId });
      }
    });

    it("accepting with an unknown partnership kind is refused, naming the argument, and records nothing", async () => {
      const token = await api.token("coordinator");
      const o = await pick("PARTNERSHIP");
      const status = async () =>
        (await api.gql(`query($id: ID!) { opportunity(id: $id) { status } }`, { id: o.id })).data!.opportunity.status;
      const before = await status();
      const refused = await api.gql(
        `mutation($id: ID!) { acceptOpportunity(id: $id, partnershipKind: "FRIENDSHIP") { status } }`,
        { id: o.id },
        token,
      );
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringContaining('(got "FRIENDSHIP")'),
        extensions: { code: "BAD_USER_INPUT", argumentName: "partnershipKind" },
      });
      expect(await status()).toBe(before);
    });

    it("declining needs a reason, and a declined pair is not suggested again", async () => {
      const token = await api.token("coordinator");
      const o = await pick("PARTNERSHIP");
      const noReason = await api.gql(
        `mutation($id: ID!) { declineOpportunity(id: $id, reason: " ") { status } }`,
        { id: o.id },
        token,
      );
      expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "reason" });
      const declined = await api.gql(
        `mutation($id: ID!) { declineOpportunity(id: $id, reason: "Activités concurrentes") { status } }`,
        { id: o.id },
        token,
      );
      expect(declined.data!.declineOpportunity.status).toBe("DECLINED");
      const after = await api.gql(
        `query($org: ID!) { opportunities(kind: PARTNERSHIP, organisationId: $org, limit: 100) { id } }`,
        { org: o.members[0].id },
      );
      expect(after.data!.opportunities.map((x: any) => x.id)).not.toContain(o.id);
    });
  });
});

describe("matching opportunities", () => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness();
  });
  afterAll(() => api.close());

  const list = async (kind: string, limit = 15) => {
    const res = await api.gql(
      `{ opportunities(kind: ${kind}, limit: ${limit}) { id score members { id kind } fr: explanation(language: FR) en: explanation(language: EN) } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.opportunities.length).toBeGreaterThan(0);
    return res.data!.opportunities as {
      id: string;
      score: number;
      members: { id: string; kind: string }[];
      fr: string[];
      en: string[];
    }[];
  };
  const byKind = (o: { members: { id: string; kind: string }[] }, kind: string) =>
    o.members.find((m) => m.kind === kind)!.id;

  it("pair ESS structures with nearby businesses whose CSR or activity call for them, never already linked", async () => {
    for (const o of await list("ESS_BUSINESS")) {
      const [row] = await api.cypher(
        `MATCH (s:EssStructure {id: $s}), (b:Business {id: $b})
         RETURN EXISTS { (s)-[:PARTNERS_WITH|PURCHASES_FROM]-(b) } AS linked, point.distance(s.location, b.location) / 1000 AS km`,
        { s: byKind(o, "EssStructure"), b: byKind(o, "Business") },
      );
      expect(row.linked).toBe(false);
      expect(row.km).toBeLessThanOrEqual(8);
      expect(o.fr.some((line) => line.startsWith("Complémentarité : "))).toBe(true);
      expect(o.en.some((line) => line.startsWith("Complementarity: "))).toBe(true);
    }
  });

  it("suggest financers that fund the structure's stage and do not fund it yet", async () => {
    for (const o of await list("FUNDING")) {
      const [row] = await api.cypher(
        `MATCH (s:EssStructure {id: $s}), (f:Financer {id: $f})
         RETURN s.stage IN f.stages AS stageFits, EXISTS { (f)-[:FUNDS]->(s) } AS funds,
           size(f.instruments) > 0 AS hasInstruments`,
        { s: byKind(o, "EssStructure"), f: byKind(o, "Financer") },
      );
      expect(row).toEqual({ stageFits: true, funds: false, hasInstruments: true });
    }
  });

  it("suggest research units on the themes of structures with no research link", async () => {
    for (const o of await list("RESEARCH")) {
      const [row] = await api.cypher(
        `MATCH (s:EssStructure {id: $s}), (r:ResearchUnit {id: $r})
         RETURN EXISTS { (s)<-[:STUDIES]-() } AS studied, COUNT { (s)-[:HAS_THEME]->(t:Theme)<-[:HAS_THEME]-(r) } AS sharedThemes`,
        { s: byKind(o, "EssStructure"), r: byKind(o, "ResearchUnit") },
      );
      expect(row.studied).toBe(false);
      expect(row.sharedThemes).toBeGreaterThan(0);
    }
  });

  it("suggest support from providers serving the structure's stage that do not support it yet, saying when it has none", async () => {
    const stages = new Set<string>();
    for (const o of await list("SUPPORT", 100)) {
      const [row] = await api.cypher(
        `MATCH (s:EssStructure {id: $s}), (p:SupportProvider {id: $p})
         RETURN s.stage AS stage, EXISTS { (s)<-[:SUPPORTS]-() } AS supported, s.stage IN p.stagesServed AS served,
           EXISTS { (s)<-[:SUPPORTS]-(p) } AS already`,
        { s: byKind(o, "EssStructure"), p: byKind(o, "SupportProvider") },
      );
      expect(row).toMatchObject({ served: true, already: false });
      expect(o.fr.includes("La structure n'a pas encore d'accompagnement")).toBe(!row.supported);
      stages.add(row.stage);
    }
    // Accelerators are suggested too, not only incubators.
    expect([...stages].some((s) => s === "CONSOLIDATION" || s === "SCALING_UP")).toBe(true);
  });

  it("accepting a funding opportunity writes the funding with provenance, and it is not suggested again", async () => {
    const [o] = await list("FUNDING", 1);
    const token = await api.token("coordinator");
    const s = byKind(o, "EssStructure");
    const f = byKind(o, "Financer");
    try {
      const res = await api.gql(`mutation($id: ID!) { acceptOpportunity(id: $id) { status } }`, { id: o.id }, token);
      expect(res.data!.acceptOpportunity.status).toBe("ACCEPTED");
      const rels = await api.cypher(
        "MATCH (:Financer {id: $f})-[r:FUNDS]->(:EssStructure {id: $s}) RETURN r.source AS source, r.instrument IS NOT NULL AS hasInstrument",
        { f, s },
      );
      expect(rels).toEqual([{ source: `opportunity:${o.id}`, hasInstrument: true }]);
      const again = await api.gql(
        `query($s: ID!) { opportunities(kind: FUNDING, organisationId: $s, limit: 100) { id } }`,
        { s },
      );
      expect(again.data!.opportunities.map((x: any) => x.id)).not.toContain(o.id);
      // No longer suggested, but still readable: as recorded, accepted, with the reasons it had.
      const recorded = await api.gql(
        `query($id: ID!) { opportunity(id: $id) { id status score members { id } fr: explanation(language: FR) } }`,
        { id: o.id },
      );
      expect(recorded.data!.opportunity).toMatchObject({ id: o.id, status: "ACCEPTED", score: o.score, fr: o.fr });
      expect(recorded.data!.opportunity.members.map((m: any) => m.id).sort()).toEqual(
        o.members.map((m: any) => m.id).sort(),
      );
    } finally {
      await api.cypher("MATCH ()-[r:FUNDS]->() WHERE r.source = $src DELETE r", { src: `opportunity:${o.id}` });
      await api.cypher("MATCH (x:Opportunity {id: $id}) DETACH DELETE x", { id: o.id });
    }
  });
});
