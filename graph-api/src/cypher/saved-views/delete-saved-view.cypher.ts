import { cypher } from "../query";
import type { SavedViewRow } from "./fields";

export type Params = { id: string };
export type Row = SavedViewRow;

/** Deletes a saved view; the view as it was. */
export const deleteSavedView = cypher<Params, Row>(
  "saved-views/delete",
  /* cypher */ `
  MATCH (v:SavedView {id: $id})
  WITH v, {id: v.id, name: v.name, url: v.url, createdBy: v.createdBy, createdAt: toString(v.createdAt)} AS was
  DELETE v
  RETURN was.id AS id, was.name AS name, was.url AS url, was.createdBy AS createdBy, was.createdAt AS createdAt`,
);
