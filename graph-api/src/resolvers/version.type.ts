import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "What this server runs: its release and the database model it keeps the graph in." })
export class ApiVersion {
  @Field(() => String, { description: "The release, a semantic version (CHANGELOG.md): 0.2.0." })
  api!: string;
  @Field(() => String, {
    description:
      "The latest database migration this release applies (schema/migrations/V<version>__*.cypher): 0001. The database is at this version while the server runs.",
  })
  schema!: string;
}
