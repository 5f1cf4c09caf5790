/** The header's account menu: who is signed in (name, email, role), the accounts page for admins, sign-out; or the way to the sign-in page. */
import { useEffect, useRef } from "react";
import { Link, useLocation } from "react-router";
import { useTranslation } from "react-i18next";
import { isAdmin, roleOf, signOut, useAuthState } from "../auth";

export function AccountMenu({ onChange }: { onChange: () => void }) {
  const { t } = useTranslation();
  const { session, known } = useAuthState();
  const location = useLocation();
  const menu = useRef<HTMLDetailsElement>(null);
  // The menu closes when the page changes (a link inside it was followed).
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [location.pathname]);

  if (!known) return <div className="signin" aria-busy="true" />;
  if (!session) {
    const here = `${location.pathname}${location.search}`;
    const back = location.pathname.startsWith("/sign-in") || location.pathname.startsWith("/password") ? "" : here;
    return (
      <div className="signin">
        <Link className="button-link" to={`/sign-in${back ? `?back=${encodeURIComponent(back)}` : ""}`}>
          {t("auth.signIn")}
        </Link>
      </div>
    );
  }
  const role = roleOf(session);
  return (
    <details className="signin account-menu" ref={menu}>
      <summary>
        <span data-testid="signed-in">{t("auth.signedIn", { who: session.name })}</span>{" "}
        <span className="muted">({t(`auth.roles.${role}`)})</span>
      </summary>
      <div className="account-menu-panel">
        <p>
          <strong>{session.name}</strong>
          {session.name !== session.email && (
            <>
              <br />
              <span className="muted">{session.email}</span>
            </>
          )}
          <br />
          {t("auth.roleIs", { role: t(`auth.roles.${role}`) })}
        </p>
        {role === "none" && <p className="muted">{t("auth.pending")}</p>}
        {isAdmin(session) && <Link to="/accounts">{t("accounts.title")}</Link>}
        <button
          type="button"
          onClick={async () => {
            await signOut();
            onChange();
          }}
        >
          {t("auth.signOut")}
        </button>
      </div>
    </details>
  );
}
