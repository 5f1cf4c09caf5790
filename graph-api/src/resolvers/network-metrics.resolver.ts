import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import type { AppContext } from "../context";
import { requireRole } from "../auth/require-role";
import { checkAsOf, checkScope, type StoredMetrics } from "../domain/metrics/service";
import type { MetricsOptions } from "../domain/metrics/compute";
import { communitySizes, rankNodes } from "../domain/metrics/ranking";
import {
  EndedTiesEnum,
  IllustrativeDataEnum,
  MetricParameters,
  NetworkCommunity,
  NetworkMetricEnum,
  NetworkMetricsSnapshot,
  NodeMetricsPage,
  SortDirectionEnum,
} from "./network-metrics.type";

/** The GraphQL object of a snapshot; `stored` (not a field) feeds the field resolvers. */
type SnapshotObject = NetworkMetricsSnapshot & { stored: StoredMetrics };

/** What the API says of the parameters the metrics are computed with. */
export function parametersOf(o: MetricsOptions): MetricParameters {
  return {
    pagerankAlpha: o.alpha,
    tolerance: o.tolerance,
    maxIterations: o.maxIterations,
    weight: "number of relationships between the two nodes",
    louvainResolution: o.resolution,
    louvainRuns: o.louvainRuns,
    seed: o.seed,
  };
}

function toObject(s: StoredMetrics, ctx: AppContext, version: string): SnapshotObject {
  const n = s.nodeCount;
  ctx.answer.datasetVersion = version;
  return {
    asOf: s.asOf ?? null,
    illustrative: s.illustrative as IllustrativeDataEnum,
    endedTies: (s.endedTies ?? "INCLUDE") as EndedTiesEnum,
    datasetVersion: version,
    parameters: parametersOf(ctx.metrics.parameters),
    illustrativeNodeCount: s.illustrativeNodeCount,
    illustrativeNodesLeftOut: s.illustrativeNodesLeftOut,
    computedAt: s.computedAt,
    nodeCount: n,
    edgeCount: s.edgeCount,
    relationshipCount: s.relationshipCount,
    undatedRelationships: s.undatedRelationships,
    density: n > 1 ? (2 * s.edgeCount) / (n * (n - 1)) : 0,
    modularity: s.modularity,
    communityCount: s.communityCount,
    componentCount: s.componentCount,
    exact: s.exact,
    pathSources: s.pathSources,
    stored: s,
  };
}

@Resolver(() => NetworkMetricsSnapshot)
export class NetworkMetricsResolver {
  @Query(() => NetworkMetricsSnapshot, {
    description:
      "Network metrics of the cooperation graph, whole or as of a year, with the date they were computed (computed again first when the graph changed since). Public: organisations' public data only.",
  })
  async networkMetrics(
    @Ctx() ctx: AppContext,
    @Arg("asOf", () => Int, {
      nullable: true,
      description:
        "A year: the network of the relationships that had started by then and had not ended before. Omit for the whole graph.",
    })
    asOf: number | null,
    @Arg("illustrative", () => IllustrativeDataEnum, {
      defaultValue: IllustrativeDataEnum.INCLUDE,
      description:
        "Whether illustrative (invented demo) data count. The snapshot says which, and how many illustrative nodes it holds or left out.",
    })
    illustrative: IllustrativeDataEnum,
    @Arg("endedTies", () => EndedTiesEnum, {
      defaultValue: EndedTiesEnum.INCLUDE,
      description:
        "Whether ties that ended before the current year count: INCLUDE (the default) is the whole history, EXCLUDE the current network. Only for the whole graph: a year slice already leaves out the ties ended before its year.",
    })
    endedTies: EndedTiesEnum,
  ): Promise<NetworkMetricsSnapshot> {
    const { metrics, version } = await ctx.metrics.withGraph(checkScope(asOf, endedTies), illustrative, endedTies);
    return toObject(metrics, ctx, version);
  }

  @Query(() => String, {
    description:
      "The dataset version: a content hash of the public cooperation graph (nodes, relationships, their public attributes and provenance). Cite it with any figure; /api/datasets/<version>/ serves the kept versions. Public.",
  })
  async datasetVersion(@Ctx() ctx: AppContext): Promise<string> {
    const { version } = await ctx.metrics.current();
    ctx.answer.datasetVersion = version;
    return version;
  }

  @Mutation(() => [NetworkMetricsSnapshot], {
    description:
      "Computes and stores the network metrics now (the whole graph, and each year asked). Coordinators and admins.",
  })
  async refreshNetworkMetrics(
    @Ctx() ctx: AppContext,
    @Arg("asOf", () => [Int], { nullable: true, description: "Years to compute as well as the whole graph." })
    asOf: number[] | null,
    @Arg("illustrative", () => IllustrativeDataEnum, {
      defaultValue: IllustrativeDataEnum.INCLUDE,
      description: "Whether illustrative (invented demo) data count.",
    })
    illustrative: IllustrativeDataEnum,
  ): Promise<NetworkMetricsSnapshot[]> {
    requireRole(ctx.jwt, "coordinator", "refresh the network metrics");
    const years = [null, ...(asOf ?? []).map((y) => checkAsOf(y))];
    const snapshots = await ctx.metrics.refresh(years, illustrative);
    const { version } = await ctx.metrics.current();
    return snapshots.map((s) => toObject(s, ctx, version));
  }

  @FieldResolver(() => NodeMetricsPage, {
    description: "The nodes, sorted by a metric (ties by id), filtered and paginated.",
  })
  nodes(
    @Ctx() ctx: AppContext,
    @Root() root: SnapshotObject,
    @Arg("sortBy", () => NetworkMetricEnum, {
      defaultValue: NetworkMetricEnum.PAGERANK,
      description: "Metric to sort by.",
    })
    sortBy: NetworkMetricEnum,
    @Arg("direction", () => SortDirectionEnum, {
      defaultValue: SortDirectionEnum.DESC,
      description: "Largest or smallest first.",
    })
    direction: SortDirectionEnum,
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size (1 to 1000)." }) first: number,
    @Arg("offset", () => Int, { defaultValue: 0, description: "Nodes to skip." }) offset: number,
    @Arg("ids", () => [ID], { nullable: true, description: "Only these nodes." }) ids: string[] | null,
    @Arg("types", () => [String], {
      nullable: true,
      description:
        "Only these node types (EssStructure, Business, Financer, SupportProvider, ResearchUnit, Event, SharedResource).",
    })
    types: string[] | null,
    @Arg("community", () => Int, { nullable: true, description: "Only this Louvain community." })
    community: number | null,
    @Info() info: GraphQLResolveInfo,
  ): NodeMetricsPage {
    // The link between a pseudonym and an organisation is what pseudonymised exports withhold (docs/research.md).
    if (selects(info, ["nodes", "pseudonymousId"]))
      requireRole(ctx.jwt, "coordinator", "read which organisation a pseudonymous id stands for");
    const page = rankNodes(root.stored, {
      sortBy,
      descending: direction === SortDirectionEnum.DESC,
      first,
      offset,
      ids,
      types,
      community,
    });
    return { total: page.total, nodes: page.rows.map((r) => ({ ...r, pseudonymousId: ctx.pseudonymise(r.id) })) };
  }

  @FieldResolver(() => [NetworkCommunity], { description: "The Louvain communities, largest first." })
  communities(@Root() root: SnapshotObject): NetworkCommunity[] {
    return communitySizes(root.stored);
  }
}

/** Whether the resolved field's selection reaches `path` (fields by name, through fragments). */
function selects(info: GraphQLResolveInfo, path: string[]): boolean {
  const reaches = (set: SelectionSetNode | undefined, rest: string[]): boolean =>
    !!set &&
    set.selections.some((s) => {
      if (s.kind === Kind.FIELD)
        return s.name.value === rest[0] && (rest.length === 1 || reaches(s.selectionSet, rest.slice(1)));
      if (s.kind === Kind.INLINE_FRAGMENT) return reaches(s.selectionSet, rest);
      return reaches(info.fragments[s.name.value]?.selectionSet, rest);
    });
  return info.fieldNodes.some((f) => reaches(f.selectionSet, path));
}
