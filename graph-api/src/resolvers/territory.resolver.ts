import { Ctx, Query, Resolver } from "type-graphql";
import type { AppContext } from "../context";
import { getTerritoryOverview } from "../domain/territory-overview";
import { NotFoundError } from "../errors";
import { TerritoryOverview } from "./territory.type";

@Resolver()
export class TerritoryResolver {
  @Query(() => TerritoryOverview, {
    description:
      "The configured territory (TERRITORY: an EPT or EPCI) at a glance: its ESS programme's figures when one is loaded, and counts per town, legal form and theme. Public.",
  })
  async territory(@Ctx() ctx: AppContext): Promise<TerritoryOverview> {
    const overview = await getTerritoryOverview(ctx.reader);
    if (!overview) throw new NotFoundError("The territory is not loaded yet: run `npm run seed`");
    return overview;
  }
}
