import { cypher } from "../query";
import { SAVED_VIEW_FIELDS, type SavedViewRow } from "./fields";

export type Params = { id: string };
export type Row = SavedViewRow;

/** One saved view by id. */
export const findSavedView = cypher<Params, Row>(
  "saved-views/find",
  /* cypher */ `
  MATCH (v:SavedView {id: $id})
  RETURN ${SAVED_VIEW_FIELDS}`,
);
