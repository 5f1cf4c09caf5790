/**
 * Colours of node types, shared by the graph, the map and the legend. Chosen
 * for contrast on white (each ≥ 3:1 as a graphical object) and told apart by
 * shape too, for colour-blind readers.
 */
export const NODE_STYLE: Record<string, { color: string; shape: string }> = {
  EssStructure: { color: "#1b7f4c", shape: "ellipse" },
  Business: { color: "#2f5fb3", shape: "round-rectangle" },
  Financer: { color: "#a35200", shape: "diamond" },
  SupportProvider: { color: "#7b3fa0", shape: "hexagon" },
  ResearchUnit: { color: "#b0265d", shape: "star" },
  Event: { color: "#5c6670", shape: "triangle" },
  SharedResource: { color: "#00767a", shape: "round-tag" },
  CallForProjects: { color: "#8a6d00", shape: "vee" },
  Town: { color: "#3d3d3d", shape: "barrel" },
};

/** ESS structures: a darker or lighter green by family of legal form. */
export const LEGAL_FORM_COLOR: Record<string, string> = {
  ASSOCIATION: "#1b7f4c",
  SCOP: "#0f5c36",
  SCIC: "#0f5c36",
  CAE: "#0f5c36",
  COOPERATIVE: "#0f5c36",
  MUTUAL: "#2e8b57",
  FOUNDATION: "#2e8b57",
  ESUS_COMPANY: "#3a7d2c",
  SIAE_ACI: "#14694a",
  SIAE_EI: "#14694a",
  SIAE_ETTI: "#14694a",
  SIAE_AI: "#14694a",
  EA: "#14694a",
  ESAT: "#14694a",
};

export const EDGE_COLOR: Record<string, string> = {
  PARTNERS_WITH: "#1b7f4c",
  PURCHASES_FROM: "#2f5fb3",
  FUNDS: "#a35200",
  SUPPORTS: "#7b3fa0",
  STUDIES: "#b0265d",
  MEMBER_OF: "#5c6670",
  ATTENDED: "#8d969e",
  POOLS: "#00767a",
  LAUREATE_OF: "#8a6d00",
  LOCATED_IN: "#c4c9ce",
  SUGGESTED: "#d62828",
};

/** `hex` at `alpha` over white, as an opaque colour. */
function overWhite(hex: string, alpha: number): string {
  const channel = (i: number) => Math.round(alpha * parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) + (1 - alpha) * 255);
  return `#${[0, 1, 2].map((i) => channel(i).toString(16).padStart(2, "0")).join("")}`;
}

/**
 * Edge colours as drawn: each type's colour at 70 % over the white
 * background, precomputed as opaque colours (Cytoscape draws 15,000
 * translucent edges markedly slower).
 */
export const DRAWN_EDGE_COLOR: Record<string, string> = Object.fromEntries(
  Object.entries(EDGE_COLOR).map(([type, color]) => [type, overWhite(color, 0.7)]),
);

export const nodeColor = (type: string, legalForm?: string | null) =>
  (type === "EssStructure" && legalForm ? LEGAL_FORM_COLOR[legalForm] : undefined) ?? NODE_STYLE[type]?.color ?? "#555";

/**
 * A node's colour as drawn: an organisation invented for the demonstration is
 * paler (its colour at 55 % over white), precomputed like the edges' colours
 * so that the mark costs no style property on thousands of nodes.
 */
export const drawnNodeColor = (color: string, illustrative: boolean) => (illustrative ? overWhite(color, 0.55) : color);
