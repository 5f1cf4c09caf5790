/**
 * Where nodes added to a view go (neighbours expanded, an organisation
 * created): those already on screen stay where the coordinator sees them;
 * the new ones start beside a neighbour on screen and, in views of up to
 * FCOSE_MAX_NODES nodes, fcose finds their place around the fixed ones (its
 * fixed-node constraints), on a headless instance of the nodes and links.
 *
 * The first layout of a view of up to FCOSE_MAX_NODES nodes runs fcose on the
 * drawing instance itself (useCytoscape.ts): computing it here and then
 * moving the drawn nodes was measured slower in Chromium. Larger new views
 * are laid out by Pivot MDS (pivot-mds.ts) before their nodes are added.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";

cytoscape.use(fcose);

/**
 * Cytoscape's wheel zoom factor: one notch of an ordinary mouse wheel zooms
 * about 7 %, ten notches about 2× (Cytoscape's default step is a fraction of
 * that; 0.3 made ten notches zoom 15–20 %).
 */
export const WHEEL_SENSITIVITY = 2.5;

/** The seed of every layout: the same view always gets the same positions. */
export const LAYOUT_SEED = 19;

/**
 * Runs `run` with Math.random replaced by a seeded generator (mulberry32):
 * fcose draws random numbers (its spectral start samples nodes at random),
 * so that the same nodes and links, in the same order, are laid out the same
 * way at every load. Layouts run synchronously (animate: false), so nothing
 * else draws from the seeded generator meanwhile.
 */
export function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  let state = seed >>> 0;
  Math.random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return run();
  } finally {
    Math.random = original;
  }
}

/** The first layout of a view of up to FCOSE_MAX_NODES nodes, on the drawing instance: fcose, seeded (deterministic). */
export function firstLayout(cy: cytoscape.Core): void {
  withSeededRandom(LAYOUT_SEED, () =>
    cy
      .layout({
        name: "fcose",
        quality: "default",
        randomize: true,
        animate: false,
        // Spread wider than fcose's defaults: room for the labels of the most linked nodes.
        nodeRepulsion: 16000,
        idealEdgeLength: 110,
        fit: false,
      } as cytoscape.LayoutOptions)
      .run(),
  );
}

/** Above this many nodes fcose is not run (its force-directed polish costs seconds, its draft more than a second at 5,000 nodes). */
export const FCOSE_MAX_NODES = 1500;

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

/** Positions ([x0, y0, x1, y1, ...]) for `input.ids`: those given unchanged, the new ones placed around them. */
export function placeNewNodes(input: LayoutInput, fcoseMaxNodes = FCOSE_MAX_NODES): Float64Array {
  const { ids, sizes, positions, edges } = input;
  const start = startPositions(positions, edges);
  if (ids.length > fcoseMaxNodes) return start;
  const elements: cytoscape.ElementDefinition[] = ids.map((id, i) => ({
    group: "nodes",
    data: { id, size: sizes[i] },
    position: { x: start[2 * i], y: start[2 * i + 1] },
  }));
  for (let e = 0; e < edges.length; e += 2) {
    elements.push({ group: "edges", data: { id: `e${e / 2}`, source: ids[edges[e]], target: ids[edges[e + 1]] } });
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [{ selector: "node", style: { width: "data(size)", height: "data(size)" } }],
  });
  try {
    withSeededRandom(LAYOUT_SEED, () =>
      cy
        .layout({
          name: "fcose",
          quality: "default",
          randomize: false,
          animate: false,
          fit: false,
          nodeDimensionsIncludeLabels: false,
          nodeRepulsion: 6000,
          idealEdgeLength: 70,
          fixedNodeConstraint: ids.flatMap((id, i) =>
            Number.isNaN(positions[2 * i])
              ? []
              : [{ nodeId: id, position: { x: positions[2 * i], y: positions[2 * i + 1] } }],
          ),
        } as cytoscape.LayoutOptions)
        .run(),
    );
  } catch {
    // If fcose fails on the constraints, the start positions are a fair place; an exception here would unmount the view.
    cy.destroy();
    return start;
  }
  const out = Float64Array.from(positions);
  ids.forEach((id, i) => {
    if (!Number.isNaN(positions[2 * i])) return;
    const p = cy.getElementById(id).position();
    out[2 * i] = p.x;
    out[2 * i + 1] = p.y;
  });
  cy.destroy();
  return out;
}
