#!/usr/bin/env node
/**
 * A real OpenID Connect provider for the single sign-on tests: oidc-provider
 * (a certified implementation) on 127.0.0.1:<port>, with one client
 * (Maillage) whose return address is given, and its development sign-in
 * pages, where any login is accepted as the person's id. Each person's email
 * is <login>@agents.example.org; a login starting with "agent" is in the group
 * "agents-ess". Prints "ready <issuer>" once listening.
 *
 * usage: node tests/integration/oidc-provider.mjs <port> <redirect uri> <client secret>
 */
import Provider from "oidc-provider";

const [port, redirectUri, clientSecret] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: "maillage",
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  pkce: { required: () => true },
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return {
          sub: id,
          email: `${id}@agents.example.org`,
          email_verified: true,
          name: `Agent ${id}`,
          ...(id.startsWith("agent") ? { groups: ["agents-ess"] } : {}),
        };
      },
    };
  },
  cookies: { keys: ["test-provider-cookie-key-0123456789"] },
  features: { devInteractions: { enabled: true } },
});
provider.listen(Number(port), "127.0.0.1", () => console.log(`ready ${issuer}`));
