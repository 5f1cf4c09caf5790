/**
 * Accounts and browser sessions through the real API on the real Neo4j: the
 * command that creates an account and its one-time link, setting a password
 * through the link, signing in and out, the session cookie and its CSRF
 * token, what bad input and attacks get (wrong password, unknown email,
 * disabled account, used or expired link, forged or ended session,
 * cross-site writes, too many attempts), the admins' accounts routes, a
 * revocation seen by a second API process, and a link mailed through a local
 * SMTP server (smtp-server).
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { startHarness, uniqueId, type Harness } from "./harness";
import { runUserCommand } from "../../graph-api/src/accounts/user-command";
import { createGraphReader } from "../../graph-api/src/db/graph-reader";
import { createGraphWriter } from "../../graph-api/src/db/graph-writer";

jest.setTimeout(120_000);

const PASSWORD = "tisserand-de-liens-94";
const SAVE = `mutation ($name: String!, $url: String!) { saveView(name: $name, url: $url) { id createdBy } }`;

describe("accounts and sign-in", () => {
  let api: Harness;
  let other: Harness;
  const domain = `${uniqueId("acc")}.example.org`;
  const email = (who: string) => `${who}@${domain}`;

  /** Runs `npm run user -- …` against the test database; its printed lines. */
  const user = async (...argv: string[]) => {
    const lines: string[] = [];
    const options = { database: process.env.NEO4J_DATABASE || undefined, timeoutMs: 15000 };
    const code = await runUserCommand(argv, {
      reader: createGraphReader(api.driver, options),
      writer: createGraphWriter(api.driver, options),
      publicUrl: api.url,
      actor: { sub: "cli:test", role: "admin" },
      out: (line) => lines.push(line),
    });
    return { code, lines, link: lines.find((l) => l.includes("/#/password/")) };
  };
  const tokenOf = (link: string) => link.split("/#/password/")[1];

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${api.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
  const signIn = (who: string, password: string, headers: Record<string, string> = {}) =>
    post("/auth/sign-in", { email: who, password }, headers);
  const cookieOf = (response: Response) => response.headers.get("set-cookie")?.split(";")[0] ?? "";
  const gqlWith = async (cookie: string, csrf: string | null, query: string, variables = {}, extra = {}) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, ...(csrf ? { "x-csrf-token": csrf } : {}), ...extra },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
  };

  /** Creates an account with the command and sets its password through the link; the session's cookie and CSRF token. */
  const accountSignedIn = async (who: string, role: string) => {
    const added = await user("add", email(who), "--role", role);
    expect(added.code).toBe(0);
    expect((await post("/auth/password", { token: tokenOf(added.link!), password: PASSWORD })).status).toBe(200);
    const response = await signIn(email(who), PASSWORD);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { csrfToken: string };
    return { cookie: cookieOf(response), csrf: body.csrfToken };
  };

  beforeAll(async () => {
    api = await startHarness({ config: { signInLimits: { perAccount: 3, perAddress: 1000, windowMinutes: 15 } } });
    other = await startHarness();
  });
  afterAll(async () => {
    await api.cypher(
      "MATCH (a:Account) WHERE a.email ENDS WITH $domain OPTIONAL MATCH (a)-[:HAS_SESSION|HAS_LINK]->(x) DETACH DELETE a, x",
      { domain: `@${domain}` },
    );
    await api.cypher("MATCH (e:AuditEntry) WHERE e.entityId ENDS WITH $domain OR e.actor ENDS WITH $domain DELETE e", {
      domain: `@${domain}`,
    });
    await api.cypher("MATCH (v:SavedView) WHERE v.createdBy ENDS WITH $domain DELETE v", { domain: `@${domain}` });
    await other.close();
    await api.close();
  });

  it("creates an account with the command, whose one-time link sets a password once, refusing a weak one", async () => {
    const added = await user("add", email("Camille"), "--role", "coordinator", "--name", "Camille Durand");
    expect(added.code).toBe(0);
    expect(added.lines[0]).toBe(`Account ${email("camille")} created (coordinator).`);
    expect(added.link).toMatch(new RegExp(`^${api.url}/#/password/[A-Za-z0-9_-]{43}$`));
    const token = tokenOf(added.link!);

    const greeting = await post("/auth/password-link", { token });
    expect(await greeting.json()).toEqual({ email: email("camille"), name: "Camille Durand", purpose: "set-password" });

    for (const [weak, reason] of [
      ["court", "at least 12 characters"],
      ["password1234", "among the most common"],
    ]) {
      const refused = await post("/auth/password", { token, password: weak });
      expect(refused.status).toBe(400);
      expect(JSON.stringify(await refused.json())).toContain(reason);
    }
    const [before] = await api.cypher("MATCH (a:Account {email: $e}) RETURN a.passwordHash AS hash", {
      e: email("camille"),
    });
    expect(before.hash).toBeNull();

    expect((await post("/auth/password", { token, password: PASSWORD })).status).toBe(200);
    const [stored] = await api.cypher("MATCH (a:Account {email: $e}) RETURN a.passwordHash AS hash", {
      e: email("camille"),
    });
    expect(stored.hash).toMatch(/^scrypt\$/);
    expect(stored.hash).not.toContain(PASSWORD);

    const reused = await post("/auth/password", { token, password: "un-autre-mot-de-passe" });
    expect(reused.status).toBe(400);
    expect(JSON.stringify(await reused.json())).toContain("not valid or was already used");

    const listed = await user("list");
    expect(listed.lines.find((l) => l.startsWith(email("camille")))).toContain("coordinator  active");
    expect((await user("add", email("camille"), "--role", "coordinator")).lines[0]).toContain("exists already");
    expect((await user("add", "pas-une-adresse", "--role", "coordinator")).code).toBe(1);
    expect((await user("add", email("x"), "--role", "chef")).lines[0]).toContain(
      "role: coordinator, researcher or admin",
    );
  });

  it("refuses an expired link with its reason and writes nothing", async () => {
    const added = await user("add", email("late"), "--role", "researcher");
    const token = tokenOf(added.link!);
    await api.cypher(
      "MATCH (:Account {email: $e})-[:HAS_LINK]->(l:PasswordLink) SET l.expiresAt = datetime() - duration('PT1M')",
      { e: email("late") },
    );
    const refused = await post("/auth/password", { token, password: PASSWORD });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain("This link has expired");
    const [row] = await api.cypher("MATCH (a:Account {email: $e}) RETURN a.passwordHash AS hash", { e: email("late") });
    expect(row.hash).toBeNull();
  });

  it("signs in with a session cookie (HttpOnly, SameSite=Lax, Secure behind https) and answers a wrong password and an unknown email alike", async () => {
    await accountSignedIn("dominique", "coordinator");
    const ok = await signIn(email("dominique"), PASSWORD);
    const cookie = ok.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^maillage_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
    const body = await ok.json();
    expect(body.account).toEqual({ email: email("dominique"), name: email("dominique"), roles: ["coordinator"] });
    expect(JSON.stringify(body)).not.toContain(PASSWORD);
    // Signing in again from the same browser ends the session it held.
    const again = await signIn(email("dominique"), PASSWORD, { cookie: cookieOf(ok) });
    expect(again.status).toBe(200);
    const held = await fetch(`${api.url}/auth/session`, { headers: { cookie: cookieOf(ok) } });
    expect((await held.json()).account).toBeNull();

    const wrong = await signIn(email("dominique"), "pas-le-bon-mot-de-passe");
    const unknown = await signIn(email("personne"), "pas-le-bon-mot-de-passe");
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(wrong.headers.get("set-cookie")).toBeNull();

    const behindProxy = await startHarness({ config: { trustProxy: 1 } });
    try {
      const secure = await fetch(`${behindProxy.url}/auth/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-proto": "https" },
        body: JSON.stringify({ email: email("dominique"), password: PASSWORD }),
      });
      expect(secure.headers.get("set-cookie")).toContain("; Secure;");
    } finally {
      await behindProxy.close();
    }
  });

  it("lets the session write with its CSRF token only, refuses cross-site writes, and ends it on sign-out", async () => {
    const { cookie, csrf } = await accountSignedIn("eloise", "coordinator");
    const session = await (await fetch(`${api.url}/auth/session`, { headers: { cookie } })).json();
    expect(session.account.email).toBe(email("eloise"));
    expect(session.csrfToken).toBe(csrf);

    const saved = await gqlWith(cookie, csrf, SAVE, { name: "Vue d'Éloïse", url: "#/graph" });
    expect(saved.body.data.saveView.createdBy).toBe(email("eloise"));

    const noToken = await gqlWith(cookie, null, SAVE, { name: "Sans jeton", url: "#/graph" });
    expect(noToken.status).toBe(403);
    expect(noToken.body.errors![0].message).toContain("without its CSRF token");
    const crossSite = await gqlWith(
      cookie,
      csrf,
      SAVE,
      { name: "Autre site", url: "#/graph" },
      {
        origin: "https://evil.example",
      },
    );
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.errors![0].message).toContain("https://evil.example");
    const views = await api.cypher("MATCH (v:SavedView) WHERE v.createdBy = $e RETURN v.name AS name", {
      e: email("eloise"),
    });
    expect(views.map((v) => v.name)).toEqual(["Vue d'Éloïse"]);

    expect((await post("/auth/sign-out", {}, { cookie })).status).toBe(403);
    const out = await post("/auth/sign-out", {}, { cookie, "x-csrf-token": csrf });
    expect(out.status).toBe(200);
    expect(out.headers.get("set-cookie")).toContain("Max-Age=0");
    const after = await gqlWith(cookie, csrf, SAVE, { name: "Après", url: "#/graph" });
    expect(after.status).toBe(401);
    expect(after.body.errors![0].message).toBe("Your session has ended: sign in again");

    const audit = await api.cypher(
      "MATCH (e:AuditEntry {entityId: $e}) RETURN e.operation AS operation ORDER BY e.at",
      { e: email("eloise") },
    );
    expect(audit.map((a) => a.operation)).toEqual(
      expect.arrayContaining(["createAccount", "setPassword", "signIn", "signOut"]),
    );
  });

  it("treats a forged or expired session as ended, and clears its cookie", async () => {
    const forged = await gqlWith("maillage_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "x", "{ __typename }");
    expect(forged.status).toBe(401);
    const { cookie } = await accountSignedIn("fanny", "coordinator");
    await api.cypher(
      "MATCH (:Account {email: $e})-[:HAS_SESSION]->(s:Session) SET s.lastSeenAt = datetime() - duration('PT3H')",
      { e: email("fanny") },
    );
    const session = await fetch(`${api.url}/auth/session`, { headers: { cookie } });
    expect((await session.json()).account).toBeNull();
    expect(session.headers.get("set-cookie")).toContain("maillage_session=; ");
  });

  it("tells only the holder of the right password that an account is disabled, and ends its sessions", async () => {
    const { cookie, csrf } = await accountSignedIn("gael", "coordinator");
    expect((await user("disable", email("gael"))).code).toBe(0);
    expect((await gqlWith(cookie, csrf, "{ __typename }")).status).toBe(401);
    const right = await signIn(email("gael"), PASSWORD);
    expect(right.status).toBe(403);
    expect((await right.json()).errors[0].message).toBe("This account is disabled: ask an administrator");
    expect((await signIn(email("gael"), "pas-le-bon-mot-de-passe")).status).toBe(401);
    expect((await user("enable", email("gael"))).code).toBe(0);
    expect((await signIn(email("gael"), PASSWORD)).status).toBe(200);
  });

  it("refuses further attempts on an account after too many failures, with the time to wait", async () => {
    await accountSignedIn("hugo", "researcher");
    for (let i = 0; i < 3; i++) expect((await signIn(email("hugo"), `mauvais-${i}-mot-de-passe`)).status).toBe(401);
    const limited = await signIn(email("hugo"), PASSWORD);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).errors[0].message).toMatch(
      /^Too many failed sign-in attempts: try again in \d+ min$/,
    );
    expect(limited.headers.get("set-cookie")).toBeNull();
  });

  it("lets an admin manage accounts from the explorer's routes, and a second API process sees a revocation", async () => {
    const admin = await accountSignedIn("ines", "admin");
    const coordinator = await accountSignedIn("jules", "coordinator");
    const asAdmin = (method: string, path: string, body?: unknown, who = admin) =>
      fetch(`${api.url}${path}`, {
        method,
        headers: { "content-type": "application/json", cookie: who.cookie, "x-csrf-token": who.csrf },
        body: body === undefined ? undefined : JSON.stringify(body),
      });

    expect((await asAdmin("GET", "/api/accounts", undefined, coordinator)).status).toBe(403);
    expect((await fetch(`${api.url}/api/accounts`)).status).toBe(401);
    const created = await asAdmin("POST", "/api/accounts", {
      email: email("karim"),
      role: "coordinator",
      name: "Karim",
    });
    expect(created.status).toBe(201);
    const { account, link } = await created.json();
    expect(account).toMatchObject({ email: email("karim"), roles: ["coordinator"], hasPassword: false });
    expect(link.url).toMatch(/\/#\/password\/[A-Za-z0-9_-]{43}$/);
    expect((await asAdmin("POST", "/api/accounts", { email: email("karim"), role: "coordinator" })).status).toBe(400);

    // Jules's session works on the other process too, until the admin ends it.
    expect(
      (await fetch(`${other.url}/auth/session`, { headers: { cookie: coordinator.cookie } }).then((r) => r.json()))
        .account.email,
    ).toBe(email("jules"));
    const ended = await asAdmin("POST", `/api/accounts/${encodeURIComponent(email("jules"))}/end-sessions`);
    expect(await ended.json()).toEqual({ ended: 1 });
    expect(
      (await fetch(`${other.url}/auth/session`, { headers: { cookie: coordinator.cookie } }).then((r) => r.json()))
        .account,
    ).toBeNull();

    const changed = await asAdmin("PATCH", `/api/accounts/${encodeURIComponent(email("karim"))}`, {
      role: "researcher",
    });
    expect((await changed.json()).account.roles).toEqual(["researcher"]);
    const list = (await (await asAdmin("GET", "/api/accounts")).json()).accounts as {
      email: string;
      roles: string[];
    }[];
    expect(list.find((a) => a.email === email("karim"))?.roles).toEqual(["researcher"]);
    expect(JSON.stringify(list)).not.toMatch(/scrypt|passwordHash/);
    expect((await asAdmin("DELETE", `/api/accounts/${encodeURIComponent(email("karim"))}`)).status).toBe(200);
    expect((await asAdmin("DELETE", `/api/accounts/${encodeURIComponent(email("karim"))}`)).status).toBe(404);

    const audit = await api.cypher(
      "MATCH (e:AuditEntry {entityId: $e}) RETURN e.operation AS operation, e.actor AS actor, e.after AS after ORDER BY e.at",
      { e: email("karim") },
    );
    expect(audit.map((a) => a.operation)).toEqual(["createAccount", "updateAccount", "deleteAccount"]);
    expect(audit.every((a) => a.actor === email("ines"))).toBe(true);
  });

  it("mails the one-time link when an SMTP server is configured", async () => {
    const received: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, done) {
        let text = "";
        stream.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push(text);
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    const mailing = await startHarness({
      config: { mail: { url: `smtp://127.0.0.1:${port}`, from: "Maillage <maillage@example.org>" } },
    });
    try {
      const admin = await mailing.session("admin", email("lou"));
      const created = await fetch(`${mailing.url}/api/accounts`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: admin.cookie, "x-csrf-token": admin.csrf },
        body: JSON.stringify({ email: email("maud"), role: "coordinator" }),
      });
      const { link } = await created.json();
      expect(link.mailed).toBe(true);
      expect(received).toHaveLength(1);
      const mail = received[0].replace(/=\r?\n/g, "").replace(/=3D/g, "=");
      expect(mail).toContain(`To: ${email("maud")}`);
      expect(mail).toContain("Subject: Maillage : votre compte");
      expect(mail).toContain(link.url);
    } finally {
      await mailing.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
