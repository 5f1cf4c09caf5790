/**
 * After a write, every view reads again what it shows: the graph (kept out of
 * the cache, so refetched), the directory, the map, the details, the counts
 * and the opportunities. Root fields are evicted so that views not on screen
 * read again when they next show; the views on screen are refetched while
 * they keep showing their current data (no flash of "loading"). Patching
 * cached graph nodes instead would miss derived data such as degrees, town
 * counts and opportunities.
 */
import type { ApolloClient } from "@apollo/client";

const STALE_ROOT_FIELDS = [
  "cooperationGraph",
  "neighbourhood",
  "territory",
  "townDirectory",
  "opportunities",
  "searchEssStructures",
  "searchBusinesses",
  "searchSupportProviders",
  "essStructures",
  "businesses",
  "financers",
  "supportProviders",
  "researchUnits",
];

export async function refreshViews(client: ApolloClient): Promise<void> {
  await client.refetchQueries({
    updateCache(cache) {
      for (const fieldName of STALE_ROOT_FIELDS) cache.evict({ id: "ROOT_QUERY", fieldName });
    },
    include: "active",
  });
}
