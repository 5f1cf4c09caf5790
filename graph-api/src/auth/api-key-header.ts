/** The key a request carries, if any: `x-api-key`, or `Authorization: ApiKey <key>`. */
export function apiKeyOf(headers: { authorization?: string; "x-api-key"?: string | string[] }): string | undefined {
  const header = headers["x-api-key"];
  if (typeof header === "string" && header.trim()) return header.trim();
  const match = /^ApiKey\s+(\S+)$/i.exec(headers.authorization?.trim() ?? "");
  return match?.[1];
}
