import { Arg, Ctx, Field, FieldResolver, Float, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PARTNERSHIP_SIGNAL_LABELS, PARTNERSHIP_SIGNALS } from "@maillage/model";
import type { AppContext } from "../context";
import { requireRole } from "../auth/require-role";
import { refitPartnershipModel } from "../domain/opportunities/model-store";
import { describeModel, type PartnershipModel } from "../domain/opportunities/partnership-model";
import { LanguageEnum } from "./opportunity.type";

@ObjectType({ description: "How much one signal weighs in the partnership model." })
export class PartnershipSignalWeight {
  @Field(() => String, { description: "Signal code (PARTNERSHIP_SIGNALS in @maillage/model)." })
  signal!: string;
  @Field(() => String, { description: "The signal in words, in French." })
  labelFr!: string;
  @Field(() => String, { description: "The signal in words, in English." })
  labelEn!: string;
  @Field(() => Float, {
    description: "Weight on the standardised signal (0: the signal does not vary on this graph, or is not used).",
  })
  weight!: number;
}

@ObjectType({
  description:
    "The model partnership suggestions are ranked with, fitted on this graph: a logistic regression on the pairs' signals, or the best single heuristic when there are too few links to learn from.",
})
export class PartnershipModelInfo {
  @Field(() => Int, {
    nullable: true,
    description: "Version, one more at each stored fit (null: fitted, not stored yet).",
  })
  version!: number | null;
  @Field(() => String, { description: "LOGISTIC_REGRESSION or SINGLE_HEURISTIC." })
  method!: string;
  @Field(() => String, { nullable: true, description: "The heuristic kept, for SINGLE_HEURISTIC." })
  heuristic!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Why a single heuristic: TOO_FEW_LINKS or BETTER_BY_CROSS_VALIDATION.",
  })
  fallbackReason!: string | null;
  @Field(() => [PartnershipSignalWeight], { description: "Each signal's weight." })
  signals!: PartnershipSignalWeight[];
  @Field(() => Float, { nullable: true, description: "Cross-validated AUC of the method kept (null: not measurable)." })
  validationAuc!: number | null;
  @Field(() => Float, { nullable: true, description: "Cross-validated average precision of the method kept." })
  validationAveragePrecision!: number | null;
  @Field(() => String, { description: "When it was fitted (ISO 8601)." })
  fittedAt!: string;
  @Field(() => Int, { description: "Hidden links it learnt from (positives, over all rounds)." })
  positives!: number;
  @Field(() => Int, { description: "Unlinked pairs it learnt from (negatives)." })
  negatives!: number;
  @Field(() => Int, { description: "Accepted partnership suggestions used as examples." })
  acceptedExamples!: number;
  @Field(() => Int, { description: "Declined partnership suggestions used as examples." })
  declinedExamples!: number;
  @Field(() => Int, { description: "Links of the graph at fit time; it is refitted when they move by more than 5 %." })
  relationships!: number;

  model!: PartnershipModel;
}

const finite = (v: number) => (Number.isFinite(v) ? v : null);

function info(model: PartnershipModel & { version?: number }): PartnershipModelInfo {
  return {
    ...model,
    version: model.version ?? null,
    signals: PARTNERSHIP_SIGNALS.map((signal, i) => ({
      signal,
      labelFr: PARTNERSHIP_SIGNAL_LABELS[signal].fr,
      labelEn: PARTNERSHIP_SIGNAL_LABELS[signal].en,
      weight: model.weights[i],
    })),
    validationAuc: finite(model.validationAuc),
    validationAveragePrecision: finite(model.validationAveragePrecision),
    model,
  };
}

@Resolver(() => PartnershipModelInfo)
export class PartnershipModelResolver {
  @Query(() => PartnershipModelInfo, {
    description: "The model partnership suggestions are ranked with now, and how well it found hidden links. Public.",
  })
  async partnershipModel(@Ctx() ctx: AppContext): Promise<PartnershipModelInfo> {
    return info(await ctx.opportunities.model());
  }

  @Mutation(() => PartnershipModelInfo, {
    description:
      "Fits the partnership model on the graph now (links, and coordinators' accepted and declined suggestions) and stores it; suggestions use it at once. Coordinators only.",
  })
  async refitPartnershipModel(@Ctx() ctx: AppContext): Promise<PartnershipModelInfo> {
    requireRole(ctx.jwt, "coordinator", "refit the partnership model");
    const model = await refitPartnershipModel(ctx.reader, ctx.writer);
    ctx.opportunities.invalidate();
    return info(model);
  }

  @FieldResolver(() => String, { description: "What the model is, in a sentence for a coordinator." })
  description(
    @Root() root: PartnershipModelInfo,
    @Arg("language", () => LanguageEnum, { defaultValue: LanguageEnum.FR, description: "Language of the sentence." })
    language: LanguageEnum,
  ): string {
    return describeModel(root.model, language);
  }
}
