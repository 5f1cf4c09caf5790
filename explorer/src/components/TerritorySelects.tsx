/**
 * The town and theme filters the network, directory and map views share: a
 * labelled select whose first option ("" value) means no filter.
 */
import { useTranslation } from "react-i18next";
import { themeLabel } from "../i18n/labels";

interface FilterProps<T> {
  label: string;
  /** The no-filter option ("Toutes les communes"). */
  anyLabel: string;
  value: string;
  onChange: (value: string) => void;
  items: readonly T[];
}

function FilterSelect(props: Omit<FilterProps<never>, "items"> & { options: { value: string; label: string }[] }) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.anyLabel}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function TownSelect({ items, ...props }: FilterProps<{ inseeCode: string; name: string }>) {
  return <FilterSelect {...props} options={items.map((town) => ({ value: town.inseeCode, label: town.name }))} />;
}

export function ThemeSelect({ items, ...props }: FilterProps<{ code: string; labelFr: string; labelEn: string }>) {
  const { i18n } = useTranslation();
  return (
    <FilterSelect
      {...props}
      options={items.map((theme) => ({ value: theme.code, label: themeLabel(theme, i18n.language) }))}
    />
  );
}
