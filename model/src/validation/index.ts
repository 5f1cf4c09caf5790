export { luhnValid, sirenIssue, siretIssue, RNA_ID_PATTERN, type SirenIssue, type SiretIssue } from "./identifiers";
export {
  validateFields,
  describeIssue,
  insideFrance,
  ENTITY_RULES,
  ISSUE_CODES,
  STAFF_RANGE_CODES,
  IDENTIFIER_MAX,
  SAVED_VIEW_NAME_MAX,
  SAVED_VIEW_URL_MAX,
  type FieldIssue,
  type IssueCode,
  type IssueParams,
} from "./rules";
