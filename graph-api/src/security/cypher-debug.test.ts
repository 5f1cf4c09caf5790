import { cypherDebugEnabled, cypherDebugOffOutsideDevelopment, enableDebug } from "./cypher-debug";

describe("debug logging of Cypher parameters", () => {
  afterEach(() => enableDebug(""));

  it("is switched off outside development even when DEBUG asks for it", () => {
    for (const env of ["production", "test"]) {
      enableDebug("@neo4j/graphql:*,express:*");
      expect(cypherDebugEnabled()).toBe(true);
      cypherDebugOffOutsideDevelopment(env);
      expect(cypherDebugEnabled()).toBe(false);
    }
  });

  it("stays as DEBUG says in development", () => {
    enableDebug("@neo4j/graphql:*");
    cypherDebugOffOutsideDevelopment("development");
    expect(cypherDebugEnabled()).toBe(true);
  });

  it("is off for DEBUG=*", () => {
    enableDebug("*");
    cypherDebugOffOutsideDevelopment("production");
    expect(cypherDebugEnabled()).toBe(false);
  });
});
