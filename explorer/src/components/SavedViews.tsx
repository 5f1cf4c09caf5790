/**
 * Saved views, for signed-in coordinators: save the view on screen under a
 * name (its address, `#/graph?town=…`, is what is kept), list the team's,
 * open one, copy its link, delete one's own. A link `#/views/<id>` opens a
 * saved view (after signing in).
 */
import { useEffect, useId, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation, useParams } from "react-router";
import { validateFields } from "@maillage/model";
import { canEdit, useSession } from "../auth";
import { dateLocale } from "../i18n/labels";
import { DELETE_SAVED_VIEW, SAVE_VIEW, SAVED_VIEW, SAVED_VIEWS } from "../routing/saved-views.queries";
import { RequestProblem } from "./RequestProblem";

/** The link that opens a saved view, to send to a colleague. */
export function savedViewLink(id: string): string {
  return `${window.location.origin}${window.location.pathname}#/views/${encodeURIComponent(id)}`;
}

export function SavedViewsMenu() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [nameIssue, setNameIssue] = useState<string | null>(null);
  // What was last done, said in the current language (it follows a change of language).
  const [done, setSaid] = useState<[string, Record<string, string>] | null>(null);
  const said = done ? t(done[0], done[1]) : "";
  const nameId = useId();
  const coordinator = canEdit(session);
  const list = useQuery(SAVED_VIEWS, { skip: !coordinator || !open });
  const [save, saving] = useMutation(SAVE_VIEW, { refetchQueries: [SAVED_VIEWS] });
  const [remove, removing] = useMutation(DELETE_SAVED_VIEW, { refetchQueries: [SAVED_VIEWS] });
  if (!coordinator) return null;

  // The address of the view on screen, as the explorer reads it: "#/graph?town=…".
  const url = `#${location.pathname}${location.search}`;
  const onSave = async () => {
    setSaid(null);
    const [issue] = validateFields("SavedView", { name: name.trim(), url });
    if (issue) {
      setNameIssue(t(`validation.${issue.code}`, issue.params ?? {}));
      return;
    }
    setNameIssue(null);
    const result = await save({ variables: { name: name.trim(), url } }).catch(() => null);
    if (result?.data) {
      setName("");
      setSaid(["savedViews.saved", { name: result.data.saveView.name }]);
    }
  };
  const copyLink = (id: string, viewName: string) =>
    navigator.clipboard.writeText(savedViewLink(id)).then(
      () => setSaid(["savedViews.copied", { name: viewName }]),
      () => setSaid(["savedViews.copyFailed", { link: savedViewLink(id) }]),
    );
  const when = (iso: string) =>
    new Date(iso).toLocaleDateString(dateLocale(i18n.language), { day: "numeric", month: "long", year: "numeric" });

  return (
    <details className="saved-views" open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t("savedViews.title")}</summary>
      <div className="saved-views-panel">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void onSave();
          }}
        >
          <label htmlFor={nameId}>{t("savedViews.name")}</label>
          <div className="saved-views-row">
            <input
              id={nameId}
              value={name}
              maxLength={200}
              placeholder={t("savedViews.namePlaceholder")}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={nameIssue ? true : undefined}
              aria-describedby={`${nameId}-help`}
            />
            <button type="submit" disabled={saving.loading}>
              {t("savedViews.save")}
            </button>
          </div>
          <span id={`${nameId}-help`} className={nameIssue ? "field-error" : "muted"}>
            {nameIssue ?? t("savedViews.help")}
          </span>
        </form>
        {saving.error && <RequestProblem error={saving.error} />}
        {removing.error && <RequestProblem error={removing.error} />}
        <p role="status" aria-live="polite" className="saved-views-status">
          {said}
        </p>
        <h2 className="saved-views-heading">{t("savedViews.team")}</h2>
        {list.error && <RequestProblem error={list.error} />}
        {list.loading && <p>{t("common.loading")}</p>}
        {list.data && list.data.savedViews.length === 0 && <p className="muted">{t("savedViews.none")}</p>}
        {list.data && list.data.savedViews.length > 0 && (
          <ul className="plain saved-views-list">
            {list.data.savedViews.map((v) => (
              <li key={v.id}>
                <Link to={v.url.replace(/^#/, "")} onClick={() => setOpen(false)}>
                  {v.name}
                </Link>
                <span className="muted">
                  {" "}
                  {t("savedViews.by", { who: v.mine ? t("savedViews.you") : v.createdBy, date: when(v.createdAt) })}
                </span>
                <span className="saved-views-actions">
                  <button
                    type="button"
                    className="link"
                    onClick={() => void copyLink(v.id, v.name)}
                    aria-label={t("savedViews.copyNamed", { name: v.name })}
                  >
                    {t("savedViews.copy")}
                  </button>
                  {v.mine && (
                    <button
                      type="button"
                      className="link"
                      disabled={removing.loading}
                      aria-label={t("savedViews.deleteNamed", { name: v.name })}
                      onClick={() => {
                        if (!window.confirm(t("savedViews.confirmDelete", { name: v.name }))) return;
                        void remove({ variables: { id: v.id } })
                          .then(() => setSaid(["savedViews.deleted", { name: v.name }]))
                          .catch(() => undefined);
                      }}
                    >
                      {t("savedViews.delete")}
                    </button>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}

/** `#/views/<id>`: opens the saved view (its own address), once a coordinator is signed in. */
export function OpenSavedView() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const coordinator = canEdit(useSession());
  const found = useQuery(SAVED_VIEW, { variables: { id }, skip: !coordinator });
  const view = found.data?.savedView;
  useEffect(() => {
    if (view) document.title = `${view.name} — ${t("app.title")}`;
  }, [view, t]);
  let body;
  if (!coordinator) body = <p>{t("savedViews.signInFirst")}</p>;
  else if (found.error) body = <RequestProblem error={found.error} />;
  else if (found.loading || found.data === undefined) body = <p>{t("common.loading")}</p>;
  else if (!view)
    body = (
      <p>
        {t("savedViews.gone")} <Link to="/graph">{t("savedViews.toNetwork")}</Link>
      </p>
    );
  else return <Navigate to={view.url.replace(/^#/, "")} replace />;
  return (
    <section className="panel saved-view-opening" aria-labelledby="saved-view-title">
      <h2 id="saved-view-title">{t("savedViews.opening")}</h2>
      {body}
    </section>
  );
}
