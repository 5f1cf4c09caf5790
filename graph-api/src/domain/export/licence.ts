/**
 * The licences of what Maillage publishes, stated in the README, every export,
 * every dataset's datapackage.json and CITATION.cff.
 */

/** The project's own data (relationships, events, pooled resources recorded by the programme, metrics). */
export const DATA_LICENCE = {
  name: "etalab-2.0",
  title: "Licence Ouverte / Open Licence version 2.0",
  path: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
} as const;

/** What the data licence statement says in a file's metadata. */
export const LICENCE_NOTE =
  "Maillage's own data: Licence Ouverte / Open Licence 2.0 (etalab-2.0). Records imported from a public register (source and sourceRef name it) keep their source's licence. Invented demo data (sourceKind ILLUSTRATIVE) describe no real organisation.";

/** How to cite a dataset version. */
export function citation(territory: string, version: string): string {
  return `Maillage. Cooperation network of the social and solidarity economy of ${territory}, dataset version ${version}. Licence Ouverte 2.0.`;
}
