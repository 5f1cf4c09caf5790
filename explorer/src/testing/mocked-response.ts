/**
 * Test helper: a mocked answer typed by its operation. The data must have the type GraphQL Code Generator
 * gives the operation's result (src/gql), `__typename`s included, so a mock cannot drift from the API.
 */
import type { OperationVariables, TypedDocumentNode } from "@apollo/client";
import type { MockLink } from "@apollo/client/testing";

type Response<TData, TVariables extends OperationVariables> = Omit<
  MockLink.MockedResponse<TData, TVariables>,
  "request"
> & {
  variables?: MockLink.MockedRequest<TVariables>["variables"];
};

export function mocked<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  { variables, ...response }: Response<TData, TVariables>,
): MockLink.MockedResponse<TData, TVariables> {
  return { request: variables === undefined ? { query } : { query, variables }, ...response };
}
