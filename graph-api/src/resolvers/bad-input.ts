import { InvalidArgument } from "../domain/invalid-argument";
import { BadUserInputError } from "../errors";

/** The error a client receives for a domain error: a wrong argument becomes BAD_USER_INPUT naming it; others pass. */
export function asBadUserInput(error: unknown): unknown {
  return error instanceof InvalidArgument ? new BadUserInputError(error.message, error.argument) : error;
}

/** Runs a domain call, mapping a wrong argument to BAD_USER_INPUT. */
export async function badInput<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asBadUserInput(error);
  }
}

/** The same, for a synchronous domain call. */
export function badInputSync<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw asBadUserInput(error);
  }
}
