import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { AppContext } from "../context";
import { hasRole, requireRole } from "../auth/require-role";
import {
  deleteView,
  findView,
  listViews,
  MAX_SAVED_VIEWS,
  saveView,
  type SavedView as Row,
} from "../domain/saved-views";
import { SavedView } from "./saved-view.type";

const withMine = (row: Row, subject: string): SavedView => ({ ...row, mine: row.createdBy === subject });

@Resolver(() => SavedView)
export class SavedViewResolver {
  @Query(() => [SavedView], { description: "The team's saved views, newest first. Coordinators only." })
  async savedViews(
    @Ctx() ctx: AppContext,
    @Arg("limit", () => Int, { defaultValue: 100, description: `How many, 1 to ${MAX_SAVED_VIEWS}.` }) limit: number,
  ): Promise<SavedView[]> {
    const by = requireRole(ctx.jwt, "coordinator", "read saved views");
    return (await listViews(ctx.reader, limit)).map((v) => withMine(v, by));
  }

  @Query(() => SavedView, {
    nullable: true,
    description: "One saved view by id; null when there is none (deleted). Coordinators only.",
  })
  async savedView(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Saved view id." }) id: string,
  ): Promise<SavedView | null> {
    const by = requireRole(ctx.jwt, "coordinator", "read saved views");
    const view = await findView(ctx.reader, id);
    return view && withMine(view, by);
  }

  @Mutation(() => SavedView, {
    description: "Saves the current view of the explorer under a name, for the whole team. Coordinators only.",
  })
  async saveView(
    @Ctx() ctx: AppContext,
    @Arg("name", () => String, { description: "Its name (1 to 120 characters)." }) name: string,
    @Arg("url", () => String, {
      description: "The explorer's address it opens: `#/` then the view and its parameters (at most 2,000 characters).",
    })
    url: string,
  ): Promise<SavedView> {
    const by = requireRole(ctx.jwt, "coordinator", "save views");
    return withMine(await saveView(ctx.writer, { name, url }, by), by);
  }

  @Mutation(() => SavedView, {
    description:
      "Deletes a saved view: the author's own, or any for an admin. Answers the view as it was. Coordinators only.",
  })
  async deleteSavedView(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Saved view id." }) id: string,
  ): Promise<SavedView> {
    const by = requireRole(ctx.jwt, "coordinator", "delete saved views");
    return withMine(await deleteView(ctx.writer, id, { subject: by, admin: hasRole(ctx.jwt, "admin") }), by);
  }
}
