/** The business convention planner's operations (coordinators only, but the yearly figures). */
import { graphql } from "../../gql";

export const CONVENTION_FIELDS = graphql(`
  fragment ConventionFields on Convention {
    id
    title
    date
    place
    startTime
    endTime
    slotMinutes
    breaks {
      start
      end
    }
    tables
    defaultMinMeetings
    defaultMaxMeetings
    suggestionWeight
    wishWeight
    slots {
      index
      start
      end
    }
    participants {
      organisation {
        id
        name
        kind
        illustrative
      }
      minMeetings
      maxMeetings
      usesDefaults
      unavailableSlots
      attendee
      email
    }
    wishes {
      fromId
      toId
      weight
    }
    forbiddenPairs
    meetings {
      id
      slot
      table
      pinned
      value
      score
      wish
      outcome
      outcomeNote
      opportunityId
      members {
        id
        name
        kind
        illustrative
      }
    }
    solve {
      status
      gap
      objective
      seconds
      columns
      rows
      at
    }
    updatedAt
  }
`);

export const CONVENTIONS = graphql(`
  query Conventions {
    conventions {
      id
      title
      date
      place
      participants
      meetings
    }
  }
`);

export const CONVENTION = graphql(`
  query Convention($id: ID!) {
    convention(id: $id) {
      ...ConventionFields
    }
  }
`);

export const CREATE_CONVENTION = graphql(`
  mutation CreateConvention($input: ConventionInput!) {
    createConvention(input: $input) {
      ...ConventionFields
    }
  }
`);

export const UPDATE_CONVENTION = graphql(`
  mutation UpdateConvention($id: ID!, $input: ConventionInput!) {
    updateConvention(id: $id, input: $input) {
      ...ConventionFields
    }
  }
`);

export const PROPOSALS = graphql(`
  query ConventionProposals($id: ID!, $perParticipant: Int!, $language: Language!) {
    conventionProposals(id: $id, perParticipant: $perParticipant) {
      organisation {
        id
        name
        kind
        illustrative
      }
      participant {
        id
        name
      }
      opportunity {
        id
        score
        explanation(language: $language)
      }
    }
  }
`);

export const INVITE = graphql(`
  mutation InviteToConvention($id: ID!, $ids: [ID!]!) {
    inviteToConvention(id: $id, organisationIds: $ids) {
      ...ConventionFields
    }
  }
`);

export const SET_PARTICIPANT = graphql(`
  mutation SetConventionParticipant(
    $id: ID!
    $organisationId: ID!
    $minMeetings: Int
    $maxMeetings: Int
    $unavailableSlots: [Int!]
    $attendee: String
    $email: String
  ) {
    setConventionParticipant(
      id: $id
      organisationId: $organisationId
      minMeetings: $minMeetings
      maxMeetings: $maxMeetings
      unavailableSlots: $unavailableSlots
      attendee: $attendee
      email: $email
    ) {
      ...ConventionFields
    }
  }
`);

export const REMOVE_PARTICIPANT = graphql(`
  mutation RemoveConventionParticipant($id: ID!, $organisationId: ID!) {
    removeConventionParticipant(id: $id, organisationId: $organisationId) {
      ...ConventionFields
    }
  }
`);

export const SET_WISH = graphql(`
  mutation SetConventionWish($id: ID!, $fromId: ID!, $toId: ID!, $weight: Int!) {
    setConventionWish(id: $id, fromId: $fromId, toId: $toId, weight: $weight) {
      ...ConventionFields
    }
  }
`);

export const IMPORT_CSV = graphql(`
  mutation ImportConventionCsv($id: ID!, $csv: String!) {
    importConventionCsv(id: $id, csv: $csv) {
      wishes
      unavailabilities
      errors {
        line
        code
        value
      }
      convention {
        ...ConventionFields
      }
    }
  }
`);

export const SOLVE = graphql(`
  mutation SolveConvention($id: ID!, $suggestionWeight: Float, $wishWeight: Float) {
    solveConvention(id: $id, suggestionWeight: $suggestionWeight, wishWeight: $wishWeight) {
      ...ConventionFields
    }
  }
`);

export const PIN = graphql(`
  mutation PinConventionMeeting($id: ID!, $a: ID!, $b: ID!, $slot: Int) {
    pinConventionMeeting(id: $id, a: $a, b: $b, slot: $slot) {
      ...ConventionFields
    }
  }
`);

export const FORBID = graphql(`
  mutation ForbidConventionPair($id: ID!, $a: ID!, $b: ID!, $forbidden: Boolean!) {
    forbidConventionPair(id: $id, a: $a, b: $b, forbidden: $forbidden) {
      ...ConventionFields
    }
  }
`);

export const RECORD_OUTCOME = graphql(`
  mutation RecordConventionMeetingOutcome($id: ID!, $meetingId: ID!, $outcome: MeetingOutcome!, $note: String) {
    recordConventionMeetingOutcome(id: $id, meetingId: $meetingId, outcome: $outcome, note: $note) {
      opportunityStatus
      convention {
        ...ConventionFields
      }
    }
  }
`);

export const AGENDA_ICS = graphql(`
  query ConventionAgendaIcs($id: ID!, $organisationId: ID!, $language: Language!) {
    conventionAgendaIcs(id: $id, organisationId: $organisationId, language: $language)
  }
`);
