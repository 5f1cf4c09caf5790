import { Arg, Ctx, Float, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { AppContext } from "../context";
import { requireRole } from "../auth/require-role";
import {
  conventionOutcomes,
  deleteConvention,
  forbidPair,
  getConvention,
  importCsv,
  invite,
  listConventions,
  pin,
  proposals,
  recordOutcomeOfMeeting,
  removeParticipant,
  saveConventionSettings,
  setParticipant,
  setWish,
  solve,
  type ConventionSettings,
} from "../domain/convention/conventions";
import { agendaIcs } from "../domain/convention/agenda";
import { parseBreak } from "../domain/convention/day";
import { LanguageEnum } from "./opportunity.type";
import {
  Convention,
  ConventionCsvImport,
  ConventionInput,
  ConventionSummary,
  ConventionYearOutcomes,
  InvitationProposal,
  MeetingOutcomeEnum,
  RecordedMeetingOutcome,
} from "./convention.type";

const coordinator = (ctx: AppContext, what: string) => requireRole(ctx.jwt, "coordinator", what);
const settings = (input: ConventionInput): ConventionSettings => ({
  ...input,
  place: input.place ?? null,
  breaks: input.breaks.map((b, i) => parseBreak(b, i)),
});

@Resolver()
export class ConventionResolver {
  @Query(() => [ConventionSummary], {
    description: "The business conventions planned in Maillage, latest first. Coordinators only.",
  })
  async conventions(@Ctx() ctx: AppContext): Promise<ConventionSummary[]> {
    coordinator(ctx, "read business conventions");
    return listConventions(ctx.reader);
  }

  @Query(() => Convention, {
    description: "One business convention with its participants and grid. Coordinators only.",
  })
  async convention(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Convention id." }) id: string,
  ): Promise<Convention> {
    coordinator(ctx, "read business conventions");
    return (await getConvention(ctx.reader, id)) as Convention;
  }

  @Query(() => [InvitationProposal], {
    description:
      "Whom to invite: for each participant (or those named), the organisations of the other kind with the best ESS_BUSINESS suggestions, not invited yet, not linked already, with their reasons. Coordinators only.",
  })
  async conventionProposals(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Convention id." }) id: string,
    @Arg("perParticipant", () => Int, { defaultValue: 5, description: "How many per participant, 1 to 50." })
    perParticipant: number,
    @Arg("participantIds", () => [ID], { nullable: true, description: "Only for these participants." })
    participantIds?: string[],
  ): Promise<InvitationProposal[]> {
    coordinator(ctx, "read business conventions");
    return (await proposals(
      ctx.reader,
      ctx.opportunities,
      id,
      perParticipant,
      participantIds ?? undefined,
    )) as InvitationProposal[];
  }

  @Query(() => String, {
    description: "A participant's agenda as an iCalendar file (RFC 5545), in French or English. Coordinators only.",
  })
  async conventionAgendaIcs(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Convention id." }) id: string,
    @Arg("organisationId", () => ID, { description: "The participant." }) organisationId: string,
    @Arg("language", () => LanguageEnum, { defaultValue: LanguageEnum.FR, description: "Language of the agenda." })
    language: LanguageEnum,
  ): Promise<string> {
    coordinator(ctx, "read business conventions");
    return agendaIcs(await getConvention(ctx.reader, id), organisationId, language);
  }

  @Query(() => [ConventionYearOutcomes], {
    description:
      "What the business conventions gave, by year: meetings planned and held, follow-ups, partnerships and purchases born from them. Counts only. Public.",
  })
  conventionOutcomes(
    @Ctx() ctx: AppContext,
    @Arg("from", () => String, { nullable: true, description: "Conventions held on or after this date (YYYY-MM-DD)." })
    from?: string,
    @Arg("to", () => String, { nullable: true, description: "Conventions held before this date (YYYY-MM-DD)." })
    to?: string,
  ): Promise<ConventionYearOutcomes[]> {
    return conventionOutcomes(ctx.reader, { from: from ?? undefined, to: to ?? undefined });
  }

  @Mutation(() => Convention, { description: "Creates a business convention. Coordinators only." })
  async createConvention(
    @Ctx() ctx: AppContext,
    @Arg("input", () => ConventionInput, { description: "Its settings." }) input: ConventionInput,
  ): Promise<Convention> {
    const by = coordinator(ctx, "plan business conventions");
    return (await saveConventionSettings(ctx.reader, ctx.writer, null, settings(input), by)) as Convention;
  }

  @Mutation(() => Convention, { description: "Changes a convention's settings. Coordinators only." })
  async updateConvention(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Convention id." }) id: string,
    @Arg("input", () => ConventionInput, { description: "Its settings." }) input: ConventionInput,
  ): Promise<Convention> {
    const by = coordinator(ctx, "plan business conventions");
    return (await saveConventionSettings(ctx.reader, ctx.writer, id, settings(input), by)) as Convention;
  }

  @Mutation(() => Boolean, {
    description: "Deletes a convention and its grid (the opportunities its outcomes recorded stay). Coordinators only.",
  })
  async deleteConvention(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Convention id." }) id: string,
  ): Promise<boolean> {
    coordinator(ctx, "plan business conventions");
    return deleteConvention(ctx.reader, ctx.writer, id);
  }

  @Mutation(() => Convention, { description: "Invites ESS structures and businesses. Coordinators only." })
  async inviteToConvention(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Convention id." }) id: string,
    @Arg("organisationIds", () => [ID], { description: "Organisations to invite." }) organisationIds: string[],
  ): Promise<Convention> {
    const by = coordinator(ctx, "plan business conventions");
    return (await invite(ctx.reader, ctx.writer, id, organisationIds, by)) as Convention;
  }

  @Mutation(() => Convention, {
    description:
      "Sets a participant's meetings (fewest, most), the slots it is away, and who comes for it. Omitted arguments keep their value. Coordinators only.",
  })
  async setConventionParticipant(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Convention id." }) id: string,
    @Arg("organisationId", () => ID, { description: "The participant." }) organisationId: string,
    @Arg("minMeetings", () => Int, { nullable: true, description: "Fewest meetings." }) minMeetings?: number,
    @Arg("maxMeetings", () => Int, { nullable: true, description: "Most meetings." }) maxMeetings?: number,
    @Arg("unavailableSlots", () => [Int], { nullable: true, description: "Slots (from 0) when it is away." })
    unavailableSlots?: number[],
    @Arg("attendee", () => String, { nullable: true, description: "Who comes (personal data)." }) attendee?: string,
    @Arg("email", () => String, { nullable: true, description: "Their e-mail (personal data)." }) email?: string,
  ): Promise<Convention> {
    const by = coordinator(ctx, "plan business conventions");
    return (await setParticipant(
      ctx.reader,
      ctx.writer,
      id,
      organisationId,
      { minMeetings, maxMeetings, unavailableSlots: unavailableSlots ?? undefined, attendee, email },
      by,
    )) as Convention;
  }

  @Mutation(() => Convention, {
    description: "Takes a participant off, with its meetings and the wishes to meet it. Coordinators only.",
  })
  async removeConventionParticipant(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Convention id." }) id: string,
    @Arg("organisationId", () => ID, { description: "The participant." }) organisationId: string,
  ): Promise<Convention> {
    const by = coordinator(ctx, "plan business conventions");
    return (await removeParticipant(ctx.reader, ctx.writer, id, organisationId, by)) as Convention;
  }

  @Mutation(() => Convention, {
    description: "Records a participant's wish to meet another (weight 0 takes it back). Coordinators only.",
  })
  async setConventionWish(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Convention id." }) id: string,
    @Arg("fromId", () => ID, { description: "Who wishes." }) fromId: string,
    @Arg("toId", () => ID, { description: "Whom they wish to meet." }) toId: string,
    @Arg("weight", () => Int, { description: "1 (would like) to 3 (must); 0 takes the wish back." }) weight: number,
  ): Promise<Convention> {
    const by = coordinator(ctx, "plan business conventions");
    return (await setWish(ctx.reader, ctx.writer, id, fromId, toId, weight, by)) as Convention;
  }

  @Mutation(() => ConventionCsvImport, {
    description:
      "Imports wishes and unavailabilities from CSV (participant;type;with or slots;weight — type « souhait » or « indisponible »): every line or, when one is wrong, none, with each error's line. Coordinators only.",
  })
  async importConventionCsv(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Convention id." }) id: string,
    @Arg("csv", () => String, { description: "The file's text (UTF-8)." }) csv: string,
  ): Promise<ConventionCsvImport> {
    const by = coordinator(ctx, "plan business conventions");
    return (await importCsv(ctx.reader, ctx.writer, id, csv, by)) as ConventionCsvImport;
  }

  @Mutation(() => Convention, {
    description:
      "Plans the grid again: the meetings of most value (suggestion score × weight + wishes × weight) under every constraint, solved by HiGHS; pinned meetings and those with an outcome stay. Coordinators only.",
  })
  async solveConvention(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Convention id." }) id: string,
    @Arg("suggestionWeight", () => Float, {
      nullable: true,
      description: "Weight of suggestions (default: the convention's).",
    })
    suggestionWeight?: number,
    @Arg("wishWeight", () => Float, { nullable: true, description: "Weight of wishes (default: the convention's)." })
    wishWeight?: number,
  ): Promise<Convention> {
    const by = coordinator(ctx, "plan business conventions");
    return (await solve(
      ctx.reader,
      ctx.writer,
      ctx.opportunities,
      id,
      { suggestionWeight: suggestionWeight ?? undefined, wishWeight: wishWeight ?? undefined },
      by,
    )) as Convention;
  }

  @Mutation(() => Convention, {
    description: "Pins the meeting of two participants at a slot (slot null unpins it). Coordinators only.",
  })
  async pinConventionMeeting(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Convention id." }) id: string,
    @Arg("a", () => ID, { description: "One participant." }) a: string,
    @Arg("b", () => ID, { description: "The other." }) b: string,
    @Arg("slot", () => Int, { nullable: true, description: "Slot index (from 0); null unpins." }) slot?: number,
  ): Promise<Convention> {
    const by = coordinator(ctx, "plan business conventions");
    return (await pin(ctx.reader, ctx.writer, id, a, b, slot ?? null, by)) as Convention;
  }

  @Mutation(() => Convention, {
    description: "Forbids two participants to meet (or allows them again). Coordinators only.",
  })
  async forbidConventionPair(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Convention id." }) id: string,
    @Arg("a", () => ID, { description: "One participant." }) a: string,
    @Arg("b", () => ID, { description: "The other." }) b: string,
    @Arg("forbidden", () => Boolean, { defaultValue: true, description: "False allows them again." })
    forbidden: boolean,
  ): Promise<Convention> {
    const by = coordinator(ctx, "plan business conventions");
    return (await forbidPair(ctx.reader, ctx.writer, id, a, b, forbidden, by)) as Convention;
  }

  @Mutation(() => RecordedMeetingOutcome, {
    description:
      "Records what came of a meeting; for a pair Maillage suggests, the opportunity follows (to follow up: contacted; partnership or purchase: accepted; nothing: declined), with provenance « convention:<id> ». Coordinators only.",
  })
  async recordConventionMeetingOutcome(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Convention id." }) id: string,
    @Arg("meetingId", () => ID, { description: "Meeting id." }) meetingId: string,
    @Arg("outcome", () => MeetingOutcomeEnum, { description: "What came of it." }) outcome: MeetingOutcomeEnum,
    @Arg("note", () => String, { nullable: true, description: "A note for colleagues." }) note?: string,
  ): Promise<RecordedMeetingOutcome> {
    const by = coordinator(ctx, "record business conventions' outcomes");
    return (await recordOutcomeOfMeeting(
      ctx.reader,
      ctx.writer,
      ctx.opportunities,
      id,
      meetingId,
      outcome,
      note ?? null,
      by,
    )) as RecordedMeetingOutcome;
  }
}
