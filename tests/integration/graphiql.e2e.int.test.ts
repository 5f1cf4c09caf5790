/**
 * GraphiQL at /graphiql, bundled from the npm package, renders in
 * Chromium with its example queries, loads nothing from another origin (the
 * CSP allows only this one), and runs a query against the API.
 */
import type { Browser } from "playwright-core";
import { launchChromium } from "./browser";
import { startHarness, type Harness } from "./harness";

describe("GraphiQL", () => {
  let h: Harness;
  let browser: Browser;
  beforeAll(async () => {
    h = await startHarness();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it("is served with a same-origin-only CSP", async () => {
    const res = await fetch(`${h.url}/graphiql/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    expect(await res.text()).not.toMatch(/src="https?:/);
  });

  it("opens with the example queries and runs one, with no request leaving the origin", async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    const violations: string[] = [];
    page.on("request", (r) => {
      const url = r.url();
      if (!url.startsWith(h.url) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
    });
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${h.url}/graphiql`);
    await page.waitForSelector(".graphiql-container", { timeout: 30_000 });
    await page.waitForFunction(() => document.body.innerText.includes("MostBetween"), undefined, { timeout: 30_000 });
    await page.click(".graphiql-execute-button");
    // The answer pane (not the editor) shows the result.
    await page.waitForFunction(
      () => (document.querySelector(".graphiql-response") as HTMLElement | null)?.innerText.includes('"nodeCount"'),
      undefined,
      { timeout: 60_000 },
    );
    await page.screenshot({ path: "tests/screenshots/graphiql.png" });
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  }, 120_000);
});
