import { startHarness, type Harness } from "./harness";

const OUTCOMES = `{ opportunityOutcomes { recorded contacted accepted declined byKind { kind contacted accepted declined recorded } } }`;
const LOG = `query($status: OpportunityStatus, $kind: OpportunityKind, $limit: Int) {
  recordedOpportunities(status: $status, kind: $kind, limit: $limit) {
    id kind status score members { id name kind inseeCode } createdAt createdBy updatedAt updatedBy declineReason notes
  }
}`;

describe("opportunity outcomes", () => {
  let api: Harness;
  let created: string[] = [];
  beforeAll(async () => {
    api = await startHarness();
  });
  afterEach(async () => {
    await api.cypher("MATCH (o:Opportunity) WHERE o.id IN $ids DETACH DELETE o", { ids: created });
    created = [];
  });
  afterAll(() => api.close());

  const pick = async (kind: string, offset: number) => {
    const res = await api.gql(`{ opportunities(kind: ${kind}, limit: ${offset + 1}) { id members { id name } } }`);
    const o = res.data!.opportunities[offset];
    created.push(o.id);
    return o;
  };

  it("counts, for everyone, only the introductions last recorded in a period, and refuses a period that is not one", async () => {
    const period = (from: string, to: string) =>
      api.gql(
        `query($from: String, $to: String) { opportunityOutcomes(from: $from, to: $to) { recorded contacted } }`,
        {
          from,
          to,
        },
      );
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const before = (await period(today, tomorrow)).data!.opportunityOutcomes;
    const contacted = await pick("PARTNERSHIP", 0);
    const mark = await api.gql(
      `mutation($id: ID!) { markOpportunityContacted(id: $id) { status } }`,
      { id: contacted.id },
      await api.token("coordinator", "claire"),
    );
    expect(mark.errors).toBeUndefined();
    const now = (await period(today, tomorrow)).data!.opportunityOutcomes;
    expect(now.recorded).toBe(before.recorded + 1);
    expect(now.contacted).toBe(before.contacted + 1);
    const longAgo = await period("2001-01-01", "2002-01-01");
    expect(longAgo.data!.opportunityOutcomes).toEqual({ recorded: 0, contacted: 0 });
    const wrong = await period("last year", today);
    expect(wrong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("counts what coordinators recorded, per kind and status, for everyone; the log with notes and authors is for coordinators", async () => {
    const before = (await api.gql(OUTCOMES)).data!.opportunityOutcomes;
    expect(before.byKind.map((k: any) => k.kind)).toEqual([
      "PARTNERSHIP",
      "POOLING",
      "POOLING_GROUP",
      "ESS_BUSINESS",
      "FUNDING",
      "RESEARCH",
      "SUPPORT",
    ]);

    const claire = await api.token("coordinator", "claire");
    const contacted = await pick("PARTNERSHIP", 0);
    const declined = await pick("PARTNERSHIP", 1);
    const mark = await api.gql(
      `mutation($id: ID!) { markOpportunityContacted(id: $id, note: "Présentés par courriel") { status } }`,
      { id: contacted.id },
      claire,
    );
    expect(mark.errors).toBeUndefined();
    const decline = await api.gql(
      `mutation($id: ID!) { declineOpportunity(id: $id, reason: "Activités concurrentes") { status } }`,
      { id: declined.id },
      claire,
    );
    expect(decline.errors).toBeUndefined();

    // Public counts: no names, notes nor authors in the type.
    const anonymous = await api.gql(OUTCOMES);
    expect(anonymous.errors).toBeUndefined();
    const after = anonymous.data!.opportunityOutcomes;
    expect(after.recorded).toBe(before.recorded + 2);
    expect(after.contacted).toBe(before.contacted + 1);
    expect(after.declined).toBe(before.declined + 1);
    const partnership = (o: any) => o.byKind.find((k: any) => k.kind === "PARTNERSHIP");
    expect(partnership(after).contacted).toBe(partnership(before).contacted + 1);
    expect(partnership(after).declined).toBe(partnership(before).declined + 1);
    for (const k of after.byKind) expect(k.recorded).toBe(k.contacted + k.accepted + k.declined);
    expect(after.recorded).toBe(after.contacted + after.accepted + after.declined);
    const leak = await api.gql(`{ opportunityOutcomes { notes } }`);
    expect(leak.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");

    // The log: coordinators only.
    expect((await api.gql(LOG)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await api.gql(LOG, {}, await api.token("researcher"))).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const log = await api.gql(LOG, { limit: 500 }, await api.token("coordinator", "marc"));
    expect(log.errors).toBeUndefined();
    const entries = log.data!.recordedOpportunities;
    const c = entries.find((e: any) => e.id === contacted.id);
    const d = entries.find((e: any) => e.id === declined.id);
    expect(c).toMatchObject({
      kind: "PARTNERSHIP",
      status: "CONTACTED",
      createdBy: "claire",
      updatedBy: "claire",
      declineReason: null,
    });
    expect(c.notes).toHaveLength(1);
    expect(c.notes[0]).toMatch(/^CONTACTED .+ claire: Présentés par courriel$/);
    expect(c.members.map((m: any) => m.id)).toEqual(contacted.members.map((m: any) => m.id));
    expect(c.members.map((m: any) => m.name)).toEqual(contacted.members.map((m: any) => m.name));
    expect(c.members.every((m: any) => m.kind.length > 0)).toBe(true);
    expect(Number.isNaN(Date.parse(c.updatedAt))).toBe(false);
    expect(d).toMatchObject({ status: "DECLINED", declineReason: "Activités concurrentes" });
    // Last recorded first.
    const times = entries.map((e: any) => Date.parse(e.updatedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const onlyDeclined = await api.gql(LOG, { status: "DECLINED", kind: "PARTNERSHIP" }, claire);
    expect(
      onlyDeclined.data!.recordedOpportunities.every((e: any) => e.status === "DECLINED" && e.kind === "PARTNERSHIP"),
    ).toBe(true);
    expect(onlyDeclined.data!.recordedOpportunities.map((e: any) => e.id)).toContain(declined.id);
  });

  it("rejects a log limit out of range and the SUGGESTED status", async () => {
    const token = await api.token("coordinator");
    const tooMany = await api.gql(LOG, { limit: 501 }, token);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "limit" });
    const suggested = await api.gql(LOG, { status: "SUGGESTED" }, token);
    expect(suggested.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "status" });
  });
});
