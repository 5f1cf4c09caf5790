/**
 * The errors the domain throws, one class per kind of refusal. Each area
 * names its own subclass (InvalidGraphRequest, UnknownTown...), so a test
 * can tell them apart; what a client receives for each kind (its
 * `extensions.code`, its HTTP status on the REST routes) is decided in one
 * place, errors/domain-errors.ts. The domain never builds a GraphQL error.
 */
export type DomainErrorKind = "invalid-argument" | "not-found" | "conflict" | "unavailable";

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A request refused because one argument is wrong. */
export class InvalidArgument extends DomainError {
  readonly kind = "invalid-argument";
  constructor(
    message: string,
    /** The GraphQL argument (or query parameter) that is wrong. */
    readonly argument: string,
  ) {
    super(message);
  }
}

/** A request naming something (an id, a town, a theme) that does not exist. */
export class NotFound extends DomainError {
  readonly kind = "not-found";
}

/** A request that the current state of the data forbids (an opportunity already accepted cannot be declined). */
export class Conflict extends DomainError {
  readonly kind = "conflict";
}

/** A change the database could not finish now (busy, unreachable): nothing was written, retrying may succeed. */
export class Unavailable extends DomainError {
  readonly kind = "unavailable";
}
