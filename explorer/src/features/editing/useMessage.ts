/** Words a field's message (a rule's code and its parameters) in the reader's language. */
import { useTranslation } from "react-i18next";
import type { FieldMessage } from "./organisation-fields";

export function useMessage(): (m: FieldMessage) => string {
  const { t } = useTranslation();
  return (m) => t(`validation.${m.code}`, m.params ?? {});
}
