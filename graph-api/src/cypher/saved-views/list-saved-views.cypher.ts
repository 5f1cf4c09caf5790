import { cypher } from "../query";
import { SAVED_VIEW_FIELDS, type SavedViewRow } from "./fields";

export type Params = { limit: number };
export type Row = SavedViewRow;

/** The team's saved views, newest first. */
export const listSavedViews = cypher<Params, Row>(
  "saved-views/list",
  /* cypher */ `
  MATCH (v:SavedView)
  RETURN ${SAVED_VIEW_FIELDS}
  ORDER BY v.createdAt DESC, v.id
  LIMIT toInteger($limit)`,
);
