/**
 * The GraphQL operations of editing: reads of what a form shows, and the generated API's mutations (coordinators only).
 * The fixed ones are typed by GraphQL Code Generator (src/gql). The read, update and create of an organisation are
 * built at run time from its type's field lists (one shape, five types); their needs and offers reuse the typed
 * fragments below, and their variables are typed by the generated input types of the update and create mutations.
 */
import { gql, type DocumentNode } from "@apollo/client";
import { print } from "graphql";
import { graphql } from "../../gql";
import type { EditableType } from "./organisation-fields";

/** Each editable type's query and mutation names in the generated API. */
export const PLURAL: Record<EditableType, string> = {
  EssStructure: "essStructures",
  Business: "businesses",
  Financer: "financers",
  SupportProvider: "supportProviders",
  ResearchUnit: "researchUnits",
};
const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

const FIELDS: Record<EditableType, string> = {
  EssStructure: "legalForm stage activity siret rnaId address postalCode foundedYear town { inseeCode }",
  Business: "activity siret address postalCode town { inseeCode }",
  Financer: "",
  SupportProvider: "",
  ResearchUnit: "",
};
const COMMON = "id name description website location { latitude longitude } themes { code } updatedBy updatedAt";

const PARTNER = "properties { kind since } node { id name }";
/** Relationships the explorer edits, by type: partnerships and network memberships. */
const RELATIONSHIPS: Partial<Record<EditableType, string>> = {
  EssStructure: `essPartnersConnection { edges { ${PARTNER} } } businessPartnersConnection { edges { ${PARTNER} } } memberOfConnection { edges { properties { since } node { id name } } }`,
  Business: `essPartnersConnection { edges { ${PARTNER} } }`,
  SupportProvider: "membersConnection { edges { properties { since } node { id name } } }",
};
export const NEED_FIELDS = graphql(`
  fragment NeedFields on ResourceNeed { id title kind description frequency status }
`);
export const OFFER_FIELDS = graphql(`
  fragment OfferFields on ResourceOffer { id title kind description availability status }
`);
const RESOURCES: Partial<Record<EditableType, string>> = {
  EssStructure: "needs { ...NeedFields } offers { ...OfferFields }",
  Business: "offers { ...OfferFields }",
};
/** The fragments a run-time document spreads, appended to its text. */
const FRAGMENTS: Partial<Record<EditableType, string>> = {
  EssStructure: `${print(NEED_FIELDS)}\n${print(OFFER_FIELDS)}`,
  Business: print(OFFER_FIELDS),
};

const cache = new Map<string, DocumentNode>();
const once = (key: string, text: () => string) => {
  if (!cache.has(key)) cache.set(key, gql(text()));
  return cache.get(key)!;
};

/** Everything the edit panel shows of one organisation. */
export const editableQuery = (type: EditableType) =>
  once(`read ${type}`, () => `query Editable${type}($id: ID!) {
    ${PLURAL[type]}(where: { id: { eq: $id } }) { ${COMMON} ${FIELDS[type]} ${RELATIONSHIPS[type] ?? ""} ${RESOURCES[type] ?? ""} }
  }
  ${FRAGMENTS[type] ?? ""}`);

export const updateMutation = (type: EditableType) =>
  once(`update ${type}`, () => `mutation Update${type}($id: ID!, $update: ${type}UpdateInput!) {
    update${capital(PLURAL[type])}(where: { id: { eq: $id } }, update: $update) { ${PLURAL[type]} { ${COMMON} ${FIELDS[type]} } }
  }`);

export const createMutation = (type: EditableType) =>
  once(`create ${type}`, () => `mutation Create${type}($input: [${type}CreateInput!]!) {
    create${capital(PLURAL[type])}(input: $input) { ${PLURAL[type]} { id name } }
  }`);

export const THEMES = graphql(`
  query EditingThemes { themes(sort: [{ labelFr: ASC }]) { code labelFr labelEn } }
`);

export const UPDATE_NEED = graphql(`
  mutation UpdateNeed($id: ID!, $update: ResourceNeedUpdateInput!) { updateResourceNeeds(where: { id: { eq: $id } }, update: $update) { resourceNeeds { ...NeedFields } } }
`);
export const UPDATE_OFFER = graphql(`
  mutation UpdateOffer($id: ID!, $update: ResourceOfferUpdateInput!) { updateResourceOffers(where: { id: { eq: $id } }, update: $update) { resourceOffers { ...OfferFields } } }
`);

/** Organisations to link to, by name (full-text search of each type that can be a partner or a network). */
export const FIND_ORGANISATIONS = graphql(`
  query FindOrganisations($phrase: String!) {
    searchEssStructures(phrase: $phrase, first: 6) { edges { node { id name town { name } } } }
    searchBusinesses(phrase: $phrase, first: 6) { edges { node { id name town { name } } } }
    searchSupportProviders(phrase: $phrase, first: 6, where: { node: { isNetwork: { eq: true } } }) { edges { node { id name } } }
  }
`);
