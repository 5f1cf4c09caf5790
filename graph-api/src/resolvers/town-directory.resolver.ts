import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { AppContext } from "../context";
import { getTownDirectory, InvalidInseeCode, UnknownTown } from "../domain/town-directory";
import { BadUserInputError, NotFoundError } from "../errors";
import { TownDirectory } from "./town-directory.type";

@Resolver()
export class TownDirectoryResolver {
  @Query(() => TownDirectory, {
    description: "The public ESS directory of one town of the territory, its vitrine de l'ESS first. Public; never includes contacts.",
  })
  async townDirectory(
    @Arg("inseeCode", () => String, { description: "INSEE code of the town, e.g. 94028 for Créteil." }) inseeCode: string,
    @Ctx() ctx: AppContext,
  ): Promise<TownDirectory> {
    try {
      const directory = await getTownDirectory(ctx.reader, inseeCode);
      return { ...directory, count: directory.entries.length };
    } catch (error) {
      if (error instanceof InvalidInseeCode) throw new BadUserInputError(error.message, "inseeCode");
      if (error instanceof UnknownTown) throw new NotFoundError(error.message);
      throw error;
    }
  }
}
