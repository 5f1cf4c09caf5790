export { runImport, formatSummary, SOURCES, type ImportOptions, type ImportSummary, type SourceName } from "./run";
export { createProgress, type Progress } from "./progress";
export { readCsv, sniffCsv, CsvFileError, type CsvRecord } from "./read/csv-file";
export { luhnValid, siretProblem, sirenProblem, rnaProblem } from "./identifiers";
export { toWgs84, insideFrance } from "./geo";
export { ETABLISSEMENT_COLUMNS, UNITE_LEGALE_COLUMNS, GEOLOCATION_COLUMNS } from "./sources/sirene";
export { RNA_COLUMNS } from "./sources/rna";
