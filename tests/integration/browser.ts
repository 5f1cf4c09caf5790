/**
 * What the end-to-end tests share: Debian's Chromium started through
 * playwright-core (never a downloaded browser), axe-core's serious or
 * critical violations of a page, and a page signed in as a given account.
 */
import { readFileSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import type { Harness } from "./harness";
import type { Role } from "../../graph-api/src/auth/roles";
import { SESSION_COOKIE } from "../../graph-api/src/accounts/session-cookie";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The screens the explorer is looked at: two laptops and a phone. */
export const SCREEN_SIZES = [
  [1440, 900],
  [1366, 768],
  [390, 844],
] as const;
/** axe-core's source, for page.evaluate (inline scripts are refused by the pages' CSP). */
export const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** axe-core's serious and critical violations, one readable line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Injected through the DevTools protocol: the page's CSP allows no inline script.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => (window as any).axe.run(document, { resultTypes: ["violations"] }));
  return (result.violations as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[])
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

/**
 * Signs a page in as the account `who` with `role`, as if it had signed in
 * on the sign-in page (accounts.e2e.int.test.ts goes through that page): a
 * session opened by the test API, its cookie given to the browser, the page
 * loaded again at the same address, then the account menu awaited.
 */
export async function signInAs(
  page: Page,
  api: Pick<Harness, "session" | "url">,
  role: Role,
  who: string,
): Promise<void> {
  const { id } = await api.session(role, who);
  await page.context().addCookies([{ name: SESSION_COOKIE, value: id, url: api.url, httpOnly: true, sameSite: "Lax" }]);
  await page.reload();
  await page.getByTestId("signed-in").waitFor();
}

/** Signs the page out through the account menu. */
export async function signOutOf(page: Page): Promise<void> {
  const menu = page.locator("details.account-menu");
  if (!(await menu.evaluate((details) => (details as HTMLDetailsElement).open)))
    await page.getByTestId("signed-in").click();
  await menu.getByRole("button", { name: /^(Se déconnecter|Sign out)$/ }).click();
  await page.getByRole("link", { name: /^(Se connecter|Sign in)$/ }).waitFor();
}
