/**
 * `factSources` on the organisation types (schema/type-defs.graphql,
 * @customResolver): where each public fact comes from, derived from the audit
 * trail (domain/fact-sources.ts). Plain resolvers, merged with type-graphql's:
 * the types are @neo4j/graphql's.
 */
import type { AppContext } from "../context";
import { PUBLIC_FACTS, readFactSources, type FactSource } from "../domain/fact-sources";
import { BadUserInputError } from "../errors";

async function factSources(parent: { id?: unknown }, _args: unknown, ctx: AppContext): Promise<FactSource[]> {
  // The organisation's id comes with the parent only when the query selects it (see the field's description).
  if (typeof parent.id !== "string")
    throw new BadUserInputError("factSources: select the organisation's id in the same selection");
  return readFactSources(ctx.reader, parent.id);
}

export const factSourceResolvers: Record<string, { factSources: typeof factSources }> = Object.fromEntries(
  Object.keys(PUBLIC_FACTS).map((type) => [type, { factSources }]),
);
