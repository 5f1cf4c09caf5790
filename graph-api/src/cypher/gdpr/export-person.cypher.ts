import { cypher } from "../query";

export type Params = { id: string };
export type Row = {
  labels: string[];
  properties: Record<string, unknown>;
  relationships: {
    type: string;
    direction: "IN" | "OUT";
    properties: Record<string, unknown>;
    other: { labels: string[]; id: string | null; name: string | null };
  }[];
};

/** A person (Contact) with every relationship, for a subject-access export (GDPR art. 15). */
export const exportPerson = cypher<Params, Row>(
  "gdpr/export-person",
  /* cypher */ `
  MATCH (p:Contact {id: $id})
  RETURN labels(p) AS labels, properties(p) AS properties,
    [(p)-[r]-(o) | {
      type: type(r),
      direction: CASE WHEN startNode(r) = p THEN 'OUT' ELSE 'IN' END,
      properties: properties(r),
      other: { labels: labels(o), id: o.id, name: coalesce(o.name, o.title) }
    }] AS relationships`,
);
