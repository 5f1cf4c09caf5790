import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { MEETING_OUTCOMES } from "../domain/convention/conventions";
import { Opportunity, OpportunityMember } from "./opportunity.type";

export enum MeetingOutcomeEnum {
  FOLLOW_UP = "FOLLOW_UP",
  PARTNERSHIP = "PARTNERSHIP",
  PURCHASE = "PURCHASE",
  NOTHING = "NOTHING",
  NOT_HELD = "NOT_HELD",
}
if (MEETING_OUTCOMES.join() !== Object.values(MeetingOutcomeEnum).join())
  throw new Error("convention.type.ts: MeetingOutcome differs from the domain's outcomes");
registerEnumType(MeetingOutcomeEnum, {
  name: "MeetingOutcome",
  description: "What came of a meeting at a business convention.",
  valuesConfig: {
    FOLLOW_UP: { description: "To follow up: the pair's opportunity is marked contacted." },
    PARTNERSHIP: {
      description: "A partnership was born: the pair's opportunity is accepted (written into the graph).",
    },
    PURCHASE: { description: "A purchase: the opportunity is accepted as a commercial partnership." },
    NOTHING: { description: "Nothing came of it: the opportunity is declined." },
    NOT_HELD: { description: "The meeting did not take place." },
  },
});

export enum ConventionSolveStatusEnum {
  OPTIMAL = "OPTIMAL",
  WITHIN_GAP = "WITHIN_GAP",
  TIME_LIMIT = "TIME_LIMIT",
  INFEASIBLE = "INFEASIBLE",
  EMPTY = "EMPTY",
  FAILED = "FAILED",
}
registerEnumType(ConventionSolveStatusEnum, {
  name: "ConventionSolveStatus",
  description: "What the solver (HiGHS) reported on the meeting grid.",
  valuesConfig: {
    OPTIMAL: { description: "The best grid possible, proved." },
    WITHIN_GAP: { description: "A grid proved within the gap (1 %) of the best possible." },
    TIME_LIMIT: { description: "Stopped at the time limit with the best grid found so far (see gap)." },
    INFEASIBLE: { description: "No grid meets every constraint (minimums, pins): the previous grid is kept." },
    EMPTY: { description: "No candidate meeting: no suggestion or wish between participants." },
    FAILED: { description: "The solver stopped without a grid: the previous grid is kept." },
  },
});

@ObjectType({ description: "A time range of the day (HH:MM, venue's local time)." })
export class TimeRange {
  @Field(() => String, { description: "Start (HH:MM)." })
  start!: string;
  @Field(() => String, { description: "End (HH:MM)." })
  end!: string;
}

@InputType({ description: "A business convention's settings." })
export class ConventionInput {
  @Field(() => String, { description: "Title (e.g. « Top 10 des entreprises engagées 2027 »)." })
  title!: string;
  @Field(() => String, { description: "Date (YYYY-MM-DD)." })
  date!: string;
  @Field(() => String, { nullable: true, description: "Venue." })
  place?: string | null;
  @Field(() => String, { description: "Time the meetings start (HH:MM)." })
  startTime!: string;
  @Field(() => String, { description: "Time the meetings end (HH:MM)." })
  endTime!: string;
  @Field(() => Int, { description: "Length of a meeting slot, in minutes (5 to 240)." })
  slotMinutes!: number;
  @Field(() => [String], {
    defaultValue: [],
    description: "Breaks, each as HH:MM-HH:MM (e.g. 10:20-10:40): no meeting overlaps them.",
  })
  breaks!: string[];
  @Field(() => Int, { description: "Number of tables: meetings that can take place at once." })
  tables!: number;
  @Field(() => Int, {
    defaultValue: 0,
    description: "Fewest meetings a participant should have (unless set for them).",
  })
  defaultMinMeetings!: number;
  @Field(() => Int, { description: "Most meetings a participant should have (unless set for them)." })
  defaultMaxMeetings!: number;
  @Field(() => Float, {
    defaultValue: 1,
    description: "Weight of Maillage's suggestion score in a meeting's value (0 to 10).",
  })
  suggestionWeight!: number;
  @Field(() => Float, { defaultValue: 1, description: "Weight of the participants' stated wishes (0 to 10)." })
  wishWeight!: number;
}

@ObjectType({ description: "A meeting slot of the day." })
export class ConventionSlot {
  @Field(() => Int, { description: "Index from 0 (the grid shows it from 1)." })
  index!: number;
  @Field(() => String, { description: "Start (HH:MM)." })
  start!: string;
  @Field(() => String, { description: "End (HH:MM)." })
  end!: string;
}

@ObjectType({
  description:
    "An organisation invited to a convention, with what the coordinator set for it. Who comes and their e-mail are personal data: coordinators only, like contacts.",
})
export class ConventionParticipant {
  @Field(() => OpportunityMember, { description: "The organisation (ESS structure or business)." })
  organisation!: OpportunityMember;
  @Field(() => Int, { description: "Fewest meetings for it." })
  minMeetings!: number;
  @Field(() => Int, { description: "Most meetings for it." })
  maxMeetings!: number;
  @Field(() => Boolean, { description: "True when the convention's defaults apply." })
  usesDefaults!: boolean;
  @Field(() => [Int], { description: "Slots (from 0) when it is not available." })
  unavailableSlots!: number[];
  @Field(() => String, { nullable: true, description: "Who comes for it (personal data)." })
  attendee!: string | null;
  @Field(() => String, { nullable: true, description: "Their e-mail (personal data)." })
  email!: string | null;
}

@ObjectType({ description: "A participant's stated wish to meet another." })
export class ConventionWish {
  @Field(() => ID, { description: "Who wishes (organisation id)." })
  fromId!: string;
  @Field(() => ID, { description: "Whom they wish to meet." })
  toId!: string;
  @Field(() => Int, { description: "How much: 1 (would like) to 3 (must)." })
  weight!: number;
}

@ObjectType({ description: "A one-to-one meeting of the grid." })
export class ConventionMeeting {
  @Field(() => ID, { description: "Meeting id." })
  id!: string;
  @Field(() => Int, { description: "Slot index (from 0)." })
  slot!: number;
  @Field(() => Int, { description: "Table number (from 1)." })
  table!: number;
  @Field(() => [OpportunityMember], { description: "The two participants." })
  members!: OpportunityMember[];
  @Field(() => Boolean, { description: "Pinned by a coordinator: solving again keeps it there." })
  pinned!: boolean;
  @Field(() => Float, { description: "Its value in the plan (suggestion × weight + wishes × weight)." })
  value!: number;
  @Field(() => Float, { description: "Maillage's suggestion score of the pair, in [0, 1] (0: not suggested)." })
  score!: number;
  @Field(() => Int, { description: "Sum of the wishes' weights stated by the two." })
  wish!: number;
  @Field(() => MeetingOutcomeEnum, { nullable: true, description: "What came of it, once recorded." })
  outcome!: MeetingOutcomeEnum | null;
  @Field(() => String, { nullable: true, description: "The coordinator's note on the outcome." })
  outcomeNote!: string | null;
  @Field(() => ID, { nullable: true, description: "The pair's ESS_BUSINESS opportunity, when Maillage suggests it." })
  opportunityId!: string | null;
}

@ObjectType({ description: "What the solver reported on the last solve." })
export class ConventionSolve {
  @Field(() => ConventionSolveStatusEnum, { description: "Status." })
  status!: ConventionSolveStatusEnum;
  @Field(() => Float, {
    nullable: true,
    description: "Relative gap between the grid and the best possible (0: optimal); null when unknown.",
  })
  gap!: number | null;
  @Field(() => Float, { description: "Value of the grid." })
  objective!: number;
  @Field(() => Float, { description: "Seconds the solve took." })
  seconds!: number;
  @Field(() => Int, { description: "Size of the programme: candidate meetings (pair × slot)." })
  columns!: number;
  @Field(() => Int, { description: "Size of the programme: constraints." })
  rows!: number;
  @Field(() => String, { description: "When (ISO 8601)." })
  at!: string;
  @Field(() => Float, { description: "Weight of suggestions used." })
  suggestionWeight!: number;
  @Field(() => Float, { description: "Weight of wishes used." })
  wishWeight!: number;
}

@ObjectType({
  description: "A business convention (« convention d'affaires », the programme's Top 10). Coordinators only.",
})
export class Convention {
  @Field(() => ID, { description: "Convention id." })
  id!: string;
  @Field(() => String, { description: "Title." })
  title!: string;
  @Field(() => String, { description: "Date (YYYY-MM-DD)." })
  date!: string;
  @Field(() => String, { nullable: true, description: "Venue." })
  place!: string | null;
  @Field(() => String, { description: "Meetings start (HH:MM)." })
  startTime!: string;
  @Field(() => String, { description: "Meetings end (HH:MM)." })
  endTime!: string;
  @Field(() => Int, { description: "Slot length in minutes." })
  slotMinutes!: number;
  @Field(() => [TimeRange], { description: "Breaks." })
  breaks!: TimeRange[];
  @Field(() => Int, { description: "Number of tables." })
  tables!: number;
  @Field(() => Int, { description: "Default fewest meetings per participant." })
  defaultMinMeetings!: number;
  @Field(() => Int, { description: "Default most meetings per participant." })
  defaultMaxMeetings!: number;
  @Field(() => Float, { description: "Weight of the suggestion score." })
  suggestionWeight!: number;
  @Field(() => Float, { description: "Weight of stated wishes." })
  wishWeight!: number;
  @Field(() => [ConventionSlot], { description: "The day's meeting slots." })
  slots!: ConventionSlot[];
  @Field(() => [ConventionParticipant], { description: "Participants, by name." })
  participants!: ConventionParticipant[];
  @Field(() => [ConventionWish], { description: "Stated wishes." })
  wishes!: ConventionWish[];
  @Field(() => [[ID]], { description: "Pairs that must not meet (two organisation ids each)." })
  forbiddenPairs!: string[][];
  @Field(() => [ConventionMeeting], { description: "The grid: meetings by slot and table." })
  meetings!: ConventionMeeting[];
  @Field(() => ConventionSolve, { nullable: true, description: "The last solve; null before the first." })
  solve!: ConventionSolve | null;
  @Field(() => String, { description: "Last change (ISO 8601)." })
  updatedAt!: string;
}

@ObjectType({ description: "A convention in a list." })
export class ConventionSummary {
  @Field(() => ID, { description: "Convention id." })
  id!: string;
  @Field(() => String, { description: "Title." })
  title!: string;
  @Field(() => String, { description: "Date (YYYY-MM-DD)." })
  date!: string;
  @Field(() => String, { nullable: true, description: "Venue." })
  place!: string | null;
  @Field(() => Int, { description: "Participants invited." })
  participants!: number;
  @Field(() => Int, { description: "Meetings in the grid." })
  meetings!: number;
}

@ObjectType({ description: "Whom to invite: an organisation Maillage suggests for a participant (ESS_BUSINESS)." })
export class InvitationProposal {
  @Field(() => OpportunityMember, { description: "The organisation to invite." })
  organisation!: OpportunityMember;
  @Field(() => OpportunityMember, { description: "The participant it is suggested for." })
  participant!: OpportunityMember;
  @Field(() => Opportunity, { description: "The suggestion, with its score and reasons (ask `explanation`)." })
  opportunity!: Opportunity;
}

@ObjectType({ description: "One line of an imported file that could not be read." })
export class CsvLineError {
  @Field(() => Int, { description: "Line number (from 1)." })
  line!: number;
  @Field(() => String, {
    description:
      "Why, as a code to say in the reader's language: UNKNOWN_PARTICIPANT, AMBIGUOUS_NAME, MISSING_PARTICIPANT, BAD_WEIGHT, SELF_WISH, NO_SLOTS, BAD_SLOT, BAD_TYPE or TOO_MANY_LINES.",
  })
  code!: string;
  @Field(() => String, { description: "The text at fault, as written (empty when missing)." })
  value!: string;
  @Field(() => String, { description: "What is wrong, in English." })
  message!: string;
}

@ObjectType({ description: "What an import of wishes and unavailabilities did: all lines, or none when one is wrong." })
export class ConventionCsvImport {
  @Field(() => Int, { description: "Wishes imported." })
  wishes!: number;
  @Field(() => Int, { description: "Unavailabilities imported." })
  unavailabilities!: number;
  @Field(() => [CsvLineError], { description: "Lines that could not be read (nothing imported when any)." })
  errors!: CsvLineError[];
  @Field(() => Convention, { description: "The convention as it stands." })
  convention!: Convention;
}

@ObjectType({ description: "A meeting's outcome, recorded." })
export class RecordedMeetingOutcome {
  @Field(() => Convention, { description: "The convention as it stands." })
  convention!: Convention;
  @Field(() => String, {
    nullable: true,
    description:
      "The pair's opportunity status after it (CONTACTED, ACCEPTED, DECLINED); null when Maillage does not suggest this pair.",
  })
  opportunityStatus!: string | null;
}

@ObjectType({ description: "What the programme's business conventions of a year gave. Counts only." })
export class ConventionYearOutcomes {
  @Field(() => Int, { description: "Year of the conventions." })
  year!: number;
  @Field(() => Int, { description: "Meetings planned." })
  planned!: number;
  @Field(() => Int, { description: "Meetings held (an outcome recorded, other than « not held »)." })
  held!: number;
  @Field(() => Int, { description: "Meetings to follow up." })
  followUps!: number;
  @Field(() => Int, { description: "Partnerships born from the meetings." })
  partnerships!: number;
  @Field(() => Int, { description: "Purchases born from the meetings." })
  purchases!: number;
  @Field(() => Int, { description: "Meetings with no outcome." })
  nothing!: number;
}
