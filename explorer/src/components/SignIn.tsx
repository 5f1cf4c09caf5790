/** Sign in with the access token an administrator issued; sign out. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { currentSession, signIn, signOut, type Session } from "../auth";

export function SignIn({ onChange }: { onChange: (s: Session | null) => void }) {
  const { t } = useTranslation();
  const [session, setSession] = useState<Session | null>(currentSession());
  const [open, setOpen] = useState(false);
  const [token, setToken] = useState("");
  const [invalid, setInvalid] = useState(false);

  if (session) {
    return (
      <div className="signin">
        <span>{t("auth.signedIn", { who: session.subject })}</span>
        <button
          type="button"
          onClick={() => {
            signOut();
            setSession(null);
            onChange(null);
          }}
        >
          {t("auth.signOut")}
        </button>
      </div>
    );
  }
  return (
    <div className="signin">
      {!open ? (
        <button type="button" onClick={() => setOpen(true)}>
          {t("auth.signIn")}
        </button>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const s = signIn(token);
            setInvalid(!s);
            if (s) {
              setSession(s);
              setOpen(false);
              onChange(s);
            }
          }}
        >
          <label>
            {t("auth.token")}
            <input type="password" value={token} onChange={(e) => setToken(e.target.value)} aria-describedby="token-help" aria-invalid={invalid} />
          </label>
          <span id="token-help" className="muted">
            {invalid ? t("auth.invalid") : t("auth.tokenHelp")}
          </span>
          <button type="submit">{t("auth.signIn")}</button>
        </form>
      )}
    </div>
  );
}
