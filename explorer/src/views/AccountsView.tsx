/**
 * The administrators' accounts page (#/accounts): every account with its
 * role and state; create one (its one-time link is shown to hand over, and
 * mailed when the server can), change a role, send a new link, sign someone
 * out everywhere, disable, enable or delete. The API checks again that the
 * caller is an admin (graph-api/src/http/accounts.ts).
 */
import { useCallback, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { authHeaders, isAdmin, useSession } from "../auth";
import { dateLocale } from "../i18n/labels";

interface Account {
  email: string;
  name: string | null;
  roles: string[];
  disabled: boolean;
  hasPassword: boolean;
  sso: boolean;
  createdAt: string;
  lastSignInAt: string | null;
  activeSessions: number;
}
interface LinkAnswer {
  url: string;
  expiresAt: string;
  mailed: boolean;
}

const ROLES = ["coordinator", "researcher", "admin"] as const;
/** The one role an account is shown with (an admin is a coordinator too). */
const roleOf = (a: Account) =>
  a.roles.includes("admin") ? "admin" : a.roles.includes("coordinator") ? "coordinator" : (a.roles[0] ?? "none");

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: "same-origin",
    headers: { "content-type": "application/json", ...authHeaders() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await response.json().catch(() => ({}))) as T & { errors?: { message: string }[] };
  if (!response.ok) throw new Error(answer.errors?.[0]?.message ?? String(response.status));
  return answer;
}
/** The roles an admin may give, as the options of a select. */
function RoleOptions() {
  const { t } = useTranslation();
  return ROLES.map((r) => (
    <option key={r} value={r}>
      {t(`auth.roles.${r}`)}
    </option>
  ));
}

const path = (email: string, more = "") => `/api/accounts/${encodeURIComponent(email)}${more}`;

export default function AccountsView() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** What was done last, as a message key and its values (said in the language shown, even after a switch). */
  const [status, setStatus] = useState<[string, Record<string, string>] | null>(null);
  const [link, setLink] = useState<(LinkAnswer & { email: string }) | null>(null);
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<string>("coordinator");
  const [confirming, setConfirming] = useState<string | null>(null);
  const formId = useId();
  const admin = isAdmin(session);
  const when = (iso: string) =>
    new Date(iso).toLocaleString(dateLocale(i18n.language), { dateStyle: "medium", timeStyle: "short" });

  const reload = useCallback(async () => {
    try {
      setAccounts((await call<{ accounts: Account[] }>("GET", "/api/accounts")).accounts);
    } catch (error) {
      setProblem((error as Error).message);
    }
  }, []);
  useEffect(() => {
    if (admin) void reload();
  }, [admin, reload]);

  if (!admin) return <p>{t("accounts.adminsOnly")}</p>;

  const act = async (work: () => Promise<unknown>, done: [string, Record<string, string>]) => {
    setProblem(null);
    setStatus(null);
    try {
      await work();
      setStatus(done);
      await reload();
    } catch (error) {
      setProblem(t("accounts.refused", { message: (error as Error).message }));
    }
  };

  return (
    <section className="accounts" aria-labelledby="accounts-title">
      <h2 id="accounts-title">{t("accounts.title")}</h2>
      <form
        className="accounts-new"
        aria-labelledby={`${formId}-title`}
        onSubmit={async (e) => {
          e.preventDefault();
          await act(async () => {
            const created = await call<{ account: Account; link: LinkAnswer }>("POST", "/api/accounts", {
              email,
              name: name.trim() || undefined,
              role,
            });
            setLink({ ...created.link, email: created.account.email });
            setEmail("");
            setName("");
          }, ["accounts.created", { email }]);
        }}
      >
        <h3 id={`${formId}-title`}>{t("accounts.new")}</h3>
        <label>
          {t("auth.email")}
          <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {t("accounts.name")}
          <input value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t("accounts.role")}
          <select value={role} onChange={(e) => setRole(e.target.value)}>
            <RoleOptions />
          </select>
        </label>
        <button type="submit" className="primary">
          {t("accounts.create")}
        </button>
      </form>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      <p role="status" className="muted">
        {status ? t(status[0], status[1]) : ""}
      </p>
      {link && (
        <div className="accounts-link" role="region" aria-label={t("accounts.linkFor", { email: link.email })}>
          <p>
            {t(link.mailed ? "accounts.linkMailed" : "accounts.linkHandOver", {
              email: link.email,
              date: when(link.expiresAt),
            })}
          </p>
          <input
            readOnly
            value={link.url}
            aria-label={t("accounts.linkFor", { email: link.email })}
            onFocus={(e) => e.target.select()}
          />
          <button type="button" onClick={() => void navigator.clipboard?.writeText(link.url)}>
            {t("accounts.copy")}
          </button>
        </div>
      )}
      {accounts === null ? (
        <p>{t("common.loading")}</p>
      ) : (
        <ul className="accounts-list">
          {accounts.map((a) => {
            const state = a.disabled
              ? t("accounts.state.disabled")
              : a.hasPassword || a.sso
                ? t("accounts.state.active")
                : t("accounts.state.waiting");
            return (
              <li key={a.email} aria-label={a.name ?? a.email}>
                <div className="account-who">
                  <strong>{a.name ?? a.email}</strong>
                  {a.name && <span className="muted"> {a.email}</span>}
                  <br />
                  <span className={a.disabled ? "field-error" : "muted"}>
                    {state}
                    {a.sso ? ` · ${t("accounts.sso")}` : ""}
                    {" · "}
                    {a.lastSignInAt
                      ? t("accounts.lastSignIn", { date: when(a.lastSignInAt) })
                      : t("accounts.neverSignedIn")}
                    {" · "}
                    {t("accounts.sessions", { count: a.activeSessions })}
                  </span>
                </div>
                <label>
                  <span className="visually-hidden">{t("accounts.roleOf", { who: a.email })}</span>
                  <select
                    value={roleOf(a)}
                    aria-label={t("accounts.roleOf", { who: a.email })}
                    onChange={(e) =>
                      void act(
                        () => call("PATCH", path(a.email), { role: e.target.value === "none" ? null : e.target.value }),
                        ["accounts.roleChanged", { email: a.email }],
                      )
                    }
                  >
                    {roleOf(a) === "none" && <option value="none">{t("auth.roles.none")}</option>}
                    <RoleOptions />
                  </select>
                </label>
                <div className="account-actions">
                  {!a.sso && !a.disabled && (
                    <button
                      type="button"
                      onClick={() =>
                        void act(async () => {
                          const { link: fresh } = await call<{ link: LinkAnswer }>("POST", path(a.email, "/link"));
                          setLink({ ...fresh, email: a.email });
                        }, ["accounts.linkMade", { email: a.email }])
                      }
                    >
                      {t("accounts.newLink")}
                    </button>
                  )}
                  {a.activeSessions > 0 && (
                    <button
                      type="button"
                      onClick={() =>
                        void act(
                          () => call("POST", path(a.email, "/end-sessions")),
                          ["accounts.signedOut", { email: a.email }],
                        )
                      }
                    >
                      {t("accounts.endSessions")}
                    </button>
                  )}
                  <button
                    type="button"
                    onClick={() =>
                      void act(
                        () => call("PATCH", path(a.email), { disabled: !a.disabled }),
                        [a.disabled ? "accounts.enabled" : "accounts.disabled", { email: a.email }],
                      )
                    }
                  >
                    {t(a.disabled ? "accounts.enable" : "accounts.disable")}
                  </button>
                  {confirming === a.email ? (
                    <>
                      <button
                        type="button"
                        className="danger"
                        onClick={() =>
                          void act(async () => {
                            await call("DELETE", path(a.email));
                            setConfirming(null);
                          }, ["accounts.deleted", { email: a.email }])
                        }
                      >
                        {t("accounts.confirmDelete", { email: a.email })}
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
                        {t("common.cancel")}
                      </button>
                    </>
                  ) : (
                    <button type="button" onClick={() => setConfirming(a.email)}>
                      {t("accounts.delete")}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
