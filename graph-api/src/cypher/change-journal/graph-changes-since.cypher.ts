import { cypher } from "../query";

export type Params = { since: number };
export type Change = {
  seq: number;
  nodes: string[];
  ends: string[];
  reach: boolean;
  shared: boolean;
  resources: boolean;
  all: boolean;
};
export type Row = {
  /** The last entry's number (0: none yet). */
  last: number;
  /** False when the entry right after `since` is no longer kept: the entries cannot account for every change. */
  continuous: boolean;
  changes: Change[];
};

/** The change journal's entries after `since`, in commit order (db/change-journal.ts). */
export const graphChangesSince = cypher<Params, Row>(
  "graph-changes-since",
  /* cypher */ `
  OPTIONAL MATCH (j:ChangeJournal {id: 'graph'})
  WITH coalesce(j.seq, 0) AS last
  RETURN last,
    last <= $since OR EXISTS { MATCH (g:GraphChange) WHERE g.seq = $since + 1 } AS continuous,
    COLLECT {
      MATCH (g:GraphChange) WHERE g.seq > $since
      RETURN g { .seq, .nodes, .ends, .reach, .shared, .resources, .all } ORDER BY g.seq
    } AS changes`,
);
