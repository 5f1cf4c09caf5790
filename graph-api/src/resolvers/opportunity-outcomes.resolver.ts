import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { AppContext } from "../context";
import { getOpportunityOutcomes, listRecordedOpportunities, MAX_LOG_LIMIT } from "../domain/opportunities/outcomes";
import { requireRole } from "../auth/require-role";
import { OpportunityKindEnum, OpportunityStatusEnum } from "./opportunity.type";
import { OpportunityOutcomes, RecordedOpportunity } from "./opportunity-outcomes.type";

@Resolver()
export class OpportunityOutcomesResolver {
  @Query(() => OpportunityOutcomes, {
    description:
      "How many opportunities coordinators put in touch, saw happen or saw declined, per kind, optionally only those last recorded in a period. Counts only. Public.",
  })
  opportunityOutcomes(
    @Ctx() ctx: AppContext,
    @Arg("from", () => String, {
      nullable: true,
      description: "Only those last recorded on or after this date (YYYY-MM-DD).",
    })
    from?: string,
    @Arg("to", () => String, { nullable: true, description: "Only those last recorded before this date (YYYY-MM-DD)." })
    to?: string,
  ): Promise<OpportunityOutcomes> {
    return getOpportunityOutcomes(ctx.reader, {
      from: from ?? undefined,
      to: to ?? undefined,
    }) as Promise<OpportunityOutcomes>;
  }

  @Query(() => [RecordedOpportunity], {
    description:
      "The opportunities coordinators acted on, last recorded first, with who did what, when, their notes and decline reasons. Coordinators only.",
  })
  async recordedOpportunities(
    @Ctx() ctx: AppContext,
    @Arg("status", () => OpportunityStatusEnum, {
      nullable: true,
      description: "Only this status (CONTACTED, ACCEPTED or DECLINED).",
    })
    status?: OpportunityStatusEnum,
    @Arg("kind", () => OpportunityKindEnum, { nullable: true, description: "Only this kind." })
    kind?: OpportunityKindEnum,
    @Arg("mine", () => Boolean, {
      defaultValue: false,
      description: "Only those with a step recorded by the signed-in coordinator.",
    })
    mine = false,
    @Arg("inseeCode", () => String, {
      nullable: true,
      description: "Only those with a member in this town (INSEE code).",
    })
    inseeCode?: string,
    @Arg("organisationId", () => ID, {
      nullable: true,
      description: "Only those this organisation is a member of (its id).",
    })
    organisationId?: string,
    @Arg("from", () => String, {
      nullable: true,
      description: "Only those last recorded on or after this date (YYYY-MM-DD).",
    })
    from?: string,
    @Arg("to", () => String, { nullable: true, description: "Only those last recorded before this date (YYYY-MM-DD)." })
    to?: string,
    @Arg("limit", () => Int, { defaultValue: 100, description: `How many, 1 to ${MAX_LOG_LIMIT}.` }) limit = 100,
  ): Promise<RecordedOpportunity[]> {
    const me = requireRole(ctx.jwt, "coordinator", "read the log of recorded opportunities");
    return (await listRecordedOpportunities(ctx.reader, {
      status: status ?? undefined,
      kind: kind ?? undefined,
      by: mine ? me : undefined,
      inseeCode: inseeCode ?? undefined,
      organisationId: organisationId ?? undefined,
      from: from ?? undefined,
      to: to ?? undefined,
      limit,
    })) as RecordedOpportunity[];
  }
}
