import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({
  description: "One write, as the audit trail recorded it: who, when, what, and the entity before and after.",
})
export class AuditEntry {
  @Field(() => ID, { description: "Entry id." })
  id!: string;
  @Field(() => String, { description: "When the write was committed (ISO 8601)." })
  at!: string;
  @Field(() => String, { description: "Who: the token's subject, `import:<source>` for importers." })
  actor!: string;
  @Field(() => String, { description: "The actor's role then (admin, coordinator, researcher, import)." })
  role!: string;
  @Field(() => String, { description: "The mutation (e.g. updateEssStructures, acceptOpportunity) or the import." })
  operation!: string;
  @Field(() => String, { description: "Type of the entity written (EssStructure, Opportunity...)." })
  entityType!: string;
  @Field(() => String, {
    nullable: true,
    description: "Key of the entity written (its id, or a town's INSEE code); null for a summary.",
  })
  entityId!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The entity before (JSON: labels, properties, relationships); null when it was created. People's contact values are never kept: [redacted].",
  })
  before!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The entity after (same form); null when it was deleted. A contact value that changed reads [redacted, changed].",
  })
  after!: string | null;
}

@ObjectType({ description: "A page of the audit trail, newest first." })
export class AuditLogPage {
  @Field(() => [AuditEntry], { description: "The entries of this page, newest first." })
  entries!: AuditEntry[];
  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page; null on an empty page." })
  endCursor!: string | null;
  @Field(() => Boolean, { description: "Whether older entries follow." })
  hasMore!: boolean;
}
