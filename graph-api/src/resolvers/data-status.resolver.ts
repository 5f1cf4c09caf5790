import { Ctx, Query, Resolver } from "type-graphql";
import type { AppContext } from "../context";
import { getDataStatus } from "../domain/data-status";
import { DataStatus } from "./data-status.type";

@Resolver()
export class DataStatusResolver {
  @Query(() => DataStatus, { description: "What the graph holds by provenance (real, illustrative) and when each source was last imported. Counts and dates only. Public." })
  dataStatus(@Ctx() ctx: AppContext): Promise<DataStatus> {
    return getDataStatus(ctx.reader);
  }
}
