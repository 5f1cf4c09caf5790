/**
 * The widget's styles, inside its shadow root: the host page's rules cannot
 * reach these elements and these rules cannot reach the host page. `.root`
 * resets every inherited property (`all: initial`), so that a host's font,
 * colour, line height or text alignment does not leak in either; only the
 * `--maillage-*` custom properties cross the boundary, by design (theming).
 */
import { css } from "lit";

export const styles = css`
  :host {
    display: block;
    contain: content;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    all: initial;
    display: block;
    box-sizing: border-box;
    --accent: var(--maillage-accent, #1b5e9c);
    --bg: var(--maillage-background, #ffffff);
    --fg: var(--maillage-text, #1f2328);
    --muted: var(--maillage-muted, #57606a);
    --line: var(--maillage-border, #d0d7de);
    --radius: var(--maillage-radius, 8px);
    font-family: var(--maillage-font, system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif);
    font-size: var(--maillage-font-size, medium);
    line-height: 1.45;
    color: var(--fg);
    background: var(--bg);
    border: 1px solid var(--line);
    border-radius: var(--radius);
    padding: 1em;
    text-align: start;
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: border-box;
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    margin: 0 0 0.25em;
    line-height: 1.25;
  }
  .name {
    font-size: 1.05em;
    font-weight: 700;
    margin: 0;
    line-height: 1.3;
  }
  .name:focus {
    outline: none;
  }
  .name:focus-visible {
    outline: 3px solid var(--accent);
  }
  p {
    margin: 0.2em 0;
  }
  a {
    color: var(--accent);
    text-decoration: underline;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--accent);
    outline-offset: 2px;
  }
  .muted {
    color: var(--muted);
    font-size: 0.9em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin: 0.75em 0;
  }
  .controls label {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    font-size: 0.9em;
    font-weight: 600;
    flex: 1 1 12em;
    min-width: 0;
  }
  .controls input,
  .controls select {
    width: 100%;
    min-width: 0;
  }
  input,
  select,
  button {
    font: inherit;
    font-weight: 400;
    color: var(--fg);
    background: var(--bg);
    border: 1px solid var(--muted);
    border-radius: 4px;
    padding: 0.35em 0.5em;
    min-height: 2.2em;
    max-width: 100%;
  }
  button {
    cursor: pointer;
    background: var(--accent);
    color: #fff;
    border-color: var(--accent);
    font-weight: 600;
  }
  .body {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    align-items: flex-start;
  }
  .entries {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
    flex: 999 1 20em;
  }
  .compact .entries {
    grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
    gap: 0.5em;
  }
  .entry {
    border: 1px solid var(--line);
    border-radius: var(--radius);
    padding: 0.75em;
    /* Entries below the fold are laid out and painted only when scrolled to: a fast first paint for long lists. */
    content-visibility: auto;
    contain-intrinsic-size: auto 9em;
  }
  .compact .entry {
    padding: 0.5em 0.6em;
    font-size: 0.95em;
  }
  .vitrine {
    border: 2px solid var(--accent);
  }
  .badge {
    display: inline-block;
    background: var(--accent);
    color: #fff;
    font-size: 0.8em;
    font-weight: 700;
    border-radius: 999px;
    padding: 0.05em 0.6em;
    margin-bottom: 0.3em;
  }
  .themes {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    padding: 0;
    margin: 0.4em 0 0;
  }
  .themes li {
    border: 1px solid var(--line);
    border-radius: 999px;
    padding: 0 0.55em;
    font-size: 0.85em;
  }
  .map {
    flex: 1 1 12em;
    max-width: 18em;
  }
  .map svg {
    width: 100%;
    height: auto;
    display: block;
  }
  .outline {
    fill: color-mix(in srgb, var(--accent) 8%, var(--bg));
    stroke: var(--fg);
    stroke-width: 1;
  }
  .point {
    fill: var(--accent);
    stroke: var(--bg);
    stroke-width: 1;
  }
  .point.main {
    stroke: var(--fg);
    stroke-width: 1.5;
  }
  .message {
    padding: 0.5em 0;
  }
  .report {
    font-size: 0.85em;
    margin-top: 0.4em;
  }
  .paging {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-top: 0.75em;
  }
  footer {
    margin-top: 0.75em;
  }
`;
