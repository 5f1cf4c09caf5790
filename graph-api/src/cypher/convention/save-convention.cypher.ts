import { cypher } from "../query";

export type Params = {
  id: string;
  title: string;
  date: string;
  place: string | null;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  /** Breaks as "HH:MM-HH:MM". */
  breaks: string[];
  tables: number;
  defaultMinMeetings: number;
  defaultMaxMeetings: number;
  suggestionWeight: number;
  wishWeight: number;
  by: string;
};
export type Row = { id: string };

/**
 * Creates or updates a business convention. It is also an Event of kind
 * BUSINESS_CONVENTION, so that the programme's dashboard counts it, with its
 * year. Provenance: the coordinator who wrote it.
 */
export const saveConvention = cypher<Params, Row>(
  "save-convention",
  /* cypher */ `
  MERGE (c:Convention:Event {id: $id})
  ON CREATE SET c.createdAt = datetime(), c.createdBy = $by, c.kind = 'BUSINESS_CONVENTION',
    c.source = 'coordinator:' + $by, c.sourceKind = 'COORDINATOR', c.forbidden = []
  SET c.title = $title, c.date = date($date), c.year = date($date).year, c.place = $place,
    c.startTime = $startTime, c.endTime = $endTime, c.slotMinutes = $slotMinutes, c.breaks = $breaks,
    c.tables = $tables, c.defaultMinMeetings = $defaultMinMeetings, c.defaultMaxMeetings = $defaultMaxMeetings,
    c.suggestionWeight = $suggestionWeight, c.wishWeight = $wishWeight,
    c.updatedAt = datetime(), c.updatedBy = $by
  RETURN c.id AS id`,
);
