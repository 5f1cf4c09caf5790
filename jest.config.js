/**
 * Two projects: `unit` (*.test.ts beside the code, no I/O) and `integration`
 * (tests/integration/*.int.test.ts, real Neo4j started by the global setup
 * unless NEO4J_URI points at one).
 * @type {import('jest').Config}
 */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.test.json" }];
// Jest runs CommonJS, and loads an ES module only on Node 24.9+ with --experimental-vm-modules.
// The ESM-only packages the tests reach (jose, parse5 and its entities, commander, openid-client and oauth4webapi,
// ical.js) are compiled to CommonJS like our own sources, so that the suite runs the same on Node 22 and 24.
const transform = { "^.+\\.ts$": tsJest, "^.+\\.js$": tsJest };
const transformIgnorePatterns = [
  "/node_modules/(?!(jose|parse5|entities|commander|openid-client|oauth4webapi|ical\\.js)/)",
];

// Workspace packages resolve to their TypeScript sources, so that the tests
// run on a fresh clone without a build. graph-api's package entry is its
// library (index.ts starts the server).
const moduleNameMapper = {
  "^@maillage/graph-api$": "<rootDir>/graph-api/src/library",
  "^@maillage/([^/]+)$": "<rootDir>/$1/src",
  "^@maillage/([^/]+)/(.+)$": "<rootDir>/$1/src/$2",
};

module.exports = {
  // Integration suites share one database (seeded once) and some of them write
  // to it (imports, coordinator edits): they run one after the other.
  maxWorkers: 1,
  // Jest reads testTimeout from the root config only (a project's own is ignored): integration
  // hooks start an API and build its schema, over 5 s on a loaded machine.
  testTimeout: 60000,
  projects: [
    {
      displayName: "unit",
      testMatch: ["<rootDir>/{model,reference,neo4j,schema,seed,importers,graph-api,tools,widget}/src/**/*.test.ts"],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
      testEnvironment: "node",
    },
    {
      displayName: "integration",
      testMatch: ["<rootDir>/tests/integration/**/*.int.test.ts"],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
      testEnvironment: "node",
      testTimeout: 60000,
      globalSetup: "<rootDir>/tests/global-setup.mjs",
      globalTeardown: "<rootDir>/tests/global-teardown.mjs",
    },
  ],
};
