import { rolesFromClaims } from "./single-sign-on";

describe("roles from the identity provider's claim", () => {
  const config = { rolesClaim: "groups", roleMap: { "agents-ess": "coordinator" as const, dsi: "admin" as const } };

  it("maps the claim's values, and keeps role names as they are", () => {
    expect(rolesFromClaims(config, { groups: ["agents-ess", "autre"] })).toEqual(["coordinator"]);
    expect(rolesFromClaims(config, { groups: ["dsi", "researcher"] })).toEqual(["admin", "researcher"]);
    expect(rolesFromClaims(config, { groups: "dsi" })).toEqual(["admin"]);
  });

  it("leaves the roles an admin set when no claim is configured, sent or mapped", () => {
    expect(rolesFromClaims({ roleMap: {} }, { groups: ["dsi"] })).toBeNull();
    expect(rolesFromClaims(config, {})).toBeNull();
    expect(rolesFromClaims(config, { groups: ["autre"] })).toBeNull();
  });
});
