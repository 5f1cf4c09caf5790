/**
 * Following an introduction to its outcome: each step kept with its note,
 * date and author, a next follow-up date, a decline reason from the short
 * list, filters by author, town and period, and an undo that takes back the
 * last step (an acceptance's writes into the graph included), recorded in the
 * audit trail.
 */
import { startHarness, type Harness } from "./harness";

const LOG = `query($mine: Boolean, $inseeCode: String, $from: String, $to: String) {
  recordedOpportunities(mine: $mine, inseeCode: $inseeCode, from: $from, to: $to, limit: 500) {
    id status nextFollowUp declineReason declineReasonKind notes members { id inseeCode }
    history { status previous at by note reason reasonKind nextFollowUp }
  }
}`;
const UNDO = `mutation($id: ID!) { undoOpportunityStep(id: $id) { id opportunity { id status } } }`;

describe("following an opportunity up", () => {
  let api: Harness;
  let claire: string;
  let marc: string;
  const touched: string[] = [];
  beforeAll(async () => {
    api = await startHarness();
    claire = await api.token("coordinator", "claire-follow-up");
    marc = await api.token("coordinator", "marc-follow-up");
  });
  afterAll(async () => {
    await api.cypher("MATCH (o:Opportunity) WHERE o.id IN $ids DETACH DELETE o", { ids: touched });
    await api.close();
  });

  const suggestion = async (kind: string, offset = 0) => {
    const res = await api.gql(`{ opportunities(kind: ${kind}, limit: ${offset + 1}) { id status members { id } } }`);
    const o = res.data!.opportunities[offset];
    touched.push(o.id);
    return o as { id: string; status: string; members: { id: string }[] };
  };
  const log = async (token: string, variables: Record<string, unknown> = {}) => {
    const res = await api.gql(LOG, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!.recordedOpportunities as any[];
  };
  const followUp = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  it("keeps each step with its note, date, author and next follow-up, and filters by author, town and period", async () => {
    const o = await suggestion("FUNDING");
    const date = followUp(14);
    const res = await api.gql(
      `mutation($id: ID!, $d: String) { markOpportunityContacted(id: $id, note: "Appel au Département", nextFollowUp: $d) { status } }`,
      { id: o.id, d: date },
      claire,
    );
    expect(res.errors).toBeUndefined();
    const mine = await log(claire, { mine: true });
    const entry = mine.find((r) => r.id === o.id);
    expect(entry).toMatchObject({
      status: "CONTACTED",
      nextFollowUp: date,
      history: [
        {
          status: "CONTACTED",
          previous: null,
          by: "claire-follow-up",
          note: "Appel au Département",
          nextFollowUp: date,
        },
      ],
    });
    expect(Date.now() - Date.parse(entry.history[0].at)).toBeLessThan(60_000);
    // Marc recorded nothing: his "mine" leaves it out; everyone's log has it.
    expect((await log(marc, { mine: true })).some((r) => r.id === o.id)).toBe(false);
    expect((await log(marc)).some((r) => r.id === o.id)).toBe(true);
    // A town of one of its members, and the period of today.
    const town = entry.members.find((m: any) => m.inseeCode)?.inseeCode;
    expect((await log(marc, { inseeCode: town })).some((r) => r.id === o.id)).toBe(true);
    const other = town === "94028" ? "94071" : "94028";
    const inOther = await log(marc, { inseeCode: other });
    expect(inOther.every((r) => r.members.some((m: any) => m.inseeCode === other))).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    expect((await log(marc, { from: today })).some((r) => r.id === o.id)).toBe(true);
    expect((await log(marc, { to: "2020-01-01" })).some((r) => r.id === o.id)).toBe(false);
  });

  it("takes a decline's reason from the short list with the coordinator's words, and an outcome clears the follow-up date", async () => {
    const o = await suggestion("PARTNERSHIP", 2);
    await api.gql(
      `mutation($id: ID!, $d: String) { markOpportunityContacted(id: $id, nextFollowUp: $d) { status } }`,
      { id: o.id, d: followUp(7) },
      claire,
    );
    const res = await api.gql(
      `mutation($id: ID!) { declineOpportunity(id: $id, reason: "Déjà partenaires sur un autre projet", reasonKind: ALREADY_IN_TOUCH) { status } }`,
      { id: o.id },
      marc,
    );
    expect(res.errors).toBeUndefined();
    const entry = (await log(marc)).find((r) => r.id === o.id);
    expect(entry).toMatchObject({
      status: "DECLINED",
      declineReasonKind: "ALREADY_IN_TOUCH",
      declineReason: "Déjà partenaires sur un autre projet",
      nextFollowUp: null,
    });
    expect(entry.history.map((s: any) => [s.status, s.by])).toEqual([
      ["CONTACTED", "claire-follow-up"],
      ["DECLINED", "marc-follow-up"],
    ]);
  });

  it("refuses a follow-up date that is not a day, or in the past, naming the argument", async () => {
    const o = await suggestion("PARTNERSHIP", 3);
    for (const [d, message] of [
      ["2027-02-30", "nextFollowUp must be a date such as 2027-01-15"],
      ["demain", "nextFollowUp must be a date such as 2027-01-15"],
      ["2020-01-01", "nextFollowUp must be between today and two years ahead"],
    ]) {
      const res = await api.gql(
        `mutation($id: ID!, $d: String) { markOpportunityContacted(id: $id, nextFollowUp: $d) { status } }`,
        { id: o.id, d },
        claire,
      );
      expect(res.errors?.[0]?.message).toContain(message);
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    expect(await api.cypher("MATCH (o:Opportunity {id: $id}) RETURN o.id", { id: o.id })).toEqual([]);
  });

  it("undoes the last step: back to the previous status, then back to a suggestion; an acceptance's partnership leaves the graph", async () => {
    const o = await suggestion("PARTNERSHIP", 4);
    const [a, b] = o.members.map((m) => m.id);
    const partnerships = async () =>
      Number(
        (
          await api.cypher(
            "MATCH (:Organisation {id: $a})-[r:PARTNERS_WITH]-(:Organisation {id: $b}) RETURN count(r) AS n",
            { a, b },
          )
        )[0].n,
      );
    const before = await partnerships();
    await api.gql(
      `mutation($id: ID!) { markOpportunityContacted(id: $id, note: "Rendez-vous pris") { status } }`,
      { id: o.id },
      claire,
    );
    const accepted = await api.gql(
      `mutation($id: ID!) { acceptOpportunity(id: $id, note: "Convention signée") { status } }`,
      { id: o.id },
      claire,
    );
    expect(accepted.data!.acceptOpportunity.status).toBe("ACCEPTED");
    expect(await partnerships()).toBe(before + 1);

    const undo = await api.gql(UNDO, { id: o.id }, marc);
    expect(undo.errors).toBeUndefined();
    expect(undo.data!.undoOpportunityStep.opportunity.status).toBe("CONTACTED");
    expect(await partnerships()).toBe(before);
    const entry = (await log(marc)).find((r) => r.id === o.id);
    expect(entry.history.map((s: any) => s.status)).toEqual(["CONTACTED"]);
    expect(entry.notes).toHaveLength(1);

    const again = await api.gql(UNDO, { id: o.id }, marc);
    expect(again.data!.undoOpportunityStep.opportunity.status).toBe("SUGGESTED");
    expect((await log(marc)).some((r) => r.id === o.id)).toBe(false);
    const nothing = await api.gql(UNDO, { id: o.id }, marc);
    expect(nothing.errors?.[0]?.message).toContain("Nothing to undo");

    // Each undo is in the audit trail, with who did it.
    const audit = await api.cypher(
      "MATCH (e:AuditEntry {operation: 'undoOpportunityStep', entityId: $id}) RETURN e.actor AS actor",
      { id: o.id },
    );
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(audit.every((e) => String(e.actor).includes("marc-follow-up"))).toBe(true);
    // Anonymous users cannot undo.
    expect((await api.gql(UNDO, { id: o.id })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("undoes a pooling: the shared resource goes and the need it closed is open again", async () => {
    const o = await suggestion("POOLING");
    // POOLING:<members>:<the need it meets>
    const needId = o.id.split(":")[2];
    const accepted = await api.gql(
      `mutation($id: ID!) { acceptOpportunity(id: $id) { status } }`,
      { id: o.id },
      claire,
    );
    expect(accepted.errors).toBeUndefined();
    const shared = await api.cypher("MATCH (s:SharedResource {id: $sid}) RETURN s.id AS id", { sid: `shared-${o.id}` });
    expect(shared).toHaveLength(1);
    const closed = await api.cypher("MATCH (n:ResourceNeed {closedBy: $p}) RETURN n.id AS id, n.status AS status", {
      p: `opportunity:${o.id}`,
    });
    expect(closed).toHaveLength(1);
    expect(closed[0].id).toBe(needId);
    expect(closed[0].status).toBe("CLOSED");

    const undo = await api.gql(UNDO, { id: o.id }, claire);
    expect(undo.errors).toBeUndefined();
    expect(
      await api.cypher("MATCH (s:SharedResource {id: $sid}) RETURN s.id AS id", { sid: `shared-${o.id}` }),
    ).toEqual([]);
    const reopened = await api.cypher(
      "MATCH (n:ResourceNeed {id: $id}) RETURN n.status AS status, n.closedBy AS closedBy",
      { id: closed[0].id },
    );
    expect(reopened).toEqual([{ status: "OPEN", closedBy: null }]);
    expect(undo.data!.undoOpportunityStep.opportunity?.status ?? "SUGGESTED").toBe("SUGGESTED");
  });
});
