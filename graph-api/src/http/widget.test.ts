import { OPTION_NAMES } from "../../../widget/src/options";
import { EMBED_OPTIONS, embedPage } from "./widget";

const title = (html: string) => /<title>(.*)<\/title>/.exec(html)![1];
const element = (html: string) => /<maillage-annuaire [^>]*>/.exec(html)![0];

describe("the iframe page of the widget", () => {
  it("copies the widget's documented options, every one of them, from the query string", () => {
    expect(["commune", ...EMBED_OPTIONS, "heading-level"]).toEqual([...OPTION_NAMES]);
    expect(
      element(
        embedPage("94028", {
          lang: "en",
          layout: "compact",
          "max-items": "8",
          themes: "food-aid",
          map: "",
          accent: "#8a1538",
        }),
      ),
    ).toBe(
      '<maillage-annuaire commune="94028" lang="en" layout="compact" max-items="8" themes="food-aid" map="" accent="#8a1538" heading-level="1">',
    );
  });

  it("gives the element no other attribute: no event handler, no style, whatever the link says", () => {
    const html = embedPage("94028", {
      onmouseover: "alert(1)",
      style: "position:fixed;inset:0",
      onclick: "x",
      id: "y",
      "data-x": "z",
      lang: "fr",
    });
    expect(element(html)).toBe('<maillage-annuaire commune="94028" lang="fr" heading-level="1">');
    expect(html).not.toMatch(/onmouseover|onclick|position:fixed/);
  });

  it("escapes the values it copies, so that none leaves its attribute", () => {
    const html = embedPage('94028"><script>x</script>', {
      accent: '"><img src=x onerror=alert(1)>',
      lang: ["fr", "en"],
    });
    expect(element(html)).toBe(
      '<maillage-annuaire commune="94028&#34;&#62;&#60;script&#62;x&#60;/script&#62;" accent="&#34;&#62;&#60;img src=x onerror=alert(1)&#62;" heading-level="1">',
    );
    expect(html).not.toContain("<script>x");
    expect(html).not.toContain("<img");
  });

  it("is titled with the town's name in the page's language, and makes the widget's title the page's h1", () => {
    expect(title(embedPage("94028", {}))).toBe("Annuaire de l&#39;ESS de Créteil");
    expect(title(embedPage("94002", {}))).toBe("Annuaire de l&#39;ESS d&#39;Alfortville");
    expect(title(embedPage("94059", { lang: "en" }))).toBe("ESS directory of Le Plessis-Trévise");
    // A code of no town of the territory: the widget says so; the title stays generic, without the code.
    expect(title(embedPage("75056", {}))).toBe("Annuaire de l&#39;ESS");
    // A link cannot lower the heading: the page's own value wins.
    expect(element(embedPage("94028", { "heading-level": "3" }))).toBe(
      '<maillage-annuaire commune="94028" heading-level="1">',
    );
  });
});
