/** Sign in with the access token an administrator issued (checked at once, with the reason when refused); who is signed in; sign out. */
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { dateLocale } from "../i18n/labels";
import { canEdit, signIn, signOut, useSession, type Session, type SignInProblem } from "../auth";

export function SignIn({ onChange }: { onChange: (s: Session | null) => void }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [open, setOpen] = useState(false);
  const [token, setToken] = useState("");
  const [problem, setProblem] = useState<{ problem: SignInProblem; detail?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  if (session) {
    const role = canEdit(session) ? "coordinator" : (session.roles[0] ?? "none");
    return (
      <div className="signin">
        <span>
          <span data-testid="signed-in">{t("auth.signedIn", { who: session.subject })}</span>{" "}
          <span className="muted">({t(`auth.roles.${role}`, { defaultValue: role })})</span>
        </span>
        <button
          type="button"
          onClick={() => {
            signOut();
            setToken("");
            onChange(null);
          }}
        >
          {t("auth.signOut")}
        </button>
      </div>
    );
  }
  const message = (p: { problem: SignInProblem; detail?: string }) =>
    p.problem === "expired"
      ? t("auth.expired", { date: new Date(p.detail ?? "").toLocaleString(dateLocale(i18n.language)) })
      : p.problem === "rejected"
        ? t("auth.rejected", { detail: p.detail ?? "" })
        : t(`auth.${p.problem}`);
  return (
    <div className="signin">
      {!open ? (
        <button type="button" ref={opener} onClick={() => setOpen(true)}>
          {t("auth.signIn")}
        </button>
      ) : (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            setBusy(true);
            const result = await signIn(token);
            setBusy(false);
            if ("session" in result) {
              setProblem(null);
              setOpen(false);
              onChange(result.session);
            } else {
              setProblem(result);
              input.current?.focus();
            }
          }}
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              setOpen(false);
              setProblem(null);
              requestAnimationFrame(() => opener.current?.focus());
            }
          }}
        >
          <label>
            {t("auth.token")}
            <input
              ref={input}
              type="password"
              autoComplete="off"
              value={token}
              onChange={(e) => setToken(e.target.value)}
              aria-describedby="token-help"
              aria-invalid={problem ? true : undefined}
            />
          </label>
          <span id="token-help" className={problem ? "field-error" : "muted"} role={problem ? "alert" : undefined}>
            {problem ? message(problem) : t("auth.tokenHelp")}
          </span>
          <button type="submit" disabled={busy || !token.trim()}>
            {t("auth.signIn")}
          </button>
          <button
            type="button"
            onClick={() => {
              setOpen(false);
              setProblem(null);
              requestAnimationFrame(() => opener.current?.focus());
            }}
          >
            {t("common.cancel")}
          </button>
        </form>
      )}
    </div>
  );
}
