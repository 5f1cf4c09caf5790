/**
 * A small hook around Cytoscape.js: one instance per container, elements
 * replaced when the data change (positions kept for nodes already placed),
 * laid out when new (fcose; Pivot MDS for a large new view), selection
 * reported to React.
 */
import { useEffect, useRef } from "react";
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import { detailed, graphStyle, labelSize, markLabelled, overviewStyle } from "./style";
import { FCOSE_MAX_NODES, firstLayout, placeNewNodes, WHEEL_SENSITIVITY } from "./layout";
import { extent, pivotMds } from "./pivot-mds";
import type { GraphData } from "./model";
import { DRAWN_EDGE_COLOR, EDGE_COLOR, NODE_STYLE, drawnNodeColor, nodeColor } from "./palette";

export interface CytoscapeOptions {
  data: GraphData;
  /** Dashed edges for suggestions shown on the graph. */
  suggested: { id: string; source: string; target: string }[];
  selected: string | null;
  highlighted: string[];
  onSelect: (id: string | null) => void;
  /** Called when the renderer has drawn the current data, laid out (its next frame). */
  onDrawn?: () => void;
  /** WebGL rendering (Cytoscape ≥ 3.31, preview) for large graphs; canvas otherwise. */
  webgl?: boolean;
  /** Nodes and links kept in the graph but out of sight (focus, hidden nodes, a year before they existed). */
  hidden?: ReadonlySet<string>;
  /** The size and colour of nodes by a measure (0 to 1 for the size), instead of their number of links and their type. */
  appearance?: NodeAppearance | null;
}

/** Size (0 to 1, the largest measure) and colour of nodes, by id; nodes not listed keep their ordinary look. */
export interface NodeAppearance {
  size?: ReadonlyMap<string, number>;
  color?: ReadonlyMap<string, string>;
}

const NO_HIDDEN: ReadonlySet<string> = new Set();

/** Drawn diameter of a node: from its number of links, or from a measure between 0 and 1. */
export function nodeSize(degree: number, measure?: number): number {
  return 18 + (measure === undefined ? Math.min(42, Math.sqrt(degree) * 6) : 42 * Math.sqrt(measure));
}

/** Above this many nodes the renderer trades detail for speed: labels and borders from DETAIL_ZOOM on, edges hidden while panning, no high-DPI canvas. */
export const LARGE_GRAPH = 2000;

// Colour, shape and size go into each element's data: plain `data(...)` mappings are
// Cytoscape's fast path (style functions cost seconds on thousands of elements).
// Nodes and links in the order of their ids: the layout (seeded) then gives the same view the same positions
// whatever order the API listed them in.
function elements(
  data: GraphData,
  suggested: CytoscapeOptions["suggested"],
  appearance: NodeAppearance | null | undefined,
): ElementDefinition[] {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [
    ...[...data.nodes].sort(byId).map((n) => {
      const size = nodeSize(n.degree, appearance?.size?.get(n.id));
      return {
        group: "nodes" as const,
        data: {
          ...n,
          label: n.name,
          size,
          fontSize: labelSize(size),
          color: drawnNodeColor(appearance?.color?.get(n.id) ?? nodeColor(n.type, n.legalForm), n.illustrative),
          shape: NODE_STYLE[n.type]?.shape ?? "ellipse",
        },
      };
    }),
    ...[...data.edges].sort(byId).map((e) => ({
      group: "edges" as const,
      data: { ...e, color: DRAWN_EDGE_COLOR[e.type] ?? "#b8b8b8" },
    })),
    ...suggested.map((s) => ({
      group: "edges" as const,
      data: { ...s, type: "SUGGESTED", color: EDGE_COLOR.SUGGESTED },
      classes: "suggested",
    })),
  ];
}

/**
 * Adds elements, nodes first with their style computed before any link
 * reaches them. Cytoscape styles an element lazily, property by property, and
 * each property set on a node walks the node's links to mark them stale: on
 * 5,000 nodes and 15,000 links that walk was about a quarter of the first
 * frame, and it finds nothing to mark while the links are not there yet.
 */
function addNodesThenLinks(cy: Core, elements: ElementDefinition[]): void {
  let nodes = cy.collection();
  cy.batch(() => {
    nodes = cy.add(elements.filter((e) => e.group === "nodes"));
  });
  // Reading a style property computes the element's whole style.
  nodes.forEach((n) => void n.style("width"));
  cy.batch(() => {
    cy.add(elements.filter((e) => e.group !== "nodes"));
  });
}

/** The viewport that shows `box` whole. */
function fitTo(cy: Core, box: { x1: number; y1: number; x2: number; y2: number }, padding: number): void {
  const [w, h] = [box.x2 - box.x1, box.y2 - box.y1];
  if (!Number.isFinite(w) || w === 0 || h === 0) return;
  const width = cy.width();
  const height = cy.height();
  const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), (width - 2 * padding) / w, (height - 2 * padding) / h));
  cy.viewport({ zoom, pan: { x: (width - zoom * (box.x1 + box.x2)) / 2, y: (height - zoom * (box.y1 + box.y2)) / 2 } });
}

/**
 * `cy.fit()` without measuring every label (it would measure the text of
 * thousands of labels: seconds): the viewport that shows all node shapes.
 */
function fitWithoutLabels(cy: Core, padding: number): void {
  fitTo(cy, cy.elements().boundingBox({ includeLabels: false, includeOverlays: false }), padding);
}

/** Fitting a few nodes zooms no further than this: their labels stay of a reading size. */
const FIT_MAX_ZOOM = 1.6;

/** The nodes in sight (not hidden), seen whole. */
export function fitVisible(cy: Core, padding = 30): void {
  const shown = cy.elements(":visible");
  fitTo(
    cy,
    (shown.nonempty() ? shown : cy.elements()).boundingBox({ includeLabels: false, includeOverlays: false }),
    padding,
  );
  if (cy.zoom() > FIT_MAX_ZOOM)
    cy.zoom({ level: FIT_MAX_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

export function useCytoscape(
  container: React.RefObject<HTMLDivElement | null>,
  options: CytoscapeOptions,
): React.RefObject<Core | null> {
  const cy = useRef<Core | null>(null);
  const onSelect = useRef(options.onSelect);
  const onDrawn = useRef(options.onDrawn);
  const classed = useRef(false);
  const centred = useRef<string | null>(null);
  onSelect.current = options.onSelect;
  onDrawn.current = options.onDrawn;

  const large = options.data.nodes.length > LARGE_GRAPH;
  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({
      container: container.current,
      // A large view starts seen whole: without labels and borders, which would not show (style.ts).
      style: detailed(large, 0) ? graphStyle : overviewStyle,
      wheelSensitivity: WHEEL_SENSITIVITY,
      // Pan and zoom move a snapshot of the graph, redrawn when the gesture ends: smooth with thousands of nodes.
      textureOnViewport: true,
      hideEdgesOnViewport: large,
      pixelRatio: large ? 1 : "auto",
      minZoom: 0.05,
      maxZoom: 4,
      ...(options.webgl ? { renderer: { name: "canvas", webgl: true } as never } : {}),
    });
    if (large) {
      let shown = false;
      instance.on("zoom", () => {
        if (detailed(large, instance.zoom()) === shown) return;
        shown = !shown;
        instance.style(shown ? graphStyle : overviewStyle);
      });
    }
    // Labels follow the zoom, once a frame at most.
    let labelFrame = 0;
    instance.on("zoom", () => {
      if (labelFrame) return;
      labelFrame = requestAnimationFrame(() => {
        labelFrame = 0;
        if (!instance.destroyed()) markLabelled(instance);
      });
    });
    instance.on("tap", "node", (event) => onSelect.current(event.target.id()));
    instance.on("tap", (event) => {
      if (event.target === instance) onSelect.current(null);
    });
    cy.current = instance;
    (window as unknown as { __maillageCy?: Core }).__maillageCy = instance; // for end-to-end tests and benchmarks
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, [container, options.webgl, large]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const started = performance.now();
    const next = elements(options.data, options.suggested, options.appearance);
    const wanted = new Set(next.map((e) => e.data.id as string));
    const placed = new Set<string>();
    instance.batch(() => {
      instance.elements().forEach((el) => {
        if (!wanted.has(el.id())) el.remove();
        else placed.add(el.id());
      });
      for (const e of next)
        if (placed.has(e.data.id as string)) instance.getElementById(e.data.id as string).data(e.data);
    });
    const fresh = next.filter((e) => !placed.has(e.data.id as string));
    const drawn = (detail: Record<string, number>) => {
      markLabelled(instance);
      // For benchmarks and end-to-end tests: when the graph was last drawn on screen (the renderer's next frame) with its layout.
      const nodes = instance.nodes().length;
      const edges = instance.edges().length;
      const totalMs = performance.now() - started;
      const mark = () => {
        performance.mark("maillage:graph-drawn", {
          detail: { nodes, edges, totalMs, paintMs: performance.now() - started - totalMs, ...detail },
        });
        onDrawn.current?.();
      };
      // The canvas renderer says when it has drawn; the WebGL one does not, but draws in its animation-frame callback, queued before this one.
      if (options.webgl) requestAnimationFrame(mark);
      else instance.one("render", mark);
      // A frame even when nothing changed (the same elements again), so that the mark always comes.
      instance.forceRender();
    };
    if (!fresh.some((e) => e.group === "nodes")) {
      instance.add(fresh);
      drawn({ layoutMs: 0 });
      return;
    }
    // Nodes and links of the view, by index (the layouts work on typed arrays).
    const nodes = next.filter((e) => e.group === "nodes");
    const links = next.filter((e) => e.group === "edges");
    const index = new Map(nodes.map((n, i) => [n.data.id as string, i]));
    const pairs = new Uint32Array(links.length * 2);
    links.forEach((e, k) => {
      pairs[2 * k] = index.get(e.data.source as string)!;
      pairs[2 * k + 1] = index.get(e.data.target as string)!;
    });
    const sizes = nodes.map((n) => n.data.size as number);
    const kept = instance.nodes().length;
    if (nodes.length - kept > kept && nodes.length > FCOSE_MAX_NODES) {
      // A large new view (first load, another town or filter: mostly new nodes): Pivot MDS on typed arrays
      // (pivot-mds.ts), every node added at its place.
      instance.elements().remove();
      const layoutStarted = performance.now();
      const positions = pivotMds({ count: nodes.length, edges: pairs, sizes });
      const addStarted = performance.now();
      addNodesThenLinks(instance, [
        ...nodes.map((n, i) => ({ ...n, position: { x: positions[2 * i], y: positions[2 * i + 1] } })),
        ...links,
      ]);
      fitTo(instance, extent(positions, sizes), 30);
      drawn({ layoutMs: addStarted - layoutStarted, addMs: performance.now() - addStarted });
      return;
    }
    if (nodes.length - kept > kept) {
      // A new view of up to FCOSE_MAX_NODES nodes: fcose on the drawing instance, from scratch (it sets every position once, as it goes).
      const addStarted = performance.now();
      addNodesThenLinks(instance, fresh);
      const layoutStarted = performance.now();
      firstLayout(instance);
      fitWithoutLabels(instance, 30);
      drawn({ addMs: layoutStarted - addStarted, layoutMs: performance.now() - layoutStarted });
      return;
    }
    // Nodes added to a view: those on screen stay where they are; the new ones are placed around them
    // (layout.ts) and added with their positions.
    const positions = new Float64Array(nodes.length * 2).fill(Number.NaN);
    nodes.forEach((n, i) => {
      if (!placed.has(n.data.id as string)) return;
      const p = instance.getElementById(n.data.id as string).position();
      positions[2 * i] = p.x;
      positions[2 * i + 1] = p.y;
    });
    const layoutStarted = performance.now();
    const laidOut = placeNewNodes({ ids: nodes.map((n) => n.data.id as string), sizes, positions, edges: pairs });
    const addStarted = performance.now();
    addNodesThenLinks(
      instance,
      fresh.map((e) => {
        if (e.group !== "nodes") return e;
        const i = index.get(e.data.id as string)!;
        return { ...e, position: { x: laidOut[2 * i], y: laidOut[2 * i + 1] } };
      }),
    );
    drawn({ layoutMs: addStarted - layoutStarted, addMs: performance.now() - addStarted });
  }, [options.data, options.suggested, options.webgl, options.appearance]);

  const hidden = options.hidden ?? NO_HIDDEN;
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      instance.elements(".gone").forEach((el) => {
        if (!hidden.has(el.id())) el.removeClass("gone");
      });
      for (const id of hidden) {
        const el = instance.getElementById(id);
        if (el.nonempty() && !el.hasClass("gone")) el.addClass("gone");
      }
    });
  }, [hidden, options.data]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      // Only when classes were set, and only on the elements that have them: restyling thousands costs a second.
      if (classed.current)
        instance.elements(".selected, .highlighted, .faded").removeClass("selected highlighted faded");
      classed.current = Boolean(options.selected) || options.highlighted.length > 0;
      if (options.selected) {
        const node = instance.getElementById(options.selected);
        node.addClass("selected");
      }
      if (options.highlighted.length > 0) {
        const path = new Set(options.highlighted);
        instance.nodes().forEach((n) => {
          n.addClass(path.has(n.id()) ? "highlighted" : "faded");
        });
        instance.edges().forEach((e) => {
          const ends = path.has(e.source().id()) && path.has(e.target().id());
          e.addClass(ends ? "highlighted" : "faded");
        });
      }
    });
    // Centred once per selection, when its node is on screen.
    if (!options.selected) centred.current = null;
    else if (centred.current !== options.selected) {
      const node = instance.getElementById(options.selected);
      if (node.nonempty()) {
        centred.current = options.selected;
        instance.animate({ center: { eles: node } }, { duration: 250 });
      }
    }
    // Again when the data change: a selection given before its node is drawn (an address, a link) shows once it is.
  }, [options.selected, options.highlighted, options.data]);

  return cy;
}
