/**
 * Coordinators' saved views: a name and the explorer's address it opens
 * (`#/graph?town=94028&select=…`), shared with the whole team. Anyone of
 * the team lists and opens them; only their author (or an admin) deletes one.
 * Names and addresses follow the shared rules (@maillage/model, `SavedView`).
 */
import { randomUUID } from "node:crypto";
import { describeIssue, validateFields } from "@maillage/model";
import { createSavedView } from "../cypher/saved-views/create-saved-view.cypher";
import { deleteSavedView as deleteStatement } from "../cypher/saved-views/delete-saved-view.cypher";
import { findSavedView } from "../cypher/saved-views/find-saved-view.cypher";
import { listSavedViews } from "../cypher/saved-views/list-saved-views.cypher";
import type { SavedViewRow } from "../cypher/saved-views/fields";
import { Conflict, InvalidArgument, NotFound } from "./errors";
import type { GraphReader, GraphWriter } from "./ports";

export type SavedView = SavedViewRow;

/** Most saved views listed at once. */
export const MAX_SAVED_VIEWS = 500;

export class InvalidSavedView extends InvalidArgument {}
export class SavedViewNotFound extends NotFound {}
/** Someone else's saved view: only its author or an admin deletes it. */
export class NotYourSavedView extends Conflict {}

export async function saveView(
  writer: GraphWriter,
  input: { name: string; url: string },
  by: string,
): Promise<SavedView> {
  const name = input.name.trim();
  const url = input.url.trim();
  const [issue] = validateFields("SavedView", { name, url });
  if (issue) throw new InvalidSavedView(describeIssue(issue), issue.field);
  const [row] = await writer.transaction((run) => run(createSavedView, { id: randomUUID(), name, url, createdBy: by }));
  return row;
}

export async function listViews(reader: GraphReader, limit: number): Promise<SavedView[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SAVED_VIEWS)
    throw new InvalidSavedView(`limit must be from 1 to ${MAX_SAVED_VIEWS}`, "limit");
  return reader.read(listSavedViews, { limit });
}

export async function findView(reader: GraphReader, id: string): Promise<SavedView | null> {
  const [row] = await reader.read(findSavedView, { id });
  return row ?? null;
}

export async function deleteView(
  writer: GraphWriter,
  id: string,
  by: { subject: string; admin: boolean },
): Promise<SavedView> {
  return writer.transaction(async (run) => {
    const [view] = await run(findSavedView, { id });
    if (!view) throw new SavedViewNotFound(`No saved view has id "${id}" (it may have been deleted already)`);
    if (view.createdBy !== by.subject && !by.admin)
      throw new NotYourSavedView(`This saved view is ${view.createdBy}'s: only its author or an admin may delete it`);
    const [deleted] = await run(deleteStatement, { id });
    return deleted;
  });
}
