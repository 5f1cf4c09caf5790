/**
 * The seed describes what it writes as plain data (nodes and relationships),
 * then one writer MERGEs it into Neo4j. Generators stay pure and testable.
 */

/** Node labels the seed may write; each maps to the extra labels it carries. */
export const NODE_LABELS = {
  Territory: [],
  Town: [],
  Theme: [],
  Programme: [],
  ProgrammeAxis: [],
  ProgrammeAction: [],
  Event: [],
  CallForProjects: [],
  EssStructure: ["Organisation"],
  Business: ["Organisation"],
  Financer: ["Organisation"],
  SupportProvider: ["Organisation"],
  ResearchUnit: ["Organisation"],
  Contact: [],
  ResourceNeed: [],
  ResourceOffer: [],
  SharedResource: [],
} as const satisfies Record<string, readonly string[]>;

export type NodeLabel = keyof typeof NODE_LABELS;

/** The natural key of each label: what MERGE matches on. */
export const NODE_KEYS: Record<NodeLabel, string> = {
  Territory: "code",
  Town: "inseeCode",
  Theme: "code",
  Programme: "id",
  ProgrammeAxis: "id",
  ProgrammeAction: "id",
  Event: "id",
  CallForProjects: "id",
  EssStructure: "id",
  Business: "id",
  Financer: "id",
  SupportProvider: "id",
  ResearchUnit: "id",
  Contact: "id",
  ResourceNeed: "id",
  ResourceOffer: "id",
  SharedResource: "id",
};

/** A WGS84 point; written as a Neo4j Point (SRID 4326). */
export class GeoPoint {
  constructor(
    readonly longitude: number,
    readonly latitude: number,
  ) {}
}

/** A calendar date (YYYY-MM-DD); written as a Neo4j Date. */
export class CalendarDate {
  constructor(readonly iso: string) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`CalendarDate expects YYYY-MM-DD, got "${iso}"`);
  }
}

export type PropValue =
  string | number | boolean | null | GeoPoint | CalendarDate | readonly string[] | readonly number[];
export type Props = Record<string, PropValue>;

/** Provenance carried by every node and relationship. */
export type Provenance = {
  /** A URL, a file, "programme text", "illustrative"... */
  source: string;
  sourceKind: "PROGRAMME_TEXT" | "PUBLIC_PAGE" | "REFERENCE_DATA" | "OPEN_DATA_IMPORT" | "COORDINATOR" | "ILLUSTRATIVE";
  sourceRef?: string | null;
};

export interface NodeSpec {
  label: NodeLabel;
  /** Properties, including the natural key (NODE_KEYS[label]) and the provenance fields. */
  props: Props & Provenance;
}

export interface NodeRef {
  label: NodeLabel;
  /** Value of the label's natural key. */
  key: string;
}

export interface RelSpec {
  type: string;
  from: NodeRef;
  to: NodeRef;
  /** Relationship facts and provenance. */
  props: Props & Provenance;
  /**
   * Properties that are part of the relationship's identity, when two nodes may
   * be linked several times by the same type (a partnership per kind, a funding per year).
   */
  identity?: readonly string[];
}

export interface GraphSpec {
  nodes: NodeSpec[];
  rels: RelSpec[];
}

export const ILLUSTRATIVE: Provenance = { source: "illustrative", sourceKind: "ILLUSTRATIVE" };

/**
 * Provenance of a real institution named in the demo (Bpifrance, France
 * Active…): illustrative too, since its links and figures there are invented,
 * but the institution itself exists, and the interface says so.
 */
export const REAL_INSTITUTION: Provenance = {
  ...ILLUSTRATIVE,
  sourceRef: "real institution named for the demo; its figures and links are invented",
};

export function ref(label: NodeLabel, key: string): NodeRef {
  return { label, key };
}
