import { Arg, Ctx, FieldResolver, Int, Query, Resolver } from "type-graphql";
import type { AppContext } from "../context";
import { getDataStatus, getImportRuns, IMPORT_RUN_YEARS } from "../domain/data-status";
import { DataStatus, ImportRun } from "./data-status.type";

@Resolver(() => DataStatus)
export class DataStatusResolver {
  @Query(() => DataStatus, {
    description:
      "What the graph holds by provenance (real, illustrative) and when each source was last imported. Counts and dates only. Public.",
  })
  dataStatus(@Ctx() ctx: AppContext): Promise<DataStatus> {
    return getDataStatus(ctx.reader);
  }

  @FieldResolver(() => [ImportRun], {
    description:
      "The complete runs of the API importers that ended in a year, last first, with the organisations they found new, closed and moved.",
  })
  importRuns(
    @Ctx() ctx: AppContext,
    @Arg("year", () => Int, { description: `A year (${IMPORT_RUN_YEARS.min} to ${IMPORT_RUN_YEARS.max}).` })
    year: number,
  ): Promise<ImportRun[]> {
    return getImportRuns(ctx.reader, year);
  }
}
