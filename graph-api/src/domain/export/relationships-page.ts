/**
 * The relationships of the cooperation network, page by page, with their
 * stable ids, years and provenance: for researchers who read the network
 * through GraphQL rather than the dataset files. Cursors name the dataset
 * version they were given for: a cursor of a graph that has changed since is
 * refused, rather than silently skipping or repeating relationships.
 */
import {
  sliceOf,
  checkScope,
  type EndedTies,
  type IllustrativeData,
  type LoadedRelationship,
  type MetricsService,
} from "../metrics/service";
import { InvalidArgument } from "../errors";

export const RELATIONSHIP_PAGE_MAX = 5000;

export class InvalidRelationshipsRequest extends InvalidArgument {}

export interface RelationshipsPage {
  datasetVersion: string;
  totalCount: number;
  relationships: LoadedRelationship[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const cursorOf = (version: string, offset: number) => Buffer.from(`${version}:${offset}`).toString("base64url");

function offsetOf(cursor: string, version: string): number {
  const m = /^([0-9a-f]{16}):(\d+)$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!m) throw new InvalidRelationshipsRequest("after is not a cursor this API gave (cut short or edited?)", "after");
  if (m[1] !== version)
    throw new InvalidRelationshipsRequest(
      `after is a cursor of dataset version ${m[1]}; the graph has changed since (now ${version}): start again without after, or download a kept version from /api/datasets/${m[1]}/edges.csv`,
      "after",
    );
  return Number(m[2]);
}

export async function relationshipsPage(
  metrics: MetricsService,
  query: {
    first: number;
    after: string | null;
    asOf: number | null;
    illustrative: IllustrativeData;
    endedTies: EndedTies;
  },
): Promise<RelationshipsPage> {
  if (!Number.isInteger(query.first) || query.first < 1 || query.first > RELATIONSHIP_PAGE_MAX)
    throw new InvalidRelationshipsRequest(
      `first must be between 1 and ${RELATIONSHIP_PAGE_MAX} (got ${query.first})`,
      "first",
    );
  const asOf = checkScope(query.asOf, query.endedTies);
  const { graph, version } = await metrics.withGraph(asOf, query.illustrative, query.endedTies);
  // The relationships are sorted by id (loadGraph): pages follow that order.
  const all = sliceOf(graph, asOf).relationships.filter((r) => r.source !== r.target);
  const start = query.after ? offsetOf(query.after, version) : 0;
  const relationships = all.slice(start, start + query.first);
  const end = start + relationships.length;
  return {
    datasetVersion: version,
    totalCount: all.length,
    relationships,
    endCursor: relationships.length ? cursorOf(version, end) : null,
    hasNextPage: end < all.length,
  };
}
