/** The network view's parameters in its address: `#/graph?town=<INSEE code>&theme=…&types=…&select=<id>`. */
import { defineParams, integer, listOf, oneOf, optionalId, optionalInteger, text } from "../routing/view-params";

export const ALL_TYPES = [
  "EssStructure",
  "Business",
  "Financer",
  "SupportProvider",
  "ResearchUnit",
  "Event",
  "SharedResource",
  "CallForProjects",
  "Town",
];
/** Towns and events group organisations (the town filter, the event's participants): by default they are not drawn as nodes, which would make hubs of them. */
export const GROUP_TYPES = ["Town", "Event"];
export const DEFAULT_TYPES = ["EssStructure", "Business", "Financer", "SupportProvider", "ResearchUnit"];
export const LIMITS = [100, 300, 1000, 3000, 5000];
/**
 * The town a first visit shows: not written in the address, it stands for the
 * territory's main town (mainTown), whatever the territory.
 */
export const MAIN_TOWN = "main";

/** The territory's town with the most ESS structures (then businesses; then the first by name). */
export function mainTown(
  towns: readonly { inseeCode: string; name: string; essStructures: number; businesses: number }[],
): string | null {
  let best: (typeof towns)[number] | null = null;
  for (const town of towns)
    if (
      !best ||
      town.essStructures > best.essStructures ||
      (town.essStructures === best.essStructures &&
        (town.businesses > best.businesses ||
          (town.businesses === best.businesses && town.name.localeCompare(best.name, "fr") < 0)))
    )
      best = town;
  return best?.inseeCode ?? null;
}

export const GRAPH_PARAMS = defineParams({
  /** INSEE code; empty: every town; MAIN_TOWN (left out of the address): the territory's main town. */
  town: text(MAIN_TOWN),
  theme: text(),
  types: listOf(ALL_TYPES, DEFAULT_TYPES),
  limit: integer(300, LIMITS),
  /** The selected organisation (or node). */
  select: optionalId,
  /** The organisation a focused view is centred on, and how many steps around it. */
  focus: optionalId,
  steps: integer(1, [1, 2, 3]),
  /** The network as it was at the end of that year (none: today's). */
  year: optionalInteger,
  /** WebGL rendering for large graphs (benchmarks). */
  renderer: oneOf(["canvas", "webgl"] as const, "canvas"),
});
export type GraphParams = ReturnType<typeof GRAPH_PARAMS.read>;
