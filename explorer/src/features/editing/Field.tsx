/**
 * A labelled form control with its hint and its error message right below it:
 * the control points at both (aria-describedby) and says when it is wrong
 * (aria-invalid), so that a screen reader reads the message with the field.
 */
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";

export interface ControlProps {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

export function Field({
  id,
  label,
  hint,
  error,
  required,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (props: ControlProps) => ReactElement;
}) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`field${error ? " invalid" : ""}`}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {children({
        id,
        ...(error ? { "aria-invalid": true } : {}),
        ...(described ? { "aria-describedby": described } : {}),
      })}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A select of codes (kinds, legal forms...), each worded by `label`. */
export function CodeSelect({
  control,
  value,
  codes,
  label,
  onChange,
}: {
  control: ControlProps;
  value: string;
  codes: readonly string[];
  label: (code: string) => string;
  onChange: (code: string) => void;
}) {
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
      {codes.map((code) => (
        <option key={code} value={code}>
          {label(code)}
        </option>
      ))}
    </select>
  );
}

/** The end of every editing form: the form-level problem, if any, then save and cancel. */
export function FormFooter({
  problem,
  saving,
  label,
  onCancel,
}: {
  problem: string | null;
  saving?: boolean;
  label: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t("editing.saving") : label}
        </button>
        <button type="button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </>
  );
}
