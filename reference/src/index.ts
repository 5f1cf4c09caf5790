export {
  loadTerritory,
  territorySpec,
  ringCentroid,
  shareBorder,
  GPSEA_EPT_CODE,
  BOUNDARIES_PATH,
  readOutlines,
  type TownData,
  type Territory,
  type Outlines,
} from "./territory";
export {
  territorySetting,
  configuredTerritory,
  territoryEnvSchema,
  TerritoryConfigError,
  type TerritorySetting,
  type TerritoryMember,
} from "./territory-config";
export {
  programmeSpec,
  loadAapEditions,
  PROGRAMME_ID,
  INSTITUTION_IDS,
  EVENT_IDS,
  AAP_EDITIONS_PATH,
} from "./programme";
export { THEMES, THEME_CODES, themeNodes } from "./themes";
export {
  loadComplementarity,
  parseComplementarity,
  FITS,
  COMPLEMENTARITY_PATH,
  type Complementarity,
  type ComplementarityRule,
} from "./complementarity";
