import { locatedError } from "graphql";
import { Conflict, InvalidArgument, NotFound, Unavailable } from "../domain/errors";
import { UnknownTown } from "../domain/town-directory";
import { createFormatError } from "./format-error";
import { fromDomainError } from "./domain-errors";

describe("domain errors as clients see them", () => {
  const format = createFormatError({ exposeStack: false, log: () => undefined });
  /** What Apollo hands formatError for an error thrown by a resolver. */
  const thrownByResolver = (error: Error) => locatedError(error, undefined, ["field"]);
  const formatted = (error: Error) =>
    format({ message: error.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, thrownByResolver(error));

  it("answers a wrong argument with BAD_USER_INPUT naming the argument (400 on REST routes)", () => {
    expect(fromDomainError(new InvalidArgument("limit must be between 1 and 200 (got 0)", "limit"))).toEqual({
      code: "BAD_USER_INPUT",
      status: 400,
      message: "limit must be between 1 and 200 (got 0)",
      extensions: { argumentName: "limit" },
    });
    expect(formatted(new InvalidArgument("limit must be between 1 and 200 (got 0)", "limit"))).toEqual({
      message: "limit must be between 1 and 200 (got 0)",
      extensions: { code: "BAD_USER_INPUT", argumentName: "limit" },
    });
  });

  it("answers something missing with NOT_FOUND (404 on REST routes), subclasses included", () => {
    expect(fromDomainError(new UnknownTown("No town of the territory has INSEE code 75056"))).toMatchObject({
      code: "NOT_FOUND",
      status: 404,
    });
    expect(formatted(new NotFound('No node has id "x"'))).toEqual({
      message: 'No node has id "x"',
      extensions: { code: "NOT_FOUND" },
    });
  });

  it("answers a request the data's state refuses with BAD_USER_INPUT and no argument", () => {
    expect(formatted(new Conflict("This opportunity is already accepted; it cannot be marked declined"))).toEqual({
      message: "This opportunity is already accepted; it cannot be marked declined",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("answers a busy database with SERVICE_UNAVAILABLE (503)", () => {
    expect(fromDomainError(new Unavailable("busy"))).toEqual({
      code: "SERVICE_UNAVAILABLE",
      status: 503,
      message: "busy",
    });
  });

  it("leaves other errors to classify, which masks them", () => {
    expect(fromDomainError(new Error("boom"))).toBeNull();
    expect(formatted(new Error("boom"))).toEqual({
      message: "Internal server error",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });
});
