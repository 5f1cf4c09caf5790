import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import {
  DeclineReasonKindEnum,
  OpportunityKindEnum,
  OpportunityMember,
  OpportunityStatusEnum,
} from "./opportunity.type";

@ObjectType({ description: "One step a coordinator recorded on an opportunity." })
export class OpportunityStep {
  @Field(() => OpportunityStatusEnum, { description: "The status it gave." })
  status!: OpportunityStatusEnum;
  @Field(() => OpportunityStatusEnum, {
    nullable: true,
    description: "The status before it (null: it was a suggestion).",
  })
  previous!: OpportunityStatusEnum | null;
  @Field(() => String, { description: "When (ISO 8601)." })
  at!: string;
  @Field(() => String, { description: "Who (the coordinator's account)." })
  by!: string;
  @Field(() => String, { nullable: true, description: "Their note." })
  note!: string | null;
  @Field(() => String, { nullable: true, description: "For a decline: why, in their words." })
  reason!: string | null;
  @Field(() => DeclineReasonKindEnum, { nullable: true, description: "For a decline: why, from the short list." })
  reasonKind!: DeclineReasonKindEnum | null;
  @Field(() => String, { nullable: true, description: "For a contact: when to follow it up (YYYY-MM-DD)." })
  nextFollowUp!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Where it was recorded from when not the opportunity itself: "convention:<id>" for the outcome of a meeting at a business convention.',
  })
  provenance!: string | null;
}

@ObjectType({ description: "What became of the recorded opportunities of one kind." })
export class KindOutcomes {
  @Field(() => OpportunityKindEnum, { description: "Kind of opportunity." })
  kind!: OpportunityKindEnum;
  @Field(() => Int, { description: "Put in touch, no outcome yet." })
  contacted!: number;
  @Field(() => Int, { description: "Happened (written into the graph)." })
  accepted!: number;
  @Field(() => Int, { description: "Will not happen." })
  declined!: number;
  @Field(() => Int, { description: "All recorded (contacted + accepted + declined)." })
  recorded!: number;
}

@ObjectType({
  description: "Counts of the opportunities coordinators acted on, by status and kind; no names, notes or authors.",
})
export class OpportunityOutcomes {
  @Field(() => Int, { description: "Opportunities recorded by coordinators." })
  recorded!: number;
  @Field(() => Int, { description: "Put in touch, no outcome yet." })
  contacted!: number;
  @Field(() => Int, { description: "Happened (written into the graph)." })
  accepted!: number;
  @Field(() => Int, { description: "Will not happen." })
  declined!: number;
  @Field(() => [KindOutcomes], { description: "Per kind, every kind listed (zero when none recorded)." })
  byKind!: KindOutcomes[];
}

@ObjectType({ description: "An opportunity a coordinator acted on, with who did what (coordinators only)." })
export class RecordedOpportunity {
  @Field(() => ID, { description: "Opportunity id." })
  id!: string;
  @Field(() => OpportunityKindEnum, { description: "Kind of opportunity." })
  kind!: OpportunityKindEnum;
  @Field(() => OpportunityStatusEnum, { description: "Where coordinators are with it." })
  status!: OpportunityStatusEnum;
  @Field(() => Float, { nullable: true, description: "Score when it was last recorded." })
  score!: number | null;
  @Field(() => [OpportunityMember], { description: "The organisations concerned, as named in today's graph." })
  members!: OpportunityMember[];
  @Field(() => String, { nullable: true, description: "When it was first recorded (ISO 8601)." })
  createdAt!: string | null;
  @Field(() => String, { nullable: true, description: "Who first recorded it." })
  createdBy!: string | null;
  @Field(() => String, { nullable: true, description: "When it was last recorded (ISO 8601)." })
  updatedAt!: string | null;
  @Field(() => String, { nullable: true, description: "Who last recorded it." })
  updatedBy!: string | null;
  @Field(() => String, { nullable: true, description: "Why it was declined." })
  declineReason!: string | null;
  @Field(() => DeclineReasonKindEnum, { nullable: true, description: "Why it was declined, from the short list." })
  declineReasonKind!: DeclineReasonKindEnum | null;
  @Field(() => String, {
    nullable: true,
    description: "When to follow up the contact (YYYY-MM-DD); none once it has an outcome.",
  })
  nextFollowUp!: string | null;
  @Field(() => [String], { description: 'Coordinators\' notes, oldest first ("STATUS date who: note").' })
  notes!: string[];
  @Field(() => [OpportunityStep], {
    description: "Every step recorded, oldest first (steps taken back by an undo are gone).",
  })
  history!: OpportunityStep[];
}
