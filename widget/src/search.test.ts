import { search, words, type Searchable } from "./search";

interface Item {
  name: string;
  description?: string;
  theme?: string;
}
const fields = (i: Item): Searchable => ({ name: i.name, other: [i.description, i.theme] });
const names = (items: Item[], query: string) => search(items, query, fields).map((i) => i.name);

const bakery: Item = { name: "Boulangerie du Port", description: "Elle développe un pain bio avec les habitants." };
const bikes: Item = { name: "Atelier Vélos Solidaires", description: "Réparation et prêt." };
const grocery: Item = {
  name: "Le Panier du Mont-Mesly",
  description: "L'épicerie solidaire du quartier, ouverte aux vélos.",
};
const repair: Item = { name: "Repair café", theme: "Mobilité, vélo" };
const all = [bakery, bikes, grocery, repair];

describe("the widget's search", () => {
  it('does not find "vélo" inside "développe": only where a word starts', () => {
    expect(names([bakery], "vélo")).toEqual([]);
    expect(names([bakery], "velo")).toEqual([]);
    expect(names([bakery], "develop")).toEqual(["Boulangerie du Port"]);
  });

  it("ignores accents and case both ways, and matches whole accented words", () => {
    expect(names(all, "VELOS")).toEqual(["Atelier Vélos Solidaires", "Le Panier du Mont-Mesly"]);
    expect(names([grocery], "épicerie")).toEqual(["Le Panier du Mont-Mesly"]);
    expect(names([grocery], "EPICER")).toEqual(["Le Panier du Mont-Mesly"]);
  });

  it("lists the structures whose name holds the words before those that only mention them, otherwise in the given order", () => {
    // The grocery mentions bikes in its description, the repair café in its theme: both after the name match.
    expect(names(all, "vélo")).toEqual(["Atelier Vélos Solidaires", "Le Panier du Mont-Mesly", "Repair café"]);
    // All words in the name, then some of them, then none.
    expect(names(all, "solidaire velo")).toEqual(["Atelier Vélos Solidaires", "Le Panier du Mont-Mesly"]);
    const partly: Item = { name: "Solidarité Sucy", description: "Vélo-école" };
    expect(names([grocery, partly, bikes], "solid velo")).toEqual([
      "Atelier Vélos Solidaires",
      "Solidarité Sucy",
      "Le Panier du Mont-Mesly",
    ]);
  });

  it("needs every word of the query, each at a word start somewhere", () => {
    expect(names(all, "vélo réparation")).toEqual(["Atelier Vélos Solidaires"]);
    expect(names(all, "vélo boulangerie")).toEqual([]);
  });

  it("splits words at apostrophes and hyphens, in the text and in the query", () => {
    expect(words("L'épicerie du Mont-Mesly")).toEqual(["l", "epicerie", "du", "mont", "mesly"]);
    expect(names(all, "mesly")).toEqual(["Le Panier du Mont-Mesly"]);
    expect(names(all, "mont-mesly")).toEqual(["Le Panier du Mont-Mesly"]);
    expect(names(all, "l'épicerie")).toEqual(["Le Panier du Mont-Mesly"]);
  });

  it("keeps every structure, in order, for an empty or blank query", () => {
    expect(names(all, "")).toEqual(all.map((i) => i.name));
    expect(names(all, "  ' - ")).toEqual(all.map((i) => i.name));
  });
});
