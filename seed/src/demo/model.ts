/**
 * The demo generator's working model: typed organisations before they become
 * NodeSpecs, so that relationship builders can reason on kinds, places and years.
 */
import type { BusinessSector } from "./business-sectors";
import type { EssKind } from "./ess-kinds";
import type { LonLat } from "./geo";
import type { FinanceInstrument, FinancerKind, LegalForm, ResearchUnitKind, Stage, StaffRange } from "./vocabulary";

export interface DemoTown {
  inseeCode: string;
  name: string;
  population: number;
  postalCodes: string[];
  /** Outer boundary ring, [longitude, latitude] WGS84. */
  ring: [number, number][];
}

export interface EssOrg {
  id: string;
  name: string;
  slug: string;
  kind: EssKind;
  town: DemoTown;
  point: LonLat;
  legalForm: LegalForm;
  stage: Stage;
  /** Null for projects still at the idea stage. */
  foundedYear: number | null;
  staffRange: StaffRange;
  themes: string[];
  isVitrine: boolean;
  website: string | null;
  address: string;
  postalCode: string;
  description: string;
}

export interface BizOrg {
  id: string;
  name: string;
  slug: string;
  sector: BusinessSector;
  town: DemoTown;
  point: LonLat;
  staffRange: StaffRange;
  csr: string[];
  themes: string[];
  website: string | null;
  address: string;
  postalCode: string;
  description: string;
}

export interface FinancerDef {
  id: string;
  name: string;
  kind: FinancerKind;
  instruments: FinanceInstrument[];
  ticketMinEur: number;
  ticketMaxEur: number;
  stages: Stage[];
  themes: string[];
  description: string;
  /** A real institution, named for the demo (its links and figures are invented). */
  real: boolean;
  /** How many structures it funds in the demo. */
  fundedCount: number;
  /** First year it funds in the demo. */
  firstYear: number;
  /** Town where it sits (invented financers only). */
  townCode?: string;
}

export interface SupportDef {
  id: string;
  name: string;
  slug: string;
  stagesServed: Stage[];
  isNetwork: boolean;
  themes: string[];
  description: string;
  townCode: string;
  /** How many structures it supports (or, for a network, counts as members). */
  reach: number;
  firstYear: number;
  /** For networks: which structures may join. */
  joins?: (ess: EssOrg) => boolean;
}

export interface ResearchDef {
  id: string;
  name: string;
  kind: ResearchUnitKind;
  /** Id of the unit it belongs to (a lab's university, a project's lab). */
  partOf: string;
  /**
   * INSEE code of the territory's town where a laboratory is based, when it is
   * one of them; a project is placed at its laboratory's.
   */
  townCode?: string;
  themes: string[];
  description: string;
  startYear?: number;
  endYear?: number | null;
  real: boolean;
}

/** Year from which an organisation exists (idea-stage projects: 2025). */
export function existsFrom(ess: EssOrg): number {
  return ess.foundedYear ?? 2025;
}
