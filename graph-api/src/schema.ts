import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { Neo4jGraphQL, type Neo4jGraphQLCallback } from "@neo4j/graphql";
import { buildTypeDefsAndResolvers } from "type-graphql";
import { typeDefs as modelTypeDefs } from "@maillage/schema";
import type { JwtConfig } from "./config";
import { customResolvers } from "./resolvers";
import { factSourceResolvers } from "./resolvers/fact-sources.resolver";
import { validateMutationInputs } from "./validation/mutation-input";
import { auditMutations } from "./audit/audit-mutations";
import { describeSchema } from "./schema-descriptions";
import { pipelinedReads } from "./db/pipelined-reads";

/** Provenance of what coordinators write through the API, filled from their verified token. */
const editorCallbacks: Record<string, Neo4jGraphQLCallback> = {
  editorSource: (_parent, _args, context) => `coordinator:${String(context.jwt?.sub ?? "unknown")}`,
  editorSourceKind: () => "COORDINATOR",
  editorId: (_parent, _args, context) => String(context.jwt?.sub ?? "unknown"),
};

/**
 * The generated API (@neo4j/graphql, from schema/type-defs.graphql) merged with
 * our type-graphql resolvers for what it cannot say.
 */
export async function buildSchema(options: { driver?: Driver; jwt?: JwtConfig } = {}): Promise<GraphQLSchema> {
  const { driver, jwt } = options;
  const custom = await buildTypeDefsAndResolvers({ resolvers: customResolvers, validate: false });
  const neoSchema = new Neo4jGraphQL({
    typeDefs: [modelTypeDefs, custom.typeDefs],
    // Fields of the generated types that Cypher alone cannot say (@customResolver): factSources.
    resolvers: { ...(custom.resolvers as object), ...factSourceResolvers } as never,
    // Generated reads run like ours, BEGIN pipelined with the query (db/pipelined-reads.ts).
    driver: driver && pipelinedReads(driver),
    features: {
      // The server verifies tokens itself (auth/verify-token.ts) and passes the claims as context.jwt;
      // the same key here keeps the library's own checks consistent with ours.
      ...(jwt
        ? {
            authorization: {
              key: jwt.kind === "secret" ? new TextDecoder().decode(jwt.secret) : { url: jwt.url.href },
            },
          }
        : {}),
      populatedBy: { callbacks: editorCallbacks },
      // Keep the schema to the current filter syntax: the deprecated forms double its size.
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  // Every mutation checks its input against the rules shared with the explorer before writing;
  // every generated type and field gets a description (schema-descriptions.ts).
  const schema = describeSchema(validateMutationInputs(await neoSchema.getSchema()), { typeDefs: modelTypeDefs });
  // Every write records who, when and what changed (before and after): audit/audit-mutations.ts.
  return driver ? auditMutations(schema, driver) : schema;
}
