/** An organisation's needs and offers: the list, and for coordinators add, edit, close (kept for history) and reopen. */
import { useId, useState, type FormEvent } from "react";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { RESOURCE_KINDS, validateFields } from "@maillage/model";
import { CodeSelect, Field, FormFooter } from "./Field";
import { refusalOf, type EditableType, type FieldMessages } from "./organisation-fields";
import { UPDATE_NEED, UPDATE_OFFER, updateMutation } from "./operations";
import type { NeedFieldsFragment, OfferFieldsFragment } from "../../gql/graphql";
import { refreshViews } from "./after-save";
import { useMessage } from "./useMessage";

/** A need or an offer as the edit query gives it (fragments NeedFields and OfferFields). */
export type Resource = NeedFieldsFragment | OfferFieldsFragment;

/** How often a need recurs, or when an offer is available. */
const timingOf = (r: Resource) => ("frequency" in r ? r.frequency : r.availability);

type Side = "need" | "offer";
/** The free-text field of each side: how often a need recurs, when an offer is available. */
const TIMING: Record<Side, "frequency" | "availability"> = { need: "frequency", offer: "availability" };
const TYPE_OF: Record<Side, string> = { need: "ResourceNeed", offer: "ResourceOffer" };

interface Draft {
  title: string;
  kind: string;
  description: string;
  timing: string;
}

function ResourceForm({
  side,
  resource,
  onSubmit,
  onCancel,
}: {
  side: Side;
  resource: Resource | null;
  onSubmit: (values: Record<string, unknown>) => Promise<FieldMessages | string | null>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const prefix = useId();
  const timing = TIMING[side];
  const [draft, setDraft] = useState<Draft>({
    title: resource?.title ?? "",
    kind: resource?.kind ?? "PREMISES",
    description: resource?.description ?? "",
    timing: (resource && timingOf(resource)) ?? "",
  });
  const [messages, setMessages] = useState<FieldMessages>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const values = () => {
    const text = (v: string) => (v.trim() === "" ? null : v.trim());
    return {
      title: draft.title.trim(),
      kind: draft.kind,
      description: text(draft.description),
      [timing]: text(draft.timing),
    };
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: FieldMessages = {};
    for (const issue of validateFields(TYPE_OF[side], values()))
      found[issue.field] ??= { code: issue.code, params: issue.params };
    setMessages(found);
    setProblem(null);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => document.getElementById(`${prefix}-${Object.keys(found)[0]}`)?.focus());
      return;
    }
    setSaving(true);
    const refused = await onSubmit(values());
    setSaving(false);
    if (typeof refused === "string") setProblem(refused);
    else if (refused) setMessages(refused);
  };
  const error = (field: string) => (messages[field] ? message(messages[field]!) : undefined);
  const set = (field: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: e.target.value }));

  return (
    <form
      className="edit-form compact"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t(resource ? `editing.resources.edit.${side}` : `editing.resources.add.${side}`)}
    >
      <Field id={`${prefix}-title`} label={t("editing.resources.title")} error={error("title")} required>
        {(props) => <input {...props} value={draft.title} onChange={set("title")} autoFocus />}
      </Field>
      <Field id={`${prefix}-kind`} label={t("editing.resources.kind")}>
        {(props) => (
          <CodeSelect
            control={props}
            value={draft.kind}
            codes={RESOURCE_KINDS}
            label={(k) => t(`editing.resourceKinds.${k}`)}
            onChange={(kind) => setDraft((d) => ({ ...d, kind }))}
          />
        )}
      </Field>
      <Field id={`${prefix}-description`} label={t("editing.resources.description")} error={error("description")}>
        {(props) => <textarea {...props} rows={2} value={draft.description} onChange={set("description")} />}
      </Field>
      <Field
        id={`${prefix}-${timing}`}
        label={t(`editing.resources.${timing}`)}
        hint={t(`editing.resources.${timing}Hint`)}
        error={error(timing)}
      >
        {(props) => <input {...props} value={draft.timing} onChange={set("timing")} />}
      </Field>
      <FormFooter
        problem={problem}
        saving={saving}
        label={t(resource ? "editing.save" : "editing.add")}
        onCancel={onCancel}
      />
    </form>
  );
}

export function ResourcesEditor({
  type,
  id,
  side,
  resources,
  editor,
}: {
  type: EditableType;
  id: string;
  side: Side;
  resources: Resource[];
  editor: boolean;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [updateOrganisation] = useMutation(updateMutation(type));
  const [updateResource] = useMutation(side === "need" ? UPDATE_NEED : UPDATE_OFFER);
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const headingId = useId();

  /** Runs a write; null when it went through, else the messages for the form. */
  const write = async (work: () => Promise<unknown>): Promise<FieldMessages | string | null> => {
    try {
      await work();
      await refreshViews(client);
      setEditing(null);
      return null;
    } catch (error) {
      const refusal = refusalOf(error);
      return refusal.kind === "fields"
        ? refusal.messages
        : refusal.kind === "other"
          ? t("common.error", { message: refusal.message })
          : t(`editing.${refusal.kind}`);
    }
  };
  const setStatus = async (r: Resource, status: Resource["status"]) => {
    setProblem(null);
    const refused = await write(() => updateResource({ variables: { id: r.id, update: { status: { set: status } } } }));
    if (refused) setProblem(typeof refused === "string" ? refused : t("common.error", { message: "" }));
  };
  const sorted = [...resources].sort((a, b) =>
    a.status === b.status ? a.title.localeCompare(b.title, "fr") : a.status === "OPEN" ? -1 : 1,
  );
  const field = side === "need" ? "needs" : "offers";

  return (
    <section className="resources" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t(`editing.resources.${field}`, { count: resources.filter((r) => r.status === "OPEN").length })}
      </h4>
      {sorted.length === 0 && <p className="muted">{t(`editing.resources.none.${side}`)}</p>}
      <ul className="plain resource-list">
        {sorted.map((r) => (
          <li key={r.id} className={r.status === "CLOSED" ? "closed" : undefined}>
            {editing === r.id ? (
              <ResourceForm
                side={side}
                resource={r}
                onCancel={() => setEditing(null)}
                onSubmit={(values) =>
                  write(() =>
                    updateResource({
                      variables: {
                        id: r.id,
                        update: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { set: v }])),
                      },
                    }),
                  )
                }
              />
            ) : (
              <>
                <strong>{r.title}</strong> <span className="muted">· {t(`editing.resourceKinds.${r.kind}`)}</span>
                {r.status === "CLOSED" && <span className="badge">{t(`editing.resources.closed.${side}`)}</span>}
                {timingOf(r) && <span className="muted"> · {timingOf(r)}</span>}
                {r.description && <p className="resource-description">{r.description}</p>}
                {editor && (
                  <div className="actions">
                    <button
                      type="button"
                      onClick={() => setEditing(r.id)}
                      aria-label={t("editing.resources.editOne", { title: r.title })}
                    >
                      {t("editing.edit")}
                    </button>
                    {r.status === "OPEN" ? (
                      <button
                        type="button"
                        onClick={() => void setStatus(r, "CLOSED")}
                        aria-label={t(`editing.resources.closeOne.${side}`, { title: r.title })}
                      >
                        {t(`editing.resources.close.${side}`)}
                      </button>
                    ) : (
                      <button
                        type="button"
                        onClick={() => void setStatus(r, "OPEN")}
                        aria-label={t("editing.resources.reopenOne", { title: r.title })}
                      >
                        {t("editing.resources.reopen")}
                      </button>
                    )}
                  </div>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      {problem && <p role="alert">{problem}</p>}
      {editor &&
        (editing === "new" ? (
          <ResourceForm
            side={side}
            resource={null}
            onCancel={() => setEditing(null)}
            onSubmit={(values) =>
              write(() =>
                updateOrganisation({ variables: { id, update: { [field]: [{ create: [{ node: values }] }] } } }),
              )
            }
          />
        ) : (
          <button type="button" onClick={() => setEditing("new")}>
            {t(`editing.resources.add.${side}`)}
          </button>
        ))}
    </section>
  );
}
