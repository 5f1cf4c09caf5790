import { ApiKeyResolver } from "./api-key.resolver";
import { AuditLogResolver } from "./audit-log.resolver";
import { ConventionResolver } from "./convention.resolver";
import { DataStatusResolver } from "./data-status.resolver";
import { GraphViewResolver } from "./graph-view.resolver";
import { NetworkMetricsResolver } from "./network-metrics.resolver";
import { CooperationRelationshipsResolver } from "./cooperation-relationships.resolver";
import { SavedViewResolver } from "./saved-view.resolver";
import { OpportunityResolver } from "./opportunity.resolver";
import { PartnershipModelResolver } from "./partnership-model.resolver";
import { OpportunityOutcomesResolver } from "./opportunity-outcomes.resolver";
import { TerritoryResolver } from "./territory.resolver";
import { TownDirectoryResolver } from "./town-directory.resolver";
import { VersionResolver } from "./version.resolver";

/** Every type-graphql resolver, merged into the @neo4j/graphql schema. */
export const customResolvers = [
  TerritoryResolver,
  TownDirectoryResolver,
  OpportunityResolver,
  PartnershipModelResolver,
  OpportunityOutcomesResolver,
  GraphViewResolver,
  NetworkMetricsResolver,
  CooperationRelationshipsResolver,
  ApiKeyResolver,
  AuditLogResolver,
  VersionResolver,
  DataStatusResolver,
  SavedViewResolver,
  ConventionResolver,
] as const;
