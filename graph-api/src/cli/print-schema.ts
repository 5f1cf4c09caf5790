/** Prints the full generated schema (generated API + custom resolvers) as SDL: schema/schema.graphql is this output. */
import { lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "../schema";

buildSchema().then(
  (schema) => process.stdout.write(printSchema(lexicographicSortSchema(schema)) + "\n"),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
