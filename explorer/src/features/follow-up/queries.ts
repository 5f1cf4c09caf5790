/** The follow-up of opportunities: what coordinators recorded, and the steps they record or take back. */
import { graphql } from "../../gql";

/** Opportunities coordinators acted on, with every step (coordinators only). */
export const RECORDED_OPPORTUNITIES = graphql(`
  query RecordedOpportunities(
    $kind: OpportunityKind
    $mine: Boolean!
    $inseeCode: String
    $from: String
    $to: String
    $limit: Int!
  ) {
    recordedOpportunities(kind: $kind, mine: $mine, inseeCode: $inseeCode, from: $from, to: $to, limit: $limit) {
      id
      kind
      status
      score
      members {
        id
        name
        kind
        inseeCode
        illustrative
      }
      updatedAt
      nextFollowUp
      declineReason
      declineReasonKind
      history {
        status
        previous
        at
        by
        note
        reason
        reasonKind
        nextFollowUp
        provenance
      }
    }
  }
`);

export const RECORD_CONTACT = graphql(`
  mutation RecordContact($id: ID!, $note: String, $nextFollowUp: String) {
    markOpportunityContacted(id: $id, note: $note, nextFollowUp: $nextFollowUp) {
      id
      status
    }
  }
`);

export const ACCEPT_OPPORTUNITY = graphql(`
  mutation AcceptOpportunity($id: ID!, $note: String) {
    acceptOpportunity(id: $id, note: $note) {
      id
      status
    }
  }
`);

export const DECLINE_OPPORTUNITY = graphql(`
  mutation DeclineOpportunity($id: ID!, $reason: String!, $reasonKind: DeclineReasonKind) {
    declineOpportunity(id: $id, reason: $reason, reasonKind: $reasonKind) {
      id
      status
    }
  }
`);

export const UNDO_STEP = graphql(`
  mutation UndoOpportunityStep($id: ID!) {
    undoOpportunityStep(id: $id) {
      id
      opportunity {
        id
        status
      }
    }
  }
`);

/** What became of the introductions last recorded in a period and in the one before (counts only; public). */
export const OUTCOMES_BY_PERIOD = graphql(`
  query OutcomesByPeriod($from: String!, $to: String!, $previousFrom: String!, $previousTo: String!) {
    current: opportunityOutcomes(from: $from, to: $to) {
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
    previous: opportunityOutcomes(from: $previousFrom, to: $previousTo) {
      recorded
      contacted
      accepted
      declined
    }
    conventionsCurrent: conventionOutcomes(from: $from, to: $to) {
      year
      held
      followUps
      partnerships
      purchases
    }
    conventionsPrevious: conventionOutcomes(from: $previousFrom, to: $previousTo) {
      year
      held
      followUps
      partnerships
      purchases
    }
  }
`);

/** The suggestions nobody acted on yet: the pipeline's first column. */
export const SUGGESTED_OPPORTUNITIES = graphql(`
  query SuggestedOpportunities($inseeCode: String, $kind: OpportunityKind, $limit: Int!) {
    opportunities(inseeCode: $inseeCode, kind: $kind, limit: $limit) {
      id
      kind
      status
      members {
        id
        name
        kind
        inseeCode
        illustrative
      }
    }
  }
`);
