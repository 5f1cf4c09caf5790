/**
 * The fcose layout, computed on a headless Cytoscape instance of the nodes
 * and links only, then applied to the drawing instance in one batch.
 *
 * - A first layout: fcose from random positions (the spectral draft only
 *   above 1,500 nodes, without a style: fcose then skips measuring thousands
 *   of bounding boxes).
 * - Nodes added to a view (neighbours expanded, an organisation created):
 *   those on screen stay where the coordinator sees them (fcose's fixed-node
 *   constraints), the new ones start beside their neighbour on screen.
 *
 * Measured in Chromium on 5,000 nodes and 15,000 links: computing takes
 * 1.8 s here against 2.8 s on the drawing instance, but applying the
 * positions to the drawing instance then costs what was saved (its styles
 * and bounding boxes are computed then): the first render is no faster.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";

cytoscape.use(fcose);

export interface LayoutInput {
  /** Node ids, in the order of the positions returned. */
  ids: string[];
  /** Diameter of each node (the drawn size), so that fcose keeps them apart. */
  sizes: number[];
  /** Current positions, as [x0, y0, x1, y1, ...], for nodes already on screen (NaN for new ones). */
  positions: Float64Array;
  /** Edges as pairs of node indexes: [source0, target0, source1, target1, ...]. */
  edges: Uint32Array;
}

/** Options of the fcose layout (https://github.com/iVis-at-Bilkent/cytoscape.js-fcose#api). */
export const defaults = {
  // Above this many nodes, the spectral draft only: the force-directed polish costs seconds.
  draftAbove: 1500,
  nodeRepulsion: 6000,
  idealEdgeLength: 70,
};

/**
 * Where new nodes go when others are already on screen: around a neighbour
 * already placed (as neighbours expanded from a node grow out of it), else
 * around the centre of those placed; on a spiral, so that they don't overlap.
 */
function startPositions(positions: Float64Array, edges: Uint32Array): Float64Array {
  const start = Float64Array.from(positions);
  const isNew = (i: number) => Number.isNaN(positions[2 * i]);
  const count = positions.length / 2;
  const anchorOf = new Int32Array(count).fill(-1);
  for (let e = 0; e < edges.length; e += 2) {
    const [a, b] = [edges[e], edges[e + 1]];
    if (isNew(a) && !isNew(b) && anchorOf[a] < 0) anchorOf[a] = b;
    if (isNew(b) && !isNew(a) && anchorOf[b] < 0) anchorOf[b] = a;
  }
  let cx = 0;
  let cy = 0;
  let placed = 0;
  for (let i = 0; i < count; i++) {
    if (isNew(i)) continue;
    cx += positions[2 * i];
    cy += positions[2 * i + 1];
    placed++;
  }
  const around = new Map<number, number>(); // anchor (-1: the centre) → new nodes put around it so far
  for (let i = 0; i < count; i++) {
    if (!isNew(i)) continue;
    const anchor = anchorOf[i];
    const k = around.get(anchor) ?? 0;
    around.set(anchor, k + 1);
    const [x, y] = anchor >= 0 ? [positions[2 * anchor], positions[2 * anchor + 1]] : [cx / placed, cy / placed];
    const angle = k * 2.399963; // the golden angle
    const radius = 45 * Math.sqrt(k + 1);
    start[2 * i] = x + radius * Math.cos(angle);
    start[2 * i + 1] = y + radius * Math.sin(angle);
  }
  return start;
}

/** Positions ([x0, y0, x1, y1, ...]) for `input.ids`, laid out by fcose. */
export function computeLayout(input: LayoutInput, options = defaults): Float64Array {
  const { ids, sizes, positions, edges } = input;
  const placed = ids.filter((_, i) => !Number.isNaN(positions[2 * i]));
  if (placed.length > 0) {
    // Nodes on screen stay where the coordinator sees them; new ones find their place around them.
    const start = startPositions(positions, edges);
    if (ids.length > options.draftAbove) return start;
    return runFcose(input, start, options, {
      randomize: false,
      fixedNodeConstraint: placed.map((id) => {
        const i = ids.indexOf(id);
        return { nodeId: id, position: { x: positions[2 * i], y: positions[2 * i + 1] } };
      }),
    });
  }
  return runFcose(input, positions, options, { randomize: true });
}

function runFcose(input: LayoutInput, start: Float64Array, options: typeof defaults, extra: Record<string, unknown>): Float64Array {
  const { ids, sizes, edges } = input;
  const elements: cytoscape.ElementDefinition[] = ids.map((id, i) => ({
    group: "nodes",
    data: { id, size: sizes[i] },
    position: Number.isNaN(start[2 * i]) ? { x: 0, y: 0 } : { x: start[2 * i], y: start[2 * i + 1] },
  }));
  for (let e = 0; e < edges.length; e += 2) {
    elements.push({ group: "edges", data: { id: `e${e / 2}`, source: ids[edges[e]], target: ids[edges[e + 1]] } });
  }
  const draft = ids.length > options.draftAbove;
  // Node sizes matter to fcose's force-directed polish (overlaps), not to the spectral draft: without a
  // style, a draft skips measuring the bounding boxes of thousands of elements.
  const cy = cytoscape({
    headless: true,
    styleEnabled: !draft,
    elements,
    ...(draft ? {} : { style: [{ selector: "node", style: { width: "data(size)", height: "data(size)" } }] }),
  });
  cy.layout({
    name: "fcose",
    quality: draft ? "draft" : "default",
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    nodeRepulsion: options.nodeRepulsion,
    idealEdgeLength: options.idealEdgeLength,
    ...extra,
  } as cytoscape.LayoutOptions).run();
  const out = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    const p = cy.getElementById(id).position();
    out[2 * i] = p.x;
    out[2 * i + 1] = p.y;
  });
  cy.destroy();
  return out;
}
