import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({
  description: "A relationship of the cooperation network, with its years and provenance. Public data only.",
})
export class CooperationRelationship {
  @Field(() => ID, {
    description:
      "Stable id: a hash of its type, ends, kind and own year, the same in the explorer's graph, every export and every dataset version.",
  })
  id!: string;
  @Field(() => ID, { description: "Id of the node it starts from (the ids networkMetrics and the exports give)." })
  source!: string;
  @Field(() => ID, { description: "Id of the node it goes to." })
  target!: string;
  @Field(() => String, {
    description: "PARTNERS_WITH, PURCHASES_FROM, FUNDS, SUPPORTS, MEMBER_OF, STUDIES, ATTENDED or POOLS.",
  })
  type!: string;
  @Field(() => String, {
    nullable: true,
    description: "Partnership kind, funding instrument or attendance role, when it has one.",
  })
  kind!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: "First year (year of the funding decision, of the event attended), when known.",
  })
  since!: number | null;
  @Field(() => Int, { nullable: true, description: "Last year, when it ended." })
  until!: number | null;
  @Field(() => String, { nullable: true, description: "Kind of source; ILLUSTRATIVE marks invented demo data." })
  sourceKind!: string | null;
  @Field(() => String, { nullable: true, description: "Where the fact comes from (its `source`)." })
  provenance!: string | null;
  @Field(() => String, { nullable: true, description: "Reference inside that source (its `sourceRef`)." })
  provenanceRef!: string | null;
}

@ObjectType({ description: "Where a page of relationships ends." })
export class RelationshipsPageInfo {
  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last relationship of this page: pass it as `after`.",
  })
  endCursor!: string | null;
  @Field(() => Boolean, { description: "Whether more relationships follow." })
  hasNextPage!: boolean;
}

@ObjectType({ description: "A page of the cooperation network's relationships, in the order of their ids." })
export class CooperationRelationshipsPage {
  @Field(() => String, { description: "Dataset version of the graph these pages come from; cursors hold it." })
  datasetVersion!: string;
  @Field(() => Int, { description: "Relationships in the whole list, all pages together." })
  totalCount!: number;
  @Field(() => [CooperationRelationship], { description: "The relationships of this page." })
  nodes!: CooperationRelationship[];
  @Field(() => RelationshipsPageInfo, { description: "Cursor and whether more follow." })
  pageInfo!: RelationshipsPageInfo;
}
