/**
 * The sign-in page (#/sign-in): email and password, or the single sign-on
 * provider when the server has one. Each refusal says what to do; after
 * signing in, the page one came from (`?back=`), else the network view.
 */
import { useEffect, useRef, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { useApolloClient } from "@apollo/client/react";
import { signIn, useAuthState, type SignInProblem } from "../auth";

/** Only an address of this explorer (a path after the "#"), never another site. */
const safeBack = (back: string | null) => (back && back.startsWith("/") && !back.startsWith("//") ? back : "/graph");

export default function SignInView() {
  const { t } = useTranslation();
  const { session, ways } = useAuthState();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [email, setEmail] = useState(params.get("email") ?? "");
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<{ problem: SignInProblem; minutes?: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const sso = params.get("sso");

  useEffect(() => {
    document.title = `${t("auth.signIn")} — ${t("app.title")}`;
    // The email is filled in when coming from the password page: the password is what is left to type.
    (emailInput.current?.value ? passwordInput : emailInput).current?.focus();
  }, [t]);

  if (session)
    return (
      <section className="auth-page" aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">{t("auth.signIn")}</h2>
        <p>{t("auth.signedIn", { who: session.name })}</p>
        <Link to={safeBack(params.get("back"))}>{t("auth.continue")}</Link>
      </section>
    );

  const message = problem
    ? problem.problem === "tooMany"
      ? t("auth.problems.tooMany", { count: problem.minutes ?? 1 })
      : t(`auth.problems.${problem.problem}`)
    : null;
  return (
    <section className="auth-page" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t("auth.signIn")}</h2>
      {sso && (
        <p role="alert" className="field-error">
          {t(`auth.sso.${sso}`, { defaultValue: t("auth.sso.failed") })}
        </p>
      )}
      {ways.sso && (
        <p>
          <a className="button-link primary" href="/auth/sso/start">
            {t("auth.withProvider", { provider: ways.sso.name })}
          </a>
        </p>
      )}
      {ways.sso && <p className="muted">{t("auth.orPassword")}</p>}
      <form
        aria-labelledby="sign-in-title"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          const result = await signIn(email.trim(), password);
          setBusy(false);
          if ("session" in result) {
            await client.resetStore().catch(() => undefined);
            void navigate(safeBack(params.get("back")), { replace: true });
          } else {
            setProblem(result);
            setPassword("");
          }
        }}
      >
        <label>
          {t("auth.email")}
          <input
            ref={emailInput}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={problem?.problem === "wrong" ? true : undefined}
          />
        </label>
        <label>
          {t("auth.password")}
          <input
            ref={passwordInput}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={problem?.problem === "wrong" ? true : undefined}
            aria-describedby="sign-in-problem"
          />
        </label>
        <p id="sign-in-problem" className={message ? "field-error" : "muted"} role={message ? "alert" : undefined}>
          {message ?? t("auth.forgotten")}
        </p>
        <button type="submit" className="primary" disabled={busy || !email.trim() || !password}>
          {t("auth.signIn")}
        </button>
      </form>
    </section>
  );
}
