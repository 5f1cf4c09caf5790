import { aTown, deTown, STRINGS } from "./strings";

describe("the widget's French", () => {
  it("elides and contracts before a town's name, as a reader expects", () => {
    expect(deTown("Créteil")).toBe("de Créteil");
    expect(deTown("Alfortville")).toBe("d'Alfortville");
    expect(deTown("Ormesson-sur-Marne")).toBe("d'Ormesson-sur-Marne");
    expect(deTown("Le Plessis-Trévise")).toBe("du Plessis-Trévise");
    expect(deTown("La Queue-en-Brie")).toBe("de La Queue-en-Brie");
    expect(aTown("Le Plessis-Trévise")).toBe("au Plessis-Trévise");
    expect(STRINGS.fr.directory("Alfortville")).toBe("Voir tout l'annuaire d'Alfortville");
  });

  it("says how many structures are shown when they do not all fit, in both languages", () => {
    expect(STRINGS.fr.shown(12, 50)).toBe("12 structures affichées sur 50");
    expect(STRINGS.en.shown(12, 50)).toBe("12 of 50 organisations shown");
    expect(STRINGS.fr.shown(50, 50)).toBe("Les 50 structures sont affichées.");
  });
});
