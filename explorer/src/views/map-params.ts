/** The map's parameters in its address: `#/map?town=…&theme=…&q=…&hide=Business&sort=name&select=<id>`. */
import { defineParams, listOf, oneOf, optionalId, text } from "../routing/view-params";
import { ORGANISATION_TYPES } from "./directory-params";

/** How the list beside the map is sorted. */
export const MAP_SORTS = ["name", "degree"] as const;

export const MAP_PARAMS = defineParams({
  town: text(),
  theme: text(),
  /** Words of the name (as in the directory). */
  q: text(),
  /** Kinds of organisation whose points are hidden. */
  hide: listOf(ORGANISATION_TYPES, []),
  sort: oneOf(MAP_SORTS, "name"),
  select: optionalId,
});
export type MapParams = ReturnType<typeof MAP_PARAMS.read>;
