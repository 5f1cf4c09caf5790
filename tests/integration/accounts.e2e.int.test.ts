/**
 * Accounts end to end in Debian's Chromium against graph-api serving the
 * built explorer over the real seeded Neo4j: an account made with the real
 * command (`npm run user -- add`, compiled), its one-time link opened to
 * choose a password, signing in on the sign-in page, editing an organisation,
 * signing out; an admin's accounts page; and single sign-on through a real
 * OpenID provider (oidc-provider, started here on its own port). Screens at
 * 1440×900, 1366×768 and 390×844 in French and English go to tests/screenshots/.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium, SCREEN_SIZES, seriousAxeViolations, signInAs, signOutOf } from "./browser";
import { startHarness, uniqueId, type Harness } from "./harness";
import { cli, freePort, ROOT } from "./processes";

jest.setTimeout(180_000);

const SHOTS = join(__dirname, "..", "screenshots");
const PASSWORD = "un vélo, deux ateliers, trois quartiers";

describe("explorer: accounts and sign-in", () => {
  let api: Harness;
  let browser: Browser;
  let provider: ChildProcess;
  const domain = `${uniqueId("e2e-accounts")}.example.org`;
  const email = (who: string) => `${who}@${domain}`;
  let organisation: { id: string; name: string; description: string | null };

  const newPage = async (width = 1440, height = 900): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({ viewport: { width, height }, locale: "fr-FR" });
    // Nothing from the internet (the test provider's pages ask for a web font).
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    return { context, page: await context.newPage() };
  };
  /** The same screen at the three sizes, in French then English (the page's language is set back to French). */
  const shoot = async (page: Page, name: string) => {
    for (const language of ["fr", "en"] as const) {
      await page.getByLabel(/^(Langue|Language)$/).selectOption(language);
      for (const [width, height] of SCREEN_SIZES) {
        await page.setViewportSize({ width, height });
        await page.screenshot({ path: join(SHOTS, `accounts-${name}-${language}-${width}.png`), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect([name, language, width, overflow]).toEqual([name, language, width, 0]);
      }
    }
    await page.getByLabel(/^(Langue|Language)$/).selectOption("fr");
    await page.setViewportSize({ width: 1440, height: 900 });
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const providerPort = await freePort();
    api = await startHarness({
      config: {
        sso: {
          issuer: new URL(`http://127.0.0.1:${providerPort}`),
          clientId: "maillage",
          clientSecret: "secret-du-client-de-test-0123456789",
          name: "l'annuaire des agents",
          rolesClaim: "groups",
          roleMap: { "agents-ess": "coordinator" },
        },
      },
    });
    provider = spawn(
      process.execPath,
      [
        join(ROOT, "tests", "integration", "oidc-provider.mjs"),
        String(providerPort),
        `${api.url}/auth/sso/callback`,
        "secret-du-client-de-test-0123456789",
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve, reject) => {
      createInterface({ input: provider.stdout! }).on("line", (line) => line.startsWith("ready") && resolve());
      provider.once("exit", (code) => reject(new Error(`the test OpenID provider exited with ${code}`)));
    });
    browser = await launchChromium();
    const [row] = await api.cypher<{ id: string; name: string; description: string | null }>(
      "MATCH (e:EssStructure) WHERE e.siret IS NULL RETURN e.id AS id, e.name AS name, e.description AS description ORDER BY e.id LIMIT 1",
    );
    organisation = row;
  });

  afterAll(async () => {
    await browser?.close();
    provider?.kill("SIGTERM");
    if (organisation)
      await api.cypher("MATCH (e:EssStructure {id: $id}) SET e.description = $description", organisation);
    await api?.cypher(
      "MATCH (a:Account) WHERE a.email ENDS WITH $d OR a.email ENDS WITH '@agents.example.org' OR a.email = 'e2e-accounts-admin' OPTIONAL MATCH (a)-[:HAS_SESSION|HAS_LINK]->(x) DETACH DELETE a, x",
      { d: `@${domain}` },
    );
    await api?.close();
  });

  it("creates an account with the command, sets its password through the link, signs in, edits an organisation and signs out", async () => {
    const added = cli(
      "user",
      ["add", email("claire"), "--role", "coordinator", "--name", "Claire Martin"],
      process.env.NEO4J_URI!,
      {
        PUBLIC_URL: api.url,
      },
    );
    expect(added.err).toBe("");
    expect(added.code).toBe(0);
    const link = added.out.split("\n").find((line) => line.startsWith(`${api.url}/#/password/`))!;
    expect(link).toBeDefined();

    const { context, page } = await newPage();
    await page.goto(link);
    await page.getByText(`Compte de Claire Martin (${email("claire")}) : choisissez votre mot de passe.`).waitFor();
    await shoot(page, "password");
    expect(await seriousAxeViolations(page)).toEqual([]);
    const fresh = page.getByLabel("Nouveau mot de passe");
    const again = page.getByLabel("Le même, une seconde fois");
    await fresh.fill("qwertyuiop123");
    await again.fill("qwertyuiop123");
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await page.getByRole("alert").filter({ hasText: "fait partie des plus courants" }).waitFor();
    await fresh.fill(PASSWORD);
    await again.fill(PASSWORD);
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await page.getByRole("status").filter({ hasText: "Mot de passe enregistré." }).waitFor();

    // The link served once.
    const second = await context.newPage();
    await second.goto(link);
    await second.getByRole("alert").filter({ hasText: "n'est pas valable ou a déjà servi" }).waitFor();
    await second.close();

    await page.getByRole("main").getByRole("link", { name: "Se connecter" }).click();
    expect(await page.getByLabel("Adresse e-mail").inputValue()).toBe(email("claire"));
    await shoot(page, "sign-in");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel("Mot de passe").fill(PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByTestId("signed-in").filter({ hasText: "Connecté·e : Claire Martin" }).waitFor();
    // Back where one was going (the network view by default), once the page has read the data again as Claire.
    await page.waitForURL(/#\/graph$/);
    const cookies = await context.cookies(api.url);
    expect(cookies.find((c) => c.name === "maillage_session")).toMatchObject({ httpOnly: true, sameSite: "Lax" });

    await page.goto(`${api.url}/#/organisations/${encodeURIComponent(organisation.id)}`);
    await page.getByTestId("profile-name").waitFor();
    await page.getByRole("button", { name: `Modifier ${organisation.name}` }).click();
    const form = page.getByRole("form", { name: `Modifier ${organisation.name}` });
    await form.getByLabel("Description").fill("Décrit par Claire, connectée avec son compte.");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByRole("status").filter({ hasText: "Modifications enregistrées." }).waitFor();
    const [stored] = await api.cypher("MATCH (e:EssStructure {id: $id}) RETURN e.description AS d, e.updatedBy AS by", {
      id: organisation.id,
    });
    expect(stored).toEqual({ d: "Décrit par Claire, connectée avec son compte.", by: email("claire") });

    await page.getByTestId("signed-in").click();
    await shoot(page, "menu");
    await signOutOf(page);
    const sessions = await api.cypher("MATCH (:Account {email: $e})-[:HAS_SESSION]->(s:Session) RETURN count(s) AS n", {
      e: email("claire"),
    });
    expect(sessions[0].n).toBe(0);
    await context.close();
  });

  it("lets an admin create an account from the accounts page and hand over its link, change its role and disable it", async () => {
    const { context, page } = await newPage();
    await page.goto(`${api.url}/#/graph`);
    await signInAs(page, api, "admin", "e2e-accounts-admin");
    await page.getByRole("navigation").getByRole("link", { name: "Comptes" }).click();
    await page.getByRole("heading", { name: "Comptes", level: 2 }).waitFor();
    const form = page.getByRole("form", { name: "Nouveau compte" });
    await form.getByLabel("Adresse e-mail").fill(email("bruno"));
    await form.getByLabel("Nom (facultatif)").fill("Bruno Petit");
    await form.getByLabel("Rôle").selectOption("researcher");
    await form.getByRole("button", { name: "Créer le compte" }).click();
    const link = page.getByRole("textbox", { name: `Lien à usage unique pour ${email("bruno")}` });
    await link.waitFor();
    expect(await link.inputValue()).toMatch(new RegExp(`^${api.url}/#/password/[A-Za-z0-9_-]{43}$`));
    const row = page.getByRole("listitem", { name: "Bruno Petit" });
    await row.getByText("attend son mot de passe").waitFor();
    await shoot(page, "admin");
    expect(await seriousAxeViolations(page)).toEqual([]);

    await row.getByLabel(`Rôle de ${email("bruno")}`).selectOption("coordinator");
    await page
      .getByRole("status")
      .filter({ hasText: `Rôle de ${email("bruno")} modifié` })
      .waitFor();
    await row.getByRole("button", { name: "Désactiver" }).click();
    await row.getByText("désactivé").first().waitFor();
    const [bruno] = await api.cypher("MATCH (a:Account {email: $e}) RETURN a.roles AS roles, a.disabled AS disabled", {
      e: email("bruno"),
    });
    expect(bruno).toEqual({ roles: ["coordinator"], disabled: true });
    await context.close();
  });

  it("signs in through the OpenID provider: a member of the agents' group as a coordinator, anyone else waiting for a role", async () => {
    const { context, page } = await newPage();
    await page.goto(`${api.url}/#/sign-in`);
    await page.getByRole("link", { name: "Se connecter avec l'annuaire des agents" }).click();
    await page.locator("input[name=login]").fill("agent-lea");
    await page.locator("input[name=password]").fill("peu importe");
    await page.getByRole("button", { name: "Sign-in" }).click();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByTestId("signed-in").filter({ hasText: "Connecté·e : Agent agent-lea" }).waitFor();
    expect(await page.locator(".signin").innerText()).toContain("(coordination)");
    const [lea] = await api.cypher("MATCH (a:Account {email: 'agent-lea@agents.example.org'}) RETURN a.roles AS roles");
    expect(lea.roles).toEqual(["coordinator"]);
    await signOutOf(page);
    await context.close();

    // Another person, in another browser (the provider remembers who signed in there).
    const other = await newPage();
    await other.page.goto(`${api.url}/#/sign-in`);
    await other.page.getByRole("link", { name: "Se connecter avec l'annuaire des agents" }).click();
    await other.page.locator("input[name=login]").fill("visiteur-marc");
    await other.page.locator("input[name=password]").fill("peu importe");
    await other.page.getByRole("button", { name: "Sign-in" }).click();
    await other.page.getByRole("button", { name: "Continue" }).click();
    await other.page.getByTestId("signed-in").filter({ hasText: "Agent visiteur-marc" }).waitFor();
    await other.page.getByTestId("signed-in").click();
    await other.page.getByText("Votre compte attend qu'un administrateur vous donne un rôle").waitFor();
    expect(await other.page.getByRole("navigation").getByRole("link", { name: "Signalements" }).count()).toBe(0);
    await other.context.close();
  });
});
