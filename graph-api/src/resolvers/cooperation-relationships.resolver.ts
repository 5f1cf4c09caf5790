import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { AppContext } from "../context";
import { relationshipsPage } from "../domain/export/relationships-page";
import { EndedTiesEnum, IllustrativeDataEnum } from "./network-metrics.type";
import { CooperationRelationshipsPage } from "./cooperation-relationships.type";

@Resolver()
export class CooperationRelationshipsResolver {
  @Query(() => CooperationRelationshipsPage, {
    description:
      "The relationships of the cooperation network (the ones its metrics count), with their stable ids, years and provenance, page by page: pass `pageInfo.endCursor` as `after` until `hasNextPage` is false. Public.",
  })
  async cooperationRelationships(
    @Ctx() ctx: AppContext,
    @Arg("first", () => Int, { defaultValue: 1000, description: "Page size, 1 to 5000." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The `endCursor` of the previous page." })
    after: string | null,
    @Arg("asOf", () => Int, {
      nullable: true,
      description: "A year: the relationships of the network as of then (as networkMetrics(asOf)).",
    })
    asOf: number | null,
    @Arg("illustrative", () => IllustrativeDataEnum, {
      defaultValue: IllustrativeDataEnum.INCLUDE,
      description: "Whether illustrative (invented demo) relationships count.",
    })
    illustrative: IllustrativeDataEnum,
    @Arg("endedTies", () => EndedTiesEnum, {
      defaultValue: EndedTiesEnum.INCLUDE,
      description: "INCLUDE (the default): the whole history; EXCLUDE: the current network only.",
    })
    endedTies: EndedTiesEnum,
  ): Promise<CooperationRelationshipsPage> {
    const page = await relationshipsPage(ctx.metrics, { first, after, asOf, illustrative, endedTies });
    ctx.answer.datasetVersion = page.datasetVersion;
    return {
      datasetVersion: page.datasetVersion,
      totalCount: page.totalCount,
      nodes: page.relationships.map((r) => ({
        id: r.id,
        source: r.source,
        target: r.target,
        type: r.type,
        kind: r.kind,
        since: r.start,
        until: r.end,
        sourceKind: r.sourceKind,
        provenance: r.source_,
        provenanceRef: r.sourceRef,
      })),
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
  }
}
