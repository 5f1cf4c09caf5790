/**
 * The organisations on the map, grouped where they would overlap: a
 * supercluster index of the points, asked at each move's end for the
 * clusters and points of the view. A cluster is a round button with its
 * count (keyboard-focusable; choosing it zooms until it splits); a point is a
 * circle marker. Between two moves nothing is redrawn: panning moves drawn
 * layers only, which keeps 5,000 organisations smooth.
 */
import L from "leaflet";
import Supercluster, { type AnyProps, type ClusterFeature, type PointFeature } from "supercluster";
import type { GraphNode } from "../graph/model";

/** Pixels within which points are grouped. */
const CLUSTER_RADIUS = 60;
/** From this zoom on, every point is drawn on its own. */
export const CLUSTER_MAX_ZOOM = 16;

export interface ClusterLayerOptions {
  /** The look of a point, chosen or not. */
  look: (node: GraphNode, chosen: boolean) => L.CircleMarkerOptions;
  /** The text of a point's tooltip. */
  describe: (node: GraphNode) => string;
  /** The accessible name of a cluster of `count` organisations. */
  clusterName: (count: number) => string;
  onChoose: (id: string) => void;
}

type Point = { id: string };

export class ClusterLayer {
  private readonly group = L.layerGroup();
  /** Built by setNodes; a move before the organisations arrive draws nothing. */
  private index: Supercluster<Point> | null = null;
  private nodes = new Map<string, GraphNode>();
  private drawn = new Map<string, L.CircleMarker>();
  private chosen: string | null = null;
  private readonly redraw = () => this.draw();

  constructor(
    private readonly map: L.Map,
    private readonly options: ClusterLayerOptions,
  ) {
    this.group.addTo(map);
    map.on("moveend", this.redraw);
  }

  /** The organisations to place (each with coordinates). */
  setNodes(nodes: readonly GraphNode[]): void {
    this.nodes = new Map(nodes.map((n) => [n.id, n]));
    this.index = new Supercluster<Point>({ radius: CLUSTER_RADIUS, maxZoom: CLUSTER_MAX_ZOOM }).load(
      nodes.map((n) => ({
        type: "Feature",
        properties: { id: n.id },
        geometry: { type: "Point", coordinates: [n.longitude!, n.latitude!] },
      })),
    );
    this.draw();
  }

  /** Outlines the chosen organisation (when drawn on its own) and brings it to the front. */
  choose(id: string | null): void {
    const before = this.chosen ? this.drawn.get(this.chosen) : undefined;
    const previous = this.chosen ? this.nodes.get(this.chosen) : undefined;
    if (before && previous) before.setStyle(this.options.look(previous, false)).setRadius(radiusOf(previous));
    this.chosen = id;
    this.outlineChosen();
  }

  /**
   * The zoom from which the organisation is drawn on its own, at least the
   * current one: the map goes there to show an organisation chosen in the list.
   */
  zoomToSee(id: string): number {
    const node = this.nodes.get(id);
    const current = Math.round(this.map.getZoom());
    if (!node || !this.index) return current;
    const d = 1e-6;
    const box: [number, number, number, number] = [
      node.longitude! - d,
      node.latitude! - d,
      node.longitude! + d,
      node.latitude! + d,
    ];
    for (let z = current; z <= CLUSTER_MAX_ZOOM; z++) {
      const alone = this.index.getClusters(box, z).some((f) => !isCluster(f) && f.properties.id === id);
      if (alone) return z;
    }
    return CLUSTER_MAX_ZOOM + 1;
  }

  remove(): void {
    this.map.off("moveend", this.redraw);
    this.group.remove();
  }

  private outlineChosen(): void {
    const marker = this.chosen ? this.drawn.get(this.chosen) : undefined;
    const node = this.chosen ? this.nodes.get(this.chosen) : undefined;
    if (marker && node)
      marker
        .setStyle(this.options.look(node, true))
        .setRadius(radiusOf(node) + 3)
        .bringToFront();
  }

  private draw(): void {
    const index = this.index;
    if (!index) return;
    const bounds = this.map.getBounds().pad(0.25);
    const zoom = Math.round(this.map.getZoom());
    const features = index.getClusters(
      [
        Math.max(-180, bounds.getWest()),
        Math.max(-85, bounds.getSouth()),
        Math.min(180, bounds.getEast()),
        Math.min(85, bounds.getNorth()),
      ],
      zoom,
    );
    this.group.clearLayers();
    this.drawn.clear();
    for (const f of features) {
      const [lng, lat] = f.geometry.coordinates;
      if (isCluster(f)) {
        const count = f.properties.point_count;
        const clusterId = f.properties.cluster_id;
        const size = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 44 : 52;
        const marker = L.marker([lat, lng], {
          icon: L.divIcon({
            className: "point-cluster",
            html: `<span>${count}</span>`,
            iconSize: [size, size],
          }),
          title: this.options.clusterName(count),
          keyboard: true,
          riseOnHover: true,
        });
        const open = () => {
          const to = Math.min(index.getClusterExpansionZoom(clusterId), this.map.getMaxZoom());
          this.map.setView([lat, lng], Math.max(to, Math.round(this.map.getZoom()) + 1));
        };
        marker.on("click", open);
        marker.addTo(this.group);
        const element = marker.getElement();
        element?.setAttribute("role", "button");
        element?.setAttribute("aria-label", this.options.clusterName(count));
        // A button opens with Enter or Space (Leaflet makes the marker focusable, not pressable).
        element?.addEventListener("keydown", (event) => {
          if (event.key !== "Enter" && event.key !== " ") return;
          event.preventDefault();
          event.stopPropagation();
          open();
        });
      } else {
        const node = this.nodes.get(f.properties.id);
        if (!node) continue;
        const tooltip = document.createElement("span");
        tooltip.textContent = this.options.describe(node);
        const marker = L.circleMarker([lat, lng], {
          ...this.options.look(node, false),
          radius: radiusOf(node),
          className: "organisation-point",
        })
          .bindTooltip(tooltip)
          .on("click", () => this.options.onChoose(node.id))
          .addTo(this.group);
        this.drawn.set(node.id, marker);
      }
    }
    this.outlineChosen();
  }
}

const isCluster = (f: PointFeature<Point> | ClusterFeature<AnyProps>): f is ClusterFeature<AnyProps> =>
  "cluster" in f.properties && f.properties.cluster === true;

/** A point is the bigger the more cooperation links its organisation has. */
export const radiusOf = (n: GraphNode) => 4 + Math.min(6, Math.sqrt(n.degree));
