/**
 * What the end-to-end tests share: Debian's Chromium started through
 * playwright-core (never a downloaded browser), and axe-core's serious or
 * critical violations of a page.
 */
import { readFileSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
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
