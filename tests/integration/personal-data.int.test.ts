/**
 * Personal data (GDPR rights of access and erasure): an admin exports or erases one person with
 * `npm run gdpr` (the compiled CLI, run here as a process against the test
 * database), a contact by id and a convention attendee by email, and the
 * API's logs never hold query variables or contact values.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { startHarness, uniqueId, type Harness } from "./harness";

jest.setTimeout(60_000);

const exec = promisify(execFile);
const CLI = join(__dirname, "..", "..", "graph-api", "dist", "cli", "gdpr.js");
const gdpr = (...args: string[]) =>
  exec(process.execPath, [CLI, ...args], { env: process.env }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe("personal data", () => {
  let api: Harness;
  const logs: string[] = [];
  const tag = uniqueId("gdpr");
  const email = `${tag}@exemple.org`;
  const phone = "01 45 17 00 00";
  const name = `Personne ${tag}`;
  let contactId: string;

  beforeAll(async () => {
    // Every log line at the most verbose level, as the production logger writes them.
    const { createLogger } = await import("../../graph-api/src/logger");
    const capture = createLogger("trace", { write: (line: string) => void logs.push(line) });
    api = await startHarness({ logger: capture });
    const created = await api.gql(
      `mutation($node: ContactCreateInput!) {
        updateEssStructures(where: { id: { eq: "ess-aap-marjolaine" } }, update: { contacts: [{ create: [{ node: $node }] }] }) { essStructures { contacts { id email } } }
      }`,
      { node: { name, email, phone, role: "Trésorière" } },
      await api.token("coordinator", "claire"),
    );
    expect(created.errors).toBeUndefined();
    contactId = created.data!.updateEssStructures.essStructures[0].contacts.find(
      (c: { email: string }) => c.email === email,
    ).id;
  });
  afterAll(async () => {
    if (contactId)
      await api.cypher("MATCH (n) WHERE n.id = $id AND (n:Contact OR n:ErasedPerson) DETACH DELETE n", {
        id: contactId,
      });
    await api.close();
  });

  it("are kept out of the logs: no variables, no email, phone or name, even when a request fails", async () => {
    const coordinator = await api.token("coordinator");
    await api.gql(
      `query($e: String!) { contacts(where: { email: { eq: $e } }) { name email phone } }`,
      { e: email },
      coordinator,
    );
    await api.gql(`query($e: String!) { contacts(where: { email: { eq: $e } }) { name email phone } }`, { e: email }); // refused: anonymous
    await api.gql(
      `mutation($id: ID!, $p: String!) { updateContacts(where: { id: { eq: $id } }, update: { phone: { set: $p } }) { contacts { id } } }`,
      { id: contactId, p: `${phone} not a phone` },
      coordinator,
    );
    await api.gql(`query($e: String!) { contacts(where: { emal: { eq: $e } }) { name } }`, { e: email }, coordinator); // invalid query
    const text = logs.join("\n");
    expect(logs.length).toBeGreaterThan(4); // the capture works
    expect(text).toContain("/graphql");
    for (const value of [email, phone, name, tag]) expect(text).not.toContain(value);
    expect(text).not.toMatch(/"variables"|authorization|Bearer /i);
  });

  it("keep credentials out of the logs: API keys, tokens and cookies, valid or not", async () => {
    const created = await api.gql(`mutation { createApiKey(name: "log test") { key } }`, {}, await api.token("admin"));
    const key = created.data!.createApiKey.key as string;
    const forged = `mlg_${"0".repeat(16)}_${"s".repeat(32)}`;
    const token = await api.token("coordinator");
    const query = JSON.stringify({ query: "{ territories { name } }" });
    const send = (headers: Record<string, string>) =>
      fetch(`${api.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: query,
      });
    logs.length = 0;
    expect((await send({ "x-api-key": key })).status).toBe(200);
    expect((await send({ authorization: `ApiKey ${key}` })).status).toBe(200);
    expect((await send({ "x-api-key": forged })).status).toBe(401);
    expect((await send({ authorization: `Bearer ${token}`, cookie: "maillage_session=s3cr3t-cookie" })).status).toBe(
      200,
    );
    const text = logs.join("\n");
    expect(logs.length).toBeGreaterThanOrEqual(4);
    // mlg_<16 hex>_<secret>: the secret alone (base64url, which may itself hold "_") is not logged either.
    const secretPart = key.slice("mlg_".length + 16 + 1);
    expect(secretPart).toHaveLength(32);
    for (const secret of [key, secretPart, forged, token, "s3cr3t-cookie"]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/x-api-key|"cookie"|"authorization"/i);
  });

  it("of one person are exported as JSON by an admin, with their relationships", async () => {
    const { code, stdout } = await gdpr("export", contactId);
    expect(code).toBe(0);
    const data = JSON.parse(stdout);
    expect(data).toMatchObject({
      kind: "maillage-person-export",
      person: {
        id: contactId,
        labels: ["Contact"],
        properties: { name, email, phone, role: "Trésorière", updatedBy: "claire" },
      },
    });
    expect(data.relationships).toEqual([
      expect.objectContaining({
        type: "HAS_CONTACT",
        direction: "IN",
        other: expect.objectContaining({ id: "ess-aap-marjolaine", labels: expect.arrayContaining(["EssStructure"]) }),
      }),
    ]);
    expect(typeof data.person.properties.updatedAt).toBe("string");
  });

  it("of one person are erased: the person and their links go, a tombstone without personal data stays", async () => {
    const { code, stderr } = await gdpr("erase", contactId);
    expect(code).toBe(0);
    expect(stderr).toMatch(/erased person .* 1 relationship/);
    expect(await api.cypher("MATCH (c:Contact {id: $id}) RETURN c", { id: contactId })).toEqual([]);
    const [tomb] = await api.cypher(
      "MATCH (t:ErasedPerson {id: $id}) RETURN properties(t) AS p, COUNT { (t)--() } AS links",
      { id: contactId },
    );
    expect(Object.keys(tomb.p).sort()).toEqual(["erasedAt", "erasedBy", "id"]);
    expect(Number(tomb.links)).toBe(0);
    const values = [email, phone, name];
    const left = await api.cypher("MATCH (n) WHERE any(k IN keys(n) WHERE n[k] IN $values) RETURN count(n) AS n", {
      values,
    });
    expect(Number(left[0].n)).toBe(0);
    const res = await api.gql(
      `{ essStructures(where: { id: { eq: "ess-aap-marjolaine" } }) { contacts { id } } }`,
      {},
      await api.token("coordinator"),
    );
    expect(res.data!.essStructures[0].contacts.map((c: { id: string }) => c.id)).not.toContain(contactId);
    // Nothing left to export or erase.
    expect((await gdpr("export", contactId)).code).toBe(1);
    expect((await gdpr("erase", contactId)).code).toBe(1);
  });

  it("of a convention attendee are found by their email, exported, and erased from the invitations", async () => {
    const claire = await api.token("coordinator", "claire");
    const attendeeEmail = `Attendee.${tag}@Exemple.org`;
    const call = async (query: string, variables: Record<string, unknown>) => {
      const res = await api.gql(query, variables, claire);
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    const { createConvention } = await call(
      `mutation($input: ConventionInput!) { createConvention(input: $input) { id } }`,
      {
        input: {
          title: `Convention ${tag}`,
          date: "2027-03-18",
          startTime: "09:00",
          endTime: "11:00",
          slotMinutes: 20,
          breaks: [],
          tables: 2,
          defaultMinMeetings: 0,
          defaultMaxMeetings: 3,
        },
      },
    );
    const conventionId = createConvention.id as string;
    try {
      await call(`mutation($id: ID!, $ids: [ID!]!) { inviteToConvention(id: $id, organisationIds: $ids) { id } }`, {
        id: conventionId,
        ids: ["ess-aap-marjolaine"],
      });
      await call(
        `mutation($id: ID!, $o: ID!, $a: String, $e: String) { setConventionParticipant(id: $id, organisationId: $o, attendee: $a, email: $e) { id } }`,
        { id: conventionId, o: "ess-aap-marjolaine", a: `Invitée ${tag}`, e: attendeeEmail },
      );

      // Found whatever the case of the address given.
      const exported = await gdpr("export-email", attendeeEmail.toLowerCase());
      expect(exported.code).toBe(0);
      const data = JSON.parse(exported.stdout);
      expect(data.kind).toBe("maillage-email-export");
      expect(data.conventionInvitations).toEqual([
        expect.objectContaining({
          convention: expect.objectContaining({ id: conventionId, title: `Convention ${tag}`, date: "2027-03-18" }),
          organisation: expect.objectContaining({ id: "ess-aap-marjolaine" }),
          attendee: `Invitée ${tag}`,
          email: attendeeEmail,
        }),
      ]);
      expect(data.contacts).toEqual([]);

      const erased = await gdpr("erase-email", attendeeEmail);
      expect(erased.code).toBe(0);
      expect(erased.stderr).toMatch(/from 1 convention invitation/);
      // The invitation stays with the organisation; the attendee's name and email are gone.
      const read = await call(
        `query($id: ID!) { convention(id: $id) { participants { organisation { id } attendee email } } }`,
        { id: conventionId },
      );
      expect(read.convention.participants).toEqual([
        { organisation: { id: "ess-aap-marjolaine" }, attendee: null, email: null },
      ]);
      const [stored] = await api.cypher(
        "MATCH (:Convention {id: $id})-[i:INVITES]->() RETURN i.attendeeErasedBy AS by, i.attendeeErasedAt IS NOT NULL AS dated",
        { id: conventionId },
      );
      expect(stored).toEqual({ by: expect.stringMatching(/^cli:/), dated: true });
      expect(JSON.parse((await gdpr("export-email", attendeeEmail)).stdout).conventionInvitations).toEqual([]);
    } finally {
      await api.gql(`mutation($id: ID!) { deleteConvention(id: $id) }`, { id: conventionId }, claire);
    }
  });

  it("by email point to a contact with that email, erased by its id", async () => {
    const contactEmail = `contact.${tag}@exemple.org`;
    const created = await api.gql(
      `mutation($node: ContactCreateInput!) {
        updateEssStructures(where: { id: { eq: "ess-aap-marjolaine" } }, update: { contacts: [{ create: [{ node: $node }] }] }) { essStructures { contacts { id email } } }
      }`,
      { node: { name: `Contact ${tag}`, email: contactEmail, role: "Présidente" } },
      await api.token("coordinator", "claire"),
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.updateEssStructures.essStructures[0].contacts.find(
      (c: { email: string }) => c.email === contactEmail,
    ).id as string;
    try {
      const data = JSON.parse((await gdpr("export-email", ` ${contactEmail.toUpperCase()} `)).stdout);
      expect(data.contacts).toEqual([expect.objectContaining({ id, name: `Contact ${tag}`, email: contactEmail })]);
      const erased = await gdpr("erase-email", contactEmail);
      expect(erased.code).toBe(0);
      expect(erased.stderr).toContain(`npm run gdpr -- erase ${id}`);
    } finally {
      await api.cypher("MATCH (n:Contact {id: $id}) DETACH DELETE n", { id });
    }
  });

  it("explains its usage, and refuses a person id where an email is expected", async () => {
    const { code, stderr } = await gdpr("delete", "x");
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: npm run gdpr -- export <person id> \| erase <person id> \| export-email <email>/);
    const wrong = await gdpr("erase-email", "contact-123");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('"contact-123" is not an email address');
    expect(wrong.stderr).not.toMatch(/at .*\.js|\/work\//);
  });
});
