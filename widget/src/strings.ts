/** The widget's words, French first, English available: a typed dictionary (no i18n library, to stay small). */
import type { Language } from "./options";

export interface Strings {
  heading: string;
  title(town: string): string;
  loading: string;
  count(shown: number, total: number, filtered: boolean): string;
  filters: string;
  search: string;
  searchHint: string;
  theme: string;
  allThemes: string;
  kind: string;
  allKinds: string;
  list(town: string): string;
  vitrine: string;
  website: string;
  websiteOf(name: string): string;
  themes: string;
  demo: string;
  demoAll: string;
  map(town: string, located: number): string;
  none: string;
  more(shown: number, total: number): string;
  shown(shown: number, total: number): string;
  showMore: string;
  directory(town: string): string;
  report: string;
  reportOn(name: string): string;
  newWindow: string;
  unknownTown(code: string): string;
  invalidCommune: string;
  down: string;
  retry: string;
}

/** French contracts "de le" and "à le", and elides before a vowel: "du Plessis-Trévise", "au Plessis-Trévise", "d'Alfortville". */
export const deTown = (town: string) =>
  town.startsWith("Le ") ? `du ${town.slice(3)}` : /^[aeiouyâéèêîôû]/i.test(town) ? `d'${town}` : `de ${town}`;
export const aTown = (town: string) => (town.startsWith("Le ") ? `au ${town.slice(3)}` : `à ${town}`);

const plural = (n: number, one: string, other: string, language: Language) =>
  new Intl.PluralRules(language).select(n) === "one" ? one : other;

export const STRINGS: Record<Language, Strings> = {
  fr: {
    heading: "Annuaire de l'ESS",
    title: (town) => `Annuaire de l'ESS — ${town}`,
    loading: "Chargement de l'annuaire…",
    count: (shown, total, filtered) =>
      filtered
        ? `${shown} ${plural(shown, "structure", "structures", "fr")} sur ${total}`
        : `${total} ${plural(total, "structure", "structures", "fr")} de l'économie sociale et solidaire`,
    filters: "Filtrer l'annuaire",
    search: "Rechercher",
    searchHint: "Nom, activité, thème…",
    theme: "Thème",
    allThemes: "Tous les thèmes",
    kind: "Type de structure",
    allKinds: "Tous les types",
    list: (town) => `Structures de l'ESS ${aTown(town)}`,
    vitrine: "Vitrine de l'ESS",
    website: "Site web",
    websiteOf: (name) => `de ${name}`,
    themes: "Thèmes",
    demo: "Exemple fictif",
    demoAll: "Annuaire de démonstration : ces structures sont inventées.",
    map: (town, located) =>
      `Carte ${deTown(town)} avec ${located} ${plural(located, "structure située", "structures situées", "fr")}`,
    none: "Aucune structure ne correspond à ces critères.",
    more: (shown, total) => `Les ${shown} premières structures sur ${total} sont affichées.`,
    shown: (shown, total) =>
      shown < total ? `${shown} structures affichées sur ${total}` : `Les ${total} structures sont affichées.`,
    showMore: "Afficher plus",
    report: "Signaler une erreur",
    reportOn: (name) => `sur la fiche de ${name}`,
    directory: (town) => `Voir tout l'annuaire ${deTown(town)}`,
    newWindow: "(nouvelle fenêtre)",
    unknownTown: (code) => `Aucune commune du territoire couvert par cet annuaire n'a le code ${code}.`,
    invalidCommune: "Le code de commune manque ou n'est pas valide (5 caractères, par exemple 94028).",
    down: "L'annuaire est momentanément indisponible.",
    retry: "Réessayer",
  },
  en: {
    heading: "ESS directory",
    title: (town) => `Social and solidarity economy directory — ${town}`,
    loading: "Loading the directory…",
    count: (shown, total, filtered) =>
      filtered
        ? `${shown} of ${total} ${plural(total, "organisation", "organisations", "en")}`
        : `${total} social and solidarity economy ${plural(total, "organisation", "organisations", "en")}`,
    filters: "Filter the directory",
    search: "Search",
    searchHint: "Name, activity, theme…",
    theme: "Theme",
    allThemes: "All themes",
    kind: "Kind of organisation",
    allKinds: "All kinds",
    list: (town) => `ESS organisations in ${town}`,
    vitrine: "ESS showcase",
    website: "Website",
    websiteOf: (name) => `of ${name}`,
    themes: "Themes",
    demo: "Invented example",
    demoAll: "Demonstration directory: these organisations are invented.",
    map: (town, located) =>
      `Map of ${town} with ${located} ${plural(located, "organisation", "organisations", "en")} placed`,
    none: "No organisation matches these criteria.",
    more: (shown, total) => `The first ${shown} of ${total} organisations are shown.`,
    shown: (shown, total) =>
      shown < total ? `${shown} of ${total} organisations shown` : `All ${total} organisations are shown.`,
    showMore: "Show more",
    report: "Report an error",
    reportOn: (name) => `about ${name}`,
    directory: (town) => `See the whole directory of ${town}`,
    newWindow: "(new window)",
    unknownTown: (code) => `No town of the territory this directory covers has the code ${code}.`,
    invalidCommune: "The town code is missing or invalid (5 characters, such as 94028).",
    down: "The directory is unavailable at the moment.",
    retry: "Try again",
  },
};
