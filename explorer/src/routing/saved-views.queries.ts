/** The coordinators' saved views (graph-api: saved-view.resolver.ts). */
import { graphql } from "../gql";

export const SAVED_VIEW_FIELDS = graphql(`
  fragment SavedViewFields on SavedView {
    id
    name
    url
    createdBy
    createdAt
    mine
  }
`);

export const SAVED_VIEWS = graphql(`
  query SavedViews {
    savedViews(limit: 100) {
      ...SavedViewFields
    }
  }
`);

export const SAVED_VIEW = graphql(`
  query SavedView($id: ID!) {
    savedView(id: $id) {
      ...SavedViewFields
    }
  }
`);

export const SAVE_VIEW = graphql(`
  mutation SaveView($name: String!, $url: String!) {
    saveView(name: $name, url: $url) {
      ...SavedViewFields
    }
  }
`);

export const DELETE_SAVED_VIEW = graphql(`
  mutation DeleteSavedView($id: ID!) {
    deleteSavedView(id: $id) {
      id
    }
  }
`);
