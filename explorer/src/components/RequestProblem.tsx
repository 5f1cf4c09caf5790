/**
 * A failed request, said in the interface's language: what happened, chosen
 * from the HTTP status or the API's error code, then the server's own words
 * (in English, marked as such) as a detail for whoever reports it.
 */
import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { useTranslation } from "react-i18next";

export type ProblemKind = "unreachable" | "busy" | "signedOut" | "forbidden" | "refused";

export function problemOf(error: unknown): { kind: ProblemKind; detail: string | null } {
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return { kind: "signedOut", detail: null };
    if (error.statusCode === 429 || error.statusCode === 503) return { kind: "busy", detail: null };
    return { kind: "refused", detail: error.message };
  }
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.code;
    if (code === "UNAUTHENTICATED") return { kind: "signedOut", detail: null };
    if (code === "FORBIDDEN") return { kind: "forbidden", detail: null };
    if (code === "SERVICE_UNAVAILABLE" || code === "RATE_LIMITED") return { kind: "busy", detail: null };
    return { kind: "refused", detail: error.errors[0]?.message ?? error.message };
  }
  return { kind: "unreachable", detail: null };
}

export function RequestProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { kind, detail } = problemOf(error);
  return (
    <p role="alert">
      {t(`problem.${kind}`)}
      {detail && (
        <>
          {" "}
          <span className="problem-detail">
            {t("problem.detail")} <span lang="en">{detail}</span>
          </span>
        </>
      )}
    </p>
  );
}
