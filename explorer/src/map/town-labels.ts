/**
 * The towns' names on the map, each at its outline's centre, shown at the
 * zooms where the name fits inside the outline as drawn on screen, hidden
 * where it does not (a small town seen from far away).
 */
import L from "leaflet";

/** Room kept around a name inside its outline, in pixels. */
const MARGIN = 6;

interface Label {
  marker: L.Marker;
  bounds: L.LatLngBounds;
}

export class TownLabels {
  private readonly group = L.layerGroup();
  private labels: Label[] = [];
  private readonly fit = () => this.showThoseThatFit();

  constructor(private readonly map: L.Map) {
    if (!map.getPane("town-labels")) {
      const pane = map.createPane("town-labels");
      // Above the points and groups, which stay clickable through the names.
      pane.style.zIndex = "650";
      pane.style.pointerEvents = "none";
    }
    this.group.addTo(map);
    map.on("zoomend", this.fit);
  }

  /** One name per outline of the layer (its features carry `nom`). */
  setOutlines(outlines: L.GeoJSON): void {
    this.group.clearLayers();
    this.labels = [];
    outlines.eachLayer((layer) => {
      const path = layer as L.Polygon & { feature?: GeoJSON.Feature<GeoJSON.Geometry, { nom: string }> };
      const name = path.feature?.properties.nom;
      if (!name || !path.getBounds) return;
      const marker = L.marker(path.getCenter(), {
        icon: L.divIcon({ className: "town-label", html: `<span></span>`, iconSize: undefined }),
        pane: "town-labels",
        interactive: false,
        keyboard: false,
      }).addTo(this.group);
      const span = marker.getElement()?.querySelector("span");
      if (span) span.textContent = name;
      this.labels.push({ marker, bounds: path.getBounds() });
    });
    this.showThoseThatFit();
  }

  remove(): void {
    this.map.off("zoomend", this.fit);
    this.group.remove();
  }

  private showThoseThatFit(): void {
    for (const { marker, bounds } of this.labels) {
      const element = marker.getElement();
      if (!element) continue;
      const ne = this.map.latLngToLayerPoint(bounds.getNorthEast());
      const sw = this.map.latLngToLayerPoint(bounds.getSouthWest());
      const span = element.firstElementChild as HTMLElement | null;
      const text = span?.textContent ?? "";
      // Measured in the page; estimated where nothing is laid out (tests without a browser).
      const width = span?.offsetWidth || text.length * 7;
      const height = span?.offsetHeight || 16;
      const fits = Math.abs(ne.x - sw.x) >= width + 2 * MARGIN && Math.abs(sw.y - ne.y) >= height + 2 * MARGIN;
      element.classList.toggle("town-label-hidden", !fits);
    }
  }
}
