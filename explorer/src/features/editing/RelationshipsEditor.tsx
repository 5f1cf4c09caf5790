/**
 * An organisation's partnerships and network memberships: the list, and for
 * coordinators adding one (the other organisation found by name) and removing
 * one (after a confirmation).
 */
import { useId, useState, type FormEvent } from "react";
import { useApolloClient, useLazyQuery, useMutation } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { PARTNERSHIP_KINDS, validateFields } from "@maillage/model";
import { CodeSelect, Field, FormFooter } from "./Field";
import { refusalOf, type EditableType } from "./organisation-fields";
import { FIND_ORGANISATIONS, updateMutation, type EditableRecord } from "./operations";
import { refreshViews } from "./after-save";
import { useMessage } from "./useMessage";
import { plainTextPhrase } from "../../search-phrase";

/** What linkedOf reads of a partnership or a membership (memberships have no kind). */
interface Edge {
  properties: { kind?: string; since?: number | null };
  node: { id: string; name: string };
}
/** The relationship fields the edit query reads (each type has some of them). */
type Connections = Pick<
  EditableRecord,
  "essPartnersConnection" | "businessPartnersConnection" | "memberOfConnection" | "membersConnection"
>;

type Relation = "partnership" | "membership";
type Other = "EssStructure" | "Business" | "SupportProvider";
interface Linked {
  relation: Relation;
  other: Other;
  id: string;
  name: string;
  kind?: string;
  since?: number | null;
}

/**
 * Which field of `type` links it to an organisation of type `other`. Partnerships are read in both
 * directions (queryDirection: UNDIRECTED), so a disconnect from this side also removes one recorded
 * from the other side.
 */
function fieldFor(type: EditableType, relation: Relation, other: Other): string | null {
  if (relation === "partnership") {
    if (type === "EssStructure")
      return other === "EssStructure" ? "essPartners" : other === "Business" ? "businessPartners" : null;
    return type === "Business" && other === "EssStructure" ? "essPartners" : null;
  }
  if (type === "EssStructure" && other === "SupportProvider") return "memberOf";
  return type === "SupportProvider" && other === "EssStructure" ? "members" : null;
}

/** What the organisation is linked to, from the edit query. */
function linkedOf(type: EditableType, c: Connections): Linked[] {
  const of = (relation: Relation, other: Other, edges: Edge[] | undefined) =>
    (edges ?? []).map((e): Linked => ({
      relation,
      other,
      id: e.node.id,
      name: e.node.name,
      kind: e.properties.kind,
      since: e.properties.since,
    }));
  return [
    ...of("partnership", "EssStructure", c.essPartnersConnection?.edges),
    ...of("partnership", "Business", c.businessPartnersConnection?.edges),
    ...of("membership", "SupportProvider", c.memberOfConnection?.edges),
    ...of("membership", "EssStructure", type === "SupportProvider" ? c.membersConnection?.edges : undefined),
  ].sort((a, b) => a.name.localeCompare(b.name, "fr"));
}

function AddRelationship({
  type,
  id,
  onDone,
  onCancel,
}: {
  type: EditableType;
  id: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const client = useApolloClient();
  const prefix = useId();
  const relations: Relation[] =
    type === "Business" ? ["partnership"] : type === "SupportProvider" ? ["membership"] : ["partnership", "membership"];
  const [relation, setRelation] = useState<Relation>(relations[0]);
  const [kind, setKind] = useState("CO_PROJECT");
  const [since, setSince] = useState("");
  const [phrase, setPhrase] = useState("");
  const [chosen, setChosen] = useState<{ id: string; other: Other } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [find, found] = useLazyQuery(FIND_ORGANISATIONS);
  const [update] = useMutation(updateMutation(type));

  const candidates = found.data
    ? [
        ...found.data.searchEssStructures.edges.map((e) => ({
          ...e.node,
          other: "EssStructure" as Other,
          where: e.node.town[0]?.name,
        })),
        ...found.data.searchBusinesses.edges.map((e) => ({
          ...e.node,
          other: "Business" as Other,
          where: e.node.town[0]?.name,
        })),
        ...found.data.searchSupportProviders.edges.map((e) => ({
          ...e.node,
          other: "SupportProvider" as Other,
          where: undefined,
        })),
      ].filter((c) => c.id !== id && fieldFor(type, relation, c.other))
    : null;

  const search = () => {
    setChosen(null);
    if (phrase.trim()) void find({ variables: { phrase: plainTextPhrase(phrase) } });
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    const year = since.trim() === "" ? null : Number(since.trim());
    if (year !== null && !Number.isFinite(year)) problems.since = message({ code: "notANumber" });
    else
      for (const issue of validateFields(relation === "partnership" ? "Partnership" : "Membership", { since: year }))
        problems[issue.field] = message({ code: issue.code, params: issue.params });
    if (!chosen) problems.other = t("editing.relationships.chooseFirst");
    setErrors(problems);
    setProblem(null);
    if (Object.keys(problems).length > 0 || !chosen) return;
    const field = fieldFor(type, relation, chosen.other)!;
    const edge = { ...(relation === "partnership" ? { kind } : {}), ...(year !== null ? { since: year } : {}) };
    try {
      await update({
        variables: { id, update: { [field]: [{ connect: [{ where: { node: { id: { eq: chosen.id } } }, edge }] }] } },
      });
      await refreshViews(client);
      onDone();
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal.kind === "fields")
        setErrors(Object.fromEntries(Object.entries(refusal.messages).map(([f, m]) => [f, message(m!)])));
      else
        setProblem(
          refusal.kind === "other" ? t("common.error", { message: refusal.message }) : t(`editing.${refusal.kind}`),
        );
    }
  };

  return (
    <form
      className="edit-form compact"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t("editing.relationships.add")}
    >
      <Field id={`${prefix}-relation`} label={t("editing.relationships.relation")}>
        {(props) => (
          <select
            {...props}
            value={relation}
            onChange={(e) => {
              setRelation(e.target.value as Relation);
              setChosen(null);
            }}
            autoFocus
          >
            {relations.map((r) => (
              <option key={r} value={r}>
                {t(`editing.relationships.relations.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {relation === "partnership" && (
        <Field id={`${prefix}-kind`} label={t("editing.relationships.kind")}>
          {(props) => (
            <CodeSelect
              control={props}
              value={kind}
              codes={PARTNERSHIP_KINDS}
              label={(k) => t(`editing.partnershipKinds.${k}`)}
              onChange={setKind}
            />
          )}
        </Field>
      )}
      <Field
        id={`${prefix}-search`}
        label={t(`editing.relationships.search.${relation}`)}
        hint={t("editing.relationships.searchHint")}
        error={errors.other}
      >
        {(props) => (
          <div className="search-row">
            <input
              {...props}
              type="search"
              value={phrase}
              onChange={(e) => setPhrase(e.target.value)}
              onKeyDown={(e) => {
                // Enter searches instead of submitting the whole form.
                if (e.key === "Enter") {
                  e.preventDefault();
                  search();
                }
              }}
            />
            <button type="button" onClick={search}>
              {t("editing.relationships.find")}
            </button>
          </div>
        )}
      </Field>
      {candidates && (
        <fieldset className="candidates">
          <legend>{t("editing.relationships.results", { count: candidates.length })}</legend>
          {candidates.length === 0 && <p className="muted">{t("editing.relationships.noResult")}</p>}
          {candidates.map((c) => (
            <label key={c.id} className="check">
              <input
                type="radio"
                name={`${prefix}-other`}
                checked={chosen?.id === c.id}
                onChange={() => setChosen({ id: c.id, other: c.other })}
              />
              {c.name}{" "}
              <span className="muted">
                ({t(`types.${c.other}`)}
                {c.where ? `, ${c.where}` : ""})
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <Field id={`${prefix}-since`} label={t("editing.relationships.since")} error={errors.since}>
        {(props) => <input {...props} inputMode="numeric" value={since} onChange={(e) => setSince(e.target.value)} />}
      </Field>
      <FormFooter problem={problem} label={t("editing.add")} onCancel={onCancel} />
    </form>
  );
}

export function RelationshipsEditor({
  type,
  id,
  connections,
  editor,
}: {
  type: EditableType;
  id: string;
  connections: Connections;
  editor: boolean;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [update] = useMutation(updateMutation(type));
  const linked = linkedOf(type, connections);

  const remove = async (l: Linked) => {
    const field = fieldFor(type, l.relation, l.other)!;
    setProblem(null);
    try {
      await update({
        variables: { id, update: { [field]: [{ disconnect: [{ where: { node: { id: { eq: l.id } } } }] }] } },
      });
      await refreshViews(client);
      setConfirming(null);
    } catch (error) {
      const refusal = refusalOf(error);
      setProblem(
        refusal.kind === "other"
          ? t("common.error", { message: refusal.message })
          : refusal.kind === "fields"
            ? t("editing.fixFields", { count: 1 })
            : t(`editing.${refusal.kind}`),
      );
    }
  };

  return (
    <section className="relationships" aria-labelledby={headingId}>
      <h4 id={headingId}>{t("editing.relationships.title", { count: linked.length })}</h4>
      {linked.length === 0 && <p className="muted">{t("editing.relationships.none")}</p>}
      <ul className="plain">
        {linked.map((l) => {
          const key = `${l.relation}:${l.id}`;
          return (
            <li key={key}>
              {l.name}{" "}
              <span className="muted">
                ·{" "}
                {l.relation === "partnership"
                  ? t(`editing.partnershipKinds.${l.kind ?? "CO_PROJECT"}`)
                  : t("editing.relationships.relations.membership")}
                {l.since ? ` · ${t("editing.relationships.sinceYear", { year: l.since })}` : ""}
              </span>
              {editor &&
                (confirming === key ? (
                  <span
                    className="actions"
                    role="group"
                    aria-label={t("editing.relationships.confirmLabel", { name: l.name })}
                  >
                    <button type="button" className="danger" onClick={() => void remove(l)} autoFocus>
                      {t("editing.relationships.confirm")}
                    </button>
                    <button type="button" onClick={() => setConfirming(null)}>
                      {t("common.cancel")}
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="link remove"
                    onClick={() => setConfirming(key)}
                    aria-label={t("editing.relationships.removeOne", { name: l.name })}
                  >
                    {t("editing.relationships.remove")}
                  </button>
                ))}
            </li>
          );
        })}
      </ul>
      {problem && <p role="alert">{problem}</p>}
      {editor &&
        (adding ? (
          <AddRelationship type={type} id={id} onDone={() => setAdding(false)} onCancel={() => setAdding(false)} />
        ) : (
          <button type="button" onClick={() => setAdding(true)}>
            {t("editing.relationships.add")}
          </button>
        ))}
    </section>
  );
}
