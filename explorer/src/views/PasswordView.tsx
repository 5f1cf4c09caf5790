/**
 * The page of a one-time link (#/password/<token>): whom it is for, then the
 * password to choose (twice), with the rules said before and each refusal
 * said in words; once set, the way to sign in. The token stays in the
 * address's fragment, which the browser never sends to a server.
 */
import { useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { useTranslation } from "react-i18next";

export const MIN_PASSWORD_LENGTH = 12;

type LinkState =
  | { kind: "loading" }
  | { kind: "ready"; email: string; name: string | null; purpose: "set-password" | "reset-password" }
  | { kind: "unusable"; reason: "expired" | "used" | "unreachable" }
  | { kind: "done"; email: string };

/** A refusal of the server, as a key of auth.passwordProblems. */
function problemOf(message: string): string {
  if (message.includes("expired")) return "expired";
  if (message.includes("already used") || message.includes("not valid")) return "used";
  if (message.includes("common")) return "common";
  if (message.includes("email")) return "containsEmail";
  if (message.includes("at least")) return "short";
  if (message.includes("at most")) return "long";
  return "failed";
}

interface Answer {
  email: string;
  name: string | null;
  purpose: "set-password" | "reset-password";
  errors?: { message?: string }[];
}

async function post(path: string, body: unknown): Promise<{ ok: boolean; body: Answer }> {
  const response = await fetch(path, {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { ok: response.ok, body: (await response.json().catch(() => ({}))) as Answer };
}

export default function PasswordView() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const [link, setLink] = useState<LinkState>({ kind: "loading" });
  const [password, setPassword] = useState("");
  const [again, setAgain] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = `${t("auth.choosePassword")} — ${t("app.title")}`;
  }, [t]);
  useEffect(() => {
    let current = true;
    post("/auth/password-link", { token }).then(
      ({ ok, body }) => {
        if (!current) return;
        if (ok) setLink({ kind: "ready", email: body.email, name: body.name, purpose: body.purpose });
        else
          setLink({
            kind: "unusable",
            reason: problemOf(body.errors?.[0]?.message ?? "") === "expired" ? "expired" : "used",
          });
      },
      () => current && setLink({ kind: "unusable", reason: "unreachable" }),
    );
    return () => {
      current = false;
    };
  }, [token]);

  return (
    <section className="auth-page" aria-labelledby="password-title">
      <h2 id="password-title">{t("auth.choosePassword")}</h2>
      {link.kind === "loading" && <p>{t("common.loading")}</p>}
      {link.kind === "unusable" && (
        <p role="alert" className="field-error">
          {t(`auth.passwordProblems.${link.reason}`)}
        </p>
      )}
      {link.kind === "done" && (
        <>
          <p role="status">{t("auth.passwordSet")}</p>
          <Link className="button-link primary" to={`/sign-in?email=${encodeURIComponent(link.email)}`}>
            {t("auth.signIn")}
          </Link>
        </>
      )}
      {link.kind === "ready" && (
        <form
          aria-labelledby="password-title"
          onSubmit={async (e) => {
            e.preventDefault();
            if ([...password].length < MIN_PASSWORD_LENGTH) return setProblem("short");
            if (password !== again) return setProblem("different");
            setBusy(true);
            try {
              const { ok, body } = await post("/auth/password", { token, password });
              if (ok) setLink({ kind: "done", email: link.email });
              else setProblem(problemOf(body.errors?.[0]?.message ?? ""));
            } catch {
              setProblem("unreachable");
            } finally {
              setBusy(false);
            }
          }}
        >
          <p>
            {t(link.purpose === "reset-password" ? "auth.forReset" : "auth.forAccount", {
              who: link.name ? `${link.name} (${link.email})` : link.email,
            })}
          </p>
          <input type="email" autoComplete="username" value={link.email} readOnly hidden />
          <label>
            {t("auth.newPassword")}
            <input
              type="password"
              autoComplete="new-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-describedby="password-rules"
              aria-invalid={problem && problem !== "different" ? true : undefined}
            />
          </label>
          <label>
            {t("auth.passwordAgain")}
            <input
              type="password"
              autoComplete="new-password"
              required
              value={again}
              onChange={(e) => setAgain(e.target.value)}
              aria-invalid={problem === "different" ? true : undefined}
            />
          </label>
          <p id="password-rules" className={problem ? "field-error" : "muted"} role={problem ? "alert" : undefined}>
            {problem
              ? t(`auth.passwordProblems.${problem}`, { min: MIN_PASSWORD_LENGTH })
              : t("auth.passwordRules", { min: MIN_PASSWORD_LENGTH })}
          </p>
          <button type="submit" className="primary" disabled={busy}>
            {t("auth.savePassword")}
          </button>
        </form>
      )}
    </section>
  );
}
