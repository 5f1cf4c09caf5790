import { describe, expect, it } from "vitest";
import { BOM, csvCell, edgesCsv, exportFileName, nodesCsv, toGEXF, toGraphML, xmlEscape } from "./export";
import type { GraphData, GraphNode } from "./model";
import i18n from "../i18n";

const node = (id: string, name: string, extra: Partial<GraphNode> = {}): GraphNode => ({
  __typename: "GraphNode",
  id,
  type: "EssStructure",
  name,
  inseeCode: "94028",
  legalForm: "ASSOCIATION",
  latitude: 48.79,
  longitude: 2.455,
  geoPrecision: null,
  illustrative: false,
  degree: 2,
  ...extra,
});

const TRICKY = `Café « L'Étoile » & Fils <SCOP>, "le 1er"`;
const DATA: GraphData = {
  nodes: [
    node("ess-1", TRICKY, { illustrative: true, degree: 3 }),
    node("biz-2", "Boulangerie Ménard;\nCréteil", { type: "Business", legalForm: null }),
    node("town:94028", "Créteil", { type: "Town", legalForm: null, latitude: null, longitude: null, degree: 0 }),
    node("ess-4", '=HYPERLINK("x")', { inseeCode: null }),
  ],
  edges: [
    { id: "e1", source: "ess-1", target: "biz-2", type: "PURCHASES_FROM", kind: "COMMERCIAL", since: 2021 },
    { id: "e2", source: "ess-1", target: "town:94028", type: "LOCATED_IN", kind: null, since: null },
    { id: "e3", source: "ess-4", target: "ess-1", type: "PARTNERS_WITH", kind: "CO_PROJECT & co", since: 2019 },
  ],
};

/** A small RFC 4180 reader, to read the files back. */
function parseCsv(text: string, separator = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

const parseXml = (text: string) => {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
};

describe("CSV export", () => {
  it("writes the nodes with a BOM, a header and proper quoting, and reads back the same values", () => {
    const text = nodesCsv(DATA, { codes: true, separator: "," });
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([
      "id",
      "type",
      "name",
      "inseeCode",
      "legalForm",
      "degree",
      "illustrative",
      "latitude",
      "longitude",
    ]);
    expect(rows).toHaveLength(1 + DATA.nodes.length);
    expect(rows[1]).toEqual(["ess-1", "EssStructure", TRICKY, "94028", "ASSOCIATION", "3", "true", "48.79", "2.455"]);
    expect(rows[2][2]).toBe("Boulangerie Ménard;\nCréteil");
    expect(rows[3]).toEqual(["town:94028", "Town", "Créteil", "94028", "", "0", "false", "", ""]);
    // A name a spreadsheet would run as a formula is neutralised.
    expect(rows[4][2]).toBe(`'=HYPERLINK("x")`);
  });

  it("writes the edges with the names of their ends", () => {
    const rows = parseCsv(edgesCsv(DATA, { codes: true, separator: "," }).slice(1));
    expect(rows[0]).toEqual(["id", "source", "target", "type", "kind", "since", "sourceName", "targetName"]);
    expect(rows).toHaveLength(1 + DATA.edges.length);
    expect(rows[1]).toEqual([
      "e1",
      "ess-1",
      "biz-2",
      "PURCHASES_FROM",
      "COMMERCIAL",
      "2021",
      TRICKY,
      "Boulangerie Ménard;\nCréteil",
    ]);
    expect(rows[2][4]).toBe("");
  });

  it("can use a semicolon, quoting cells that hold one", () => {
    expect(csvCell("a;b", ";")).toBe('"a;b"');
    expect(csvCell("a,b", ";")).toBe("a,b");
    const rows = parseCsv(nodesCsv(DATA, { codes: true }).slice(1), ";");
    expect(rows[2][2]).toBe("Boulangerie Ménard;\nCréteil");
    expect(rows[1][2]).toBe(TRICKY);
  });

  it("writes for French spreadsheets by default: semicolons, BOM, French headers, labels and decimal commas", () => {
    const t = i18n.getFixedT("fr");
    const text = nodesCsv(DATA, { t });
    expect(text.startsWith(BOM)).toBe(true);
    const rows = parseCsv(text.slice(1), ";");
    expect(rows[0]).toEqual([
      "Identifiant",
      "Type",
      "Nom",
      "Code INSEE de la commune",
      "Forme juridique",
      "Nombre de liens",
      "Donnée fictive",
      "Latitude",
      "Longitude",
    ]);
    expect(rows[1]).toEqual([
      "ess-1",
      "Structure de l'ESS",
      TRICKY,
      "94028",
      "Association",
      "3",
      "oui",
      "48,79",
      "2,455",
    ]);
    expect(rows[3][1]).toBe("Commune");
    const edges = parseCsv(edgesCsv(DATA, { t }).slice(1), ";");
    expect(edges[0]).toContain("Nature du lien");
    expect(edges[1][3]).toBe("Achat");
    expect(edges[1][4]).toBe("Relation commerciale");
    // The codes stay available for scripts.
    expect(parseCsv(edgesCsv(DATA, { t, codes: true }).slice(1), ";")[1][3]).toBe("PURCHASES_FROM");
  });

  it("writes the same headers and labels in English", () => {
    const rows = parseCsv(nodesCsv(DATA, { t: i18n.getFixedT("en") }).slice(1), ";");
    expect(rows[0][2]).toBe("Name");
    expect(rows[1][1]).toBe("ESS structure");
    expect(rows[1][6]).toBe("yes");
  });

  it("quotes edge spaces and leaves plain values bare", () => {
    expect(csvCell(" x")).toBe('" x"');
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
  });
});

describe("GraphML export", () => {
  it("is well-formed, with every node and edge and their typed attributes", () => {
    const doc = parseXml(toGraphML(DATA));
    const keys = [...doc.getElementsByTagName("key")].map(
      (k) => `${k.getAttribute("for")}:${k.getAttribute("attr.name")}:${k.getAttribute("attr.type")}`,
    );
    for (const k of [
      "node:type:string",
      "node:name:string",
      "node:inseeCode:string",
      "node:legalForm:string",
      "node:degree:int",
      "node:illustrative:boolean",
      "edge:type:string",
    ]) {
      expect(keys).toContain(k);
    }
    const nodes = [...doc.getElementsByTagName("node")];
    const edges = [...doc.getElementsByTagName("edge")];
    expect(nodes).toHaveLength(DATA.nodes.length);
    expect(edges).toHaveLength(DATA.edges.length);
    const data = (el: Element, key: string) =>
      [...el.getElementsByTagName("data")].find((d) => d.getAttribute("key") === key)?.textContent ?? null;
    const first = nodes[0];
    expect(first.getAttribute("id")).toBe("ess-1");
    expect(data(first, "n_name")).toBe(TRICKY);
    expect(data(first, "label")).toBe(TRICKY);
    expect(data(first, "n_type")).toBe("EssStructure");
    expect(data(first, "n_inseeCode")).toBe("94028");
    expect(data(first, "n_legalForm")).toBe("ASSOCIATION");
    expect(data(first, "n_degree")).toBe("3");
    expect(data(first, "n_illustrative")).toBe("true");
    expect(data(nodes[1], "n_name")).toBe("Boulangerie Ménard;\nCréteil");
    expect(data(nodes[1], "n_legalForm")).toBeNull();
    expect(data(nodes[3], "n_name")).toBe(`=HYPERLINK("x")`);
    expect(edges[0].getAttribute("source")).toBe("ess-1");
    expect(edges[0].getAttribute("target")).toBe("biz-2");
    expect(data(edges[0], "e_type")).toBe("PURCHASES_FROM");
    expect(data(edges[2], "e_kind")).toBe("CO_PROJECT & co");
    expect(doc.getElementsByTagName("graph")[0].getAttribute("edgedefault")).toBe("directed");
  });
});

describe("GEXF export", () => {
  it("is well-formed GEXF 1.2 with labels, attribute values, colours and positions", () => {
    const positions = new Map([["ess-1", { x: 10, y: 20 }]]);
    const doc = parseXml(
      toGEXF(DATA, { positions, description: `Vue <Créteil> & "co"`, date: new Date("2025-03-14T10:00:00Z") }),
    );
    const root = doc.documentElement;
    expect(root.localName).toBe("gexf");
    expect(root.namespaceURI).toBe("http://www.gexf.net/1.2draft");
    expect(doc.getElementsByTagName("description")[0].textContent).toBe(`Vue <Créteil> & "co"`);
    expect(doc.getElementsByTagName("meta")[0].getAttribute("lastmodifieddate")).toBe("2025-03-14");
    const classes = [...doc.getElementsByTagName("attributes")].map((a) => a.getAttribute("class"));
    expect(classes).toEqual(["node", "edge"]);
    const nodeAttributes = [...doc.getElementsByTagName("attributes")[0].getElementsByTagName("attribute")].map(
      (a) => `${a.getAttribute("id")}:${a.getAttribute("type")}`,
    );
    expect(nodeAttributes).toEqual(
      expect.arrayContaining([
        "type:string",
        "name:string",
        "inseeCode:string",
        "legalForm:string",
        "degree:integer",
        "illustrative:boolean",
      ]),
    );

    const nodes = [...doc.getElementsByTagName("nodes")[0].getElementsByTagName("node")];
    const edges = [...doc.getElementsByTagName("edges")[0].getElementsByTagName("edge")];
    expect(nodes).toHaveLength(DATA.nodes.length);
    expect(edges).toHaveLength(DATA.edges.length);
    const value = (el: Element, key: string) =>
      [...el.getElementsByTagName("attvalue")].find((v) => v.getAttribute("for") === key)?.getAttribute("value") ??
      null;
    expect(nodes[0].getAttribute("label")).toBe(TRICKY);
    expect(value(nodes[0], "name")).toBe(TRICKY);
    expect(value(nodes[0], "illustrative")).toBe("true");
    expect(value(nodes[0], "degree")).toBe("3");
    expect(value(nodes[1], "name")).toBe("Boulangerie Ménard;\nCréteil");
    expect(value(nodes[3], "inseeCode")).toBeNull();
    expect(edges[0].getAttribute("label")).toBe("PURCHASES_FROM");
    expect(value(edges[0], "type")).toBe("PURCHASES_FROM");
    expect(value(edges[0], "since")).toBe("2021");
    expect(value(edges[2], "kind")).toBe("CO_PROJECT & co");

    const VIZ = "http://www.gexf.net/1.2draft/viz";
    const colour = nodes[0].getElementsByTagNameNS(VIZ, "color")[0];
    expect([colour.getAttribute("r"), colour.getAttribute("g"), colour.getAttribute("b")]).toEqual(["27", "127", "76"]); // #1b7f4c, associations
    const position = nodes[0].getElementsByTagNameNS(VIZ, "position")[0];
    expect(position.getAttribute("x")).toBe("10.00");
    expect(position.getAttribute("y")).toBe("-20.00");
    expect(nodes[1].getElementsByTagNameNS(VIZ, "position")).toHaveLength(0);
  });
});

describe("XML escaping and file names", () => {
  it("escapes markup and drops characters XML 1.0 forbids", () => {
    expect(xmlEscape(`a & b < c > "d" 'e'`)).toBe("a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;");
    expect(xmlEscape("bell\u0007 ok")).toBe("bell ok");
    const doc = parseXml(toGraphML({ nodes: [node("x", "bad\u0001name \uD800 é")], edges: [] }));
    expect(doc.getElementsByTagName("node")[0].getElementsByTagName("data")[0].textContent).toBe("badname  é");
  });

  it("builds plain file names", () => {
    expect(exportFileName(["graphe", "Créteil", null], "csv", new Date("2025-03-14T10:00:00Z"))).toBe(
      "maillage-graphe-creteil-2025-03-14.csv",
    );
  });
});
