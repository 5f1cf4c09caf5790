import { apiKeyOf } from "./api-key-header";

describe("the API key a request carries", () => {
  const key = "mlg_0123456789abcdef_abcdefghijklmnopqrstuvwxyz012345";

  it("is read from x-api-key, spaces around it ignored", () => {
    expect(apiKeyOf({ "x-api-key": `  ${key} ` })).toBe(key);
  });

  it("is read from 'Authorization: ApiKey <key>', the scheme in any case", () => {
    expect(apiKeyOf({ authorization: `ApiKey ${key}` })).toBe(key);
    expect(apiKeyOf({ authorization: `apikey ${key}` })).toBe(key);
  });

  it("prefers x-api-key when both are sent", () => {
    expect(apiKeyOf({ "x-api-key": key, authorization: "ApiKey other" })).toBe(key);
  });

  it("is none for a bearer token, an empty header or a repeated x-api-key", () => {
    expect(apiKeyOf({ authorization: "Bearer eyJhbGciOi" })).toBeUndefined();
    expect(apiKeyOf({ "x-api-key": "   " })).toBeUndefined();
    expect(apiKeyOf({ "x-api-key": [key, key] })).toBeUndefined();
    expect(apiKeyOf({})).toBeUndefined();
  });
});
