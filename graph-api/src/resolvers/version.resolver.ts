import { Query, Resolver } from "type-graphql";
import { VERSIONS } from "../version";
import { ApiVersion } from "./version.type";

@Resolver()
export class VersionResolver {
  @Query(() => ApiVersion, { description: "The release this server runs and its database model's version. Public." })
  version(): ApiVersion {
    return { ...VERSIONS };
  }
}
