/**
 * The GraphQL operations of editing: reads of what a form shows, and the generated API's mutations (coordinators only),
 * typed by GraphQL Code Generator (src/gql). Each editable type has its own read, update and create; the forms pick
 * them by type, and see one record type that every type's read is checked against (EditableRecord).
 */
import type { OperationVariables, TypedDocumentNode } from "@apollo/client";
import { graphql } from "../../gql";
import type {
  EditableBusinessQuery,
  EditableEssStructureQuery,
  EditableFinancerQuery,
  EditableResearchUnitQuery,
  EditableSupportProviderQuery,
} from "../../gql/graphql";
import type { EditableType } from "./organisation-fields";

/** Each editable type's query and mutation names in the generated API. */
export const PLURAL: Record<EditableType, string> = {
  EssStructure: "essStructures",
  Business: "businesses",
  Financer: "financers",
  SupportProvider: "supportProviders",
  ResearchUnit: "researchUnits",
};

export const NEED_FIELDS = graphql(`
  fragment NeedFields on ResourceNeed {
    id
    title
    kind
    description
    frequency
    status
  }
`);
export const OFFER_FIELDS = graphql(`
  fragment OfferFields on ResourceOffer {
    id
    title
    kind
    description
    availability
    status
  }
`);

// What the form edits of each type: the fields every organisation has, then the type's own. Declared for the
// documents below, which spread them by name (GraphQL Code Generator adds each fragment to the documents using it).
graphql(`
  fragment EssStructureRecord on EssStructure {
    id
    name
    description
    website
    location {
      latitude
      longitude
    }
    themes {
      code
    }
    updatedBy
    updatedAt
    legalForm
    stage
    activity
    siret
    rnaId
    address
    postalCode
    foundedYear
    town {
      inseeCode
    }
  }
`);
graphql(`
  fragment BusinessRecord on Business {
    id
    name
    description
    website
    location {
      latitude
      longitude
    }
    themes {
      code
    }
    updatedBy
    updatedAt
    activity
    siret
    address
    postalCode
    town {
      inseeCode
    }
  }
`);
graphql(`
  fragment FinancerRecord on Financer {
    id
    name
    description
    website
    location {
      latitude
      longitude
    }
    themes {
      code
    }
    updatedBy
    updatedAt
  }
`);
graphql(`
  fragment SupportProviderRecord on SupportProvider {
    id
    name
    description
    website
    location {
      latitude
      longitude
    }
    themes {
      code
    }
    updatedBy
    updatedAt
  }
`);
graphql(`
  fragment ResearchUnitRecord on ResearchUnit {
    id
    name
    description
    website
    location {
      latitude
      longitude
    }
    themes {
      code
    }
    updatedBy
    updatedAt
  }
`);

type AnyRecord =
  | EditableEssStructureQuery["essStructures"][number]
  | EditableBusinessQuery["businesses"][number]
  | EditableFinancerQuery["financers"][number]
  | EditableSupportProviderQuery["supportProviders"][number]
  | EditableResearchUnitQuery["researchUnits"][number];
type KeysOf<U> = U extends unknown ? keyof U : never;
type ValueOf<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? U[K] : never) : never;
/**
 * An organisation as the edit panel reads it, whatever its type: the fields all types have, and, optional,
 * those only some have (legal form, needs, partnerships…), each with the type the generated API gives it.
 */
export type EditableRecord = Pick<AnyRecord, keyof AnyRecord> & {
  [K in Exclude<KeysOf<AnyRecord>, keyof AnyRecord>]?: ValueOf<AnyRecord, K>;
};

/** Everything the edit panel shows of one organisation (the list under the type's plural name holds it, or nothing). */
const EDITABLE: Record<EditableType, TypedDocumentNode<Record<string, EditableRecord[]>, { id: string }>> = {
  EssStructure: graphql(`
    query EditableEssStructure($id: ID!) {
      essStructures(where: { id: { eq: $id } }) {
        ...EssStructureRecord
        essPartnersConnection {
          edges {
            properties {
              kind
              since
            }
            node {
              id
              name
            }
          }
        }
        businessPartnersConnection {
          edges {
            properties {
              kind
              since
            }
            node {
              id
              name
            }
          }
        }
        memberOfConnection {
          edges {
            properties {
              since
            }
            node {
              id
              name
            }
          }
        }
        needs {
          ...NeedFields
        }
        offers {
          ...OfferFields
        }
      }
    }
  `),
  Business: graphql(`
    query EditableBusiness($id: ID!) {
      businesses(where: { id: { eq: $id } }) {
        ...BusinessRecord
        essPartnersConnection {
          edges {
            properties {
              kind
              since
            }
            node {
              id
              name
            }
          }
        }
        offers {
          ...OfferFields
        }
      }
    }
  `),
  Financer: graphql(`
    query EditableFinancer($id: ID!) {
      financers(where: { id: { eq: $id } }) {
        ...FinancerRecord
      }
    }
  `),
  SupportProvider: graphql(`
    query EditableSupportProvider($id: ID!) {
      supportProviders(where: { id: { eq: $id } }) {
        ...SupportProviderRecord
        membersConnection {
          edges {
            properties {
              since
            }
            node {
              id
              name
            }
          }
        }
      }
    }
  `),
  ResearchUnit: graphql(`
    query EditableResearchUnit($id: ID!) {
      researchUnits(where: { id: { eq: $id } }) {
        ...ResearchUnitRecord
      }
    }
  `),
};

/**
 * The variables of an update or a creation are assembled field by field from the form (organisation-fields.ts:
 * updateInput, createInput), so they are checked by the API, not here; the answers are typed.
 */
const UPDATE: Record<EditableType, TypedDocumentNode<unknown, { id: string; update: never }>> = {
  EssStructure: graphql(`
    mutation UpdateEssStructure($id: ID!, $update: EssStructureUpdateInput!) {
      updateEssStructures(where: { id: { eq: $id } }, update: $update) {
        essStructures {
          ...EssStructureRecord
        }
      }
    }
  `),
  Business: graphql(`
    mutation UpdateBusiness($id: ID!, $update: BusinessUpdateInput!) {
      updateBusinesses(where: { id: { eq: $id } }, update: $update) {
        businesses {
          ...BusinessRecord
        }
      }
    }
  `),
  Financer: graphql(`
    mutation UpdateFinancer($id: ID!, $update: FinancerUpdateInput!) {
      updateFinancers(where: { id: { eq: $id } }, update: $update) {
        financers {
          ...FinancerRecord
        }
      }
    }
  `),
  SupportProvider: graphql(`
    mutation UpdateSupportProvider($id: ID!, $update: SupportProviderUpdateInput!) {
      updateSupportProviders(where: { id: { eq: $id } }, update: $update) {
        supportProviders {
          ...SupportProviderRecord
        }
      }
    }
  `),
  ResearchUnit: graphql(`
    mutation UpdateResearchUnit($id: ID!, $update: ResearchUnitUpdateInput!) {
      updateResearchUnits(where: { id: { eq: $id } }, update: $update) {
        researchUnits {
          ...ResearchUnitRecord
        }
      }
    }
  `),
};

/** The answer of a creation, the same for every type (aliases): the organisations created. */
type Created = { created: { organisations: { id: string; name: string }[] } };
const CREATE: Record<EditableType, TypedDocumentNode<Created, { input: never }>> = {
  EssStructure: graphql(`
    mutation CreateEssStructure($input: [EssStructureCreateInput!]!) {
      created: createEssStructures(input: $input) {
        organisations: essStructures {
          id
          name
        }
      }
    }
  `),
  Business: graphql(`
    mutation CreateBusiness($input: [BusinessCreateInput!]!) {
      created: createBusinesses(input: $input) {
        organisations: businesses {
          id
          name
        }
      }
    }
  `),
  Financer: graphql(`
    mutation CreateFinancer($input: [FinancerCreateInput!]!) {
      created: createFinancers(input: $input) {
        organisations: financers {
          id
          name
        }
      }
    }
  `),
  SupportProvider: graphql(`
    mutation CreateSupportProvider($input: [SupportProviderCreateInput!]!) {
      created: createSupportProviders(input: $input) {
        organisations: supportProviders {
          id
          name
        }
      }
    }
  `),
  ResearchUnit: graphql(`
    mutation CreateResearchUnit($input: [ResearchUnitCreateInput!]!) {
      created: createResearchUnits(input: $input) {
        organisations: researchUnits {
          id
          name
        }
      }
    }
  `),
};

/** Loosens the variables' type only: see UPDATE. */
const assembled = <T, V extends OperationVariables>(document: TypedDocumentNode<T, V>) =>
  document as unknown as TypedDocumentNode<T, OperationVariables>;

export const editableQuery = (type: EditableType) => EDITABLE[type];
export const updateMutation = (type: EditableType) => assembled(UPDATE[type]);
export const createMutation = (type: EditableType) => assembled(CREATE[type]);

export const THEMES = graphql(`
  query EditingThemes {
    themes(sort: [{ labelFr: ASC }]) {
      code
      labelFr
      labelEn
    }
  }
`);

export const UPDATE_NEED = graphql(`
  mutation UpdateNeed($id: ID!, $update: ResourceNeedUpdateInput!) {
    updateResourceNeeds(where: { id: { eq: $id } }, update: $update) {
      resourceNeeds {
        ...NeedFields
      }
    }
  }
`);
export const UPDATE_OFFER = graphql(`
  mutation UpdateOffer($id: ID!, $update: ResourceOfferUpdateInput!) {
    updateResourceOffers(where: { id: { eq: $id } }, update: $update) {
      resourceOffers {
        ...OfferFields
      }
    }
  }
`);

/** Organisations to link to, by name (full-text search of each type that can be a partner or a network). */
export const FIND_ORGANISATIONS = graphql(`
  query FindOrganisations($phrase: String!) {
    searchEssStructures(phrase: $phrase, first: 6) {
      edges {
        node {
          id
          name
          town {
            name
          }
        }
      }
    }
    searchBusinesses(phrase: $phrase, first: 6) {
      edges {
        node {
          id
          name
          town {
            name
          }
        }
      }
    }
    searchSupportProviders(phrase: $phrase, first: 6, where: { node: { isNetwork: { eq: true } } }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
