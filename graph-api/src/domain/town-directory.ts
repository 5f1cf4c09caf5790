import { configuredTerritory } from "@maillage/reference";
import type { GraphReader } from "./ports";
import { InvalidArgument, NotFound } from "./errors";
import { townDirectory, type Row } from "../cypher/directory/town-directory.cypher";

export type DirectoryEntry = Row["entries"][number] & { illustrative: boolean; isVitrine: boolean };
export interface TownDirectory {
  town: NonNullable<Row["town"]>;
  entries: DirectoryEntry[];
}

export class InvalidInseeCode extends InvalidArgument {
  constructor(message: string) {
    super(message, "inseeCode");
  }
}
export class UnknownTown extends NotFound {}

/** A commune code: 5 characters, digits (2A/2B for Corsica). */
export const INSEE_CODE = /^(\d{2}|2A|2B)\d{3}$/;

/** Why `value` is not a commune code (a message for the client), or null when it is one. */
export function inseeCodeProblem(value: string): string | null {
  return INSEE_CODE.test(value) ? null : `"${value}" is not an INSEE commune code: expected 5 characters such as 94028`;
}

/**
 * The public ESS directory of one town: the town's vitrine de l'ESS first,
 * then by name. Only public fields; demo records say they are illustrative.
 */
export async function getTownDirectory(reader: GraphReader, inseeCode: string): Promise<TownDirectory> {
  const code = inseeCode.trim().toUpperCase();
  const problem = inseeCodeProblem(code);
  if (problem) throw new InvalidInseeCode(problem);
  const [row] = await reader.read(townDirectory, { inseeCode: code, territoryCode: configuredTerritory().code });
  if (!row?.town) throw new UnknownTown(`No town of the territory has INSEE code ${code}`);
  return {
    town: row.town,
    entries: row.entries.map((e) => ({
      ...e,
      isVitrine: e.isVitrine ?? false,
      illustrative: e.sourceKind === "ILLUSTRATIVE",
    })),
  };
}
