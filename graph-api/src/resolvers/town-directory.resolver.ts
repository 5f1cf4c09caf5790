import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { AppContext } from "../context";
import { getTownDirectory } from "../domain/town-directory";
import { TownDirectory } from "./town-directory.type";

@Resolver()
export class TownDirectoryResolver {
  @Query(() => TownDirectory, {
    description:
      "The public ESS directory of one town of the territory, its vitrine de l'ESS first. Public; never includes contacts.",
  })
  async townDirectory(
    @Arg("inseeCode", () => String, { description: "INSEE code of the town, e.g. 94028 for Créteil." })
    inseeCode: string,
    @Ctx() ctx: AppContext,
  ): Promise<TownDirectory> {
    const directory = await getTownDirectory(ctx.reader, inseeCode);
    return { ...directory, count: directory.entries.length };
  }
}
