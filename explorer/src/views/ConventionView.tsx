/**
 * « Convention d'affaires »: the programme's Top 10 planned from the graph,
 * for coordinators. `#/convention` lists the conventions and creates one;
 * `#/convention/<id>` is one convention, in steps: participants (invited from
 * Maillage's suggestions), wishes and unavailabilities (or a CSV file), the
 * meeting grid (solved, pinned, forbidden), what the day needs (agendas to
 * print or add to a calendar, the table plan, the reception-desk list) and,
 * after the day, each meeting's outcome. `#/convention/<id>/agenda/<org>` is
 * a participant's agenda, printable on its own.
 */
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { useApolloClient, useLazyQuery, useMutation, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { canEdit, useSession } from "../auth";
import { RequestProblem, problemOf } from "../components/RequestProblem";
import { dateLocale } from "../i18n/labels";
import { SEARCH } from "../queries";
import { plainTextPhrase } from "../search-phrase";
import type { ConventionFieldsFragment, ConventionProposalsQuery, MeetingOutcome } from "../gql/graphql";
import {
  AGENDA_ICS,
  CONVENTION,
  CONVENTIONS,
  CREATE_CONVENTION,
  FORBID,
  IMPORT_CSV,
  INVITE,
  PIN,
  PROPOSALS,
  RECORD_OUTCOME,
  REMOVE_PARTICIPANT,
  SET_PARTICIPANT,
  SET_WISH,
  SOLVE,
} from "../features/convention/queries";
import { dayOf, fileName, gridRows, receptionList, solveInWords } from "../features/convention/grid";
import "../styles/print.css";
import "../styles/convention.css";

type Conv = ConventionFieldsFragment;
type Member = Conv["participants"][number]["organisation"];
const OUTCOMES: MeetingOutcome[] = ["FOLLOW_UP", "PARTNERSHIP", "PURCHASE", "NOTHING", "NOT_HELD"];

export default function ConventionView() {
  const { t } = useTranslation();
  const session = useSession();
  const path = (useParams()["*"] ?? "").split("/").filter(Boolean);
  if (!canEdit(session))
    return (
      <section className="panel convention">
        <h2>{t("convention.title")}</h2>
        <p>{t("convention.signIn")}</p>
      </section>
    );
  if (path[0] && path[1] === "agenda" && path[2]) return <AgendaPage id={path[0]} organisationId={path[2]} />;
  if (path[0]) return <ConventionPage id={path[0]} />;
  return <ConventionList />;
}

/** What went wrong, in the interface's words, with the server's sentence when it refused an input. */
function useProblem() {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const report = (e: unknown) => {
    const { kind, detail } = problemOf(e);
    setProblem(kind === "refused" && detail ? t("convention.refused", { detail }) : t(`problem.${kind}`));
  };
  return { problem, setProblem, report };
}

const today = () => new Date().toISOString().slice(0, 10);

function ConventionList() {
  const { t, i18n } = useTranslation();
  const list = useQuery(CONVENTIONS, { fetchPolicy: "cache-and-network" });
  const [create, creating] = useMutation(CREATE_CONVENTION);
  const { problem, setProblem, report } = useProblem();
  const [form, setForm] = useState({
    title: "",
    date: today(),
    place: "",
    startTime: "09:00",
    endTime: "12:30",
    slotMinutes: 20,
    breaks: "10:40-11:00",
    tables: 10,
    defaultMinMeetings: 0,
    defaultMaxMeetings: 6,
  });
  const [created, setCreated] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    try {
      const res = await create({
        variables: {
          input: {
            ...form,
            place: form.place || null,
            breaks: form.breaks
              .split(/[;,]/)
              .map((b) => b.trim())
              .filter(Boolean),
          },
        },
      });
      setCreated(res.data?.createConvention.id ?? null);
      void list.refetch();
    } catch (error) {
      report(error);
    }
  };
  const field = (key: keyof typeof form, type = "text", extra: Record<string, unknown> = {}) => (
    <label>
      {t(`convention.form.${key}`)}
      <input
        type={type}
        value={form[key]}
        required={key !== "place" && key !== "breaks"}
        onChange={(e) => setForm({ ...form, [key]: type === "number" ? Number(e.target.value) : e.target.value })}
        {...extra}
      />
    </label>
  );
  const day = (iso: string) =>
    new Date(`${iso}T12:00:00`).toLocaleDateString(dateLocale(i18n.language), {
      day: "numeric",
      month: "long",
      year: "numeric",
    });
  return (
    <section className="convention" aria-labelledby="convention-title">
      <h2 id="convention-title">{t("convention.title")}</h2>
      <p className="muted">{t("convention.intro")}</p>
      {list.error && <RequestProblem error={list.error} />}
      <div className="panel">
        <h3>{t("convention.list")}</h3>
        {list.data && list.data.conventions.length === 0 && <p>{t("convention.none")}</p>}
        <ul className="convention-list">
          {list.data?.conventions.map((c) => (
            <li key={c.id}>
              <Link to={`/convention/${c.id}`}>{c.title}</Link>{" "}
              <span className="muted">
                {[day(c.date), c.place].filter(Boolean).join(", ")} —{" "}
                {t("convention.counts", { participants: c.participants, meetings: c.meetings })}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <form className="panel convention-form" onSubmit={(e) => void submit(e)}>
        <h3>{t("convention.create")}</h3>
        <div className="form-grid">
          {field("title", "text", { placeholder: t("convention.form.titleExample") })}
          {field("date", "date")}
          {field("place")}
          {field("startTime", "time")}
          {field("endTime", "time")}
          {field("slotMinutes", "number", { min: 5, max: 240 })}
          {field("breaks", "text", { placeholder: "10:40-11:00", "aria-describedby": "breaks-help" })}
          {field("tables", "number", { min: 1, max: 200 })}
          {field("defaultMinMeetings", "number", { min: 0 })}
          {field("defaultMaxMeetings", "number", { min: 0 })}
        </div>
        <p id="breaks-help" className="muted">
          {t("convention.form.breaksHelp")}
        </p>
        <button type="submit" className="primary" disabled={creating.loading}>
          {t("convention.createButton")}
        </button>
        {problem && <p role="alert">{problem}</p>}
        {created && (
          <p role="status">
            {t("convention.created")} <Link to={`/convention/${created}`}>{t("convention.open")}</Link>
          </p>
        )}
      </form>
    </section>
  );
}

function ConventionPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(CONVENTION, { variables: { id }, fetchPolicy: "cache-and-network" });
  if (loading && !data) return <p role="status">{t("common.loading")}</p>;
  if (error && !data) return <RequestProblem error={error} />;
  if (!data) return null;
  const c = data.convention;
  const day = new Date(`${c.date}T12:00:00`).toLocaleDateString(dateLocale(i18n.language), {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  return (
    <section className="convention" aria-labelledby="convention-title">
      <p className="no-print">
        <Link to="/convention">{t("convention.back")}</Link>
      </p>
      <h2 id="convention-title">{c.title}</h2>
      <p className="muted">
        {t("convention.summary", {
          day,
          place: c.place ?? t("convention.noPlace"),
          start: c.startTime,
          end: c.endTime,
          slots: c.slots.length,
          minutes: c.slotMinutes,
          tables: c.tables,
        })}
      </p>
      <Participants c={c} />
      <Wishes c={c} />
      <Grid c={c} />
      <TheDay c={c} />
      <Outcomes c={c} />
    </section>
  );
}

const nameOf = (c: Conv, id: string) => c.participants.find((p) => p.organisation.id === id)?.organisation.name ?? id;

function MemberName({ m }: { m: Member }) {
  const { t } = useTranslation();
  return (
    <>
      <Link to={`/organisations/${encodeURIComponent(m.id)}`}>{m.name}</Link>
      {m.illustrative && <span className="muted"> ({t("common.inventedShort")})</span>}
    </>
  );
}

function Participants({ c }: { c: Conv }) {
  const { t, i18n } = useTranslation();
  const [perParticipant, setPer] = useState(5);
  const proposals = useQuery(PROPOSALS, {
    variables: { id: c.id, perParticipant, language: i18n.language === "en" ? "EN" : "FR" },
    skip: c.participants.length === 0,
  });
  const [invite, inviting] = useMutation(INVITE);
  const [remove] = useMutation(REMOVE_PARTICIPANT);
  const [setParticipant] = useMutation(SET_PARTICIPANT);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [typed, setTyped] = useState("");
  const [search, found] = useLazyQuery(SEARCH);
  const { problem, setProblem, report } = useProblem();
  const run = async (work: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await work();
      void proposals.refetch();
    } catch (e) {
      report(e);
    }
  };
  const byOrganisation = new Map<string, ConventionProposalsQuery["conventionProposals"]>();
  for (const p of proposals.data?.conventionProposals ?? [])
    byOrganisation.set(p.organisation.id, [...(byOrganisation.get(p.organisation.id) ?? []), p]);
  const structures = c.participants.filter((p) => p.organisation.kind === "EssStructure").length;
  return (
    <section className="panel no-print" aria-labelledby="conv-participants">
      <h3 id="conv-participants">{t("convention.participants.title", { count: c.participants.length })}</h3>
      <p className="muted">
        {t("convention.participants.kinds", { structures, businesses: c.participants.length - structures })}
      </p>
      <ul className="participant-list">
        {c.participants.map((p) => (
          <li key={p.organisation.id}>
            <span>
              <MemberName m={p.organisation} />{" "}
              <span className="muted">({t(`convention.kinds.${p.organisation.kind}`)})</span>
            </span>
            <label>
              {t("convention.participants.max")}
              <input
                type="number"
                min={0}
                max={c.slots.length}
                value={p.maxMeetings}
                onChange={(e) =>
                  void run(() =>
                    setParticipant({
                      variables: {
                        id: c.id,
                        organisationId: p.organisation.id,
                        maxMeetings: Number(e.target.value),
                        minMeetings: Math.min(p.minMeetings, Number(e.target.value)),
                      },
                    }),
                  )
                }
              />
            </label>
            <button
              type="button"
              onClick={() => void run(() => remove({ variables: { id: c.id, organisationId: p.organisation.id } }))}
            >
              {t("convention.participants.remove", { name: p.organisation.name })}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (typed.trim().length >= 2) void search({ variables: { phrase: plainTextPhrase(typed) } });
        }}
      >
        <label>
          {t("convention.participants.search")}
          <input type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </label>
        <button type="submit">{t("convention.participants.find")}</button>
      </form>
      {found.data && (
        <ul className="found-list" aria-label={t("convention.participants.found")}>
          {found.data.searchEssStructures.edges.length + found.data.searchBusinesses.edges.length === 0 && (
            <li>{t("convention.participants.nothingFound")}</li>
          )}
          {[
            ...found.data.searchEssStructures.edges.map((e) => ({ ...e.node, kind: "EssStructure" })),
            ...found.data.searchBusinesses.edges.map((e) => ({ ...e.node, kind: "Business" })),
          ].map((o) => (
            <li key={o.id}>
              {o.name} <span className="muted">({t(`convention.kinds.${o.kind}`)})</span>{" "}
              {c.participants.some((p) => p.organisation.id === o.id) ? (
                <span className="muted">{t("convention.participants.already")}</span>
              ) : (
                <button type="button" onClick={() => void run(() => invite({ variables: { id: c.id, ids: [o.id] } }))}>
                  {t("convention.participants.invite")}
                  <span className="visually-hidden"> {o.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}

      {c.participants.length > 0 && (
        <div className="proposals">
          <h4>{t("convention.proposals.title")}</h4>
          <p className="muted">{t("convention.proposals.intro")}</p>
          <label>
            {t("convention.proposals.per")}
            <select value={perParticipant} onChange={(e) => setPer(Number(e.target.value))}>
              {[3, 5, 10, 20].map((n) => (
                <option key={n}>{n}</option>
              ))}
            </select>
          </label>
          {proposals.loading && <p role="status">{t("common.loading")}</p>}
          {proposals.data && byOrganisation.size === 0 && <p>{t("convention.proposals.none")}</p>}
          <ul className="proposal-list">
            {[...byOrganisation.entries()].map(([orgId, list]) => (
              <li key={orgId}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={chosen.has(orgId)}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.target.checked) next.add(orgId);
                      else next.delete(orgId);
                      setChosen(next);
                    }}
                  />
                  {/* One run of text, so that the name and its notes wrap together on a narrow screen. */}
                  <span>
                    <strong>{list[0].organisation.name}</strong>
                    {list[0].organisation.illustrative && (
                      <span className="muted"> ({t("common.inventedShort")})</span>
                    )}{" "}
                    <span className="muted">({t(`convention.kinds.${list[0].organisation.kind}`)})</span>
                  </span>
                </label>
                <ul>
                  {list.map((p) => (
                    <li key={p.participant.id}>
                      {t("convention.proposals.for", { name: p.participant.name })}{" "}
                      {p.opportunity.explanation.slice(0, 3).join(" · ")}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {byOrganisation.size > 0 && (
            <button
              type="button"
              className="primary"
              disabled={chosen.size === 0 || inviting.loading}
              onClick={() =>
                void run(() => invite({ variables: { id: c.id, ids: [...chosen] } }).then(() => setChosen(new Set())))
              }
            >
              {t("convention.proposals.invite", { count: chosen.size })}
            </button>
          )}
        </div>
      )}
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}

function Wishes({ c }: { c: Conv }) {
  const { t } = useTranslation();
  const [setWish] = useMutation(SET_WISH);
  const [setParticipant] = useMutation(SET_PARTICIPANT);
  const [importCsv, importing] = useMutation(IMPORT_CSV);
  const [wish, setWishForm] = useState({ fromId: "", toId: "", weight: 2 });
  const [away, setAway] = useState({ organisationId: "", slots: new Set<number>() });
  const [csv, setCsv] = useState("");
  const [imported, setImported] = useState<{ wishes: number; unavailabilities: number } | null>(null);
  const [lineErrors, setLineErrors] = useState<{ line: number; code: string; value: string }[]>([]);
  const { problem, setProblem, report } = useProblem();
  const run = async (work: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await work();
    } catch (e) {
      report(e);
    }
  };
  const options = c.participants.map((p) => (
    <option key={p.organisation.id} value={p.organisation.id}>
      {p.organisation.name}
    </option>
  ));
  if (c.participants.length < 2) return null;
  return (
    <section className="panel no-print" aria-labelledby="conv-wishes">
      <h3 id="conv-wishes">{t("convention.wishes.title")}</h3>
      {c.wishes.length === 0 ? (
        <p>{t("convention.wishes.none")}</p>
      ) : (
        <ul>
          {c.wishes.map((w) => (
            <li key={`${w.fromId}-${w.toId}`}>
              {t("convention.wishes.line", {
                from: nameOf(c, w.fromId),
                to: nameOf(c, w.toId),
                weight: t(`convention.wishes.weights.${w.weight}`),
              })}{" "}
              <button
                type="button"
                onClick={() =>
                  void run(() => setWish({ variables: { id: c.id, fromId: w.fromId, toId: w.toId, weight: 0 } }))
                }
              >
                {t("convention.wishes.remove")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => setWish({ variables: { id: c.id, ...wish } }));
        }}
      >
        <label>
          {t("convention.wishes.from")}
          <select required value={wish.fromId} onChange={(e) => setWishForm({ ...wish, fromId: e.target.value })}>
            <option value="">{t("convention.choose")}</option>
            {options}
          </select>
        </label>
        <label>
          {t("convention.wishes.to")}
          <select required value={wish.toId} onChange={(e) => setWishForm({ ...wish, toId: e.target.value })}>
            <option value="">{t("convention.choose")}</option>
            {options}
          </select>
        </label>
        <label>
          {t("convention.wishes.weight")}
          <select value={wish.weight} onChange={(e) => setWishForm({ ...wish, weight: Number(e.target.value) })}>
            {[1, 2, 3].map((w) => (
              <option key={w} value={w}>
                {t(`convention.wishes.weights.${w}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t("convention.wishes.add")}</button>
      </form>

      <h4>{t("convention.away.title")}</h4>
      <ul>
        {c.participants
          .filter((p) => p.unavailableSlots.length > 0)
          .map((p) => (
            <li key={p.organisation.id}>
              {t("convention.away.line", {
                name: p.organisation.name,
                slots: p.unavailableSlots.map((s) => `${c.slots[s]?.start ?? s + 1}`).join(", "),
              })}
            </li>
          ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() =>
            setParticipant({
              variables: { id: c.id, organisationId: away.organisationId, unavailableSlots: [...away.slots] },
            }),
          );
        }}
      >
        <label>
          {t("convention.away.who")}
          <select
            required
            value={away.organisationId}
            onChange={(e) => {
              const p = c.participants.find((x) => x.organisation.id === e.target.value);
              setAway({ organisationId: e.target.value, slots: new Set(p?.unavailableSlots ?? []) });
            }}
          >
            <option value="">{t("convention.choose")}</option>
            {options}
          </select>
        </label>
        <fieldset className="slot-checks">
          <legend>{t("convention.away.slots")}</legend>
          {c.slots.map((s) => (
            <label key={s.index} className="check">
              <input
                type="checkbox"
                checked={away.slots.has(s.index)}
                onChange={(e) => {
                  const next = new Set(away.slots);
                  if (e.target.checked) next.add(s.index);
                  else next.delete(s.index);
                  setAway({ ...away, slots: next });
                }}
              />
              {s.start}
            </label>
          ))}
        </fieldset>
        <button type="submit">{t("convention.away.save")}</button>
      </form>

      <h4>{t("convention.csv.title")}</h4>
      <p className="muted">{t("convention.csv.help")}</p>
      <pre className="csv-example">{t("convention.csv.example")}</pre>
      <label>
        {t("convention.csv.file")}
        <input type="file" accept=".csv,text/csv" onChange={(e) => void e.target.files?.[0]?.text().then(setCsv)} />
      </label>
      <label className="block">
        {t("convention.csv.text")}
        <textarea rows={4} value={csv} onChange={(e) => setCsv(e.target.value)} />
      </label>
      <button
        type="button"
        disabled={!csv.trim() || importing.loading}
        onClick={() =>
          void run(async () => {
            setImported(null);
            const res = await importCsv({ variables: { id: c.id, csv } });
            const r = res.data!.importConventionCsv;
            setLineErrors(r.errors);
            if (r.errors.length === 0) setImported({ wishes: r.wishes, unavailabilities: r.unavailabilities });
          })
        }
      >
        {t("convention.csv.import")}
      </button>
      {imported && <p role="status">{t("convention.csv.done", imported)}</p>}
      {lineErrors.length > 0 && (
        <div role="alert">
          <p>{t("convention.csv.errors", { count: lineErrors.length })}</p>
          <ul>
            {lineErrors.map((e) => (
              <li key={`${e.line}-${e.code}-${e.value}`}>
                {t("convention.csv.line", {
                  line: e.line,
                  message: t(`convention.csv.problems.${e.code}`, { value: e.value, slots: c.slots.length }),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}

function Grid({ c }: { c: Conv }) {
  const { t, i18n } = useTranslation();
  const [solve, solving] = useMutation(SOLVE);
  const [pin] = useMutation(PIN);
  const [forbid] = useMutation(FORBID);
  const [weights, setWeights] = useState({ suggestionWeight: c.suggestionWeight, wishWeight: c.wishWeight });
  const [pinForm, setPinForm] = useState({ a: "", b: "", slot: 0 });
  const { problem, setProblem, report } = useProblem();
  const run = async (work: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await work();
    } catch (e) {
      report(e);
    }
  };
  const rows = gridRows(c.slots, c.meetings, c.tables);
  const words = solveInWords(c.solve, t, i18n.language);
  const options = c.participants.map((p) => (
    <option key={p.organisation.id} value={p.organisation.id}>
      {p.organisation.name}
    </option>
  ));
  return (
    <section className="panel" aria-labelledby="conv-grid">
      <h3 id="conv-grid">{t("convention.grid.title")}</h3>
      <p className="muted">{t("convention.grid.intro")}</p>
      <div className="inline-form no-print">
        <label>
          {t("convention.grid.suggestionWeight")}
          <input
            type="number"
            min={0}
            max={10}
            step={0.5}
            value={weights.suggestionWeight}
            onChange={(e) => setWeights({ ...weights, suggestionWeight: Number(e.target.value) })}
          />
        </label>
        <label>
          {t("convention.grid.wishWeight")}
          <input
            type="number"
            min={0}
            max={10}
            step={0.5}
            value={weights.wishWeight}
            onChange={(e) => setWeights({ ...weights, wishWeight: Number(e.target.value) })}
          />
        </label>
        <button
          type="button"
          className="primary"
          disabled={solving.loading || c.participants.length < 2}
          onClick={() => void run(() => solve({ variables: { id: c.id, ...weights } }))}
        >
          {solving.loading ? t("convention.grid.solving") : t("convention.grid.solve")}
        </button>
      </div>
      {words && (
        <p role="status" className="solve-status">
          {words}{" "}
          {c.solve &&
            (c.solve.seconds < 1
              ? t("convention.grid.sizeFast", { meetings: c.meetings.length })
              : t("convention.grid.size", {
                  meetings: c.meetings.length,
                  seconds: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(c.solve.seconds),
                }))}
        </p>
      )}
      {c.meetings.length > 0 && (
        <>
          {/* The title stays above the scrolling grid (a caption would scroll out of sight with it on a phone). */}
          <p className="grid-caption" id="meeting-grid-caption">
            {t("convention.grid.caption", { title: c.title })}
          </p>
          <div className="grid-scroll" tabIndex={0} role="region" aria-label={t("convention.grid.tableLabel")}>
            <table className="meeting-grid" aria-labelledby="meeting-grid-caption">
              <thead>
                <tr>
                  <th scope="col">{t("convention.grid.slot")}</th>
                  {Array.from({ length: c.tables }, (_, i) => (
                    <th scope="col" key={i}>
                      {t("convention.grid.table", { table: i + 1 })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(({ slot, cells }) => (
                  <tr key={slot.index}>
                    <th scope="row">
                      {slot.start}–{slot.end}
                    </th>
                    {cells.map((m, i) => (
                      <td key={i} className={m?.pinned ? "pinned" : undefined}>
                        {m && (
                          <>
                            <span className="pair">
                              {m.members[0].name} — {m.members[1].name}
                            </span>
                            {m.pinned && <span className="badge">{t("convention.grid.pinned")}</span>}
                            <span className="cell-actions no-print">
                              <button
                                type="button"
                                onClick={() =>
                                  void run(() =>
                                    pin({
                                      variables: {
                                        id: c.id,
                                        a: m.members[0].id,
                                        b: m.members[1].id,
                                        slot: m.pinned ? null : m.slot,
                                      },
                                    }),
                                  )
                                }
                              >
                                {m.pinned ? t("convention.grid.unpin") : t("convention.grid.pin")}
                                <span className="visually-hidden">
                                  {" "}
                                  {m.members[0].name} — {m.members[1].name}
                                </span>
                              </button>
                              <button
                                type="button"
                                onClick={() =>
                                  void run(() =>
                                    forbid({
                                      variables: { id: c.id, a: m.members[0].id, b: m.members[1].id, forbidden: true },
                                    }),
                                  )
                                }
                              >
                                {t("convention.grid.forbid")}
                                <span className="visually-hidden">
                                  {" "}
                                  {m.members[0].name} — {m.members[1].name}
                                </span>
                              </button>
                            </span>
                          </>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <form
        className="inline-form no-print"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => pin({ variables: { id: c.id, ...pinForm } }));
        }}
      >
        <h4>{t("convention.grid.pinTitle")}</h4>
        <label>
          {t("convention.grid.pinA")}
          <select required value={pinForm.a} onChange={(e) => setPinForm({ ...pinForm, a: e.target.value })}>
            <option value="">{t("convention.choose")}</option>
            {options}
          </select>
        </label>
        <label>
          {t("convention.grid.pinB")}
          <select required value={pinForm.b} onChange={(e) => setPinForm({ ...pinForm, b: e.target.value })}>
            <option value="">{t("convention.choose")}</option>
            {options}
          </select>
        </label>
        <label>
          {t("convention.grid.slot")}
          <select value={pinForm.slot} onChange={(e) => setPinForm({ ...pinForm, slot: Number(e.target.value) })}>
            {c.slots.map((s) => (
              <option key={s.index} value={s.index}>
                {s.start}–{s.end}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t("convention.grid.pinButton")}</button>
      </form>
      {c.forbiddenPairs.length > 0 && (
        <>
          <h4>{t("convention.grid.forbiddenTitle")}</h4>
          <ul>
            {c.forbiddenPairs.map(([a, b]) => (
              <li key={`${a}+${b}`}>
                {nameOf(c, a)} — {nameOf(c, b)}{" "}
                <button
                  type="button"
                  onClick={() => void run(() => forbid({ variables: { id: c.id, a, b, forbidden: false } }))}
                >
                  {t("convention.grid.allow")}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}

function TheDay({ c }: { c: Conv }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [who, setWho] = useState("");
  const [language, setLanguage] = useState<"fr" | "en">(i18n.language === "en" ? "en" : "fr");
  const { problem, setProblem, report } = useProblem();
  const desk = receptionList(c.participants, c.slots, c.meetings, i18n.language);
  const downloadIcs = async () => {
    setProblem(null);
    try {
      const res = await client.query({
        query: AGENDA_ICS,
        variables: { id: c.id, organisationId: who, language: language === "en" ? "EN" : "FR" },
        fetchPolicy: "network-only",
      });
      const blob = new Blob([res.data!.conventionAgendaIcs], { type: "text/calendar;charset=utf-8" });
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = fileName(`${c.title} ${nameOf(c, who)}`, "ics");
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (e) {
      report(e);
    }
  };
  if (c.meetings.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="conv-day">
      <h3 id="conv-day">{t("convention.day.title")}</h3>
      <div className="inline-form">
        <label>
          {t("convention.day.who")}
          <select value={who} onChange={(e) => setWho(e.target.value)}>
            <option value="">{t("convention.choose")}</option>
            {c.participants.map((p) => (
              <option key={p.organisation.id} value={p.organisation.id}>
                {p.organisation.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("convention.day.language")}
          <select value={language} onChange={(e) => setLanguage(e.target.value as "fr" | "en")}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
        {who && (
          <>
            <Link className="button" to={`/convention/${c.id}/agenda/${encodeURIComponent(who)}?lang=${language}`}>
              {t("convention.day.print")}
            </Link>
            <button type="button" onClick={() => void downloadIcs()}>
              {t("convention.day.ics")}
            </button>
          </>
        )}
      </div>
      <details>
        <summary>{t("convention.day.desk")}</summary>
        <button type="button" className="no-print" onClick={() => window.print()}>
          {t("convention.day.printDesk")}
        </button>
        <div className="grid-scroll" tabIndex={0} role="region" aria-label={t("convention.day.desk")}>
          <table className="desk">
            <thead>
              <tr>
                <th scope="col">{t("convention.day.organisation")}</th>
                <th scope="col">{t("convention.day.attendee")}</th>
                <th scope="col">{t("convention.day.meetings")}</th>
                <th scope="col">{t("convention.day.first")}</th>
                <th scope="col">{t("convention.day.arrived")}</th>
              </tr>
            </thead>
            <tbody>
              {desk.map((p) => (
                <tr key={p.organisation.id}>
                  <th scope="row">{p.organisation.name}</th>
                  <td>{p.attendee ?? "—"}</td>
                  <td>{p.meetings}</td>
                  <td>
                    {p.firstSlot ? `${p.firstSlot.start} (${t("convention.grid.slot")} ${p.firstSlot.index + 1})` : "—"}
                  </td>
                  <td aria-label={t("convention.day.arrived")}>☐</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}

function Outcomes({ c }: { c: Conv }) {
  const { t } = useTranslation();
  const [record] = useMutation(RECORD_OUTCOME);
  const [chosen, setChosen] = useState<Record<string, { outcome: MeetingOutcome | ""; note: string }>>({});
  const [done, setDone] = useState<string | null>(null);
  const { problem, setProblem, report } = useProblem();
  if (c.meetings.length === 0) return null;
  const save = async (meetingId: string, names: string) => {
    const choice = chosen[meetingId];
    if (!choice?.outcome) return;
    setProblem(null);
    try {
      const res = await record({
        variables: { id: c.id, meetingId, outcome: choice.outcome, note: choice.note || null },
      });
      const status = res.data?.recordConventionMeetingOutcome.opportunityStatus;
      setDone(
        t("convention.outcomes.recorded", {
          names,
          outcome: t(`convention.outcomes.kinds.${choice.outcome}`),
        }) + (status ? ` ${t(`convention.outcomes.opportunity.${status}`)}` : ""),
      );
    } catch (e) {
      report(e);
    }
  };
  return (
    <section className="panel no-print" aria-labelledby="conv-outcomes">
      <h3 id="conv-outcomes">{t("convention.outcomes.title")}</h3>
      <p className="muted">{t("convention.outcomes.intro")}</p>
      {done && <p role="status">{done}</p>}
      <ul className="outcome-list">
        {c.meetings.map((m) => {
          const names = `${m.members[0].name} — ${m.members[1].name}`;
          const slot = c.slots[m.slot];
          return (
            <li key={m.id}>
              <p>
                <strong>{names}</strong>{" "}
                <span className="muted">
                  {slot?.start}, {t("convention.grid.table", { table: m.table })}
                </span>
              </p>
              {m.outcome ? (
                <p>
                  {t(`convention.outcomes.kinds.${m.outcome}`)}
                  {m.outcomeNote && <> — « {m.outcomeNote} »</>}
                </p>
              ) : (
                <div className="inline-form">
                  <label>
                    {t("convention.outcomes.what", { names })}
                    <select
                      value={chosen[m.id]?.outcome ?? ""}
                      onChange={(e) =>
                        setChosen({
                          ...chosen,
                          [m.id]: { note: chosen[m.id]?.note ?? "", outcome: e.target.value as MeetingOutcome },
                        })
                      }
                    >
                      <option value="">{t("convention.choose")}</option>
                      {OUTCOMES.map((o) => (
                        <option key={o} value={o}>
                          {t(`convention.outcomes.kinds.${o}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label>
                    {t("convention.outcomes.note")}
                    <input
                      value={chosen[m.id]?.note ?? ""}
                      onChange={(e) =>
                        setChosen({
                          ...chosen,
                          [m.id]: { outcome: chosen[m.id]?.outcome ?? "", note: e.target.value },
                        })
                      }
                    />
                  </label>
                  <button type="button" disabled={!chosen[m.id]?.outcome} onClick={() => void save(m.id, names)}>
                    {t("convention.outcomes.save")}
                    <span className="visually-hidden"> {names}</span>
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}

/** A participant's agenda on its own page: prints on A4 without the explorer around it. */
function AgendaPage({ id, organisationId }: { id: string; organisationId: string }) {
  const { t: tUi, i18n } = useTranslation();
  const language = new URLSearchParams(window.location.hash.split("?")[1] ?? "").get("lang") === "en" ? "en" : "fr";
  const t = i18n.getFixedT(language);
  const { data, error } = useQuery(CONVENTION, { variables: { id } });
  if (error) return <RequestProblem error={error} />;
  if (!data) return <p role="status">{tUi("common.loading")}</p>;
  const c = data.convention;
  const me = c.participants.find((p) => p.organisation.id === organisationId);
  if (!me) return <p>{tUi("convention.agenda.notParticipant")}</p>;
  const lines = dayOf(c.slots, c.meetings, organisationId);
  const day = new Date(`${c.date}T12:00:00`).toLocaleDateString(dateLocale(language), {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  return (
    <article className="agenda" lang={language}>
      <p className="no-print">
        <Link to={`/convention/${c.id}`}>{tUi("convention.back")}</Link>{" "}
        <button type="button" onClick={() => window.print()}>
          {tUi("convention.agenda.print")}
        </button>
      </p>
      <h2>{t("convention.agenda.title", { name: me.organisation.name })}</h2>
      <p>
        {c.title} — {day}
        {c.place ? `, ${c.place}` : ""}
      </p>
      {me.attendee && <p>{t("convention.agenda.attendee", { name: me.attendee })}</p>}
      <table className="agenda-table">
        <thead>
          <tr>
            <th scope="col">{t("convention.agenda.time")}</th>
            <th scope="col">{t("convention.agenda.with")}</th>
            <th scope="col">{t("convention.agenda.table")}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map(({ slot, meeting, other }) => (
            <tr key={slot.index} className={meeting ? undefined : "free"}>
              <th scope="row">
                {slot.start}–{slot.end}
              </th>
              <td>{other ? other.name : t("convention.agenda.free")}</td>
              <td>{meeting ? meeting.table : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t("convention.agenda.footer", { count: lines.filter((l) => l.meeting).length })}</p>
    </article>
  );
}
