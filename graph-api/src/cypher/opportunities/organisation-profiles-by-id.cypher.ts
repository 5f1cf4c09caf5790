import { cypher } from "../query";
import { PROFILE_FIELDS, type Row as ProfileRow } from "./organisation-profiles.cypher";

export type Params = { ids: string[] };
export type Row = ProfileRow;

/** The profiles of the organisations with these ids (the ones a town's opportunities can involve). */
export const organisationProfilesById = cypher<Params, Row>(
  "organisation-profiles-by-id",
  /* cypher */ `
  UNWIND $ids AS id
  MATCH (o:Organisation {id: id})${PROFILE_FIELDS}`,
);
