/** Buttons through the pages of a list: first, previous, "Page n of m", next, last. */
import { useTranslation } from "react-i18next";

export function Pager({
  page,
  pages,
  onChange,
  label,
}: {
  /** The page shown, from 0. */
  page: number;
  pages: number;
  onChange: (page: number) => void;
  /** What the navigation is called for screen readers. */
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" onClick={() => onChange(0)} disabled={page === 0} aria-label={t("directory.firstPage")}>
        «
      </button>
      <button
        type="button"
        onClick={() => onChange(page - 1)}
        disabled={page === 0}
        aria-label={t("directory.previousPage")}
      >
        ‹
      </button>
      <span>{t("directory.page", { page: page + 1, pages })}</span>
      <button
        type="button"
        onClick={() => onChange(page + 1)}
        disabled={page >= pages - 1}
        aria-label={t("directory.nextPage")}
      >
        ›
      </button>
      <button
        type="button"
        onClick={() => onChange(pages - 1)}
        disabled={page >= pages - 1}
        aria-label={t("directory.lastPage")}
      >
        »
      </button>
    </nav>
  );
}

/** The "name contains" search field of the directory and the map. */
export function NameSearch({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <form role="search" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t("directory.text")}
        <input
          type="search"
          value={value}
          placeholder={t("directory.textPlaceholder")}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
    </form>
  );
}
