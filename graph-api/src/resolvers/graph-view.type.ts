import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { DEGREE_DEFINITION } from "../domain/export/dataset";

@ObjectType({ description: "A node of the explorer's cooperation graph. Public fields only." })
export class GraphNode {
  @Field(() => ID, { description: "Stable identifier (`town:<INSEE code>` for towns)." })
  id!: string;
  @Field(() => String, {
    description:
      "Node type: EssStructure, Business, Financer, SupportProvider, ResearchUnit, Event, SharedResource, CallForProjects or Town.",
  })
  type!: string;
  @Field(() => String, { description: "Name (or title)." })
  name!: string;
  @Field(() => String, { nullable: true, description: "INSEE code of its town, when it has one." })
  inseeCode!: string | null;
  @Field(() => String, { nullable: true, description: "Legal form of an ESS structure (a LegalForm value)." })
  legalForm!: string | null;
  @Field(() => Float, { nullable: true, description: "Latitude (WGS84)." })
  latitude!: number | null;
  @Field(() => Float, { nullable: true, description: "Longitude (WGS84)." })
  longitude!: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      'How precise the point is: "address" (coordinates from the data), "commune" (no coordinates in the data: the centre of its town), or null when not recorded.',
  })
  geoPrecision!: string | null;
  @Field(() => Boolean, { description: "True for invented demo data." })
  illustrative!: boolean;
  @Field(() => Int, {
    description: `${DEGREE_DEFINITION} In the whole graph, not only this view (0 for towns and calls).`,
  })
  degree!: number;
}

@ObjectType({ description: "A cooperation relationship between two nodes of the graph." })
export class GraphEdge {
  @Field(() => ID, {
    description:
      "Stable identifier of the relationship: a hash of its type, ends, kind and own year, the same in the relationships list, every export and every dataset version.",
  })
  id!: string;
  @Field(() => ID, { description: "Id of the source node." })
  source!: string;
  @Field(() => ID, { description: "Id of the target node." })
  target!: string;
  @Field(() => String, {
    description:
      "Relationship type: PARTNERS_WITH, PURCHASES_FROM, FUNDS, SUPPORTS, STUDIES, MEMBER_OF, ATTENDED, POOLS, LAUREATE_OF, LOCATED_IN.",
  })
  type!: string;
  @Field(() => String, {
    nullable: true,
    description: "Partnership kind, funding instrument or attendance role, when it has one.",
  })
  kind!: string | null;
  @Field(() => Int, { nullable: true, description: "First year, when known." })
  since!: number | null;
}

@ObjectType({ description: "Nodes and the relationships among them." })
export class GraphView {
  @Field(() => [GraphNode], { description: "Nodes." })
  nodes!: GraphNode[];
  @Field(() => [GraphEdge], { description: "Relationships among the nodes." })
  edges!: GraphEdge[];
  @Field(() => Boolean, {
    description: "True when the scope held more nodes than the limit and only the best connected were kept.",
  })
  truncated!: boolean;
}
