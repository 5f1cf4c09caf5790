/**
 * The dataset version: a content hash of the public cooperation graph (every
 * node's public attributes and provenance, every relationship with its stable
 * id, years and provenance), in a canonical order. Two servers holding the
 * same graph give the same version; any change to a public fact gives another.
 * Metrics and communities are computed from this content by the algorithms of
 * DATASET_FORMAT, so they are covered by it as well.
 *
 * A pure function of the loaded graph: whoever caches the graph (keyed by a
 * write revision) caches the version with it.
 */
import { createHash } from "node:crypto";
import type { LoadedGraph } from "../metrics/service";

/** Raised when the files' layout or a metric's definition changes: the version then changes with it. */
export const DATASET_FORMAT = "maillage-dataset/2";

/** 16 hex digits of the SHA-256 of the canonical public graph. */
export function datasetVersion(graph: LoadedGraph): string {
  const hash = createHash("sha256").update(DATASET_FORMAT);
  const byId = <T extends { id: string }>(rows: readonly T[]) =>
    [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const n of byId(graph.nodes))
    hash.update(
      "\n" +
        JSON.stringify([
          n.id,
          n.type,
          n.name,
          n.inseeCode,
          n.legalForm,
          n.themes,
          n.foundedYear,
          n.latitude,
          n.longitude,
          n.source,
          n.sourceKind,
          n.sourceRef,
          n.from,
          n.to,
        ]),
    );
  for (const r of byId(graph.relationships))
    hash.update(
      "\n" +
        JSON.stringify([
          r.id,
          r.source,
          r.target,
          r.type,
          r.kind,
          r.start,
          r.end,
          r.source_,
          r.sourceKind,
          r.sourceRef,
        ]),
    );
  return hash.digest("hex").slice(0, 16);
}

/** A dataset version as the API and the snapshot folders spell it. */
export const isDatasetVersion = (text: string) => /^[0-9a-f]{16}$/.test(text);
