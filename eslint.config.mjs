// Lint: typescript-eslint's recommended rules, with type information for the
// rules that catch real bugs (promises nobody awaits); Prettier owns layout.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import globals from "globals";

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      ".data/**",
      "neo4j-local/target/**",
      "tests/screenshots/**",
      "graph-api/graphiql/dist/**",
      "explorer/src/gql/**",
      "model/src/generated/**",
      "**/coverage/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "no-empty": ["error", { allowEmptyCatch: true }],
      // A variable set on every path may still start with a value, for the reader.
      "no-useless-assignment": "off",
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"],
    languageOptions: {
      parserOptions: {
        project: ["./tsconfig.test.json", "./explorer/tsconfig.json", "./widget/tsconfig.json"],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      // Large reference files (the etalab communes, package.json) are read when first needed, not at import.
      "@typescript-eslint/no-require-imports": ["error", { allow: ["\\.json$"] }],
    },
  },
  {
    files: ["explorer/src/**/*.tsx", "explorer/src/**/*.ts", "widget/src/**/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["explorer/src/**/*.tsx", "explorer/src/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    files: ["**/*.mjs", "**/*.js", "**/*.cjs"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Benchmarks run code in the browser page (page.evaluate) beside their Node code.
    files: ["bench/**/*.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ["**/*.cjs", "model/scripts/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Build configurations and the GraphiQL page: outside the packages' TypeScript projects.
    files: ["**/vite.config.*", "graph-api/graphiql/**", "explorer/codegen.ts"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { parserOptions: { project: false, projectService: false } },
  },
  {
    files: ["**/*.test.ts", "**/*.test.tsx", "tests/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-non-null-assertion": "off" },
  },
  prettier,
);
