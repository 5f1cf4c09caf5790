/** A parameterised Cypher query (read or write: the reader and the writer both run them) with the shapes of its parameters and rows. */
export interface CypherQuery<Params extends Record<string, unknown>, Row> {
  name: string;
  text: string;
  /** Phantom fields that carry the types; never set at run time. */
  readonly _params?: Params;
  readonly _row?: Row;
}

export function cypher<Params extends Record<string, unknown>, Row>(
  name: string,
  text: string,
): CypherQuery<Params, Row> {
  return { name, text };
}
