/**
 * Create or edit an organisation. The shared rules are checked before
 * sending (and again, live, once a save was tried); the API's refusals land
 * next to their fields too. Only what changed is sent (see
 * organisation-fields.ts for why this protects the registers' values).
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { themeLabel } from "../../i18n/labels";
import { TERRITORY } from "../../queries";
import { Field, FormFooter } from "./Field";
import {
  CREATABLE_TYPES,
  changesOf,
  createInput,
  emptyValues,
  FORM_FIELDS,
  hasChanges,
  refusalOf,
  updateInput,
  valuesOf,
  type EditableType,
  type FieldMessages,
  type FieldName,
  type FormValues,
} from "./organisation-fields";
import { LEGAL_FORMS, STAGES } from "@maillage/model";
import { createMutation, THEMES, updateMutation, type EditableRecord } from "./operations";
import { useMessage } from "./useMessage";
import { refreshViews } from "./after-save";

const TEXTAREAS: FieldName[] = ["description"];
const HINTS: Partial<Record<FieldName, string>> = {
  siret: "siret",
  rnaId: "rnaId",
  website: "website",
  latitude: "coordinates",
  postalCode: "postalCode",
};

export function OrganisationForm({
  type: initialType,
  record,
  onSaved,
  onCancel,
}: {
  /** The type of the organisation edited; when creating, the type first proposed. */
  type: EditableType;
  /** null: a new organisation. */
  record: EditableRecord | null;
  onSaved: (saved: { id: string; name: string }) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const message = useMessage();
  const prefix = useId();
  const [type, setType] = useState<EditableType>(initialType);
  const initial = useMemo(() => (record ? valuesOf(record) : null), [record]);
  const [values, setValues] = useState<FormValues>(initial ?? emptyValues());
  const [tried, setTried] = useState(false);
  const [serverMessages, setServerMessages] = useState<FieldMessages>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const towns = useQuery(TERRITORY).data?.territory.towns ?? [];
  const themes = useQuery(THEMES).data?.themes ?? [];
  const [update] = useMutation(updateMutation(type));
  const [create] = useMutation(createMutation(type));

  useEffect(() => {
    form.current?.querySelector<HTMLElement>("input, select, textarea")?.focus();
  }, []);

  const changes = changesOf(type, values, initial);
  const messages: FieldMessages = { ...(tried ? changes.messages : {}), ...serverMessages };
  const fieldId = (field: string) => `${prefix}-${field}`;
  const set = (field: keyof FormValues, value: string | string[]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setServerMessages(({ [field as FieldName]: _gone, ...rest }) => rest);
    setStatus(null);
  };
  const focusFirstInvalid = () =>
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setProblem(null);
    setServerMessages({});
    if (Object.keys(changes.messages).length > 0) {
      setProblem(t("editing.fixFields", { count: Object.keys(changes.messages).length }));
      focusFirstInvalid();
      return;
    }
    if (record && !hasChanges(changes)) {
      setStatus(t("editing.nothingChanged"));
      return;
    }
    setSaving(true);
    try {
      let saved: { id: string; name: string };
      if (record) {
        await update({ variables: { id: record.id, update: updateInput(changes) } });
        saved = { id: record.id, name: values.name.trim() };
      } else {
        const result = await create({ variables: { input: [createInput(changes)] } });
        saved = result.data!.created.organisations[0];
      }
      // Every view reads the organisation again: graph, directory, map, details.
      await refreshViews(client);
      onSaved(saved);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal.kind === "fields") {
        setServerMessages(refusal.messages);
        setProblem(t("editing.fixFields", { count: Object.keys(refusal.messages).length }));
        focusFirstInvalid();
      } else
        setProblem(
          refusal.kind === "other" ? t("common.error", { message: refusal.message }) : t(`editing.${refusal.kind}`),
        );
    } finally {
      setSaving(false);
    }
  };

  const control = (field: FieldName) => {
    const label = t(`editing.fields.${field}`);
    const error = messages[field] ? message(messages[field]!) : undefined;
    const hint = HINTS[field] ? t(`editing.hints.${HINTS[field]}`) : undefined;
    const common = { value: values[field], onChange: (e: { target: { value: string } }) => set(field, e.target.value) };
    return (
      <Field key={field} id={fieldId(field)} label={label} hint={hint} error={error} required={field === "name"}>
        {(props) =>
          field === "legalForm" || field === "stage" || field === "inseeCode" ? (
            <select {...props} {...common}>
              <option value="">{t("common.none")}</option>
              {(field === "legalForm" ? LEGAL_FORMS : field === "stage" ? STAGES : towns.map((x) => x.inseeCode)).map(
                (v) => (
                  <option key={v} value={v}>
                    {field === "legalForm"
                      ? t(`legalForms.${v}`)
                      : field === "stage"
                        ? t(`dashboard.stages.${v}`)
                        : towns.find((x) => x.inseeCode === v)?.name}
                  </option>
                ),
              )}
            </select>
          ) : TEXTAREAS.includes(field) ? (
            <textarea {...props} {...common} rows={4} />
          ) : (
            <input
              {...props}
              {...common}
              type={field === "website" ? "url" : "text"}
              inputMode={
                ["siret", "postalCode", "foundedYear"].includes(field)
                  ? "numeric"
                  : ["latitude", "longitude"].includes(field)
                    ? "decimal"
                    : undefined
              }
              autoComplete="off"
            />
          )
        }
      </Field>
    );
  };

  return (
    <form
      ref={form}
      className="edit-form"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
      noValidate
      aria-labelledby={`${prefix}-title`}
    >
      <h3 id={`${prefix}-title`}>{record ? t("editing.editTitle", { name: record.name }) : t("editing.newTitle")}</h3>
      <p className="hint">{t("editing.required")}</p>
      {!record && (
        <Field id={fieldId("type")} label={t("editing.fields.type")} required>
          {(props) => (
            <select {...props} value={type} onChange={(e) => setType(e.target.value as EditableType)}>
              {CREATABLE_TYPES.map((x) => (
                <option key={x} value={x}>
                  {t(`types.${x}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {FORM_FIELDS[type].map(control)}
      <fieldset className="themes">
        <legend>{t("editing.fields.themes")}</legend>
        {themes.map((theme) => (
          <label key={theme.code} className="check">
            <input
              type="checkbox"
              checked={values.themes.includes(theme.code)}
              onChange={(e) =>
                set(
                  "themes",
                  e.target.checked
                    ? [...values.themes, theme.code].sort()
                    : values.themes.filter((c) => c !== theme.code),
                )
              }
            />
            {themeLabel(theme, i18n.language)}
          </label>
        ))}
      </fieldset>
      {status && <p role="status">{status}</p>}
      <FormFooter
        problem={problem}
        saving={saving}
        label={record ? t("editing.save") : t("editing.create")}
        onCancel={onCancel}
      />
    </form>
  );
}
