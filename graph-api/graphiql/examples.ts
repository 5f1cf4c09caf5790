/**
 * The example queries GraphiQL opens with at /graphiql, one tab each.
 * Each starts with comments saying what it shows; docs/research.md explains them.
 * Every tab runs on the seed in tests/integration/docs-run.int.test.ts.
 */
export const EXAMPLES: { query: string; variables?: string; headers?: string }[] = [
  {
    query: `# Maillage's research API. Open the docs (book icon, left) for every type and field.
# Network metrics of the cooperation graph, with the date they were computed:
# the 10 nodes of highest betweenness.
query MostBetween {
  networkMetrics {
    computedAt
    nodeCount
    edgeCount
    density
    modularity
    communityCount
    exact
    datasetVersion
    nodes(sortBy: BETWEENNESS, first: 10) {
      total
      nodes { id type name degree betweenness pagerank eigenvector community component }
    }
  }
}
`,
  },
  {
    query: `# The relationships of the network with their stable ids, years and provenance,
# page by page: pass pageInfo.endCursor as $after until hasNextPage is false.
query Relationships($after: String) {
  cooperationRelationships(first: 1000, after: $after) {
    datasetVersion totalCount
    nodes { id source target type kind since until sourceKind provenance provenanceRef }
    pageInfo { endCursor hasNextPage }
  }
}
`,
  },
  {
    query: `# The network as of a year: relationships that had started by then and had not ended.
# Compare 2019 and 2024 (before and after calls for projects), side by side.
query BeforeAfter {
  y2019: networkMetrics(asOf: 2019) { asOf nodeCount edgeCount density modularity undatedRelationships
    nodes(sortBy: PAGERANK, first: 5, types: ["EssStructure"]) { nodes { name pagerank } } }
  y2024: networkMetrics(asOf: 2024) { asOf nodeCount edgeCount density modularity undatedRelationships
    nodes(sortBy: PAGERANK, first: 5, types: ["EssStructure"]) { nodes { name pagerank } } }
}
`,
  },
  {
    query: `# Louvain communities, largest first, and the members of one of them.
query Communities($community: Int!) {
  networkMetrics {
    communities { id size }
    nodes(community: $community, sortBy: DEGREE, first: 20) { total nodes { name type degree clustering } }
  }
}
`,
    variables: `{ "community": 0 }`,
  },
  {
    query: `# ESS structures of a town with their partners (the generated API: filters, sorting, limits).
query TownStructures {
  essStructures(where: { town: { some: { inseeCode: { eq: "94028" } } } }, sort: [{ name: ASC }], limit: 10) {
    id name legalForm
    essPartners(limit: 20) { id name }
    businessPartners(limit: 20) { id name }
  }
}
`,
  },
  {
    query: `# Coordinators and admins: compute the metrics again now (also done on their own
# when the graph has changed). Needs "Authorization: Bearer <token>" (Headers tab).
mutation Refresh {
  refreshNetworkMetrics(asOf: [2019, 2024]) { asOf computedAt nodeCount }
}
`,
    headers: `{ "Authorization": "Bearer <coordinator token>" }`,
  },
];
