import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Organisations and cooperation relationships of one provenance kind." })
export class SourceKindStatus {
  @Field(() => String, {
    description: "The provenance kind (SourceKind: OPEN_DATA_IMPORT, COORDINATOR, ILLUSTRATIVE…).",
  })
  sourceKind!: string;
  @Field(() => Int, { description: "Organisations of this provenance." })
  organisations!: number;
  @Field(() => Int, { description: "Cooperation relationships of this provenance." })
  relationships!: number;
  @Field(() => String, { nullable: true, description: "Latest write of this provenance (ISO 8601), when known." })
  lastChange!: string | null;
}

@ObjectType({ description: "The latest import of one source, from the importers' audit entries." })
export class ImportStatus {
  @Field(() => String, { description: "The source: sirene, rna, annuaire, templates…" })
  source!: string;
  @Field(() => String, { description: "When its last batch was written (ISO 8601)." })
  at!: string;
  @Field(() => Int, { description: "Batches written that day." })
  batches!: number;
  @Field(() => Int, { description: "Records those batches created." })
  created!: number;
  @Field(() => Int, { description: "Records those batches updated." })
  updated!: number;
}

@ObjectType({
  description: "What the graph holds by provenance: real and illustrative data, and the last import of each source.",
})
export class DataStatus {
  @Field(() => Int, { description: "Organisations in the graph." })
  organisations!: number;
  @Field(() => Int, { description: "Illustrative organisations: invented demo data, not real organisations." })
  illustrativeOrganisations!: number;
  @Field(() => Int, { description: "Organisations imported from registers or entered by coordinators." })
  importedOrganisations!: number;
  @Field(() => Boolean, {
    description: "True once organisations were imported or entered: views then hide illustrative data unless asked.",
  })
  hideIllustrativeByDefault!: boolean;
  @Field(() => [SourceKindStatus], { description: "Counts per provenance kind." })
  sourceKinds!: SourceKindStatus[];
  @Field(() => [ImportStatus], { description: "The latest import of each source." })
  lastImports!: ImportStatus[];
}

@ObjectType({
  description:
    "One complete run of an API importer (the company search API): what it found new, closed and moved since the run before.",
})
export class ImportRun {
  @Field(() => String, { description: "The source (annuaire)." })
  source!: string;
  @Field(() => String, { description: "When the run ended (ISO 8601)." })
  at!: string;
  @Field(() => String, {
    nullable: true,
    description: "When the run started (a stopped run resumed later started earlier).",
  })
  startedAt!: string | null;
  @Field(() => Int, { description: "Organisations it brought that were not in the graph." })
  new!: number;
  @Field(() => Int, { description: "Organisations it marked closed." })
  closed!: number;
  @Field(() => Int, { description: "Organisations whose address changed." })
  moved!: number;
}
