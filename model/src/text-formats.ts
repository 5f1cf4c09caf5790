/**
 * Text formats shared by the API's exports (graph-api/src/domain/export/formats.ts)
 * and the explorer's (explorer/src/graph/export.ts): CSV cells and documents
 * (RFC 4180, UTF-8 with a byte-order mark) and XML escaping. Plain functions,
 * no Node or browser API, so both sides import the same code.
 */

export type Cell = string | number | boolean | null | undefined;

/** Byte-order mark: spreadsheets (Excel) then read the file as UTF-8. */
export const BOM = "\uFEFF";

/**
 * One CSV cell (RFC 4180): quoted when it holds the separator, a quote, a line
 * break or edge spaces, quotes doubled. A text that a spreadsheet would run as
 * a formula (=, +, -, @, tab, CR first) is prefixed with an apostrophe.
 */
export function csvCell(value: Cell, separator = ","): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/** A CSV document: header then rows, CRLF line ends, UTF-8 BOM first. */
export function toCsv(header: string[], rows: Cell[][], separator = ","): string {
  return (
    BOM + [header, ...rows].map((row) => row.map((c) => csvCell(c, separator)).join(separator)).join("\r\n") + "\r\n"
  );
}

/** Text or attribute value safe for XML 1.0: markup escaped, characters XML forbids dropped, line breaks and tabs kept as character references. */
export function xmlEscape(value: Cell): string {
  return String(value ?? "")
    .replace(
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      "",
    )
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

/** Whether a value is worth writing (GraphML data, GEXF attvalues leave out empty ones). */
export const present = (v: Cell): boolean => v !== null && v !== undefined && v !== "";
