import type { Driver } from "neo4j-driver";
import { pipelinedReads } from "./pipelined-reads";

/** A driver that records what it is asked (no connection): how @neo4j/graphql's Executor calls it. */
function recordingDriver() {
  const calls: { what: string; args: unknown[] }[] = [];
  const bookmarkManager = { name: "executeQuery's" };
  const driver = {
    executeQueryBookmarkManager: bookmarkManager,
    executeQuery: async (...args: unknown[]) => (
      calls.push({ what: "executeQuery", args }),
      { records: [], summary: {} }
    ),
    session: (config: unknown) => {
      calls.push({ what: "session", args: [config] });
      return {
        executeWrite: async (work: (tx: unknown) => unknown, txConfig: unknown) => (
          calls.push({ what: "executeWrite", args: [txConfig] }),
          work({ run: () => "written" })
        ),
        close: async () => void calls.push({ what: "close", args: [] }),
      };
    },
  };
  return { driver: driver as unknown as Driver, calls, bookmarkManager };
}

describe("pipelinedReads", () => {
  it("runs a read transaction's statement with executeQuery: same database, bookmarks, timeout and metadata, routed to readers", async () => {
    const { driver, calls, bookmarkManager } = recordingDriver();
    const facade = pipelinedReads(driver);
    // What @neo4j/graphql's Executor does for a generated read.
    const session = facade.session({
      database: "neo4j",
      bookmarkManager: facade.executeQueryBookmarkManager,
      defaultAccessMode: "READ",
    });
    const txConfig = { timeout: 4321, metadata: { app: "@neo4j/graphql", type: "user-transpiled" } };
    const result = await session.executeRead((tx) => tx.run("CYPHER 5\nMATCH (n) RETURN n", { p: 1 }), txConfig);
    await session.close();
    expect(result).toEqual({ records: [], summary: {} });
    expect(calls).toEqual([
      {
        what: "executeQuery",
        args: [
          "CYPHER 5\nMATCH (n) RETURN n",
          { p: 1 },
          {
            database: "neo4j",
            bookmarkManager,
            impersonatedUser: undefined,
            routing: "READ",
            transactionConfig: txConfig,
          },
        ],
      },
    ]);
  });

  it("refuses a second statement in one read (it would not share the first one's transaction)", async () => {
    const { driver } = recordingDriver();
    const session = pipelinedReads(driver).session({});
    await expect(session.executeRead(async (tx) => (await tx.run("RETURN 1"), tx.run("RETURN 2")))).rejects.toThrow(
      /one statement per read transaction/,
    );
  });

  it("without a bookmark manager in the session's config, the read uses none (not executeQuery's default)", async () => {
    const { driver, calls } = recordingDriver();
    await pipelinedReads(driver)
      .session({})
      .executeRead((tx) => tx.run("RETURN 1"));
    expect((calls[0].args[2] as { bookmarkManager: unknown }).bookmarkManager).toBeNull();
  });

  it("runs writes in a real session of the driver, closed with the facade's", async () => {
    const { driver, calls } = recordingDriver();
    const session = pipelinedReads(driver).session({ database: "neo4j", defaultAccessMode: "WRITE" });
    const txConfig = { timeout: 10 };
    expect(await session.executeWrite((tx) => tx.run("CREATE ()"), txConfig)).toBe("written");
    await session.close();
    expect(calls.map((c) => c.what)).toEqual(["session", "executeWrite", "close"]);
    expect(calls[0].args[0]).toEqual({ database: "neo4j", defaultAccessMode: "WRITE" });
    expect(calls[1].args[0]).toEqual(txConfig);
  });
});
