import { OPTION_NAMES } from "../../../widget/src/options";
import { EMBED_OPTIONS, embedPage } from "./widget";

const element = (html: string) => /<maillage-annuaire [^>]*>/.exec(html)![0];

describe("the iframe page of the widget", () => {
  it("copies the widget's documented options, every one of them, from the query string", () => {
    expect(["commune", ...EMBED_OPTIONS]).toEqual([...OPTION_NAMES]);
    expect(element(embedPage("94028", { lang: "en", layout: "compact", "max-items": "8", themes: "food-aid", map: "", accent: "#8a1538" }))).toBe(
      '<maillage-annuaire commune="94028" lang="en" layout="compact" max-items="8" themes="food-aid" map="" accent="#8a1538">',
    );
  });

  it("gives the element no other attribute: no event handler, no style, whatever the link says", () => {
    const html = embedPage("94028", { onmouseover: "alert(1)", style: "position:fixed;inset:0", onclick: "x", id: "y", "data-x": "z", lang: "fr" });
    expect(element(html)).toBe('<maillage-annuaire commune="94028" lang="fr">');
    expect(html).not.toMatch(/onmouseover|onclick|position:fixed/);
  });

  it("escapes the values it copies, so that none leaves its attribute", () => {
    const html = embedPage('94028"><script>x</script>', { accent: '"><img src=x onerror=alert(1)>', lang: ["fr", "en"] });
    expect(element(html)).toBe('<maillage-annuaire commune="94028&#34;&#62;&#60;script&#62;x&#60;/script&#62;" accent="&#34;&#62;&#60;img src=x onerror=alert(1)&#62;">');
    expect(html).not.toContain("<script>x");
    expect(html).not.toContain("<img");
  });
});
