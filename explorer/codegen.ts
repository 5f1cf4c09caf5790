/**
 * GraphQL Code Generator: types the explorer's operations from the committed
 * printed schema (never a running server, so it works offline), into src/gql/.
 * Run `npm run codegen -w @maillage/explorer` after changing an operation or
 * printing the schema; src/gql/codegen.test.ts fails while the output is stale.
 * @see https://the-guild.dev/graphql/codegen/plugins/presets/preset-client
 */
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "../schema/schema.graphql",
  // The operations are written with graphql() from src/gql in these files.
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*", "!src/**/*.test.{ts,tsx}"],
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: {
        // Components read a fragment's fields directly; Apollo Client's own data masking is off too.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Apollo Client adds __typename to every selection set but the root, so answers and mocks carry it.
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        strictScalars: true,
        // Date and DateTime travel as ISO 8601 strings.
        scalars: { Date: "string", DateTime: "string" },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
