// @vitest-environment node
/**
 * The committed src/gql/ is what GraphQL Code Generator makes of the committed printed schema and the
 * operations in src/: a changed operation, or a reprinted schema, without `npm run codegen` fails here
 * (and the types the explorer and its mocks are checked against would be stale). Offline: nothing is fetched.
 */
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generate } from "@graphql-codegen/cli";
import config from "../codegen";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

describe("the generated GraphQL types", () => {
  it("are up to date with schema/schema.graphql and the explorer's operations (else run `npm run codegen -w @maillage/explorer`)", async () => {
    const outputs = await generate({ ...config, cwd: root, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      const path = resolve(root, filename);
      expect(readFileSync(path, "utf8"), relative(root, path)).toBe(content);
    }
  }, 60_000);
});
