/**
 * The Apollo client: same-origin /graphql, the CSRF preflight header Apollo
 * Server asks for, the signed-in person's session CSRF token (the session
 * cookie goes by itself; requests wait until /auth/session has answered),
 * and a 401 taken as the end of the session.
 */
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { authHeaders, sessionEnded, sessionKnown } from "./auth";

const http = new HttpLink({
  uri: "/graphql",
  credentials: "same-origin",
  headers: { "apollo-require-preflight": "true" },
  fetch: async (input, init) => {
    const response = await fetch(input, init);
    if (response.status === 401) sessionEnded();
    return response;
  },
});

const auth = new SetContextLink(async (prevContext) => {
  await sessionKnown();
  return { headers: { ...prevContext.headers, ...authHeaders() } };
});

export const client = new ApolloClient({
  link: auth.concat(http),
  cache: new InMemoryCache({
    typePolicies: { GraphView: { keyFields: false }, GraphNode: { keyFields: false }, GraphEdge: { keyFields: false } },
  }),
});
