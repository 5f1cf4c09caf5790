import { cypher } from "../query";
import { SAVED_VIEW_FIELDS, type SavedViewRow } from "./fields";

export type Params = { id: string; name: string; url: string; createdBy: string };
export type Row = SavedViewRow;

/** Stores a coordinator's named view (the explorer's address it opens). */
export const createSavedView = cypher<Params, Row>(
  "saved-views/create",
  /* cypher */ `
  CREATE (v:SavedView {id: $id, name: $name, url: $url, createdBy: $createdBy, createdAt: datetime()})
  RETURN ${SAVED_VIEW_FIELDS}`,
);
