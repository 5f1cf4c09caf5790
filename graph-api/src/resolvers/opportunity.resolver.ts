import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { explain } from "../domain/opportunities/explain";
import { MAX_COUNT, MAX_LIMIT, MAX_WINDOW } from "../domain/opportunities/finder";
import { recordOutcome, undoLastStep, type OpportunityAction } from "../domain/opportunities/lifecycle";
import { requireRole } from "../auth/require-role";
import {
  DeclineReasonKindEnum,
  LanguageEnum,
  Opportunity,
  OpportunityKindCount,
  OpportunityKindEnum,
  OpportunityOrderEnum,
  UndoneStep,
} from "./opportunity.type";

async function record(ctx: AppContext, id: string, action: OpportunityAction): Promise<Opportunity> {
  // Admins are coordinators too (auth/roles.ts).
  const by = requireRole(ctx.jwt, "coordinator", "record opportunities' outcomes");
  return (await recordOutcome(ctx.opportunities, ctx.writer, id, action, by)) as Opportunity;
}

@Resolver(() => Opportunity)
export class OpportunityResolver {
  @Query(() => [Opportunity], {
    description:
      "Suggested opportunities, each with its reasons: best first within a kind; without a kind, the kinds take turns (or, with order SCORE, highest score first). Filters: kind, a town (at least one member there), a theme (at least one member works on it), an organisation (it is a member). Paged by offset and limit. Public.",
  })
  async opportunities(
    @Ctx() ctx: AppContext,
    @Arg("kind", () => OpportunityKindEnum, { nullable: true, description: "Only this kind." })
    kind?: OpportunityKindEnum,
    @Arg("inseeCode", () => String, { nullable: true, description: "INSEE code of a town of the territory." })
    inseeCode?: string,
    @Arg("theme", () => String, { nullable: true, description: "Theme code." }) theme?: string,
    @Arg("organisationId", () => ID, { nullable: true, description: "Id of an organisation." }) organisationId?: string,
    @Arg("limit", () => Int, { defaultValue: 20, description: `How many, 1 to ${MAX_LIMIT}.` }) limit = 20,
    @Arg("offset", () => Int, {
      defaultValue: 0,
      description: `How many to skip (the next page starts at offset + limit); offset + limit at most ${MAX_WINDOW}.`,
    })
    offset = 0,
    @Arg("order", () => OpportunityOrderEnum, {
      defaultValue: OpportunityOrderEnum.KINDS_IN_TURN,
      description: "In which order.",
    })
    order = OpportunityOrderEnum.KINDS_IN_TURN,
  ): Promise<Opportunity[]> {
    return (await ctx.opportunities.find({
      kind,
      inseeCode: inseeCode ?? undefined,
      theme: theme ?? undefined,
      organisationId: organisationId ?? undefined,
      limit,
      offset,
      order,
    })) as Opportunity[];
  }

  @Query(() => [OpportunityKindCount], {
    description: `How many suggestions of each kind match the filters (same filters as opportunities; counting stops at ${MAX_COUNT} a kind). Public.`,
  })
  async opportunityCounts(
    @Ctx() ctx: AppContext,
    @Arg("inseeCode", () => String, { nullable: true, description: "INSEE code of a town of the territory." })
    inseeCode?: string,
    @Arg("theme", () => String, { nullable: true, description: "Theme code." }) theme?: string,
    @Arg("organisationId", () => ID, { nullable: true, description: "Id of an organisation." }) organisationId?: string,
  ): Promise<OpportunityKindCount[]> {
    return (await ctx.opportunities.count({
      inseeCode: inseeCode ?? undefined,
      theme: theme ?? undefined,
      organisationId: organisationId ?? undefined,
    })) as OpportunityKindCount[];
  }

  @Query(() => Opportunity, {
    nullable: true,
    description: "One opportunity by id, recomputed on today's graph; null when it no longer holds. Public.",
  })
  async opportunity(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Opportunity id." }) id: string,
  ): Promise<Opportunity | null> {
    return (await ctx.opportunities.get(id)) as Opportunity | null;
  }

  @Mutation(() => Opportunity, {
    description: "Records that a coordinator put the organisations in touch. Coordinators only.",
  })
  markOpportunityContacted(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Opportunity id." }) id: string,
    @Arg("note", () => String, { nullable: true, description: "What was done (kept for colleagues)." }) note?: string,
    @Arg("nextFollowUp", () => String, {
      nullable: true,
      description: "When to follow it up (a date, YYYY-MM-DD, from today to two years ahead).",
    })
    nextFollowUp?: string,
  ): Promise<Opportunity> {
    return record(ctx, id, { type: "CONTACTED", note: note ?? undefined, nextFollowUp: nextFollowUp ?? undefined });
  }

  @Mutation(() => Opportunity, {
    description:
      "Records that the opportunity happened, and writes it into the graph: the partnership, a shared resource pooled by the members (closing the need it met), the funding, the research link or the support. Coordinators only.",
  })
  acceptOpportunity(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Opportunity id." }) id: string,
    @Arg("partnershipKind", () => String, {
      nullable: true,
      description:
        "For a partnership: COMMERCIAL, SPONSORSHIP, SKILLS_SPONSORSHIP or CO_PROJECT (default: CO_PROJECT, or what the complementarity proposed).",
    })
    partnershipKind?: string,
    @Arg("note", () => String, { nullable: true, description: "What was agreed." }) note?: string,
  ): Promise<Opportunity> {
    return record(ctx, id, {
      type: "ACCEPTED",
      note: note ?? undefined,
      partnershipKind: partnershipKind ?? undefined,
    });
  }

  @Mutation(() => Opportunity, {
    description: "Records that the opportunity will not happen, and why; it is not suggested again. Coordinators only.",
  })
  declineOpportunity(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Opportunity id." }) id: string,
    @Arg("reason", () => String, {
      description: "Why, in the coordinator's words (kept for colleagues; never shown to anonymous users).",
    })
    reason: string,
    @Arg("reasonKind", () => DeclineReasonKindEnum, { nullable: true, description: "Why, from the short list." })
    reasonKind?: DeclineReasonKindEnum,
  ): Promise<Opportunity> {
    return record(ctx, id, { type: "DECLINED", reason, reasonKind: reasonKind ?? undefined });
  }

  @Mutation(() => UndoneStep, {
    description:
      "Takes back the last step recorded on an opportunity: it returns to its previous status (or is a suggestion again), and an acceptance's writes into the graph are removed. Recorded in the audit trail. Coordinators only.",
  })
  async undoOpportunityStep(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Opportunity id." }) id: string,
  ): Promise<UndoneStep> {
    const by = requireRole(ctx.jwt, "coordinator", "undo a recorded step");
    const opportunity = (await undoLastStep(ctx.opportunities, ctx.writer, id, by)) as Opportunity | null;
    return { id, opportunity };
  }

  @FieldResolver(() => [String], { description: "Why it is suggested, one sentence per reason." })
  explanation(
    @Root() opportunity: Opportunity,
    @Arg("language", () => LanguageEnum, { defaultValue: LanguageEnum.FR, description: "Language of the sentences." })
    language: LanguageEnum,
  ): string[] {
    return explain(opportunity, language);
  }
}
