/**
 * GET /api/territory/outlines.geojson: the outlines of the configured territory's towns
 * (TERRITORY_OUTLINES, or the shipped file for GPSEA), as a GeoJSON FeatureCollection whose
 * features carry `code` (INSEE) and `nom`. Public reference data. Without an outlines file
 * it answers 404 with a sentence, and the explorer's map places organisations without them.
 */
import { Router } from "express";
import { loadTerritory, type Outlines } from "@maillage/reference";
import { ErrorCode } from "../errors/error-codes";
import { sendHttpError } from "../errors/http";

export const OUTLINES_PATH = "/api/territory/outlines.geojson";

export function territoryOutlinesRouter(territory = loadTerritory()): Router {
  const router = Router();
  const outlines: Outlines | null = territory.outlines?.features.length ? territory.outlines : null;
  const body = outlines ? JSON.stringify(outlines) : null;
  router.get(OUTLINES_PATH, (_req, res) => {
    if (!body) {
      sendHttpError(
        res,
        404,
        ErrorCode.NOT_FOUND,
        `No town outlines are configured for ${territory.name}: set TERRITORY_OUTLINES to a GeoJSON file of its towns' outlines to draw them on the map.`,
      );
      return;
    }
    res.set("Cache-Control", "public, max-age=3600").type("application/geo+json").send(body);
  });
  return router;
}
