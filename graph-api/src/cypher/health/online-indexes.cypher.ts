import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = { online: string[] };

/** Names of the constraints' and indexes' backing indexes that are ONLINE (/readyz compares them with the model's). */
export const onlineIndexes = cypher<Params, Row>(
  "online-indexes",
  /* cypher */ `
  SHOW INDEXES YIELD name, state WHERE state = 'ONLINE'
  RETURN collect(name) AS online`,
);
