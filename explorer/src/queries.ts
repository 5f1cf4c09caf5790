/** The GraphQL operations the explorer sends (all public except the coordinators' mutations). */
import { graphql } from "./gql";

export const GRAPH_NODE_FIELDS = graphql(`
  fragment GraphNodeFields on GraphNode {
    id
    type
    name
    inseeCode
    legalForm
    latitude
    longitude
    geoPrecision
    illustrative
    degree
  }
`);

export const GRAPH_VIEW_FIELDS = graphql(`
  fragment GraphViewFields on GraphView {
    nodes {
      ...GraphNodeFields
    }
    edges {
      id
      source
      target
      type
      kind
      since
    }
    truncated
  }
`);

export const COOPERATION_GRAPH = graphql(`
  query CooperationGraph($inseeCode: String, $theme: String, $types: [String!], $limit: Int!) {
    cooperationGraph(inseeCode: $inseeCode, theme: $theme, types: $types, limit: $limit) {
      ...GraphViewFields
    }
  }
`);

export const NEIGHBOURHOOD = graphql(`
  query Neighbourhood($id: ID!) {
    neighbourhood(id: $id, limit: 60) {
      ...GraphViewFields
    }
  }
`);

export const TERRITORY = graphql(`
  query Territory {
    territory {
      name
      towns {
        inseeCode
        name
        essStructures
        businesses
      }
      themes {
        code
        labelFr
        labelEn
        essStructures
      }
    }
  }
`);

export const SEARCH = graphql(`
  query Search($phrase: String!) {
    searchEssStructures(phrase: $phrase, first: 8) {
      edges {
        score
        node {
          id
          name
        }
      }
    }
    searchBusinesses(phrase: $phrase, first: 5) {
      edges {
        score
        node {
          id
          name
        }
      }
    }
  }
`);

export const DETAILS = graphql(`
  query Details($id: ID!) {
    essStructures(where: { id: { eq: $id } }) {
      id
      description
      website
      source
      sourceKind
      sourceRef
      updatedAt
      updatedBy
    }
    businesses(where: { id: { eq: $id } }) {
      id
      description
      website
      source
      sourceKind
      sourceRef
      updatedAt
      updatedBy
    }
    financers(where: { id: { eq: $id } }) {
      id
      description
      website
      source
      sourceKind
      sourceRef
      updatedAt
      updatedBy
    }
    supportProviders(where: { id: { eq: $id } }) {
      id
      description
      website
      source
      sourceKind
      sourceRef
      updatedAt
      updatedBy
    }
    researchUnits(where: { id: { eq: $id } }) {
      id
      description
      website
      source
      sourceKind
      sourceRef
      updatedAt
      updatedBy
    }
    events(where: { id: { eq: $id } }) {
      id
      description
      source
      sourceKind
      sourceRef
      updatedAt
      updatedBy
    }
    sharedResources(where: { id: { eq: $id } }) {
      id
      description
      source
      sourceKind
      sourceRef
      updatedAt
      updatedBy
    }
    callsForProjects(where: { id: { eq: $id } }) {
      id
      source
      sourceKind
      sourceRef
      updatedAt
      updatedBy
    }
  }
`);

export const OPPORTUNITY_FIELDS = graphql(`
  fragment OpportunityFields on Opportunity {
    id
    kind
    score
    status
    members {
      id
      name
      kind
      inseeCode
      illustrative
    }
    explanation(language: $language)
  }
`);

/** One page of suggestions for the filters (kind, town, theme, organisation), in the order asked. */
export const OPPORTUNITIES = graphql(`
  query Opportunities(
    $kind: OpportunityKind
    $inseeCode: String
    $theme: String
    $organisationId: ID
    $language: Language!
    $limit: Int!
    $offset: Int!
    $order: OpportunityOrder!
  ) {
    opportunities(
      kind: $kind
      inseeCode: $inseeCode
      theme: $theme
      organisationId: $organisationId
      limit: $limit
      offset: $offset
      order: $order
    ) {
      ...OpportunityFields
    }
  }
`);

/** How many suggestions of each kind the filters leave (the kind filter's counts). */
export const OPPORTUNITY_COUNTS = graphql(`
  query OpportunityCounts($inseeCode: String, $theme: String, $organisationId: ID) {
    opportunityCounts(inseeCode: $inseeCode, theme: $theme, organisationId: $organisationId) {
      kind
      count
      atLeast
    }
  }
`);

/**
 * The organisations of a scope as graph nodes, without the relationships: the
 * rows of the directory and the points of the map (one query per scope; the
 * answer is cached, so both views share it).
 */
export const ORGANISATION_NODES = graphql(`
  query OrganisationNodes($inseeCode: String, $theme: String, $types: [String!], $limit: Int!) {
    cooperationGraph(inseeCode: $inseeCode, theme: $theme, types: $types, limit: $limit) {
      nodes {
        ...GraphNodeFields
      }
      truncated
    }
  }
`);

/** The programme dashboard: the programme's figures, calls, Top 10, support by stage, counts and opportunities' outcomes (all public). */
export const DASHBOARD = graphql(`
  query Dashboard {
    territory {
      name
      population
      programme {
        id
        name
        annualBudgetEur
        budgetNote
        essJobsSharePct
        essPrivateJobsSharePct
        essEnterprisesSharePct
        source
        sourceRef
      }
      counts {
        towns
        essStructures
        illustrativeEssStructures
        businesses
        financers
        supportProviders
        researchUnits
        openNeeds
        openOffers
        sharedResources
        events
        callEditions
      }
      towns {
        inseeCode
        name
        essStructures
        illustrativeEssStructures
        businesses
      }
      legalForms {
        legalForm
        count
      }
    }
    # Sizes are given where a list nests another: the API counts a list without one at its full default size.
    programmes(limit: 1) {
      id
      axes(sort: [{ number: ASC }]) {
        id
        number
        title
        titleEn
        description
        actions {
          id
          title
          titleEn
          description
          sinceYear
          facts
        }
      }
    }
    callsForProjects(limit: 50, sort: [{ year: ASC }]) {
      id
      year
      title
      envelopeEur
      patShareEur
      laureateCount
      ceremonyDate
      ceremonyPlace
      source
      laureatesConnection(first: 50) {
        edges {
          properties {
            amountEur
          }
          node {
            id
            name
            sourceKind
          }
        }
      }
    }
    events(where: { kind: { eq: BUSINESS_CONVENTION } }) {
      id
      title
      year
      date
      place
      description
      essParticipantCount
      businessParticipantCount
      source
    }
    supportProviders(limit: 100) {
      id
      stagesServed
      supportedConnection(first: 100) {
        edges {
          properties {
            stage
            until
          }
        }
      }
    }
    opportunityOutcomes {
      recorded
      contacted
      accepted
      declined
      byKind {
        kind
        contacted
        accepted
        declined
        recorded
      }
    }
  }
`);

export const VERSION = graphql(`
  query Version {
    version {
      api
      schema
    }
  }
`);

export const DATA_STATUS = graphql(`
  query DataStatus {
    dataStatus {
      organisations
      illustrativeOrganisations
      importedOrganisations
      hideIllustrativeByDefault
      sourceKinds {
        sourceKind
        organisations
        relationships
        lastChange
      }
      lastImports {
        source
        at
        created
        updated
      }
    }
  }
`);

export const IMPORT_RUNS = graphql(`
  query ImportRuns($year: Int!) {
    dataStatus {
      importRuns(year: $year) {
        source
        at
        new
        closed
        moved
      }
    }
  }
`);

/** The introductions recorded about one organisation, with their steps (coordinators only). */
export const ORGANISATION_HISTORY = graphql(`
  query OrganisationHistory($organisationId: ID!) {
    recordedOpportunities(organisationId: $organisationId, limit: 50) {
      id
      kind
      status
      members {
        id
        name
      }
      history {
        status
        at
        by
        note
        reason
        nextFollowUp
      }
    }
  }
`);

/**
 * An organisation's profile: its public facts, where they come from, its
 * needs, offers and links (each list bounded), whatever its type (ids are
 * unique across types: one of the lists holds it).
 */
export const ORGANISATION_PROFILE = graphql(`
  query OrganisationProfile($id: ID!) {
    essStructures(where: { id: { eq: $id } }) {
      id
      name
      legalForm
      activity
      projectKind
      stage
      staffRangeLabel
      foundedYear
      address
      postalCode
      website
      description
      isVitrine
      source
      sourceKind
      sourceRef
      updatedAt
      factSources {
        field
        sourceKind
        source
        at
      }
      importedAt
      town(limit: 1) {
        inseeCode
        name
      }
      themes(limit: 20) {
        code
        labelFr
        labelEn
      }
      needs(limit: 20) {
        id
        title
        kind
        status
      }
      offers(limit: 20) {
        id
        title
        kind
        status
      }
      essPartners(limit: 50) {
        id
        name
      }
      businessPartners(limit: 50) {
        id
        name
      }
      customers(limit: 50) {
        id
        name
      }
      funders(limit: 50) {
        id
        name
      }
      supporters(limit: 50) {
        id
        name
      }
      researchLinks(limit: 50) {
        id
        name
      }
      memberOf(limit: 50) {
        id
        name
      }
      events(limit: 50) {
        id
        title
        year
      }
      sharedResources(limit: 50) {
        id
        name
      }
    }
    businesses(where: { id: { eq: $id } }) {
      id
      name
      activity
      staffRangeLabel
      csrCommitments
      address
      postalCode
      website
      description
      source
      sourceKind
      sourceRef
      updatedAt
      factSources {
        field
        sourceKind
        source
        at
      }
      importedAt
      town(limit: 1) {
        inseeCode
        name
      }
      themes(limit: 20) {
        code
        labelFr
        labelEn
      }
      offers(limit: 20) {
        id
        title
        kind
        status
      }
      essPartners(limit: 50) {
        id
        name
      }
      suppliers(limit: 50) {
        id
        name
      }
      events(limit: 50) {
        id
        title
        year
      }
    }
    financers(where: { id: { eq: $id } }) {
      id
      name
      financerKind: kind
      instruments
      ticketMinEur
      ticketMaxEur
      stages
      website
      description
      source
      sourceKind
      sourceRef
      updatedAt
      factSources {
        field
        sourceKind
        source
        at
      }
      themes(limit: 20) {
        code
        labelFr
        labelEn
      }
      funded(limit: 50) {
        id
        name
      }
      events(limit: 50) {
        id
        title
        year
      }
    }
    supportProviders(where: { id: { eq: $id } }) {
      id
      name
      stagesServed
      isNetwork
      website
      description
      source
      sourceKind
      sourceRef
      updatedAt
      factSources {
        field
        sourceKind
        source
        at
      }
      themes(limit: 20) {
        code
        labelFr
        labelEn
      }
      supported(limit: 50) {
        id
        name
      }
      members(limit: 50) {
        id
        name
      }
      events(limit: 50) {
        id
        title
        year
      }
    }
    researchUnits(where: { id: { eq: $id } }) {
      id
      name
      researchKind: kind
      startYear
      endYear
      website
      description
      source
      sourceKind
      sourceRef
      updatedAt
      factSources {
        field
        sourceKind
        source
        at
      }
      themes(limit: 20) {
        code
        labelFr
        labelEn
      }
      partOf(limit: 10) {
        id
        name
      }
      parts(limit: 50) {
        id
        name
      }
      studies(limit: 50) {
        id
        name
      }
      events(limit: 50) {
        id
        title
        year
      }
    }
  }
`);

/** An organisation's name, whatever its type. */
export const ORGANISATION_NAME = graphql(`
  query OrganisationName($id: ID!) {
    organisations(where: { id: { eq: $id } }) {
      id
      name
    }
  }
`);

/** An organisation's contact persons, whatever its type (coordinators only). */
export const ORGANISATION_CONTACTS = graphql(`
  query OrganisationContacts($id: ID!) {
    essStructures(where: { id: { eq: $id } }) {
      id
      contacts(limit: 20) {
        ...ContactFields
      }
    }
    businesses(where: { id: { eq: $id } }) {
      id
      contacts(limit: 20) {
        ...ContactFields
      }
    }
    financers(where: { id: { eq: $id } }) {
      id
      contacts(limit: 20) {
        ...ContactFields
      }
    }
    supportProviders(where: { id: { eq: $id } }) {
      id
      contacts(limit: 20) {
        ...ContactFields
      }
    }
    researchUnits(where: { id: { eq: $id } }) {
      id
      contacts(limit: 20) {
        ...ContactFields
      }
    }
  }
`);

export const CONTACT_FIELDS = graphql(`
  fragment ContactFields on Contact {
    id
    name
    role
    email
    phone
  }
`);

/** Measures of the nodes of a view (the network view's "size and colour by"). */
export const NODE_MEASURES = graphql(`
  query NodeMeasures($ids: [ID!]!, $first: Int!) {
    networkMetrics {
      nodes(ids: $ids, first: $first) {
        nodes {
          id
          degree
          pagerank
          betweenness
          community
        }
      }
    }
  }
`);
