import { useTranslation } from "react-i18next";
import { EDGE_COLOR, NODE_STYLE } from "../graph/palette";

const SHAPE_CLASS: Record<string, string> = {
  ellipse: "round",
  "round-rectangle": "square",
  diamond: "diamond",
  triangle: "triangle",
};

/** What colours and shapes mean: node types and relationship types (and the invented organisations' mark, when the view has some). */
export function Legend({ invented = false }: { invented?: boolean }) {
  const { t } = useTranslation();
  return (
    <details className="legend" open>
      <summary>{t("graph.legend")}</summary>
      <ul className="plain">
        {Object.entries(NODE_STYLE).map(([type, style]) => (
          <li key={type}>
            <span
              className={`swatch ${SHAPE_CLASS[style.shape] ?? "round"}`}
              style={{ background: style.color }}
              aria-hidden="true"
            />{" "}
            {t(`types.${type}`)}
          </li>
        ))}
        {invented && (
          <li>
            <span className="swatch round invented" aria-hidden="true" /> {t("graph.legendInvented")}
          </li>
        )}
      </ul>
      <ul className="plain">
        {Object.entries(EDGE_COLOR).map(([type, color]) => (
          <li key={type}>
            <span
              className={`line${type === "SUGGESTED" ? " dashed" : ""}`}
              style={{ borderColor: color }}
              aria-hidden="true"
            />{" "}
            {t(`edges.${type}`)}
          </li>
        ))}
      </ul>
    </details>
  );
}
