import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A researcher's API key, as admins see it (never the key itself)." })
export class ApiKeyInfo {
  @Field(() => ID, { description: "Key id: the part after `mlg_` in the key." })
  id!: string;
  @Field(() => String, { description: "Who or what the key is for." })
  name!: string;
  @Field(() => String, { description: "Role the key gives (researcher)." })
  role!: string;
  @Field(() => Int, { description: "Requests a minute the key may make." })
  ratePerMinute!: number;
  @Field(() => String, { description: "Admin who created it." })
  createdBy!: string;
  @Field(() => String, { description: "When it was created (ISO 8601)." })
  createdAt!: string;
  @Field(() => String, { nullable: true, description: "When it was revoked (ISO 8601); null while valid." })
  revokedAt!: string | null;
}

@ObjectType({ description: "A new API key. `key` is shown this once: it is stored hashed." })
export class CreatedApiKey {
  @Field(() => ID, { description: "Key id." })
  id!: string;
  @Field(() => String, { description: "The key, to send as `x-api-key: <key>` or `Authorization: ApiKey <key>`." })
  key!: string;
  @Field(() => String, { description: "When it was created (ISO 8601)." })
  createdAt!: string;
}
