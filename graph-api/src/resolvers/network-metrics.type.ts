import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DEGREE_DEFINITION } from "../domain/export/dataset";

export enum NetworkMetricEnum {
  DEGREE = "degree",
  WEIGHTED_DEGREE = "weightedDegree",
  BETWEENNESS = "betweenness",
  CLOSENESS = "closeness",
  PAGERANK = "pagerank",
  EIGENVECTOR = "eigenvector",
  CLUSTERING = "clustering",
}
registerEnumType(NetworkMetricEnum, {
  name: "NetworkMetric",
  description: "A node metric of the cooperation network, to sort by.",
  valuesConfig: {
    DEGREE: { description: DEGREE_DEFINITION },
    WEIGHTED_DEGREE: {
      description: "Number of relationships (a pair linked by a partnership and a funding counts 2).",
    },
    BETWEENNESS: {
      description: "Normalised betweenness centrality (shortest paths in hops), as NetworkX's betweenness_centrality.",
    },
    CLOSENESS: {
      description:
        "Closeness centrality with the Wasserman–Faust correction for disconnected graphs, as NetworkX's closeness_centrality.",
    },
    PAGERANK: {
      description:
        'PageRank (damping 0.85, tolerance 1e-10) weighted by the number of relationships, as NetworkX\'s pagerank(G, alpha=0.85, weight="weight", tol=1e-10).',
    },
    EIGENVECTOR: {
      description:
        'Eigenvector centrality weighted by the number of relationships, as NetworkX\'s eigenvector_centrality(G, weight="weight", tol=1e-10, max_iter=10000).',
    },
    CLUSTERING: { description: "Local clustering coefficient (share of a node's neighbour pairs that are linked)." },
  },
});

export enum SortDirectionEnum {
  DESC = "DESC",
  ASC = "ASC",
}
registerEnumType(SortDirectionEnum, {
  name: "MetricSortOrder",
  description: "Sort order.",
  valuesConfig: { DESC: { description: "Largest first." }, ASC: { description: "Smallest first." } },
});

export enum IllustrativeDataEnum {
  INCLUDE = "INCLUDE",
  EXCLUDE = "EXCLUDE",
}

export enum EndedTiesEnum {
  INCLUDE = "INCLUDE",
  EXCLUDE = "EXCLUDE",
}

registerEnumType(EndedTiesEnum, {
  name: "EndedTies",
  description:
    "Whether relationships that have ended (their last year, `until`, is before the current year) count in the whole graph.",
  valuesConfig: {
    INCLUDE: { description: "The whole history: every relationship ever recorded, ended or not (the default)." },
    EXCLUDE: {
      description:
        "The current network: relationships that ended before the current year are left out (undated ones are kept).",
    },
  },
});

registerEnumType(IllustrativeDataEnum, {
  name: "IllustrativeData",
  description:
    "Whether invented demo data (nodes and relationships whose provenance is ILLUSTRATIVE) count in network figures and exports.",
  valuesConfig: {
    INCLUDE: { description: "Every node and relationship, illustrative ones included." },
    EXCLUDE: {
      description:
        "Real data only: illustrative nodes, illustrative relationships and the relationships of a node left out are not counted.",
    },
  },
});

@ObjectType({
  description:
    "The metrics of one node of the cooperation network (an organisation, an event or a shared resource). Public data only.",
})
export class NodeMetrics {
  @Field(() => ID, {
    description: "Node id: the organisation's id, `event:<id>` for an event, `resource:<id>` for a shared resource.",
  })
  id!: string;
  @Field(() => String, {
    description:
      "Stable pseudonymous id, the one pseudonymised exports use for this node. Coordinators only: it links a pseudonym to its organisation.",
  })
  pseudonymousId!: string;
  @Field(() => String, {
    description: "Node type: EssStructure, Business, Financer, SupportProvider, ResearchUnit, Event or SharedResource.",
  })
  type!: string;
  @Field(() => String, { description: "Name (or title)." })
  name!: string;
  @Field(() => Int, { description: DEGREE_DEFINITION })
  degree!: number;
  @Field(() => Float, { description: "Number of relationships with its neighbours (weighted degree)." })
  weightedDegree!: number;
  @Field(() => Float, {
    description:
      "Normalised betweenness centrality, in [0, 1] (estimated from sampled sources when the network's `exact` is false).",
  })
  betweenness!: number;
  @Field(() => Float, { description: "Closeness centrality (Wasserman–Faust), in [0, 1]; 0 for an isolated node." })
  closeness!: number;
  @Field(() => Float, {
    description: "PageRank (parameters in the snapshot's `parameters`); the values of a network sum to 1.",
  })
  pagerank!: number;
  @Field(() => Float, {
    description: "Eigenvector centrality weighted by relationships, L2-normalised (parameters in `parameters`).",
  })
  eigenvector!: number;
  @Field(() => Float, { description: "Local clustering coefficient, in [0, 1]." })
  clustering!: number;
  @Field(() => Int, { description: "Louvain community, numbered by decreasing size from 0." })
  community!: number;
  @Field(() => Int, { description: "Connected component, numbered by decreasing size from 0 (0 is the largest)." })
  component!: number;
}

@ObjectType({ description: "A page of nodes sorted by a metric." })
export class NodeMetricsPage {
  @Field(() => Int, { description: "Nodes matching the filters, all pages together." })
  total!: number;
  @Field(() => [NodeMetrics], { description: "The nodes of this page." })
  nodes!: NodeMetrics[];
}

@ObjectType({ description: "A Louvain community of the cooperation network." })
export class NetworkCommunity {
  @Field(() => Int, { description: "Community number (0 is the largest)." })
  id!: number;
  @Field(() => Int, { description: "Number of nodes." })
  size!: number;
}

@ObjectType({
  description:
    "The parameters the metrics were computed with, to reproduce them (docs/research.md gives the NetworkX calls).",
})
export class MetricParameters {
  @Field(() => Float, { description: "PageRank's damping factor (NetworkX's alpha)." })
  pagerankAlpha!: number;
  @Field(() => Float, {
    description:
      "Convergence tolerance of PageRank and eigenvector centrality: iterations stop when the L1 change summed over the nodes is below the node count times this (NetworkX's tol).",
  })
  tolerance!: number;
  @Field(() => Int, { description: "Power iterations at most (NetworkX's max_iter)." })
  maxIterations!: number;
  @Field(() => String, {
    description: "Edge weight of PageRank, eigenvector centrality, weighted degree and Louvain.",
  })
  weight!: string;
  @Field(() => Float, { description: "Louvain's resolution." })
  louvainResolution!: number;
  @Field(() => Int, { description: "Louvain runs (seeded); the partition of highest modularity is kept." })
  louvainRuns!: number;
  @Field(() => Int, { description: "Seed of Louvain and of the sampled sources of estimated path metrics." })
  seed!: number;
}

@ObjectType({
  description:
    "Network metrics of the cooperation graph (organisations, the events they attended and the resources they pool; partnerships, purchases, funding, support, memberships, research links, attendances, pooling), for the whole graph or as of a year.",
})
export class NetworkMetricsSnapshot {
  @Field(() => Int, {
    nullable: true,
    description:
      "The year of this time slice: relationships that had started by then and had not ended before; null for the whole graph, all years together.",
  })
  asOf!: number | null;
  @Field(() => IllustrativeDataEnum, {
    description: "Whether illustrative (invented demo) data count in these figures.",
  })
  illustrative!: IllustrativeDataEnum;
  @Field(() => EndedTiesEnum, {
    description: "Whether ties that ended before the current year count (INCLUDE, the default: the whole history).",
  })
  endedTies!: EndedTiesEnum;
  @Field(() => String, {
    description:
      "Dataset version of the graph these figures were computed from: a content hash of the public graph, also in the X-Dataset-Version header, in every export and in /api/datasets.",
  })
  datasetVersion!: string;
  @Field(() => MetricParameters, { description: "The parameters of PageRank, eigenvector centrality and Louvain." })
  parameters!: MetricParameters;
  @Field(() => Int, { description: "Illustrative nodes counted in these figures (0 when they are left out)." })
  illustrativeNodeCount!: number;
  @Field(() => Int, {
    description: "Illustrative nodes of this slice left out of these figures (0 when they are included).",
  })
  illustrativeNodesLeftOut!: number;
  @Field(() => String, {
    description:
      "When these metrics were computed (ISO 8601). They are computed again when the graph has changed since.",
  })
  computedAt!: string;
  @Field(() => Int, { description: "Nodes (isolated organisations included)." })
  nodeCount!: number;
  @Field(() => Int, { description: "Distinct linked pairs (edges of the simple graph)." })
  edgeCount!: number;
  @Field(() => Int, { description: "Relationships (an edge may carry several)." })
  relationshipCount!: number;
  @Field(() => Int, {
    description:
      "Relationships left out of this time slice because their start year is unknown (0 for the whole graph).",
  })
  undatedRelationships!: number;
  @Field(() => Float, { description: "Density: edges over possible pairs." })
  density!: number;
  @Field(() => Float, { description: "Modularity of the Louvain partition (weighted)." })
  modularity!: number;
  @Field(() => Int, { description: "Number of Louvain communities." })
  communityCount!: number;
  @Field(() => Int, { description: "Number of connected components." })
  componentCount!: number;
  @Field(() => Boolean, {
    description:
      "True when betweenness and closeness are exact (networks up to 20,000 nodes); false when estimated from `pathSources` sampled sources: closeness within 0.6 % for 95 % of nodes, betweenness of individual nodes roughly (16 % median error among the top 1 %, close ranks unreliable), as measured on a 20,000-node test network (docs/benchmarks-metrics.md; method in docs/research.md).",
  })
  exact!: boolean;
  @Field(() => Int, {
    description: "Breadth-first searches used for betweenness and closeness (the node count when exact).",
  })
  pathSources!: number;
}
