/**
 * Invented name pools. The programme names no structure, business or person:
 * demo organisations get coined words ("Brindafil", "Valmorive") that are not
 * French words, brands, chains or known associations, and demo people get
 * common first names with invented-looking surnames.
 */
import type { Rng } from "@maillage/model";
import { fold } from "@maillage/model";

/** Stems and endings that combine into coined words. */
const STEMS = [
  "Brinda",
  "Coque",
  "Tourne",
  "Valmo",
  "Pervi",
  "Grelo",
  "Sorvi",
  "Lanti",
  "Mordo",
  "Quinca",
  "Fario",
  "Belvi",
  "Cassa",
  "Ormi",
  "Tilva",
  "Pampi",
  "Vorma",
  "Crisa",
  "Dravo",
  "Estra",
  "Gorli",
  "Kerva",
  "Loupi",
  "Marvo",
  "Nivo",
  "Olba",
  "Prala",
  "Rusti",
  "Tarpi",
  "Vesto",
  "Bravi",
  "Chami",
  "Fenou",
  "Gribo",
  "Hirsa",
  "Jouva",
  "Lorqui",
  "Nacri",
  "Pivo",
  "Rinva",
  "Sablo",
  "Tréva",
  "Virlo",
  "Ambro",
  "Isvo",
] as const;

const ENDINGS = [
  "fil",
  "lune",
  "vent",
  "nelle",
  "brique",
  "grain",
  "mousse",
  "rive",
  "sève",
  "tisse",
  "pomme",
  "bulle",
  "roche",
  "plume",
  "mielle",
  "gerbe",
  "nid",
  "trèfle",
  "ronce",
  "flore",
  "galet",
  "sente",
  "bruine",
  "pavé",
  "cime",
  "lande",
  "tuile",
  "zeste",
  "lis",
  "charme",
] as const;

/**
 * Combinations that happen to be a real word, surname or name: never handed out.
 * Also the coined words used by the fixed demo organisations (financers, support
 * providers), so that no generated organisation shares them.
 */
const RESERVED = new Set(["Tournevent", "Crisalis", "Fenoufil", "Tournebulle", "Coquemousse", "Coquelune"]);

/** Coined words fixed by the demo for its hand-written organisations. */
export const FIXED_COINED = [
  "Aubrevent",
  "Ormerive",
  "Lumicorde",
  "Grivoline",
  "Marnelys",
  "Cabrelune",
  "Cagnolis",
  "Tressalis",
  "Germelle",
  "Voltigelle",
  "Essaimelle",
  "Nichelune",
  "Pierrevive",
  "Potagelle",
  "Brivelle",
] as const;

/** Every coined word the pool can hand out, in a fixed order. */
export function coinedWords(): string[] {
  const out: string[] = [];
  for (const stem of STEMS) {
    for (const ending of ENDINGS) {
      const word = stem + ending;
      if (!RESERVED.has(word) && !(FIXED_COINED as readonly string[]).includes(word)) out.push(word);
    }
  }
  return out;
}

/** Hands out coined words without repetition, in a seeded order. */
export class NamePool {
  private readonly words: string[];
  private next = 0;

  constructor(rng: Rng) {
    this.words = rng.shuffle(coinedWords());
  }

  /**
   * The next coined word; once every single word is used (only generated
   * territories far larger than the demo get there), pairs of words
   * ("Brindafil-Valmorive"), still without repetition.
   */
  take(): string {
    const i = this.next++;
    const n = this.words.length;
    if (i < n) return this.words[i] as string;
    const pair = i - n;
    const first = Math.floor(pair / (n - 1));
    if (first >= n) throw new Error("NamePool: no coined word left");
    const second = pair % (n - 1);
    return `${this.words[first]}-${this.words[second >= first ? second + 1 : second]}`;
  }
}

export const FIRST_NAMES = [
  "Camille",
  "Léa",
  "Manon",
  "Chloé",
  "Inès",
  "Sarah",
  "Julie",
  "Emma",
  "Lucie",
  "Aïcha",
  "Nadia",
  "Sophie",
  "Claire",
  "Fatou",
  "Élodie",
  "Yasmine",
  "Mélanie",
  "Anne",
  "Marion",
  "Samia",
  "Thomas",
  "Nicolas",
  "Julien",
  "Karim",
  "Mehdi",
  "Antoine",
  "Hugo",
  "Lucas",
  "Mathieu",
  "Youssef",
  "Olivier",
  "Stéphane",
  "Moussa",
  "Pierre",
  "Sébastien",
  "Alexandre",
  "Romain",
  "Bilal",
  "Vincent",
  "David",
] as const;

/** Invented-looking surnames. */
export const SURNAMES = [
  "Aubrelin",
  "Bastagnol",
  "Corvellec",
  "Dufrénois",
  "Esclamand",
  "Fauvrier",
  "Galbertin",
  "Hervalot",
  "Jouvenard",
  "Kerbiran",
  "Lamorvan",
  "Marcevol",
  "Norvaquet",
  "Ollivrac",
  "Pelistran",
  "Quervadec",
  "Ribaudel",
  "Salvenier",
  "Tournadis",
  "Urbanec",
  "Vaillorte",
  "Wastelin",
  "Abdelrami",
  "Benhallou",
  "Chérifane",
  "Diakhabé",
  "Essoumba",
  "Farrandou",
  "Gaspelot",
  "Haddoumi",
  "Iparraldo",
  "Jaffrenou",
  "Kouyatane",
  "Lebrassec",
  "Mirabaud",
  "Nzeguina",
  "Orsavelli",
  "Pradonnet",
  "Roussivel",
  "Sidibane",
  "Talvenec",
  "Valdrigue",
  "Ygouvier",
  "Zaberlot",
] as const;

/** Generic street names (the addresses are illustrative). */
export const STREETS = [
  "rue des Tilleuls",
  "allée des Acacias",
  "rue du Moulin",
  "chemin des Vignes",
  "rue des Écoles",
  "avenue des Peupliers",
  "place du Marché",
  "rue de la Fontaine",
  "impasse des Lilas",
  "rue des Jardins",
  "boulevard des Érables",
  "rue des Prés",
  "allée des Cerisiers",
  "rue du Lavoir",
  "sentier des Noisetiers",
  "rue des Coteaux",
  "avenue des Marronniers",
  "rue de la Source",
  "rue des Vergers",
  "allée des Bouleaux",
  "rue du Parc",
  "chemin des Saules",
  "rue des Artisans",
  "quai des Mariniers",
  "rue des Glycines",
] as const;

export const ACTIVITY_ZONE_STREETS = [
  "rue de l'Industrie",
  "avenue des Entrepreneurs",
  "rue des Ateliers",
  "allée du Commerce",
  "rue de la Logistique",
] as const;

/** Lower-case ASCII, words joined by hyphens (for web addresses). */
export function slugify(text: string): string {
  return fold(text)
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Lower-case ASCII for an email local part: "Jean-Luc" → "jean-luc". */
export function emailPart(text: string): string {
  return slugify(text).replace(/-+/g, "-");
}
