/** The map's parameters in its address: `#/map?town=…&hide=Business&select=<id>`. */
import { defineParams, listOf, optionalId, text } from "../routing/view-params";
import { ORGANISATION_TYPES } from "./directory-params";

export const MAP_PARAMS = defineParams({
  town: text(),
  /** Kinds of organisation whose points are hidden. */
  hide: listOf(ORGANISATION_TYPES, []),
  select: optionalId,
});
export type MapParams = ReturnType<typeof MAP_PARAMS.read>;
