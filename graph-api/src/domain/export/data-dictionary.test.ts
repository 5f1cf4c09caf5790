import { readFileSync } from "node:fs";
import { join } from "node:path";
import { typeDefs } from "@maillage/schema";
import { dataDictionary, mermaidDiagram } from "./data-dictionary";

describe("docs/data-dictionary.md", () => {
  const text = dataDictionary(typeDefs);

  it("is up to date with the schema, the labels and the dataset's columns (npm run data-dictionary)", () => {
    const written = readFileSync(join(__dirname, "..", "..", "..", "..", "docs", "data-dictionary.md"), "utf8");
    expect(written === text).toBe(true);
  });

  it("gives every enum value its French and English label", () => {
    expect(text).toContain(
      "| `SCOP` | Worker cooperative (société coopérative et participative). | SCOP | Worker cooperative (SCOP) |",
    );
    expect(text).toMatch(/\| `foundedYear` \| `Int` \| year \|/);
    expect(text).toContain("Coordinators only: never published");
  });

  it("draws the model's relationships", () => {
    expect(mermaidDiagram(typeDefs)).toContain("EssStructure --> Theme : HAS_THEME");
  });
});
