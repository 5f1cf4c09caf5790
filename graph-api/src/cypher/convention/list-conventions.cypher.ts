import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = {
  id: string;
  title: string;
  date: string;
  place: string | null;
  participants: number;
  meetings: number;
};

/** Every convention planned in Maillage, latest first, with how many participants and meetings. */
export const listConventions = cypher<Params, Row>(
  "list-conventions",
  /* cypher */ `
  MATCH (c:Convention)
  RETURN c.id AS id, c.title AS title, toString(c.date) AS date, c.place AS place,
    COUNT { (c)-[:INVITES]->() } AS participants, COUNT { (c)-[:SCHEDULES]->() } AS meetings
  ORDER BY c.date DESC, c.title`,
);
