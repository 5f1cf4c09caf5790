/**
 * npm run data-dictionary: writes docs/data-dictionary.md from the type
 * definitions, the label table and the dataset's columns
 * (domain/export/data-dictionary.ts).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { typeDefs } from "@maillage/schema";
import { dataDictionary } from "../domain/export/data-dictionary";

export const DATA_DICTIONARY_PATH = join(__dirname, "..", "..", "..", "docs", "data-dictionary.md");

writeFileSync(DATA_DICTIONARY_PATH, dataDictionary(typeDefs));
console.log(`wrote ${DATA_DICTIONARY_PATH}`);
