/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment NeedFields on ResourceNeed { id title kind description frequency status }\n": typeof types.NeedFieldsFragmentDoc,
    "\n  fragment OfferFields on ResourceOffer { id title kind description availability status }\n": typeof types.OfferFieldsFragmentDoc,
    "\n  fragment EssStructureRecord on EssStructure {\n    id name description website location { latitude longitude } themes { code } updatedBy updatedAt\n    legalForm stage activity siret rnaId address postalCode foundedYear town { inseeCode }\n  }\n": typeof types.EssStructureRecordFragmentDoc,
    "\n  fragment BusinessRecord on Business {\n    id name description website location { latitude longitude } themes { code } updatedBy updatedAt\n    activity siret address postalCode town { inseeCode }\n  }\n": typeof types.BusinessRecordFragmentDoc,
    "\n  fragment FinancerRecord on Financer { id name description website location { latitude longitude } themes { code } updatedBy updatedAt }\n": typeof types.FinancerRecordFragmentDoc,
    "\n  fragment SupportProviderRecord on SupportProvider { id name description website location { latitude longitude } themes { code } updatedBy updatedAt }\n": typeof types.SupportProviderRecordFragmentDoc,
    "\n  fragment ResearchUnitRecord on ResearchUnit { id name description website location { latitude longitude } themes { code } updatedBy updatedAt }\n": typeof types.ResearchUnitRecordFragmentDoc,
    "\n    query EditableEssStructure($id: ID!) {\n      essStructures(where: { id: { eq: $id } }) {\n        ...EssStructureRecord\n        essPartnersConnection { edges { properties { kind since } node { id name } } }\n        businessPartnersConnection { edges { properties { kind since } node { id name } } }\n        memberOfConnection { edges { properties { since } node { id name } } }\n        needs { ...NeedFields }\n        offers { ...OfferFields }\n      }\n    }\n  ": typeof types.EditableEssStructureDocument,
    "\n    query EditableBusiness($id: ID!) {\n      businesses(where: { id: { eq: $id } }) {\n        ...BusinessRecord\n        essPartnersConnection { edges { properties { kind since } node { id name } } }\n        offers { ...OfferFields }\n      }\n    }\n  ": typeof types.EditableBusinessDocument,
    "\n    query EditableFinancer($id: ID!) { financers(where: { id: { eq: $id } }) { ...FinancerRecord } }\n  ": typeof types.EditableFinancerDocument,
    "\n    query EditableSupportProvider($id: ID!) {\n      supportProviders(where: { id: { eq: $id } }) {\n        ...SupportProviderRecord\n        membersConnection { edges { properties { since } node { id name } } }\n      }\n    }\n  ": typeof types.EditableSupportProviderDocument,
    "\n    query EditableResearchUnit($id: ID!) { researchUnits(where: { id: { eq: $id } }) { ...ResearchUnitRecord } }\n  ": typeof types.EditableResearchUnitDocument,
    "\n    mutation UpdateEssStructure($id: ID!, $update: EssStructureUpdateInput!) {\n      updateEssStructures(where: { id: { eq: $id } }, update: $update) { essStructures { ...EssStructureRecord } }\n    }\n  ": typeof types.UpdateEssStructureDocument,
    "\n    mutation UpdateBusiness($id: ID!, $update: BusinessUpdateInput!) {\n      updateBusinesses(where: { id: { eq: $id } }, update: $update) { businesses { ...BusinessRecord } }\n    }\n  ": typeof types.UpdateBusinessDocument,
    "\n    mutation UpdateFinancer($id: ID!, $update: FinancerUpdateInput!) {\n      updateFinancers(where: { id: { eq: $id } }, update: $update) { financers { ...FinancerRecord } }\n    }\n  ": typeof types.UpdateFinancerDocument,
    "\n    mutation UpdateSupportProvider($id: ID!, $update: SupportProviderUpdateInput!) {\n      updateSupportProviders(where: { id: { eq: $id } }, update: $update) { supportProviders { ...SupportProviderRecord } }\n    }\n  ": typeof types.UpdateSupportProviderDocument,
    "\n    mutation UpdateResearchUnit($id: ID!, $update: ResearchUnitUpdateInput!) {\n      updateResearchUnits(where: { id: { eq: $id } }, update: $update) { researchUnits { ...ResearchUnitRecord } }\n    }\n  ": typeof types.UpdateResearchUnitDocument,
    "\n    mutation CreateEssStructure($input: [EssStructureCreateInput!]!) { created: createEssStructures(input: $input) { organisations: essStructures { id name } } }\n  ": typeof types.CreateEssStructureDocument,
    "\n    mutation CreateBusiness($input: [BusinessCreateInput!]!) { created: createBusinesses(input: $input) { organisations: businesses { id name } } }\n  ": typeof types.CreateBusinessDocument,
    "\n    mutation CreateFinancer($input: [FinancerCreateInput!]!) { created: createFinancers(input: $input) { organisations: financers { id name } } }\n  ": typeof types.CreateFinancerDocument,
    "\n    mutation CreateSupportProvider($input: [SupportProviderCreateInput!]!) { created: createSupportProviders(input: $input) { organisations: supportProviders { id name } } }\n  ": typeof types.CreateSupportProviderDocument,
    "\n    mutation CreateResearchUnit($input: [ResearchUnitCreateInput!]!) { created: createResearchUnits(input: $input) { organisations: researchUnits { id name } } }\n  ": typeof types.CreateResearchUnitDocument,
    "\n  query EditingThemes { themes(sort: [{ labelFr: ASC }]) { code labelFr labelEn } }\n": typeof types.EditingThemesDocument,
    "\n  mutation UpdateNeed($id: ID!, $update: ResourceNeedUpdateInput!) { updateResourceNeeds(where: { id: { eq: $id } }, update: $update) { resourceNeeds { ...NeedFields } } }\n": typeof types.UpdateNeedDocument,
    "\n  mutation UpdateOffer($id: ID!, $update: ResourceOfferUpdateInput!) { updateResourceOffers(where: { id: { eq: $id } }, update: $update) { resourceOffers { ...OfferFields } } }\n": typeof types.UpdateOfferDocument,
    "\n  query FindOrganisations($phrase: String!) {\n    searchEssStructures(phrase: $phrase, first: 6) { edges { node { id name town { name } } } }\n    searchBusinesses(phrase: $phrase, first: 6) { edges { node { id name town { name } } } }\n    searchSupportProviders(phrase: $phrase, first: 6, where: { node: { isNetwork: { eq: true } } }) { edges { node { id name } } }\n  }\n": typeof types.FindOrganisationsDocument,
    "\n  fragment GraphNodeFields on GraphNode { id type name inseeCode legalForm latitude longitude illustrative degree }\n": typeof types.GraphNodeFieldsFragmentDoc,
    "\n  fragment GraphViewFields on GraphView {\n    nodes { ...GraphNodeFields }\n    edges { id source target type kind since }\n    truncated\n  }\n": typeof types.GraphViewFieldsFragmentDoc,
    "\n  query CooperationGraph($inseeCode: String, $theme: String, $types: [String!], $limit: Int!) {\n    cooperationGraph(inseeCode: $inseeCode, theme: $theme, types: $types, limit: $limit) { ...GraphViewFields }\n  }\n": typeof types.CooperationGraphDocument,
    "\n  query Neighbourhood($id: ID!) {\n    neighbourhood(id: $id, limit: 60) { ...GraphViewFields }\n  }\n": typeof types.NeighbourhoodDocument,
    "\n  query Territory {\n    territory {\n      name\n      towns { inseeCode name essStructures businesses }\n      themes { code labelFr labelEn essStructures }\n    }\n  }\n": typeof types.TerritoryDocument,
    "\n  query Search($phrase: String!) {\n    searchEssStructures(phrase: $phrase, first: 8) { edges { score node { id name } } }\n    searchBusinesses(phrase: $phrase, first: 5) { edges { score node { id name } } }\n  }\n": typeof types.SearchDocument,
    "\n  query Details($id: ID!) {\n    essStructures(where: { id: { eq: $id } }) { id description website source sourceKind sourceRef updatedAt updatedBy }\n    businesses(where: { id: { eq: $id } }) { id description website source sourceKind sourceRef updatedAt updatedBy }\n    financers(where: { id: { eq: $id } }) { id description website source sourceKind sourceRef updatedAt updatedBy }\n    supportProviders(where: { id: { eq: $id } }) { id description website source sourceKind sourceRef updatedAt updatedBy }\n    researchUnits(where: { id: { eq: $id } }) { id description website source sourceKind sourceRef updatedAt updatedBy }\n    events(where: { id: { eq: $id } }) { id description source sourceKind sourceRef updatedAt updatedBy }\n    sharedResources(where: { id: { eq: $id } }) { id description source sourceKind sourceRef updatedAt updatedBy }\n    callsForProjects(where: { id: { eq: $id } }) { id source sourceKind sourceRef updatedAt updatedBy }\n  }\n": typeof types.DetailsDocument,
    "\n  query Opportunities($inseeCode: String, $organisationId: ID, $language: Language!, $limit: Int!) {\n    opportunities(inseeCode: $inseeCode, organisationId: $organisationId, limit: $limit) {\n      id kind score status\n      members { id name kind inseeCode }\n      explanation(language: $language)\n    }\n  }\n": typeof types.OpportunitiesDocument,
    "\n  mutation MarkContacted($id: ID!) { markOpportunityContacted(id: $id) { id status } }\n": typeof types.MarkContactedDocument,
    "\n  mutation Accept($id: ID!) { acceptOpportunity(id: $id) { id status } }\n": typeof types.AcceptDocument,
    "\n  mutation Decline($id: ID!, $reason: String!) { declineOpportunity(id: $id, reason: $reason) { id status } }\n": typeof types.DeclineDocument,
    "\n  query OrganisationNodes($inseeCode: String, $theme: String, $types: [String!], $limit: Int!) {\n    cooperationGraph(inseeCode: $inseeCode, theme: $theme, types: $types, limit: $limit) {\n      nodes { ...GraphNodeFields }\n      truncated\n    }\n  }\n": typeof types.OrganisationNodesDocument,
    "\n  query Dashboard {\n    territory {\n      name\n      population\n      programme { id name annualBudgetEur budgetNote essJobsSharePct essPrivateJobsSharePct essEnterprisesSharePct source sourceRef }\n      counts { towns essStructures illustrativeEssStructures businesses financers supportProviders researchUnits openNeeds openOffers sharedResources events callEditions }\n      towns { inseeCode name essStructures illustrativeEssStructures businesses }\n      legalForms { legalForm count }\n    }\n    # Sizes are given where a list nests another: the API counts a list without one at its full default size.\n    programmes(limit: 1) {\n      id\n      axes(sort: [{ number: ASC }]) { id number title titleEn description actions { id title titleEn description sinceYear facts } }\n    }\n    callsForProjects(limit: 50, sort: [{ year: ASC }]) {\n      id year title envelopeEur patShareEur laureateCount ceremonyDate ceremonyPlace source\n      laureatesConnection(first: 50) { edges { properties { amountEur } node { id name sourceKind } } }\n    }\n    events(where: { kind: { eq: BUSINESS_CONVENTION } }) { id title year date place description essParticipantCount businessParticipantCount source }\n    supportProviders(limit: 100) { id stagesServed supportedConnection(first: 100) { edges { properties { stage until } } } }\n    opportunityOutcomes { recorded contacted accepted declined byKind { kind contacted accepted declined recorded } }\n  }\n": typeof types.DashboardDocument,
    "\n  query Version {\n    version { api schema }\n  }\n": typeof types.VersionDocument,
    "\n  query DataStatus {\n    dataStatus {\n      organisations illustrativeOrganisations importedOrganisations hideIllustrativeByDefault\n      sourceKinds { sourceKind organisations relationships lastChange }\n      lastImports { source at created updated }\n    }\n  }\n": typeof types.DataStatusDocument,
    "\n  query ImportRuns($year: Int!) {\n    dataStatus { importRuns(year: $year) { source at new closed moved } }\n  }\n": typeof types.ImportRunsDocument,
};
const documents: Documents = {
    "\n  fragment NeedFields on ResourceNeed { id title kind description frequency status }\n": types.NeedFieldsFragmentDoc,
    "\n  fragment OfferFields on ResourceOffer { id title kind description availability status }\n": types.OfferFieldsFragmentDoc,
    "\n  fragment EssStructureRecord on EssStructure {\n    id name description website location { latitude longitude } themes { code } updatedBy updatedAt\n    legalForm stage activity siret rnaId address postalCode foundedYear town { inseeCode }\n  }\n": types.EssStructureRecordFragmentDoc,
    "\n  fragment BusinessRecord on Business {\n    id name description website location { latitude longitude } themes { code } updatedBy updatedAt\n    activity siret address postalCode town { inseeCode }\n  }\n": types.BusinessRecordFragmentDoc,
    "\n  fragment FinancerRecord on Financer { id name description website location { latitude longitude } themes { code } updatedBy updatedAt }\n": types.FinancerRecordFragmentDoc,
    "\n  fragment SupportProviderRecord on SupportProvider { id name description website location { latitude longitude } themes { code } updatedBy updatedAt }\n": types.SupportProviderRecordFragmentDoc,
    "\n  fragment ResearchUnitRecord on ResearchUnit { id name description website location { latitude longitude } themes { code } updatedBy updatedAt }\n": types.ResearchUnitRecordFragmentDoc,
    "\n    query EditableEssStructure($id: ID!) {\n      essStructures(where: { id: { eq: $id } }) {\n        ...EssStructureRecord\n        essPartnersConnection { edges { properties { kind since } node { id name } } }\n        businessPartnersConnection { edges { properties { kind since } node { id name } } }\n        memberOfConnection { edges { properties { since } node { id name } } }\n        needs { ...NeedFields }\n        offers { ...OfferFields }\n      }\n    }\n  ": types.EditableEssStructureDocument,
    "\n    query EditableBusiness($id: ID!) {\n      businesses(where: { id: { eq: $id } }) {\n        ...BusinessRecord\n        essPartnersConnection { edges { properties { kind since } node { id name } } }\n        offers { ...OfferFields }\n      }\n    }\n  ": types.EditableBusinessDocument,
    "\n    query EditableFinancer($id: ID!) { financers(where: { id: { eq: $id } }) { ...FinancerRecord } }\n  ": types.EditableFinancerDocument,
    "\n    query EditableSupportProvider($id: ID!) {\n      supportProviders(where: { id: { eq: $id } }) {\n        ...SupportProviderRecord\n        membersConnection { edges { properties { since } node { id name } } }\n      }\n    }\n  ": types.EditableSupportProviderDocument,
    "\n    query EditableResearchUnit($id: ID!) { researchUnits(where: { id: { eq: $id } }) { ...ResearchUnitRecord } }\n  ": types.EditableResearchUnitDocument,
    "\n    mutation UpdateEssStructure($id: ID!, $update: EssStructureUpdateInput!) {\n      updateEssStructures(where: { id: { eq: $id } }, update: $update) { essStructures { ...EssStructureRecord } }\n    }\n  ": types.UpdateEssStructureDocument,
    "\n    mutation UpdateBusiness($id: ID!, $update: BusinessUpdateInput!) {\n      updateBusinesses(where: { id: { eq: $id } }, update: $update) { businesses { ...BusinessRecord } }\n    }\n  ": types.UpdateBusinessDocument,
    "\n    mutation UpdateFinancer($id: ID!, $update: FinancerUpdateInput!) {\n      updateFinancers(where: { id: { eq: $id } }, update: $update) { financers { ...FinancerRecord } }\n    }\n  ": types.UpdateFinancerDocument,
    "\n    mutation UpdateSupportProvider($id: ID!, $update: SupportProviderUpdateInput!) {\n      updateSupportProviders(where: { id: { eq: $id } }, update: $update) { supportProviders { ...SupportProviderRecord } }\n    }\n  ": types.UpdateSupportProviderDocument,
    "\n    mutation UpdateResearchUnit($id: ID!, $update: ResearchUnitUpdateInput!) {\n      updateResearchUnits(where: { id: { eq: $id } }, update: $update) { researchUnits { ...ResearchUnitRecord } }\n    }\n  ": types.UpdateResearchUnitDocument,
    "\n    mutation CreateEssStructure($input: [EssStructureCreateInput!]!) { created: createEssStructures(input: $input) { organisations: essStructures { id name } } }\n  ": types.CreateEssStructureDocument,
    "\n    mutation CreateBusiness($input: [BusinessCreateInput!]!) { created: createBusinesses(input: $input) { organisations: businesses { id name } } }\n  ": types.CreateBusinessDocument,
    "\n    mutation CreateFinancer($input: [FinancerCreateInput!]!) { created: createFinancers(input: $input) { organisations: financers { id name } } }\n  ": types.CreateFinancerDocument,
    "\n    mutation CreateSupportProvider($input: [SupportProviderCreateInput!]!) { created: createSupportProviders(input: $input) { organisations: supportProviders { id name } } }\n  ": types.CreateSupportProviderDocument,
    "\n    mutation CreateResearchUnit($input: [ResearchUnitCreateInput!]!) { created: createResearchUnits(input: $input) { organisations: researchUnits { id name } } }\n  ": types.CreateResearchUnitDocument,
    "\n  query EditingThemes { themes(sort: [{ labelFr: ASC }]) { code labelFr labelEn } }\n": types.EditingThemesDocument,
    "\n  mutation UpdateNeed($id: ID!, $update: ResourceNeedUpdateInput!) { updateResourceNeeds(where: { id: { eq: $id } }, update: $update) { resourceNeeds { ...NeedFields } } }\n": types.UpdateNeedDocument,
    "\n  mutation UpdateOffer($id: ID!, $update: ResourceOfferUpdateInput!) { updateResourceOffers(where: { id: { eq: $id } }, update: $update) { resourceOffers { ...OfferFields } } }\n": types.UpdateOfferDocument,
    "\n  query FindOrganisations($phrase: String!) {\n    searchEssStructures(phrase: $phrase, first: 6) { edges { node { id name town { name } } } }\n    searchBusinesses(phrase: $phrase, first: 6) { edges { node { id name town { name } } } }\n    searchSupportProviders(phrase: $phrase, first: 6, where: { node: { isNetwork: { eq: true } } }) { edges { node { id name } } }\n  }\n": types.FindOrganisationsDocument,
    "\n  fragment GraphNodeFields on GraphNode { id type name inseeCode legalForm latitude longitude illustrative degree }\n": types.GraphNodeFieldsFragmentDoc,
    "\n  fragment GraphViewFields on GraphView {\n    nodes { ...GraphNodeFields }\n    edges { id source target type kind since }\n    truncated\n  }\n": types.GraphViewFieldsFragmentDoc,
    "\n  query CooperationGraph($inseeCode: String, $theme: String, $types: [String!], $limit: Int!) {\n    cooperationGraph(inseeCode: $inseeCode, theme: $theme, types: $types, limit: $limit) { ...GraphViewFields }\n  }\n": types.CooperationGraphDocument,
    "\n  query Neighbourhood($id: ID!) {\n    neighbourhood(id: $id, limit: 60) { ...GraphViewFields }\n  }\n": types.NeighbourhoodDocument,
    "\n  query Territory {\n    territory {\n      name\n      towns { inseeCode name essStructures businesses }\n      themes { code labelFr labelEn essStructures }\n    }\n  }\n": types.TerritoryDocument,
    "\n  query Search($phrase: String!) {\n    searchEssStructures(phrase: $phrase, first: 8) { edges { score node { id name } } }\n    searchBusinesses(phrase: $phrase, first: 5) { edges { score node { id name } } }\n  }\n": types.SearchDocument,
    "\n  query Details($id: ID!) {\n    essStructures(where: { id: { eq: $id } }) { id description website source sourceKind sourceRef updatedAt updatedBy }\n    businesses(where: { id: { eq: $id } }) { id description website source sourceKind sourceRef updatedAt updatedBy }\n    financers(where: { id: { eq: $id } }) { id description website source sourceKind sourceRef updatedAt updatedBy }\n    supportProviders(where: { id: { eq: $id } }) { id description website source sourceKind sourceRef updatedAt updatedBy }\n    researchUnits(where: { id: { eq: $id } }) { id description website source sourceKind sourceRef updatedAt updatedBy }\n    events(where: { id: { eq: $id } }) { id description source sourceKind sourceRef updatedAt updatedBy }\n    sharedResources(where: { id: { eq: $id } }) { id description source sourceKind sourceRef updatedAt updatedBy }\n    callsForProjects(where: { id: { eq: $id } }) { id source sourceKind sourceRef updatedAt updatedBy }\n  }\n": types.DetailsDocument,
    "\n  query Opportunities($inseeCode: String, $organisationId: ID, $language: Language!, $limit: Int!) {\n    opportunities(inseeCode: $inseeCode, organisationId: $organisationId, limit: $limit) {\n      id kind score status\n      members { id name kind inseeCode }\n      explanation(language: $language)\n    }\n  }\n": types.OpportunitiesDocument,
    "\n  mutation MarkContacted($id: ID!) { markOpportunityContacted(id: $id) { id status } }\n": types.MarkContactedDocument,
    "\n  mutation Accept($id: ID!) { acceptOpportunity(id: $id) { id status } }\n": types.AcceptDocument,
    "\n  mutation Decline($id: ID!, $reason: String!) { declineOpportunity(id: $id, reason: $reason) { id status } }\n": types.DeclineDocument,
    "\n  query OrganisationNodes($inseeCode: String, $theme: String, $types: [String!], $limit: Int!) {\n    cooperationGraph(inseeCode: $inseeCode, theme: $theme, types: $types, limit: $limit) {\n      nodes { ...GraphNodeFields }\n      truncated\n    }\n  }\n": types.OrganisationNodesDocument,
    "\n  query Dashboard {\n    territory {\n      name\n      population\n      programme { id name annualBudgetEur budgetNote essJobsSharePct essPrivateJobsSharePct essEnterprisesSharePct source sourceRef }\n      counts { towns essStructures illustrativeEssStructures businesses financers supportProviders researchUnits openNeeds openOffers sharedResources events callEditions }\n      towns { inseeCode name essStructures illustrativeEssStructures businesses }\n      legalForms { legalForm count }\n    }\n    # Sizes are given where a list nests another: the API counts a list without one at its full default size.\n    programmes(limit: 1) {\n      id\n      axes(sort: [{ number: ASC }]) { id number title titleEn description actions { id title titleEn description sinceYear facts } }\n    }\n    callsForProjects(limit: 50, sort: [{ year: ASC }]) {\n      id year title envelopeEur patShareEur laureateCount ceremonyDate ceremonyPlace source\n      laureatesConnection(first: 50) { edges { properties { amountEur } node { id name sourceKind } } }\n    }\n    events(where: { kind: { eq: BUSINESS_CONVENTION } }) { id title year date place description essParticipantCount businessParticipantCount source }\n    supportProviders(limit: 100) { id stagesServed supportedConnection(first: 100) { edges { properties { stage until } } } }\n    opportunityOutcomes { recorded contacted accepted declined byKind { kind contacted accepted declined recorded } }\n  }\n": types.DashboardDocument,
    "\n  query Version {\n    version { api schema }\n  }\n": types.VersionDocument,
    "\n  query DataStatus {\n    dataStatus {\n      organisations illustrativeOrganisations importedOrganisations hideIllustrativeByDefault\n      sourceKinds { sourceKind organisations relationships lastChange }\n      lastImports { source at created updated }\n    }\n  }\n": types.DataStatusDocument,
    "\n  query ImportRuns($year: Int!) {\n    dataStatus { importRuns(year: $year) { source at new closed moved } }\n  }\n": types.ImportRunsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedFields on ResourceNeed { id title kind description frequency status }\n"): (typeof documents)["\n  fragment NeedFields on ResourceNeed { id title kind description frequency status }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferFields on ResourceOffer { id title kind description availability status }\n"): (typeof documents)["\n  fragment OfferFields on ResourceOffer { id title kind description availability status }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EssStructureRecord on EssStructure {\n    id name description website location { latitude longitude } themes { code } updatedBy updatedAt\n    legalForm stage activity siret rnaId address postalCode foundedYear town { inseeCode }\n  }\n"): (typeof documents)["\n  fragment EssStructureRecord on EssStructure {\n    id name description website location { latitude longitude } themes { code } updatedBy updatedAt\n    legalForm stage activity siret rnaId address postalCode foundedYear town { inseeCode }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BusinessRecord on Business {\n    id name description website location { latitude longitude } themes { code } updatedBy updatedAt\n    activity siret address postalCode town { inseeCode }\n  }\n"): (typeof documents)["\n  fragment BusinessRecord on Business {\n    id name description website location { latitude longitude } themes { code } updatedBy updatedAt\n    activity siret address postalCode town { inseeCode }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FinancerRecord on Financer { id name description website location { latitude longitude } themes { code } updatedBy updatedAt }\n"): (typeof documents)["\n  fragment FinancerRecord on Financer { id name description website location { latitude longitude } themes { code } updatedBy updatedAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupportProviderRecord on SupportProvider { id name description website location { latitude longitude } themes { code } updatedBy updatedAt }\n"): (typeof documents)["\n  fragment SupportProviderRecord on SupportProvider { id name description website location { latitude longitude } themes { code } updatedBy updatedAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResearchUnitRecord on ResearchUnit { id name description website location { latitude longitude } themes { code } updatedBy updatedAt }\n"): (typeof documents)["\n  fragment ResearchUnitRecord on ResearchUnit { id name description website location { latitude longitude } themes { code } updatedBy updatedAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query EditableEssStructure($id: ID!) {\n      essStructures(where: { id: { eq: $id } }) {\n        ...EssStructureRecord\n        essPartnersConnection { edges { properties { kind since } node { id name } } }\n        businessPartnersConnection { edges { properties { kind since } node { id name } } }\n        memberOfConnection { edges { properties { since } node { id name } } }\n        needs { ...NeedFields }\n        offers { ...OfferFields }\n      }\n    }\n  "): (typeof documents)["\n    query EditableEssStructure($id: ID!) {\n      essStructures(where: { id: { eq: $id } }) {\n        ...EssStructureRecord\n        essPartnersConnection { edges { properties { kind since } node { id name } } }\n        businessPartnersConnection { edges { properties { kind since } node { id name } } }\n        memberOfConnection { edges { properties { since } node { id name } } }\n        needs { ...NeedFields }\n        offers { ...OfferFields }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query EditableBusiness($id: ID!) {\n      businesses(where: { id: { eq: $id } }) {\n        ...BusinessRecord\n        essPartnersConnection { edges { properties { kind since } node { id name } } }\n        offers { ...OfferFields }\n      }\n    }\n  "): (typeof documents)["\n    query EditableBusiness($id: ID!) {\n      businesses(where: { id: { eq: $id } }) {\n        ...BusinessRecord\n        essPartnersConnection { edges { properties { kind since } node { id name } } }\n        offers { ...OfferFields }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query EditableFinancer($id: ID!) { financers(where: { id: { eq: $id } }) { ...FinancerRecord } }\n  "): (typeof documents)["\n    query EditableFinancer($id: ID!) { financers(where: { id: { eq: $id } }) { ...FinancerRecord } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query EditableSupportProvider($id: ID!) {\n      supportProviders(where: { id: { eq: $id } }) {\n        ...SupportProviderRecord\n        membersConnection { edges { properties { since } node { id name } } }\n      }\n    }\n  "): (typeof documents)["\n    query EditableSupportProvider($id: ID!) {\n      supportProviders(where: { id: { eq: $id } }) {\n        ...SupportProviderRecord\n        membersConnection { edges { properties { since } node { id name } } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query EditableResearchUnit($id: ID!) { researchUnits(where: { id: { eq: $id } }) { ...ResearchUnitRecord } }\n  "): (typeof documents)["\n    query EditableResearchUnit($id: ID!) { researchUnits(where: { id: { eq: $id } }) { ...ResearchUnitRecord } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateEssStructure($id: ID!, $update: EssStructureUpdateInput!) {\n      updateEssStructures(where: { id: { eq: $id } }, update: $update) { essStructures { ...EssStructureRecord } }\n    }\n  "): (typeof documents)["\n    mutation UpdateEssStructure($id: ID!, $update: EssStructureUpdateInput!) {\n      updateEssStructures(where: { id: { eq: $id } }, update: $update) { essStructures { ...EssStructureRecord } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateBusiness($id: ID!, $update: BusinessUpdateInput!) {\n      updateBusinesses(where: { id: { eq: $id } }, update: $update) { businesses { ...BusinessRecord } }\n    }\n  "): (typeof documents)["\n    mutation UpdateBusiness($id: ID!, $update: BusinessUpdateInput!) {\n      updateBusinesses(where: { id: { eq: $id } }, update: $update) { businesses { ...BusinessRecord } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateFinancer($id: ID!, $update: FinancerUpdateInput!) {\n      updateFinancers(where: { id: { eq: $id } }, update: $update) { financers { ...FinancerRecord } }\n    }\n  "): (typeof documents)["\n    mutation UpdateFinancer($id: ID!, $update: FinancerUpdateInput!) {\n      updateFinancers(where: { id: { eq: $id } }, update: $update) { financers { ...FinancerRecord } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateSupportProvider($id: ID!, $update: SupportProviderUpdateInput!) {\n      updateSupportProviders(where: { id: { eq: $id } }, update: $update) { supportProviders { ...SupportProviderRecord } }\n    }\n  "): (typeof documents)["\n    mutation UpdateSupportProvider($id: ID!, $update: SupportProviderUpdateInput!) {\n      updateSupportProviders(where: { id: { eq: $id } }, update: $update) { supportProviders { ...SupportProviderRecord } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateResearchUnit($id: ID!, $update: ResearchUnitUpdateInput!) {\n      updateResearchUnits(where: { id: { eq: $id } }, update: $update) { researchUnits { ...ResearchUnitRecord } }\n    }\n  "): (typeof documents)["\n    mutation UpdateResearchUnit($id: ID!, $update: ResearchUnitUpdateInput!) {\n      updateResearchUnits(where: { id: { eq: $id } }, update: $update) { researchUnits { ...ResearchUnitRecord } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateEssStructure($input: [EssStructureCreateInput!]!) { created: createEssStructures(input: $input) { organisations: essStructures { id name } } }\n  "): (typeof documents)["\n    mutation CreateEssStructure($input: [EssStructureCreateInput!]!) { created: createEssStructures(input: $input) { organisations: essStructures { id name } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateBusiness($input: [BusinessCreateInput!]!) { created: createBusinesses(input: $input) { organisations: businesses { id name } } }\n  "): (typeof documents)["\n    mutation CreateBusiness($input: [BusinessCreateInput!]!) { created: createBusinesses(input: $input) { organisations: businesses { id name } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateFinancer($input: [FinancerCreateInput!]!) { created: createFinancers(input: $input) { organisations: financers { id name } } }\n  "): (typeof documents)["\n    mutation CreateFinancer($input: [FinancerCreateInput!]!) { created: createFinancers(input: $input) { organisations: financers { id name } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateSupportProvider($input: [SupportProviderCreateInput!]!) { created: createSupportProviders(input: $input) { organisations: supportProviders { id name } } }\n  "): (typeof documents)["\n    mutation CreateSupportProvider($input: [SupportProviderCreateInput!]!) { created: createSupportProviders(input: $input) { organisations: supportProviders { id name } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateResearchUnit($input: [ResearchUnitCreateInput!]!) { created: createResearchUnits(input: $input) { organisations: researchUnits { id name } } }\n  "): (typeof documents)["\n    mutation CreateResearchUnit($input: [ResearchUnitCreateInput!]!) { created: createResearchUnits(input: $input) { organisations: researchUnits { id name } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditingThemes { themes(sort: [{ labelFr: ASC }]) { code labelFr labelEn } }\n"): (typeof documents)["\n  query EditingThemes { themes(sort: [{ labelFr: ASC }]) { code labelFr labelEn } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNeed($id: ID!, $update: ResourceNeedUpdateInput!) { updateResourceNeeds(where: { id: { eq: $id } }, update: $update) { resourceNeeds { ...NeedFields } } }\n"): (typeof documents)["\n  mutation UpdateNeed($id: ID!, $update: ResourceNeedUpdateInput!) { updateResourceNeeds(where: { id: { eq: $id } }, update: $update) { resourceNeeds { ...NeedFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOffer($id: ID!, $update: ResourceOfferUpdateInput!) { updateResourceOffers(where: { id: { eq: $id } }, update: $update) { resourceOffers { ...OfferFields } } }\n"): (typeof documents)["\n  mutation UpdateOffer($id: ID!, $update: ResourceOfferUpdateInput!) { updateResourceOffers(where: { id: { eq: $id } }, update: $update) { resourceOffers { ...OfferFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindOrganisations($phrase: String!) {\n    searchEssStructures(phrase: $phrase, first: 6) { edges { node { id name town { name } } } }\n    searchBusinesses(phrase: $phrase, first: 6) { edges { node { id name town { name } } } }\n    searchSupportProviders(phrase: $phrase, first: 6, where: { node: { isNetwork: { eq: true } } }) { edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query FindOrganisations($phrase: String!) {\n    searchEssStructures(phrase: $phrase, first: 6) { edges { node { id name town { name } } } }\n    searchBusinesses(phrase: $phrase, first: 6) { edges { node { id name town { name } } } }\n    searchSupportProviders(phrase: $phrase, first: 6, where: { node: { isNetwork: { eq: true } } }) { edges { node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphNodeFields on GraphNode { id type name inseeCode legalForm latitude longitude illustrative degree }\n"): (typeof documents)["\n  fragment GraphNodeFields on GraphNode { id type name inseeCode legalForm latitude longitude illustrative degree }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphViewFields on GraphView {\n    nodes { ...GraphNodeFields }\n    edges { id source target type kind since }\n    truncated\n  }\n"): (typeof documents)["\n  fragment GraphViewFields on GraphView {\n    nodes { ...GraphNodeFields }\n    edges { id source target type kind since }\n    truncated\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CooperationGraph($inseeCode: String, $theme: String, $types: [String!], $limit: Int!) {\n    cooperationGraph(inseeCode: $inseeCode, theme: $theme, types: $types, limit: $limit) { ...GraphViewFields }\n  }\n"): (typeof documents)["\n  query CooperationGraph($inseeCode: String, $theme: String, $types: [String!], $limit: Int!) {\n    cooperationGraph(inseeCode: $inseeCode, theme: $theme, types: $types, limit: $limit) { ...GraphViewFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhood($id: ID!) {\n    neighbourhood(id: $id, limit: 60) { ...GraphViewFields }\n  }\n"): (typeof documents)["\n  query Neighbourhood($id: ID!) {\n    neighbourhood(id: $id, limit: 60) { ...GraphViewFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Territory {\n    territory {\n      name\n      towns { inseeCode name essStructures businesses }\n      themes { code labelFr labelEn essStructures }\n    }\n  }\n"): (typeof documents)["\n  query Territory {\n    territory {\n      name\n      towns { inseeCode name essStructures businesses }\n      themes { code labelFr labelEn essStructures }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($phrase: String!) {\n    searchEssStructures(phrase: $phrase, first: 8) { edges { score node { id name } } }\n    searchBusinesses(phrase: $phrase, first: 5) { edges { score node { id name } } }\n  }\n"): (typeof documents)["\n  query Search($phrase: String!) {\n    searchEssStructures(phrase: $phrase, first: 8) { edges { score node { id name } } }\n    searchBusinesses(phrase: $phrase, first: 5) { edges { score node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Details($id: ID!) {\n    essStructures(where: { id: { eq: $id } }) { id description website source sourceKind sourceRef updatedAt updatedBy }\n    businesses(where: { id: { eq: $id } }) { id description website source sourceKind sourceRef updatedAt updatedBy }\n    financers(where: { id: { eq: $id } }) { id description website source sourceKind sourceRef updatedAt updatedBy }\n    supportProviders(where: { id: { eq: $id } }) { id description website source sourceKind sourceRef updatedAt updatedBy }\n    researchUnits(where: { id: { eq: $id } }) { id description website source sourceKind sourceRef updatedAt updatedBy }\n    events(where: { id: { eq: $id } }) { id description source sourceKind sourceRef updatedAt updatedBy }\n    sharedResources(where: { id: { eq: $id } }) { id description source sourceKind sourceRef updatedAt updatedBy }\n    callsForProjects(where: { id: { eq: $id } }) { id source sourceKind sourceRef updatedAt updatedBy }\n  }\n"): (typeof documents)["\n  query Details($id: ID!) {\n    essStructures(where: { id: { eq: $id } }) { id description website source sourceKind sourceRef updatedAt updatedBy }\n    businesses(where: { id: { eq: $id } }) { id description website source sourceKind sourceRef updatedAt updatedBy }\n    financers(where: { id: { eq: $id } }) { id description website source sourceKind sourceRef updatedAt updatedBy }\n    supportProviders(where: { id: { eq: $id } }) { id description website source sourceKind sourceRef updatedAt updatedBy }\n    researchUnits(where: { id: { eq: $id } }) { id description website source sourceKind sourceRef updatedAt updatedBy }\n    events(where: { id: { eq: $id } }) { id description source sourceKind sourceRef updatedAt updatedBy }\n    sharedResources(where: { id: { eq: $id } }) { id description source sourceKind sourceRef updatedAt updatedBy }\n    callsForProjects(where: { id: { eq: $id } }) { id source sourceKind sourceRef updatedAt updatedBy }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Opportunities($inseeCode: String, $organisationId: ID, $language: Language!, $limit: Int!) {\n    opportunities(inseeCode: $inseeCode, organisationId: $organisationId, limit: $limit) {\n      id kind score status\n      members { id name kind inseeCode }\n      explanation(language: $language)\n    }\n  }\n"): (typeof documents)["\n  query Opportunities($inseeCode: String, $organisationId: ID, $language: Language!, $limit: Int!) {\n    opportunities(inseeCode: $inseeCode, organisationId: $organisationId, limit: $limit) {\n      id kind score status\n      members { id name kind inseeCode }\n      explanation(language: $language)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkContacted($id: ID!) { markOpportunityContacted(id: $id) { id status } }\n"): (typeof documents)["\n  mutation MarkContacted($id: ID!) { markOpportunityContacted(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Accept($id: ID!) { acceptOpportunity(id: $id) { id status } }\n"): (typeof documents)["\n  mutation Accept($id: ID!) { acceptOpportunity(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Decline($id: ID!, $reason: String!) { declineOpportunity(id: $id, reason: $reason) { id status } }\n"): (typeof documents)["\n  mutation Decline($id: ID!, $reason: String!) { declineOpportunity(id: $id, reason: $reason) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationNodes($inseeCode: String, $theme: String, $types: [String!], $limit: Int!) {\n    cooperationGraph(inseeCode: $inseeCode, theme: $theme, types: $types, limit: $limit) {\n      nodes { ...GraphNodeFields }\n      truncated\n    }\n  }\n"): (typeof documents)["\n  query OrganisationNodes($inseeCode: String, $theme: String, $types: [String!], $limit: Int!) {\n    cooperationGraph(inseeCode: $inseeCode, theme: $theme, types: $types, limit: $limit) {\n      nodes { ...GraphNodeFields }\n      truncated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    territory {\n      name\n      population\n      programme { id name annualBudgetEur budgetNote essJobsSharePct essPrivateJobsSharePct essEnterprisesSharePct source sourceRef }\n      counts { towns essStructures illustrativeEssStructures businesses financers supportProviders researchUnits openNeeds openOffers sharedResources events callEditions }\n      towns { inseeCode name essStructures illustrativeEssStructures businesses }\n      legalForms { legalForm count }\n    }\n    # Sizes are given where a list nests another: the API counts a list without one at its full default size.\n    programmes(limit: 1) {\n      id\n      axes(sort: [{ number: ASC }]) { id number title titleEn description actions { id title titleEn description sinceYear facts } }\n    }\n    callsForProjects(limit: 50, sort: [{ year: ASC }]) {\n      id year title envelopeEur patShareEur laureateCount ceremonyDate ceremonyPlace source\n      laureatesConnection(first: 50) { edges { properties { amountEur } node { id name sourceKind } } }\n    }\n    events(where: { kind: { eq: BUSINESS_CONVENTION } }) { id title year date place description essParticipantCount businessParticipantCount source }\n    supportProviders(limit: 100) { id stagesServed supportedConnection(first: 100) { edges { properties { stage until } } } }\n    opportunityOutcomes { recorded contacted accepted declined byKind { kind contacted accepted declined recorded } }\n  }\n"): (typeof documents)["\n  query Dashboard {\n    territory {\n      name\n      population\n      programme { id name annualBudgetEur budgetNote essJobsSharePct essPrivateJobsSharePct essEnterprisesSharePct source sourceRef }\n      counts { towns essStructures illustrativeEssStructures businesses financers supportProviders researchUnits openNeeds openOffers sharedResources events callEditions }\n      towns { inseeCode name essStructures illustrativeEssStructures businesses }\n      legalForms { legalForm count }\n    }\n    # Sizes are given where a list nests another: the API counts a list without one at its full default size.\n    programmes(limit: 1) {\n      id\n      axes(sort: [{ number: ASC }]) { id number title titleEn description actions { id title titleEn description sinceYear facts } }\n    }\n    callsForProjects(limit: 50, sort: [{ year: ASC }]) {\n      id year title envelopeEur patShareEur laureateCount ceremonyDate ceremonyPlace source\n      laureatesConnection(first: 50) { edges { properties { amountEur } node { id name sourceKind } } }\n    }\n    events(where: { kind: { eq: BUSINESS_CONVENTION } }) { id title year date place description essParticipantCount businessParticipantCount source }\n    supportProviders(limit: 100) { id stagesServed supportedConnection(first: 100) { edges { properties { stage until } } } }\n    opportunityOutcomes { recorded contacted accepted declined byKind { kind contacted accepted declined recorded } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Version {\n    version { api schema }\n  }\n"): (typeof documents)["\n  query Version {\n    version { api schema }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataStatus {\n    dataStatus {\n      organisations illustrativeOrganisations importedOrganisations hideIllustrativeByDefault\n      sourceKinds { sourceKind organisations relationships lastChange }\n      lastImports { source at created updated }\n    }\n  }\n"): (typeof documents)["\n  query DataStatus {\n    dataStatus {\n      organisations illustrativeOrganisations importedOrganisations hideIllustrativeByDefault\n      sourceKinds { sourceKind organisations relationships lastChange }\n      lastImports { source at created updated }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportRuns($year: Int!) {\n    dataStatus { importRuns(year: $year) { source at new closed moved } }\n  }\n"): (typeof documents)["\n  query ImportRuns($year: Int!) {\n    dataStatus { importRuns(year: $year) { source at new closed moved } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;