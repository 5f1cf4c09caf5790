import type { GraphReader } from "./ports";
import { getTownDirectory, InvalidInseeCode, UnknownTown } from "./town-directory";

/** A reader that answers one canned row: enough to test the domain's own rules. */
function readerReturning(row: unknown): GraphReader & { calls: unknown[] } {
  const calls: unknown[] = [];
  return { calls, read: async (_q, params) => (calls.push(params), [row] as never) };
}

describe("getTownDirectory", () => {
  it("refuses what is not an INSEE code before asking the database", async () => {
    const reader = readerReturning(null);
    await expect(getTownDirectory(reader, "Créteil")).rejects.toBeInstanceOf(InvalidInseeCode);
    await expect(getTownDirectory(reader, "9402")).rejects.toThrow("94028");
    expect(reader.calls).toHaveLength(0);
  });

  it("says which code is unknown", async () => {
    await expect(getTownDirectory(readerReturning({ town: null, entries: [] }), "75056")).rejects.toEqual(
      new UnknownTown("No town of the territory has INSEE code 75056"),
    );
  });

  it("flags illustrative entries and defaults the vitrine flag", async () => {
    const entry = { id: "a", name: "A", sourceKind: "ILLUSTRATIVE", isVitrine: null, themes: [] };
    const dir = await getTownDirectory(
      readerReturning({
        town: { inseeCode: "94028", name: "Créteil", population: 1, postalCodes: [] },
        entries: [entry],
      }),
      " 94028 ",
    );
    expect(dir.entries[0]).toMatchObject({ illustrative: true, isVitrine: false });
  });
});
