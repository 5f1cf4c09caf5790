/**
 * A horizontal bar chart drawn in SVG by hand: a title, every value written at
 * the end of its bar, a legend when bars are stacked, a short text alternative
 * and a data-table toggle for screen readers and exact reading. A null value
 * ("not published") draws no bar and says so.
 */
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

export interface Series {
  name: string;
  color: string;
}

export interface BarRow {
  key: string;
  label: string;
  /** One value per series; null when not known. */
  values: (number | null)[];
}

export interface BarChartProps {
  title: string;
  series: Series[];
  rows: BarRow[];
  format: (value: number) => string;
  /** Scale end (e.g. 100 for percentages); the largest total otherwise. */
  max?: number;
  /** Header of the label column in the data table. */
  labelHeader: string;
  note?: string;
}

const WIDTH = 640;
const LABEL = 220;
const VALUE = 90;
const BAR = 20;
const GAP = 8;

const LINE = 15;

/** A label cut into lines at spaces (a word longer than a line is cut), so that no label is cut short. */
export function wrapLabel(text: string, max = 26): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let rest = word; rest.length > 0;) {
      const room = line ? max - line.length - 1 : max;
      if (rest.length <= room) {
        line = line ? `${line} ${rest}` : rest;
        rest = "";
      } else if (line) {
        lines.push(line);
        line = "";
      } else {
        lines.push(rest.slice(0, max));
        rest = rest.slice(max);
      }
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

export function BarChart({ title, series, rows, format, max, labelHeader, note }: BarChartProps) {
  const { t } = useTranslation();
  const id = useId();
  const [table, setTable] = useState(false);
  const total = (r: BarRow) =>
    r.values.every((v) => v === null) ? null : r.values.reduce<number>((s, v) => s + (v ?? 0), 0);
  const scale = max ?? Math.max(0, ...rows.map((r) => total(r) ?? 0));
  const span = WIDTH - LABEL - VALUE;
  const width = (v: number) => (scale > 0 ? (Math.max(0, v) / scale) * span : 0);
  // Each row is as tall as its label's lines (at least one bar).
  const lines = rows.map((r) => wrapLabel(r.label));
  const rowHeight = lines.map((l) => Math.max(BAR, l.length * LINE));
  const tops = rowHeight.map((_, i) => GAP + rowHeight.slice(0, i).reduce((sum, h) => sum + h + GAP, 0));
  const height = rowHeight.reduce((sum, h) => sum + h + GAP, GAP);
  const summary = rows
    .map((r) =>
      t("dashboard.summaryItem", {
        label: r.label,
        value: total(r) === null ? t("dashboard.notPublished") : format(total(r)!),
      }),
    )
    .join(" ; ");

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart-title">
        {title}
      </figcaption>
      {series.length > 1 && (
        <ul className="chart-legend" aria-label={t("dashboard.legend")}>
          {series.map((s) => (
            <li key={s.name}>
              <span className="swatch" style={{ background: s.color }} aria-hidden="true" /> {s.name}
            </li>
          ))}
        </ul>
      )}
      {rows.length === 0 ? (
        <p className="muted">{t("dashboard.noData")}</p>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          className="chart-svg"
        >
          <desc id={`${id}-desc`}>{summary}</desc>
          {rows.map((r, i) => {
            const top = tops[i];
            const y = top + (rowHeight[i] - BAR) / 2;
            const labelLines = lines[i];
            let x = LABEL;
            const sum = total(r);
            return (
              <g key={r.key}>
                <text textAnchor="end" className="chart-label">
                  {labelLines.map((text, k) => (
                    <tspan
                      key={k}
                      x={LABEL - 8}
                      y={top + rowHeight[i] / 2 + (k - (labelLines.length - 1) / 2) * LINE}
                      dominantBaseline="central"
                    >
                      {text}
                    </tspan>
                  ))}
                </text>
                {r.values.map((v, j) => {
                  if (v === null || v <= 0) return null;
                  const w = width(v);
                  const rect = (
                    <rect key={j} x={x} y={y} width={Math.max(w, 1)} height={BAR} fill={series[j]?.color ?? "#555"} />
                  );
                  x += w;
                  return rect;
                })}
                <line x1={LABEL} x2={LABEL} y1={top - GAP / 2} y2={top + rowHeight[i] + GAP / 2} stroke="#57606a" />
                <text x={x + 6} y={y + BAR / 2} dominantBaseline="central" className="chart-value">
                  {sum === null ? t("dashboard.notPublished") : format(sum)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      {note && <p className="chart-note muted">{note}</p>}
      {rows.length > 0 && (
        <>
          <button
            type="button"
            className="link"
            aria-expanded={table}
            aria-controls={`${id}-table`}
            onClick={() => setTable((v) => !v)}
          >
            {table ? t("dashboard.hideTable") : t("dashboard.showTable")}
          </button>
          <div id={`${id}-table`} hidden={!table}>
            <table className="data">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{labelHeader}</th>
                  {series.map((s) => (
                    <th key={s.name} scope="col">
                      {s.name}
                    </th>
                  ))}
                  {series.length > 1 && <th scope="col">{t("dashboard.total")}</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{r.label}</th>
                    {r.values.map((v, j) => (
                      <td key={j}>{v === null ? t("dashboard.notPublished") : format(v)}</td>
                    ))}
                    {series.length > 1 && (
                      <td>{total(r) === null ? t("dashboard.notPublished") : format(total(r)!)}</td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </figure>
  );
}
