import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadMigrations } from "@maillage/schema";
import { VERSIONS } from "./version";

describe("the version a server reports", () => {
  it("is the root package's semantic version, with its own section in CHANGELOG.md", () => {
    expect(VERSIONS.api).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
    const changelog = readFileSync(join(__dirname, "..", "..", "CHANGELOG.md"), "utf8");
    expect(changelog).toMatch(
      new RegExp(`^## \\[${VERSIONS.api.replaceAll(".", "\\.")}\\] - \\d{4}-\\d{2}-\\d{2}$`, "m"),
    );
  });

  it("names the latest migration this release applies as its database model", () => {
    expect(VERSIONS.schema).toBe(loadMigrations().at(-1)!.version);
  });
});
