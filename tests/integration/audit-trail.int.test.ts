/**
 * The audit trail: every write through the API records who,
 * when, what, and the entity before and after; admins read it (filtered, in
 * pages), nobody else; people's contact values are never kept in it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createProgress } from "../../importers/src/progress";
import { runImport } from "../../importers/src/run";
import { startHarness, uniqueId, type Harness } from "./harness";

const LOG = /* GraphQL */ `
  query Log($entityId: String, $actor: String, $first: Int = 50, $after: String) {
    auditLog(entityId: $entityId, actor: $actor, first: $first, after: $after) {
      entries {
        at
        actor
        role
        operation
        entityType
        entityId
        before
        after
      }
      endCursor
      hasMore
    }
  }
`;

type Entry = {
  at: string;
  actor: string;
  role: string;
  operation: string;
  entityType: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
};
type Snapshot = {
  labels: string[];
  properties: Record<string, unknown>;
  relationships: { type: string; direction: string; other: unknown }[];
};

describe("audit trail", () => {
  let api: Harness;
  let coordinator: string;
  let admin: string;
  const who = uniqueId("audit-claire");
  const adminWho = uniqueId("audit-admin");

  beforeAll(async () => {
    api = await startHarness();
    coordinator = await api.token("coordinator", who);
    admin = await api.token("admin", adminWho);
  });
  afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.updatedBy IN $who OR n.createdBy IN $who DETACH DELETE n", {
      who: [who, adminWho],
    });
    await api.cypher("MATCH (a:AuditEntry) WHERE a.actor IN $who DELETE a", { who: [who, adminWho] });
    await api.close();
  });

  const log = async (variables: Record<string, unknown>, token = admin) => {
    const res = await api.gql<{ auditLog: { entries: Entry[]; endCursor: string | null; hasMore: boolean } }>(
      LOG,
      variables,
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.auditLog;
  };
  const parse = (json: string | null) => (json === null ? null : (JSON.parse(json) as Snapshot));

  it("records a coordinator's creation, edit and deletion with the entity before and after, newest first", async () => {
    const name = uniqueId("Audit SCIC");
    const created = await api.gql(
      `mutation ($name: String!) { createEssStructures(input: [{ name: $name, legalForm: SCIC }]) { info { nodesCreated } } }`,
      { name },
      coordinator,
    );
    expect(created.errors).toBeUndefined();
    const [{ id }] = await api.cypher<{ id: string }>("MATCH (s:EssStructure {name: $name}) RETURN s.id AS id", {
      name,
    });

    const edited = await api.gql(
      `mutation ($id: ID!) { updateEssStructures(where: { id: { eq: $id } }, update: { name: { set: "Renamed" }, website: { set: "https://example.org" } }) { essStructures { name } } }`,
      { id },
      coordinator,
    );
    expect(edited.errors).toBeUndefined();
    // A refused edit (bad input) writes nothing, so it records nothing.
    const refused = await api.gql(
      `mutation ($id: ID!) { updateEssStructures(where: { id: { eq: $id } }, update: { siret: { set: "123" } }) { essStructures { id } } }`,
      { id },
      coordinator,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const { entries } = await log({ entityId: id });
    expect(entries.map((e) => [e.operation, e.actor, e.role, e.entityType])).toEqual([
      ["updateEssStructures", who, "coordinator", "EssStructure"],
      ["createEssStructures", who, "coordinator", "EssStructure"],
    ]);
    const [update, create] = entries;
    expect(create.before).toBeNull();
    expect(parse(create.after)!.properties).toMatchObject({
      id,
      name,
      legalForm: "SCIC",
      source: `coordinator:${who}`,
      sourceKind: "COORDINATOR",
    });
    expect(parse(update.before)!.properties).toMatchObject({ name });
    expect(parse(update.before)!.properties.website).toBeUndefined();
    expect(parse(update.after)!.properties).toMatchObject({
      name: "Renamed",
      website: "https://example.org",
      updatedBy: who,
    });
    expect(Date.parse(update.at)).toBeGreaterThanOrEqual(Date.parse(create.at));

    const deleted = await api.gql(
      `mutation ($id: ID!) { deleteEssStructures(where: { id: { eq: $id } }) { nodesDeleted } }`,
      { id },
      coordinator,
    );
    expect(deleted.errors).toBeUndefined();
    const [deletion] = (await log({ entityId: id, first: 1 })).entries;
    expect(deletion.operation).toBe("deleteEssStructures");
    expect(parse(deletion.before)!.properties.name).toBe("Renamed");
    expect(deletion.after).toBeNull();
  });

  it("records relationship changes of the entity edited", async () => {
    const [{ inseeCode }] = await api.cypher<{ inseeCode: string }>(
      "MATCH (t:Town) RETURN t.inseeCode AS inseeCode ORDER BY inseeCode LIMIT 1",
    );
    const res = await api.gql<{ createEssStructures: { essStructures: { id: string }[] } }>(
      `mutation { createEssStructures(input: [{ name: "Audit links", legalForm: SCIC }]) { essStructures { id } } }`,
      {},
      coordinator,
    );
    const id = res.data!.createEssStructures.essStructures[0].id;
    const linked = await api.gql(
      `mutation ($id: ID!, $town: String!) { updateEssStructures(where: { id: { eq: $id } }, update: { town: { connect: { where: { node: { inseeCode: { eq: $town } } } } } }) { essStructures { id } } }`,
      { id, town: inseeCode },
      coordinator,
    );
    expect(linked.errors).toBeUndefined();
    const [update] = (await log({ entityId: id, first: 1 })).entries;
    expect(parse(update.before)!.relationships).toEqual([]);
    expect(parse(update.after)!.relationships).toEqual([
      expect.objectContaining({ direction: "OUT", other: inseeCode }),
    ]);
  });

  it("never keeps a person's contact values, only that they changed", async () => {
    const email = `${uniqueId("marie")}@example.org`;
    const res = await api.gql<{ createContacts: { contacts: { id: string }[] } }>(
      `mutation ($email: String!) { createContacts(input: [{ name: "Marie Audit", email: $email, phone: "0102030405", role: "présidente" }]) { contacts { id } } }`,
      { email },
      coordinator,
    );
    expect(res.errors).toBeUndefined();
    const id = res.data!.createContacts.contacts[0].id;
    await api.gql(
      `mutation ($id: ID!) { updateContacts(where: { id: { eq: $id } }, update: { email: { set: "other@example.org" } }) { contacts { id } } }`,
      { id },
      coordinator,
    );

    const { entries } = await log({ entityId: id });
    expect(entries).toHaveLength(2);
    const text = JSON.stringify(entries);
    for (const secret of [email, "other@example.org", "Marie Audit", "0102030405"]) expect(text).not.toContain(secret);
    const after = parse(entries[0].after)!.properties;
    expect(after).toMatchObject({
      email: "[redacted, changed]",
      name: "[redacted]",
      phone: "[redacted]",
      role: "présidente",
    });
  });

  it("records what our own mutations wrote, without secrets (an API key)", async () => {
    const res = await api.gql<{ createApiKey: { id: string; key: string } }>(
      `mutation { createApiKey(name: "audit test", ratePerMinute: 5) { id key } }`,
      {},
      admin,
    );
    expect(res.errors).toBeUndefined();
    const { id, key } = res.data!.createApiKey;
    const [entry] = (await log({ entityId: id })).entries;
    expect(entry).toMatchObject({
      operation: "createApiKey",
      actor: adminWho,
      role: "admin",
      entityType: "ApiKey",
      before: null,
    });
    expect(parse(entry.after)!.properties).toMatchObject({ id, name: "audit test", ratePerMinute: 5 });
    expect(entry.after).not.toContain(key);
    expect(parse(entry.after)!.properties.hash).toBeUndefined();
    await api.cypher("MATCH (k:ApiKey {id: $id}) DELETE k", { id });
  });

  it("records each import batch: source, files and what it changed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "maillage-audit-import-"));
    const file = join(dir, `${uniqueId("audit-import")}.csv`);
    const name = uniqueId("Recyclerie Audit");
    writeFileSync(
      file,
      `type;name;siret;rna_id;legal_form;insee_code;address;postal_code;latitude;longitude;website;description;themes;founded_year\ness;${name};;;SCIC;94028;;;;;;;;\n`,
    );
    const since = new Date(Date.now() - 1000).toISOString();
    try {
      const summary = await runImport({
        source: "csv",
        files: [file],
        dryRun: false,
        driver: api.driver,
        reportPath: join(dir, "report.csv"),
        progress: createProgress({ quiet: true }),
      });
      expect(summary.counts.created).toBe(1);
      const res = await api.gql(
        `query ($since: String) { auditLog(actor: "import:csv", since: $since, first: 10) { entries { role operation entityType after } } }`,
        { since },
        admin,
      );
      const entry = res.data!.auditLog.entries.find((e: { after: string }) => e.after.includes(name));
      expect(entry).toMatchObject({ role: "import", operation: "import", entityType: "ImportBatch" });
      expect(JSON.parse(entry.after)).toMatchObject({ files: [file.split("/").pop()], created: 1, updated: 0 });
    } finally {
      await api.cypher("MATCH (o:Organisation {name: $name}) DETACH DELETE o", { name });
      await api.cypher("MATCH (a:AuditEntry {actor: 'import:csv'}) WHERE a.after CONTAINS $name DELETE a", { name });
    }
  });

  it("pages with a cursor and filters by actor", async () => {
    const first = await log({ actor: who, first: 2 });
    expect(first.entries).toHaveLength(2);
    expect(first.hasMore).toBe(true);
    const next = await log({ actor: who, first: 2, after: first.endCursor });
    expect(next.entries.length).toBeGreaterThan(0);
    const seen = [...first.entries, ...next.entries].map((e) => e.at + e.operation + e.entityId);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...first.entries, ...next.entries].every((e) => e.actor === who)).toBe(true);
    const bad = await api.gql(LOG, { after: "not-a-cursor" }, admin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "after" });
  });

  it("is for admins only", async () => {
    const asCoordinator = await api.gql(LOG, {}, coordinator);
    expect(asCoordinator.data).toBeNull();
    expect(asCoordinator.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const researcher = await api.gql(LOG, {}, await api.token("researcher"));
    expect(researcher.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await api.gql(LOG, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(JSON.stringify(anonymous.data ?? null)).not.toContain("entries");
  });
});
