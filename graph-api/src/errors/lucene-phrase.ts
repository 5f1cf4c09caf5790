import { Neo4jError } from "neo4j-driver";

/**
 * The full-text searches (`searchEssStructures(phrase)`…) take Lucene's query
 * syntax (`vélo~`, `épic*`, `"jardin partagé"`, `AND`): a phrase Lucene cannot
 * read fails in Neo4j's procedure, an empty one in @neo4j/graphql. Told as
 * bad input with what went wrong; null for any other error.
 */
export function fullTextPhraseError(error: unknown): string | null {
  if (error instanceof Error && !(error instanceof Neo4jError) && error.message === "Invalid phrase")
    return "The search phrase is empty: write at least one word";
  if (
    !(error instanceof Neo4jError) ||
    error.code !== "Neo.ClientError.Procedure.ProcedureCallFailed" ||
    !error.message.includes("db.index.fulltext.query")
  )
    return null;
  if (/TooManyClauses|maxClauseCount/.test(error.message)) {
    return "The search phrase has too many words: Lucene reads at most 1,024 terms (a word* counts as every word it stands for); search with fewer words";
  }
  const lucene =
    /(?:ParseException: Encountered "(.*?)" at line \d+, column (\d+)|TokenMgrError: Lexical error at line \d+, column \d+\.\s+Encountered: (<EOF>)?)/.exec(
      error.message,
    );
  if (!lucene) return null;
  const atEnd = (lucene[1] ?? lucene[3] ?? "").includes("<EOF>") || lucene[0].includes("TokenMgrError");
  const what = atEnd
    ? "The search phrase ends where Lucene expects more (a quote or bracket left open, an operator with nothing after it)"
    : `The search phrase is not valid full-text syntax at character ${Number(lucene[2]) + 1}`;
  return `${what}: write words, a "quoted phrase", word* or word~, AND / OR / NOT between words; put a backslash before + - & | ! ( ) { } [ ] ^ " ~ * ? : \\ / used as text`;
}
