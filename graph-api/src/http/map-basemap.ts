/**
 * GET /api/map/basemap.json: the tiles the deployment draws under the
 * explorer's map (MAP_TILES_URL, MAP_TILES_ATTRIBUTION, MAP_TILES_MAX_ZOOM),
 * as `{ "tiles": { "url", "attribution", "maxZoom" } }`, or `{ "tiles": null }`
 * when none is configured and the map draws the town outlines alone.
 */
import { Router } from "express";
import type { Basemap } from "../config";

export const BASEMAP_PATH = "/api/map/basemap.json";

export function mapBasemapRouter(basemap: Basemap | undefined): Router {
  const router = Router();
  const body = JSON.stringify({
    tiles: basemap ? { url: basemap.url, attribution: basemap.attribution, maxZoom: basemap.maxZoom } : null,
  });
  router.get(BASEMAP_PATH, (_req, res) => {
    res.set("Cache-Control", "no-cache").type("application/json").send(body);
  });
  return router;
}
