/** The Apollo client: same-origin /graphql, the CSRF preflight header Apollo Server asks for, and the signed-in coordinator's token. */
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { getToken } from "./auth";

const http = new HttpLink({ uri: "/graphql", headers: { "apollo-require-preflight": "true" } });

const auth = new SetContextLink((prevContext) => {
  const token = getToken();
  return token ? { headers: { ...prevContext.headers, authorization: `Bearer ${token}` } } : {};
});

export const client = new ApolloClient({
  link: auth.concat(http),
  cache: new InMemoryCache({
    typePolicies: { GraphView: { keyFields: false }, GraphNode: { keyFields: false }, GraphEdge: { keyFields: false } },
  }),
});
