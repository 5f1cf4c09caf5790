import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Figures the ESS programme publishes." })
export class ProgrammeFigures {
  @Field(() => String, { description: "Stable identifier of the programme." })
  id!: string;

  @Field(() => String, { description: "Name of the programme." })
  name!: string;

  @Field(() => Float, { nullable: true, description: "Annual ESS budget in euros." })
  annualBudgetEur!: number | null;

  @Field(() => String, { nullable: true, description: "What the budget excludes." })
  budgetNote!: string | null;

  @Field(() => Float, { nullable: true, description: "Share of jobs in the ESS on the territory, in percent." })
  essJobsSharePct!: number | null;

  @Field(() => Float, { nullable: true, description: "Share of private jobs in the ESS, in percent." })
  essPrivateJobsSharePct!: number | null;

  @Field(() => Float, { nullable: true, description: "Share of enterprises that belong to the ESS, in percent." })
  essEnterprisesSharePct!: number | null;

  @Field(() => String, { description: "Where the figures come from." })
  source!: string;

  @Field(() => String, { nullable: true, description: "Reference inside the source." })
  sourceRef!: string | null;
}

@ObjectType({ description: "How many records of each kind the graph holds." })
export class TerritoryCounts {
  @Field(() => Int, { description: "Towns of the territory." })
  towns!: number;
  @Field(() => Int, { description: "ESS structures." })
  essStructures!: number;
  @Field(() => Int, { description: "ESS structures that are illustrative demo data." })
  illustrativeEssStructures!: number;
  @Field(() => Int, { description: "Local businesses." })
  businesses!: number;
  @Field(() => Int, { description: "Financers." })
  financers!: number;
  @Field(() => Int, { description: "Support providers and networks." })
  supportProviders!: number;
  @Field(() => Int, { description: "Research units." })
  researchUnits!: number;
  @Field(() => Int, { description: "Open resource needs." })
  openNeeds!: number;
  @Field(() => Int, { description: "Open resource offers." })
  openOffers!: number;
  @Field(() => Int, { description: "Resources already pooled." })
  sharedResources!: number;
  @Field(() => Int, { description: "Events." })
  events!: number;
  @Field(() => Int, { description: "Known editions of the call for projects." })
  callEditions!: number;
}

@ObjectType({ description: "What one town holds." })
export class TownCount {
  @Field(() => String, { description: "INSEE code of the town." })
  inseeCode!: string;
  @Field(() => String, { description: "Official name." })
  name!: string;
  @Field(() => Int, { nullable: true, description: "Municipal population." })
  population!: number | null;
  @Field(() => Int, { description: "ESS structures located in the town." })
  essStructures!: number;
  @Field(() => Int, { description: "Of which illustrative demo data." })
  illustrativeEssStructures!: number;
  @Field(() => Int, { description: "Businesses located in the town." })
  businesses!: number;
  @Field(() => String, { nullable: true, description: "Name of the town's vitrine de l'ESS, if one is marked." })
  vitrine!: string | null;
}

@ObjectType({ description: "ESS structures of one legal form." })
export class LegalFormCount {
  @Field(() => String, { nullable: true, description: "Legal form (a LegalForm value); null when not known." })
  legalForm!: string | null;
  @Field(() => Int, { description: "Number of ESS structures." })
  count!: number;
}

@ObjectType({ description: "Organisations working on one theme." })
export class ThemeCount {
  @Field(() => String, { description: "Theme code." })
  code!: string;
  @Field(() => String, { description: "Label in French." })
  labelFr!: string;
  @Field(() => String, { description: "Label in English." })
  labelEn!: string;
  @Field(() => Int, { description: "ESS structures with this theme." })
  essStructures!: number;
  @Field(() => Int, { description: "Businesses with this theme." })
  businesses!: number;
}

@ObjectType({ description: "The territory at a glance: the programme's figures and the graph's counts." })
export class TerritoryOverview {
  @Field(() => String, { description: "SIREN of the EPT or EPCI." })
  code!: string;
  @Field(() => String, { description: "Official name." })
  name!: string;
  @Field(() => Int, { nullable: true, description: "Population (sum of the towns' municipal populations)." })
  population!: number | null;
  @Field(() => ProgrammeFigures, {
    nullable: true,
    description: "The ESS programme's published figures; null when no programme is loaded for the territory.",
  })
  programme!: ProgrammeFigures | null;
  @Field(() => TerritoryCounts, { description: "Counts of records per kind." })
  counts!: TerritoryCounts;
  @Field(() => [TownCount], { description: "Counts per town, by town name." })
  towns!: TownCount[];
  @Field(() => [LegalFormCount], { description: "ESS structures per legal form, most frequent first." })
  legalForms!: LegalFormCount[];
  @Field(() => [ThemeCount], { description: "Organisations per theme, most frequent first." })
  themes!: ThemeCount[];
}
