import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES, type Reason } from "../domain/opportunities/opportunity";
import { DECLINE_REASON_KINDS } from "../domain/opportunities/lifecycle";

export enum OpportunityKindEnum {
  PARTNERSHIP = "PARTNERSHIP",
  POOLING = "POOLING",
  POOLING_GROUP = "POOLING_GROUP",
  ESS_BUSINESS = "ESS_BUSINESS",
  FUNDING = "FUNDING",
  RESEARCH = "RESEARCH",
  SUPPORT = "SUPPORT",
}
export enum OpportunityStatusEnum {
  SUGGESTED = "SUGGESTED",
  CONTACTED = "CONTACTED",
  ACCEPTED = "ACCEPTED",
  DECLINED = "DECLINED",
}
export enum DeclineReasonKindEnum {
  NOT_RELEVANT = "NOT_RELEVANT",
  ALREADY_IN_TOUCH = "ALREADY_IN_TOUCH",
  NOT_INTERESTED = "NOT_INTERESTED",
  NO_CAPACITY = "NO_CAPACITY",
  ORGANISATION_CLOSED = "ORGANISATION_CLOSED",
  OTHER = "OTHER",
}
export enum LanguageEnum {
  FR = "fr",
  EN = "en",
}

// Keep the GraphQL enums and the domain's lists in step.
const same = (a: readonly string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
if (
  !same(OPPORTUNITY_KINDS, Object.values(OpportunityKindEnum)) ||
  !same(OPPORTUNITY_STATUSES, Object.values(OpportunityStatusEnum)) ||
  !same(DECLINE_REASON_KINDS, Object.values(DeclineReasonKindEnum))
) {
  throw new Error("opportunity.type.ts: GraphQL enums differ from the domain's kinds or statuses");
}

registerEnumType(OpportunityKindEnum, {
  name: "OpportunityKind",
  description: "Kinds of opportunity.",
  valuesConfig: {
    PARTNERSHIP: {
      description:
        "Two organisations not linked yet that the cooperation graph, proximity and themes bring together (link prediction).",
    },
    POOLING: { description: "An open need met by an open offer of the same kind nearby." },
    POOLING_GROUP: {
      description:
        "Three or more structures close to each other with the same open need: a shared purchase or resource.",
    },
    ESS_BUSINESS: {
      description:
        "A business whose CSR commitments or activity call for what an ESS structure provides (complementarity table), incl. reserved contracts and sponsorship.",
    },
    FUNDING: { description: "A financer whose themes and stages fit a structure it does not fund yet." },
    RESEARCH: { description: "A lab or research project on the themes of a structure with no research link yet." },
    SUPPORT: { description: "A support provider serving the stage of an early-stage structure with no support yet." },
  },
});
registerEnumType(DeclineReasonKindEnum, {
  name: "DeclineReasonKind",
  description: "Why an opportunity will not happen, from a short list; the coordinator's own words go beside it.",
  valuesConfig: {
    NOT_RELEVANT: { description: "The suggestion does not fit (wrong activity, wrong moment)." },
    ALREADY_IN_TOUCH: { description: "The organisations already work together or know each other." },
    NOT_INTERESTED: { description: "One of them does not want it." },
    NO_CAPACITY: { description: "No time, staff or money for it now." },
    ORGANISATION_CLOSED: { description: "One of them has closed or stopped the activity." },
    OTHER: { description: "Another reason, in the coordinator's words." },
  },
});
registerEnumType(OpportunityStatusEnum, {
  name: "OpportunityStatus",
  description: "Where a coordinator is with an opportunity.",
  valuesConfig: {
    SUGGESTED: { description: "Suggested by Maillage; nobody acted on it yet." },
    CONTACTED: { description: "A coordinator put the organisations in touch." },
    ACCEPTED: { description: "It happened: the partnership or the pooling is in the graph." },
    DECLINED: { description: "It will not happen; not suggested again." },
  },
});
registerEnumType(LanguageEnum, {
  name: "Language",
  description: "Language of explanations.",
  valuesConfig: { FR: { description: "French." }, EN: { description: "English." } },
});

export enum OpportunityOrderEnum {
  KINDS_IN_TURN = "KINDS_IN_TURN",
  SCORE = "SCORE",
}
registerEnumType(OpportunityOrderEnum, {
  name: "OpportunityOrder",
  description: "In which order suggestions are listed.",
  valuesConfig: {
    KINDS_IN_TURN: {
      description: "Best first within a kind, the kinds taking turns (scores of different kinds are not comparable).",
    },
    SCORE: { description: "Highest score first, whatever the kind." },
  },
});

@ObjectType({ description: "How many suggestions of one kind match the filters." })
export class OpportunityKindCount {
  @Field(() => OpportunityKindEnum, { description: "Kind of opportunity." })
  kind!: OpportunityKindEnum;
  @Field(() => Int, { description: "How many (counting stops at a bound: see atLeast)." })
  count!: number;
  @Field(() => Boolean, { description: "True when there are more than count." })
  atLeast!: boolean;
}

@ObjectType({ description: "An organisation an opportunity concerns (public fields only)." })
export class OpportunityMember {
  @Field(() => ID, { description: "Organisation id." })
  id!: string;
  @Field(() => String, { description: "Name." })
  name!: string;
  @Field(() => String, { description: "Node type: EssStructure, Business, Financer, SupportProvider or ResearchUnit." })
  kind!: string;
  @Field(() => String, { nullable: true, description: "INSEE code of its town." })
  inseeCode!: string | null;
  @Field(() => Boolean, { description: "True when it was invented for the demonstration (sourceKind ILLUSTRATIVE)." })
  illustrative!: boolean;
}

@ObjectType({ description: "The link-prediction scores of a pair, as NetworkX defines them." })
export class LinkPredictionScores {
  @Field(() => Int, { description: "Number of common neighbours in the cooperation graph." })
  commonNeighbours!: number;
  @Field(() => Float, { description: "Jaccard coefficient of the two neighbourhoods." })
  jaccard!: number;
  @Field(() => Float, { description: "Adamic–Adar index." })
  adamicAdar!: number;
  @Field(() => Float, { description: "Resource allocation index." })
  resourceAllocation!: number;
}

@ObjectType({ description: "A suggestion: who should meet whom, or who could pool what, and why." })
export class Opportunity {
  @Field(() => ID, { description: "Stable id: kind, member ids and, for pooling, the resources matched." })
  id!: string;
  @Field(() => OpportunityKindEnum, { description: "Kind of opportunity." })
  kind!: OpportunityKindEnum;
  @Field(() => OpportunityStatusEnum, { description: "Where coordinators are with it." })
  status!: OpportunityStatusEnum;
  @Field(() => Float, { description: "Score in [0, 1]; higher is more promising." })
  score!: number;
  @Field(() => [OpportunityMember], { description: "The organisations concerned (a pair or a group)." })
  members!: OpportunityMember[];
  @Field(() => LinkPredictionScores, { nullable: true, description: "Link-prediction scores (PARTNERSHIP only)." })
  linkScores?: LinkPredictionScores;

  reasons!: Reason[];
}

@ObjectType({ description: "What an undo took back." })
export class UndoneStep {
  @Field(() => ID, { description: "Opportunity id." })
  id!: string;
  @Field(() => Opportunity, {
    nullable: true,
    description:
      "The opportunity as it stands again (its status the one before the step); null when it no longer holds on today's graph.",
  })
  opportunity!: Opportunity | null;
}
