import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The @neo4j/graphql type definitions: the graph model and the generated API's contract. */
export const TYPE_DEFS_PATH = join(__dirname, "..", "type-defs.graphql");

export const typeDefs: string = readFileSync(TYPE_DEFS_PATH, "utf8");
