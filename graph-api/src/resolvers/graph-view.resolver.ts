import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { AppContext } from "../context";
import { getCooperationGraph, getNeighbourhood } from "../domain/graph-view";
import { NotFoundError } from "../errors";
import { GraphView } from "./graph-view.type";

@Resolver()
export class GraphViewResolver {
  @Query(() => GraphView, {
    description:
      "The cooperation graph of a scope, for the explorer: organisations (best connected first, at most `limit`), the events, shared resources, calls and towns they are linked to, and the relationships among them. With a town or a theme, the financers, support providers and research units linked to those organisations are included wherever they are based (at most `limit` more). Public.",
  })
  async cooperationGraph(
    @Ctx() ctx: AppContext,
    @Arg("inseeCode", () => String, {
      nullable: true,
      description:
        "Only organisations of this town (and the financers, support providers and research units linked to them).",
    })
    inseeCode: string | null,
    @Arg("theme", () => String, { nullable: true, description: "Only organisations with this theme (code)." })
    theme: string | null,
    @Arg("types", () => [String], { nullable: true, description: "Node types to include (all when empty)." })
    types: string[] | null,
    @Arg("limit", () => Int, { defaultValue: 500, description: "Most organisations returned (1 to 5000)." })
    limit: number,
  ): Promise<GraphView> {
    return getCooperationGraph(ctx.reader, { inseeCode, theme, types, limit });
  }

  @Query(() => GraphView, {
    description: "One node and its direct neighbours (at most `limit`), to expand the explorer's graph. Public.",
  })
  async neighbourhood(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Node id (`town:<INSEE code>` for a town)." }) id: string,
    @Arg("limit", () => Int, { defaultValue: 100, description: "Most neighbours returned (1 to 5000)." }) limit: number,
  ): Promise<GraphView> {
    const view = await getNeighbourhood(ctx.reader, id, limit);
    if (!view) throw new NotFoundError(`No node has id "${id}"`);
    return view;
  }
}
