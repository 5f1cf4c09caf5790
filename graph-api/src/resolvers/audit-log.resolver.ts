import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { AppContext } from "../context";
import { requireRole } from "../auth/require-role";
import { MAX_AUDIT_PAGE, readAuditLog } from "../domain/audit-log";
import { AuditLogPage } from "./audit-log.type";

@Resolver()
export class AuditLogResolver {
  @Query(() => AuditLogPage, {
    description: "The audit trail of every write (API mutations and imports), newest first. Admins only.",
  })
  async auditLog(
    @Ctx() ctx: AppContext,
    @Arg("first", () => Int, { defaultValue: 50, description: `How many, 1 to ${MAX_AUDIT_PAGE}.` }) first: number,
    @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page." }) after?: string,
    @Arg("actor", () => String, { nullable: true, description: "Only this actor (token subject, or import:<source>)." })
    actor?: string,
    @Arg("entityId", () => String, { nullable: true, description: "Only this entity (id, or INSEE code)." })
    entityId?: string,
    @Arg("entityType", () => String, { nullable: true, description: "Only this type (EssStructure, Opportunity...)." })
    entityType?: string,
    @Arg("since", () => String, { nullable: true, description: "Only entries at or after this time (ISO 8601)." })
    since?: string,
  ): Promise<AuditLogPage> {
    requireRole(ctx.jwt, "admin", "read the audit trail");
    return readAuditLog(ctx.reader, {
      first,
      after: after ?? undefined,
      actor: actor ?? undefined,
      entityId: entityId ?? undefined,
      entityType: entityType ?? undefined,
      since: since ?? undefined,
    });
  }
}
