/** The directory's parameters in its address: `#/directory?town=…&type=…&q=…&sort=name&page=2&select=<id>`. */
import { defineParams, integer, oneOf, optionalId, text } from "../routing/view-params";

export const ORGANISATION_TYPES = ["EssStructure", "Business", "Financer", "SupportProvider", "ResearchUnit"];
export const PAGE_SIZES = [25, 50, 100];
export const COLUMNS = ["name", "type", "town", "legalForm", "degree"] as const;

export const DIRECTORY_PARAMS = defineParams({
  town: text(),
  theme: text(),
  type: oneOf(["", ...ORGANISATION_TYPES], ""),
  /** Words of the name. */
  q: text(),
  sort: oneOf(COLUMNS, "name"),
  order: oneOf(["ascending", "descending"] as const, "ascending"),
  size: integer(PAGE_SIZES[0], PAGE_SIZES),
  /** Page number, from 1. */
  page: integer(1, undefined, 1),
  select: optionalId,
});
export type DirectoryParams = ReturnType<typeof DIRECTORY_PARAMS.read>;
