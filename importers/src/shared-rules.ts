/**
 * What an import writes passes the rules the API applies to coordinators'
 * edits (model/src/validation): one table for both, so that a file cannot
 * write what a form or an API client would be refused (a name of invisible
 * characters, a text-direction override, a 200,000-character label). The
 * sources check their own columns first; this is the last check before the
 * writer, on the graph's field names, and a row that breaks a rule is
 * rejected with the API's English wording.
 */
import { describeIssue, validateFields } from "@maillage/model";
import type { OrganisationRecord } from "./model";
import type { LinkRecord } from "./write-links";

function problem(type: string, values: Record<string, unknown>): string | null {
  const issues = validateFields(type, values);
  return issues.length ? issues.map(describeIssue).join("; ") : null;
}

/** Why an organisation row may not be written, or null. */
export const organisationProblem = (record: OrganisationRecord): string | null => problem(record.label, record.fields);

/** Why a link row (need, offer, partnership, event) may not be written, or null. */
export function linkProblem(link: LinkRecord): string | null {
  switch (link.type) {
    case "need":
      return problem("ResourceNeed", link.props);
    case "offer":
      return problem("ResourceOffer", link.props);
    case "partnership":
      return problem("Partnership", link.props);
    case "event":
      return link.props ? problem("Event", link.props) : null;
    default: {
      const never: never = link;
      return never;
    }
  }
}
