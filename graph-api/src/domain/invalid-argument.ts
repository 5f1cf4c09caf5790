/**
 * A request the domain refuses because one argument is wrong. Each area
 * names its own subclass (InvalidGraphRequest, InvalidMetricsRequest...);
 * the resolvers turn any of them into BAD_USER_INPUT naming `argument`
 * (resolvers/bad-input.ts).
 */
export class InvalidArgument extends Error {
  constructor(
    message: string,
    /** The GraphQL argument (or query parameter) that is wrong. */
    readonly argument: string,
  ) {
    super(message);
  }
}
