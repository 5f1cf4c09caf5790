/**
 * Fuzz (docs/fuzz.md): seeded malformed and hostile requests (broken JSON,
 * huge strings, deep nesting, invalid UTF-8, wrong types, injection-looking
 * values in every String filter, hostile HTTP, mutated queries, random
 * bytes). Every answer is a 4xx with a GraphQL error, or a 200 with data for
 * a well-formed request; no 5xx, the server stays up, and the graph is
 * unchanged. CI runs FUZZ_COUNT (450) here; `npm run fuzz` runs 10,000 and
 * writes docs/fuzz.md.
 */
import { startHarness, type Harness } from "./harness";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCases, judge } = require("../../bench/fuzz-cases.cjs") as typeof import("../../bench/fuzz-cases.cjs");

jest.setTimeout(300_000);

const COUNT = Number(process.env.FUZZ_COUNT ?? 450);
const SEED = Number(process.env.FUZZ_SEED ?? 7);

describe("fuzz", () => {
  let api: Harness;
  const fingerprint = async () => (await api.cypher("RETURN apoc.hashing.fingerprintGraph() AS v"))[0].v as string;
  beforeAll(async () => {
    api = await startHarness();
  });
  afterAll(() => api.close());

  it(`answers ${COUNT} hostile requests (seed ${SEED}) with 4xx GraphQL errors or harmless data, never a 5xx, and changes nothing`, async () => {
    const before = await fingerprint();
    const wrong: string[] = [];
    const statuses = new Map<string, number>();
    for (const c of generateCases(SEED, COUNT)) {
      let status = 0;
      let text = "";
      try {
        const response = await fetch(`${api.url}${c.path}`, {
          method: c.method,
          headers: c.headers,
          body: c.body as BodyInit | undefined,
        });
        status = response.status;
        text = await response.text();
      } catch (error) {
        text = String(error);
      }
      const key = `${c.kind} ${status}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      const why = judge(c, status, text);
      if (why) wrong.push(`${c.kind}: ${why} — ${String(c.body ?? c.path).slice(0, 120)}`);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    expect(await fingerprint()).toBe(before);
    // Each kind got both refusals and (where it can) answers: the generator reaches the API.
    expect([...statuses.keys()].some((k) => k.startsWith("injection 200"))).toBe(true);
    expect([...statuses.keys()].some((k) => k.startsWith("broken JSON 400"))).toBe(true);
  });
});
