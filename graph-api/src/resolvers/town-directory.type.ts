import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A theme, with its labels." })
export class DirectoryTheme {
  @Field(() => String, { description: "Theme code." })
  code!: string;
  @Field(() => String, { description: "Label in French." })
  labelFr!: string;
  @Field(() => String, { description: "Label in English." })
  labelEn!: string;
}

@ObjectType({ description: "One ESS structure in a town's public directory: public fields only." })
export class DirectoryEntry {
  @Field(() => String, { description: "Stable identifier." })
  id!: string;
  @Field(() => String, { description: "Name." })
  name!: string;
  @Field(() => String, { nullable: true, description: "Legal form (a LegalForm value)." })
  legalForm!: string | null;
  @Field(() => String, { nullable: true, description: "Readable activity." })
  activity!: string | null;
  @Field(() => String, { nullable: true, description: "Kind of project." })
  projectKind!: string | null;
  @Field(() => String, { nullable: true, description: "Public description." })
  description!: string | null;
  @Field(() => String, { nullable: true, description: "Street address." })
  address!: string | null;
  @Field(() => String, { nullable: true, description: "Postal code." })
  postalCode!: string | null;
  @Field(() => String, { nullable: true, description: "Website URL." })
  website!: string | null;
  @Field(() => Boolean, { description: "Whether it is the town's vitrine de l'ESS." })
  isVitrine!: boolean;
  @Field(() => Float, { nullable: true, description: "Latitude (WGS84)." })
  latitude!: number | null;
  @Field(() => Float, { nullable: true, description: "Longitude (WGS84)." })
  longitude!: number | null;
  @Field(() => [DirectoryTheme], { description: "Themes, by code." })
  themes!: DirectoryTheme[];
  @Field(() => Boolean, { description: "True for invented demo data, which must not be taken as a real organisation." })
  illustrative!: boolean;
  @Field(() => String, { description: "Where the record comes from." })
  source!: string;
}

@ObjectType({ description: "The town the directory is about." })
export class DirectoryTown {
  @Field(() => String, { description: "INSEE code." })
  inseeCode!: string;
  @Field(() => String, { description: "Official name." })
  name!: string;
  @Field(() => Int, { nullable: true, description: "Municipal population." })
  population!: number | null;
  @Field(() => [String], { description: "Postal codes." })
  postalCodes!: string[];
}

@ObjectType({ description: "The public ESS directory of one town." })
export class TownDirectory {
  @Field(() => DirectoryTown, { description: "The town." })
  town!: DirectoryTown;
  @Field(() => Int, { description: "Number of entries." })
  count!: number;
  @Field(() => [DirectoryEntry], { description: "ESS structures: the vitrine de l'ESS first, then by name." })
  entries!: DirectoryEntry[];
}
