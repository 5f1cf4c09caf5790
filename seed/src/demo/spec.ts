/**
 * Builders for the demo's NodeSpecs and RelSpecs: every node and relationship
 * carries the ILLUSTRATIVE provenance; properties left undefined are dropped,
 * since the writer accepts only plain values.
 */
import {
  ILLUSTRATIVE,
  ref,
  type NodeLabel,
  type NodeRef,
  type NodeSpec,
  type PropValue,
  type Provenance,
  type RelSpec,
} from "@maillage/model";

export { REAL_INSTITUTION } from "@maillage/model";

export type LooseProps = Record<string, PropValue | undefined>;

function clean(props: LooseProps): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  for (const [k, v] of Object.entries(props)) if (v !== undefined) out[k] = v;
  return out;
}

export function node(label: NodeLabel, props: LooseProps, provenance: Provenance = ILLUSTRATIVE): NodeSpec {
  return { label, props: { ...clean(props), ...provenance } };
}

export function rel(
  type: string,
  from: NodeRef,
  to: NodeRef,
  props: LooseProps = {},
  identity?: readonly string[],
): RelSpec {
  const spec: RelSpec = { type, from, to, props: { ...clean(props), ...ILLUSTRATIVE } };
  if (identity) spec.identity = identity;
  return spec;
}

export const essRef = (id: string): NodeRef => ref("EssStructure", id);
export const bizRef = (id: string): NodeRef => ref("Business", id);
export const themeRef = (code: string): NodeRef => ref("Theme", code);
export const townRef = (inseeCode: string): NodeRef => ref("Town", inseeCode);
