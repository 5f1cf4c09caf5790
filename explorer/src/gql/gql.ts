/* eslint-disable */
import * as types from "./graphql";
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";

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
  "\n  fragment ConventionFields on Convention {\n    id\n    title\n    date\n    place\n    startTime\n    endTime\n    slotMinutes\n    breaks {\n      start\n      end\n    }\n    tables\n    defaultMinMeetings\n    defaultMaxMeetings\n    suggestionWeight\n    wishWeight\n    slots {\n      index\n      start\n      end\n    }\n    participants {\n      organisation {\n        id\n        name\n        kind\n        illustrative\n      }\n      minMeetings\n      maxMeetings\n      usesDefaults\n      unavailableSlots\n      attendee\n      email\n    }\n    wishes {\n      fromId\n      toId\n      weight\n    }\n    forbiddenPairs\n    meetings {\n      id\n      slot\n      table\n      pinned\n      value\n      score\n      wish\n      outcome\n      outcomeNote\n      opportunityId\n      members {\n        id\n        name\n        kind\n        illustrative\n      }\n    }\n    solve {\n      status\n      gap\n      objective\n      seconds\n      columns\n      rows\n      at\n    }\n    updatedAt\n  }\n": typeof types.ConventionFieldsFragmentDoc;
  "\n  query Conventions {\n    conventions {\n      id\n      title\n      date\n      place\n      participants\n      meetings\n    }\n  }\n": typeof types.ConventionsDocument;
  "\n  query Convention($id: ID!) {\n    convention(id: $id) {\n      ...ConventionFields\n    }\n  }\n": typeof types.ConventionDocument;
  "\n  mutation CreateConvention($input: ConventionInput!) {\n    createConvention(input: $input) {\n      ...ConventionFields\n    }\n  }\n": typeof types.CreateConventionDocument;
  "\n  mutation UpdateConvention($id: ID!, $input: ConventionInput!) {\n    updateConvention(id: $id, input: $input) {\n      ...ConventionFields\n    }\n  }\n": typeof types.UpdateConventionDocument;
  "\n  query ConventionProposals($id: ID!, $perParticipant: Int!, $language: Language!) {\n    conventionProposals(id: $id, perParticipant: $perParticipant) {\n      organisation {\n        id\n        name\n        kind\n        illustrative\n      }\n      participant {\n        id\n        name\n      }\n      opportunity {\n        id\n        score\n        explanation(language: $language)\n      }\n    }\n  }\n": typeof types.ConventionProposalsDocument;
  "\n  mutation InviteToConvention($id: ID!, $ids: [ID!]!) {\n    inviteToConvention(id: $id, organisationIds: $ids) {\n      ...ConventionFields\n    }\n  }\n": typeof types.InviteToConventionDocument;
  "\n  mutation SetConventionParticipant(\n    $id: ID!\n    $organisationId: ID!\n    $minMeetings: Int\n    $maxMeetings: Int\n    $unavailableSlots: [Int!]\n    $attendee: String\n    $email: String\n  ) {\n    setConventionParticipant(\n      id: $id\n      organisationId: $organisationId\n      minMeetings: $minMeetings\n      maxMeetings: $maxMeetings\n      unavailableSlots: $unavailableSlots\n      attendee: $attendee\n      email: $email\n    ) {\n      ...ConventionFields\n    }\n  }\n": typeof types.SetConventionParticipantDocument;
  "\n  mutation RemoveConventionParticipant($id: ID!, $organisationId: ID!) {\n    removeConventionParticipant(id: $id, organisationId: $organisationId) {\n      ...ConventionFields\n    }\n  }\n": typeof types.RemoveConventionParticipantDocument;
  "\n  mutation SetConventionWish($id: ID!, $fromId: ID!, $toId: ID!, $weight: Int!) {\n    setConventionWish(id: $id, fromId: $fromId, toId: $toId, weight: $weight) {\n      ...ConventionFields\n    }\n  }\n": typeof types.SetConventionWishDocument;
  "\n  mutation ImportConventionCsv($id: ID!, $csv: String!) {\n    importConventionCsv(id: $id, csv: $csv) {\n      wishes\n      unavailabilities\n      errors {\n        line\n        code\n        value\n      }\n      convention {\n        ...ConventionFields\n      }\n    }\n  }\n": typeof types.ImportConventionCsvDocument;
  "\n  mutation SolveConvention($id: ID!, $suggestionWeight: Float, $wishWeight: Float) {\n    solveConvention(id: $id, suggestionWeight: $suggestionWeight, wishWeight: $wishWeight) {\n      ...ConventionFields\n    }\n  }\n": typeof types.SolveConventionDocument;
  "\n  mutation PinConventionMeeting($id: ID!, $a: ID!, $b: ID!, $slot: Int) {\n    pinConventionMeeting(id: $id, a: $a, b: $b, slot: $slot) {\n      ...ConventionFields\n    }\n  }\n": typeof types.PinConventionMeetingDocument;
  "\n  mutation ForbidConventionPair($id: ID!, $a: ID!, $b: ID!, $forbidden: Boolean!) {\n    forbidConventionPair(id: $id, a: $a, b: $b, forbidden: $forbidden) {\n      ...ConventionFields\n    }\n  }\n": typeof types.ForbidConventionPairDocument;
  "\n  mutation RecordConventionMeetingOutcome($id: ID!, $meetingId: ID!, $outcome: MeetingOutcome!, $note: String) {\n    recordConventionMeetingOutcome(id: $id, meetingId: $meetingId, outcome: $outcome, note: $note) {\n      opportunityStatus\n      convention {\n        ...ConventionFields\n      }\n    }\n  }\n": typeof types.RecordConventionMeetingOutcomeDocument;
  "\n  query ConventionAgendaIcs($id: ID!, $organisationId: ID!, $language: Language!) {\n    conventionAgendaIcs(id: $id, organisationId: $organisationId, language: $language)\n  }\n": typeof types.ConventionAgendaIcsDocument;
  "\n  fragment NeedFields on ResourceNeed {\n    id\n    title\n    kind\n    description\n    frequency\n    status\n  }\n": typeof types.NeedFieldsFragmentDoc;
  "\n  fragment OfferFields on ResourceOffer {\n    id\n    title\n    kind\n    description\n    availability\n    status\n  }\n": typeof types.OfferFieldsFragmentDoc;
  "\n  fragment EssStructureRecord on EssStructure {\n    id\n    name\n    description\n    website\n    location {\n      latitude\n      longitude\n    }\n    themes {\n      code\n    }\n    updatedBy\n    updatedAt\n    legalForm\n    stage\n    activity\n    siret\n    rnaId\n    address\n    postalCode\n    foundedYear\n    town {\n      inseeCode\n    }\n  }\n": typeof types.EssStructureRecordFragmentDoc;
  "\n  fragment BusinessRecord on Business {\n    id\n    name\n    description\n    website\n    location {\n      latitude\n      longitude\n    }\n    themes {\n      code\n    }\n    updatedBy\n    updatedAt\n    activity\n    siret\n    address\n    postalCode\n    town {\n      inseeCode\n    }\n  }\n": typeof types.BusinessRecordFragmentDoc;
  "\n  fragment FinancerRecord on Financer {\n    id\n    name\n    description\n    website\n    location {\n      latitude\n      longitude\n    }\n    themes {\n      code\n    }\n    updatedBy\n    updatedAt\n  }\n": typeof types.FinancerRecordFragmentDoc;
  "\n  fragment SupportProviderRecord on SupportProvider {\n    id\n    name\n    description\n    website\n    location {\n      latitude\n      longitude\n    }\n    themes {\n      code\n    }\n    updatedBy\n    updatedAt\n  }\n": typeof types.SupportProviderRecordFragmentDoc;
  "\n  fragment ResearchUnitRecord on ResearchUnit {\n    id\n    name\n    description\n    website\n    location {\n      latitude\n      longitude\n    }\n    themes {\n      code\n    }\n    updatedBy\n    updatedAt\n  }\n": typeof types.ResearchUnitRecordFragmentDoc;
  "\n    query EditableEssStructure($id: ID!) {\n      essStructures(where: { id: { eq: $id } }) {\n        ...EssStructureRecord\n        essPartnersConnection {\n          edges {\n            properties {\n              kind\n              since\n            }\n            node {\n              id\n              name\n            }\n          }\n        }\n        businessPartnersConnection {\n          edges {\n            properties {\n              kind\n              since\n            }\n            node {\n              id\n              name\n            }\n          }\n        }\n        memberOfConnection {\n          edges {\n            properties {\n              since\n            }\n            node {\n              id\n              name\n            }\n          }\n        }\n        needs {\n          ...NeedFields\n        }\n        offers {\n          ...OfferFields\n        }\n      }\n    }\n  ": typeof types.EditableEssStructureDocument;
  "\n    query EditableBusiness($id: ID!) {\n      businesses(where: { id: { eq: $id } }) {\n        ...BusinessRecord\n        essPartnersConnection {\n          edges {\n            properties {\n              kind\n              since\n            }\n            node {\n              id\n              name\n            }\n          }\n        }\n        offers {\n          ...OfferFields\n        }\n      }\n    }\n  ": typeof types.EditableBusinessDocument;
  "\n    query EditableFinancer($id: ID!) {\n      financers(where: { id: { eq: $id } }) {\n        ...FinancerRecord\n      }\n    }\n  ": typeof types.EditableFinancerDocument;
  "\n    query EditableSupportProvider($id: ID!) {\n      supportProviders(where: { id: { eq: $id } }) {\n        ...SupportProviderRecord\n        membersConnection {\n          edges {\n            properties {\n              since\n            }\n            node {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.EditableSupportProviderDocument;
  "\n    query EditableResearchUnit($id: ID!) {\n      researchUnits(where: { id: { eq: $id } }) {\n        ...ResearchUnitRecord\n      }\n    }\n  ": typeof types.EditableResearchUnitDocument;
  "\n    mutation UpdateEssStructure($id: ID!, $update: EssStructureUpdateInput!) {\n      updateEssStructures(where: { id: { eq: $id } }, update: $update) {\n        essStructures {\n          ...EssStructureRecord\n        }\n      }\n    }\n  ": typeof types.UpdateEssStructureDocument;
  "\n    mutation UpdateBusiness($id: ID!, $update: BusinessUpdateInput!) {\n      updateBusinesses(where: { id: { eq: $id } }, update: $update) {\n        businesses {\n          ...BusinessRecord\n        }\n      }\n    }\n  ": typeof types.UpdateBusinessDocument;
  "\n    mutation UpdateFinancer($id: ID!, $update: FinancerUpdateInput!) {\n      updateFinancers(where: { id: { eq: $id } }, update: $update) {\n        financers {\n          ...FinancerRecord\n        }\n      }\n    }\n  ": typeof types.UpdateFinancerDocument;
  "\n    mutation UpdateSupportProvider($id: ID!, $update: SupportProviderUpdateInput!) {\n      updateSupportProviders(where: { id: { eq: $id } }, update: $update) {\n        supportProviders {\n          ...SupportProviderRecord\n        }\n      }\n    }\n  ": typeof types.UpdateSupportProviderDocument;
  "\n    mutation UpdateResearchUnit($id: ID!, $update: ResearchUnitUpdateInput!) {\n      updateResearchUnits(where: { id: { eq: $id } }, update: $update) {\n        researchUnits {\n          ...ResearchUnitRecord\n        }\n      }\n    }\n  ": typeof types.UpdateResearchUnitDocument;
  "\n    mutation CreateEssStructure($input: [EssStructureCreateInput!]!) {\n      created: createEssStructures(input: $input) {\n        organisations: essStructures {\n          id\n          name\n        }\n      }\n    }\n  ": typeof types.CreateEssStructureDocument;
  "\n    mutation CreateBusiness($input: [BusinessCreateInput!]!) {\n      created: createBusinesses(input: $input) {\n        organisations: businesses {\n          id\n          name\n        }\n      }\n    }\n  ": typeof types.CreateBusinessDocument;
  "\n    mutation CreateFinancer($input: [FinancerCreateInput!]!) {\n      created: createFinancers(input: $input) {\n        organisations: financers {\n          id\n          name\n        }\n      }\n    }\n  ": typeof types.CreateFinancerDocument;
  "\n    mutation CreateSupportProvider($input: [SupportProviderCreateInput!]!) {\n      created: createSupportProviders(input: $input) {\n        organisations: supportProviders {\n          id\n          name\n        }\n      }\n    }\n  ": typeof types.CreateSupportProviderDocument;
  "\n    mutation CreateResearchUnit($input: [ResearchUnitCreateInput!]!) {\n      created: createResearchUnits(input: $input) {\n        organisations: researchUnits {\n          id\n          name\n        }\n      }\n    }\n  ": typeof types.CreateResearchUnitDocument;
  "\n  query EditingThemes {\n    themes(sort: [{ labelFr: ASC }]) {\n      code\n      labelFr\n      labelEn\n    }\n  }\n": typeof types.EditingThemesDocument;
  "\n  mutation UpdateNeed($id: ID!, $update: ResourceNeedUpdateInput!) {\n    updateResourceNeeds(where: { id: { eq: $id } }, update: $update) {\n      resourceNeeds {\n        ...NeedFields\n      }\n    }\n  }\n": typeof types.UpdateNeedDocument;
  "\n  mutation UpdateOffer($id: ID!, $update: ResourceOfferUpdateInput!) {\n    updateResourceOffers(where: { id: { eq: $id } }, update: $update) {\n      resourceOffers {\n        ...OfferFields\n      }\n    }\n  }\n": typeof types.UpdateOfferDocument;
  "\n  query FindOrganisations($phrase: String!) {\n    searchEssStructures(phrase: $phrase, first: 6) {\n      edges {\n        node {\n          id\n          name\n          town {\n            name\n          }\n        }\n      }\n    }\n    searchBusinesses(phrase: $phrase, first: 6) {\n      edges {\n        node {\n          id\n          name\n          town {\n            name\n          }\n        }\n      }\n    }\n    searchSupportProviders(phrase: $phrase, first: 6, where: { node: { isNetwork: { eq: true } } }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.FindOrganisationsDocument;
  "\n  query RecordedOpportunities(\n    $kind: OpportunityKind\n    $mine: Boolean!\n    $inseeCode: String\n    $from: String\n    $to: String\n    $limit: Int!\n  ) {\n    recordedOpportunities(kind: $kind, mine: $mine, inseeCode: $inseeCode, from: $from, to: $to, limit: $limit) {\n      id\n      kind\n      status\n      score\n      members {\n        id\n        name\n        kind\n        inseeCode\n        illustrative\n      }\n      updatedAt\n      nextFollowUp\n      declineReason\n      declineReasonKind\n      history {\n        status\n        previous\n        at\n        by\n        note\n        reason\n        reasonKind\n        nextFollowUp\n        provenance\n      }\n    }\n  }\n": typeof types.RecordedOpportunitiesDocument;
  "\n  mutation RecordContact($id: ID!, $note: String, $nextFollowUp: String) {\n    markOpportunityContacted(id: $id, note: $note, nextFollowUp: $nextFollowUp) {\n      id\n      status\n    }\n  }\n": typeof types.RecordContactDocument;
  "\n  mutation AcceptOpportunity($id: ID!, $note: String) {\n    acceptOpportunity(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.AcceptOpportunityDocument;
  "\n  mutation DeclineOpportunity($id: ID!, $reason: String!, $reasonKind: DeclineReasonKind) {\n    declineOpportunity(id: $id, reason: $reason, reasonKind: $reasonKind) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineOpportunityDocument;
  "\n  mutation UndoOpportunityStep($id: ID!) {\n    undoOpportunityStep(id: $id) {\n      id\n      opportunity {\n        id\n        status\n      }\n    }\n  }\n": typeof types.UndoOpportunityStepDocument;
  "\n  query OutcomesByPeriod($from: String!, $to: String!, $previousFrom: String!, $previousTo: String!) {\n    current: opportunityOutcomes(from: $from, to: $to) {\n      recorded\n      contacted\n      accepted\n      declined\n      byKind {\n        kind\n        contacted\n        accepted\n        declined\n        recorded\n      }\n    }\n    previous: opportunityOutcomes(from: $previousFrom, to: $previousTo) {\n      recorded\n      contacted\n      accepted\n      declined\n    }\n    conventionsCurrent: conventionOutcomes(from: $from, to: $to) {\n      year\n      held\n      followUps\n      partnerships\n      purchases\n    }\n    conventionsPrevious: conventionOutcomes(from: $previousFrom, to: $previousTo) {\n      year\n      held\n      followUps\n      partnerships\n      purchases\n    }\n  }\n": typeof types.OutcomesByPeriodDocument;
  "\n  query SuggestedOpportunities($inseeCode: String, $kind: OpportunityKind, $limit: Int!) {\n    opportunities(inseeCode: $inseeCode, kind: $kind, limit: $limit) {\n      id\n      kind\n      status\n      members {\n        id\n        name\n        kind\n        inseeCode\n        illustrative\n      }\n    }\n  }\n": typeof types.SuggestedOpportunitiesDocument;
  "\n  fragment GraphNodeFields on GraphNode {\n    id\n    type\n    name\n    inseeCode\n    legalForm\n    latitude\n    longitude\n    illustrative\n    degree\n  }\n": typeof types.GraphNodeFieldsFragmentDoc;
  "\n  fragment GraphViewFields on GraphView {\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      id\n      source\n      target\n      type\n      kind\n      since\n    }\n    truncated\n  }\n": typeof types.GraphViewFieldsFragmentDoc;
  "\n  query CooperationGraph($inseeCode: String, $theme: String, $types: [String!], $limit: Int!) {\n    cooperationGraph(inseeCode: $inseeCode, theme: $theme, types: $types, limit: $limit) {\n      ...GraphViewFields\n    }\n  }\n": typeof types.CooperationGraphDocument;
  "\n  query Neighbourhood($id: ID!) {\n    neighbourhood(id: $id, limit: 60) {\n      ...GraphViewFields\n    }\n  }\n": typeof types.NeighbourhoodDocument;
  "\n  query Territory {\n    territory {\n      name\n      towns {\n        inseeCode\n        name\n        essStructures\n        businesses\n      }\n      themes {\n        code\n        labelFr\n        labelEn\n        essStructures\n      }\n    }\n  }\n": typeof types.TerritoryDocument;
  "\n  query Search($phrase: String!) {\n    searchEssStructures(phrase: $phrase, first: 8) {\n      edges {\n        score\n        node {\n          id\n          name\n        }\n      }\n    }\n    searchBusinesses(phrase: $phrase, first: 5) {\n      edges {\n        score\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument;
  "\n  query Details($id: ID!) {\n    essStructures(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    businesses(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    financers(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    supportProviders(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    researchUnits(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    events(where: { id: { eq: $id } }) {\n      id\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    sharedResources(where: { id: { eq: $id } }) {\n      id\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    callsForProjects(where: { id: { eq: $id } }) {\n      id\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n  }\n": typeof types.DetailsDocument;
  "\n  fragment OpportunityFields on Opportunity {\n    id\n    kind\n    score\n    status\n    members {\n      id\n      name\n      kind\n      inseeCode\n      illustrative\n    }\n    explanation(language: $language)\n  }\n": typeof types.OpportunityFieldsFragmentDoc;
  "\n  query Opportunities(\n    $kind: OpportunityKind\n    $inseeCode: String\n    $theme: String\n    $organisationId: ID\n    $language: Language!\n    $limit: Int!\n    $offset: Int!\n    $order: OpportunityOrder!\n  ) {\n    opportunities(\n      kind: $kind\n      inseeCode: $inseeCode\n      theme: $theme\n      organisationId: $organisationId\n      limit: $limit\n      offset: $offset\n      order: $order\n    ) {\n      ...OpportunityFields\n    }\n  }\n": typeof types.OpportunitiesDocument;
  "\n  query OpportunityCounts($inseeCode: String, $theme: String, $organisationId: ID) {\n    opportunityCounts(inseeCode: $inseeCode, theme: $theme, organisationId: $organisationId) {\n      kind\n      count\n      atLeast\n    }\n  }\n": typeof types.OpportunityCountsDocument;
  "\n  query OrganisationNodes($inseeCode: String, $theme: String, $types: [String!], $limit: Int!) {\n    cooperationGraph(inseeCode: $inseeCode, theme: $theme, types: $types, limit: $limit) {\n      nodes {\n        ...GraphNodeFields\n      }\n      truncated\n    }\n  }\n": typeof types.OrganisationNodesDocument;
  "\n  query Dashboard {\n    territory {\n      name\n      population\n      programme {\n        id\n        name\n        annualBudgetEur\n        budgetNote\n        essJobsSharePct\n        essPrivateJobsSharePct\n        essEnterprisesSharePct\n        source\n        sourceRef\n      }\n      counts {\n        towns\n        essStructures\n        illustrativeEssStructures\n        businesses\n        financers\n        supportProviders\n        researchUnits\n        openNeeds\n        openOffers\n        sharedResources\n        events\n        callEditions\n      }\n      towns {\n        inseeCode\n        name\n        essStructures\n        illustrativeEssStructures\n        businesses\n      }\n      legalForms {\n        legalForm\n        count\n      }\n    }\n    # Sizes are given where a list nests another: the API counts a list without one at its full default size.\n    programmes(limit: 1) {\n      id\n      axes(sort: [{ number: ASC }]) {\n        id\n        number\n        title\n        titleEn\n        description\n        actions {\n          id\n          title\n          titleEn\n          description\n          sinceYear\n          facts\n        }\n      }\n    }\n    callsForProjects(limit: 50, sort: [{ year: ASC }]) {\n      id\n      year\n      title\n      envelopeEur\n      patShareEur\n      laureateCount\n      ceremonyDate\n      ceremonyPlace\n      source\n      laureatesConnection(first: 50) {\n        edges {\n          properties {\n            amountEur\n          }\n          node {\n            id\n            name\n            sourceKind\n          }\n        }\n      }\n    }\n    events(where: { kind: { eq: BUSINESS_CONVENTION } }) {\n      id\n      title\n      year\n      date\n      place\n      description\n      essParticipantCount\n      businessParticipantCount\n      source\n    }\n    supportProviders(limit: 100) {\n      id\n      stagesServed\n      supportedConnection(first: 100) {\n        edges {\n          properties {\n            stage\n            until\n          }\n        }\n      }\n    }\n    opportunityOutcomes {\n      recorded\n      contacted\n      accepted\n      declined\n      byKind {\n        kind\n        contacted\n        accepted\n        declined\n        recorded\n      }\n    }\n  }\n": typeof types.DashboardDocument;
  "\n  query Version {\n    version {\n      api\n      schema\n    }\n  }\n": typeof types.VersionDocument;
  "\n  query DataStatus {\n    dataStatus {\n      organisations\n      illustrativeOrganisations\n      importedOrganisations\n      hideIllustrativeByDefault\n      sourceKinds {\n        sourceKind\n        organisations\n        relationships\n        lastChange\n      }\n      lastImports {\n        source\n        at\n        created\n        updated\n      }\n    }\n  }\n": typeof types.DataStatusDocument;
  "\n  query ImportRuns($year: Int!) {\n    dataStatus {\n      importRuns(year: $year) {\n        source\n        at\n        new\n        closed\n        moved\n      }\n    }\n  }\n": typeof types.ImportRunsDocument;
  "\n  query OrganisationHistory($organisationId: ID!) {\n    recordedOpportunities(organisationId: $organisationId, limit: 50) {\n      id\n      kind\n      status\n      members {\n        id\n        name\n      }\n      history {\n        status\n        at\n        by\n        note\n        reason\n        nextFollowUp\n      }\n    }\n  }\n": typeof types.OrganisationHistoryDocument;
  "\n  query OrganisationProfile($id: ID!) {\n    essStructures(where: { id: { eq: $id } }) {\n      id\n      name\n      legalForm\n      activity\n      projectKind\n      stage\n      staffRangeLabel\n      foundedYear\n      address\n      postalCode\n      website\n      description\n      isVitrine\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      factSources {\n        field\n        sourceKind\n        source\n        at\n      }\n      importedAt\n      town(limit: 1) {\n        inseeCode\n        name\n      }\n      themes(limit: 20) {\n        code\n        labelFr\n        labelEn\n      }\n      needs(limit: 20) {\n        id\n        title\n        kind\n        status\n      }\n      offers(limit: 20) {\n        id\n        title\n        kind\n        status\n      }\n      essPartners(limit: 50) {\n        id\n        name\n      }\n      businessPartners(limit: 50) {\n        id\n        name\n      }\n      customers(limit: 50) {\n        id\n        name\n      }\n      funders(limit: 50) {\n        id\n        name\n      }\n      supporters(limit: 50) {\n        id\n        name\n      }\n      researchLinks(limit: 50) {\n        id\n        name\n      }\n      memberOf(limit: 50) {\n        id\n        name\n      }\n      events(limit: 50) {\n        id\n        title\n        year\n      }\n      sharedResources(limit: 50) {\n        id\n        name\n      }\n    }\n    businesses(where: { id: { eq: $id } }) {\n      id\n      name\n      activity\n      staffRangeLabel\n      csrCommitments\n      address\n      postalCode\n      website\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      factSources {\n        field\n        sourceKind\n        source\n        at\n      }\n      importedAt\n      town(limit: 1) {\n        inseeCode\n        name\n      }\n      themes(limit: 20) {\n        code\n        labelFr\n        labelEn\n      }\n      offers(limit: 20) {\n        id\n        title\n        kind\n        status\n      }\n      essPartners(limit: 50) {\n        id\n        name\n      }\n      suppliers(limit: 50) {\n        id\n        name\n      }\n      events(limit: 50) {\n        id\n        title\n        year\n      }\n    }\n    financers(where: { id: { eq: $id } }) {\n      id\n      name\n      financerKind: kind\n      instruments\n      ticketMinEur\n      ticketMaxEur\n      stages\n      website\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      factSources {\n        field\n        sourceKind\n        source\n        at\n      }\n      themes(limit: 20) {\n        code\n        labelFr\n        labelEn\n      }\n      funded(limit: 50) {\n        id\n        name\n      }\n      events(limit: 50) {\n        id\n        title\n        year\n      }\n    }\n    supportProviders(where: { id: { eq: $id } }) {\n      id\n      name\n      stagesServed\n      isNetwork\n      website\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      factSources {\n        field\n        sourceKind\n        source\n        at\n      }\n      themes(limit: 20) {\n        code\n        labelFr\n        labelEn\n      }\n      supported(limit: 50) {\n        id\n        name\n      }\n      members(limit: 50) {\n        id\n        name\n      }\n      events(limit: 50) {\n        id\n        title\n        year\n      }\n    }\n    researchUnits(where: { id: { eq: $id } }) {\n      id\n      name\n      researchKind: kind\n      startYear\n      endYear\n      website\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      factSources {\n        field\n        sourceKind\n        source\n        at\n      }\n      themes(limit: 20) {\n        code\n        labelFr\n        labelEn\n      }\n      partOf(limit: 10) {\n        id\n        name\n      }\n      parts(limit: 50) {\n        id\n        name\n      }\n      studies(limit: 50) {\n        id\n        name\n      }\n      events(limit: 50) {\n        id\n        title\n        year\n      }\n    }\n  }\n": typeof types.OrganisationProfileDocument;
  "\n  query OrganisationName($id: ID!) {\n    organisations(where: { id: { eq: $id } }) {\n      id\n      name\n    }\n  }\n": typeof types.OrganisationNameDocument;
  "\n  query OrganisationContacts($id: ID!) {\n    essStructures(where: { id: { eq: $id } }) {\n      id\n      contacts(limit: 20) {\n        ...ContactFields\n      }\n    }\n    businesses(where: { id: { eq: $id } }) {\n      id\n      contacts(limit: 20) {\n        ...ContactFields\n      }\n    }\n    financers(where: { id: { eq: $id } }) {\n      id\n      contacts(limit: 20) {\n        ...ContactFields\n      }\n    }\n    supportProviders(where: { id: { eq: $id } }) {\n      id\n      contacts(limit: 20) {\n        ...ContactFields\n      }\n    }\n    researchUnits(where: { id: { eq: $id } }) {\n      id\n      contacts(limit: 20) {\n        ...ContactFields\n      }\n    }\n  }\n": typeof types.OrganisationContactsDocument;
  "\n  fragment ContactFields on Contact {\n    id\n    name\n    role\n    email\n    phone\n  }\n": typeof types.ContactFieldsFragmentDoc;
  "\n  query NodeMeasures($ids: [ID!]!, $first: Int!) {\n    networkMetrics {\n      nodes(ids: $ids, first: $first) {\n        nodes {\n          id\n          degree\n          pagerank\n          betweenness\n          community\n        }\n      }\n    }\n  }\n": typeof types.NodeMeasuresDocument;
  "\n  fragment SavedViewFields on SavedView {\n    id\n    name\n    url\n    createdBy\n    createdAt\n    mine\n  }\n": typeof types.SavedViewFieldsFragmentDoc;
  "\n  query SavedViews {\n    savedViews(limit: 100) {\n      ...SavedViewFields\n    }\n  }\n": typeof types.SavedViewsDocument;
  "\n  query SavedView($id: ID!) {\n    savedView(id: $id) {\n      ...SavedViewFields\n    }\n  }\n": typeof types.SavedViewDocument;
  "\n  mutation SaveView($name: String!, $url: String!) {\n    saveView(name: $name, url: $url) {\n      ...SavedViewFields\n    }\n  }\n": typeof types.SaveViewDocument;
  "\n  mutation DeleteSavedView($id: ID!) {\n    deleteSavedView(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteSavedViewDocument;
};
const documents: Documents = {
  "\n  fragment ConventionFields on Convention {\n    id\n    title\n    date\n    place\n    startTime\n    endTime\n    slotMinutes\n    breaks {\n      start\n      end\n    }\n    tables\n    defaultMinMeetings\n    defaultMaxMeetings\n    suggestionWeight\n    wishWeight\n    slots {\n      index\n      start\n      end\n    }\n    participants {\n      organisation {\n        id\n        name\n        kind\n        illustrative\n      }\n      minMeetings\n      maxMeetings\n      usesDefaults\n      unavailableSlots\n      attendee\n      email\n    }\n    wishes {\n      fromId\n      toId\n      weight\n    }\n    forbiddenPairs\n    meetings {\n      id\n      slot\n      table\n      pinned\n      value\n      score\n      wish\n      outcome\n      outcomeNote\n      opportunityId\n      members {\n        id\n        name\n        kind\n        illustrative\n      }\n    }\n    solve {\n      status\n      gap\n      objective\n      seconds\n      columns\n      rows\n      at\n    }\n    updatedAt\n  }\n":
    types.ConventionFieldsFragmentDoc,
  "\n  query Conventions {\n    conventions {\n      id\n      title\n      date\n      place\n      participants\n      meetings\n    }\n  }\n":
    types.ConventionsDocument,
  "\n  query Convention($id: ID!) {\n    convention(id: $id) {\n      ...ConventionFields\n    }\n  }\n":
    types.ConventionDocument,
  "\n  mutation CreateConvention($input: ConventionInput!) {\n    createConvention(input: $input) {\n      ...ConventionFields\n    }\n  }\n":
    types.CreateConventionDocument,
  "\n  mutation UpdateConvention($id: ID!, $input: ConventionInput!) {\n    updateConvention(id: $id, input: $input) {\n      ...ConventionFields\n    }\n  }\n":
    types.UpdateConventionDocument,
  "\n  query ConventionProposals($id: ID!, $perParticipant: Int!, $language: Language!) {\n    conventionProposals(id: $id, perParticipant: $perParticipant) {\n      organisation {\n        id\n        name\n        kind\n        illustrative\n      }\n      participant {\n        id\n        name\n      }\n      opportunity {\n        id\n        score\n        explanation(language: $language)\n      }\n    }\n  }\n":
    types.ConventionProposalsDocument,
  "\n  mutation InviteToConvention($id: ID!, $ids: [ID!]!) {\n    inviteToConvention(id: $id, organisationIds: $ids) {\n      ...ConventionFields\n    }\n  }\n":
    types.InviteToConventionDocument,
  "\n  mutation SetConventionParticipant(\n    $id: ID!\n    $organisationId: ID!\n    $minMeetings: Int\n    $maxMeetings: Int\n    $unavailableSlots: [Int!]\n    $attendee: String\n    $email: String\n  ) {\n    setConventionParticipant(\n      id: $id\n      organisationId: $organisationId\n      minMeetings: $minMeetings\n      maxMeetings: $maxMeetings\n      unavailableSlots: $unavailableSlots\n      attendee: $attendee\n      email: $email\n    ) {\n      ...ConventionFields\n    }\n  }\n":
    types.SetConventionParticipantDocument,
  "\n  mutation RemoveConventionParticipant($id: ID!, $organisationId: ID!) {\n    removeConventionParticipant(id: $id, organisationId: $organisationId) {\n      ...ConventionFields\n    }\n  }\n":
    types.RemoveConventionParticipantDocument,
  "\n  mutation SetConventionWish($id: ID!, $fromId: ID!, $toId: ID!, $weight: Int!) {\n    setConventionWish(id: $id, fromId: $fromId, toId: $toId, weight: $weight) {\n      ...ConventionFields\n    }\n  }\n":
    types.SetConventionWishDocument,
  "\n  mutation ImportConventionCsv($id: ID!, $csv: String!) {\n    importConventionCsv(id: $id, csv: $csv) {\n      wishes\n      unavailabilities\n      errors {\n        line\n        code\n        value\n      }\n      convention {\n        ...ConventionFields\n      }\n    }\n  }\n":
    types.ImportConventionCsvDocument,
  "\n  mutation SolveConvention($id: ID!, $suggestionWeight: Float, $wishWeight: Float) {\n    solveConvention(id: $id, suggestionWeight: $suggestionWeight, wishWeight: $wishWeight) {\n      ...ConventionFields\n    }\n  }\n":
    types.SolveConventionDocument,
  "\n  mutation PinConventionMeeting($id: ID!, $a: ID!, $b: ID!, $slot: Int) {\n    pinConventionMeeting(id: $id, a: $a, b: $b, slot: $slot) {\n      ...ConventionFields\n    }\n  }\n":
    types.PinConventionMeetingDocument,
  "\n  mutation ForbidConventionPair($id: ID!, $a: ID!, $b: ID!, $forbidden: Boolean!) {\n    forbidConventionPair(id: $id, a: $a, b: $b, forbidden: $forbidden) {\n      ...ConventionFields\n    }\n  }\n":
    types.ForbidConventionPairDocument,
  "\n  mutation RecordConventionMeetingOutcome($id: ID!, $meetingId: ID!, $outcome: MeetingOutcome!, $note: String) {\n    recordConventionMeetingOutcome(id: $id, meetingId: $meetingId, outcome: $outcome, note: $note) {\n      opportunityStatus\n      convention {\n        ...ConventionFields\n      }\n    }\n  }\n":
    types.RecordConventionMeetingOutcomeDocument,
  "\n  query ConventionAgendaIcs($id: ID!, $organisationId: ID!, $language: Language!) {\n    conventionAgendaIcs(id: $id, organisationId: $organisationId, language: $language)\n  }\n":
    types.ConventionAgendaIcsDocument,
  "\n  fragment NeedFields on ResourceNeed {\n    id\n    title\n    kind\n    description\n    frequency\n    status\n  }\n":
    types.NeedFieldsFragmentDoc,
  "\n  fragment OfferFields on ResourceOffer {\n    id\n    title\n    kind\n    description\n    availability\n    status\n  }\n":
    types.OfferFieldsFragmentDoc,
  "\n  fragment EssStructureRecord on EssStructure {\n    id\n    name\n    description\n    website\n    location {\n      latitude\n      longitude\n    }\n    themes {\n      code\n    }\n    updatedBy\n    updatedAt\n    legalForm\n    stage\n    activity\n    siret\n    rnaId\n    address\n    postalCode\n    foundedYear\n    town {\n      inseeCode\n    }\n  }\n":
    types.EssStructureRecordFragmentDoc,
  "\n  fragment BusinessRecord on Business {\n    id\n    name\n    description\n    website\n    location {\n      latitude\n      longitude\n    }\n    themes {\n      code\n    }\n    updatedBy\n    updatedAt\n    activity\n    siret\n    address\n    postalCode\n    town {\n      inseeCode\n    }\n  }\n":
    types.BusinessRecordFragmentDoc,
  "\n  fragment FinancerRecord on Financer {\n    id\n    name\n    description\n    website\n    location {\n      latitude\n      longitude\n    }\n    themes {\n      code\n    }\n    updatedBy\n    updatedAt\n  }\n":
    types.FinancerRecordFragmentDoc,
  "\n  fragment SupportProviderRecord on SupportProvider {\n    id\n    name\n    description\n    website\n    location {\n      latitude\n      longitude\n    }\n    themes {\n      code\n    }\n    updatedBy\n    updatedAt\n  }\n":
    types.SupportProviderRecordFragmentDoc,
  "\n  fragment ResearchUnitRecord on ResearchUnit {\n    id\n    name\n    description\n    website\n    location {\n      latitude\n      longitude\n    }\n    themes {\n      code\n    }\n    updatedBy\n    updatedAt\n  }\n":
    types.ResearchUnitRecordFragmentDoc,
  "\n    query EditableEssStructure($id: ID!) {\n      essStructures(where: { id: { eq: $id } }) {\n        ...EssStructureRecord\n        essPartnersConnection {\n          edges {\n            properties {\n              kind\n              since\n            }\n            node {\n              id\n              name\n            }\n          }\n        }\n        businessPartnersConnection {\n          edges {\n            properties {\n              kind\n              since\n            }\n            node {\n              id\n              name\n            }\n          }\n        }\n        memberOfConnection {\n          edges {\n            properties {\n              since\n            }\n            node {\n              id\n              name\n            }\n          }\n        }\n        needs {\n          ...NeedFields\n        }\n        offers {\n          ...OfferFields\n        }\n      }\n    }\n  ":
    types.EditableEssStructureDocument,
  "\n    query EditableBusiness($id: ID!) {\n      businesses(where: { id: { eq: $id } }) {\n        ...BusinessRecord\n        essPartnersConnection {\n          edges {\n            properties {\n              kind\n              since\n            }\n            node {\n              id\n              name\n            }\n          }\n        }\n        offers {\n          ...OfferFields\n        }\n      }\n    }\n  ":
    types.EditableBusinessDocument,
  "\n    query EditableFinancer($id: ID!) {\n      financers(where: { id: { eq: $id } }) {\n        ...FinancerRecord\n      }\n    }\n  ":
    types.EditableFinancerDocument,
  "\n    query EditableSupportProvider($id: ID!) {\n      supportProviders(where: { id: { eq: $id } }) {\n        ...SupportProviderRecord\n        membersConnection {\n          edges {\n            properties {\n              since\n            }\n            node {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  ":
    types.EditableSupportProviderDocument,
  "\n    query EditableResearchUnit($id: ID!) {\n      researchUnits(where: { id: { eq: $id } }) {\n        ...ResearchUnitRecord\n      }\n    }\n  ":
    types.EditableResearchUnitDocument,
  "\n    mutation UpdateEssStructure($id: ID!, $update: EssStructureUpdateInput!) {\n      updateEssStructures(where: { id: { eq: $id } }, update: $update) {\n        essStructures {\n          ...EssStructureRecord\n        }\n      }\n    }\n  ":
    types.UpdateEssStructureDocument,
  "\n    mutation UpdateBusiness($id: ID!, $update: BusinessUpdateInput!) {\n      updateBusinesses(where: { id: { eq: $id } }, update: $update) {\n        businesses {\n          ...BusinessRecord\n        }\n      }\n    }\n  ":
    types.UpdateBusinessDocument,
  "\n    mutation UpdateFinancer($id: ID!, $update: FinancerUpdateInput!) {\n      updateFinancers(where: { id: { eq: $id } }, update: $update) {\n        financers {\n          ...FinancerRecord\n        }\n      }\n    }\n  ":
    types.UpdateFinancerDocument,
  "\n    mutation UpdateSupportProvider($id: ID!, $update: SupportProviderUpdateInput!) {\n      updateSupportProviders(where: { id: { eq: $id } }, update: $update) {\n        supportProviders {\n          ...SupportProviderRecord\n        }\n      }\n    }\n  ":
    types.UpdateSupportProviderDocument,
  "\n    mutation UpdateResearchUnit($id: ID!, $update: ResearchUnitUpdateInput!) {\n      updateResearchUnits(where: { id: { eq: $id } }, update: $update) {\n        researchUnits {\n          ...ResearchUnitRecord\n        }\n      }\n    }\n  ":
    types.UpdateResearchUnitDocument,
  "\n    mutation CreateEssStructure($input: [EssStructureCreateInput!]!) {\n      created: createEssStructures(input: $input) {\n        organisations: essStructures {\n          id\n          name\n        }\n      }\n    }\n  ":
    types.CreateEssStructureDocument,
  "\n    mutation CreateBusiness($input: [BusinessCreateInput!]!) {\n      created: createBusinesses(input: $input) {\n        organisations: businesses {\n          id\n          name\n        }\n      }\n    }\n  ":
    types.CreateBusinessDocument,
  "\n    mutation CreateFinancer($input: [FinancerCreateInput!]!) {\n      created: createFinancers(input: $input) {\n        organisations: financers {\n          id\n          name\n        }\n      }\n    }\n  ":
    types.CreateFinancerDocument,
  "\n    mutation CreateSupportProvider($input: [SupportProviderCreateInput!]!) {\n      created: createSupportProviders(input: $input) {\n        organisations: supportProviders {\n          id\n          name\n        }\n      }\n    }\n  ":
    types.CreateSupportProviderDocument,
  "\n    mutation CreateResearchUnit($input: [ResearchUnitCreateInput!]!) {\n      created: createResearchUnits(input: $input) {\n        organisations: researchUnits {\n          id\n          name\n        }\n      }\n    }\n  ":
    types.CreateResearchUnitDocument,
  "\n  query EditingThemes {\n    themes(sort: [{ labelFr: ASC }]) {\n      code\n      labelFr\n      labelEn\n    }\n  }\n":
    types.EditingThemesDocument,
  "\n  mutation UpdateNeed($id: ID!, $update: ResourceNeedUpdateInput!) {\n    updateResourceNeeds(where: { id: { eq: $id } }, update: $update) {\n      resourceNeeds {\n        ...NeedFields\n      }\n    }\n  }\n":
    types.UpdateNeedDocument,
  "\n  mutation UpdateOffer($id: ID!, $update: ResourceOfferUpdateInput!) {\n    updateResourceOffers(where: { id: { eq: $id } }, update: $update) {\n      resourceOffers {\n        ...OfferFields\n      }\n    }\n  }\n":
    types.UpdateOfferDocument,
  "\n  query FindOrganisations($phrase: String!) {\n    searchEssStructures(phrase: $phrase, first: 6) {\n      edges {\n        node {\n          id\n          name\n          town {\n            name\n          }\n        }\n      }\n    }\n    searchBusinesses(phrase: $phrase, first: 6) {\n      edges {\n        node {\n          id\n          name\n          town {\n            name\n          }\n        }\n      }\n    }\n    searchSupportProviders(phrase: $phrase, first: 6, where: { node: { isNetwork: { eq: true } } }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n":
    types.FindOrganisationsDocument,
  "\n  query RecordedOpportunities(\n    $kind: OpportunityKind\n    $mine: Boolean!\n    $inseeCode: String\n    $from: String\n    $to: String\n    $limit: Int!\n  ) {\n    recordedOpportunities(kind: $kind, mine: $mine, inseeCode: $inseeCode, from: $from, to: $to, limit: $limit) {\n      id\n      kind\n      status\n      score\n      members {\n        id\n        name\n        kind\n        inseeCode\n        illustrative\n      }\n      updatedAt\n      nextFollowUp\n      declineReason\n      declineReasonKind\n      history {\n        status\n        previous\n        at\n        by\n        note\n        reason\n        reasonKind\n        nextFollowUp\n        provenance\n      }\n    }\n  }\n":
    types.RecordedOpportunitiesDocument,
  "\n  mutation RecordContact($id: ID!, $note: String, $nextFollowUp: String) {\n    markOpportunityContacted(id: $id, note: $note, nextFollowUp: $nextFollowUp) {\n      id\n      status\n    }\n  }\n":
    types.RecordContactDocument,
  "\n  mutation AcceptOpportunity($id: ID!, $note: String) {\n    acceptOpportunity(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n":
    types.AcceptOpportunityDocument,
  "\n  mutation DeclineOpportunity($id: ID!, $reason: String!, $reasonKind: DeclineReasonKind) {\n    declineOpportunity(id: $id, reason: $reason, reasonKind: $reasonKind) {\n      id\n      status\n    }\n  }\n":
    types.DeclineOpportunityDocument,
  "\n  mutation UndoOpportunityStep($id: ID!) {\n    undoOpportunityStep(id: $id) {\n      id\n      opportunity {\n        id\n        status\n      }\n    }\n  }\n":
    types.UndoOpportunityStepDocument,
  "\n  query OutcomesByPeriod($from: String!, $to: String!, $previousFrom: String!, $previousTo: String!) {\n    current: opportunityOutcomes(from: $from, to: $to) {\n      recorded\n      contacted\n      accepted\n      declined\n      byKind {\n        kind\n        contacted\n        accepted\n        declined\n        recorded\n      }\n    }\n    previous: opportunityOutcomes(from: $previousFrom, to: $previousTo) {\n      recorded\n      contacted\n      accepted\n      declined\n    }\n    conventionsCurrent: conventionOutcomes(from: $from, to: $to) {\n      year\n      held\n      followUps\n      partnerships\n      purchases\n    }\n    conventionsPrevious: conventionOutcomes(from: $previousFrom, to: $previousTo) {\n      year\n      held\n      followUps\n      partnerships\n      purchases\n    }\n  }\n":
    types.OutcomesByPeriodDocument,
  "\n  query SuggestedOpportunities($inseeCode: String, $kind: OpportunityKind, $limit: Int!) {\n    opportunities(inseeCode: $inseeCode, kind: $kind, limit: $limit) {\n      id\n      kind\n      status\n      members {\n        id\n        name\n        kind\n        inseeCode\n        illustrative\n      }\n    }\n  }\n":
    types.SuggestedOpportunitiesDocument,
  "\n  fragment GraphNodeFields on GraphNode {\n    id\n    type\n    name\n    inseeCode\n    legalForm\n    latitude\n    longitude\n    illustrative\n    degree\n  }\n":
    types.GraphNodeFieldsFragmentDoc,
  "\n  fragment GraphViewFields on GraphView {\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      id\n      source\n      target\n      type\n      kind\n      since\n    }\n    truncated\n  }\n":
    types.GraphViewFieldsFragmentDoc,
  "\n  query CooperationGraph($inseeCode: String, $theme: String, $types: [String!], $limit: Int!) {\n    cooperationGraph(inseeCode: $inseeCode, theme: $theme, types: $types, limit: $limit) {\n      ...GraphViewFields\n    }\n  }\n":
    types.CooperationGraphDocument,
  "\n  query Neighbourhood($id: ID!) {\n    neighbourhood(id: $id, limit: 60) {\n      ...GraphViewFields\n    }\n  }\n":
    types.NeighbourhoodDocument,
  "\n  query Territory {\n    territory {\n      name\n      towns {\n        inseeCode\n        name\n        essStructures\n        businesses\n      }\n      themes {\n        code\n        labelFr\n        labelEn\n        essStructures\n      }\n    }\n  }\n":
    types.TerritoryDocument,
  "\n  query Search($phrase: String!) {\n    searchEssStructures(phrase: $phrase, first: 8) {\n      edges {\n        score\n        node {\n          id\n          name\n        }\n      }\n    }\n    searchBusinesses(phrase: $phrase, first: 5) {\n      edges {\n        score\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n":
    types.SearchDocument,
  "\n  query Details($id: ID!) {\n    essStructures(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    businesses(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    financers(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    supportProviders(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    researchUnits(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    events(where: { id: { eq: $id } }) {\n      id\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    sharedResources(where: { id: { eq: $id } }) {\n      id\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    callsForProjects(where: { id: { eq: $id } }) {\n      id\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n  }\n":
    types.DetailsDocument,
  "\n  fragment OpportunityFields on Opportunity {\n    id\n    kind\n    score\n    status\n    members {\n      id\n      name\n      kind\n      inseeCode\n      illustrative\n    }\n    explanation(language: $language)\n  }\n":
    types.OpportunityFieldsFragmentDoc,
  "\n  query Opportunities(\n    $kind: OpportunityKind\n    $inseeCode: String\n    $theme: String\n    $organisationId: ID\n    $language: Language!\n    $limit: Int!\n    $offset: Int!\n    $order: OpportunityOrder!\n  ) {\n    opportunities(\n      kind: $kind\n      inseeCode: $inseeCode\n      theme: $theme\n      organisationId: $organisationId\n      limit: $limit\n      offset: $offset\n      order: $order\n    ) {\n      ...OpportunityFields\n    }\n  }\n":
    types.OpportunitiesDocument,
  "\n  query OpportunityCounts($inseeCode: String, $theme: String, $organisationId: ID) {\n    opportunityCounts(inseeCode: $inseeCode, theme: $theme, organisationId: $organisationId) {\n      kind\n      count\n      atLeast\n    }\n  }\n":
    types.OpportunityCountsDocument,
  "\n  query OrganisationNodes($inseeCode: String, $theme: String, $types: [String!], $limit: Int!) {\n    cooperationGraph(inseeCode: $inseeCode, theme: $theme, types: $types, limit: $limit) {\n      nodes {\n        ...GraphNodeFields\n      }\n      truncated\n    }\n  }\n":
    types.OrganisationNodesDocument,
  "\n  query Dashboard {\n    territory {\n      name\n      population\n      programme {\n        id\n        name\n        annualBudgetEur\n        budgetNote\n        essJobsSharePct\n        essPrivateJobsSharePct\n        essEnterprisesSharePct\n        source\n        sourceRef\n      }\n      counts {\n        towns\n        essStructures\n        illustrativeEssStructures\n        businesses\n        financers\n        supportProviders\n        researchUnits\n        openNeeds\n        openOffers\n        sharedResources\n        events\n        callEditions\n      }\n      towns {\n        inseeCode\n        name\n        essStructures\n        illustrativeEssStructures\n        businesses\n      }\n      legalForms {\n        legalForm\n        count\n      }\n    }\n    # Sizes are given where a list nests another: the API counts a list without one at its full default size.\n    programmes(limit: 1) {\n      id\n      axes(sort: [{ number: ASC }]) {\n        id\n        number\n        title\n        titleEn\n        description\n        actions {\n          id\n          title\n          titleEn\n          description\n          sinceYear\n          facts\n        }\n      }\n    }\n    callsForProjects(limit: 50, sort: [{ year: ASC }]) {\n      id\n      year\n      title\n      envelopeEur\n      patShareEur\n      laureateCount\n      ceremonyDate\n      ceremonyPlace\n      source\n      laureatesConnection(first: 50) {\n        edges {\n          properties {\n            amountEur\n          }\n          node {\n            id\n            name\n            sourceKind\n          }\n        }\n      }\n    }\n    events(where: { kind: { eq: BUSINESS_CONVENTION } }) {\n      id\n      title\n      year\n      date\n      place\n      description\n      essParticipantCount\n      businessParticipantCount\n      source\n    }\n    supportProviders(limit: 100) {\n      id\n      stagesServed\n      supportedConnection(first: 100) {\n        edges {\n          properties {\n            stage\n            until\n          }\n        }\n      }\n    }\n    opportunityOutcomes {\n      recorded\n      contacted\n      accepted\n      declined\n      byKind {\n        kind\n        contacted\n        accepted\n        declined\n        recorded\n      }\n    }\n  }\n":
    types.DashboardDocument,
  "\n  query Version {\n    version {\n      api\n      schema\n    }\n  }\n": types.VersionDocument,
  "\n  query DataStatus {\n    dataStatus {\n      organisations\n      illustrativeOrganisations\n      importedOrganisations\n      hideIllustrativeByDefault\n      sourceKinds {\n        sourceKind\n        organisations\n        relationships\n        lastChange\n      }\n      lastImports {\n        source\n        at\n        created\n        updated\n      }\n    }\n  }\n":
    types.DataStatusDocument,
  "\n  query ImportRuns($year: Int!) {\n    dataStatus {\n      importRuns(year: $year) {\n        source\n        at\n        new\n        closed\n        moved\n      }\n    }\n  }\n":
    types.ImportRunsDocument,
  "\n  query OrganisationHistory($organisationId: ID!) {\n    recordedOpportunities(organisationId: $organisationId, limit: 50) {\n      id\n      kind\n      status\n      members {\n        id\n        name\n      }\n      history {\n        status\n        at\n        by\n        note\n        reason\n        nextFollowUp\n      }\n    }\n  }\n":
    types.OrganisationHistoryDocument,
  "\n  query OrganisationProfile($id: ID!) {\n    essStructures(where: { id: { eq: $id } }) {\n      id\n      name\n      legalForm\n      activity\n      projectKind\n      stage\n      staffRangeLabel\n      foundedYear\n      address\n      postalCode\n      website\n      description\n      isVitrine\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      factSources {\n        field\n        sourceKind\n        source\n        at\n      }\n      importedAt\n      town(limit: 1) {\n        inseeCode\n        name\n      }\n      themes(limit: 20) {\n        code\n        labelFr\n        labelEn\n      }\n      needs(limit: 20) {\n        id\n        title\n        kind\n        status\n      }\n      offers(limit: 20) {\n        id\n        title\n        kind\n        status\n      }\n      essPartners(limit: 50) {\n        id\n        name\n      }\n      businessPartners(limit: 50) {\n        id\n        name\n      }\n      customers(limit: 50) {\n        id\n        name\n      }\n      funders(limit: 50) {\n        id\n        name\n      }\n      supporters(limit: 50) {\n        id\n        name\n      }\n      researchLinks(limit: 50) {\n        id\n        name\n      }\n      memberOf(limit: 50) {\n        id\n        name\n      }\n      events(limit: 50) {\n        id\n        title\n        year\n      }\n      sharedResources(limit: 50) {\n        id\n        name\n      }\n    }\n    businesses(where: { id: { eq: $id } }) {\n      id\n      name\n      activity\n      staffRangeLabel\n      csrCommitments\n      address\n      postalCode\n      website\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      factSources {\n        field\n        sourceKind\n        source\n        at\n      }\n      importedAt\n      town(limit: 1) {\n        inseeCode\n        name\n      }\n      themes(limit: 20) {\n        code\n        labelFr\n        labelEn\n      }\n      offers(limit: 20) {\n        id\n        title\n        kind\n        status\n      }\n      essPartners(limit: 50) {\n        id\n        name\n      }\n      suppliers(limit: 50) {\n        id\n        name\n      }\n      events(limit: 50) {\n        id\n        title\n        year\n      }\n    }\n    financers(where: { id: { eq: $id } }) {\n      id\n      name\n      financerKind: kind\n      instruments\n      ticketMinEur\n      ticketMaxEur\n      stages\n      website\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      factSources {\n        field\n        sourceKind\n        source\n        at\n      }\n      themes(limit: 20) {\n        code\n        labelFr\n        labelEn\n      }\n      funded(limit: 50) {\n        id\n        name\n      }\n      events(limit: 50) {\n        id\n        title\n        year\n      }\n    }\n    supportProviders(where: { id: { eq: $id } }) {\n      id\n      name\n      stagesServed\n      isNetwork\n      website\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      factSources {\n        field\n        sourceKind\n        source\n        at\n      }\n      themes(limit: 20) {\n        code\n        labelFr\n        labelEn\n      }\n      supported(limit: 50) {\n        id\n        name\n      }\n      members(limit: 50) {\n        id\n        name\n      }\n      events(limit: 50) {\n        id\n        title\n        year\n      }\n    }\n    researchUnits(where: { id: { eq: $id } }) {\n      id\n      name\n      researchKind: kind\n      startYear\n      endYear\n      website\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      factSources {\n        field\n        sourceKind\n        source\n        at\n      }\n      themes(limit: 20) {\n        code\n        labelFr\n        labelEn\n      }\n      partOf(limit: 10) {\n        id\n        name\n      }\n      parts(limit: 50) {\n        id\n        name\n      }\n      studies(limit: 50) {\n        id\n        name\n      }\n      events(limit: 50) {\n        id\n        title\n        year\n      }\n    }\n  }\n":
    types.OrganisationProfileDocument,
  "\n  query OrganisationName($id: ID!) {\n    organisations(where: { id: { eq: $id } }) {\n      id\n      name\n    }\n  }\n":
    types.OrganisationNameDocument,
  "\n  query OrganisationContacts($id: ID!) {\n    essStructures(where: { id: { eq: $id } }) {\n      id\n      contacts(limit: 20) {\n        ...ContactFields\n      }\n    }\n    businesses(where: { id: { eq: $id } }) {\n      id\n      contacts(limit: 20) {\n        ...ContactFields\n      }\n    }\n    financers(where: { id: { eq: $id } }) {\n      id\n      contacts(limit: 20) {\n        ...ContactFields\n      }\n    }\n    supportProviders(where: { id: { eq: $id } }) {\n      id\n      contacts(limit: 20) {\n        ...ContactFields\n      }\n    }\n    researchUnits(where: { id: { eq: $id } }) {\n      id\n      contacts(limit: 20) {\n        ...ContactFields\n      }\n    }\n  }\n":
    types.OrganisationContactsDocument,
  "\n  fragment ContactFields on Contact {\n    id\n    name\n    role\n    email\n    phone\n  }\n":
    types.ContactFieldsFragmentDoc,
  "\n  query NodeMeasures($ids: [ID!]!, $first: Int!) {\n    networkMetrics {\n      nodes(ids: $ids, first: $first) {\n        nodes {\n          id\n          degree\n          pagerank\n          betweenness\n          community\n        }\n      }\n    }\n  }\n":
    types.NodeMeasuresDocument,
  "\n  fragment SavedViewFields on SavedView {\n    id\n    name\n    url\n    createdBy\n    createdAt\n    mine\n  }\n":
    types.SavedViewFieldsFragmentDoc,
  "\n  query SavedViews {\n    savedViews(limit: 100) {\n      ...SavedViewFields\n    }\n  }\n":
    types.SavedViewsDocument,
  "\n  query SavedView($id: ID!) {\n    savedView(id: $id) {\n      ...SavedViewFields\n    }\n  }\n":
    types.SavedViewDocument,
  "\n  mutation SaveView($name: String!, $url: String!) {\n    saveView(name: $name, url: $url) {\n      ...SavedViewFields\n    }\n  }\n":
    types.SaveViewDocument,
  "\n  mutation DeleteSavedView($id: ID!) {\n    deleteSavedView(id: $id) {\n      id\n    }\n  }\n":
    types.DeleteSavedViewDocument,
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
export function graphql(
  source: "\n  fragment ConventionFields on Convention {\n    id\n    title\n    date\n    place\n    startTime\n    endTime\n    slotMinutes\n    breaks {\n      start\n      end\n    }\n    tables\n    defaultMinMeetings\n    defaultMaxMeetings\n    suggestionWeight\n    wishWeight\n    slots {\n      index\n      start\n      end\n    }\n    participants {\n      organisation {\n        id\n        name\n        kind\n        illustrative\n      }\n      minMeetings\n      maxMeetings\n      usesDefaults\n      unavailableSlots\n      attendee\n      email\n    }\n    wishes {\n      fromId\n      toId\n      weight\n    }\n    forbiddenPairs\n    meetings {\n      id\n      slot\n      table\n      pinned\n      value\n      score\n      wish\n      outcome\n      outcomeNote\n      opportunityId\n      members {\n        id\n        name\n        kind\n        illustrative\n      }\n    }\n    solve {\n      status\n      gap\n      objective\n      seconds\n      columns\n      rows\n      at\n    }\n    updatedAt\n  }\n",
): (typeof documents)["\n  fragment ConventionFields on Convention {\n    id\n    title\n    date\n    place\n    startTime\n    endTime\n    slotMinutes\n    breaks {\n      start\n      end\n    }\n    tables\n    defaultMinMeetings\n    defaultMaxMeetings\n    suggestionWeight\n    wishWeight\n    slots {\n      index\n      start\n      end\n    }\n    participants {\n      organisation {\n        id\n        name\n        kind\n        illustrative\n      }\n      minMeetings\n      maxMeetings\n      usesDefaults\n      unavailableSlots\n      attendee\n      email\n    }\n    wishes {\n      fromId\n      toId\n      weight\n    }\n    forbiddenPairs\n    meetings {\n      id\n      slot\n      table\n      pinned\n      value\n      score\n      wish\n      outcome\n      outcomeNote\n      opportunityId\n      members {\n        id\n        name\n        kind\n        illustrative\n      }\n    }\n    solve {\n      status\n      gap\n      objective\n      seconds\n      columns\n      rows\n      at\n    }\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Conventions {\n    conventions {\n      id\n      title\n      date\n      place\n      participants\n      meetings\n    }\n  }\n",
): (typeof documents)["\n  query Conventions {\n    conventions {\n      id\n      title\n      date\n      place\n      participants\n      meetings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Convention($id: ID!) {\n    convention(id: $id) {\n      ...ConventionFields\n    }\n  }\n",
): (typeof documents)["\n  query Convention($id: ID!) {\n    convention(id: $id) {\n      ...ConventionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreateConvention($input: ConventionInput!) {\n    createConvention(input: $input) {\n      ...ConventionFields\n    }\n  }\n",
): (typeof documents)["\n  mutation CreateConvention($input: ConventionInput!) {\n    createConvention(input: $input) {\n      ...ConventionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdateConvention($id: ID!, $input: ConventionInput!) {\n    updateConvention(id: $id, input: $input) {\n      ...ConventionFields\n    }\n  }\n",
): (typeof documents)["\n  mutation UpdateConvention($id: ID!, $input: ConventionInput!) {\n    updateConvention(id: $id, input: $input) {\n      ...ConventionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ConventionProposals($id: ID!, $perParticipant: Int!, $language: Language!) {\n    conventionProposals(id: $id, perParticipant: $perParticipant) {\n      organisation {\n        id\n        name\n        kind\n        illustrative\n      }\n      participant {\n        id\n        name\n      }\n      opportunity {\n        id\n        score\n        explanation(language: $language)\n      }\n    }\n  }\n",
): (typeof documents)["\n  query ConventionProposals($id: ID!, $perParticipant: Int!, $language: Language!) {\n    conventionProposals(id: $id, perParticipant: $perParticipant) {\n      organisation {\n        id\n        name\n        kind\n        illustrative\n      }\n      participant {\n        id\n        name\n      }\n      opportunity {\n        id\n        score\n        explanation(language: $language)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation InviteToConvention($id: ID!, $ids: [ID!]!) {\n    inviteToConvention(id: $id, organisationIds: $ids) {\n      ...ConventionFields\n    }\n  }\n",
): (typeof documents)["\n  mutation InviteToConvention($id: ID!, $ids: [ID!]!) {\n    inviteToConvention(id: $id, organisationIds: $ids) {\n      ...ConventionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SetConventionParticipant(\n    $id: ID!\n    $organisationId: ID!\n    $minMeetings: Int\n    $maxMeetings: Int\n    $unavailableSlots: [Int!]\n    $attendee: String\n    $email: String\n  ) {\n    setConventionParticipant(\n      id: $id\n      organisationId: $organisationId\n      minMeetings: $minMeetings\n      maxMeetings: $maxMeetings\n      unavailableSlots: $unavailableSlots\n      attendee: $attendee\n      email: $email\n    ) {\n      ...ConventionFields\n    }\n  }\n",
): (typeof documents)["\n  mutation SetConventionParticipant(\n    $id: ID!\n    $organisationId: ID!\n    $minMeetings: Int\n    $maxMeetings: Int\n    $unavailableSlots: [Int!]\n    $attendee: String\n    $email: String\n  ) {\n    setConventionParticipant(\n      id: $id\n      organisationId: $organisationId\n      minMeetings: $minMeetings\n      maxMeetings: $maxMeetings\n      unavailableSlots: $unavailableSlots\n      attendee: $attendee\n      email: $email\n    ) {\n      ...ConventionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RemoveConventionParticipant($id: ID!, $organisationId: ID!) {\n    removeConventionParticipant(id: $id, organisationId: $organisationId) {\n      ...ConventionFields\n    }\n  }\n",
): (typeof documents)["\n  mutation RemoveConventionParticipant($id: ID!, $organisationId: ID!) {\n    removeConventionParticipant(id: $id, organisationId: $organisationId) {\n      ...ConventionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SetConventionWish($id: ID!, $fromId: ID!, $toId: ID!, $weight: Int!) {\n    setConventionWish(id: $id, fromId: $fromId, toId: $toId, weight: $weight) {\n      ...ConventionFields\n    }\n  }\n",
): (typeof documents)["\n  mutation SetConventionWish($id: ID!, $fromId: ID!, $toId: ID!, $weight: Int!) {\n    setConventionWish(id: $id, fromId: $fromId, toId: $toId, weight: $weight) {\n      ...ConventionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ImportConventionCsv($id: ID!, $csv: String!) {\n    importConventionCsv(id: $id, csv: $csv) {\n      wishes\n      unavailabilities\n      errors {\n        line\n        code\n        value\n      }\n      convention {\n        ...ConventionFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation ImportConventionCsv($id: ID!, $csv: String!) {\n    importConventionCsv(id: $id, csv: $csv) {\n      wishes\n      unavailabilities\n      errors {\n        line\n        code\n        value\n      }\n      convention {\n        ...ConventionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SolveConvention($id: ID!, $suggestionWeight: Float, $wishWeight: Float) {\n    solveConvention(id: $id, suggestionWeight: $suggestionWeight, wishWeight: $wishWeight) {\n      ...ConventionFields\n    }\n  }\n",
): (typeof documents)["\n  mutation SolveConvention($id: ID!, $suggestionWeight: Float, $wishWeight: Float) {\n    solveConvention(id: $id, suggestionWeight: $suggestionWeight, wishWeight: $wishWeight) {\n      ...ConventionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PinConventionMeeting($id: ID!, $a: ID!, $b: ID!, $slot: Int) {\n    pinConventionMeeting(id: $id, a: $a, b: $b, slot: $slot) {\n      ...ConventionFields\n    }\n  }\n",
): (typeof documents)["\n  mutation PinConventionMeeting($id: ID!, $a: ID!, $b: ID!, $slot: Int) {\n    pinConventionMeeting(id: $id, a: $a, b: $b, slot: $slot) {\n      ...ConventionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ForbidConventionPair($id: ID!, $a: ID!, $b: ID!, $forbidden: Boolean!) {\n    forbidConventionPair(id: $id, a: $a, b: $b, forbidden: $forbidden) {\n      ...ConventionFields\n    }\n  }\n",
): (typeof documents)["\n  mutation ForbidConventionPair($id: ID!, $a: ID!, $b: ID!, $forbidden: Boolean!) {\n    forbidConventionPair(id: $id, a: $a, b: $b, forbidden: $forbidden) {\n      ...ConventionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RecordConventionMeetingOutcome($id: ID!, $meetingId: ID!, $outcome: MeetingOutcome!, $note: String) {\n    recordConventionMeetingOutcome(id: $id, meetingId: $meetingId, outcome: $outcome, note: $note) {\n      opportunityStatus\n      convention {\n        ...ConventionFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation RecordConventionMeetingOutcome($id: ID!, $meetingId: ID!, $outcome: MeetingOutcome!, $note: String) {\n    recordConventionMeetingOutcome(id: $id, meetingId: $meetingId, outcome: $outcome, note: $note) {\n      opportunityStatus\n      convention {\n        ...ConventionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ConventionAgendaIcs($id: ID!, $organisationId: ID!, $language: Language!) {\n    conventionAgendaIcs(id: $id, organisationId: $organisationId, language: $language)\n  }\n",
): (typeof documents)["\n  query ConventionAgendaIcs($id: ID!, $organisationId: ID!, $language: Language!) {\n    conventionAgendaIcs(id: $id, organisationId: $organisationId, language: $language)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment NeedFields on ResourceNeed {\n    id\n    title\n    kind\n    description\n    frequency\n    status\n  }\n",
): (typeof documents)["\n  fragment NeedFields on ResourceNeed {\n    id\n    title\n    kind\n    description\n    frequency\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment OfferFields on ResourceOffer {\n    id\n    title\n    kind\n    description\n    availability\n    status\n  }\n",
): (typeof documents)["\n  fragment OfferFields on ResourceOffer {\n    id\n    title\n    kind\n    description\n    availability\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment EssStructureRecord on EssStructure {\n    id\n    name\n    description\n    website\n    location {\n      latitude\n      longitude\n    }\n    themes {\n      code\n    }\n    updatedBy\n    updatedAt\n    legalForm\n    stage\n    activity\n    siret\n    rnaId\n    address\n    postalCode\n    foundedYear\n    town {\n      inseeCode\n    }\n  }\n",
): (typeof documents)["\n  fragment EssStructureRecord on EssStructure {\n    id\n    name\n    description\n    website\n    location {\n      latitude\n      longitude\n    }\n    themes {\n      code\n    }\n    updatedBy\n    updatedAt\n    legalForm\n    stage\n    activity\n    siret\n    rnaId\n    address\n    postalCode\n    foundedYear\n    town {\n      inseeCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment BusinessRecord on Business {\n    id\n    name\n    description\n    website\n    location {\n      latitude\n      longitude\n    }\n    themes {\n      code\n    }\n    updatedBy\n    updatedAt\n    activity\n    siret\n    address\n    postalCode\n    town {\n      inseeCode\n    }\n  }\n",
): (typeof documents)["\n  fragment BusinessRecord on Business {\n    id\n    name\n    description\n    website\n    location {\n      latitude\n      longitude\n    }\n    themes {\n      code\n    }\n    updatedBy\n    updatedAt\n    activity\n    siret\n    address\n    postalCode\n    town {\n      inseeCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment FinancerRecord on Financer {\n    id\n    name\n    description\n    website\n    location {\n      latitude\n      longitude\n    }\n    themes {\n      code\n    }\n    updatedBy\n    updatedAt\n  }\n",
): (typeof documents)["\n  fragment FinancerRecord on Financer {\n    id\n    name\n    description\n    website\n    location {\n      latitude\n      longitude\n    }\n    themes {\n      code\n    }\n    updatedBy\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment SupportProviderRecord on SupportProvider {\n    id\n    name\n    description\n    website\n    location {\n      latitude\n      longitude\n    }\n    themes {\n      code\n    }\n    updatedBy\n    updatedAt\n  }\n",
): (typeof documents)["\n  fragment SupportProviderRecord on SupportProvider {\n    id\n    name\n    description\n    website\n    location {\n      latitude\n      longitude\n    }\n    themes {\n      code\n    }\n    updatedBy\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment ResearchUnitRecord on ResearchUnit {\n    id\n    name\n    description\n    website\n    location {\n      latitude\n      longitude\n    }\n    themes {\n      code\n    }\n    updatedBy\n    updatedAt\n  }\n",
): (typeof documents)["\n  fragment ResearchUnitRecord on ResearchUnit {\n    id\n    name\n    description\n    website\n    location {\n      latitude\n      longitude\n    }\n    themes {\n      code\n    }\n    updatedBy\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    query EditableEssStructure($id: ID!) {\n      essStructures(where: { id: { eq: $id } }) {\n        ...EssStructureRecord\n        essPartnersConnection {\n          edges {\n            properties {\n              kind\n              since\n            }\n            node {\n              id\n              name\n            }\n          }\n        }\n        businessPartnersConnection {\n          edges {\n            properties {\n              kind\n              since\n            }\n            node {\n              id\n              name\n            }\n          }\n        }\n        memberOfConnection {\n          edges {\n            properties {\n              since\n            }\n            node {\n              id\n              name\n            }\n          }\n        }\n        needs {\n          ...NeedFields\n        }\n        offers {\n          ...OfferFields\n        }\n      }\n    }\n  ",
): (typeof documents)["\n    query EditableEssStructure($id: ID!) {\n      essStructures(where: { id: { eq: $id } }) {\n        ...EssStructureRecord\n        essPartnersConnection {\n          edges {\n            properties {\n              kind\n              since\n            }\n            node {\n              id\n              name\n            }\n          }\n        }\n        businessPartnersConnection {\n          edges {\n            properties {\n              kind\n              since\n            }\n            node {\n              id\n              name\n            }\n          }\n        }\n        memberOfConnection {\n          edges {\n            properties {\n              since\n            }\n            node {\n              id\n              name\n            }\n          }\n        }\n        needs {\n          ...NeedFields\n        }\n        offers {\n          ...OfferFields\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    query EditableBusiness($id: ID!) {\n      businesses(where: { id: { eq: $id } }) {\n        ...BusinessRecord\n        essPartnersConnection {\n          edges {\n            properties {\n              kind\n              since\n            }\n            node {\n              id\n              name\n            }\n          }\n        }\n        offers {\n          ...OfferFields\n        }\n      }\n    }\n  ",
): (typeof documents)["\n    query EditableBusiness($id: ID!) {\n      businesses(where: { id: { eq: $id } }) {\n        ...BusinessRecord\n        essPartnersConnection {\n          edges {\n            properties {\n              kind\n              since\n            }\n            node {\n              id\n              name\n            }\n          }\n        }\n        offers {\n          ...OfferFields\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    query EditableFinancer($id: ID!) {\n      financers(where: { id: { eq: $id } }) {\n        ...FinancerRecord\n      }\n    }\n  ",
): (typeof documents)["\n    query EditableFinancer($id: ID!) {\n      financers(where: { id: { eq: $id } }) {\n        ...FinancerRecord\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    query EditableSupportProvider($id: ID!) {\n      supportProviders(where: { id: { eq: $id } }) {\n        ...SupportProviderRecord\n        membersConnection {\n          edges {\n            properties {\n              since\n            }\n            node {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  ",
): (typeof documents)["\n    query EditableSupportProvider($id: ID!) {\n      supportProviders(where: { id: { eq: $id } }) {\n        ...SupportProviderRecord\n        membersConnection {\n          edges {\n            properties {\n              since\n            }\n            node {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    query EditableResearchUnit($id: ID!) {\n      researchUnits(where: { id: { eq: $id } }) {\n        ...ResearchUnitRecord\n      }\n    }\n  ",
): (typeof documents)["\n    query EditableResearchUnit($id: ID!) {\n      researchUnits(where: { id: { eq: $id } }) {\n        ...ResearchUnitRecord\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    mutation UpdateEssStructure($id: ID!, $update: EssStructureUpdateInput!) {\n      updateEssStructures(where: { id: { eq: $id } }, update: $update) {\n        essStructures {\n          ...EssStructureRecord\n        }\n      }\n    }\n  ",
): (typeof documents)["\n    mutation UpdateEssStructure($id: ID!, $update: EssStructureUpdateInput!) {\n      updateEssStructures(where: { id: { eq: $id } }, update: $update) {\n        essStructures {\n          ...EssStructureRecord\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    mutation UpdateBusiness($id: ID!, $update: BusinessUpdateInput!) {\n      updateBusinesses(where: { id: { eq: $id } }, update: $update) {\n        businesses {\n          ...BusinessRecord\n        }\n      }\n    }\n  ",
): (typeof documents)["\n    mutation UpdateBusiness($id: ID!, $update: BusinessUpdateInput!) {\n      updateBusinesses(where: { id: { eq: $id } }, update: $update) {\n        businesses {\n          ...BusinessRecord\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    mutation UpdateFinancer($id: ID!, $update: FinancerUpdateInput!) {\n      updateFinancers(where: { id: { eq: $id } }, update: $update) {\n        financers {\n          ...FinancerRecord\n        }\n      }\n    }\n  ",
): (typeof documents)["\n    mutation UpdateFinancer($id: ID!, $update: FinancerUpdateInput!) {\n      updateFinancers(where: { id: { eq: $id } }, update: $update) {\n        financers {\n          ...FinancerRecord\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    mutation UpdateSupportProvider($id: ID!, $update: SupportProviderUpdateInput!) {\n      updateSupportProviders(where: { id: { eq: $id } }, update: $update) {\n        supportProviders {\n          ...SupportProviderRecord\n        }\n      }\n    }\n  ",
): (typeof documents)["\n    mutation UpdateSupportProvider($id: ID!, $update: SupportProviderUpdateInput!) {\n      updateSupportProviders(where: { id: { eq: $id } }, update: $update) {\n        supportProviders {\n          ...SupportProviderRecord\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    mutation UpdateResearchUnit($id: ID!, $update: ResearchUnitUpdateInput!) {\n      updateResearchUnits(where: { id: { eq: $id } }, update: $update) {\n        researchUnits {\n          ...ResearchUnitRecord\n        }\n      }\n    }\n  ",
): (typeof documents)["\n    mutation UpdateResearchUnit($id: ID!, $update: ResearchUnitUpdateInput!) {\n      updateResearchUnits(where: { id: { eq: $id } }, update: $update) {\n        researchUnits {\n          ...ResearchUnitRecord\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    mutation CreateEssStructure($input: [EssStructureCreateInput!]!) {\n      created: createEssStructures(input: $input) {\n        organisations: essStructures {\n          id\n          name\n        }\n      }\n    }\n  ",
): (typeof documents)["\n    mutation CreateEssStructure($input: [EssStructureCreateInput!]!) {\n      created: createEssStructures(input: $input) {\n        organisations: essStructures {\n          id\n          name\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    mutation CreateBusiness($input: [BusinessCreateInput!]!) {\n      created: createBusinesses(input: $input) {\n        organisations: businesses {\n          id\n          name\n        }\n      }\n    }\n  ",
): (typeof documents)["\n    mutation CreateBusiness($input: [BusinessCreateInput!]!) {\n      created: createBusinesses(input: $input) {\n        organisations: businesses {\n          id\n          name\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    mutation CreateFinancer($input: [FinancerCreateInput!]!) {\n      created: createFinancers(input: $input) {\n        organisations: financers {\n          id\n          name\n        }\n      }\n    }\n  ",
): (typeof documents)["\n    mutation CreateFinancer($input: [FinancerCreateInput!]!) {\n      created: createFinancers(input: $input) {\n        organisations: financers {\n          id\n          name\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    mutation CreateSupportProvider($input: [SupportProviderCreateInput!]!) {\n      created: createSupportProviders(input: $input) {\n        organisations: supportProviders {\n          id\n          name\n        }\n      }\n    }\n  ",
): (typeof documents)["\n    mutation CreateSupportProvider($input: [SupportProviderCreateInput!]!) {\n      created: createSupportProviders(input: $input) {\n        organisations: supportProviders {\n          id\n          name\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    mutation CreateResearchUnit($input: [ResearchUnitCreateInput!]!) {\n      created: createResearchUnits(input: $input) {\n        organisations: researchUnits {\n          id\n          name\n        }\n      }\n    }\n  ",
): (typeof documents)["\n    mutation CreateResearchUnit($input: [ResearchUnitCreateInput!]!) {\n      created: createResearchUnits(input: $input) {\n        organisations: researchUnits {\n          id\n          name\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query EditingThemes {\n    themes(sort: [{ labelFr: ASC }]) {\n      code\n      labelFr\n      labelEn\n    }\n  }\n",
): (typeof documents)["\n  query EditingThemes {\n    themes(sort: [{ labelFr: ASC }]) {\n      code\n      labelFr\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdateNeed($id: ID!, $update: ResourceNeedUpdateInput!) {\n    updateResourceNeeds(where: { id: { eq: $id } }, update: $update) {\n      resourceNeeds {\n        ...NeedFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation UpdateNeed($id: ID!, $update: ResourceNeedUpdateInput!) {\n    updateResourceNeeds(where: { id: { eq: $id } }, update: $update) {\n      resourceNeeds {\n        ...NeedFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdateOffer($id: ID!, $update: ResourceOfferUpdateInput!) {\n    updateResourceOffers(where: { id: { eq: $id } }, update: $update) {\n      resourceOffers {\n        ...OfferFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation UpdateOffer($id: ID!, $update: ResourceOfferUpdateInput!) {\n    updateResourceOffers(where: { id: { eq: $id } }, update: $update) {\n      resourceOffers {\n        ...OfferFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query FindOrganisations($phrase: String!) {\n    searchEssStructures(phrase: $phrase, first: 6) {\n      edges {\n        node {\n          id\n          name\n          town {\n            name\n          }\n        }\n      }\n    }\n    searchBusinesses(phrase: $phrase, first: 6) {\n      edges {\n        node {\n          id\n          name\n          town {\n            name\n          }\n        }\n      }\n    }\n    searchSupportProviders(phrase: $phrase, first: 6, where: { node: { isNetwork: { eq: true } } }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query FindOrganisations($phrase: String!) {\n    searchEssStructures(phrase: $phrase, first: 6) {\n      edges {\n        node {\n          id\n          name\n          town {\n            name\n          }\n        }\n      }\n    }\n    searchBusinesses(phrase: $phrase, first: 6) {\n      edges {\n        node {\n          id\n          name\n          town {\n            name\n          }\n        }\n      }\n    }\n    searchSupportProviders(phrase: $phrase, first: 6, where: { node: { isNetwork: { eq: true } } }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query RecordedOpportunities(\n    $kind: OpportunityKind\n    $mine: Boolean!\n    $inseeCode: String\n    $from: String\n    $to: String\n    $limit: Int!\n  ) {\n    recordedOpportunities(kind: $kind, mine: $mine, inseeCode: $inseeCode, from: $from, to: $to, limit: $limit) {\n      id\n      kind\n      status\n      score\n      members {\n        id\n        name\n        kind\n        inseeCode\n        illustrative\n      }\n      updatedAt\n      nextFollowUp\n      declineReason\n      declineReasonKind\n      history {\n        status\n        previous\n        at\n        by\n        note\n        reason\n        reasonKind\n        nextFollowUp\n        provenance\n      }\n    }\n  }\n",
): (typeof documents)["\n  query RecordedOpportunities(\n    $kind: OpportunityKind\n    $mine: Boolean!\n    $inseeCode: String\n    $from: String\n    $to: String\n    $limit: Int!\n  ) {\n    recordedOpportunities(kind: $kind, mine: $mine, inseeCode: $inseeCode, from: $from, to: $to, limit: $limit) {\n      id\n      kind\n      status\n      score\n      members {\n        id\n        name\n        kind\n        inseeCode\n        illustrative\n      }\n      updatedAt\n      nextFollowUp\n      declineReason\n      declineReasonKind\n      history {\n        status\n        previous\n        at\n        by\n        note\n        reason\n        reasonKind\n        nextFollowUp\n        provenance\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RecordContact($id: ID!, $note: String, $nextFollowUp: String) {\n    markOpportunityContacted(id: $id, note: $note, nextFollowUp: $nextFollowUp) {\n      id\n      status\n    }\n  }\n",
): (typeof documents)["\n  mutation RecordContact($id: ID!, $note: String, $nextFollowUp: String) {\n    markOpportunityContacted(id: $id, note: $note, nextFollowUp: $nextFollowUp) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AcceptOpportunity($id: ID!, $note: String) {\n    acceptOpportunity(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n",
): (typeof documents)["\n  mutation AcceptOpportunity($id: ID!, $note: String) {\n    acceptOpportunity(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation DeclineOpportunity($id: ID!, $reason: String!, $reasonKind: DeclineReasonKind) {\n    declineOpportunity(id: $id, reason: $reason, reasonKind: $reasonKind) {\n      id\n      status\n    }\n  }\n",
): (typeof documents)["\n  mutation DeclineOpportunity($id: ID!, $reason: String!, $reasonKind: DeclineReasonKind) {\n    declineOpportunity(id: $id, reason: $reason, reasonKind: $reasonKind) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UndoOpportunityStep($id: ID!) {\n    undoOpportunityStep(id: $id) {\n      id\n      opportunity {\n        id\n        status\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation UndoOpportunityStep($id: ID!) {\n    undoOpportunityStep(id: $id) {\n      id\n      opportunity {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query OutcomesByPeriod($from: String!, $to: String!, $previousFrom: String!, $previousTo: String!) {\n    current: opportunityOutcomes(from: $from, to: $to) {\n      recorded\n      contacted\n      accepted\n      declined\n      byKind {\n        kind\n        contacted\n        accepted\n        declined\n        recorded\n      }\n    }\n    previous: opportunityOutcomes(from: $previousFrom, to: $previousTo) {\n      recorded\n      contacted\n      accepted\n      declined\n    }\n    conventionsCurrent: conventionOutcomes(from: $from, to: $to) {\n      year\n      held\n      followUps\n      partnerships\n      purchases\n    }\n    conventionsPrevious: conventionOutcomes(from: $previousFrom, to: $previousTo) {\n      year\n      held\n      followUps\n      partnerships\n      purchases\n    }\n  }\n",
): (typeof documents)["\n  query OutcomesByPeriod($from: String!, $to: String!, $previousFrom: String!, $previousTo: String!) {\n    current: opportunityOutcomes(from: $from, to: $to) {\n      recorded\n      contacted\n      accepted\n      declined\n      byKind {\n        kind\n        contacted\n        accepted\n        declined\n        recorded\n      }\n    }\n    previous: opportunityOutcomes(from: $previousFrom, to: $previousTo) {\n      recorded\n      contacted\n      accepted\n      declined\n    }\n    conventionsCurrent: conventionOutcomes(from: $from, to: $to) {\n      year\n      held\n      followUps\n      partnerships\n      purchases\n    }\n    conventionsPrevious: conventionOutcomes(from: $previousFrom, to: $previousTo) {\n      year\n      held\n      followUps\n      partnerships\n      purchases\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SuggestedOpportunities($inseeCode: String, $kind: OpportunityKind, $limit: Int!) {\n    opportunities(inseeCode: $inseeCode, kind: $kind, limit: $limit) {\n      id\n      kind\n      status\n      members {\n        id\n        name\n        kind\n        inseeCode\n        illustrative\n      }\n    }\n  }\n",
): (typeof documents)["\n  query SuggestedOpportunities($inseeCode: String, $kind: OpportunityKind, $limit: Int!) {\n    opportunities(inseeCode: $inseeCode, kind: $kind, limit: $limit) {\n      id\n      kind\n      status\n      members {\n        id\n        name\n        kind\n        inseeCode\n        illustrative\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment GraphNodeFields on GraphNode {\n    id\n    type\n    name\n    inseeCode\n    legalForm\n    latitude\n    longitude\n    illustrative\n    degree\n  }\n",
): (typeof documents)["\n  fragment GraphNodeFields on GraphNode {\n    id\n    type\n    name\n    inseeCode\n    legalForm\n    latitude\n    longitude\n    illustrative\n    degree\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment GraphViewFields on GraphView {\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      id\n      source\n      target\n      type\n      kind\n      since\n    }\n    truncated\n  }\n",
): (typeof documents)["\n  fragment GraphViewFields on GraphView {\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      id\n      source\n      target\n      type\n      kind\n      since\n    }\n    truncated\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CooperationGraph($inseeCode: String, $theme: String, $types: [String!], $limit: Int!) {\n    cooperationGraph(inseeCode: $inseeCode, theme: $theme, types: $types, limit: $limit) {\n      ...GraphViewFields\n    }\n  }\n",
): (typeof documents)["\n  query CooperationGraph($inseeCode: String, $theme: String, $types: [String!], $limit: Int!) {\n    cooperationGraph(inseeCode: $inseeCode, theme: $theme, types: $types, limit: $limit) {\n      ...GraphViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Neighbourhood($id: ID!) {\n    neighbourhood(id: $id, limit: 60) {\n      ...GraphViewFields\n    }\n  }\n",
): (typeof documents)["\n  query Neighbourhood($id: ID!) {\n    neighbourhood(id: $id, limit: 60) {\n      ...GraphViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Territory {\n    territory {\n      name\n      towns {\n        inseeCode\n        name\n        essStructures\n        businesses\n      }\n      themes {\n        code\n        labelFr\n        labelEn\n        essStructures\n      }\n    }\n  }\n",
): (typeof documents)["\n  query Territory {\n    territory {\n      name\n      towns {\n        inseeCode\n        name\n        essStructures\n        businesses\n      }\n      themes {\n        code\n        labelFr\n        labelEn\n        essStructures\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Search($phrase: String!) {\n    searchEssStructures(phrase: $phrase, first: 8) {\n      edges {\n        score\n        node {\n          id\n          name\n        }\n      }\n    }\n    searchBusinesses(phrase: $phrase, first: 5) {\n      edges {\n        score\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query Search($phrase: String!) {\n    searchEssStructures(phrase: $phrase, first: 8) {\n      edges {\n        score\n        node {\n          id\n          name\n        }\n      }\n    }\n    searchBusinesses(phrase: $phrase, first: 5) {\n      edges {\n        score\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Details($id: ID!) {\n    essStructures(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    businesses(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    financers(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    supportProviders(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    researchUnits(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    events(where: { id: { eq: $id } }) {\n      id\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    sharedResources(where: { id: { eq: $id } }) {\n      id\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    callsForProjects(where: { id: { eq: $id } }) {\n      id\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n  }\n",
): (typeof documents)["\n  query Details($id: ID!) {\n    essStructures(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    businesses(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    financers(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    supportProviders(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    researchUnits(where: { id: { eq: $id } }) {\n      id\n      description\n      website\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    events(where: { id: { eq: $id } }) {\n      id\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    sharedResources(where: { id: { eq: $id } }) {\n      id\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n    callsForProjects(where: { id: { eq: $id } }) {\n      id\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      updatedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment OpportunityFields on Opportunity {\n    id\n    kind\n    score\n    status\n    members {\n      id\n      name\n      kind\n      inseeCode\n      illustrative\n    }\n    explanation(language: $language)\n  }\n",
): (typeof documents)["\n  fragment OpportunityFields on Opportunity {\n    id\n    kind\n    score\n    status\n    members {\n      id\n      name\n      kind\n      inseeCode\n      illustrative\n    }\n    explanation(language: $language)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Opportunities(\n    $kind: OpportunityKind\n    $inseeCode: String\n    $theme: String\n    $organisationId: ID\n    $language: Language!\n    $limit: Int!\n    $offset: Int!\n    $order: OpportunityOrder!\n  ) {\n    opportunities(\n      kind: $kind\n      inseeCode: $inseeCode\n      theme: $theme\n      organisationId: $organisationId\n      limit: $limit\n      offset: $offset\n      order: $order\n    ) {\n      ...OpportunityFields\n    }\n  }\n",
): (typeof documents)["\n  query Opportunities(\n    $kind: OpportunityKind\n    $inseeCode: String\n    $theme: String\n    $organisationId: ID\n    $language: Language!\n    $limit: Int!\n    $offset: Int!\n    $order: OpportunityOrder!\n  ) {\n    opportunities(\n      kind: $kind\n      inseeCode: $inseeCode\n      theme: $theme\n      organisationId: $organisationId\n      limit: $limit\n      offset: $offset\n      order: $order\n    ) {\n      ...OpportunityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query OpportunityCounts($inseeCode: String, $theme: String, $organisationId: ID) {\n    opportunityCounts(inseeCode: $inseeCode, theme: $theme, organisationId: $organisationId) {\n      kind\n      count\n      atLeast\n    }\n  }\n",
): (typeof documents)["\n  query OpportunityCounts($inseeCode: String, $theme: String, $organisationId: ID) {\n    opportunityCounts(inseeCode: $inseeCode, theme: $theme, organisationId: $organisationId) {\n      kind\n      count\n      atLeast\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query OrganisationNodes($inseeCode: String, $theme: String, $types: [String!], $limit: Int!) {\n    cooperationGraph(inseeCode: $inseeCode, theme: $theme, types: $types, limit: $limit) {\n      nodes {\n        ...GraphNodeFields\n      }\n      truncated\n    }\n  }\n",
): (typeof documents)["\n  query OrganisationNodes($inseeCode: String, $theme: String, $types: [String!], $limit: Int!) {\n    cooperationGraph(inseeCode: $inseeCode, theme: $theme, types: $types, limit: $limit) {\n      nodes {\n        ...GraphNodeFields\n      }\n      truncated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Dashboard {\n    territory {\n      name\n      population\n      programme {\n        id\n        name\n        annualBudgetEur\n        budgetNote\n        essJobsSharePct\n        essPrivateJobsSharePct\n        essEnterprisesSharePct\n        source\n        sourceRef\n      }\n      counts {\n        towns\n        essStructures\n        illustrativeEssStructures\n        businesses\n        financers\n        supportProviders\n        researchUnits\n        openNeeds\n        openOffers\n        sharedResources\n        events\n        callEditions\n      }\n      towns {\n        inseeCode\n        name\n        essStructures\n        illustrativeEssStructures\n        businesses\n      }\n      legalForms {\n        legalForm\n        count\n      }\n    }\n    # Sizes are given where a list nests another: the API counts a list without one at its full default size.\n    programmes(limit: 1) {\n      id\n      axes(sort: [{ number: ASC }]) {\n        id\n        number\n        title\n        titleEn\n        description\n        actions {\n          id\n          title\n          titleEn\n          description\n          sinceYear\n          facts\n        }\n      }\n    }\n    callsForProjects(limit: 50, sort: [{ year: ASC }]) {\n      id\n      year\n      title\n      envelopeEur\n      patShareEur\n      laureateCount\n      ceremonyDate\n      ceremonyPlace\n      source\n      laureatesConnection(first: 50) {\n        edges {\n          properties {\n            amountEur\n          }\n          node {\n            id\n            name\n            sourceKind\n          }\n        }\n      }\n    }\n    events(where: { kind: { eq: BUSINESS_CONVENTION } }) {\n      id\n      title\n      year\n      date\n      place\n      description\n      essParticipantCount\n      businessParticipantCount\n      source\n    }\n    supportProviders(limit: 100) {\n      id\n      stagesServed\n      supportedConnection(first: 100) {\n        edges {\n          properties {\n            stage\n            until\n          }\n        }\n      }\n    }\n    opportunityOutcomes {\n      recorded\n      contacted\n      accepted\n      declined\n      byKind {\n        kind\n        contacted\n        accepted\n        declined\n        recorded\n      }\n    }\n  }\n",
): (typeof documents)["\n  query Dashboard {\n    territory {\n      name\n      population\n      programme {\n        id\n        name\n        annualBudgetEur\n        budgetNote\n        essJobsSharePct\n        essPrivateJobsSharePct\n        essEnterprisesSharePct\n        source\n        sourceRef\n      }\n      counts {\n        towns\n        essStructures\n        illustrativeEssStructures\n        businesses\n        financers\n        supportProviders\n        researchUnits\n        openNeeds\n        openOffers\n        sharedResources\n        events\n        callEditions\n      }\n      towns {\n        inseeCode\n        name\n        essStructures\n        illustrativeEssStructures\n        businesses\n      }\n      legalForms {\n        legalForm\n        count\n      }\n    }\n    # Sizes are given where a list nests another: the API counts a list without one at its full default size.\n    programmes(limit: 1) {\n      id\n      axes(sort: [{ number: ASC }]) {\n        id\n        number\n        title\n        titleEn\n        description\n        actions {\n          id\n          title\n          titleEn\n          description\n          sinceYear\n          facts\n        }\n      }\n    }\n    callsForProjects(limit: 50, sort: [{ year: ASC }]) {\n      id\n      year\n      title\n      envelopeEur\n      patShareEur\n      laureateCount\n      ceremonyDate\n      ceremonyPlace\n      source\n      laureatesConnection(first: 50) {\n        edges {\n          properties {\n            amountEur\n          }\n          node {\n            id\n            name\n            sourceKind\n          }\n        }\n      }\n    }\n    events(where: { kind: { eq: BUSINESS_CONVENTION } }) {\n      id\n      title\n      year\n      date\n      place\n      description\n      essParticipantCount\n      businessParticipantCount\n      source\n    }\n    supportProviders(limit: 100) {\n      id\n      stagesServed\n      supportedConnection(first: 100) {\n        edges {\n          properties {\n            stage\n            until\n          }\n        }\n      }\n    }\n    opportunityOutcomes {\n      recorded\n      contacted\n      accepted\n      declined\n      byKind {\n        kind\n        contacted\n        accepted\n        declined\n        recorded\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Version {\n    version {\n      api\n      schema\n    }\n  }\n",
): (typeof documents)["\n  query Version {\n    version {\n      api\n      schema\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query DataStatus {\n    dataStatus {\n      organisations\n      illustrativeOrganisations\n      importedOrganisations\n      hideIllustrativeByDefault\n      sourceKinds {\n        sourceKind\n        organisations\n        relationships\n        lastChange\n      }\n      lastImports {\n        source\n        at\n        created\n        updated\n      }\n    }\n  }\n",
): (typeof documents)["\n  query DataStatus {\n    dataStatus {\n      organisations\n      illustrativeOrganisations\n      importedOrganisations\n      hideIllustrativeByDefault\n      sourceKinds {\n        sourceKind\n        organisations\n        relationships\n        lastChange\n      }\n      lastImports {\n        source\n        at\n        created\n        updated\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ImportRuns($year: Int!) {\n    dataStatus {\n      importRuns(year: $year) {\n        source\n        at\n        new\n        closed\n        moved\n      }\n    }\n  }\n",
): (typeof documents)["\n  query ImportRuns($year: Int!) {\n    dataStatus {\n      importRuns(year: $year) {\n        source\n        at\n        new\n        closed\n        moved\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query OrganisationHistory($organisationId: ID!) {\n    recordedOpportunities(organisationId: $organisationId, limit: 50) {\n      id\n      kind\n      status\n      members {\n        id\n        name\n      }\n      history {\n        status\n        at\n        by\n        note\n        reason\n        nextFollowUp\n      }\n    }\n  }\n",
): (typeof documents)["\n  query OrganisationHistory($organisationId: ID!) {\n    recordedOpportunities(organisationId: $organisationId, limit: 50) {\n      id\n      kind\n      status\n      members {\n        id\n        name\n      }\n      history {\n        status\n        at\n        by\n        note\n        reason\n        nextFollowUp\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query OrganisationProfile($id: ID!) {\n    essStructures(where: { id: { eq: $id } }) {\n      id\n      name\n      legalForm\n      activity\n      projectKind\n      stage\n      staffRangeLabel\n      foundedYear\n      address\n      postalCode\n      website\n      description\n      isVitrine\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      factSources {\n        field\n        sourceKind\n        source\n        at\n      }\n      importedAt\n      town(limit: 1) {\n        inseeCode\n        name\n      }\n      themes(limit: 20) {\n        code\n        labelFr\n        labelEn\n      }\n      needs(limit: 20) {\n        id\n        title\n        kind\n        status\n      }\n      offers(limit: 20) {\n        id\n        title\n        kind\n        status\n      }\n      essPartners(limit: 50) {\n        id\n        name\n      }\n      businessPartners(limit: 50) {\n        id\n        name\n      }\n      customers(limit: 50) {\n        id\n        name\n      }\n      funders(limit: 50) {\n        id\n        name\n      }\n      supporters(limit: 50) {\n        id\n        name\n      }\n      researchLinks(limit: 50) {\n        id\n        name\n      }\n      memberOf(limit: 50) {\n        id\n        name\n      }\n      events(limit: 50) {\n        id\n        title\n        year\n      }\n      sharedResources(limit: 50) {\n        id\n        name\n      }\n    }\n    businesses(where: { id: { eq: $id } }) {\n      id\n      name\n      activity\n      staffRangeLabel\n      csrCommitments\n      address\n      postalCode\n      website\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      factSources {\n        field\n        sourceKind\n        source\n        at\n      }\n      importedAt\n      town(limit: 1) {\n        inseeCode\n        name\n      }\n      themes(limit: 20) {\n        code\n        labelFr\n        labelEn\n      }\n      offers(limit: 20) {\n        id\n        title\n        kind\n        status\n      }\n      essPartners(limit: 50) {\n        id\n        name\n      }\n      suppliers(limit: 50) {\n        id\n        name\n      }\n      events(limit: 50) {\n        id\n        title\n        year\n      }\n    }\n    financers(where: { id: { eq: $id } }) {\n      id\n      name\n      financerKind: kind\n      instruments\n      ticketMinEur\n      ticketMaxEur\n      stages\n      website\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      factSources {\n        field\n        sourceKind\n        source\n        at\n      }\n      themes(limit: 20) {\n        code\n        labelFr\n        labelEn\n      }\n      funded(limit: 50) {\n        id\n        name\n      }\n      events(limit: 50) {\n        id\n        title\n        year\n      }\n    }\n    supportProviders(where: { id: { eq: $id } }) {\n      id\n      name\n      stagesServed\n      isNetwork\n      website\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      factSources {\n        field\n        sourceKind\n        source\n        at\n      }\n      themes(limit: 20) {\n        code\n        labelFr\n        labelEn\n      }\n      supported(limit: 50) {\n        id\n        name\n      }\n      members(limit: 50) {\n        id\n        name\n      }\n      events(limit: 50) {\n        id\n        title\n        year\n      }\n    }\n    researchUnits(where: { id: { eq: $id } }) {\n      id\n      name\n      researchKind: kind\n      startYear\n      endYear\n      website\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      factSources {\n        field\n        sourceKind\n        source\n        at\n      }\n      themes(limit: 20) {\n        code\n        labelFr\n        labelEn\n      }\n      partOf(limit: 10) {\n        id\n        name\n      }\n      parts(limit: 50) {\n        id\n        name\n      }\n      studies(limit: 50) {\n        id\n        name\n      }\n      events(limit: 50) {\n        id\n        title\n        year\n      }\n    }\n  }\n",
): (typeof documents)["\n  query OrganisationProfile($id: ID!) {\n    essStructures(where: { id: { eq: $id } }) {\n      id\n      name\n      legalForm\n      activity\n      projectKind\n      stage\n      staffRangeLabel\n      foundedYear\n      address\n      postalCode\n      website\n      description\n      isVitrine\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      factSources {\n        field\n        sourceKind\n        source\n        at\n      }\n      importedAt\n      town(limit: 1) {\n        inseeCode\n        name\n      }\n      themes(limit: 20) {\n        code\n        labelFr\n        labelEn\n      }\n      needs(limit: 20) {\n        id\n        title\n        kind\n        status\n      }\n      offers(limit: 20) {\n        id\n        title\n        kind\n        status\n      }\n      essPartners(limit: 50) {\n        id\n        name\n      }\n      businessPartners(limit: 50) {\n        id\n        name\n      }\n      customers(limit: 50) {\n        id\n        name\n      }\n      funders(limit: 50) {\n        id\n        name\n      }\n      supporters(limit: 50) {\n        id\n        name\n      }\n      researchLinks(limit: 50) {\n        id\n        name\n      }\n      memberOf(limit: 50) {\n        id\n        name\n      }\n      events(limit: 50) {\n        id\n        title\n        year\n      }\n      sharedResources(limit: 50) {\n        id\n        name\n      }\n    }\n    businesses(where: { id: { eq: $id } }) {\n      id\n      name\n      activity\n      staffRangeLabel\n      csrCommitments\n      address\n      postalCode\n      website\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      factSources {\n        field\n        sourceKind\n        source\n        at\n      }\n      importedAt\n      town(limit: 1) {\n        inseeCode\n        name\n      }\n      themes(limit: 20) {\n        code\n        labelFr\n        labelEn\n      }\n      offers(limit: 20) {\n        id\n        title\n        kind\n        status\n      }\n      essPartners(limit: 50) {\n        id\n        name\n      }\n      suppliers(limit: 50) {\n        id\n        name\n      }\n      events(limit: 50) {\n        id\n        title\n        year\n      }\n    }\n    financers(where: { id: { eq: $id } }) {\n      id\n      name\n      financerKind: kind\n      instruments\n      ticketMinEur\n      ticketMaxEur\n      stages\n      website\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      factSources {\n        field\n        sourceKind\n        source\n        at\n      }\n      themes(limit: 20) {\n        code\n        labelFr\n        labelEn\n      }\n      funded(limit: 50) {\n        id\n        name\n      }\n      events(limit: 50) {\n        id\n        title\n        year\n      }\n    }\n    supportProviders(where: { id: { eq: $id } }) {\n      id\n      name\n      stagesServed\n      isNetwork\n      website\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      factSources {\n        field\n        sourceKind\n        source\n        at\n      }\n      themes(limit: 20) {\n        code\n        labelFr\n        labelEn\n      }\n      supported(limit: 50) {\n        id\n        name\n      }\n      members(limit: 50) {\n        id\n        name\n      }\n      events(limit: 50) {\n        id\n        title\n        year\n      }\n    }\n    researchUnits(where: { id: { eq: $id } }) {\n      id\n      name\n      researchKind: kind\n      startYear\n      endYear\n      website\n      description\n      source\n      sourceKind\n      sourceRef\n      updatedAt\n      factSources {\n        field\n        sourceKind\n        source\n        at\n      }\n      themes(limit: 20) {\n        code\n        labelFr\n        labelEn\n      }\n      partOf(limit: 10) {\n        id\n        name\n      }\n      parts(limit: 50) {\n        id\n        name\n      }\n      studies(limit: 50) {\n        id\n        name\n      }\n      events(limit: 50) {\n        id\n        title\n        year\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query OrganisationName($id: ID!) {\n    organisations(where: { id: { eq: $id } }) {\n      id\n      name\n    }\n  }\n",
): (typeof documents)["\n  query OrganisationName($id: ID!) {\n    organisations(where: { id: { eq: $id } }) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query OrganisationContacts($id: ID!) {\n    essStructures(where: { id: { eq: $id } }) {\n      id\n      contacts(limit: 20) {\n        ...ContactFields\n      }\n    }\n    businesses(where: { id: { eq: $id } }) {\n      id\n      contacts(limit: 20) {\n        ...ContactFields\n      }\n    }\n    financers(where: { id: { eq: $id } }) {\n      id\n      contacts(limit: 20) {\n        ...ContactFields\n      }\n    }\n    supportProviders(where: { id: { eq: $id } }) {\n      id\n      contacts(limit: 20) {\n        ...ContactFields\n      }\n    }\n    researchUnits(where: { id: { eq: $id } }) {\n      id\n      contacts(limit: 20) {\n        ...ContactFields\n      }\n    }\n  }\n",
): (typeof documents)["\n  query OrganisationContacts($id: ID!) {\n    essStructures(where: { id: { eq: $id } }) {\n      id\n      contacts(limit: 20) {\n        ...ContactFields\n      }\n    }\n    businesses(where: { id: { eq: $id } }) {\n      id\n      contacts(limit: 20) {\n        ...ContactFields\n      }\n    }\n    financers(where: { id: { eq: $id } }) {\n      id\n      contacts(limit: 20) {\n        ...ContactFields\n      }\n    }\n    supportProviders(where: { id: { eq: $id } }) {\n      id\n      contacts(limit: 20) {\n        ...ContactFields\n      }\n    }\n    researchUnits(where: { id: { eq: $id } }) {\n      id\n      contacts(limit: 20) {\n        ...ContactFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment ContactFields on Contact {\n    id\n    name\n    role\n    email\n    phone\n  }\n",
): (typeof documents)["\n  fragment ContactFields on Contact {\n    id\n    name\n    role\n    email\n    phone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query NodeMeasures($ids: [ID!]!, $first: Int!) {\n    networkMetrics {\n      nodes(ids: $ids, first: $first) {\n        nodes {\n          id\n          degree\n          pagerank\n          betweenness\n          community\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query NodeMeasures($ids: [ID!]!, $first: Int!) {\n    networkMetrics {\n      nodes(ids: $ids, first: $first) {\n        nodes {\n          id\n          degree\n          pagerank\n          betweenness\n          community\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment SavedViewFields on SavedView {\n    id\n    name\n    url\n    createdBy\n    createdAt\n    mine\n  }\n",
): (typeof documents)["\n  fragment SavedViewFields on SavedView {\n    id\n    name\n    url\n    createdBy\n    createdAt\n    mine\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SavedViews {\n    savedViews(limit: 100) {\n      ...SavedViewFields\n    }\n  }\n",
): (typeof documents)["\n  query SavedViews {\n    savedViews(limit: 100) {\n      ...SavedViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SavedView($id: ID!) {\n    savedView(id: $id) {\n      ...SavedViewFields\n    }\n  }\n",
): (typeof documents)["\n  query SavedView($id: ID!) {\n    savedView(id: $id) {\n      ...SavedViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SaveView($name: String!, $url: String!) {\n    saveView(name: $name, url: $url) {\n      ...SavedViewFields\n    }\n  }\n",
): (typeof documents)["\n  mutation SaveView($name: String!, $url: String!) {\n    saveView(name: $name, url: $url) {\n      ...SavedViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation DeleteSavedView($id: ID!) {\n    deleteSavedView(id: $id) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  mutation DeleteSavedView($id: ID!) {\n    deleteSavedView(id: $id) {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
