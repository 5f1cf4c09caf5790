/**
 * The partnership model on the seed, through the API: fitted on the graph
 * and stored in Neo4j, read by anyone, refitted by coordinators only (with
 * their declined suggestions as examples), and named in the suggestions'
 * explanations.
 */
import { startHarness, type Harness } from "./harness";

const MODEL = `{ partnershipModel { version method heuristic fallbackReason validationAuc positives negatives
  acceptedExamples declinedExamples relationships signals { signal labelFr weight } fr: description en: description(language: EN) } }`;
const REFIT = `mutation { refitPartnershipModel { version method acceptedExamples declinedExamples fittedAt } }`;

describe("partnership model", () => {
  let api: Harness;
  const declined: string[] = [];
  beforeAll(async () => {
    api = await startHarness();
  });
  afterAll(async () => {
    await api.cypher("MATCH (o:Opportunity) WHERE o.id IN $ids DETACH DELETE o", { ids: declined });
    await api.close();
  });

  it("is fitted on the seed's links, stored, and described in words", async () => {
    const res = await api.gql(MODEL);
    expect(res.errors).toBeUndefined();
    const model = res.data!.partnershipModel;
    expect(["LOGISTIC_REGRESSION", "SINGLE_HEURISTIC"]).toContain(model.method);
    expect(model.positives).toBeGreaterThan(0);
    expect(model.negatives).toBeGreaterThan(0);
    expect(model.validationAuc).toBeGreaterThan(0.5);
    expect(model.signals.map((s: { signal: string }) => s.signal)).toContain("sharedThemes");
    expect(model.fr).toMatch(/^Les suggestions sont classées/);
    expect(model.en).toMatch(/^Suggestions are ranked/);
    const [stored] = await api.cypher("MATCH (m:PartnershipModel) RETURN count(m) AS n, max(m.version) AS version");
    expect(Number(stored.n)).toBe(1);
  });

  it("names what counted most in each partnership suggestion's explanation", async () => {
    const res = await api.gql(
      `{ opportunities(kind: PARTNERSHIP, limit: 5) { id fr: explanation en: explanation(language: EN) } }`,
    );
    expect(res.errors).toBeUndefined();
    for (const o of res.data!.opportunities) {
      expect(o.fr[0]).toMatch(/^Ce qui a le plus compté : /);
      expect(o.en[0]).toMatch(/^What counted most: /);
    }
  });

  it("is refitted by a coordinator, with the declined suggestions as examples; not by anyone else", async () => {
    const anonymous = await api.gql(REFIT);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const claire = await api.token("coordinator", "claire");
    const before = (await api.gql(REFIT, {}, claire)).data!.refitPartnershipModel;
    const res = await api.gql(`{ opportunities(kind: PARTNERSHIP, limit: 2) { id } }`);
    for (const { id } of res.data!.opportunities) {
      declined.push(id);
      const d = await api.gql(
        `mutation($id: ID!) { declineOpportunity(id: $id, reason: "Pas pertinent") { status } }`,
        { id },
        claire,
      );
      expect(d.errors).toBeUndefined();
    }
    const after = await api.gql(REFIT, {}, claire);
    expect(after.errors).toBeUndefined();
    expect(after.data!.refitPartnershipModel.version).toBe(before.version + 1);
    expect(after.data!.refitPartnershipModel.declinedExamples).toBe(before.declinedExamples + 2);
    expect((await api.gql(MODEL)).data!.partnershipModel.version).toBe(before.version + 1);
  });
});
