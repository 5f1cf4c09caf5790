import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { AppContext } from "../context";
import { requireRole } from "../auth/require-role";
import { DEFAULT_RATE_PER_MINUTE, issueApiKey, listKeys, revokeKey } from "../auth/api-keys";
import { NotFoundError } from "../errors";
import { ApiKeyInfo, CreatedApiKey } from "./api-key.type";

@Resolver()
export class ApiKeyResolver {
  @Mutation(() => CreatedApiKey, {
    description: "Creates a researcher's API key, with its own rate limit. Admins only. The key is returned once.",
  })
  async createApiKey(
    @Ctx() ctx: AppContext,
    @Arg("name", () => String, { description: "Who or what the key is for (1 to 100 characters)." }) name: string,
    @Arg("ratePerMinute", () => Int, {
      defaultValue: DEFAULT_RATE_PER_MINUTE,
      description: `Requests a minute (1 to 10000; ${DEFAULT_RATE_PER_MINUTE} by default).`,
    })
    ratePerMinute: number,
  ): Promise<CreatedApiKey> {
    const by = requireRole(ctx.jwt, "admin", "create API keys");
    return issueApiKey(ctx.writer, { name, ratePerMinute, createdBy: by });
  }

  @Mutation(() => ApiKeyInfo, { description: "Revokes an API key (it stops working within 30 seconds). Admins only." })
  async revokeApiKey(
    @Ctx() ctx: AppContext,
    @Arg("id", () => ID, { description: "Key id." }) id: string,
  ): Promise<ApiKeyInfo> {
    requireRole(ctx.jwt, "admin", "revoke API keys");
    const key = await revokeKey(ctx.writer, id);
    if (!key) throw new NotFoundError(`No API key has id "${id}"`);
    return key;
  }

  @Query(() => [ApiKeyInfo], { description: "Every API key, newest first, without the keys. Admins only." })
  async apiKeys(@Ctx() ctx: AppContext): Promise<ApiKeyInfo[]> {
    requireRole(ctx.jwt, "admin", "list API keys");
    return listKeys(ctx.reader);
  }
}
