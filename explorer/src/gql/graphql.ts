/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Filters by aggregates (average, min, max, sum, length) of the properties of Attendance relationships. */
export type AttendanceAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<AttendanceAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: AttendanceAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<AttendanceAggregationWhereInput> | null | undefined;
  /** Condition on `source` (Where the fact comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the fact was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** The properties and relationships of a new Attendance. */
export type AttendanceCreateInput = {
  /** Role at the event. */
  role: AttendanceRole;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
};

/** Role of an organisation at an event. */
export type AttendanceRole =
  /** Organised or co-organised. */
  | 'ORGANISER'
  /** Took part. */
  | 'PARTICIPANT'
  /** Spoke or ran a session. */
  | 'SPEAKER';

/** AttendanceRole filters */
export type AttendanceRoleEnumScalarFilters = {
  /** Equal to this value. */
  eq?: AttendanceRole | null | undefined;
  /** Equal to one of these values. */
  in?: Array<AttendanceRole> | null | undefined;
};

/** AttendanceRole mutations */
export type AttendanceRoleEnumScalarMutations = {
  /** New value (null clears it where the property is optional). */
  set?: AttendanceRole | null | undefined;
};

/** Changes to an Attendance: properties to set, relationships to connect, create, update, disconnect or delete. */
export type AttendanceUpdateInput = {
  /** New value of `role` (Role at the event): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  role?: AttendanceRoleEnumScalarMutations | null | undefined;
  /** New value of `source` (Where the fact comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
};

/** Filters Attendance relationships: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type AttendanceWhere = {
  /** All of these conditions must hold. */
  AND?: Array<AttendanceWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: AttendanceWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<AttendanceWhere> | null | undefined;
  /** Condition on `role` (Role at the event). */
  role?: AttendanceRoleEnumScalarFilters | null | undefined;
  /** Condition on `source` (Where the fact comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `updatedAt` (When the fact was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

/** Boolean filters */
export type BooleanScalarFilters = {
  /** Equal to this value. */
  eq?: boolean | null | undefined;
};

/** Boolean mutations */
export type BooleanScalarMutations = {
  /** New value (null clears it where the property is optional). */
  set?: boolean | null | undefined;
};

/** Relationships to create from a Business to existing nodes, relationship field by field. */
export type BusinessConnectInput = {
  /** The `contacts` relationships: existing nodes to link. */
  contacts?: Array<BusinessContactsConnectFieldInput> | null | undefined;
  /** The `essPartners` relationships: existing nodes to link. */
  essPartners?: Array<BusinessEssPartnersConnectFieldInput> | null | undefined;
  /** The `events` relationships: existing nodes to link. */
  events?: Array<BusinessEventsConnectFieldInput> | null | undefined;
  /** The `offers` relationships: existing nodes to link. */
  offers?: Array<BusinessOffersConnectFieldInput> | null | undefined;
  /** The `suppliers` relationships: existing nodes to link. */
  suppliers?: Array<BusinessSuppliersConnectFieldInput> | null | undefined;
  /** The `themes` relationships: existing nodes to link. */
  themes?: Array<BusinessThemesConnectFieldInput> | null | undefined;
  /** The `town` relationships: existing nodes to link. */
  town?: Array<BusinessTownConnectFieldInput> | null | undefined;
};

/** Selects the existing Business nodes to connect to. */
export type BusinessConnectWhere = {
  /** The node. */
  node: BusinessWhere;
};

/** Links a Business to existing nodes through `contacts`: the nodes to connect (where), and the relationship properties. */
export type BusinessContactsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ContactConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ContactConnectWhere | null | undefined;
};

/** Filters the `contacts` relationships of a Business by the related node (node) and the relationship's properties (edge). */
export type BusinessContactsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<BusinessContactsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: BusinessContactsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<BusinessContactsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ContactWhere | null | undefined;
};

/** Creates a node and links it to a Business through `contacts`, with the relationship properties. */
export type BusinessContactsCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ContactCreateInput;
};

/** Deletes nodes linked to a Business through `contacts` that match `where`. */
export type BusinessContactsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ContactDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessContactsConnectionWhere | null | undefined;
};

/** Removes `contacts` relationships of a Business that match `where` (the related nodes stay). */
export type BusinessContactsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ContactDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessContactsConnectionWhere | null | undefined;
};

/** The `contacts` relationships of a new Business: nodes to create or existing nodes to connect. */
export type BusinessContactsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<BusinessContactsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<BusinessContactsCreateFieldInput> | null | undefined;
};

/** Changes to the related node and the relationship properties of a Business's `contacts` relationship. */
export type BusinessContactsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ContactUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessContactsConnectionWhere | null | undefined;
};

/** Changes to the `contacts` relationships of a Business: connect, create, update, disconnect or delete. */
export type BusinessContactsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<BusinessContactsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<BusinessContactsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<BusinessContactsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<BusinessContactsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: BusinessContactsUpdateConnectionInput | null | undefined;
};

/** The properties and relationships of a new Business. */
export type BusinessCreateInput = {
  /** Readable activity label. */
  activity?: string | null | undefined;
  /** Street address. */
  address?: string | null | undefined;
  /** The `contacts` relationships: nodes to create or connect. */
  contacts?: BusinessContactsFieldInput | null | undefined;
  /** Corporate social responsibility (RSE) commitments, in plain words. */
  csrCommitments: Array<string>;
  /** Public description. */
  description?: string | null | undefined;
  /** The `essPartners` relationships: nodes to create or connect. */
  essPartners?: BusinessEssPartnersFieldInput | null | undefined;
  /** The `events` relationships: nodes to create or connect. */
  events?: BusinessEventsFieldInput | null | undefined;
  /** Location (WGS84). */
  location?: PointInput | null | undefined;
  /** Activity code (NAF rev. 2). */
  nafCode?: string | null | undefined;
  /** Name. */
  name: string;
  /** The `offers` relationships: nodes to create or connect. */
  offers?: BusinessOffersFieldInput | null | undefined;
  /** Postal code. */
  postalCode?: string | null | undefined;
  /** SIREN of the legal unit (9 digits). */
  siren?: string | null | undefined;
  /** SIRET of the establishment (14 digits). */
  siret?: string | null | undefined;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** INSEE staff range code (tranche d'effectifs). */
  staffRange?: string | null | undefined;
  /** Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés"). */
  staffRangeLabel?: string | null | undefined;
  /** The `suppliers` relationships: nodes to create or connect. */
  suppliers?: BusinessSuppliersFieldInput | null | undefined;
  /** The `themes` relationships: nodes to create or connect. */
  themes?: BusinessThemesFieldInput | null | undefined;
  /** The `town` relationships: nodes to create or connect. */
  town?: BusinessTownFieldInput | null | undefined;
  /** Website URL. */
  website?: string | null | undefined;
};

/** Nodes related to a Business to delete along with it, relationship field by relationship field. */
export type BusinessDeleteInput = {
  /** The `contacts` relationships: related nodes to delete. */
  contacts?: Array<BusinessContactsDeleteFieldInput> | null | undefined;
  /** The `essPartners` relationships: related nodes to delete. */
  essPartners?: Array<BusinessEssPartnersDeleteFieldInput> | null | undefined;
  /** The `events` relationships: related nodes to delete. */
  events?: Array<BusinessEventsDeleteFieldInput> | null | undefined;
  /** The `offers` relationships: related nodes to delete. */
  offers?: Array<BusinessOffersDeleteFieldInput> | null | undefined;
  /** The `suppliers` relationships: related nodes to delete. */
  suppliers?: Array<BusinessSuppliersDeleteFieldInput> | null | undefined;
  /** The `themes` relationships: related nodes to delete. */
  themes?: Array<BusinessThemesDeleteFieldInput> | null | undefined;
  /** The `town` relationships: related nodes to delete. */
  town?: Array<BusinessTownDeleteFieldInput> | null | undefined;
};

/** Relationships of a Business to remove, relationship field by field (the related nodes stay). */
export type BusinessDisconnectInput = {
  /** The `contacts` relationships: relationships to remove. */
  contacts?: Array<BusinessContactsDisconnectFieldInput> | null | undefined;
  /** The `essPartners` relationships: relationships to remove. */
  essPartners?: Array<BusinessEssPartnersDisconnectFieldInput> | null | undefined;
  /** The `events` relationships: relationships to remove. */
  events?: Array<BusinessEventsDisconnectFieldInput> | null | undefined;
  /** The `offers` relationships: relationships to remove. */
  offers?: Array<BusinessOffersDisconnectFieldInput> | null | undefined;
  /** The `suppliers` relationships: relationships to remove. */
  suppliers?: Array<BusinessSuppliersDisconnectFieldInput> | null | undefined;
  /** The `themes` relationships: relationships to remove. */
  themes?: Array<BusinessThemesDisconnectFieldInput> | null | undefined;
  /** The `town` relationships: relationships to remove. */
  town?: Array<BusinessTownDisconnectFieldInput> | null | undefined;
};

/** Links a Business to existing nodes through `essPartners`: the nodes to connect (where), and the relationship properties. */
export type BusinessEssPartnersConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge: PartnershipCreateInput;
  /** Filter: only the items matching it. */
  where?: EssStructureConnectWhere | null | undefined;
};

/** Filters Business nodes by aggregates over their `essPartners` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type BusinessEssPartnersConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<BusinessEssPartnersConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: BusinessEssPartnersConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<BusinessEssPartnersConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: PartnershipAggregationWhereInput | null | undefined;
  /** The node. */
  node?: BusinessEssPartnersNodeAggregationWhereInput | null | undefined;
};

/** Filters Business nodes by their `essPartners` relationships: all, none, single or some of them must match. */
export type BusinessEssPartnersConnectionFilters = {
  /** Filter Businesses by aggregating results on related BusinessEssPartnersConnections */
  aggregate?: BusinessEssPartnersConnectionAggregateInput | null | undefined;
  /** Return Businesses where all of the related BusinessEssPartnersConnections match this filter */
  all?: BusinessEssPartnersConnectionWhere | null | undefined;
  /** Return Businesses where none of the related BusinessEssPartnersConnections match this filter */
  none?: BusinessEssPartnersConnectionWhere | null | undefined;
  /** Return Businesses where one of the related BusinessEssPartnersConnections match this filter */
  single?: BusinessEssPartnersConnectionWhere | null | undefined;
  /** Return Businesses where some of the related BusinessEssPartnersConnections match this filter */
  some?: BusinessEssPartnersConnectionWhere | null | undefined;
};

/** Filters the `essPartners` relationships of a Business by the related node (node) and the relationship's properties (edge). */
export type BusinessEssPartnersConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<BusinessEssPartnersConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: BusinessEssPartnersConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<BusinessEssPartnersConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: PartnershipWhere | null | undefined;
  /** The node. */
  node?: EssStructureWhere | null | undefined;
};

/** Creates a node and links it to a Business through `essPartners`, with the relationship properties. */
export type BusinessEssPartnersCreateFieldInput = {
  /** The relationship's properties. */
  edge: PartnershipCreateInput;
  /** The node. */
  node: EssStructureCreateInput;
};

/** Deletes nodes linked to a Business through `essPartners` that match `where`. */
export type BusinessEssPartnersDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EssStructureDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessEssPartnersConnectionWhere | null | undefined;
};

/** Removes `essPartners` relationships of a Business that match `where` (the related nodes stay). */
export type BusinessEssPartnersDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EssStructureDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessEssPartnersConnectionWhere | null | undefined;
};

/** The `essPartners` relationships of a new Business: nodes to create or existing nodes to connect. */
export type BusinessEssPartnersFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<BusinessEssPartnersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<BusinessEssPartnersCreateFieldInput> | null | undefined;
};

/** Filters Business nodes by aggregates of the properties of the nodes they reach through `essPartners`. */
export type BusinessEssPartnersNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<BusinessEssPartnersNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: BusinessEssPartnersNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<BusinessEssPartnersNodeAggregationWhereInput> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `foundedYear` (Year founded). */
  foundedYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `nafCode` (Activity code (NAF rev. 2)). */
  nafCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `projectKind` (Kind of project in the programme's words, in French (e.g. épicerie solidaire, atelier vélo participatif)). */
  projectKind?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `rnaId` (RNA identifier (W + 9 digits) for associations). */
  rnaId?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siren` (SIREN of the legal unit (9 digits)). */
  siren?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siret` (SIRET of the establishment (14 digits)). */
  siret?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRange` (INSEE staff range code (tranche d'effectifs)). */
  staffRange?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Business's `essPartners` relationship. */
export type BusinessEssPartnersUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: PartnershipUpdateInput | null | undefined;
  /** The node. */
  node?: EssStructureUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessEssPartnersConnectionWhere | null | undefined;
};

/** Changes to the `essPartners` relationships of a Business: connect, create, update, disconnect or delete. */
export type BusinessEssPartnersUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<BusinessEssPartnersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<BusinessEssPartnersCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<BusinessEssPartnersDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<BusinessEssPartnersDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: BusinessEssPartnersUpdateConnectionInput | null | undefined;
};

/** Links a Business to existing nodes through `events`: the nodes to connect (where), and the relationship properties. */
export type BusinessEventsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge: AttendanceCreateInput;
  /** Filter: only the items matching it. */
  where?: EventConnectWhere | null | undefined;
};

/** Filters Business nodes by aggregates over their `events` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type BusinessEventsConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<BusinessEventsConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: BusinessEventsConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<BusinessEventsConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: AttendanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: BusinessEventsNodeAggregationWhereInput | null | undefined;
};

/** Filters Business nodes by their `events` relationships: all, none, single or some of them must match. */
export type BusinessEventsConnectionFilters = {
  /** Filter Businesses by aggregating results on related BusinessEventsConnections */
  aggregate?: BusinessEventsConnectionAggregateInput | null | undefined;
  /** Return Businesses where all of the related BusinessEventsConnections match this filter */
  all?: BusinessEventsConnectionWhere | null | undefined;
  /** Return Businesses where none of the related BusinessEventsConnections match this filter */
  none?: BusinessEventsConnectionWhere | null | undefined;
  /** Return Businesses where one of the related BusinessEventsConnections match this filter */
  single?: BusinessEventsConnectionWhere | null | undefined;
  /** Return Businesses where some of the related BusinessEventsConnections match this filter */
  some?: BusinessEventsConnectionWhere | null | undefined;
};

/** Filters the `events` relationships of a Business by the related node (node) and the relationship's properties (edge). */
export type BusinessEventsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<BusinessEventsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: BusinessEventsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<BusinessEventsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: AttendanceWhere | null | undefined;
  /** The node. */
  node?: EventWhere | null | undefined;
};

/** Creates a node and links it to a Business through `events`, with the relationship properties. */
export type BusinessEventsCreateFieldInput = {
  /** The relationship's properties. */
  edge: AttendanceCreateInput;
  /** The node. */
  node: EventCreateInput;
};

/** Deletes nodes linked to a Business through `events` that match `where`. */
export type BusinessEventsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EventDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessEventsConnectionWhere | null | undefined;
};

/** Removes `events` relationships of a Business that match `where` (the related nodes stay). */
export type BusinessEventsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EventDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessEventsConnectionWhere | null | undefined;
};

/** The `events` relationships of a new Business: nodes to create or existing nodes to connect. */
export type BusinessEventsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<BusinessEventsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<BusinessEventsCreateFieldInput> | null | undefined;
};

/** Filters Business nodes by aggregates of the properties of the nodes they reach through `events`. */
export type BusinessEventsNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<BusinessEventsNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: BusinessEventsNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<BusinessEventsNodeAggregationWhereInput> | null | undefined;
  /** Condition on `businessParticipantCount` (Number of businesses that took part, as reported). */
  businessParticipantCount?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `essParticipantCount` (Number of ESS structures that took part, as reported). */
  essParticipantCount?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `place` (Place (venue)). */
  place?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `title`. */
  title?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `year`. */
  year?: IntScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Business's `events` relationship. */
export type BusinessEventsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: AttendanceUpdateInput | null | undefined;
  /** The node. */
  node?: EventUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessEventsConnectionWhere | null | undefined;
};

/** Changes to the `events` relationships of a Business: connect, create, update, disconnect or delete. */
export type BusinessEventsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<BusinessEventsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<BusinessEventsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<BusinessEventsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<BusinessEventsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: BusinessEventsUpdateConnectionInput | null | undefined;
};

/** Links a Business to existing nodes through `offers`: the nodes to connect (where), and the relationship properties. */
export type BusinessOffersConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResourceOfferConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResourceOfferConnectWhere | null | undefined;
};

/** Filters Business nodes by aggregates over their `offers` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type BusinessOffersConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<BusinessOffersConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: BusinessOffersConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<BusinessOffersConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: BusinessOffersNodeAggregationWhereInput | null | undefined;
};

/** Filters Business nodes by their `offers` relationships: all, none, single or some of them must match. */
export type BusinessOffersConnectionFilters = {
  /** Filter Businesses by aggregating results on related BusinessOffersConnections */
  aggregate?: BusinessOffersConnectionAggregateInput | null | undefined;
  /** Return Businesses where all of the related BusinessOffersConnections match this filter */
  all?: BusinessOffersConnectionWhere | null | undefined;
  /** Return Businesses where none of the related BusinessOffersConnections match this filter */
  none?: BusinessOffersConnectionWhere | null | undefined;
  /** Return Businesses where one of the related BusinessOffersConnections match this filter */
  single?: BusinessOffersConnectionWhere | null | undefined;
  /** Return Businesses where some of the related BusinessOffersConnections match this filter */
  some?: BusinessOffersConnectionWhere | null | undefined;
};

/** Filters the `offers` relationships of a Business by the related node (node) and the relationship's properties (edge). */
export type BusinessOffersConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<BusinessOffersConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: BusinessOffersConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<BusinessOffersConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ResourceOfferWhere | null | undefined;
};

/** Creates a node and links it to a Business through `offers`, with the relationship properties. */
export type BusinessOffersCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ResourceOfferCreateInput;
};

/** Deletes nodes linked to a Business through `offers` that match `where`. */
export type BusinessOffersDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ResourceOfferDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessOffersConnectionWhere | null | undefined;
};

/** Removes `offers` relationships of a Business that match `where` (the related nodes stay). */
export type BusinessOffersDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ResourceOfferDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessOffersConnectionWhere | null | undefined;
};

/** The `offers` relationships of a new Business: nodes to create or existing nodes to connect. */
export type BusinessOffersFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<BusinessOffersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<BusinessOffersCreateFieldInput> | null | undefined;
};

/** Filters Business nodes by aggregates of the properties of the nodes they reach through `offers`. */
export type BusinessOffersNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<BusinessOffersNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: BusinessOffersNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<BusinessOffersNodeAggregationWhereInput> | null | undefined;
  /** Condition on `availability` (When it is available (e.g. "weekdays")). */
  availability?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `title`. */
  title?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Business's `offers` relationship. */
export type BusinessOffersUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ResourceOfferUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessOffersConnectionWhere | null | undefined;
};

/** Changes to the `offers` relationships of a Business: connect, create, update, disconnect or delete. */
export type BusinessOffersUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<BusinessOffersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<BusinessOffersCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<BusinessOffersDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<BusinessOffersDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: BusinessOffersUpdateConnectionInput | null | undefined;
};

/** Filters on a list of related Business nodes: all, none, single or some of them must match. */
export type BusinessRelationshipFilters = {
  /** Filter type where all of the related Businesses match this filter */
  all?: BusinessWhere | null | undefined;
  /** Filter type where none of the related Businesses match this filter */
  none?: BusinessWhere | null | undefined;
  /** Filter type where one of the related Businesses match this filter */
  single?: BusinessWhere | null | undefined;
  /** Filter type where some of the related Businesses match this filter */
  some?: BusinessWhere | null | undefined;
};

/** Links a Business to existing nodes through `suppliers`: the nodes to connect (where), and the relationship properties. */
export type BusinessSuppliersConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: PurchaseCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureConnectWhere | null | undefined;
};

/** Filters Business nodes by aggregates over their `suppliers` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type BusinessSuppliersConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<BusinessSuppliersConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: BusinessSuppliersConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<BusinessSuppliersConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: PurchaseAggregationWhereInput | null | undefined;
  /** The node. */
  node?: BusinessSuppliersNodeAggregationWhereInput | null | undefined;
};

/** Filters Business nodes by their `suppliers` relationships: all, none, single or some of them must match. */
export type BusinessSuppliersConnectionFilters = {
  /** Filter Businesses by aggregating results on related BusinessSuppliersConnections */
  aggregate?: BusinessSuppliersConnectionAggregateInput | null | undefined;
  /** Return Businesses where all of the related BusinessSuppliersConnections match this filter */
  all?: BusinessSuppliersConnectionWhere | null | undefined;
  /** Return Businesses where none of the related BusinessSuppliersConnections match this filter */
  none?: BusinessSuppliersConnectionWhere | null | undefined;
  /** Return Businesses where one of the related BusinessSuppliersConnections match this filter */
  single?: BusinessSuppliersConnectionWhere | null | undefined;
  /** Return Businesses where some of the related BusinessSuppliersConnections match this filter */
  some?: BusinessSuppliersConnectionWhere | null | undefined;
};

/** Filters the `suppliers` relationships of a Business by the related node (node) and the relationship's properties (edge). */
export type BusinessSuppliersConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<BusinessSuppliersConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: BusinessSuppliersConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<BusinessSuppliersConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: PurchaseWhere | null | undefined;
  /** The node. */
  node?: EssStructureWhere | null | undefined;
};

/** Creates a node and links it to a Business through `suppliers`, with the relationship properties. */
export type BusinessSuppliersCreateFieldInput = {
  /** The relationship's properties. */
  edge?: PurchaseCreateInput | null | undefined;
  /** The node. */
  node: EssStructureCreateInput;
};

/** Deletes nodes linked to a Business through `suppliers` that match `where`. */
export type BusinessSuppliersDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EssStructureDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessSuppliersConnectionWhere | null | undefined;
};

/** Removes `suppliers` relationships of a Business that match `where` (the related nodes stay). */
export type BusinessSuppliersDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EssStructureDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessSuppliersConnectionWhere | null | undefined;
};

/** The `suppliers` relationships of a new Business: nodes to create or existing nodes to connect. */
export type BusinessSuppliersFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<BusinessSuppliersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<BusinessSuppliersCreateFieldInput> | null | undefined;
};

/** Filters Business nodes by aggregates of the properties of the nodes they reach through `suppliers`. */
export type BusinessSuppliersNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<BusinessSuppliersNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: BusinessSuppliersNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<BusinessSuppliersNodeAggregationWhereInput> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `foundedYear` (Year founded). */
  foundedYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `nafCode` (Activity code (NAF rev. 2)). */
  nafCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `projectKind` (Kind of project in the programme's words, in French (e.g. épicerie solidaire, atelier vélo participatif)). */
  projectKind?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `rnaId` (RNA identifier (W + 9 digits) for associations). */
  rnaId?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siren` (SIREN of the legal unit (9 digits)). */
  siren?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siret` (SIRET of the establishment (14 digits)). */
  siret?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRange` (INSEE staff range code (tranche d'effectifs)). */
  staffRange?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Business's `suppliers` relationship. */
export type BusinessSuppliersUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: PurchaseUpdateInput | null | undefined;
  /** The node. */
  node?: EssStructureUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessSuppliersConnectionWhere | null | undefined;
};

/** Changes to the `suppliers` relationships of a Business: connect, create, update, disconnect or delete. */
export type BusinessSuppliersUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<BusinessSuppliersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<BusinessSuppliersCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<BusinessSuppliersDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<BusinessSuppliersDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: BusinessSuppliersUpdateConnectionInput | null | undefined;
};

/** Links a Business to existing nodes through `themes`: the nodes to connect (where), and the relationship properties. */
export type BusinessThemesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ThemeConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ThemeConnectWhere | null | undefined;
};

/** Filters Business nodes by aggregates over their `themes` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type BusinessThemesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<BusinessThemesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: BusinessThemesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<BusinessThemesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: BusinessThemesNodeAggregationWhereInput | null | undefined;
};

/** Filters Business nodes by their `themes` relationships: all, none, single or some of them must match. */
export type BusinessThemesConnectionFilters = {
  /** Filter Businesses by aggregating results on related BusinessThemesConnections */
  aggregate?: BusinessThemesConnectionAggregateInput | null | undefined;
  /** Return Businesses where all of the related BusinessThemesConnections match this filter */
  all?: BusinessThemesConnectionWhere | null | undefined;
  /** Return Businesses where none of the related BusinessThemesConnections match this filter */
  none?: BusinessThemesConnectionWhere | null | undefined;
  /** Return Businesses where one of the related BusinessThemesConnections match this filter */
  single?: BusinessThemesConnectionWhere | null | undefined;
  /** Return Businesses where some of the related BusinessThemesConnections match this filter */
  some?: BusinessThemesConnectionWhere | null | undefined;
};

/** Filters the `themes` relationships of a Business by the related node (node) and the relationship's properties (edge). */
export type BusinessThemesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<BusinessThemesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: BusinessThemesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<BusinessThemesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ThemeWhere | null | undefined;
};

/** Creates a node and links it to a Business through `themes`, with the relationship properties. */
export type BusinessThemesCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ThemeCreateInput;
};

/** Deletes nodes linked to a Business through `themes` that match `where`. */
export type BusinessThemesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ThemeDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessThemesConnectionWhere | null | undefined;
};

/** Removes `themes` relationships of a Business that match `where` (the related nodes stay). */
export type BusinessThemesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ThemeDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessThemesConnectionWhere | null | undefined;
};

/** The `themes` relationships of a new Business: nodes to create or existing nodes to connect. */
export type BusinessThemesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<BusinessThemesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<BusinessThemesCreateFieldInput> | null | undefined;
};

/** Filters Business nodes by aggregates of the properties of the nodes they reach through `themes`. */
export type BusinessThemesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<BusinessThemesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: BusinessThemesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<BusinessThemesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `code`. */
  code?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `labelEn` (Label in English). */
  labelEn?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `labelFr` (Label in French). */
  labelFr?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Business's `themes` relationship. */
export type BusinessThemesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ThemeUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessThemesConnectionWhere | null | undefined;
};

/** Changes to the `themes` relationships of a Business: connect, create, update, disconnect or delete. */
export type BusinessThemesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<BusinessThemesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<BusinessThemesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<BusinessThemesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<BusinessThemesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: BusinessThemesUpdateConnectionInput | null | undefined;
};

/** Links a Business to existing nodes through `town`: the nodes to connect (where), and the relationship properties. */
export type BusinessTownConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TownConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TownConnectWhere | null | undefined;
};

/** Filters Business nodes by aggregates over their `town` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type BusinessTownConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<BusinessTownConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: BusinessTownConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<BusinessTownConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: BusinessTownNodeAggregationWhereInput | null | undefined;
};

/** Filters Business nodes by their `town` relationships: all, none, single or some of them must match. */
export type BusinessTownConnectionFilters = {
  /** Filter Businesses by aggregating results on related BusinessTownConnections */
  aggregate?: BusinessTownConnectionAggregateInput | null | undefined;
  /** Return Businesses where all of the related BusinessTownConnections match this filter */
  all?: BusinessTownConnectionWhere | null | undefined;
  /** Return Businesses where none of the related BusinessTownConnections match this filter */
  none?: BusinessTownConnectionWhere | null | undefined;
  /** Return Businesses where one of the related BusinessTownConnections match this filter */
  single?: BusinessTownConnectionWhere | null | undefined;
  /** Return Businesses where some of the related BusinessTownConnections match this filter */
  some?: BusinessTownConnectionWhere | null | undefined;
};

/** Filters the `town` relationships of a Business by the related node (node) and the relationship's properties (edge). */
export type BusinessTownConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<BusinessTownConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: BusinessTownConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<BusinessTownConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: TownWhere | null | undefined;
};

/** Creates a node and links it to a Business through `town`, with the relationship properties. */
export type BusinessTownCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: TownCreateInput;
};

/** Deletes nodes linked to a Business through `town` that match `where`. */
export type BusinessTownDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: TownDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessTownConnectionWhere | null | undefined;
};

/** Removes `town` relationships of a Business that match `where` (the related nodes stay). */
export type BusinessTownDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: TownDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessTownConnectionWhere | null | undefined;
};

/** The `town` relationships of a new Business: nodes to create or existing nodes to connect. */
export type BusinessTownFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<BusinessTownConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<BusinessTownCreateFieldInput> | null | undefined;
};

/** Filters Business nodes by aggregates of the properties of the nodes they reach through `town`. */
export type BusinessTownNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<BusinessTownNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: BusinessTownNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<BusinessTownNodeAggregationWhereInput> | null | undefined;
  /** Condition on `inseeCode` (Official INSEE code (code officiel géographique), e.g. 94028). */
  inseeCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `population`. */
  population?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Business's `town` relationship. */
export type BusinessTownUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: TownUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessTownConnectionWhere | null | undefined;
};

/** Changes to the `town` relationships of a Business: connect, create, update, disconnect or delete. */
export type BusinessTownUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<BusinessTownConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<BusinessTownCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<BusinessTownDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<BusinessTownDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: BusinessTownUpdateConnectionInput | null | undefined;
};

/** Changes to a Business: properties to set, relationships to connect, create, update, disconnect or delete. */
export type BusinessUpdateInput = {
  /** New value of `activity` (Readable activity label): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  activity?: StringScalarMutations | null | undefined;
  /** New value of `address` (Street address): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  address?: StringScalarMutations | null | undefined;
  /** The `contacts` relationships: changes to make. */
  contacts?: Array<BusinessContactsUpdateFieldInput> | null | undefined;
  /** New value of `csrCommitments` (Corporate social responsibility (RSE) commitments, in plain words): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  csrCommitments?: ListStringMutations | null | undefined;
  /** New value of `description` (Public description): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  description?: StringScalarMutations | null | undefined;
  /** The `essPartners` relationships: changes to make. */
  essPartners?: Array<BusinessEssPartnersUpdateFieldInput> | null | undefined;
  /** The `events` relationships: changes to make. */
  events?: Array<BusinessEventsUpdateFieldInput> | null | undefined;
  /** New value of `location` (Location (WGS84)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  location?: PointMutations | null | undefined;
  /** New value of `nafCode` (Activity code (NAF rev. 2)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  nafCode?: StringScalarMutations | null | undefined;
  /** New value of `name` (Name): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  name?: StringScalarMutations | null | undefined;
  /** The `offers` relationships: changes to make. */
  offers?: Array<BusinessOffersUpdateFieldInput> | null | undefined;
  /** New value of `postalCode` (Postal code): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  postalCode?: StringScalarMutations | null | undefined;
  /** New value of `siren` (SIREN of the legal unit (9 digits)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  siren?: StringScalarMutations | null | undefined;
  /** New value of `siret` (SIRET of the establishment (14 digits)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  siret?: StringScalarMutations | null | undefined;
  /** New value of `source` (Where the record comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** New value of `staffRange` (INSEE staff range code (tranche d'effectifs)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  staffRange?: StringScalarMutations | null | undefined;
  /** New value of `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  staffRangeLabel?: StringScalarMutations | null | undefined;
  /** The `suppliers` relationships: changes to make. */
  suppliers?: Array<BusinessSuppliersUpdateFieldInput> | null | undefined;
  /** The `themes` relationships: changes to make. */
  themes?: Array<BusinessThemesUpdateFieldInput> | null | undefined;
  /** The `town` relationships: changes to make. */
  town?: Array<BusinessTownUpdateFieldInput> | null | undefined;
  /** New value of `website` (Website URL): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  website?: StringScalarMutations | null | undefined;
};

/** Filters Business nodes: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type BusinessWhere = {
  /** All of these conditions must hold. */
  AND?: Array<BusinessWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: BusinessWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<BusinessWhere> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarFilters | null | undefined;
  /** Condition on `csrCommitments` (Corporate social responsibility (RSE) commitments, in plain words). */
  csrCommitments?: StringListFilters | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `essPartners`. */
  essPartners?: EssStructureRelationshipFilters | null | undefined;
  /** Condition on the `essPartners` relationships (related node and relationship properties). */
  essPartnersConnection?: BusinessEssPartnersConnectionFilters | null | undefined;
  /** Condition on the nodes related through `events`. */
  events?: EventRelationshipFilters | null | undefined;
  /** Condition on the `events` relationships (related node and relationship properties). */
  eventsConnection?: BusinessEventsConnectionFilters | null | undefined;
  /** Condition on `id` (Stable identifier). */
  id?: IdScalarFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarFilters | null | undefined;
  /** Condition on `location` (Location (WGS84)). */
  location?: PointFilters | null | undefined;
  /** Condition on `nafCode` (Activity code (NAF rev. 2)). */
  nafCode?: StringScalarFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `offers`. */
  offers?: ResourceOfferRelationshipFilters | null | undefined;
  /** Condition on the `offers` relationships (related node and relationship properties). */
  offersConnection?: BusinessOffersConnectionFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarFilters | null | undefined;
  /** Condition on `siren` (SIREN of the legal unit (9 digits)). */
  siren?: StringScalarFilters | null | undefined;
  /** Condition on `siret` (SIRET of the establishment (14 digits)). */
  siret?: StringScalarFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `staffRange` (INSEE staff range code (tranche d'effectifs)). */
  staffRange?: StringScalarFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `suppliers`. */
  suppliers?: EssStructureRelationshipFilters | null | undefined;
  /** Condition on the `suppliers` relationships (related node and relationship properties). */
  suppliersConnection?: BusinessSuppliersConnectionFilters | null | undefined;
  /** Condition on the nodes related through `themes`. */
  themes?: ThemeRelationshipFilters | null | undefined;
  /** Condition on the `themes` relationships (related node and relationship properties). */
  themesConnection?: BusinessThemesConnectionFilters | null | undefined;
  /** Condition on the nodes related through `town`. */
  town?: TownRelationshipFilters | null | undefined;
  /** Condition on the `town` relationships (related node and relationship properties). */
  townConnection?: BusinessTownConnectionFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarFilters | null | undefined;
};

/** Links a CallForProjects to existing nodes through `actions`: the nodes to connect (where), and the relationship properties. */
export type CallForProjectsActionsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeActionConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeActionConnectWhere | null | undefined;
};

/** Filters CallForProjects nodes by aggregates over their `actions` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type CallForProjectsActionsConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<CallForProjectsActionsConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: CallForProjectsActionsConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<CallForProjectsActionsConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: CallForProjectsActionsNodeAggregationWhereInput | null | undefined;
};

/** Filters CallForProjects nodes by their `actions` relationships: all, none, single or some of them must match. */
export type CallForProjectsActionsConnectionFilters = {
  /** Filter CallForProjects by aggregating results on related CallForProjectsActionsConnections */
  aggregate?: CallForProjectsActionsConnectionAggregateInput | null | undefined;
  /** Return CallForProjects where all of the related CallForProjectsActionsConnections match this filter */
  all?: CallForProjectsActionsConnectionWhere | null | undefined;
  /** Return CallForProjects where none of the related CallForProjectsActionsConnections match this filter */
  none?: CallForProjectsActionsConnectionWhere | null | undefined;
  /** Return CallForProjects where one of the related CallForProjectsActionsConnections match this filter */
  single?: CallForProjectsActionsConnectionWhere | null | undefined;
  /** Return CallForProjects where some of the related CallForProjectsActionsConnections match this filter */
  some?: CallForProjectsActionsConnectionWhere | null | undefined;
};

/** Filters the `actions` relationships of a CallForProjects by the related node (node) and the relationship's properties (edge). */
export type CallForProjectsActionsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<CallForProjectsActionsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: CallForProjectsActionsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<CallForProjectsActionsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ProgrammeActionWhere | null | undefined;
};

/** Creates a node and links it to a CallForProjects through `actions`, with the relationship properties. */
export type CallForProjectsActionsCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ProgrammeActionCreateInput;
};

/** Deletes nodes linked to a CallForProjects through `actions` that match `where`. */
export type CallForProjectsActionsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ProgrammeActionDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: CallForProjectsActionsConnectionWhere | null | undefined;
};

/** Removes `actions` relationships of a CallForProjects that match `where` (the related nodes stay). */
export type CallForProjectsActionsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ProgrammeActionDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: CallForProjectsActionsConnectionWhere | null | undefined;
};

/** The `actions` relationships of a new CallForProjects: nodes to create or existing nodes to connect. */
export type CallForProjectsActionsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<CallForProjectsActionsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<CallForProjectsActionsCreateFieldInput> | null | undefined;
};

/** Filters CallForProjects nodes by aggregates of the properties of the nodes they reach through `actions`. */
export type CallForProjectsActionsNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<CallForProjectsActionsNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: CallForProjectsActionsNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<CallForProjectsActionsNodeAggregationWhereInput> | null | undefined;
  /** Condition on `description`. */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sinceYear` (First year of the action, when stated). */
  sinceYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `title` (Title). */
  title?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `titleEn` (Title in English). */
  titleEn?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a CallForProjects's `actions` relationship. */
export type CallForProjectsActionsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ProgrammeActionUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: CallForProjectsActionsConnectionWhere | null | undefined;
};

/** Changes to the `actions` relationships of a CallForProjects: connect, create, update, disconnect or delete. */
export type CallForProjectsActionsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<CallForProjectsActionsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<CallForProjectsActionsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<CallForProjectsActionsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<CallForProjectsActionsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: CallForProjectsActionsUpdateConnectionInput | null | undefined;
};

/** Relationships to create from a CallForProjects to existing nodes, relationship field by field. */
export type CallForProjectsConnectInput = {
  /** The `actions` relationships: existing nodes to link. */
  actions?: Array<CallForProjectsActionsConnectFieldInput> | null | undefined;
  /** The `laureates` relationships: existing nodes to link. */
  laureates?: Array<CallForProjectsLaureatesConnectFieldInput> | null | undefined;
};

/** Selects the existing CallForProjects nodes to connect to. */
export type CallForProjectsConnectWhere = {
  /** The node. */
  node: CallForProjectsWhere;
};

/** The properties and relationships of a new CallForProjects. */
export type CallForProjectsCreateInput = {
  /** The `actions` relationships: nodes to create or connect. */
  actions?: CallForProjectsActionsFieldInput | null | undefined;
  /** Date of the award ceremony, when published. */
  ceremonyDate?: string | null | undefined;
  /** Place of the award ceremony, when published. */
  ceremonyPlace?: string | null | undefined;
  /** Selection criteria, as published. */
  criteria: Array<string>;
  /** Total envelope in euros, when published. */
  envelopeEur?: number | null | undefined;
  /** Other published facts. */
  facts: Array<string>;
  /** Stable identifier (e.g. aap-2023). */
  id: string | number;
  /** Number of laureates, when published. */
  laureateCount?: number | null | undefined;
  /** The `laureates` relationships: nodes to create or connect. */
  laureates?: CallForProjectsLaureatesFieldInput | null | undefined;
  /** Part of the envelope under the Projet Alimentaire Territorial, when published. */
  patShareEur?: number | null | undefined;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** Title. */
  title: string;
  /** Year of the edition. */
  year: number;
};

/** Nodes related to a CallForProjects to delete along with it, relationship field by relationship field. */
export type CallForProjectsDeleteInput = {
  /** The `actions` relationships: related nodes to delete. */
  actions?: Array<CallForProjectsActionsDeleteFieldInput> | null | undefined;
  /** The `laureates` relationships: related nodes to delete. */
  laureates?: Array<CallForProjectsLaureatesDeleteFieldInput> | null | undefined;
};

/** Relationships of a CallForProjects to remove, relationship field by field (the related nodes stay). */
export type CallForProjectsDisconnectInput = {
  /** The `actions` relationships: relationships to remove. */
  actions?: Array<CallForProjectsActionsDisconnectFieldInput> | null | undefined;
  /** The `laureates` relationships: relationships to remove. */
  laureates?: Array<CallForProjectsLaureatesDisconnectFieldInput> | null | undefined;
};

/** Links a CallForProjects to existing nodes through `laureates`: the nodes to connect (where), and the relationship properties. */
export type CallForProjectsLaureatesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge: LaureateCreateInput;
  /** Filter: only the items matching it. */
  where?: EssStructureConnectWhere | null | undefined;
};

/** Filters CallForProjects nodes by aggregates over their `laureates` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type CallForProjectsLaureatesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<CallForProjectsLaureatesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: CallForProjectsLaureatesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<CallForProjectsLaureatesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: LaureateAggregationWhereInput | null | undefined;
  /** The node. */
  node?: CallForProjectsLaureatesNodeAggregationWhereInput | null | undefined;
};

/** Filters CallForProjects nodes by their `laureates` relationships: all, none, single or some of them must match. */
export type CallForProjectsLaureatesConnectionFilters = {
  /** Filter CallForProjects by aggregating results on related CallForProjectsLaureatesConnections */
  aggregate?: CallForProjectsLaureatesConnectionAggregateInput | null | undefined;
  /** Return CallForProjects where all of the related CallForProjectsLaureatesConnections match this filter */
  all?: CallForProjectsLaureatesConnectionWhere | null | undefined;
  /** Return CallForProjects where none of the related CallForProjectsLaureatesConnections match this filter */
  none?: CallForProjectsLaureatesConnectionWhere | null | undefined;
  /** Return CallForProjects where one of the related CallForProjectsLaureatesConnections match this filter */
  single?: CallForProjectsLaureatesConnectionWhere | null | undefined;
  /** Return CallForProjects where some of the related CallForProjectsLaureatesConnections match this filter */
  some?: CallForProjectsLaureatesConnectionWhere | null | undefined;
};

/** Filters the `laureates` relationships of a CallForProjects by the related node (node) and the relationship's properties (edge). */
export type CallForProjectsLaureatesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<CallForProjectsLaureatesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: CallForProjectsLaureatesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<CallForProjectsLaureatesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: LaureateWhere | null | undefined;
  /** The node. */
  node?: EssStructureWhere | null | undefined;
};

/** Creates a node and links it to a CallForProjects through `laureates`, with the relationship properties. */
export type CallForProjectsLaureatesCreateFieldInput = {
  /** The relationship's properties. */
  edge: LaureateCreateInput;
  /** The node. */
  node: EssStructureCreateInput;
};

/** Deletes nodes linked to a CallForProjects through `laureates` that match `where`. */
export type CallForProjectsLaureatesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EssStructureDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: CallForProjectsLaureatesConnectionWhere | null | undefined;
};

/** Removes `laureates` relationships of a CallForProjects that match `where` (the related nodes stay). */
export type CallForProjectsLaureatesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EssStructureDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: CallForProjectsLaureatesConnectionWhere | null | undefined;
};

/** The `laureates` relationships of a new CallForProjects: nodes to create or existing nodes to connect. */
export type CallForProjectsLaureatesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<CallForProjectsLaureatesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<CallForProjectsLaureatesCreateFieldInput> | null | undefined;
};

/** Filters CallForProjects nodes by aggregates of the properties of the nodes they reach through `laureates`. */
export type CallForProjectsLaureatesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<CallForProjectsLaureatesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: CallForProjectsLaureatesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<CallForProjectsLaureatesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description`. */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `foundedYear` (Year founded). */
  foundedYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `nafCode`. */
  nafCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name`. */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `projectKind` (Kind of project in the programme's words, in French (e.g. épicerie solidaire, atelier vélo participatif)). */
  projectKind?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `rnaId` (RNA identifier (W + 9 digits) for associations). */
  rnaId?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siren`. */
  siren?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siret`. */
  siret?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRange`. */
  staffRange?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a CallForProjects's `laureates` relationship. */
export type CallForProjectsLaureatesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: LaureateUpdateInput | null | undefined;
  /** The node. */
  node?: EssStructureUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: CallForProjectsLaureatesConnectionWhere | null | undefined;
};

/** Changes to the `laureates` relationships of a CallForProjects: connect, create, update, disconnect or delete. */
export type CallForProjectsLaureatesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<CallForProjectsLaureatesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<CallForProjectsLaureatesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<CallForProjectsLaureatesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<CallForProjectsLaureatesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: CallForProjectsLaureatesUpdateConnectionInput | null | undefined;
};

/** Filters on a list of related CallForProjects nodes: all, none, single or some of them must match. */
export type CallForProjectsRelationshipFilters = {
  /** Filter type where all of the related CallForProjects match this filter */
  all?: CallForProjectsWhere | null | undefined;
  /** Filter type where none of the related CallForProjects match this filter */
  none?: CallForProjectsWhere | null | undefined;
  /** Filter type where one of the related CallForProjects match this filter */
  single?: CallForProjectsWhere | null | undefined;
  /** Filter type where some of the related CallForProjects match this filter */
  some?: CallForProjectsWhere | null | undefined;
};

/** Changes to a CallForProjects: properties to set, relationships to connect, create, update, disconnect or delete. */
export type CallForProjectsUpdateInput = {
  /** The `actions` relationships: changes to make. */
  actions?: Array<CallForProjectsActionsUpdateFieldInput> | null | undefined;
  /** New value of `ceremonyDate` (Date of the award ceremony, when published): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  ceremonyDate?: DateScalarMutations | null | undefined;
  /** New value of `ceremonyPlace` (Place of the award ceremony, when published): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  ceremonyPlace?: StringScalarMutations | null | undefined;
  /** New value of `criteria` (Selection criteria, as published): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  criteria?: ListStringMutations | null | undefined;
  /** New value of `envelopeEur` (Total envelope in euros, when published): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  envelopeEur?: FloatScalarMutations | null | undefined;
  /** New value of `facts` (Other published facts): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  facts?: ListStringMutations | null | undefined;
  /** New value of `id` (Stable identifier (e.g. aap-2023)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  id?: IdScalarMutations | null | undefined;
  /** New value of `laureateCount` (Number of laureates, when published): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  laureateCount?: IntScalarMutations | null | undefined;
  /** The `laureates` relationships: changes to make. */
  laureates?: Array<CallForProjectsLaureatesUpdateFieldInput> | null | undefined;
  /** New value of `patShareEur` (Part of the envelope under the Projet Alimentaire Territorial, when published): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  patShareEur?: FloatScalarMutations | null | undefined;
  /** New value of `source` (Where the record comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** New value of `title` (Title): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  title?: StringScalarMutations | null | undefined;
  /** New value of `year` (Year of the edition): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  year?: IntScalarMutations | null | undefined;
};

/** Filters CallForProjects nodes: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type CallForProjectsWhere = {
  /** All of these conditions must hold. */
  AND?: Array<CallForProjectsWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: CallForProjectsWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<CallForProjectsWhere> | null | undefined;
  /** Condition on the nodes related through `actions`. */
  actions?: ProgrammeActionRelationshipFilters | null | undefined;
  /** Condition on the `actions` relationships (related node and relationship properties). */
  actionsConnection?: CallForProjectsActionsConnectionFilters | null | undefined;
  /** Condition on `ceremonyDate` (Date of the award ceremony, when published). */
  ceremonyDate?: DateScalarFilters | null | undefined;
  /** Condition on `ceremonyPlace` (Place of the award ceremony, when published). */
  ceremonyPlace?: StringScalarFilters | null | undefined;
  /** Condition on `criteria` (Selection criteria, as published). */
  criteria?: StringListFilters | null | undefined;
  /** Condition on `envelopeEur` (Total envelope in euros, when published). */
  envelopeEur?: FloatScalarFilters | null | undefined;
  /** Condition on `facts` (Other published facts). */
  facts?: StringListFilters | null | undefined;
  /** Condition on `id` (Stable identifier (e.g. aap-2023)). */
  id?: IdScalarFilters | null | undefined;
  /** Condition on `laureateCount` (Number of laureates, when published). */
  laureateCount?: IntScalarFilters | null | undefined;
  /** Condition on the nodes related through `laureates`. */
  laureates?: EssStructureRelationshipFilters | null | undefined;
  /** Condition on the `laureates` relationships (related node and relationship properties). */
  laureatesConnection?: CallForProjectsLaureatesConnectionFilters | null | undefined;
  /** Condition on `patShareEur` (Part of the envelope under the Projet Alimentaire Territorial, when published). */
  patShareEur?: FloatScalarFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `title` (Title). */
  title?: StringScalarFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarFilters | null | undefined;
  /** Condition on `year` (Year of the edition). */
  year?: IntScalarFilters | null | undefined;
};

/** Conditions on the number of related nodes (and relationships). */
export type ConnectionAggregationCountFilterInput = {
  /** The items of this page. */
  edges?: IntScalarFilters | null | undefined;
  /** Number of nodes matching the filter. */
  nodes?: IntScalarFilters | null | undefined;
};

/** Relationships to create from a Contact to existing nodes, relationship field by field. */
export type ContactConnectInput = {
  /** The `organisations` relationships: existing nodes to link. */
  organisations?: Array<ContactOrganisationsConnectFieldInput> | null | undefined;
};

/** Selects the existing Contact nodes to connect to. */
export type ContactConnectWhere = {
  /** The node. */
  node: ContactWhere;
};

/** The properties and relationships of a new Contact. */
export type ContactCreateInput = {
  /** Email address. */
  email?: string | null | undefined;
  /** Full name. */
  name: string;
  /** The `organisations` relationships: nodes to create or connect. */
  organisations?: ContactOrganisationsFieldInput | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Role in the organisation. */
  role?: string | null | undefined;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
};

/** Nodes related to a Contact to delete along with it, relationship field by relationship field. */
export type ContactDeleteInput = {
  /** The `organisations` relationships: related nodes to delete. */
  organisations?: Array<ContactOrganisationsDeleteFieldInput> | null | undefined;
};

/** Relationships of a Contact to remove, relationship field by field (the related nodes stay). */
export type ContactDisconnectInput = {
  /** The `organisations` relationships: relationships to remove. */
  organisations?: Array<ContactOrganisationsDisconnectFieldInput> | null | undefined;
};

/** Links a Contact to existing nodes through `organisations`: the nodes to connect (where), and the relationship properties. */
export type ContactOrganisationsConnectFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: OrganisationConnectWhere | null | undefined;
};

/** Filters Contact nodes by aggregates over their `organisations` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ContactOrganisationsConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ContactOrganisationsConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ContactOrganisationsConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ContactOrganisationsConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ContactOrganisationsNodeAggregationWhereInput | null | undefined;
};

/** Filters Contact nodes by their `organisations` relationships: all, none, single or some of them must match. */
export type ContactOrganisationsConnectionFilters = {
  /** Filter Contacts by aggregating results on related ContactOrganisationsConnections */
  aggregate?: ContactOrganisationsConnectionAggregateInput | null | undefined;
  /** Return Contacts where all of the related ContactOrganisationsConnections match this filter */
  all?: ContactOrganisationsConnectionWhere | null | undefined;
  /** Return Contacts where none of the related ContactOrganisationsConnections match this filter */
  none?: ContactOrganisationsConnectionWhere | null | undefined;
  /** Return Contacts where one of the related ContactOrganisationsConnections match this filter */
  single?: ContactOrganisationsConnectionWhere | null | undefined;
  /** Return Contacts where some of the related ContactOrganisationsConnections match this filter */
  some?: ContactOrganisationsConnectionWhere | null | undefined;
};

/** Filters the `organisations` relationships of a Contact by the related node (node) and the relationship's properties (edge). */
export type ContactOrganisationsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ContactOrganisationsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ContactOrganisationsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ContactOrganisationsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: OrganisationWhere | null | undefined;
};

/** Creates a node and links it to a Contact through `organisations`, with the relationship properties. */
export type ContactOrganisationsCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: OrganisationCreateInput;
};

/** Deletes nodes linked to a Contact through `organisations` that match `where`. */
export type ContactOrganisationsDeleteFieldInput = {
  /** Filter: only the items matching it. */
  where?: ContactOrganisationsConnectionWhere | null | undefined;
};

/** Removes `organisations` relationships of a Contact that match `where` (the related nodes stay). */
export type ContactOrganisationsDisconnectFieldInput = {
  /** Filter: only the items matching it. */
  where?: ContactOrganisationsConnectionWhere | null | undefined;
};

/** The `organisations` relationships of a new Contact: nodes to create or existing nodes to connect. */
export type ContactOrganisationsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ContactOrganisationsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ContactOrganisationsCreateFieldInput> | null | undefined;
};

/** Filters Contact nodes by aggregates of the properties of the nodes they reach through `organisations`. */
export type ContactOrganisationsNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ContactOrganisationsNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ContactOrganisationsNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ContactOrganisationsNodeAggregationWhereInput> | null | undefined;
  /** Condition on `description`. */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Full name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Contact's `organisations` relationship. */
export type ContactOrganisationsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: OrganisationUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ContactOrganisationsConnectionWhere | null | undefined;
};

/** Changes to the `organisations` relationships of a Contact: connect, create, update, disconnect or delete. */
export type ContactOrganisationsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ContactOrganisationsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ContactOrganisationsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ContactOrganisationsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ContactOrganisationsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ContactOrganisationsUpdateConnectionInput | null | undefined;
};

/** Changes to a Contact: properties to set, relationships to connect, create, update, disconnect or delete. */
export type ContactUpdateInput = {
  /** New value of `email` (Email address): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  email?: StringScalarMutations | null | undefined;
  /** New value of `name` (Full name): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  name?: StringScalarMutations | null | undefined;
  /** The `organisations` relationships: changes to make. */
  organisations?: Array<ContactOrganisationsUpdateFieldInput> | null | undefined;
  /** New value of `phone` (Phone number): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  phone?: StringScalarMutations | null | undefined;
  /** New value of `role` (Role in the organisation): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  role?: StringScalarMutations | null | undefined;
  /** New value of `source` (Where the record comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
};

/** Filters Contact nodes: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type ContactWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ContactWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ContactWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ContactWhere> | null | undefined;
  /** Condition on `email` (Email address). */
  email?: StringScalarFilters | null | undefined;
  /** Condition on `id` (Stable identifier). */
  id?: IdScalarFilters | null | undefined;
  /** Condition on `name` (Full name). */
  name?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `organisations`. */
  organisations?: OrganisationRelationshipFilters | null | undefined;
  /** Condition on the `organisations` relationships (related node and relationship properties). */
  organisationsConnection?: ContactOrganisationsConnectionFilters | null | undefined;
  /** Condition on `phone` (Phone number). */
  phone?: StringScalarFilters | null | undefined;
  /** Condition on `role` (Role in the organisation). */
  role?: StringScalarFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarFilters | null | undefined;
};

/** Date filters */
export type DateScalarFilters = {
  /** Equal to this value. */
  eq?: string | null | undefined;
  /** Greater than this value. */
  gt?: string | null | undefined;
  /** Greater than or equal to this value. */
  gte?: string | null | undefined;
  /** Equal to one of these values. */
  in?: Array<string> | null | undefined;
  /** Less than this value. */
  lt?: string | null | undefined;
  /** Less than or equal to this value. */
  lte?: string | null | undefined;
};

/** Date mutations */
export type DateScalarMutations = {
  /** New value (null clears it where the property is optional). */
  set?: string | null | undefined;
};

/** Filters for an aggregation of an DateTime input field */
export type DateTimeScalarAggregationFilters = {
  /** Largest value. */
  max?: DateTimeScalarFilters | null | undefined;
  /** Smallest value. */
  min?: DateTimeScalarFilters | null | undefined;
};

/** DateTime filters */
export type DateTimeScalarFilters = {
  /** Equal to this value. */
  eq?: string | null | undefined;
  /** Greater than this value. */
  gt?: string | null | undefined;
  /** Greater than or equal to this value. */
  gte?: string | null | undefined;
  /** Equal to one of these values. */
  in?: Array<string> | null | undefined;
  /** Less than this value. */
  lt?: string | null | undefined;
  /** Less than or equal to this value. */
  lte?: string | null | undefined;
};

/** DateTime mutations */
export type DateTimeScalarMutations = {
  /** New value (null clears it where the property is optional). */
  set?: string | null | undefined;
};

/** Why an opportunity will not happen, from a short list; the coordinator's own words go beside it. */
export type DeclineReasonKind =
  /** The organisations already work together or know each other. */
  | 'ALREADY_IN_TOUCH'
  /** One of them does not want it. */
  | 'NOT_INTERESTED'
  /** The suggestion does not fit (wrong activity, wrong moment). */
  | 'NOT_RELEVANT'
  /** No time, staff or money for it now. */
  | 'NO_CAPACITY'
  /** One of them has closed or stopped the activity. */
  | 'ORGANISATION_CLOSED'
  /** Another reason, in the coordinator's words. */
  | 'OTHER';

/** Links an EssStructure to existing nodes through `awards`: the nodes to connect (where), and the relationship properties. */
export type EssStructureAwardsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<CallForProjectsConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge: LaureateCreateInput;
  /** Filter: only the items matching it. */
  where?: CallForProjectsConnectWhere | null | undefined;
};

/** Filters EssStructure nodes by aggregates over their `awards` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EssStructureAwardsConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureAwardsConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureAwardsConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureAwardsConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: LaureateAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EssStructureAwardsNodeAggregationWhereInput | null | undefined;
};

/** Filters EssStructure nodes by their `awards` relationships: all, none, single or some of them must match. */
export type EssStructureAwardsConnectionFilters = {
  /** Filter EssStructures by aggregating results on related EssStructureAwardsConnections */
  aggregate?: EssStructureAwardsConnectionAggregateInput | null | undefined;
  /** Return EssStructures where all of the related EssStructureAwardsConnections match this filter */
  all?: EssStructureAwardsConnectionWhere | null | undefined;
  /** Return EssStructures where none of the related EssStructureAwardsConnections match this filter */
  none?: EssStructureAwardsConnectionWhere | null | undefined;
  /** Return EssStructures where one of the related EssStructureAwardsConnections match this filter */
  single?: EssStructureAwardsConnectionWhere | null | undefined;
  /** Return EssStructures where some of the related EssStructureAwardsConnections match this filter */
  some?: EssStructureAwardsConnectionWhere | null | undefined;
};

/** Filters the `awards` relationships of an EssStructure by the related node (node) and the relationship's properties (edge). */
export type EssStructureAwardsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureAwardsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureAwardsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureAwardsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: LaureateWhere | null | undefined;
  /** The node. */
  node?: CallForProjectsWhere | null | undefined;
};

/** Creates a node and links it to an EssStructure through `awards`, with the relationship properties. */
export type EssStructureAwardsCreateFieldInput = {
  /** The relationship's properties. */
  edge: LaureateCreateInput;
  /** The node. */
  node: CallForProjectsCreateInput;
};

/** Deletes nodes linked to an EssStructure through `awards` that match `where`. */
export type EssStructureAwardsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: CallForProjectsDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureAwardsConnectionWhere | null | undefined;
};

/** Removes `awards` relationships of an EssStructure that match `where` (the related nodes stay). */
export type EssStructureAwardsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: CallForProjectsDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureAwardsConnectionWhere | null | undefined;
};

/** The `awards` relationships of a new EssStructure: nodes to create or existing nodes to connect. */
export type EssStructureAwardsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureAwardsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureAwardsCreateFieldInput> | null | undefined;
};

/** Filters EssStructure nodes by aggregates of the properties of the nodes they reach through `awards`. */
export type EssStructureAwardsNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureAwardsNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureAwardsNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureAwardsNodeAggregationWhereInput> | null | undefined;
  /** Condition on `ceremonyPlace` (Place of the award ceremony, when published). */
  ceremonyPlace?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `envelopeEur` (Total envelope in euros, when published). */
  envelopeEur?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `laureateCount` (Number of laureates, when published). */
  laureateCount?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `patShareEur` (Part of the envelope under the Projet Alimentaire Territorial, when published). */
  patShareEur?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from: a URL, a file, "programme text", "illustrative", or the coordinator who created it). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `title`. */
  title?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `year`. */
  year?: IntScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an EssStructure's `awards` relationship. */
export type EssStructureAwardsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: LaureateUpdateInput | null | undefined;
  /** The node. */
  node?: CallForProjectsUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureAwardsConnectionWhere | null | undefined;
};

/** Changes to the `awards` relationships of an EssStructure: connect, create, update, disconnect or delete. */
export type EssStructureAwardsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureAwardsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureAwardsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EssStructureAwardsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EssStructureAwardsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EssStructureAwardsUpdateConnectionInput | null | undefined;
};

/** Links an EssStructure to existing nodes through `businessPartners`: the nodes to connect (where), and the relationship properties. */
export type EssStructureBusinessPartnersConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<BusinessConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge: PartnershipCreateInput;
  /** Filter: only the items matching it. */
  where?: BusinessConnectWhere | null | undefined;
};

/** Filters EssStructure nodes by aggregates over their `businessPartners` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EssStructureBusinessPartnersConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureBusinessPartnersConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureBusinessPartnersConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureBusinessPartnersConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: PartnershipAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EssStructureBusinessPartnersNodeAggregationWhereInput | null | undefined;
};

/** Filters EssStructure nodes by their `businessPartners` relationships: all, none, single or some of them must match. */
export type EssStructureBusinessPartnersConnectionFilters = {
  /** Filter EssStructures by aggregating results on related EssStructureBusinessPartnersConnections */
  aggregate?: EssStructureBusinessPartnersConnectionAggregateInput | null | undefined;
  /** Return EssStructures where all of the related EssStructureBusinessPartnersConnections match this filter */
  all?: EssStructureBusinessPartnersConnectionWhere | null | undefined;
  /** Return EssStructures where none of the related EssStructureBusinessPartnersConnections match this filter */
  none?: EssStructureBusinessPartnersConnectionWhere | null | undefined;
  /** Return EssStructures where one of the related EssStructureBusinessPartnersConnections match this filter */
  single?: EssStructureBusinessPartnersConnectionWhere | null | undefined;
  /** Return EssStructures where some of the related EssStructureBusinessPartnersConnections match this filter */
  some?: EssStructureBusinessPartnersConnectionWhere | null | undefined;
};

/** Filters the `businessPartners` relationships of an EssStructure by the related node (node) and the relationship's properties (edge). */
export type EssStructureBusinessPartnersConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureBusinessPartnersConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureBusinessPartnersConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureBusinessPartnersConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: PartnershipWhere | null | undefined;
  /** The node. */
  node?: BusinessWhere | null | undefined;
};

/** Creates a node and links it to an EssStructure through `businessPartners`, with the relationship properties. */
export type EssStructureBusinessPartnersCreateFieldInput = {
  /** The relationship's properties. */
  edge: PartnershipCreateInput;
  /** The node. */
  node: BusinessCreateInput;
};

/** Deletes nodes linked to an EssStructure through `businessPartners` that match `where`. */
export type EssStructureBusinessPartnersDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: BusinessDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureBusinessPartnersConnectionWhere | null | undefined;
};

/** Removes `businessPartners` relationships of an EssStructure that match `where` (the related nodes stay). */
export type EssStructureBusinessPartnersDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: BusinessDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureBusinessPartnersConnectionWhere | null | undefined;
};

/** The `businessPartners` relationships of a new EssStructure: nodes to create or existing nodes to connect. */
export type EssStructureBusinessPartnersFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureBusinessPartnersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureBusinessPartnersCreateFieldInput> | null | undefined;
};

/** Filters EssStructure nodes by aggregates of the properties of the nodes they reach through `businessPartners`. */
export type EssStructureBusinessPartnersNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureBusinessPartnersNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureBusinessPartnersNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureBusinessPartnersNodeAggregationWhereInput> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `nafCode` (Activity code (NAF rev. 2, e.g. 56.10A)). */
  nafCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siren` (SIREN of the legal unit (9 digits), when registered). */
  siren?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siret` (SIRET of the establishment (14 digits), when registered). */
  siret?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from: a URL, a file, "programme text", "illustrative", or the coordinator who created it). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRange` (INSEE staff range code (tranche d'effectifs: NN, 00, 01 ... 53)). */
  staffRange?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an EssStructure's `businessPartners` relationship. */
export type EssStructureBusinessPartnersUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: PartnershipUpdateInput | null | undefined;
  /** The node. */
  node?: BusinessUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureBusinessPartnersConnectionWhere | null | undefined;
};

/** Changes to the `businessPartners` relationships of an EssStructure: connect, create, update, disconnect or delete. */
export type EssStructureBusinessPartnersUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureBusinessPartnersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureBusinessPartnersCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EssStructureBusinessPartnersDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EssStructureBusinessPartnersDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EssStructureBusinessPartnersUpdateConnectionInput | null | undefined;
};

/** Relationships to create from an EssStructure to existing nodes, relationship field by field. */
export type EssStructureConnectInput = {
  /** The `awards` relationships: existing nodes to link. */
  awards?: Array<EssStructureAwardsConnectFieldInput> | null | undefined;
  /** The `businessPartners` relationships: existing nodes to link. */
  businessPartners?: Array<EssStructureBusinessPartnersConnectFieldInput> | null | undefined;
  /** The `contacts` relationships: existing nodes to link. */
  contacts?: Array<EssStructureContactsConnectFieldInput> | null | undefined;
  /** The `customers` relationships: existing nodes to link. */
  customers?: Array<EssStructureCustomersConnectFieldInput> | null | undefined;
  /** The `essPartners` relationships: existing nodes to link. */
  essPartners?: Array<EssStructureEssPartnersConnectFieldInput> | null | undefined;
  /** The `events` relationships: existing nodes to link. */
  events?: Array<EssStructureEventsConnectFieldInput> | null | undefined;
  /** The `funders` relationships: existing nodes to link. */
  funders?: Array<EssStructureFundersConnectFieldInput> | null | undefined;
  /** The `memberOf` relationships: existing nodes to link. */
  memberOf?: Array<EssStructureMemberOfConnectFieldInput> | null | undefined;
  /** The `needs` relationships: existing nodes to link. */
  needs?: Array<EssStructureNeedsConnectFieldInput> | null | undefined;
  /** The `offers` relationships: existing nodes to link. */
  offers?: Array<EssStructureOffersConnectFieldInput> | null | undefined;
  /** The `researchLinks` relationships: existing nodes to link. */
  researchLinks?: Array<EssStructureResearchLinksConnectFieldInput> | null | undefined;
  /** The `sharedResources` relationships: existing nodes to link. */
  sharedResources?: Array<EssStructureSharedResourcesConnectFieldInput> | null | undefined;
  /** The `supporters` relationships: existing nodes to link. */
  supporters?: Array<EssStructureSupportersConnectFieldInput> | null | undefined;
  /** The `themes` relationships: existing nodes to link. */
  themes?: Array<EssStructureThemesConnectFieldInput> | null | undefined;
  /** The `town` relationships: existing nodes to link. */
  town?: Array<EssStructureTownConnectFieldInput> | null | undefined;
};

/** Selects the existing EssStructure nodes to connect to. */
export type EssStructureConnectWhere = {
  /** The node. */
  node: EssStructureWhere;
};

/** Links an EssStructure to existing nodes through `contacts`: the nodes to connect (where), and the relationship properties. */
export type EssStructureContactsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ContactConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ContactConnectWhere | null | undefined;
};

/** Filters the `contacts` relationships of an EssStructure by the related node (node) and the relationship's properties (edge). */
export type EssStructureContactsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureContactsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureContactsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureContactsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ContactWhere | null | undefined;
};

/** Creates a node and links it to an EssStructure through `contacts`, with the relationship properties. */
export type EssStructureContactsCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ContactCreateInput;
};

/** Deletes nodes linked to an EssStructure through `contacts` that match `where`. */
export type EssStructureContactsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ContactDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureContactsConnectionWhere | null | undefined;
};

/** Removes `contacts` relationships of an EssStructure that match `where` (the related nodes stay). */
export type EssStructureContactsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ContactDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureContactsConnectionWhere | null | undefined;
};

/** The `contacts` relationships of a new EssStructure: nodes to create or existing nodes to connect. */
export type EssStructureContactsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureContactsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureContactsCreateFieldInput> | null | undefined;
};

/** Changes to the related node and the relationship properties of an EssStructure's `contacts` relationship. */
export type EssStructureContactsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ContactUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureContactsConnectionWhere | null | undefined;
};

/** Changes to the `contacts` relationships of an EssStructure: connect, create, update, disconnect or delete. */
export type EssStructureContactsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureContactsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureContactsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EssStructureContactsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EssStructureContactsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EssStructureContactsUpdateConnectionInput | null | undefined;
};

/** The properties and relationships of a new EssStructure. */
export type EssStructureCreateInput = {
  /** Readable activity label. */
  activity?: string | null | undefined;
  /** Street address. */
  address?: string | null | undefined;
  /** The `awards` relationships: nodes to create or connect. */
  awards?: EssStructureAwardsFieldInput | null | undefined;
  /** The `businessPartners` relationships: nodes to create or connect. */
  businessPartners?: EssStructureBusinessPartnersFieldInput | null | undefined;
  /** The `contacts` relationships: nodes to create or connect. */
  contacts?: EssStructureContactsFieldInput | null | undefined;
  /** The `customers` relationships: nodes to create or connect. */
  customers?: EssStructureCustomersFieldInput | null | undefined;
  /** Public description. */
  description?: string | null | undefined;
  /** The `essPartners` relationships: nodes to create or connect. */
  essPartners?: EssStructureEssPartnersFieldInput | null | undefined;
  /** The `events` relationships: nodes to create or connect. */
  events?: EssStructureEventsFieldInput | null | undefined;
  /** Year founded. */
  foundedYear?: number | null | undefined;
  /** The `funders` relationships: nodes to create or connect. */
  funders?: EssStructureFundersFieldInput | null | undefined;
  /** Whether it is its town's "vitrine de l'ESS" (showcase structure). */
  isVitrine?: boolean;
  /** Legal form, among the ESS families; null when not known. */
  legalForm?: LegalForm | null | undefined;
  /** Location (WGS84). */
  location?: PointInput | null | undefined;
  /** The `memberOf` relationships: nodes to create or connect. */
  memberOf?: EssStructureMemberOfFieldInput | null | undefined;
  /** Activity code (NAF rev. 2, e.g. 56.10A). */
  nafCode?: string | null | undefined;
  /** Name. */
  name: string;
  /** The `needs` relationships: nodes to create or connect. */
  needs?: EssStructureNeedsFieldInput | null | undefined;
  /** The `offers` relationships: nodes to create or connect. */
  offers?: EssStructureOffersFieldInput | null | undefined;
  /** Postal code. */
  postalCode?: string | null | undefined;
  /** Kind of project in the programme's words, in French (e.g. épicerie solidaire, atelier vélo participatif). */
  projectKind?: string | null | undefined;
  /** The `researchLinks` relationships: nodes to create or connect. */
  researchLinks?: EssStructureResearchLinksFieldInput | null | undefined;
  /** RNA identifier (W + 9 digits) for associations. */
  rnaId?: string | null | undefined;
  /** The `sharedResources` relationships: nodes to create or connect. */
  sharedResources?: EssStructureSharedResourcesFieldInput | null | undefined;
  /** SIREN of the legal unit (9 digits), when registered. */
  siren?: string | null | undefined;
  /** SIRET of the establishment (14 digits), when registered. */
  siret?: string | null | undefined;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** INSEE staff range code (tranche d'effectifs: NN, 00, 01 ... 53). */
  staffRange?: string | null | undefined;
  /** Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés"). */
  staffRangeLabel?: string | null | undefined;
  /** Stage of development. */
  stage?: Stage | null | undefined;
  /** The `supporters` relationships: nodes to create or connect. */
  supporters?: EssStructureSupportersFieldInput | null | undefined;
  /** The `themes` relationships: nodes to create or connect. */
  themes?: EssStructureThemesFieldInput | null | undefined;
  /** The `town` relationships: nodes to create or connect. */
  town?: EssStructureTownFieldInput | null | undefined;
  /** Website URL. */
  website?: string | null | undefined;
};

/** Links an EssStructure to existing nodes through `customers`: the nodes to connect (where), and the relationship properties. */
export type EssStructureCustomersConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<BusinessConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: PurchaseCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessConnectWhere | null | undefined;
};

/** Filters EssStructure nodes by aggregates over their `customers` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EssStructureCustomersConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureCustomersConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureCustomersConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureCustomersConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: PurchaseAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EssStructureCustomersNodeAggregationWhereInput | null | undefined;
};

/** Filters EssStructure nodes by their `customers` relationships: all, none, single or some of them must match. */
export type EssStructureCustomersConnectionFilters = {
  /** Filter EssStructures by aggregating results on related EssStructureCustomersConnections */
  aggregate?: EssStructureCustomersConnectionAggregateInput | null | undefined;
  /** Return EssStructures where all of the related EssStructureCustomersConnections match this filter */
  all?: EssStructureCustomersConnectionWhere | null | undefined;
  /** Return EssStructures where none of the related EssStructureCustomersConnections match this filter */
  none?: EssStructureCustomersConnectionWhere | null | undefined;
  /** Return EssStructures where one of the related EssStructureCustomersConnections match this filter */
  single?: EssStructureCustomersConnectionWhere | null | undefined;
  /** Return EssStructures where some of the related EssStructureCustomersConnections match this filter */
  some?: EssStructureCustomersConnectionWhere | null | undefined;
};

/** Filters the `customers` relationships of an EssStructure by the related node (node) and the relationship's properties (edge). */
export type EssStructureCustomersConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureCustomersConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureCustomersConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureCustomersConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: PurchaseWhere | null | undefined;
  /** The node. */
  node?: BusinessWhere | null | undefined;
};

/** Creates a node and links it to an EssStructure through `customers`, with the relationship properties. */
export type EssStructureCustomersCreateFieldInput = {
  /** The relationship's properties. */
  edge?: PurchaseCreateInput | null | undefined;
  /** The node. */
  node: BusinessCreateInput;
};

/** Deletes nodes linked to an EssStructure through `customers` that match `where`. */
export type EssStructureCustomersDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: BusinessDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureCustomersConnectionWhere | null | undefined;
};

/** Removes `customers` relationships of an EssStructure that match `where` (the related nodes stay). */
export type EssStructureCustomersDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: BusinessDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureCustomersConnectionWhere | null | undefined;
};

/** The `customers` relationships of a new EssStructure: nodes to create or existing nodes to connect. */
export type EssStructureCustomersFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureCustomersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureCustomersCreateFieldInput> | null | undefined;
};

/** Filters EssStructure nodes by aggregates of the properties of the nodes they reach through `customers`. */
export type EssStructureCustomersNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureCustomersNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureCustomersNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureCustomersNodeAggregationWhereInput> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `nafCode` (Activity code (NAF rev. 2, e.g. 56.10A)). */
  nafCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siren` (SIREN of the legal unit (9 digits), when registered). */
  siren?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siret` (SIRET of the establishment (14 digits), when registered). */
  siret?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from: a URL, a file, "programme text", "illustrative", or the coordinator who created it). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRange` (INSEE staff range code (tranche d'effectifs: NN, 00, 01 ... 53)). */
  staffRange?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an EssStructure's `customers` relationship. */
export type EssStructureCustomersUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: PurchaseUpdateInput | null | undefined;
  /** The node. */
  node?: BusinessUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureCustomersConnectionWhere | null | undefined;
};

/** Changes to the `customers` relationships of an EssStructure: connect, create, update, disconnect or delete. */
export type EssStructureCustomersUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureCustomersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureCustomersCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EssStructureCustomersDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EssStructureCustomersDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EssStructureCustomersUpdateConnectionInput | null | undefined;
};

/** Nodes related to an EssStructure to delete along with it, relationship field by relationship field. */
export type EssStructureDeleteInput = {
  /** The `awards` relationships: related nodes to delete. */
  awards?: Array<EssStructureAwardsDeleteFieldInput> | null | undefined;
  /** The `businessPartners` relationships: related nodes to delete. */
  businessPartners?: Array<EssStructureBusinessPartnersDeleteFieldInput> | null | undefined;
  /** The `contacts` relationships: related nodes to delete. */
  contacts?: Array<EssStructureContactsDeleteFieldInput> | null | undefined;
  /** The `customers` relationships: related nodes to delete. */
  customers?: Array<EssStructureCustomersDeleteFieldInput> | null | undefined;
  /** The `essPartners` relationships: related nodes to delete. */
  essPartners?: Array<EssStructureEssPartnersDeleteFieldInput> | null | undefined;
  /** The `events` relationships: related nodes to delete. */
  events?: Array<EssStructureEventsDeleteFieldInput> | null | undefined;
  /** The `funders` relationships: related nodes to delete. */
  funders?: Array<EssStructureFundersDeleteFieldInput> | null | undefined;
  /** The `memberOf` relationships: related nodes to delete. */
  memberOf?: Array<EssStructureMemberOfDeleteFieldInput> | null | undefined;
  /** The `needs` relationships: related nodes to delete. */
  needs?: Array<EssStructureNeedsDeleteFieldInput> | null | undefined;
  /** The `offers` relationships: related nodes to delete. */
  offers?: Array<EssStructureOffersDeleteFieldInput> | null | undefined;
  /** The `researchLinks` relationships: related nodes to delete. */
  researchLinks?: Array<EssStructureResearchLinksDeleteFieldInput> | null | undefined;
  /** The `sharedResources` relationships: related nodes to delete. */
  sharedResources?: Array<EssStructureSharedResourcesDeleteFieldInput> | null | undefined;
  /** The `supporters` relationships: related nodes to delete. */
  supporters?: Array<EssStructureSupportersDeleteFieldInput> | null | undefined;
  /** The `themes` relationships: related nodes to delete. */
  themes?: Array<EssStructureThemesDeleteFieldInput> | null | undefined;
  /** The `town` relationships: related nodes to delete. */
  town?: Array<EssStructureTownDeleteFieldInput> | null | undefined;
};

/** Relationships of an EssStructure to remove, relationship field by field (the related nodes stay). */
export type EssStructureDisconnectInput = {
  /** The `awards` relationships: relationships to remove. */
  awards?: Array<EssStructureAwardsDisconnectFieldInput> | null | undefined;
  /** The `businessPartners` relationships: relationships to remove. */
  businessPartners?: Array<EssStructureBusinessPartnersDisconnectFieldInput> | null | undefined;
  /** The `contacts` relationships: relationships to remove. */
  contacts?: Array<EssStructureContactsDisconnectFieldInput> | null | undefined;
  /** The `customers` relationships: relationships to remove. */
  customers?: Array<EssStructureCustomersDisconnectFieldInput> | null | undefined;
  /** The `essPartners` relationships: relationships to remove. */
  essPartners?: Array<EssStructureEssPartnersDisconnectFieldInput> | null | undefined;
  /** The `events` relationships: relationships to remove. */
  events?: Array<EssStructureEventsDisconnectFieldInput> | null | undefined;
  /** The `funders` relationships: relationships to remove. */
  funders?: Array<EssStructureFundersDisconnectFieldInput> | null | undefined;
  /** The `memberOf` relationships: relationships to remove. */
  memberOf?: Array<EssStructureMemberOfDisconnectFieldInput> | null | undefined;
  /** The `needs` relationships: relationships to remove. */
  needs?: Array<EssStructureNeedsDisconnectFieldInput> | null | undefined;
  /** The `offers` relationships: relationships to remove. */
  offers?: Array<EssStructureOffersDisconnectFieldInput> | null | undefined;
  /** The `researchLinks` relationships: relationships to remove. */
  researchLinks?: Array<EssStructureResearchLinksDisconnectFieldInput> | null | undefined;
  /** The `sharedResources` relationships: relationships to remove. */
  sharedResources?: Array<EssStructureSharedResourcesDisconnectFieldInput> | null | undefined;
  /** The `supporters` relationships: relationships to remove. */
  supporters?: Array<EssStructureSupportersDisconnectFieldInput> | null | undefined;
  /** The `themes` relationships: relationships to remove. */
  themes?: Array<EssStructureThemesDisconnectFieldInput> | null | undefined;
  /** The `town` relationships: relationships to remove. */
  town?: Array<EssStructureTownDisconnectFieldInput> | null | undefined;
};

/** Links an EssStructure to existing nodes through `essPartners`: the nodes to connect (where), and the relationship properties. */
export type EssStructureEssPartnersConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge: PartnershipCreateInput;
  /** Filter: only the items matching it. */
  where?: EssStructureConnectWhere | null | undefined;
};

/** Filters EssStructure nodes by aggregates over their `essPartners` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EssStructureEssPartnersConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureEssPartnersConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureEssPartnersConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureEssPartnersConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: PartnershipAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EssStructureEssPartnersNodeAggregationWhereInput | null | undefined;
};

/** Filters EssStructure nodes by their `essPartners` relationships: all, none, single or some of them must match. */
export type EssStructureEssPartnersConnectionFilters = {
  /** Filter EssStructures by aggregating results on related EssStructureEssPartnersConnections */
  aggregate?: EssStructureEssPartnersConnectionAggregateInput | null | undefined;
  /** Return EssStructures where all of the related EssStructureEssPartnersConnections match this filter */
  all?: EssStructureEssPartnersConnectionWhere | null | undefined;
  /** Return EssStructures where none of the related EssStructureEssPartnersConnections match this filter */
  none?: EssStructureEssPartnersConnectionWhere | null | undefined;
  /** Return EssStructures where one of the related EssStructureEssPartnersConnections match this filter */
  single?: EssStructureEssPartnersConnectionWhere | null | undefined;
  /** Return EssStructures where some of the related EssStructureEssPartnersConnections match this filter */
  some?: EssStructureEssPartnersConnectionWhere | null | undefined;
};

/** Filters the `essPartners` relationships of an EssStructure by the related node (node) and the relationship's properties (edge). */
export type EssStructureEssPartnersConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureEssPartnersConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureEssPartnersConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureEssPartnersConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: PartnershipWhere | null | undefined;
  /** The node. */
  node?: EssStructureWhere | null | undefined;
};

/** Creates a node and links it to an EssStructure through `essPartners`, with the relationship properties. */
export type EssStructureEssPartnersCreateFieldInput = {
  /** The relationship's properties. */
  edge: PartnershipCreateInput;
  /** The node. */
  node: EssStructureCreateInput;
};

/** Deletes nodes linked to an EssStructure through `essPartners` that match `where`. */
export type EssStructureEssPartnersDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EssStructureDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureEssPartnersConnectionWhere | null | undefined;
};

/** Removes `essPartners` relationships of an EssStructure that match `where` (the related nodes stay). */
export type EssStructureEssPartnersDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EssStructureDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureEssPartnersConnectionWhere | null | undefined;
};

/** The `essPartners` relationships of a new EssStructure: nodes to create or existing nodes to connect. */
export type EssStructureEssPartnersFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureEssPartnersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureEssPartnersCreateFieldInput> | null | undefined;
};

/** Filters EssStructure nodes by aggregates of the properties of the nodes they reach through `essPartners`. */
export type EssStructureEssPartnersNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureEssPartnersNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureEssPartnersNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureEssPartnersNodeAggregationWhereInput> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `foundedYear` (Year founded). */
  foundedYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `nafCode` (Activity code (NAF rev. 2, e.g. 56.10A)). */
  nafCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `projectKind` (Kind of project in the programme's words, in French (e.g. épicerie solidaire, atelier vélo participatif)). */
  projectKind?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `rnaId` (RNA identifier (W + 9 digits) for associations). */
  rnaId?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siren` (SIREN of the legal unit (9 digits), when registered). */
  siren?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siret` (SIRET of the establishment (14 digits), when registered). */
  siret?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from: a URL, a file, "programme text", "illustrative", or the coordinator who created it). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRange` (INSEE staff range code (tranche d'effectifs: NN, 00, 01 ... 53)). */
  staffRange?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an EssStructure's `essPartners` relationship. */
export type EssStructureEssPartnersUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: PartnershipUpdateInput | null | undefined;
  /** The node. */
  node?: EssStructureUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureEssPartnersConnectionWhere | null | undefined;
};

/** Changes to the `essPartners` relationships of an EssStructure: connect, create, update, disconnect or delete. */
export type EssStructureEssPartnersUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureEssPartnersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureEssPartnersCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EssStructureEssPartnersDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EssStructureEssPartnersDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EssStructureEssPartnersUpdateConnectionInput | null | undefined;
};

/** Links an EssStructure to existing nodes through `events`: the nodes to connect (where), and the relationship properties. */
export type EssStructureEventsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge: AttendanceCreateInput;
  /** Filter: only the items matching it. */
  where?: EventConnectWhere | null | undefined;
};

/** Filters EssStructure nodes by aggregates over their `events` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EssStructureEventsConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureEventsConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureEventsConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureEventsConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: AttendanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EssStructureEventsNodeAggregationWhereInput | null | undefined;
};

/** Filters EssStructure nodes by their `events` relationships: all, none, single or some of them must match. */
export type EssStructureEventsConnectionFilters = {
  /** Filter EssStructures by aggregating results on related EssStructureEventsConnections */
  aggregate?: EssStructureEventsConnectionAggregateInput | null | undefined;
  /** Return EssStructures where all of the related EssStructureEventsConnections match this filter */
  all?: EssStructureEventsConnectionWhere | null | undefined;
  /** Return EssStructures where none of the related EssStructureEventsConnections match this filter */
  none?: EssStructureEventsConnectionWhere | null | undefined;
  /** Return EssStructures where one of the related EssStructureEventsConnections match this filter */
  single?: EssStructureEventsConnectionWhere | null | undefined;
  /** Return EssStructures where some of the related EssStructureEventsConnections match this filter */
  some?: EssStructureEventsConnectionWhere | null | undefined;
};

/** Filters the `events` relationships of an EssStructure by the related node (node) and the relationship's properties (edge). */
export type EssStructureEventsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureEventsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureEventsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureEventsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: AttendanceWhere | null | undefined;
  /** The node. */
  node?: EventWhere | null | undefined;
};

/** Creates a node and links it to an EssStructure through `events`, with the relationship properties. */
export type EssStructureEventsCreateFieldInput = {
  /** The relationship's properties. */
  edge: AttendanceCreateInput;
  /** The node. */
  node: EventCreateInput;
};

/** Deletes nodes linked to an EssStructure through `events` that match `where`. */
export type EssStructureEventsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EventDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureEventsConnectionWhere | null | undefined;
};

/** Removes `events` relationships of an EssStructure that match `where` (the related nodes stay). */
export type EssStructureEventsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EventDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureEventsConnectionWhere | null | undefined;
};

/** The `events` relationships of a new EssStructure: nodes to create or existing nodes to connect. */
export type EssStructureEventsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureEventsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureEventsCreateFieldInput> | null | undefined;
};

/** Filters EssStructure nodes by aggregates of the properties of the nodes they reach through `events`. */
export type EssStructureEventsNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureEventsNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureEventsNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureEventsNodeAggregationWhereInput> | null | undefined;
  /** Condition on `businessParticipantCount` (Number of businesses that took part, as reported). */
  businessParticipantCount?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `essParticipantCount` (Number of ESS structures that took part, as reported). */
  essParticipantCount?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `place` (Place (venue)). */
  place?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from: a URL, a file, "programme text", "illustrative", or the coordinator who created it). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `title`. */
  title?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `year`. */
  year?: IntScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an EssStructure's `events` relationship. */
export type EssStructureEventsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: AttendanceUpdateInput | null | undefined;
  /** The node. */
  node?: EventUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureEventsConnectionWhere | null | undefined;
};

/** Changes to the `events` relationships of an EssStructure: connect, create, update, disconnect or delete. */
export type EssStructureEventsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureEventsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureEventsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EssStructureEventsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EssStructureEventsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EssStructureEventsUpdateConnectionInput | null | undefined;
};

/** Links an EssStructure to existing nodes through `funders`: the nodes to connect (where), and the relationship properties. */
export type EssStructureFundersConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<FinancerConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge: FundingCreateInput;
  /** Filter: only the items matching it. */
  where?: FinancerConnectWhere | null | undefined;
};

/** Filters EssStructure nodes by aggregates over their `funders` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EssStructureFundersConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureFundersConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureFundersConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureFundersConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: FundingAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EssStructureFundersNodeAggregationWhereInput | null | undefined;
};

/** Filters EssStructure nodes by their `funders` relationships: all, none, single or some of them must match. */
export type EssStructureFundersConnectionFilters = {
  /** Filter EssStructures by aggregating results on related EssStructureFundersConnections */
  aggregate?: EssStructureFundersConnectionAggregateInput | null | undefined;
  /** Return EssStructures where all of the related EssStructureFundersConnections match this filter */
  all?: EssStructureFundersConnectionWhere | null | undefined;
  /** Return EssStructures where none of the related EssStructureFundersConnections match this filter */
  none?: EssStructureFundersConnectionWhere | null | undefined;
  /** Return EssStructures where one of the related EssStructureFundersConnections match this filter */
  single?: EssStructureFundersConnectionWhere | null | undefined;
  /** Return EssStructures where some of the related EssStructureFundersConnections match this filter */
  some?: EssStructureFundersConnectionWhere | null | undefined;
};

/** Filters the `funders` relationships of an EssStructure by the related node (node) and the relationship's properties (edge). */
export type EssStructureFundersConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureFundersConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureFundersConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureFundersConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: FundingWhere | null | undefined;
  /** The node. */
  node?: FinancerWhere | null | undefined;
};

/** Creates a node and links it to an EssStructure through `funders`, with the relationship properties. */
export type EssStructureFundersCreateFieldInput = {
  /** The relationship's properties. */
  edge: FundingCreateInput;
  /** The node. */
  node: FinancerCreateInput;
};

/** Deletes nodes linked to an EssStructure through `funders` that match `where`. */
export type EssStructureFundersDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: FinancerDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureFundersConnectionWhere | null | undefined;
};

/** Removes `funders` relationships of an EssStructure that match `where` (the related nodes stay). */
export type EssStructureFundersDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: FinancerDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureFundersConnectionWhere | null | undefined;
};

/** The `funders` relationships of a new EssStructure: nodes to create or existing nodes to connect. */
export type EssStructureFundersFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureFundersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureFundersCreateFieldInput> | null | undefined;
};

/** Filters EssStructure nodes by aggregates of the properties of the nodes they reach through `funders`. */
export type EssStructureFundersNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureFundersNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureFundersNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureFundersNodeAggregationWhereInput> | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from: a URL, a file, "programme text", "illustrative", or the coordinator who created it). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `ticketMaxEur` (Largest usual ticket in euros). */
  ticketMaxEur?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `ticketMinEur` (Smallest usual ticket in euros). */
  ticketMinEur?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an EssStructure's `funders` relationship. */
export type EssStructureFundersUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: FundingUpdateInput | null | undefined;
  /** The node. */
  node?: FinancerUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureFundersConnectionWhere | null | undefined;
};

/** Changes to the `funders` relationships of an EssStructure: connect, create, update, disconnect or delete. */
export type EssStructureFundersUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureFundersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureFundersCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EssStructureFundersDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EssStructureFundersDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EssStructureFundersUpdateConnectionInput | null | undefined;
};

/** Links an EssStructure to existing nodes through `memberOf`: the nodes to connect (where), and the relationship properties. */
export type EssStructureMemberOfConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<SupportProviderConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: MembershipCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SupportProviderConnectWhere | null | undefined;
};

/** Filters EssStructure nodes by aggregates over their `memberOf` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EssStructureMemberOfConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureMemberOfConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureMemberOfConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureMemberOfConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: MembershipAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EssStructureMemberOfNodeAggregationWhereInput | null | undefined;
};

/** Filters EssStructure nodes by their `memberOf` relationships: all, none, single or some of them must match. */
export type EssStructureMemberOfConnectionFilters = {
  /** Filter EssStructures by aggregating results on related EssStructureMemberOfConnections */
  aggregate?: EssStructureMemberOfConnectionAggregateInput | null | undefined;
  /** Return EssStructures where all of the related EssStructureMemberOfConnections match this filter */
  all?: EssStructureMemberOfConnectionWhere | null | undefined;
  /** Return EssStructures where none of the related EssStructureMemberOfConnections match this filter */
  none?: EssStructureMemberOfConnectionWhere | null | undefined;
  /** Return EssStructures where one of the related EssStructureMemberOfConnections match this filter */
  single?: EssStructureMemberOfConnectionWhere | null | undefined;
  /** Return EssStructures where some of the related EssStructureMemberOfConnections match this filter */
  some?: EssStructureMemberOfConnectionWhere | null | undefined;
};

/** Filters the `memberOf` relationships of an EssStructure by the related node (node) and the relationship's properties (edge). */
export type EssStructureMemberOfConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureMemberOfConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureMemberOfConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureMemberOfConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: MembershipWhere | null | undefined;
  /** The node. */
  node?: SupportProviderWhere | null | undefined;
};

/** Creates a node and links it to an EssStructure through `memberOf`, with the relationship properties. */
export type EssStructureMemberOfCreateFieldInput = {
  /** The relationship's properties. */
  edge?: MembershipCreateInput | null | undefined;
  /** The node. */
  node: SupportProviderCreateInput;
};

/** Deletes nodes linked to an EssStructure through `memberOf` that match `where`. */
export type EssStructureMemberOfDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: SupportProviderDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureMemberOfConnectionWhere | null | undefined;
};

/** Removes `memberOf` relationships of an EssStructure that match `where` (the related nodes stay). */
export type EssStructureMemberOfDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: SupportProviderDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureMemberOfConnectionWhere | null | undefined;
};

/** The `memberOf` relationships of a new EssStructure: nodes to create or existing nodes to connect. */
export type EssStructureMemberOfFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureMemberOfConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureMemberOfCreateFieldInput> | null | undefined;
};

/** Filters EssStructure nodes by aggregates of the properties of the nodes they reach through `memberOf`. */
export type EssStructureMemberOfNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureMemberOfNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureMemberOfNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureMemberOfNodeAggregationWhereInput> | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from: a URL, a file, "programme text", "illustrative", or the coordinator who created it). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an EssStructure's `memberOf` relationship. */
export type EssStructureMemberOfUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: MembershipUpdateInput | null | undefined;
  /** The node. */
  node?: SupportProviderUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureMemberOfConnectionWhere | null | undefined;
};

/** Changes to the `memberOf` relationships of an EssStructure: connect, create, update, disconnect or delete. */
export type EssStructureMemberOfUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureMemberOfConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureMemberOfCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EssStructureMemberOfDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EssStructureMemberOfDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EssStructureMemberOfUpdateConnectionInput | null | undefined;
};

/** Links an EssStructure to existing nodes through `needs`: the nodes to connect (where), and the relationship properties. */
export type EssStructureNeedsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResourceNeedConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResourceNeedConnectWhere | null | undefined;
};

/** Filters EssStructure nodes by aggregates over their `needs` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EssStructureNeedsConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureNeedsConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureNeedsConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureNeedsConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EssStructureNeedsNodeAggregationWhereInput | null | undefined;
};

/** Filters EssStructure nodes by their `needs` relationships: all, none, single or some of them must match. */
export type EssStructureNeedsConnectionFilters = {
  /** Filter EssStructures by aggregating results on related EssStructureNeedsConnections */
  aggregate?: EssStructureNeedsConnectionAggregateInput | null | undefined;
  /** Return EssStructures where all of the related EssStructureNeedsConnections match this filter */
  all?: EssStructureNeedsConnectionWhere | null | undefined;
  /** Return EssStructures where none of the related EssStructureNeedsConnections match this filter */
  none?: EssStructureNeedsConnectionWhere | null | undefined;
  /** Return EssStructures where one of the related EssStructureNeedsConnections match this filter */
  single?: EssStructureNeedsConnectionWhere | null | undefined;
  /** Return EssStructures where some of the related EssStructureNeedsConnections match this filter */
  some?: EssStructureNeedsConnectionWhere | null | undefined;
};

/** Filters the `needs` relationships of an EssStructure by the related node (node) and the relationship's properties (edge). */
export type EssStructureNeedsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureNeedsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureNeedsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureNeedsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ResourceNeedWhere | null | undefined;
};

/** Creates a node and links it to an EssStructure through `needs`, with the relationship properties. */
export type EssStructureNeedsCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ResourceNeedCreateInput;
};

/** Deletes nodes linked to an EssStructure through `needs` that match `where`. */
export type EssStructureNeedsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ResourceNeedDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureNeedsConnectionWhere | null | undefined;
};

/** Removes `needs` relationships of an EssStructure that match `where` (the related nodes stay). */
export type EssStructureNeedsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ResourceNeedDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureNeedsConnectionWhere | null | undefined;
};

/** The `needs` relationships of a new EssStructure: nodes to create or existing nodes to connect. */
export type EssStructureNeedsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureNeedsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureNeedsCreateFieldInput> | null | undefined;
};

/** Filters EssStructure nodes by aggregates of the properties of the nodes they reach through `needs`. */
export type EssStructureNeedsNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureNeedsNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureNeedsNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureNeedsNodeAggregationWhereInput> | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `frequency` (How often it is needed (e.g. "2 days a week")). */
  frequency?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from: a URL, a file, "programme text", "illustrative", or the coordinator who created it). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `title`. */
  title?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an EssStructure's `needs` relationship. */
export type EssStructureNeedsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ResourceNeedUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureNeedsConnectionWhere | null | undefined;
};

/** Changes to the `needs` relationships of an EssStructure: connect, create, update, disconnect or delete. */
export type EssStructureNeedsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureNeedsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureNeedsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EssStructureNeedsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EssStructureNeedsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EssStructureNeedsUpdateConnectionInput | null | undefined;
};

/** Links an EssStructure to existing nodes through `offers`: the nodes to connect (where), and the relationship properties. */
export type EssStructureOffersConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResourceOfferConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResourceOfferConnectWhere | null | undefined;
};

/** Filters EssStructure nodes by aggregates over their `offers` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EssStructureOffersConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureOffersConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureOffersConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureOffersConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EssStructureOffersNodeAggregationWhereInput | null | undefined;
};

/** Filters EssStructure nodes by their `offers` relationships: all, none, single or some of them must match. */
export type EssStructureOffersConnectionFilters = {
  /** Filter EssStructures by aggregating results on related EssStructureOffersConnections */
  aggregate?: EssStructureOffersConnectionAggregateInput | null | undefined;
  /** Return EssStructures where all of the related EssStructureOffersConnections match this filter */
  all?: EssStructureOffersConnectionWhere | null | undefined;
  /** Return EssStructures where none of the related EssStructureOffersConnections match this filter */
  none?: EssStructureOffersConnectionWhere | null | undefined;
  /** Return EssStructures where one of the related EssStructureOffersConnections match this filter */
  single?: EssStructureOffersConnectionWhere | null | undefined;
  /** Return EssStructures where some of the related EssStructureOffersConnections match this filter */
  some?: EssStructureOffersConnectionWhere | null | undefined;
};

/** Filters the `offers` relationships of an EssStructure by the related node (node) and the relationship's properties (edge). */
export type EssStructureOffersConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureOffersConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureOffersConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureOffersConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ResourceOfferWhere | null | undefined;
};

/** Creates a node and links it to an EssStructure through `offers`, with the relationship properties. */
export type EssStructureOffersCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ResourceOfferCreateInput;
};

/** Deletes nodes linked to an EssStructure through `offers` that match `where`. */
export type EssStructureOffersDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ResourceOfferDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureOffersConnectionWhere | null | undefined;
};

/** Removes `offers` relationships of an EssStructure that match `where` (the related nodes stay). */
export type EssStructureOffersDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ResourceOfferDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureOffersConnectionWhere | null | undefined;
};

/** The `offers` relationships of a new EssStructure: nodes to create or existing nodes to connect. */
export type EssStructureOffersFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureOffersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureOffersCreateFieldInput> | null | undefined;
};

/** Filters EssStructure nodes by aggregates of the properties of the nodes they reach through `offers`. */
export type EssStructureOffersNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureOffersNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureOffersNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureOffersNodeAggregationWhereInput> | null | undefined;
  /** Condition on `availability` (When it is available (e.g. "weekdays")). */
  availability?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from: a URL, a file, "programme text", "illustrative", or the coordinator who created it). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `title`. */
  title?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an EssStructure's `offers` relationship. */
export type EssStructureOffersUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ResourceOfferUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureOffersConnectionWhere | null | undefined;
};

/** Changes to the `offers` relationships of an EssStructure: connect, create, update, disconnect or delete. */
export type EssStructureOffersUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureOffersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureOffersCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EssStructureOffersDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EssStructureOffersDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EssStructureOffersUpdateConnectionInput | null | undefined;
};

/** Filters on a list of related EssStructure nodes: all, none, single or some of them must match. */
export type EssStructureRelationshipFilters = {
  /** Filter type where all of the related EssStructures match this filter */
  all?: EssStructureWhere | null | undefined;
  /** Filter type where none of the related EssStructures match this filter */
  none?: EssStructureWhere | null | undefined;
  /** Filter type where one of the related EssStructures match this filter */
  single?: EssStructureWhere | null | undefined;
  /** Filter type where some of the related EssStructures match this filter */
  some?: EssStructureWhere | null | undefined;
};

/** Links an EssStructure to existing nodes through `researchLinks`: the nodes to connect (where), and the relationship properties. */
export type EssStructureResearchLinksConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResearchUnitConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ResearchLinkCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitConnectWhere | null | undefined;
};

/** Filters EssStructure nodes by aggregates over their `researchLinks` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EssStructureResearchLinksConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureResearchLinksConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureResearchLinksConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureResearchLinksConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ResearchLinkAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EssStructureResearchLinksNodeAggregationWhereInput | null | undefined;
};

/** Filters EssStructure nodes by their `researchLinks` relationships: all, none, single or some of them must match. */
export type EssStructureResearchLinksConnectionFilters = {
  /** Filter EssStructures by aggregating results on related EssStructureResearchLinksConnections */
  aggregate?: EssStructureResearchLinksConnectionAggregateInput | null | undefined;
  /** Return EssStructures where all of the related EssStructureResearchLinksConnections match this filter */
  all?: EssStructureResearchLinksConnectionWhere | null | undefined;
  /** Return EssStructures where none of the related EssStructureResearchLinksConnections match this filter */
  none?: EssStructureResearchLinksConnectionWhere | null | undefined;
  /** Return EssStructures where one of the related EssStructureResearchLinksConnections match this filter */
  single?: EssStructureResearchLinksConnectionWhere | null | undefined;
  /** Return EssStructures where some of the related EssStructureResearchLinksConnections match this filter */
  some?: EssStructureResearchLinksConnectionWhere | null | undefined;
};

/** Filters the `researchLinks` relationships of an EssStructure by the related node (node) and the relationship's properties (edge). */
export type EssStructureResearchLinksConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureResearchLinksConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureResearchLinksConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureResearchLinksConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ResearchLinkWhere | null | undefined;
  /** The node. */
  node?: ResearchUnitWhere | null | undefined;
};

/** Creates a node and links it to an EssStructure through `researchLinks`, with the relationship properties. */
export type EssStructureResearchLinksCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ResearchLinkCreateInput | null | undefined;
  /** The node. */
  node: ResearchUnitCreateInput;
};

/** Deletes nodes linked to an EssStructure through `researchLinks` that match `where`. */
export type EssStructureResearchLinksDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ResearchUnitDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureResearchLinksConnectionWhere | null | undefined;
};

/** Removes `researchLinks` relationships of an EssStructure that match `where` (the related nodes stay). */
export type EssStructureResearchLinksDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ResearchUnitDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureResearchLinksConnectionWhere | null | undefined;
};

/** The `researchLinks` relationships of a new EssStructure: nodes to create or existing nodes to connect. */
export type EssStructureResearchLinksFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureResearchLinksConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureResearchLinksCreateFieldInput> | null | undefined;
};

/** Filters EssStructure nodes by aggregates of the properties of the nodes they reach through `researchLinks`. */
export type EssStructureResearchLinksNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureResearchLinksNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureResearchLinksNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureResearchLinksNodeAggregationWhereInput> | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `endYear` (Last year (projects); null while it goes on). */
  endYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from: a URL, a file, "programme text", "illustrative", or the coordinator who created it). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `startYear` (First year (projects)). */
  startYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an EssStructure's `researchLinks` relationship. */
export type EssStructureResearchLinksUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ResearchLinkUpdateInput | null | undefined;
  /** The node. */
  node?: ResearchUnitUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureResearchLinksConnectionWhere | null | undefined;
};

/** Changes to the `researchLinks` relationships of an EssStructure: connect, create, update, disconnect or delete. */
export type EssStructureResearchLinksUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureResearchLinksConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureResearchLinksCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EssStructureResearchLinksDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EssStructureResearchLinksDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EssStructureResearchLinksUpdateConnectionInput | null | undefined;
};

/** Links an EssStructure to existing nodes through `sharedResources`: the nodes to connect (where), and the relationship properties. */
export type EssStructureSharedResourcesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<SharedResourceConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: PoolingCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SharedResourceConnectWhere | null | undefined;
};

/** Filters EssStructure nodes by aggregates over their `sharedResources` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EssStructureSharedResourcesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureSharedResourcesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureSharedResourcesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureSharedResourcesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: PoolingAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EssStructureSharedResourcesNodeAggregationWhereInput | null | undefined;
};

/** Filters EssStructure nodes by their `sharedResources` relationships: all, none, single or some of them must match. */
export type EssStructureSharedResourcesConnectionFilters = {
  /** Filter EssStructures by aggregating results on related EssStructureSharedResourcesConnections */
  aggregate?: EssStructureSharedResourcesConnectionAggregateInput | null | undefined;
  /** Return EssStructures where all of the related EssStructureSharedResourcesConnections match this filter */
  all?: EssStructureSharedResourcesConnectionWhere | null | undefined;
  /** Return EssStructures where none of the related EssStructureSharedResourcesConnections match this filter */
  none?: EssStructureSharedResourcesConnectionWhere | null | undefined;
  /** Return EssStructures where one of the related EssStructureSharedResourcesConnections match this filter */
  single?: EssStructureSharedResourcesConnectionWhere | null | undefined;
  /** Return EssStructures where some of the related EssStructureSharedResourcesConnections match this filter */
  some?: EssStructureSharedResourcesConnectionWhere | null | undefined;
};

/** Filters the `sharedResources` relationships of an EssStructure by the related node (node) and the relationship's properties (edge). */
export type EssStructureSharedResourcesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureSharedResourcesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureSharedResourcesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureSharedResourcesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: PoolingWhere | null | undefined;
  /** The node. */
  node?: SharedResourceWhere | null | undefined;
};

/** Creates a node and links it to an EssStructure through `sharedResources`, with the relationship properties. */
export type EssStructureSharedResourcesCreateFieldInput = {
  /** The relationship's properties. */
  edge?: PoolingCreateInput | null | undefined;
  /** The node. */
  node: SharedResourceCreateInput;
};

/** Deletes nodes linked to an EssStructure through `sharedResources` that match `where`. */
export type EssStructureSharedResourcesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: SharedResourceDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureSharedResourcesConnectionWhere | null | undefined;
};

/** Removes `sharedResources` relationships of an EssStructure that match `where` (the related nodes stay). */
export type EssStructureSharedResourcesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: SharedResourceDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureSharedResourcesConnectionWhere | null | undefined;
};

/** The `sharedResources` relationships of a new EssStructure: nodes to create or existing nodes to connect. */
export type EssStructureSharedResourcesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureSharedResourcesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureSharedResourcesCreateFieldInput> | null | undefined;
};

/** Filters EssStructure nodes by aggregates of the properties of the nodes they reach through `sharedResources`. */
export type EssStructureSharedResourcesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureSharedResourcesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureSharedResourcesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureSharedResourcesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from: a URL, a file, "programme text", "illustrative", or the coordinator who created it). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an EssStructure's `sharedResources` relationship. */
export type EssStructureSharedResourcesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: PoolingUpdateInput | null | undefined;
  /** The node. */
  node?: SharedResourceUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureSharedResourcesConnectionWhere | null | undefined;
};

/** Changes to the `sharedResources` relationships of an EssStructure: connect, create, update, disconnect or delete. */
export type EssStructureSharedResourcesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureSharedResourcesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureSharedResourcesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EssStructureSharedResourcesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EssStructureSharedResourcesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EssStructureSharedResourcesUpdateConnectionInput | null | undefined;
};

/** Links an EssStructure to existing nodes through `supporters`: the nodes to connect (where), and the relationship properties. */
export type EssStructureSupportersConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<SupportProviderConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge: SupportCreateInput;
  /** Filter: only the items matching it. */
  where?: SupportProviderConnectWhere | null | undefined;
};

/** Filters EssStructure nodes by aggregates over their `supporters` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EssStructureSupportersConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureSupportersConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureSupportersConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureSupportersConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: SupportAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EssStructureSupportersNodeAggregationWhereInput | null | undefined;
};

/** Filters EssStructure nodes by their `supporters` relationships: all, none, single or some of them must match. */
export type EssStructureSupportersConnectionFilters = {
  /** Filter EssStructures by aggregating results on related EssStructureSupportersConnections */
  aggregate?: EssStructureSupportersConnectionAggregateInput | null | undefined;
  /** Return EssStructures where all of the related EssStructureSupportersConnections match this filter */
  all?: EssStructureSupportersConnectionWhere | null | undefined;
  /** Return EssStructures where none of the related EssStructureSupportersConnections match this filter */
  none?: EssStructureSupportersConnectionWhere | null | undefined;
  /** Return EssStructures where one of the related EssStructureSupportersConnections match this filter */
  single?: EssStructureSupportersConnectionWhere | null | undefined;
  /** Return EssStructures where some of the related EssStructureSupportersConnections match this filter */
  some?: EssStructureSupportersConnectionWhere | null | undefined;
};

/** Filters the `supporters` relationships of an EssStructure by the related node (node) and the relationship's properties (edge). */
export type EssStructureSupportersConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureSupportersConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureSupportersConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureSupportersConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: SupportWhere | null | undefined;
  /** The node. */
  node?: SupportProviderWhere | null | undefined;
};

/** Creates a node and links it to an EssStructure through `supporters`, with the relationship properties. */
export type EssStructureSupportersCreateFieldInput = {
  /** The relationship's properties. */
  edge: SupportCreateInput;
  /** The node. */
  node: SupportProviderCreateInput;
};

/** Deletes nodes linked to an EssStructure through `supporters` that match `where`. */
export type EssStructureSupportersDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: SupportProviderDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureSupportersConnectionWhere | null | undefined;
};

/** Removes `supporters` relationships of an EssStructure that match `where` (the related nodes stay). */
export type EssStructureSupportersDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: SupportProviderDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureSupportersConnectionWhere | null | undefined;
};

/** The `supporters` relationships of a new EssStructure: nodes to create or existing nodes to connect. */
export type EssStructureSupportersFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureSupportersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureSupportersCreateFieldInput> | null | undefined;
};

/** Filters EssStructure nodes by aggregates of the properties of the nodes they reach through `supporters`. */
export type EssStructureSupportersNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureSupportersNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureSupportersNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureSupportersNodeAggregationWhereInput> | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from: a URL, a file, "programme text", "illustrative", or the coordinator who created it). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an EssStructure's `supporters` relationship. */
export type EssStructureSupportersUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: SupportUpdateInput | null | undefined;
  /** The node. */
  node?: SupportProviderUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureSupportersConnectionWhere | null | undefined;
};

/** Changes to the `supporters` relationships of an EssStructure: connect, create, update, disconnect or delete. */
export type EssStructureSupportersUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureSupportersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureSupportersCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EssStructureSupportersDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EssStructureSupportersDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EssStructureSupportersUpdateConnectionInput | null | undefined;
};

/** Links an EssStructure to existing nodes through `themes`: the nodes to connect (where), and the relationship properties. */
export type EssStructureThemesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ThemeConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ThemeConnectWhere | null | undefined;
};

/** Filters EssStructure nodes by aggregates over their `themes` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EssStructureThemesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureThemesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureThemesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureThemesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EssStructureThemesNodeAggregationWhereInput | null | undefined;
};

/** Filters EssStructure nodes by their `themes` relationships: all, none, single or some of them must match. */
export type EssStructureThemesConnectionFilters = {
  /** Filter EssStructures by aggregating results on related EssStructureThemesConnections */
  aggregate?: EssStructureThemesConnectionAggregateInput | null | undefined;
  /** Return EssStructures where all of the related EssStructureThemesConnections match this filter */
  all?: EssStructureThemesConnectionWhere | null | undefined;
  /** Return EssStructures where none of the related EssStructureThemesConnections match this filter */
  none?: EssStructureThemesConnectionWhere | null | undefined;
  /** Return EssStructures where one of the related EssStructureThemesConnections match this filter */
  single?: EssStructureThemesConnectionWhere | null | undefined;
  /** Return EssStructures where some of the related EssStructureThemesConnections match this filter */
  some?: EssStructureThemesConnectionWhere | null | undefined;
};

/** Filters the `themes` relationships of an EssStructure by the related node (node) and the relationship's properties (edge). */
export type EssStructureThemesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureThemesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureThemesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureThemesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ThemeWhere | null | undefined;
};

/** Creates a node and links it to an EssStructure through `themes`, with the relationship properties. */
export type EssStructureThemesCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ThemeCreateInput;
};

/** Deletes nodes linked to an EssStructure through `themes` that match `where`. */
export type EssStructureThemesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ThemeDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureThemesConnectionWhere | null | undefined;
};

/** Removes `themes` relationships of an EssStructure that match `where` (the related nodes stay). */
export type EssStructureThemesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ThemeDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureThemesConnectionWhere | null | undefined;
};

/** The `themes` relationships of a new EssStructure: nodes to create or existing nodes to connect. */
export type EssStructureThemesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureThemesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureThemesCreateFieldInput> | null | undefined;
};

/** Filters EssStructure nodes by aggregates of the properties of the nodes they reach through `themes`. */
export type EssStructureThemesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureThemesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureThemesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureThemesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `code`. */
  code?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `labelEn` (Label in English). */
  labelEn?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `labelFr` (Label in French). */
  labelFr?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from: a URL, a file, "programme text", "illustrative", or the coordinator who created it). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an EssStructure's `themes` relationship. */
export type EssStructureThemesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ThemeUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureThemesConnectionWhere | null | undefined;
};

/** Changes to the `themes` relationships of an EssStructure: connect, create, update, disconnect or delete. */
export type EssStructureThemesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureThemesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureThemesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EssStructureThemesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EssStructureThemesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EssStructureThemesUpdateConnectionInput | null | undefined;
};

/** Links an EssStructure to existing nodes through `town`: the nodes to connect (where), and the relationship properties. */
export type EssStructureTownConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TownConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TownConnectWhere | null | undefined;
};

/** Filters EssStructure nodes by aggregates over their `town` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EssStructureTownConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureTownConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureTownConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureTownConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EssStructureTownNodeAggregationWhereInput | null | undefined;
};

/** Filters EssStructure nodes by their `town` relationships: all, none, single or some of them must match. */
export type EssStructureTownConnectionFilters = {
  /** Filter EssStructures by aggregating results on related EssStructureTownConnections */
  aggregate?: EssStructureTownConnectionAggregateInput | null | undefined;
  /** Return EssStructures where all of the related EssStructureTownConnections match this filter */
  all?: EssStructureTownConnectionWhere | null | undefined;
  /** Return EssStructures where none of the related EssStructureTownConnections match this filter */
  none?: EssStructureTownConnectionWhere | null | undefined;
  /** Return EssStructures where one of the related EssStructureTownConnections match this filter */
  single?: EssStructureTownConnectionWhere | null | undefined;
  /** Return EssStructures where some of the related EssStructureTownConnections match this filter */
  some?: EssStructureTownConnectionWhere | null | undefined;
};

/** Filters the `town` relationships of an EssStructure by the related node (node) and the relationship's properties (edge). */
export type EssStructureTownConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureTownConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureTownConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureTownConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: TownWhere | null | undefined;
};

/** Creates a node and links it to an EssStructure through `town`, with the relationship properties. */
export type EssStructureTownCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: TownCreateInput;
};

/** Deletes nodes linked to an EssStructure through `town` that match `where`. */
export type EssStructureTownDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: TownDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureTownConnectionWhere | null | undefined;
};

/** Removes `town` relationships of an EssStructure that match `where` (the related nodes stay). */
export type EssStructureTownDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: TownDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureTownConnectionWhere | null | undefined;
};

/** The `town` relationships of a new EssStructure: nodes to create or existing nodes to connect. */
export type EssStructureTownFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureTownConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureTownCreateFieldInput> | null | undefined;
};

/** Filters EssStructure nodes by aggregates of the properties of the nodes they reach through `town`. */
export type EssStructureTownNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureTownNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureTownNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureTownNodeAggregationWhereInput> | null | undefined;
  /** Condition on `inseeCode` (Official INSEE code (code officiel géographique), e.g. 94028). */
  inseeCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `population`. */
  population?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from: a URL, a file, "programme text", "illustrative", or the coordinator who created it). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an EssStructure's `town` relationship. */
export type EssStructureTownUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: TownUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureTownConnectionWhere | null | undefined;
};

/** Changes to the `town` relationships of an EssStructure: connect, create, update, disconnect or delete. */
export type EssStructureTownUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureTownConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EssStructureTownCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EssStructureTownDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EssStructureTownDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EssStructureTownUpdateConnectionInput | null | undefined;
};

/** Changes to an EssStructure: properties to set, relationships to connect, create, update, disconnect or delete. */
export type EssStructureUpdateInput = {
  /** New value of `activity` (Readable activity label): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  activity?: StringScalarMutations | null | undefined;
  /** New value of `address` (Street address): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  address?: StringScalarMutations | null | undefined;
  /** The `awards` relationships: changes to make. */
  awards?: Array<EssStructureAwardsUpdateFieldInput> | null | undefined;
  /** The `businessPartners` relationships: changes to make. */
  businessPartners?: Array<EssStructureBusinessPartnersUpdateFieldInput> | null | undefined;
  /** The `contacts` relationships: changes to make. */
  contacts?: Array<EssStructureContactsUpdateFieldInput> | null | undefined;
  /** The `customers` relationships: changes to make. */
  customers?: Array<EssStructureCustomersUpdateFieldInput> | null | undefined;
  /** New value of `description` (Public description): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  description?: StringScalarMutations | null | undefined;
  /** The `essPartners` relationships: changes to make. */
  essPartners?: Array<EssStructureEssPartnersUpdateFieldInput> | null | undefined;
  /** The `events` relationships: changes to make. */
  events?: Array<EssStructureEventsUpdateFieldInput> | null | undefined;
  /** New value of `foundedYear` (Year founded): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  foundedYear?: IntScalarMutations | null | undefined;
  /** The `funders` relationships: changes to make. */
  funders?: Array<EssStructureFundersUpdateFieldInput> | null | undefined;
  /** New value of `isVitrine` (Whether it is its town's "vitrine de l'ESS" (showcase structure)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  isVitrine?: BooleanScalarMutations | null | undefined;
  /** New value of `legalForm` (Legal form, among the ESS families; null when not known): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  legalForm?: LegalFormEnumScalarMutations | null | undefined;
  /** New value of `location` (Location (WGS84)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  location?: PointMutations | null | undefined;
  /** The `memberOf` relationships: changes to make. */
  memberOf?: Array<EssStructureMemberOfUpdateFieldInput> | null | undefined;
  /** New value of `nafCode` (Activity code (NAF rev. 2, e.g. 56.10A)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  nafCode?: StringScalarMutations | null | undefined;
  /** New value of `name` (Name): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  name?: StringScalarMutations | null | undefined;
  /** The `needs` relationships: changes to make. */
  needs?: Array<EssStructureNeedsUpdateFieldInput> | null | undefined;
  /** The `offers` relationships: changes to make. */
  offers?: Array<EssStructureOffersUpdateFieldInput> | null | undefined;
  /** New value of `postalCode` (Postal code): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  postalCode?: StringScalarMutations | null | undefined;
  /** New value of `projectKind` (Kind of project in the programme's words, in French (e.g. épicerie solidaire, atelier vélo participatif)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  projectKind?: StringScalarMutations | null | undefined;
  /** The `researchLinks` relationships: changes to make. */
  researchLinks?: Array<EssStructureResearchLinksUpdateFieldInput> | null | undefined;
  /** New value of `rnaId` (RNA identifier (W + 9 digits) for associations): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  rnaId?: StringScalarMutations | null | undefined;
  /** The `sharedResources` relationships: changes to make. */
  sharedResources?: Array<EssStructureSharedResourcesUpdateFieldInput> | null | undefined;
  /** New value of `siren` (SIREN of the legal unit (9 digits), when registered): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  siren?: StringScalarMutations | null | undefined;
  /** New value of `siret` (SIRET of the establishment (14 digits), when registered): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  siret?: StringScalarMutations | null | undefined;
  /** New value of `source` (Where the record comes from: a URL, a file, "programme text", "illustrative", or the coordinator who created it): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** New value of `staffRange` (INSEE staff range code (tranche d'effectifs: NN, 00, 01 ... 53)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  staffRange?: StringScalarMutations | null | undefined;
  /** New value of `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  staffRangeLabel?: StringScalarMutations | null | undefined;
  /** New value of `stage` (Stage of development): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  stage?: StageEnumScalarMutations | null | undefined;
  /** The `supporters` relationships: changes to make. */
  supporters?: Array<EssStructureSupportersUpdateFieldInput> | null | undefined;
  /** The `themes` relationships: changes to make. */
  themes?: Array<EssStructureThemesUpdateFieldInput> | null | undefined;
  /** The `town` relationships: changes to make. */
  town?: Array<EssStructureTownUpdateFieldInput> | null | undefined;
  /** New value of `website` (Website URL): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  website?: StringScalarMutations | null | undefined;
};

/** Filters EssStructure nodes: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type EssStructureWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EssStructureWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EssStructureWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EssStructureWhere> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `awards`. */
  awards?: CallForProjectsRelationshipFilters | null | undefined;
  /** Condition on the `awards` relationships (related node and relationship properties). */
  awardsConnection?: EssStructureAwardsConnectionFilters | null | undefined;
  /** Condition on the nodes related through `businessPartners`. */
  businessPartners?: BusinessRelationshipFilters | null | undefined;
  /** Condition on the `businessPartners` relationships (related node and relationship properties). */
  businessPartnersConnection?: EssStructureBusinessPartnersConnectionFilters | null | undefined;
  /** Condition on the nodes related through `customers`. */
  customers?: BusinessRelationshipFilters | null | undefined;
  /** Condition on the `customers` relationships (related node and relationship properties). */
  customersConnection?: EssStructureCustomersConnectionFilters | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `essPartners`. */
  essPartners?: EssStructureRelationshipFilters | null | undefined;
  /** Condition on the `essPartners` relationships (related node and relationship properties). */
  essPartnersConnection?: EssStructureEssPartnersConnectionFilters | null | undefined;
  /** Condition on the nodes related through `events`. */
  events?: EventRelationshipFilters | null | undefined;
  /** Condition on the `events` relationships (related node and relationship properties). */
  eventsConnection?: EssStructureEventsConnectionFilters | null | undefined;
  /** Condition on `foundedYear` (Year founded). */
  foundedYear?: IntScalarFilters | null | undefined;
  /** Condition on the nodes related through `funders`. */
  funders?: FinancerRelationshipFilters | null | undefined;
  /** Condition on the `funders` relationships (related node and relationship properties). */
  fundersConnection?: EssStructureFundersConnectionFilters | null | undefined;
  /** Condition on `id` (Stable identifier). */
  id?: IdScalarFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarFilters | null | undefined;
  /** Condition on `isVitrine` (Whether it is its town's "vitrine de l'ESS" (showcase structure)). */
  isVitrine?: BooleanScalarFilters | null | undefined;
  /** Condition on `legalForm` (Legal form, among the ESS families; null when not known). */
  legalForm?: LegalFormEnumScalarFilters | null | undefined;
  /** Condition on `location` (Location (WGS84)). */
  location?: PointFilters | null | undefined;
  /** Condition on the nodes related through `memberOf`. */
  memberOf?: SupportProviderRelationshipFilters | null | undefined;
  /** Condition on the `memberOf` relationships (related node and relationship properties). */
  memberOfConnection?: EssStructureMemberOfConnectionFilters | null | undefined;
  /** Condition on `nafCode` (Activity code (NAF rev. 2, e.g. 56.10A)). */
  nafCode?: StringScalarFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `needs`. */
  needs?: ResourceNeedRelationshipFilters | null | undefined;
  /** Condition on the `needs` relationships (related node and relationship properties). */
  needsConnection?: EssStructureNeedsConnectionFilters | null | undefined;
  /** Condition on the nodes related through `offers`. */
  offers?: ResourceOfferRelationshipFilters | null | undefined;
  /** Condition on the `offers` relationships (related node and relationship properties). */
  offersConnection?: EssStructureOffersConnectionFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarFilters | null | undefined;
  /** Condition on `projectKind` (Kind of project in the programme's words, in French (e.g. épicerie solidaire, atelier vélo participatif)). */
  projectKind?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `researchLinks`. */
  researchLinks?: ResearchUnitRelationshipFilters | null | undefined;
  /** Condition on the `researchLinks` relationships (related node and relationship properties). */
  researchLinksConnection?: EssStructureResearchLinksConnectionFilters | null | undefined;
  /** Condition on `rnaId` (RNA identifier (W + 9 digits) for associations). */
  rnaId?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `sharedResources`. */
  sharedResources?: SharedResourceRelationshipFilters | null | undefined;
  /** Condition on the `sharedResources` relationships (related node and relationship properties). */
  sharedResourcesConnection?: EssStructureSharedResourcesConnectionFilters | null | undefined;
  /** Condition on `siren` (SIREN of the legal unit (9 digits), when registered). */
  siren?: StringScalarFilters | null | undefined;
  /** Condition on `siret` (SIRET of the establishment (14 digits), when registered). */
  siret?: StringScalarFilters | null | undefined;
  /** Condition on `source` (Where the record comes from: a URL, a file, "programme text", "illustrative", or the coordinator who created it). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `staffRange` (INSEE staff range code (tranche d'effectifs: NN, 00, 01 ... 53)). */
  staffRange?: StringScalarFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarFilters | null | undefined;
  /** Condition on `stage` (Stage of development). */
  stage?: StageEnumScalarFilters | null | undefined;
  /** Condition on the nodes related through `supporters`. */
  supporters?: SupportProviderRelationshipFilters | null | undefined;
  /** Condition on the `supporters` relationships (related node and relationship properties). */
  supportersConnection?: EssStructureSupportersConnectionFilters | null | undefined;
  /** Condition on the nodes related through `themes`. */
  themes?: ThemeRelationshipFilters | null | undefined;
  /** Condition on the `themes` relationships (related node and relationship properties). */
  themesConnection?: EssStructureThemesConnectionFilters | null | undefined;
  /** Condition on the nodes related through `town`. */
  town?: TownRelationshipFilters | null | undefined;
  /** Condition on the `town` relationships (related node and relationship properties). */
  townConnection?: EssStructureTownConnectionFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarFilters | null | undefined;
};

/** Links an Event to existing nodes through `actions`: the nodes to connect (where), and the relationship properties. */
export type EventActionsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeActionConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeActionConnectWhere | null | undefined;
};

/** Filters Event nodes by aggregates over their `actions` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EventActionsConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EventActionsConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventActionsConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventActionsConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EventActionsNodeAggregationWhereInput | null | undefined;
};

/** Filters Event nodes by their `actions` relationships: all, none, single or some of them must match. */
export type EventActionsConnectionFilters = {
  /** Filter Events by aggregating results on related EventActionsConnections */
  aggregate?: EventActionsConnectionAggregateInput | null | undefined;
  /** Return Events where all of the related EventActionsConnections match this filter */
  all?: EventActionsConnectionWhere | null | undefined;
  /** Return Events where none of the related EventActionsConnections match this filter */
  none?: EventActionsConnectionWhere | null | undefined;
  /** Return Events where one of the related EventActionsConnections match this filter */
  single?: EventActionsConnectionWhere | null | undefined;
  /** Return Events where some of the related EventActionsConnections match this filter */
  some?: EventActionsConnectionWhere | null | undefined;
};

/** Filters the `actions` relationships of an Event by the related node (node) and the relationship's properties (edge). */
export type EventActionsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EventActionsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventActionsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventActionsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ProgrammeActionWhere | null | undefined;
};

/** Creates a node and links it to an Event through `actions`, with the relationship properties. */
export type EventActionsCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ProgrammeActionCreateInput;
};

/** Deletes nodes linked to an Event through `actions` that match `where`. */
export type EventActionsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ProgrammeActionDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventActionsConnectionWhere | null | undefined;
};

/** Removes `actions` relationships of an Event that match `where` (the related nodes stay). */
export type EventActionsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ProgrammeActionDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventActionsConnectionWhere | null | undefined;
};

/** The `actions` relationships of a new Event: nodes to create or existing nodes to connect. */
export type EventActionsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventActionsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EventActionsCreateFieldInput> | null | undefined;
};

/** Filters Event nodes by aggregates of the properties of the nodes they reach through `actions`. */
export type EventActionsNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EventActionsNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventActionsNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventActionsNodeAggregationWhereInput> | null | undefined;
  /** Condition on `description` (What happened). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sinceYear` (First year of the action, when stated). */
  sinceYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `title` (Title). */
  title?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `titleEn` (Title in English). */
  titleEn?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an Event's `actions` relationship. */
export type EventActionsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ProgrammeActionUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventActionsConnectionWhere | null | undefined;
};

/** Changes to the `actions` relationships of an Event: connect, create, update, disconnect or delete. */
export type EventActionsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventActionsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EventActionsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EventActionsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EventActionsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EventActionsUpdateConnectionInput | null | undefined;
};

/** Links an Event to existing nodes through `businessAttendees`: the nodes to connect (where), and the relationship properties. */
export type EventBusinessAttendeesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<BusinessConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge: AttendanceCreateInput;
  /** Filter: only the items matching it. */
  where?: BusinessConnectWhere | null | undefined;
};

/** Filters Event nodes by aggregates over their `businessAttendees` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EventBusinessAttendeesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EventBusinessAttendeesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventBusinessAttendeesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventBusinessAttendeesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: AttendanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EventBusinessAttendeesNodeAggregationWhereInput | null | undefined;
};

/** Filters Event nodes by their `businessAttendees` relationships: all, none, single or some of them must match. */
export type EventBusinessAttendeesConnectionFilters = {
  /** Filter Events by aggregating results on related EventBusinessAttendeesConnections */
  aggregate?: EventBusinessAttendeesConnectionAggregateInput | null | undefined;
  /** Return Events where all of the related EventBusinessAttendeesConnections match this filter */
  all?: EventBusinessAttendeesConnectionWhere | null | undefined;
  /** Return Events where none of the related EventBusinessAttendeesConnections match this filter */
  none?: EventBusinessAttendeesConnectionWhere | null | undefined;
  /** Return Events where one of the related EventBusinessAttendeesConnections match this filter */
  single?: EventBusinessAttendeesConnectionWhere | null | undefined;
  /** Return Events where some of the related EventBusinessAttendeesConnections match this filter */
  some?: EventBusinessAttendeesConnectionWhere | null | undefined;
};

/** Filters the `businessAttendees` relationships of an Event by the related node (node) and the relationship's properties (edge). */
export type EventBusinessAttendeesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EventBusinessAttendeesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventBusinessAttendeesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventBusinessAttendeesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: AttendanceWhere | null | undefined;
  /** The node. */
  node?: BusinessWhere | null | undefined;
};

/** Creates a node and links it to an Event through `businessAttendees`, with the relationship properties. */
export type EventBusinessAttendeesCreateFieldInput = {
  /** The relationship's properties. */
  edge: AttendanceCreateInput;
  /** The node. */
  node: BusinessCreateInput;
};

/** Deletes nodes linked to an Event through `businessAttendees` that match `where`. */
export type EventBusinessAttendeesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: BusinessDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventBusinessAttendeesConnectionWhere | null | undefined;
};

/** Removes `businessAttendees` relationships of an Event that match `where` (the related nodes stay). */
export type EventBusinessAttendeesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: BusinessDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventBusinessAttendeesConnectionWhere | null | undefined;
};

/** The `businessAttendees` relationships of a new Event: nodes to create or existing nodes to connect. */
export type EventBusinessAttendeesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventBusinessAttendeesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EventBusinessAttendeesCreateFieldInput> | null | undefined;
};

/** Filters Event nodes by aggregates of the properties of the nodes they reach through `businessAttendees`. */
export type EventBusinessAttendeesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EventBusinessAttendeesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventBusinessAttendeesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventBusinessAttendeesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description` (What happened). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `nafCode`. */
  nafCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name`. */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siren`. */
  siren?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siret`. */
  siret?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRange`. */
  staffRange?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an Event's `businessAttendees` relationship. */
export type EventBusinessAttendeesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: AttendanceUpdateInput | null | undefined;
  /** The node. */
  node?: BusinessUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventBusinessAttendeesConnectionWhere | null | undefined;
};

/** Changes to the `businessAttendees` relationships of an Event: connect, create, update, disconnect or delete. */
export type EventBusinessAttendeesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventBusinessAttendeesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EventBusinessAttendeesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EventBusinessAttendeesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EventBusinessAttendeesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EventBusinessAttendeesUpdateConnectionInput | null | undefined;
};

/** Relationships to create from an Event to existing nodes, relationship field by field. */
export type EventConnectInput = {
  /** The `actions` relationships: existing nodes to link. */
  actions?: Array<EventActionsConnectFieldInput> | null | undefined;
  /** The `businessAttendees` relationships: existing nodes to link. */
  businessAttendees?: Array<EventBusinessAttendeesConnectFieldInput> | null | undefined;
  /** The `essAttendees` relationships: existing nodes to link. */
  essAttendees?: Array<EventEssAttendeesConnectFieldInput> | null | undefined;
  /** The `financerAttendees` relationships: existing nodes to link. */
  financerAttendees?: Array<EventFinancerAttendeesConnectFieldInput> | null | undefined;
  /** The `researchAttendees` relationships: existing nodes to link. */
  researchAttendees?: Array<EventResearchAttendeesConnectFieldInput> | null | undefined;
  /** The `supportAttendees` relationships: existing nodes to link. */
  supportAttendees?: Array<EventSupportAttendeesConnectFieldInput> | null | undefined;
  /** The `themes` relationships: existing nodes to link. */
  themes?: Array<EventThemesConnectFieldInput> | null | undefined;
  /** The `town` relationships: existing nodes to link. */
  town?: Array<EventTownConnectFieldInput> | null | undefined;
};

/** Selects the existing Event nodes to connect to. */
export type EventConnectWhere = {
  /** The node. */
  node: EventWhere;
};

/** The properties and relationships of a new Event. */
export type EventCreateInput = {
  /** The `actions` relationships: nodes to create or connect. */
  actions?: EventActionsFieldInput | null | undefined;
  /** The `businessAttendees` relationships: nodes to create or connect. */
  businessAttendees?: EventBusinessAttendeesFieldInput | null | undefined;
  /** Number of businesses that took part, as reported. */
  businessParticipantCount?: number | null | undefined;
  /** Date, when known. */
  date?: string | null | undefined;
  /** What happened. */
  description?: string | null | undefined;
  /** The `essAttendees` relationships: nodes to create or connect. */
  essAttendees?: EventEssAttendeesFieldInput | null | undefined;
  /** Number of ESS structures that took part, as reported. */
  essParticipantCount?: number | null | undefined;
  /** The `financerAttendees` relationships: nodes to create or connect. */
  financerAttendees?: EventFinancerAttendeesFieldInput | null | undefined;
  /** Kind of event. */
  kind: EventKind;
  /** Place (venue). */
  place?: string | null | undefined;
  /** The `researchAttendees` relationships: nodes to create or connect. */
  researchAttendees?: EventResearchAttendeesFieldInput | null | undefined;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** The `supportAttendees` relationships: nodes to create or connect. */
  supportAttendees?: EventSupportAttendeesFieldInput | null | undefined;
  /** The `themes` relationships: nodes to create or connect. */
  themes?: EventThemesFieldInput | null | undefined;
  /** Title. */
  title: string;
  /** The `town` relationships: nodes to create or connect. */
  town?: EventTownFieldInput | null | undefined;
  /** Year, when the exact date is not known. */
  year?: number | null | undefined;
};

/** Nodes related to an Event to delete along with it, relationship field by relationship field. */
export type EventDeleteInput = {
  /** The `actions` relationships: related nodes to delete. */
  actions?: Array<EventActionsDeleteFieldInput> | null | undefined;
  /** The `businessAttendees` relationships: related nodes to delete. */
  businessAttendees?: Array<EventBusinessAttendeesDeleteFieldInput> | null | undefined;
  /** The `essAttendees` relationships: related nodes to delete. */
  essAttendees?: Array<EventEssAttendeesDeleteFieldInput> | null | undefined;
  /** The `financerAttendees` relationships: related nodes to delete. */
  financerAttendees?: Array<EventFinancerAttendeesDeleteFieldInput> | null | undefined;
  /** The `researchAttendees` relationships: related nodes to delete. */
  researchAttendees?: Array<EventResearchAttendeesDeleteFieldInput> | null | undefined;
  /** The `supportAttendees` relationships: related nodes to delete. */
  supportAttendees?: Array<EventSupportAttendeesDeleteFieldInput> | null | undefined;
  /** The `themes` relationships: related nodes to delete. */
  themes?: Array<EventThemesDeleteFieldInput> | null | undefined;
  /** The `town` relationships: related nodes to delete. */
  town?: Array<EventTownDeleteFieldInput> | null | undefined;
};

/** Relationships of an Event to remove, relationship field by field (the related nodes stay). */
export type EventDisconnectInput = {
  /** The `actions` relationships: relationships to remove. */
  actions?: Array<EventActionsDisconnectFieldInput> | null | undefined;
  /** The `businessAttendees` relationships: relationships to remove. */
  businessAttendees?: Array<EventBusinessAttendeesDisconnectFieldInput> | null | undefined;
  /** The `essAttendees` relationships: relationships to remove. */
  essAttendees?: Array<EventEssAttendeesDisconnectFieldInput> | null | undefined;
  /** The `financerAttendees` relationships: relationships to remove. */
  financerAttendees?: Array<EventFinancerAttendeesDisconnectFieldInput> | null | undefined;
  /** The `researchAttendees` relationships: relationships to remove. */
  researchAttendees?: Array<EventResearchAttendeesDisconnectFieldInput> | null | undefined;
  /** The `supportAttendees` relationships: relationships to remove. */
  supportAttendees?: Array<EventSupportAttendeesDisconnectFieldInput> | null | undefined;
  /** The `themes` relationships: relationships to remove. */
  themes?: Array<EventThemesDisconnectFieldInput> | null | undefined;
  /** The `town` relationships: relationships to remove. */
  town?: Array<EventTownDisconnectFieldInput> | null | undefined;
};

/** Links an Event to existing nodes through `essAttendees`: the nodes to connect (where), and the relationship properties. */
export type EventEssAttendeesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge: AttendanceCreateInput;
  /** Filter: only the items matching it. */
  where?: EssStructureConnectWhere | null | undefined;
};

/** Filters Event nodes by aggregates over their `essAttendees` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EventEssAttendeesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EventEssAttendeesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventEssAttendeesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventEssAttendeesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: AttendanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EventEssAttendeesNodeAggregationWhereInput | null | undefined;
};

/** Filters Event nodes by their `essAttendees` relationships: all, none, single or some of them must match. */
export type EventEssAttendeesConnectionFilters = {
  /** Filter Events by aggregating results on related EventEssAttendeesConnections */
  aggregate?: EventEssAttendeesConnectionAggregateInput | null | undefined;
  /** Return Events where all of the related EventEssAttendeesConnections match this filter */
  all?: EventEssAttendeesConnectionWhere | null | undefined;
  /** Return Events where none of the related EventEssAttendeesConnections match this filter */
  none?: EventEssAttendeesConnectionWhere | null | undefined;
  /** Return Events where one of the related EventEssAttendeesConnections match this filter */
  single?: EventEssAttendeesConnectionWhere | null | undefined;
  /** Return Events where some of the related EventEssAttendeesConnections match this filter */
  some?: EventEssAttendeesConnectionWhere | null | undefined;
};

/** Filters the `essAttendees` relationships of an Event by the related node (node) and the relationship's properties (edge). */
export type EventEssAttendeesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EventEssAttendeesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventEssAttendeesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventEssAttendeesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: AttendanceWhere | null | undefined;
  /** The node. */
  node?: EssStructureWhere | null | undefined;
};

/** Creates a node and links it to an Event through `essAttendees`, with the relationship properties. */
export type EventEssAttendeesCreateFieldInput = {
  /** The relationship's properties. */
  edge: AttendanceCreateInput;
  /** The node. */
  node: EssStructureCreateInput;
};

/** Deletes nodes linked to an Event through `essAttendees` that match `where`. */
export type EventEssAttendeesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EssStructureDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventEssAttendeesConnectionWhere | null | undefined;
};

/** Removes `essAttendees` relationships of an Event that match `where` (the related nodes stay). */
export type EventEssAttendeesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EssStructureDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventEssAttendeesConnectionWhere | null | undefined;
};

/** The `essAttendees` relationships of a new Event: nodes to create or existing nodes to connect. */
export type EventEssAttendeesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventEssAttendeesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EventEssAttendeesCreateFieldInput> | null | undefined;
};

/** Filters Event nodes by aggregates of the properties of the nodes they reach through `essAttendees`. */
export type EventEssAttendeesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EventEssAttendeesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventEssAttendeesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventEssAttendeesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description` (What happened). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `foundedYear` (Year founded). */
  foundedYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `nafCode`. */
  nafCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name`. */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `projectKind` (Kind of project in the programme's words, in French (e.g. épicerie solidaire, atelier vélo participatif)). */
  projectKind?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `rnaId` (RNA identifier (W + 9 digits) for associations). */
  rnaId?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siren`. */
  siren?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siret`. */
  siret?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRange`. */
  staffRange?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an Event's `essAttendees` relationship. */
export type EventEssAttendeesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: AttendanceUpdateInput | null | undefined;
  /** The node. */
  node?: EssStructureUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventEssAttendeesConnectionWhere | null | undefined;
};

/** Changes to the `essAttendees` relationships of an Event: connect, create, update, disconnect or delete. */
export type EventEssAttendeesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventEssAttendeesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EventEssAttendeesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EventEssAttendeesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EventEssAttendeesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EventEssAttendeesUpdateConnectionInput | null | undefined;
};

/** Links an Event to existing nodes through `financerAttendees`: the nodes to connect (where), and the relationship properties. */
export type EventFinancerAttendeesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<FinancerConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge: AttendanceCreateInput;
  /** Filter: only the items matching it. */
  where?: FinancerConnectWhere | null | undefined;
};

/** Filters Event nodes by aggregates over their `financerAttendees` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EventFinancerAttendeesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EventFinancerAttendeesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventFinancerAttendeesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventFinancerAttendeesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: AttendanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EventFinancerAttendeesNodeAggregationWhereInput | null | undefined;
};

/** Filters Event nodes by their `financerAttendees` relationships: all, none, single or some of them must match. */
export type EventFinancerAttendeesConnectionFilters = {
  /** Filter Events by aggregating results on related EventFinancerAttendeesConnections */
  aggregate?: EventFinancerAttendeesConnectionAggregateInput | null | undefined;
  /** Return Events where all of the related EventFinancerAttendeesConnections match this filter */
  all?: EventFinancerAttendeesConnectionWhere | null | undefined;
  /** Return Events where none of the related EventFinancerAttendeesConnections match this filter */
  none?: EventFinancerAttendeesConnectionWhere | null | undefined;
  /** Return Events where one of the related EventFinancerAttendeesConnections match this filter */
  single?: EventFinancerAttendeesConnectionWhere | null | undefined;
  /** Return Events where some of the related EventFinancerAttendeesConnections match this filter */
  some?: EventFinancerAttendeesConnectionWhere | null | undefined;
};

/** Filters the `financerAttendees` relationships of an Event by the related node (node) and the relationship's properties (edge). */
export type EventFinancerAttendeesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EventFinancerAttendeesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventFinancerAttendeesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventFinancerAttendeesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: AttendanceWhere | null | undefined;
  /** The node. */
  node?: FinancerWhere | null | undefined;
};

/** Creates a node and links it to an Event through `financerAttendees`, with the relationship properties. */
export type EventFinancerAttendeesCreateFieldInput = {
  /** The relationship's properties. */
  edge: AttendanceCreateInput;
  /** The node. */
  node: FinancerCreateInput;
};

/** Deletes nodes linked to an Event through `financerAttendees` that match `where`. */
export type EventFinancerAttendeesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: FinancerDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventFinancerAttendeesConnectionWhere | null | undefined;
};

/** Removes `financerAttendees` relationships of an Event that match `where` (the related nodes stay). */
export type EventFinancerAttendeesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: FinancerDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventFinancerAttendeesConnectionWhere | null | undefined;
};

/** The `financerAttendees` relationships of a new Event: nodes to create or existing nodes to connect. */
export type EventFinancerAttendeesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventFinancerAttendeesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EventFinancerAttendeesCreateFieldInput> | null | undefined;
};

/** Filters Event nodes by aggregates of the properties of the nodes they reach through `financerAttendees`. */
export type EventFinancerAttendeesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EventFinancerAttendeesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventFinancerAttendeesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventFinancerAttendeesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `description` (What happened). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name`. */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `ticketMaxEur` (Largest usual ticket in euros). */
  ticketMaxEur?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `ticketMinEur` (Smallest usual ticket in euros). */
  ticketMinEur?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an Event's `financerAttendees` relationship. */
export type EventFinancerAttendeesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: AttendanceUpdateInput | null | undefined;
  /** The node. */
  node?: FinancerUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventFinancerAttendeesConnectionWhere | null | undefined;
};

/** Changes to the `financerAttendees` relationships of an Event: connect, create, update, disconnect or delete. */
export type EventFinancerAttendeesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventFinancerAttendeesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EventFinancerAttendeesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EventFinancerAttendeesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EventFinancerAttendeesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EventFinancerAttendeesUpdateConnectionInput | null | undefined;
};

/** Kinds of events. */
export type EventKind =
  /** Award ceremony (e.g. of a call for projects). */
  | 'AWARD_CEREMONY'
  /** Business convention between ESS structures and local businesses (e.g. the Top 10). */
  | 'BUSINESS_CONVENTION'
  /** Information session. */
  | 'INFORMATION_SESSION'
  /** Any other public event. */
  | 'OTHER'
  /** Thematic workshop. */
  | 'WORKSHOP';

/** EventKind filters */
export type EventKindEnumScalarFilters = {
  /** Equal to this value. */
  eq?: EventKind | null | undefined;
  /** Equal to one of these values. */
  in?: Array<EventKind> | null | undefined;
};

/** EventKind mutations */
export type EventKindEnumScalarMutations = {
  /** New value (null clears it where the property is optional). */
  set?: EventKind | null | undefined;
};

/** Filters on a list of related Event nodes: all, none, single or some of them must match. */
export type EventRelationshipFilters = {
  /** Filter type where all of the related Events match this filter */
  all?: EventWhere | null | undefined;
  /** Filter type where none of the related Events match this filter */
  none?: EventWhere | null | undefined;
  /** Filter type where one of the related Events match this filter */
  single?: EventWhere | null | undefined;
  /** Filter type where some of the related Events match this filter */
  some?: EventWhere | null | undefined;
};

/** Links an Event to existing nodes through `researchAttendees`: the nodes to connect (where), and the relationship properties. */
export type EventResearchAttendeesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResearchUnitConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge: AttendanceCreateInput;
  /** Filter: only the items matching it. */
  where?: ResearchUnitConnectWhere | null | undefined;
};

/** Filters Event nodes by aggregates over their `researchAttendees` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EventResearchAttendeesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EventResearchAttendeesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventResearchAttendeesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventResearchAttendeesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: AttendanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EventResearchAttendeesNodeAggregationWhereInput | null | undefined;
};

/** Filters Event nodes by their `researchAttendees` relationships: all, none, single or some of them must match. */
export type EventResearchAttendeesConnectionFilters = {
  /** Filter Events by aggregating results on related EventResearchAttendeesConnections */
  aggregate?: EventResearchAttendeesConnectionAggregateInput | null | undefined;
  /** Return Events where all of the related EventResearchAttendeesConnections match this filter */
  all?: EventResearchAttendeesConnectionWhere | null | undefined;
  /** Return Events where none of the related EventResearchAttendeesConnections match this filter */
  none?: EventResearchAttendeesConnectionWhere | null | undefined;
  /** Return Events where one of the related EventResearchAttendeesConnections match this filter */
  single?: EventResearchAttendeesConnectionWhere | null | undefined;
  /** Return Events where some of the related EventResearchAttendeesConnections match this filter */
  some?: EventResearchAttendeesConnectionWhere | null | undefined;
};

/** Filters the `researchAttendees` relationships of an Event by the related node (node) and the relationship's properties (edge). */
export type EventResearchAttendeesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EventResearchAttendeesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventResearchAttendeesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventResearchAttendeesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: AttendanceWhere | null | undefined;
  /** The node. */
  node?: ResearchUnitWhere | null | undefined;
};

/** Creates a node and links it to an Event through `researchAttendees`, with the relationship properties. */
export type EventResearchAttendeesCreateFieldInput = {
  /** The relationship's properties. */
  edge: AttendanceCreateInput;
  /** The node. */
  node: ResearchUnitCreateInput;
};

/** Deletes nodes linked to an Event through `researchAttendees` that match `where`. */
export type EventResearchAttendeesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ResearchUnitDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventResearchAttendeesConnectionWhere | null | undefined;
};

/** Removes `researchAttendees` relationships of an Event that match `where` (the related nodes stay). */
export type EventResearchAttendeesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ResearchUnitDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventResearchAttendeesConnectionWhere | null | undefined;
};

/** The `researchAttendees` relationships of a new Event: nodes to create or existing nodes to connect. */
export type EventResearchAttendeesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventResearchAttendeesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EventResearchAttendeesCreateFieldInput> | null | undefined;
};

/** Filters Event nodes by aggregates of the properties of the nodes they reach through `researchAttendees`. */
export type EventResearchAttendeesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EventResearchAttendeesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventResearchAttendeesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventResearchAttendeesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `description` (What happened). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `endYear` (Last year (projects); null while it goes on). */
  endYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `name`. */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `startYear` (First year (projects)). */
  startYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an Event's `researchAttendees` relationship. */
export type EventResearchAttendeesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: AttendanceUpdateInput | null | undefined;
  /** The node. */
  node?: ResearchUnitUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventResearchAttendeesConnectionWhere | null | undefined;
};

/** Changes to the `researchAttendees` relationships of an Event: connect, create, update, disconnect or delete. */
export type EventResearchAttendeesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventResearchAttendeesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EventResearchAttendeesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EventResearchAttendeesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EventResearchAttendeesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EventResearchAttendeesUpdateConnectionInput | null | undefined;
};

/** Links an Event to existing nodes through `supportAttendees`: the nodes to connect (where), and the relationship properties. */
export type EventSupportAttendeesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<SupportProviderConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge: AttendanceCreateInput;
  /** Filter: only the items matching it. */
  where?: SupportProviderConnectWhere | null | undefined;
};

/** Filters Event nodes by aggregates over their `supportAttendees` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EventSupportAttendeesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EventSupportAttendeesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventSupportAttendeesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventSupportAttendeesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: AttendanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EventSupportAttendeesNodeAggregationWhereInput | null | undefined;
};

/** Filters Event nodes by their `supportAttendees` relationships: all, none, single or some of them must match. */
export type EventSupportAttendeesConnectionFilters = {
  /** Filter Events by aggregating results on related EventSupportAttendeesConnections */
  aggregate?: EventSupportAttendeesConnectionAggregateInput | null | undefined;
  /** Return Events where all of the related EventSupportAttendeesConnections match this filter */
  all?: EventSupportAttendeesConnectionWhere | null | undefined;
  /** Return Events where none of the related EventSupportAttendeesConnections match this filter */
  none?: EventSupportAttendeesConnectionWhere | null | undefined;
  /** Return Events where one of the related EventSupportAttendeesConnections match this filter */
  single?: EventSupportAttendeesConnectionWhere | null | undefined;
  /** Return Events where some of the related EventSupportAttendeesConnections match this filter */
  some?: EventSupportAttendeesConnectionWhere | null | undefined;
};

/** Filters the `supportAttendees` relationships of an Event by the related node (node) and the relationship's properties (edge). */
export type EventSupportAttendeesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EventSupportAttendeesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventSupportAttendeesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventSupportAttendeesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: AttendanceWhere | null | undefined;
  /** The node. */
  node?: SupportProviderWhere | null | undefined;
};

/** Creates a node and links it to an Event through `supportAttendees`, with the relationship properties. */
export type EventSupportAttendeesCreateFieldInput = {
  /** The relationship's properties. */
  edge: AttendanceCreateInput;
  /** The node. */
  node: SupportProviderCreateInput;
};

/** Deletes nodes linked to an Event through `supportAttendees` that match `where`. */
export type EventSupportAttendeesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: SupportProviderDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventSupportAttendeesConnectionWhere | null | undefined;
};

/** Removes `supportAttendees` relationships of an Event that match `where` (the related nodes stay). */
export type EventSupportAttendeesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: SupportProviderDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventSupportAttendeesConnectionWhere | null | undefined;
};

/** The `supportAttendees` relationships of a new Event: nodes to create or existing nodes to connect. */
export type EventSupportAttendeesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventSupportAttendeesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EventSupportAttendeesCreateFieldInput> | null | undefined;
};

/** Filters Event nodes by aggregates of the properties of the nodes they reach through `supportAttendees`. */
export type EventSupportAttendeesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EventSupportAttendeesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventSupportAttendeesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventSupportAttendeesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `description` (What happened). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name`. */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an Event's `supportAttendees` relationship. */
export type EventSupportAttendeesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: AttendanceUpdateInput | null | undefined;
  /** The node. */
  node?: SupportProviderUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventSupportAttendeesConnectionWhere | null | undefined;
};

/** Changes to the `supportAttendees` relationships of an Event: connect, create, update, disconnect or delete. */
export type EventSupportAttendeesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventSupportAttendeesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EventSupportAttendeesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EventSupportAttendeesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EventSupportAttendeesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EventSupportAttendeesUpdateConnectionInput | null | undefined;
};

/** Links an Event to existing nodes through `themes`: the nodes to connect (where), and the relationship properties. */
export type EventThemesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ThemeConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ThemeConnectWhere | null | undefined;
};

/** Filters Event nodes by aggregates over their `themes` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EventThemesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EventThemesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventThemesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventThemesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EventThemesNodeAggregationWhereInput | null | undefined;
};

/** Filters Event nodes by their `themes` relationships: all, none, single or some of them must match. */
export type EventThemesConnectionFilters = {
  /** Filter Events by aggregating results on related EventThemesConnections */
  aggregate?: EventThemesConnectionAggregateInput | null | undefined;
  /** Return Events where all of the related EventThemesConnections match this filter */
  all?: EventThemesConnectionWhere | null | undefined;
  /** Return Events where none of the related EventThemesConnections match this filter */
  none?: EventThemesConnectionWhere | null | undefined;
  /** Return Events where one of the related EventThemesConnections match this filter */
  single?: EventThemesConnectionWhere | null | undefined;
  /** Return Events where some of the related EventThemesConnections match this filter */
  some?: EventThemesConnectionWhere | null | undefined;
};

/** Filters the `themes` relationships of an Event by the related node (node) and the relationship's properties (edge). */
export type EventThemesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EventThemesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventThemesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventThemesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ThemeWhere | null | undefined;
};

/** Creates a node and links it to an Event through `themes`, with the relationship properties. */
export type EventThemesCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ThemeCreateInput;
};

/** Deletes nodes linked to an Event through `themes` that match `where`. */
export type EventThemesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ThemeDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventThemesConnectionWhere | null | undefined;
};

/** Removes `themes` relationships of an Event that match `where` (the related nodes stay). */
export type EventThemesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ThemeDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventThemesConnectionWhere | null | undefined;
};

/** The `themes` relationships of a new Event: nodes to create or existing nodes to connect. */
export type EventThemesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventThemesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EventThemesCreateFieldInput> | null | undefined;
};

/** Filters Event nodes by aggregates of the properties of the nodes they reach through `themes`. */
export type EventThemesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EventThemesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventThemesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventThemesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `code`. */
  code?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `labelEn` (Label in English). */
  labelEn?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `labelFr` (Label in French). */
  labelFr?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an Event's `themes` relationship. */
export type EventThemesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ThemeUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventThemesConnectionWhere | null | undefined;
};

/** Changes to the `themes` relationships of an Event: connect, create, update, disconnect or delete. */
export type EventThemesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventThemesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EventThemesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EventThemesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EventThemesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EventThemesUpdateConnectionInput | null | undefined;
};

/** Links an Event to existing nodes through `town`: the nodes to connect (where), and the relationship properties. */
export type EventTownConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TownConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TownConnectWhere | null | undefined;
};

/** Filters Event nodes by aggregates over their `town` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type EventTownConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<EventTownConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventTownConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventTownConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: EventTownNodeAggregationWhereInput | null | undefined;
};

/** Filters Event nodes by their `town` relationships: all, none, single or some of them must match. */
export type EventTownConnectionFilters = {
  /** Filter Events by aggregating results on related EventTownConnections */
  aggregate?: EventTownConnectionAggregateInput | null | undefined;
  /** Return Events where all of the related EventTownConnections match this filter */
  all?: EventTownConnectionWhere | null | undefined;
  /** Return Events where none of the related EventTownConnections match this filter */
  none?: EventTownConnectionWhere | null | undefined;
  /** Return Events where one of the related EventTownConnections match this filter */
  single?: EventTownConnectionWhere | null | undefined;
  /** Return Events where some of the related EventTownConnections match this filter */
  some?: EventTownConnectionWhere | null | undefined;
};

/** Filters the `town` relationships of an Event by the related node (node) and the relationship's properties (edge). */
export type EventTownConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EventTownConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventTownConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventTownConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: TownWhere | null | undefined;
};

/** Creates a node and links it to an Event through `town`, with the relationship properties. */
export type EventTownCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: TownCreateInput;
};

/** Deletes nodes linked to an Event through `town` that match `where`. */
export type EventTownDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: TownDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventTownConnectionWhere | null | undefined;
};

/** Removes `town` relationships of an Event that match `where` (the related nodes stay). */
export type EventTownDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: TownDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventTownConnectionWhere | null | undefined;
};

/** The `town` relationships of a new Event: nodes to create or existing nodes to connect. */
export type EventTownFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventTownConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EventTownCreateFieldInput> | null | undefined;
};

/** Filters Event nodes by aggregates of the properties of the nodes they reach through `town`. */
export type EventTownNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<EventTownNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventTownNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventTownNodeAggregationWhereInput> | null | undefined;
  /** Condition on `inseeCode` (Official INSEE code (code officiel géographique), e.g. 94028). */
  inseeCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name`. */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `population`. */
  population?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of an Event's `town` relationship. */
export type EventTownUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: TownUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventTownConnectionWhere | null | undefined;
};

/** Changes to the `town` relationships of an Event: connect, create, update, disconnect or delete. */
export type EventTownUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventTownConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<EventTownCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<EventTownDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<EventTownDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: EventTownUpdateConnectionInput | null | undefined;
};

/** Changes to an Event: properties to set, relationships to connect, create, update, disconnect or delete. */
export type EventUpdateInput = {
  /** The `actions` relationships: changes to make. */
  actions?: Array<EventActionsUpdateFieldInput> | null | undefined;
  /** The `businessAttendees` relationships: changes to make. */
  businessAttendees?: Array<EventBusinessAttendeesUpdateFieldInput> | null | undefined;
  /** New value of `businessParticipantCount` (Number of businesses that took part, as reported): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  businessParticipantCount?: IntScalarMutations | null | undefined;
  /** New value of `date` (Date, when known): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  date?: DateScalarMutations | null | undefined;
  /** New value of `description` (What happened): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  description?: StringScalarMutations | null | undefined;
  /** The `essAttendees` relationships: changes to make. */
  essAttendees?: Array<EventEssAttendeesUpdateFieldInput> | null | undefined;
  /** New value of `essParticipantCount` (Number of ESS structures that took part, as reported): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  essParticipantCount?: IntScalarMutations | null | undefined;
  /** The `financerAttendees` relationships: changes to make. */
  financerAttendees?: Array<EventFinancerAttendeesUpdateFieldInput> | null | undefined;
  /** New value of `kind` (Kind of event): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  kind?: EventKindEnumScalarMutations | null | undefined;
  /** New value of `place` (Place (venue)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  place?: StringScalarMutations | null | undefined;
  /** The `researchAttendees` relationships: changes to make. */
  researchAttendees?: Array<EventResearchAttendeesUpdateFieldInput> | null | undefined;
  /** New value of `source` (Where the record comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** The `supportAttendees` relationships: changes to make. */
  supportAttendees?: Array<EventSupportAttendeesUpdateFieldInput> | null | undefined;
  /** The `themes` relationships: changes to make. */
  themes?: Array<EventThemesUpdateFieldInput> | null | undefined;
  /** New value of `title` (Title): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  title?: StringScalarMutations | null | undefined;
  /** The `town` relationships: changes to make. */
  town?: Array<EventTownUpdateFieldInput> | null | undefined;
  /** New value of `year` (Year, when the exact date is not known): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  year?: IntScalarMutations | null | undefined;
};

/** Filters Event nodes: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type EventWhere = {
  /** All of these conditions must hold. */
  AND?: Array<EventWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: EventWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<EventWhere> | null | undefined;
  /** Condition on the nodes related through `actions`. */
  actions?: ProgrammeActionRelationshipFilters | null | undefined;
  /** Condition on the `actions` relationships (related node and relationship properties). */
  actionsConnection?: EventActionsConnectionFilters | null | undefined;
  /** Condition on the nodes related through `businessAttendees`. */
  businessAttendees?: BusinessRelationshipFilters | null | undefined;
  /** Condition on the `businessAttendees` relationships (related node and relationship properties). */
  businessAttendeesConnection?: EventBusinessAttendeesConnectionFilters | null | undefined;
  /** Condition on `businessParticipantCount` (Number of businesses that took part, as reported). */
  businessParticipantCount?: IntScalarFilters | null | undefined;
  /** Condition on `date` (Date, when known). */
  date?: DateScalarFilters | null | undefined;
  /** Condition on `description` (What happened). */
  description?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `essAttendees`. */
  essAttendees?: EssStructureRelationshipFilters | null | undefined;
  /** Condition on the `essAttendees` relationships (related node and relationship properties). */
  essAttendeesConnection?: EventEssAttendeesConnectionFilters | null | undefined;
  /** Condition on `essParticipantCount` (Number of ESS structures that took part, as reported). */
  essParticipantCount?: IntScalarFilters | null | undefined;
  /** Condition on the nodes related through `financerAttendees`. */
  financerAttendees?: FinancerRelationshipFilters | null | undefined;
  /** Condition on the `financerAttendees` relationships (related node and relationship properties). */
  financerAttendeesConnection?: EventFinancerAttendeesConnectionFilters | null | undefined;
  /** Condition on `id` (Stable identifier). */
  id?: IdScalarFilters | null | undefined;
  /** Condition on `kind` (Kind of event). */
  kind?: EventKindEnumScalarFilters | null | undefined;
  /** Condition on `place` (Place (venue)). */
  place?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `researchAttendees`. */
  researchAttendees?: ResearchUnitRelationshipFilters | null | undefined;
  /** Condition on the `researchAttendees` relationships (related node and relationship properties). */
  researchAttendeesConnection?: EventResearchAttendeesConnectionFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `supportAttendees`. */
  supportAttendees?: SupportProviderRelationshipFilters | null | undefined;
  /** Condition on the `supportAttendees` relationships (related node and relationship properties). */
  supportAttendeesConnection?: EventSupportAttendeesConnectionFilters | null | undefined;
  /** Condition on the nodes related through `themes`. */
  themes?: ThemeRelationshipFilters | null | undefined;
  /** Condition on the `themes` relationships (related node and relationship properties). */
  themesConnection?: EventThemesConnectionFilters | null | undefined;
  /** Condition on `title` (Title). */
  title?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `town`. */
  town?: TownRelationshipFilters | null | undefined;
  /** Condition on the `town` relationships (related node and relationship properties). */
  townConnection?: EventTownConnectionFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarFilters | null | undefined;
  /** Condition on `year` (Year, when the exact date is not known). */
  year?: IntScalarFilters | null | undefined;
};

/** Financial instruments. */
export type FinanceInstrument =
  /** Equity or quasi-equity. */
  | 'EQUITY'
  /** Grant (subvention). */
  | 'GRANT'
  /** Loan guarantee. */
  | 'GUARANTEE'
  /** Loan, including honour loans. */
  | 'LOAN';

/** FinanceInstrument filters */
export type FinanceInstrumentEnumScalarFilters = {
  /** Equal to this value. */
  eq?: FinanceInstrument | null | undefined;
  /** Equal to one of these values. */
  in?: Array<FinanceInstrument> | null | undefined;
};

/** FinanceInstrument mutations */
export type FinanceInstrumentEnumScalarMutations = {
  /** New value (null clears it where the property is optional). */
  set?: FinanceInstrument | null | undefined;
};

/** FinanceInstrument filters */
export type FinanceInstrumentListEnumScalarFilters = {
  /** Equal to this value. */
  eq?: Array<FinanceInstrument> | null | undefined;
  /** The list includes this value. */
  includes?: FinanceInstrument | null | undefined;
};

/** Mutations for a list for FinanceInstrument */
export type FinanceInstrumentListEnumScalarMutations = {
  /** Number of values to remove from the end of the list. */
  pop?: FinanceInstrument | null | undefined;
  /** Values to append to the list. */
  push?: Array<FinanceInstrument> | null | undefined;
  /** New value (null clears it where the property is optional). */
  set?: Array<FinanceInstrument> | null | undefined;
};

/** Relationships to create from a Financer to existing nodes, relationship field by field. */
export type FinancerConnectInput = {
  /** The `contacts` relationships: existing nodes to link. */
  contacts?: Array<FinancerContactsConnectFieldInput> | null | undefined;
  /** The `events` relationships: existing nodes to link. */
  events?: Array<FinancerEventsConnectFieldInput> | null | undefined;
  /** The `funded` relationships: existing nodes to link. */
  funded?: Array<FinancerFundedConnectFieldInput> | null | undefined;
  /** The `themes` relationships: existing nodes to link. */
  themes?: Array<FinancerThemesConnectFieldInput> | null | undefined;
};

/** Selects the existing Financer nodes to connect to. */
export type FinancerConnectWhere = {
  /** The node. */
  node: FinancerWhere;
};

/** Links a Financer to existing nodes through `contacts`: the nodes to connect (where), and the relationship properties. */
export type FinancerContactsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ContactConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ContactConnectWhere | null | undefined;
};

/** Filters the `contacts` relationships of a Financer by the related node (node) and the relationship's properties (edge). */
export type FinancerContactsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<FinancerContactsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: FinancerContactsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<FinancerContactsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ContactWhere | null | undefined;
};

/** Creates a node and links it to a Financer through `contacts`, with the relationship properties. */
export type FinancerContactsCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ContactCreateInput;
};

/** Deletes nodes linked to a Financer through `contacts` that match `where`. */
export type FinancerContactsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ContactDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: FinancerContactsConnectionWhere | null | undefined;
};

/** Removes `contacts` relationships of a Financer that match `where` (the related nodes stay). */
export type FinancerContactsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ContactDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: FinancerContactsConnectionWhere | null | undefined;
};

/** The `contacts` relationships of a new Financer: nodes to create or existing nodes to connect. */
export type FinancerContactsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<FinancerContactsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<FinancerContactsCreateFieldInput> | null | undefined;
};

/** Changes to the related node and the relationship properties of a Financer's `contacts` relationship. */
export type FinancerContactsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ContactUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: FinancerContactsConnectionWhere | null | undefined;
};

/** Changes to the `contacts` relationships of a Financer: connect, create, update, disconnect or delete. */
export type FinancerContactsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<FinancerContactsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<FinancerContactsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<FinancerContactsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<FinancerContactsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: FinancerContactsUpdateConnectionInput | null | undefined;
};

/** The properties and relationships of a new Financer. */
export type FinancerCreateInput = {
  /** The `contacts` relationships: nodes to create or connect. */
  contacts?: FinancerContactsFieldInput | null | undefined;
  /** Public description. */
  description?: string | null | undefined;
  /** The `events` relationships: nodes to create or connect. */
  events?: FinancerEventsFieldInput | null | undefined;
  /** The `funded` relationships: nodes to create or connect. */
  funded?: FinancerFundedFieldInput | null | undefined;
  /** Instruments it uses. */
  instruments: Array<FinanceInstrument>;
  /** Kind of financer. */
  kind: FinancerKind;
  /** Location (WGS84). */
  location?: PointInput | null | undefined;
  /** Name. */
  name: string;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** Stages it usually funds. */
  stages: Array<Stage>;
  /** The `themes` relationships: nodes to create or connect. */
  themes?: FinancerThemesFieldInput | null | undefined;
  /** Largest usual ticket in euros. */
  ticketMaxEur?: number | null | undefined;
  /** Smallest usual ticket in euros. */
  ticketMinEur?: number | null | undefined;
  /** Website URL. */
  website?: string | null | undefined;
};

/** Nodes related to a Financer to delete along with it, relationship field by relationship field. */
export type FinancerDeleteInput = {
  /** The `contacts` relationships: related nodes to delete. */
  contacts?: Array<FinancerContactsDeleteFieldInput> | null | undefined;
  /** The `events` relationships: related nodes to delete. */
  events?: Array<FinancerEventsDeleteFieldInput> | null | undefined;
  /** The `funded` relationships: related nodes to delete. */
  funded?: Array<FinancerFundedDeleteFieldInput> | null | undefined;
  /** The `themes` relationships: related nodes to delete. */
  themes?: Array<FinancerThemesDeleteFieldInput> | null | undefined;
};

/** Relationships of a Financer to remove, relationship field by field (the related nodes stay). */
export type FinancerDisconnectInput = {
  /** The `contacts` relationships: relationships to remove. */
  contacts?: Array<FinancerContactsDisconnectFieldInput> | null | undefined;
  /** The `events` relationships: relationships to remove. */
  events?: Array<FinancerEventsDisconnectFieldInput> | null | undefined;
  /** The `funded` relationships: relationships to remove. */
  funded?: Array<FinancerFundedDisconnectFieldInput> | null | undefined;
  /** The `themes` relationships: relationships to remove. */
  themes?: Array<FinancerThemesDisconnectFieldInput> | null | undefined;
};

/** Links a Financer to existing nodes through `events`: the nodes to connect (where), and the relationship properties. */
export type FinancerEventsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge: AttendanceCreateInput;
  /** Filter: only the items matching it. */
  where?: EventConnectWhere | null | undefined;
};

/** Filters Financer nodes by aggregates over their `events` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type FinancerEventsConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<FinancerEventsConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: FinancerEventsConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<FinancerEventsConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: AttendanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: FinancerEventsNodeAggregationWhereInput | null | undefined;
};

/** Filters Financer nodes by their `events` relationships: all, none, single or some of them must match. */
export type FinancerEventsConnectionFilters = {
  /** Filter Financers by aggregating results on related FinancerEventsConnections */
  aggregate?: FinancerEventsConnectionAggregateInput | null | undefined;
  /** Return Financers where all of the related FinancerEventsConnections match this filter */
  all?: FinancerEventsConnectionWhere | null | undefined;
  /** Return Financers where none of the related FinancerEventsConnections match this filter */
  none?: FinancerEventsConnectionWhere | null | undefined;
  /** Return Financers where one of the related FinancerEventsConnections match this filter */
  single?: FinancerEventsConnectionWhere | null | undefined;
  /** Return Financers where some of the related FinancerEventsConnections match this filter */
  some?: FinancerEventsConnectionWhere | null | undefined;
};

/** Filters the `events` relationships of a Financer by the related node (node) and the relationship's properties (edge). */
export type FinancerEventsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<FinancerEventsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: FinancerEventsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<FinancerEventsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: AttendanceWhere | null | undefined;
  /** The node. */
  node?: EventWhere | null | undefined;
};

/** Creates a node and links it to a Financer through `events`, with the relationship properties. */
export type FinancerEventsCreateFieldInput = {
  /** The relationship's properties. */
  edge: AttendanceCreateInput;
  /** The node. */
  node: EventCreateInput;
};

/** Deletes nodes linked to a Financer through `events` that match `where`. */
export type FinancerEventsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EventDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: FinancerEventsConnectionWhere | null | undefined;
};

/** Removes `events` relationships of a Financer that match `where` (the related nodes stay). */
export type FinancerEventsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EventDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: FinancerEventsConnectionWhere | null | undefined;
};

/** The `events` relationships of a new Financer: nodes to create or existing nodes to connect. */
export type FinancerEventsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<FinancerEventsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<FinancerEventsCreateFieldInput> | null | undefined;
};

/** Filters Financer nodes by aggregates of the properties of the nodes they reach through `events`. */
export type FinancerEventsNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<FinancerEventsNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: FinancerEventsNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<FinancerEventsNodeAggregationWhereInput> | null | undefined;
  /** Condition on `businessParticipantCount` (Number of businesses that took part, as reported). */
  businessParticipantCount?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `essParticipantCount` (Number of ESS structures that took part, as reported). */
  essParticipantCount?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `place` (Place (venue)). */
  place?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `title`. */
  title?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `year`. */
  year?: IntScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Financer's `events` relationship. */
export type FinancerEventsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: AttendanceUpdateInput | null | undefined;
  /** The node. */
  node?: EventUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: FinancerEventsConnectionWhere | null | undefined;
};

/** Changes to the `events` relationships of a Financer: connect, create, update, disconnect or delete. */
export type FinancerEventsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<FinancerEventsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<FinancerEventsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<FinancerEventsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<FinancerEventsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: FinancerEventsUpdateConnectionInput | null | undefined;
};

/** Links a Financer to existing nodes through `funded`: the nodes to connect (where), and the relationship properties. */
export type FinancerFundedConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge: FundingCreateInput;
  /** Filter: only the items matching it. */
  where?: EssStructureConnectWhere | null | undefined;
};

/** Filters Financer nodes by aggregates over their `funded` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type FinancerFundedConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<FinancerFundedConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: FinancerFundedConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<FinancerFundedConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: FundingAggregationWhereInput | null | undefined;
  /** The node. */
  node?: FinancerFundedNodeAggregationWhereInput | null | undefined;
};

/** Filters Financer nodes by their `funded` relationships: all, none, single or some of them must match. */
export type FinancerFundedConnectionFilters = {
  /** Filter Financers by aggregating results on related FinancerFundedConnections */
  aggregate?: FinancerFundedConnectionAggregateInput | null | undefined;
  /** Return Financers where all of the related FinancerFundedConnections match this filter */
  all?: FinancerFundedConnectionWhere | null | undefined;
  /** Return Financers where none of the related FinancerFundedConnections match this filter */
  none?: FinancerFundedConnectionWhere | null | undefined;
  /** Return Financers where one of the related FinancerFundedConnections match this filter */
  single?: FinancerFundedConnectionWhere | null | undefined;
  /** Return Financers where some of the related FinancerFundedConnections match this filter */
  some?: FinancerFundedConnectionWhere | null | undefined;
};

/** Filters the `funded` relationships of a Financer by the related node (node) and the relationship's properties (edge). */
export type FinancerFundedConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<FinancerFundedConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: FinancerFundedConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<FinancerFundedConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: FundingWhere | null | undefined;
  /** The node. */
  node?: EssStructureWhere | null | undefined;
};

/** Creates a node and links it to a Financer through `funded`, with the relationship properties. */
export type FinancerFundedCreateFieldInput = {
  /** The relationship's properties. */
  edge: FundingCreateInput;
  /** The node. */
  node: EssStructureCreateInput;
};

/** Deletes nodes linked to a Financer through `funded` that match `where`. */
export type FinancerFundedDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EssStructureDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: FinancerFundedConnectionWhere | null | undefined;
};

/** Removes `funded` relationships of a Financer that match `where` (the related nodes stay). */
export type FinancerFundedDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EssStructureDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: FinancerFundedConnectionWhere | null | undefined;
};

/** The `funded` relationships of a new Financer: nodes to create or existing nodes to connect. */
export type FinancerFundedFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<FinancerFundedConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<FinancerFundedCreateFieldInput> | null | undefined;
};

/** Filters Financer nodes by aggregates of the properties of the nodes they reach through `funded`. */
export type FinancerFundedNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<FinancerFundedNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: FinancerFundedNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<FinancerFundedNodeAggregationWhereInput> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `foundedYear` (Year founded). */
  foundedYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `nafCode`. */
  nafCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `projectKind` (Kind of project in the programme's words, in French (e.g. épicerie solidaire, atelier vélo participatif)). */
  projectKind?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `rnaId` (RNA identifier (W + 9 digits) for associations). */
  rnaId?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siren`. */
  siren?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siret`. */
  siret?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRange`. */
  staffRange?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Financer's `funded` relationship. */
export type FinancerFundedUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: FundingUpdateInput | null | undefined;
  /** The node. */
  node?: EssStructureUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: FinancerFundedConnectionWhere | null | undefined;
};

/** Changes to the `funded` relationships of a Financer: connect, create, update, disconnect or delete. */
export type FinancerFundedUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<FinancerFundedConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<FinancerFundedCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<FinancerFundedDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<FinancerFundedDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: FinancerFundedUpdateConnectionInput | null | undefined;
};

/** Kinds of financers. */
export type FinancerKind =
  /** Bank. */
  | 'BANK'
  /** Foundation. */
  | 'FOUNDATION'
  /** Local authority or public agency. */
  | 'PUBLIC_BODY'
  /** Solidarity finance network or fund. */
  | 'SOLIDARITY_FINANCE';

/** FinancerKind filters */
export type FinancerKindEnumScalarFilters = {
  /** Equal to this value. */
  eq?: FinancerKind | null | undefined;
  /** Equal to one of these values. */
  in?: Array<FinancerKind> | null | undefined;
};

/** FinancerKind mutations */
export type FinancerKindEnumScalarMutations = {
  /** New value (null clears it where the property is optional). */
  set?: FinancerKind | null | undefined;
};

/** Filters on a list of related Financer nodes: all, none, single or some of them must match. */
export type FinancerRelationshipFilters = {
  /** Filter type where all of the related Financers match this filter */
  all?: FinancerWhere | null | undefined;
  /** Filter type where none of the related Financers match this filter */
  none?: FinancerWhere | null | undefined;
  /** Filter type where one of the related Financers match this filter */
  single?: FinancerWhere | null | undefined;
  /** Filter type where some of the related Financers match this filter */
  some?: FinancerWhere | null | undefined;
};

/** Links a Financer to existing nodes through `themes`: the nodes to connect (where), and the relationship properties. */
export type FinancerThemesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ThemeConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ThemeConnectWhere | null | undefined;
};

/** Filters Financer nodes by aggregates over their `themes` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type FinancerThemesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<FinancerThemesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: FinancerThemesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<FinancerThemesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: FinancerThemesNodeAggregationWhereInput | null | undefined;
};

/** Filters Financer nodes by their `themes` relationships: all, none, single or some of them must match. */
export type FinancerThemesConnectionFilters = {
  /** Filter Financers by aggregating results on related FinancerThemesConnections */
  aggregate?: FinancerThemesConnectionAggregateInput | null | undefined;
  /** Return Financers where all of the related FinancerThemesConnections match this filter */
  all?: FinancerThemesConnectionWhere | null | undefined;
  /** Return Financers where none of the related FinancerThemesConnections match this filter */
  none?: FinancerThemesConnectionWhere | null | undefined;
  /** Return Financers where one of the related FinancerThemesConnections match this filter */
  single?: FinancerThemesConnectionWhere | null | undefined;
  /** Return Financers where some of the related FinancerThemesConnections match this filter */
  some?: FinancerThemesConnectionWhere | null | undefined;
};

/** Filters the `themes` relationships of a Financer by the related node (node) and the relationship's properties (edge). */
export type FinancerThemesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<FinancerThemesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: FinancerThemesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<FinancerThemesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ThemeWhere | null | undefined;
};

/** Creates a node and links it to a Financer through `themes`, with the relationship properties. */
export type FinancerThemesCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ThemeCreateInput;
};

/** Deletes nodes linked to a Financer through `themes` that match `where`. */
export type FinancerThemesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ThemeDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: FinancerThemesConnectionWhere | null | undefined;
};

/** Removes `themes` relationships of a Financer that match `where` (the related nodes stay). */
export type FinancerThemesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ThemeDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: FinancerThemesConnectionWhere | null | undefined;
};

/** The `themes` relationships of a new Financer: nodes to create or existing nodes to connect. */
export type FinancerThemesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<FinancerThemesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<FinancerThemesCreateFieldInput> | null | undefined;
};

/** Filters Financer nodes by aggregates of the properties of the nodes they reach through `themes`. */
export type FinancerThemesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<FinancerThemesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: FinancerThemesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<FinancerThemesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `code`. */
  code?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `labelEn` (Label in English). */
  labelEn?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `labelFr` (Label in French). */
  labelFr?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Financer's `themes` relationship. */
export type FinancerThemesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ThemeUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: FinancerThemesConnectionWhere | null | undefined;
};

/** Changes to the `themes` relationships of a Financer: connect, create, update, disconnect or delete. */
export type FinancerThemesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<FinancerThemesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<FinancerThemesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<FinancerThemesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<FinancerThemesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: FinancerThemesUpdateConnectionInput | null | undefined;
};

/** Changes to a Financer: properties to set, relationships to connect, create, update, disconnect or delete. */
export type FinancerUpdateInput = {
  /** The `contacts` relationships: changes to make. */
  contacts?: Array<FinancerContactsUpdateFieldInput> | null | undefined;
  /** New value of `description` (Public description): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  description?: StringScalarMutations | null | undefined;
  /** The `events` relationships: changes to make. */
  events?: Array<FinancerEventsUpdateFieldInput> | null | undefined;
  /** The `funded` relationships: changes to make. */
  funded?: Array<FinancerFundedUpdateFieldInput> | null | undefined;
  /** New value of `instruments` (Instruments it uses): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  instruments?: FinanceInstrumentListEnumScalarMutations | null | undefined;
  /** New value of `kind` (Kind of financer): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  kind?: FinancerKindEnumScalarMutations | null | undefined;
  /** New value of `location` (Location (WGS84)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  location?: PointMutations | null | undefined;
  /** New value of `name` (Name): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  name?: StringScalarMutations | null | undefined;
  /** New value of `source` (Where the record comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** New value of `stages` (Stages it usually funds): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  stages?: StageListEnumScalarMutations | null | undefined;
  /** The `themes` relationships: changes to make. */
  themes?: Array<FinancerThemesUpdateFieldInput> | null | undefined;
  /** New value of `ticketMaxEur` (Largest usual ticket in euros): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  ticketMaxEur?: FloatScalarMutations | null | undefined;
  /** New value of `ticketMinEur` (Smallest usual ticket in euros): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  ticketMinEur?: FloatScalarMutations | null | undefined;
  /** New value of `website` (Website URL): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  website?: StringScalarMutations | null | undefined;
};

/** Filters Financer nodes: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type FinancerWhere = {
  /** All of these conditions must hold. */
  AND?: Array<FinancerWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: FinancerWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<FinancerWhere> | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `events`. */
  events?: EventRelationshipFilters | null | undefined;
  /** Condition on the `events` relationships (related node and relationship properties). */
  eventsConnection?: FinancerEventsConnectionFilters | null | undefined;
  /** Condition on the nodes related through `funded`. */
  funded?: EssStructureRelationshipFilters | null | undefined;
  /** Condition on the `funded` relationships (related node and relationship properties). */
  fundedConnection?: FinancerFundedConnectionFilters | null | undefined;
  /** Condition on `id` (Stable identifier). */
  id?: IdScalarFilters | null | undefined;
  /** Condition on `instruments` (Instruments it uses). */
  instruments?: FinanceInstrumentListEnumScalarFilters | null | undefined;
  /** Condition on `kind` (Kind of financer). */
  kind?: FinancerKindEnumScalarFilters | null | undefined;
  /** Condition on `location` (Location (WGS84)). */
  location?: PointFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `stages` (Stages it usually funds). */
  stages?: StageListEnumScalarFilters | null | undefined;
  /** Condition on the nodes related through `themes`. */
  themes?: ThemeRelationshipFilters | null | undefined;
  /** Condition on the `themes` relationships (related node and relationship properties). */
  themesConnection?: FinancerThemesConnectionFilters | null | undefined;
  /** Condition on `ticketMaxEur` (Largest usual ticket in euros). */
  ticketMaxEur?: FloatScalarFilters | null | undefined;
  /** Condition on `ticketMinEur` (Smallest usual ticket in euros). */
  ticketMinEur?: FloatScalarFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarFilters | null | undefined;
};

/** Filters for an aggregation of a float field */
export type FloatScalarAggregationFilters = {
  /** Average value. */
  average?: FloatScalarFilters | null | undefined;
  /** Largest value. */
  max?: FloatScalarFilters | null | undefined;
  /** Smallest value. */
  min?: FloatScalarFilters | null | undefined;
  /** Sum of the values. */
  sum?: FloatScalarFilters | null | undefined;
};

/** Float filters */
export type FloatScalarFilters = {
  /** Equal to this value. */
  eq?: number | null | undefined;
  /** Greater than this value. */
  gt?: number | null | undefined;
  /** Greater than or equal to this value. */
  gte?: number | null | undefined;
  /** Equal to one of these values. */
  in?: Array<number> | null | undefined;
  /** Less than this value. */
  lt?: number | null | undefined;
  /** Less than or equal to this value. */
  lte?: number | null | undefined;
};

/** Float mutations */
export type FloatScalarMutations = {
  /** Adds this number to the current value. */
  add?: number | null | undefined;
  /** Divides the current value by this number. */
  divide?: number | null | undefined;
  /** Multiplies the current value by this number. */
  multiply?: number | null | undefined;
  /** New value (null clears it where the property is optional). */
  set?: number | null | undefined;
  /** Subtracts this number from the current value. */
  subtract?: number | null | undefined;
};

/** Filters by aggregates (average, min, max, sum, length) of the properties of Funding relationships. */
export type FundingAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<FundingAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: FundingAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<FundingAggregationWhereInput> | null | undefined;
  /** Condition on `amountEur` (Amount in euros). */
  amountEur?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the fact comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the fact was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `year` (Year of the decision). */
  year?: IntScalarAggregationFilters | null | undefined;
};

/** The properties and relationships of a new Funding. */
export type FundingCreateInput = {
  /** Amount in euros. */
  amountEur?: number | null | undefined;
  /** Instrument used. */
  instrument: FinanceInstrument;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** Year of the decision. */
  year: number;
};

/** Changes to a Funding: properties to set, relationships to connect, create, update, disconnect or delete. */
export type FundingUpdateInput = {
  /** New value of `amountEur` (Amount in euros): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  amountEur?: FloatScalarMutations | null | undefined;
  /** New value of `instrument` (Instrument used): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  instrument?: FinanceInstrumentEnumScalarMutations | null | undefined;
  /** New value of `source` (Where the fact comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** New value of `year` (Year of the decision): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  year?: IntScalarMutations | null | undefined;
};

/** Filters Funding relationships: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type FundingWhere = {
  /** All of these conditions must hold. */
  AND?: Array<FundingWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: FundingWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<FundingWhere> | null | undefined;
  /** Condition on `amountEur` (Amount in euros). */
  amountEur?: FloatScalarFilters | null | undefined;
  /** Condition on `instrument` (Instrument used). */
  instrument?: FinanceInstrumentEnumScalarFilters | null | undefined;
  /** Condition on `source` (Where the fact comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `updatedAt` (When the fact was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
  /** Condition on `year` (Year of the decision). */
  year?: IntScalarFilters | null | undefined;
};

/** ID filters */
export type IdScalarFilters = {
  /** Contains this text (case-sensitive). */
  contains?: string | number | null | undefined;
  /** Ends with this text (case-sensitive). */
  endsWith?: string | number | null | undefined;
  /** Equal to this value. */
  eq?: string | number | null | undefined;
  /** Equal to one of these values. */
  in?: Array<string | number> | null | undefined;
  /** Starts with this text (case-sensitive). */
  startsWith?: string | number | null | undefined;
};

/** ID mutations */
export type IdScalarMutations = {
  /** New value (null clears it where the property is optional). */
  set?: string | number | null | undefined;
};

/** Filters for an aggregation of an int field */
export type IntScalarAggregationFilters = {
  /** Average value. */
  average?: FloatScalarFilters | null | undefined;
  /** Largest value. */
  max?: IntScalarFilters | null | undefined;
  /** Smallest value. */
  min?: IntScalarFilters | null | undefined;
  /** Sum of the values. */
  sum?: IntScalarFilters | null | undefined;
};

/** Int filters */
export type IntScalarFilters = {
  /** Equal to this value. */
  eq?: number | null | undefined;
  /** Greater than this value. */
  gt?: number | null | undefined;
  /** Greater than or equal to this value. */
  gte?: number | null | undefined;
  /** Equal to one of these values. */
  in?: Array<number> | null | undefined;
  /** Less than this value. */
  lt?: number | null | undefined;
  /** Less than or equal to this value. */
  lte?: number | null | undefined;
};

/** Int mutations */
export type IntScalarMutations = {
  /** Adds this number to the current value. */
  add?: number | null | undefined;
  /** New value (null clears it where the property is optional). */
  set?: number | null | undefined;
  /** Subtracts this number from the current value. */
  subtract?: number | null | undefined;
};

/** Language of explanations. */
export type Language =
  /** English. */
  | 'EN'
  /** French. */
  | 'FR';

/** Filters by aggregates (average, min, max, sum, length) of the properties of Laureate relationships. */
export type LaureateAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<LaureateAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: LaureateAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<LaureateAggregationWhereInput> | null | undefined;
  /** Condition on `amountEur` (Amount awarded in euros; null when not published). */
  amountEur?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the fact comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the fact was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `year` (Year of the award). */
  year?: IntScalarAggregationFilters | null | undefined;
};

/** The properties and relationships of a new Laureate. */
export type LaureateCreateInput = {
  /** Amount awarded in euros; null when not published. */
  amountEur?: number | null | undefined;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** Year of the award. */
  year: number;
};

/** Changes to a Laureate: properties to set, relationships to connect, create, update, disconnect or delete. */
export type LaureateUpdateInput = {
  /** New value of `amountEur` (Amount awarded in euros; null when not published): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  amountEur?: FloatScalarMutations | null | undefined;
  /** New value of `source` (Where the fact comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** New value of `year` (Year of the award): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  year?: IntScalarMutations | null | undefined;
};

/** Filters Laureate relationships: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type LaureateWhere = {
  /** All of these conditions must hold. */
  AND?: Array<LaureateWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: LaureateWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<LaureateWhere> | null | undefined;
  /** Condition on `amountEur` (Amount awarded in euros; null when not published). */
  amountEur?: FloatScalarFilters | null | undefined;
  /** Condition on `source` (Where the fact comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `updatedAt` (When the fact was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
  /** Condition on `year` (Year of the award). */
  year?: IntScalarFilters | null | undefined;
};

/** Legal forms of the ESS families (law of 31 July 2014). */
export type LegalForm =
  /** Association (loi 1901). */
  | 'ASSOCIATION'
  /** Coopérative d'activité et d'emploi, for independent workers. */
  | 'CAE'
  /** Other cooperative (consumers', users', agricultural...). */
  | 'COOPERATIVE'
  /** Adapted enterprise employing disabled workers (entreprise adaptée). */
  | 'EA'
  /** Sheltered work establishment (établissement et service d'aide par le travail). */
  | 'ESAT'
  /** Commercial company with the ESUS approval (entreprise solidaire d'utilité sociale). */
  | 'ESUS_COMPANY'
  /** Foundation or endowment fund. */
  | 'FOUNDATION'
  /** Mutual (mutuelle). */
  | 'MUTUAL'
  /** Multi-stakeholder cooperative of collective interest. */
  | 'SCIC'
  /** Worker cooperative (société coopérative et participative). */
  | 'SCOP'
  /** Work-integration worksite (SIAE: atelier et chantier d'insertion). */
  | 'SIAE_ACI'
  /** Intermediary association (SIAE: association intermédiaire). */
  | 'SIAE_AI'
  /** Work-integration enterprise (SIAE: entreprise d'insertion). */
  | 'SIAE_EI'
  /** Temporary work-integration agency (SIAE: entreprise de travail temporaire d'insertion). */
  | 'SIAE_ETTI';

/** LegalForm filters */
export type LegalFormEnumScalarFilters = {
  /** Equal to this value. */
  eq?: LegalForm | null | undefined;
  /** Equal to one of these values. */
  in?: Array<LegalForm> | null | undefined;
};

/** LegalForm mutations */
export type LegalFormEnumScalarMutations = {
  /** New value (null clears it where the property is optional). */
  set?: LegalForm | null | undefined;
};

/** Mutations for a list for String */
export type ListStringMutations = {
  /** Number of values to remove from the end of the list. */
  pop?: number | null | undefined;
  /** Values to append to the list. */
  push?: Array<string> | null | undefined;
  /** New value (null clears it where the property is optional). */
  set?: Array<string> | null | undefined;
};

/** Filters by aggregates (average, min, max, sum, length) of the properties of Membership relationships. */
export type MembershipAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<MembershipAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: MembershipAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<MembershipAggregationWhereInput> | null | undefined;
  /** Condition on `since` (First year of membership). */
  since?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the fact comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `until` (Last year of membership; null while it goes on). */
  until?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the fact was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** The properties and relationships of a new Membership. */
export type MembershipCreateInput = {
  /** First year of membership. */
  since?: number | null | undefined;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** Last year of membership; null while it goes on. */
  until?: number | null | undefined;
};

/** Changes to a Membership: properties to set, relationships to connect, create, update, disconnect or delete. */
export type MembershipUpdateInput = {
  /** New value of `since` (First year of membership): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  since?: IntScalarMutations | null | undefined;
  /** New value of `source` (Where the fact comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** New value of `until` (Last year of membership; null while it goes on): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  until?: IntScalarMutations | null | undefined;
};

/** Filters Membership relationships: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type MembershipWhere = {
  /** All of these conditions must hold. */
  AND?: Array<MembershipWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: MembershipWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<MembershipWhere> | null | undefined;
  /** Condition on `since` (First year of membership). */
  since?: IntScalarFilters | null | undefined;
  /** Condition on `source` (Where the fact comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `until` (Last year of membership; null while it goes on). */
  until?: IntScalarFilters | null | undefined;
  /** Condition on `updatedAt` (When the fact was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

/** Kinds of opportunity. */
export type OpportunityKind =
  /** A business whose CSR commitments or activity call for what an ESS structure provides (complementarity table), incl. reserved contracts and sponsorship. */
  | 'ESS_BUSINESS'
  /** A financer whose themes and stages fit a structure it does not fund yet. */
  | 'FUNDING'
  /** Two organisations not linked yet that the cooperation graph, proximity and themes bring together (link prediction). */
  | 'PARTNERSHIP'
  /** An open need met by an open offer of the same kind nearby. */
  | 'POOLING'
  /** Three or more structures close to each other with the same open need: a shared purchase or resource. */
  | 'POOLING_GROUP'
  /** A lab or research project on the themes of a structure with no research link yet. */
  | 'RESEARCH'
  /** A support provider serving the stage of an early-stage structure with no support yet. */
  | 'SUPPORT';

/** In which order suggestions are listed. */
export type OpportunityOrder =
  /** Best first within a kind, the kinds taking turns (scores of different kinds are not comparable). */
  | 'KINDS_IN_TURN'
  /** Highest score first, whatever the kind. */
  | 'SCORE';

/** Where a coordinator is with an opportunity. */
export type OpportunityStatus =
  /** It happened: the partnership or the pooling is in the graph. */
  | 'ACCEPTED'
  /** A coordinator put the organisations in touch. */
  | 'CONTACTED'
  /** It will not happen; not suggested again. */
  | 'DECLINED'
  /** Suggested by Maillage; nobody acted on it yet. */
  | 'SUGGESTED';

/** Selects the existing Organisation nodes to connect to. */
export type OrganisationConnectWhere = {
  /** The node. */
  node: OrganisationWhere;
};

/** The properties and relationships of a new Organisation. */
export type OrganisationCreateInput = {
  /** Value of `Business`. */
  Business?: BusinessCreateInput | null | undefined;
  /** Value of `EssStructure`. */
  EssStructure?: EssStructureCreateInput | null | undefined;
  /** Value of `Financer`. */
  Financer?: FinancerCreateInput | null | undefined;
  /** Value of `ResearchUnit`. */
  ResearchUnit?: ResearchUnitCreateInput | null | undefined;
  /** Value of `SupportProvider`. */
  SupportProvider?: SupportProviderCreateInput | null | undefined;
};

/** The concrete types implementing the Organisation interface. */
export type OrganisationImplementation =
  /** Business: A local company (not of the ESS). */
  | 'Business'
  /** EssStructure: A structure of the social and solidarity economy (ESS). */
  | 'EssStructure'
  /** Financer: A financer: public body, bank, solidarity finance or foundation. */
  | 'Financer'
  /** ResearchUnit: A research unit: a university (UPEC), one of its labs, or a research project. */
  | 'ResearchUnit'
  /** SupportProvider: A support provider (accompagnement), incubator or ESS network. */
  | 'SupportProvider';

/** Filters on a list of related Organisation nodes: all, none, single or some of them must match. */
export type OrganisationRelationshipFilters = {
  /** Filter type where all of the related Organisations match this filter */
  all?: OrganisationWhere | null | undefined;
  /** Filter type where none of the related Organisations match this filter */
  none?: OrganisationWhere | null | undefined;
  /** Filter type where one of the related Organisations match this filter */
  single?: OrganisationWhere | null | undefined;
  /** Filter type where some of the related Organisations match this filter */
  some?: OrganisationWhere | null | undefined;
};

/** Changes to an Organisation: properties to set, relationships to connect, create, update, disconnect or delete. */
export type OrganisationUpdateInput = {
  /** New value of `description` (Public description): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  description?: StringScalarMutations | null | undefined;
  /** New value of `id` (Stable identifier): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  id?: IdScalarMutations | null | undefined;
  /** New value of `location` (Location (WGS84)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  location?: PointMutations | null | undefined;
  /** New value of `name` (Name): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  name?: StringScalarMutations | null | undefined;
  /** New value of `source` (Where the record comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** New value of `updatedAt` (When the record was last written): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  updatedAt?: DateTimeScalarMutations | null | undefined;
  /** New value of `website` (Website URL): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  website?: StringScalarMutations | null | undefined;
};

/** Filters Organisation nodes: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type OrganisationWhere = {
  /** All of these conditions must hold. */
  AND?: Array<OrganisationWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: OrganisationWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<OrganisationWhere> | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarFilters | null | undefined;
  /** Condition on `id` (Stable identifier). */
  id?: IdScalarFilters | null | undefined;
  /** Condition on `location` (Location (WGS84)). */
  location?: PointFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `typename`. */
  typename?: Array<OrganisationImplementation> | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarFilters | null | undefined;
};

/** Filters by aggregates (average, min, max, sum, length) of the properties of Partnership relationships. */
export type PartnershipAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<PartnershipAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: PartnershipAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<PartnershipAggregationWhereInput> | null | undefined;
  /** Condition on `description` (What the partnership is about). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `since` (First year of the partnership). */
  since?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the fact comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `until` (Last year of the partnership; null while it goes on). */
  until?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the fact was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** The properties and relationships of a new Partnership. */
export type PartnershipCreateInput = {
  /** What the partnership is about. */
  description?: string | null | undefined;
  /** Kind of partnership. */
  kind: PartnershipKind;
  /** First year of the partnership. */
  since?: number | null | undefined;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** Last year of the partnership; null while it goes on. */
  until?: number | null | undefined;
};

/** Kinds of partnership between organisations. */
export type PartnershipKind =
  /** Buying and selling goods or services. */
  | 'COMMERCIAL'
  /** A project carried together. */
  | 'CO_PROJECT'
  /** Skills sponsorship: employees give work time (mécénat de compétences). */
  | 'SKILLS_SPONSORSHIP'
  /** Financial or in-kind sponsorship (mécénat). */
  | 'SPONSORSHIP';

/** PartnershipKind filters */
export type PartnershipKindEnumScalarFilters = {
  /** Equal to this value. */
  eq?: PartnershipKind | null | undefined;
  /** Equal to one of these values. */
  in?: Array<PartnershipKind> | null | undefined;
};

/** PartnershipKind mutations */
export type PartnershipKindEnumScalarMutations = {
  /** New value (null clears it where the property is optional). */
  set?: PartnershipKind | null | undefined;
};

/** Changes to a Partnership: properties to set, relationships to connect, create, update, disconnect or delete. */
export type PartnershipUpdateInput = {
  /** New value of `description` (What the partnership is about): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  description?: StringScalarMutations | null | undefined;
  /** New value of `kind` (Kind of partnership): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  kind?: PartnershipKindEnumScalarMutations | null | undefined;
  /** New value of `since` (First year of the partnership): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  since?: IntScalarMutations | null | undefined;
  /** New value of `source` (Where the fact comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** New value of `until` (Last year of the partnership; null while it goes on): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  until?: IntScalarMutations | null | undefined;
};

/** Filters Partnership relationships: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type PartnershipWhere = {
  /** All of these conditions must hold. */
  AND?: Array<PartnershipWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: PartnershipWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<PartnershipWhere> | null | undefined;
  /** Condition on `description` (What the partnership is about). */
  description?: StringScalarFilters | null | undefined;
  /** Condition on `kind` (Kind of partnership). */
  kind?: PartnershipKindEnumScalarFilters | null | undefined;
  /** Condition on `since` (First year of the partnership). */
  since?: IntScalarFilters | null | undefined;
  /** Condition on `source` (Where the fact comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `until` (Last year of the partnership; null while it goes on). */
  until?: IntScalarFilters | null | undefined;
  /** Condition on `updatedAt` (When the fact was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

/** Distance filters */
export type PointDistanceFilters = {
  /** Equal to this value. */
  eq?: number | null | undefined;
  /** The point distances are measured from. */
  from: PointInput;
  /** Greater than this value. */
  gt?: number | null | undefined;
  /** Greater than or equal to this value. */
  gte?: number | null | undefined;
  /** Less than this value. */
  lt?: number | null | undefined;
  /** Less than or equal to this value. */
  lte?: number | null | undefined;
};

/** Point filters */
export type PointFilters = {
  /** Condition on the distance in metres from a point (`from`). */
  distance?: PointDistanceFilters | null | undefined;
  /** Equal to this value. */
  eq?: PointInput | null | undefined;
  /** Equal to one of these values. */
  in?: Array<PointInput> | null | undefined;
};

/** Input type for a point */
export type PointInput = {
  /** Height in metres, for 3D points (unused by Maillage). */
  height?: number | null | undefined;
  /** Latitude in degrees (WGS84). */
  latitude: number;
  /** Longitude in degrees (WGS84). */
  longitude: number;
};

/** Point mutations */
export type PointMutations = {
  /** New value (null clears it where the property is optional). */
  set?: PointInput | null | undefined;
};

/** Filters by aggregates (average, min, max, sum, length) of the properties of Pooling relationships. */
export type PoolingAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<PoolingAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: PoolingAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<PoolingAggregationWhereInput> | null | undefined;
  /** Condition on `since` (First year of pooling). */
  since?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the fact comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `until` (Last year of pooling; null while it goes on). */
  until?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the fact was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** The properties and relationships of a new Pooling. */
export type PoolingCreateInput = {
  /** First year of pooling. */
  since?: number | null | undefined;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** Last year of pooling; null while it goes on. */
  until?: number | null | undefined;
};

/** Changes to a Pooling: properties to set, relationships to connect, create, update, disconnect or delete. */
export type PoolingUpdateInput = {
  /** New value of `since` (First year of pooling): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  since?: IntScalarMutations | null | undefined;
  /** New value of `source` (Where the fact comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** New value of `until` (Last year of pooling; null while it goes on): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  until?: IntScalarMutations | null | undefined;
};

/** Filters Pooling relationships: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type PoolingWhere = {
  /** All of these conditions must hold. */
  AND?: Array<PoolingWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: PoolingWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<PoolingWhere> | null | undefined;
  /** Condition on `since` (First year of pooling). */
  since?: IntScalarFilters | null | undefined;
  /** Condition on `source` (Where the fact comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `until` (Last year of pooling; null while it goes on). */
  until?: IntScalarFilters | null | undefined;
  /** Condition on `updatedAt` (When the fact was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

/** Links a ProgrammeAction to existing nodes through `axis`: the nodes to connect (where), and the relationship properties. */
export type ProgrammeActionAxisConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeAxisConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeAxisConnectWhere | null | undefined;
};

/** Filters ProgrammeAction nodes by aggregates over their `axis` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ProgrammeActionAxisConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeActionAxisConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeActionAxisConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeActionAxisConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ProgrammeActionAxisNodeAggregationWhereInput | null | undefined;
};

/** Filters ProgrammeAction nodes by their `axis` relationships: all, none, single or some of them must match. */
export type ProgrammeActionAxisConnectionFilters = {
  /** Filter ProgrammeActions by aggregating results on related ProgrammeActionAxisConnections */
  aggregate?: ProgrammeActionAxisConnectionAggregateInput | null | undefined;
  /** Return ProgrammeActions where all of the related ProgrammeActionAxisConnections match this filter */
  all?: ProgrammeActionAxisConnectionWhere | null | undefined;
  /** Return ProgrammeActions where none of the related ProgrammeActionAxisConnections match this filter */
  none?: ProgrammeActionAxisConnectionWhere | null | undefined;
  /** Return ProgrammeActions where one of the related ProgrammeActionAxisConnections match this filter */
  single?: ProgrammeActionAxisConnectionWhere | null | undefined;
  /** Return ProgrammeActions where some of the related ProgrammeActionAxisConnections match this filter */
  some?: ProgrammeActionAxisConnectionWhere | null | undefined;
};

/** Filters the `axis` relationships of a ProgrammeAction by the related node (node) and the relationship's properties (edge). */
export type ProgrammeActionAxisConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeActionAxisConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeActionAxisConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeActionAxisConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ProgrammeAxisWhere | null | undefined;
};

/** Creates a node and links it to a ProgrammeAction through `axis`, with the relationship properties. */
export type ProgrammeActionAxisCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ProgrammeAxisCreateInput;
};

/** Deletes nodes linked to a ProgrammeAction through `axis` that match `where`. */
export type ProgrammeActionAxisDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ProgrammeAxisDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeActionAxisConnectionWhere | null | undefined;
};

/** Removes `axis` relationships of a ProgrammeAction that match `where` (the related nodes stay). */
export type ProgrammeActionAxisDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ProgrammeAxisDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeActionAxisConnectionWhere | null | undefined;
};

/** The `axis` relationships of a new ProgrammeAction: nodes to create or existing nodes to connect. */
export type ProgrammeActionAxisFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeActionAxisConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ProgrammeActionAxisCreateFieldInput> | null | undefined;
};

/** Filters ProgrammeAction nodes by aggregates of the properties of the nodes they reach through `axis`. */
export type ProgrammeActionAxisNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeActionAxisNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeActionAxisNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeActionAxisNodeAggregationWhereInput> | null | undefined;
  /** Condition on `description` (What the action does). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `number` (Number of the axis (1 to 3)). */
  number?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `title` (Title in French). */
  title?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `titleEn` (Title in English). */
  titleEn?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a ProgrammeAction's `axis` relationship. */
export type ProgrammeActionAxisUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ProgrammeAxisUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeActionAxisConnectionWhere | null | undefined;
};

/** Changes to the `axis` relationships of a ProgrammeAction: connect, create, update, disconnect or delete. */
export type ProgrammeActionAxisUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeActionAxisConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ProgrammeActionAxisCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ProgrammeActionAxisDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ProgrammeActionAxisDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ProgrammeActionAxisUpdateConnectionInput | null | undefined;
};

/** Links a ProgrammeAction to existing nodes through `calls`: the nodes to connect (where), and the relationship properties. */
export type ProgrammeActionCallsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<CallForProjectsConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: CallForProjectsConnectWhere | null | undefined;
};

/** Filters ProgrammeAction nodes by aggregates over their `calls` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ProgrammeActionCallsConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeActionCallsConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeActionCallsConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeActionCallsConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ProgrammeActionCallsNodeAggregationWhereInput | null | undefined;
};

/** Filters ProgrammeAction nodes by their `calls` relationships: all, none, single or some of them must match. */
export type ProgrammeActionCallsConnectionFilters = {
  /** Filter ProgrammeActions by aggregating results on related ProgrammeActionCallsConnections */
  aggregate?: ProgrammeActionCallsConnectionAggregateInput | null | undefined;
  /** Return ProgrammeActions where all of the related ProgrammeActionCallsConnections match this filter */
  all?: ProgrammeActionCallsConnectionWhere | null | undefined;
  /** Return ProgrammeActions where none of the related ProgrammeActionCallsConnections match this filter */
  none?: ProgrammeActionCallsConnectionWhere | null | undefined;
  /** Return ProgrammeActions where one of the related ProgrammeActionCallsConnections match this filter */
  single?: ProgrammeActionCallsConnectionWhere | null | undefined;
  /** Return ProgrammeActions where some of the related ProgrammeActionCallsConnections match this filter */
  some?: ProgrammeActionCallsConnectionWhere | null | undefined;
};

/** Filters the `calls` relationships of a ProgrammeAction by the related node (node) and the relationship's properties (edge). */
export type ProgrammeActionCallsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeActionCallsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeActionCallsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeActionCallsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: CallForProjectsWhere | null | undefined;
};

/** Creates a node and links it to a ProgrammeAction through `calls`, with the relationship properties. */
export type ProgrammeActionCallsCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: CallForProjectsCreateInput;
};

/** Deletes nodes linked to a ProgrammeAction through `calls` that match `where`. */
export type ProgrammeActionCallsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: CallForProjectsDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeActionCallsConnectionWhere | null | undefined;
};

/** Removes `calls` relationships of a ProgrammeAction that match `where` (the related nodes stay). */
export type ProgrammeActionCallsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: CallForProjectsDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeActionCallsConnectionWhere | null | undefined;
};

/** The `calls` relationships of a new ProgrammeAction: nodes to create or existing nodes to connect. */
export type ProgrammeActionCallsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeActionCallsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ProgrammeActionCallsCreateFieldInput> | null | undefined;
};

/** Filters ProgrammeAction nodes by aggregates of the properties of the nodes they reach through `calls`. */
export type ProgrammeActionCallsNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeActionCallsNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeActionCallsNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeActionCallsNodeAggregationWhereInput> | null | undefined;
  /** Condition on `ceremonyPlace` (Place of the award ceremony, when published). */
  ceremonyPlace?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `envelopeEur` (Total envelope in euros, when published). */
  envelopeEur?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `laureateCount` (Number of laureates, when published). */
  laureateCount?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `patShareEur` (Part of the envelope under the Projet Alimentaire Territorial, when published). */
  patShareEur?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `title` (Title in French). */
  title?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `year`. */
  year?: IntScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a ProgrammeAction's `calls` relationship. */
export type ProgrammeActionCallsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: CallForProjectsUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeActionCallsConnectionWhere | null | undefined;
};

/** Changes to the `calls` relationships of a ProgrammeAction: connect, create, update, disconnect or delete. */
export type ProgrammeActionCallsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeActionCallsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ProgrammeActionCallsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ProgrammeActionCallsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ProgrammeActionCallsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ProgrammeActionCallsUpdateConnectionInput | null | undefined;
};

/** Relationships to create from a ProgrammeAction to existing nodes, relationship field by field. */
export type ProgrammeActionConnectInput = {
  /** The `axis` relationships: existing nodes to link. */
  axis?: Array<ProgrammeActionAxisConnectFieldInput> | null | undefined;
  /** The `calls` relationships: existing nodes to link. */
  calls?: Array<ProgrammeActionCallsConnectFieldInput> | null | undefined;
  /** The `events` relationships: existing nodes to link. */
  events?: Array<ProgrammeActionEventsConnectFieldInput> | null | undefined;
  /** The `supportProviders` relationships: existing nodes to link. */
  supportProviders?: Array<ProgrammeActionSupportProvidersConnectFieldInput> | null | undefined;
  /** The `themes` relationships: existing nodes to link. */
  themes?: Array<ProgrammeActionThemesConnectFieldInput> | null | undefined;
};

/** Selects the existing ProgrammeAction nodes to connect to. */
export type ProgrammeActionConnectWhere = {
  /** The node. */
  node: ProgrammeActionWhere;
};

/** The properties and relationships of a new ProgrammeAction. */
export type ProgrammeActionCreateInput = {
  /** The `axis` relationships: nodes to create or connect. */
  axis?: ProgrammeActionAxisFieldInput | null | undefined;
  /** The `calls` relationships: nodes to create or connect. */
  calls?: ProgrammeActionCallsFieldInput | null | undefined;
  /** What the action does. */
  description?: string | null | undefined;
  /** The `events` relationships: nodes to create or connect. */
  events?: ProgrammeActionEventsFieldInput | null | undefined;
  /** Facts stated about the action, in the source's words. */
  facts: Array<string>;
  /** Stable identifier. */
  id: string | number;
  /** First year of the action, when stated. */
  sinceYear?: number | null | undefined;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** The `supportProviders` relationships: nodes to create or connect. */
  supportProviders?: ProgrammeActionSupportProvidersFieldInput | null | undefined;
  /** The `themes` relationships: nodes to create or connect. */
  themes?: ProgrammeActionThemesFieldInput | null | undefined;
  /** Title in French. */
  title: string;
  /** Title in English. */
  titleEn: string;
};

/** Nodes related to a ProgrammeAction to delete along with it, relationship field by relationship field. */
export type ProgrammeActionDeleteInput = {
  /** The `axis` relationships: related nodes to delete. */
  axis?: Array<ProgrammeActionAxisDeleteFieldInput> | null | undefined;
  /** The `calls` relationships: related nodes to delete. */
  calls?: Array<ProgrammeActionCallsDeleteFieldInput> | null | undefined;
  /** The `events` relationships: related nodes to delete. */
  events?: Array<ProgrammeActionEventsDeleteFieldInput> | null | undefined;
  /** The `supportProviders` relationships: related nodes to delete. */
  supportProviders?: Array<ProgrammeActionSupportProvidersDeleteFieldInput> | null | undefined;
  /** The `themes` relationships: related nodes to delete. */
  themes?: Array<ProgrammeActionThemesDeleteFieldInput> | null | undefined;
};

/** Relationships of a ProgrammeAction to remove, relationship field by field (the related nodes stay). */
export type ProgrammeActionDisconnectInput = {
  /** The `axis` relationships: relationships to remove. */
  axis?: Array<ProgrammeActionAxisDisconnectFieldInput> | null | undefined;
  /** The `calls` relationships: relationships to remove. */
  calls?: Array<ProgrammeActionCallsDisconnectFieldInput> | null | undefined;
  /** The `events` relationships: relationships to remove. */
  events?: Array<ProgrammeActionEventsDisconnectFieldInput> | null | undefined;
  /** The `supportProviders` relationships: relationships to remove. */
  supportProviders?: Array<ProgrammeActionSupportProvidersDisconnectFieldInput> | null | undefined;
  /** The `themes` relationships: relationships to remove. */
  themes?: Array<ProgrammeActionThemesDisconnectFieldInput> | null | undefined;
};

/** Links a ProgrammeAction to existing nodes through `events`: the nodes to connect (where), and the relationship properties. */
export type ProgrammeActionEventsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventConnectWhere | null | undefined;
};

/** Filters ProgrammeAction nodes by aggregates over their `events` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ProgrammeActionEventsConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeActionEventsConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeActionEventsConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeActionEventsConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ProgrammeActionEventsNodeAggregationWhereInput | null | undefined;
};

/** Filters ProgrammeAction nodes by their `events` relationships: all, none, single or some of them must match. */
export type ProgrammeActionEventsConnectionFilters = {
  /** Filter ProgrammeActions by aggregating results on related ProgrammeActionEventsConnections */
  aggregate?: ProgrammeActionEventsConnectionAggregateInput | null | undefined;
  /** Return ProgrammeActions where all of the related ProgrammeActionEventsConnections match this filter */
  all?: ProgrammeActionEventsConnectionWhere | null | undefined;
  /** Return ProgrammeActions where none of the related ProgrammeActionEventsConnections match this filter */
  none?: ProgrammeActionEventsConnectionWhere | null | undefined;
  /** Return ProgrammeActions where one of the related ProgrammeActionEventsConnections match this filter */
  single?: ProgrammeActionEventsConnectionWhere | null | undefined;
  /** Return ProgrammeActions where some of the related ProgrammeActionEventsConnections match this filter */
  some?: ProgrammeActionEventsConnectionWhere | null | undefined;
};

/** Filters the `events` relationships of a ProgrammeAction by the related node (node) and the relationship's properties (edge). */
export type ProgrammeActionEventsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeActionEventsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeActionEventsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeActionEventsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: EventWhere | null | undefined;
};

/** Creates a node and links it to a ProgrammeAction through `events`, with the relationship properties. */
export type ProgrammeActionEventsCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: EventCreateInput;
};

/** Deletes nodes linked to a ProgrammeAction through `events` that match `where`. */
export type ProgrammeActionEventsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EventDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeActionEventsConnectionWhere | null | undefined;
};

/** Removes `events` relationships of a ProgrammeAction that match `where` (the related nodes stay). */
export type ProgrammeActionEventsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EventDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeActionEventsConnectionWhere | null | undefined;
};

/** The `events` relationships of a new ProgrammeAction: nodes to create or existing nodes to connect. */
export type ProgrammeActionEventsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeActionEventsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ProgrammeActionEventsCreateFieldInput> | null | undefined;
};

/** Filters ProgrammeAction nodes by aggregates of the properties of the nodes they reach through `events`. */
export type ProgrammeActionEventsNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeActionEventsNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeActionEventsNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeActionEventsNodeAggregationWhereInput> | null | undefined;
  /** Condition on `businessParticipantCount` (Number of businesses that took part, as reported). */
  businessParticipantCount?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `description` (What the action does). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `essParticipantCount` (Number of ESS structures that took part, as reported). */
  essParticipantCount?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `place` (Place (venue)). */
  place?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `title` (Title in French). */
  title?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `year`. */
  year?: IntScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a ProgrammeAction's `events` relationship. */
export type ProgrammeActionEventsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: EventUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeActionEventsConnectionWhere | null | undefined;
};

/** Changes to the `events` relationships of a ProgrammeAction: connect, create, update, disconnect or delete. */
export type ProgrammeActionEventsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeActionEventsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ProgrammeActionEventsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ProgrammeActionEventsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ProgrammeActionEventsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ProgrammeActionEventsUpdateConnectionInput | null | undefined;
};

/** Filters on a list of related ProgrammeAction nodes: all, none, single or some of them must match. */
export type ProgrammeActionRelationshipFilters = {
  /** Filter type where all of the related ProgrammeActions match this filter */
  all?: ProgrammeActionWhere | null | undefined;
  /** Filter type where none of the related ProgrammeActions match this filter */
  none?: ProgrammeActionWhere | null | undefined;
  /** Filter type where one of the related ProgrammeActions match this filter */
  single?: ProgrammeActionWhere | null | undefined;
  /** Filter type where some of the related ProgrammeActions match this filter */
  some?: ProgrammeActionWhere | null | undefined;
};

/** Links a ProgrammeAction to existing nodes through `supportProviders`: the nodes to connect (where), and the relationship properties. */
export type ProgrammeActionSupportProvidersConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<SupportProviderConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SupportProviderConnectWhere | null | undefined;
};

/** Filters ProgrammeAction nodes by aggregates over their `supportProviders` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ProgrammeActionSupportProvidersConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeActionSupportProvidersConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeActionSupportProvidersConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeActionSupportProvidersConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ProgrammeActionSupportProvidersNodeAggregationWhereInput | null | undefined;
};

/** Filters ProgrammeAction nodes by their `supportProviders` relationships: all, none, single or some of them must match. */
export type ProgrammeActionSupportProvidersConnectionFilters = {
  /** Filter ProgrammeActions by aggregating results on related ProgrammeActionSupportProvidersConnections */
  aggregate?: ProgrammeActionSupportProvidersConnectionAggregateInput | null | undefined;
  /** Return ProgrammeActions where all of the related ProgrammeActionSupportProvidersConnections match this filter */
  all?: ProgrammeActionSupportProvidersConnectionWhere | null | undefined;
  /** Return ProgrammeActions where none of the related ProgrammeActionSupportProvidersConnections match this filter */
  none?: ProgrammeActionSupportProvidersConnectionWhere | null | undefined;
  /** Return ProgrammeActions where one of the related ProgrammeActionSupportProvidersConnections match this filter */
  single?: ProgrammeActionSupportProvidersConnectionWhere | null | undefined;
  /** Return ProgrammeActions where some of the related ProgrammeActionSupportProvidersConnections match this filter */
  some?: ProgrammeActionSupportProvidersConnectionWhere | null | undefined;
};

/** Filters the `supportProviders` relationships of a ProgrammeAction by the related node (node) and the relationship's properties (edge). */
export type ProgrammeActionSupportProvidersConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeActionSupportProvidersConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeActionSupportProvidersConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeActionSupportProvidersConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: SupportProviderWhere | null | undefined;
};

/** Creates a node and links it to a ProgrammeAction through `supportProviders`, with the relationship properties. */
export type ProgrammeActionSupportProvidersCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: SupportProviderCreateInput;
};

/** Deletes nodes linked to a ProgrammeAction through `supportProviders` that match `where`. */
export type ProgrammeActionSupportProvidersDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: SupportProviderDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeActionSupportProvidersConnectionWhere | null | undefined;
};

/** Removes `supportProviders` relationships of a ProgrammeAction that match `where` (the related nodes stay). */
export type ProgrammeActionSupportProvidersDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: SupportProviderDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeActionSupportProvidersConnectionWhere | null | undefined;
};

/** The `supportProviders` relationships of a new ProgrammeAction: nodes to create or existing nodes to connect. */
export type ProgrammeActionSupportProvidersFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeActionSupportProvidersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ProgrammeActionSupportProvidersCreateFieldInput> | null | undefined;
};

/** Filters ProgrammeAction nodes by aggregates of the properties of the nodes they reach through `supportProviders`. */
export type ProgrammeActionSupportProvidersNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeActionSupportProvidersNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeActionSupportProvidersNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeActionSupportProvidersNodeAggregationWhereInput> | null | undefined;
  /** Condition on `description` (What the action does). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name`. */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a ProgrammeAction's `supportProviders` relationship. */
export type ProgrammeActionSupportProvidersUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: SupportProviderUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeActionSupportProvidersConnectionWhere | null | undefined;
};

/** Changes to the `supportProviders` relationships of a ProgrammeAction: connect, create, update, disconnect or delete. */
export type ProgrammeActionSupportProvidersUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeActionSupportProvidersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ProgrammeActionSupportProvidersCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ProgrammeActionSupportProvidersDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ProgrammeActionSupportProvidersDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ProgrammeActionSupportProvidersUpdateConnectionInput | null | undefined;
};

/** Links a ProgrammeAction to existing nodes through `themes`: the nodes to connect (where), and the relationship properties. */
export type ProgrammeActionThemesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ThemeConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ThemeConnectWhere | null | undefined;
};

/** Filters ProgrammeAction nodes by aggregates over their `themes` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ProgrammeActionThemesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeActionThemesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeActionThemesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeActionThemesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ProgrammeActionThemesNodeAggregationWhereInput | null | undefined;
};

/** Filters ProgrammeAction nodes by their `themes` relationships: all, none, single or some of them must match. */
export type ProgrammeActionThemesConnectionFilters = {
  /** Filter ProgrammeActions by aggregating results on related ProgrammeActionThemesConnections */
  aggregate?: ProgrammeActionThemesConnectionAggregateInput | null | undefined;
  /** Return ProgrammeActions where all of the related ProgrammeActionThemesConnections match this filter */
  all?: ProgrammeActionThemesConnectionWhere | null | undefined;
  /** Return ProgrammeActions where none of the related ProgrammeActionThemesConnections match this filter */
  none?: ProgrammeActionThemesConnectionWhere | null | undefined;
  /** Return ProgrammeActions where one of the related ProgrammeActionThemesConnections match this filter */
  single?: ProgrammeActionThemesConnectionWhere | null | undefined;
  /** Return ProgrammeActions where some of the related ProgrammeActionThemesConnections match this filter */
  some?: ProgrammeActionThemesConnectionWhere | null | undefined;
};

/** Filters the `themes` relationships of a ProgrammeAction by the related node (node) and the relationship's properties (edge). */
export type ProgrammeActionThemesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeActionThemesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeActionThemesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeActionThemesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ThemeWhere | null | undefined;
};

/** Creates a node and links it to a ProgrammeAction through `themes`, with the relationship properties. */
export type ProgrammeActionThemesCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ThemeCreateInput;
};

/** Deletes nodes linked to a ProgrammeAction through `themes` that match `where`. */
export type ProgrammeActionThemesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ThemeDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeActionThemesConnectionWhere | null | undefined;
};

/** Removes `themes` relationships of a ProgrammeAction that match `where` (the related nodes stay). */
export type ProgrammeActionThemesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ThemeDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeActionThemesConnectionWhere | null | undefined;
};

/** The `themes` relationships of a new ProgrammeAction: nodes to create or existing nodes to connect. */
export type ProgrammeActionThemesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeActionThemesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ProgrammeActionThemesCreateFieldInput> | null | undefined;
};

/** Filters ProgrammeAction nodes by aggregates of the properties of the nodes they reach through `themes`. */
export type ProgrammeActionThemesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeActionThemesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeActionThemesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeActionThemesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `code`. */
  code?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `labelEn` (Label in English). */
  labelEn?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `labelFr` (Label in French). */
  labelFr?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a ProgrammeAction's `themes` relationship. */
export type ProgrammeActionThemesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ThemeUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeActionThemesConnectionWhere | null | undefined;
};

/** Changes to the `themes` relationships of a ProgrammeAction: connect, create, update, disconnect or delete. */
export type ProgrammeActionThemesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeActionThemesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ProgrammeActionThemesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ProgrammeActionThemesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ProgrammeActionThemesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ProgrammeActionThemesUpdateConnectionInput | null | undefined;
};

/** Changes to a ProgrammeAction: properties to set, relationships to connect, create, update, disconnect or delete. */
export type ProgrammeActionUpdateInput = {
  /** The `axis` relationships: changes to make. */
  axis?: Array<ProgrammeActionAxisUpdateFieldInput> | null | undefined;
  /** The `calls` relationships: changes to make. */
  calls?: Array<ProgrammeActionCallsUpdateFieldInput> | null | undefined;
  /** New value of `description` (What the action does): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  description?: StringScalarMutations | null | undefined;
  /** The `events` relationships: changes to make. */
  events?: Array<ProgrammeActionEventsUpdateFieldInput> | null | undefined;
  /** New value of `facts` (Facts stated about the action, in the source's words): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  facts?: ListStringMutations | null | undefined;
  /** New value of `id` (Stable identifier): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  id?: IdScalarMutations | null | undefined;
  /** New value of `sinceYear` (First year of the action, when stated): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sinceYear?: IntScalarMutations | null | undefined;
  /** New value of `source` (Where the record comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** The `supportProviders` relationships: changes to make. */
  supportProviders?: Array<ProgrammeActionSupportProvidersUpdateFieldInput> | null | undefined;
  /** The `themes` relationships: changes to make. */
  themes?: Array<ProgrammeActionThemesUpdateFieldInput> | null | undefined;
  /** New value of `title` (Title in French): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  title?: StringScalarMutations | null | undefined;
  /** New value of `titleEn` (Title in English): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  titleEn?: StringScalarMutations | null | undefined;
};

/** Filters ProgrammeAction nodes: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type ProgrammeActionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeActionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeActionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeActionWhere> | null | undefined;
  /** Condition on the nodes related through `axis`. */
  axis?: ProgrammeAxisRelationshipFilters | null | undefined;
  /** Condition on the `axis` relationships (related node and relationship properties). */
  axisConnection?: ProgrammeActionAxisConnectionFilters | null | undefined;
  /** Condition on the nodes related through `calls`. */
  calls?: CallForProjectsRelationshipFilters | null | undefined;
  /** Condition on the `calls` relationships (related node and relationship properties). */
  callsConnection?: ProgrammeActionCallsConnectionFilters | null | undefined;
  /** Condition on `description` (What the action does). */
  description?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `events`. */
  events?: EventRelationshipFilters | null | undefined;
  /** Condition on the `events` relationships (related node and relationship properties). */
  eventsConnection?: ProgrammeActionEventsConnectionFilters | null | undefined;
  /** Condition on `facts` (Facts stated about the action, in the source's words). */
  facts?: StringListFilters | null | undefined;
  /** Condition on `id` (Stable identifier). */
  id?: IdScalarFilters | null | undefined;
  /** Condition on `sinceYear` (First year of the action, when stated). */
  sinceYear?: IntScalarFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `supportProviders`. */
  supportProviders?: SupportProviderRelationshipFilters | null | undefined;
  /** Condition on the `supportProviders` relationships (related node and relationship properties). */
  supportProvidersConnection?: ProgrammeActionSupportProvidersConnectionFilters | null | undefined;
  /** Condition on the nodes related through `themes`. */
  themes?: ThemeRelationshipFilters | null | undefined;
  /** Condition on the `themes` relationships (related node and relationship properties). */
  themesConnection?: ProgrammeActionThemesConnectionFilters | null | undefined;
  /** Condition on `title` (Title in French). */
  title?: StringScalarFilters | null | undefined;
  /** Condition on `titleEn` (Title in English). */
  titleEn?: StringScalarFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

/** Links a Programme to existing nodes through `axes`: the nodes to connect (where), and the relationship properties. */
export type ProgrammeAxesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeAxisConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeAxisConnectWhere | null | undefined;
};

/** Filters Programme nodes by aggregates over their `axes` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ProgrammeAxesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeAxesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeAxesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeAxesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ProgrammeAxesNodeAggregationWhereInput | null | undefined;
};

/** Filters Programme nodes by their `axes` relationships: all, none, single or some of them must match. */
export type ProgrammeAxesConnectionFilters = {
  /** Filter Programmes by aggregating results on related ProgrammeAxesConnections */
  aggregate?: ProgrammeAxesConnectionAggregateInput | null | undefined;
  /** Return Programmes where all of the related ProgrammeAxesConnections match this filter */
  all?: ProgrammeAxesConnectionWhere | null | undefined;
  /** Return Programmes where none of the related ProgrammeAxesConnections match this filter */
  none?: ProgrammeAxesConnectionWhere | null | undefined;
  /** Return Programmes where one of the related ProgrammeAxesConnections match this filter */
  single?: ProgrammeAxesConnectionWhere | null | undefined;
  /** Return Programmes where some of the related ProgrammeAxesConnections match this filter */
  some?: ProgrammeAxesConnectionWhere | null | undefined;
};

/** Filters the `axes` relationships of a Programme by the related node (node) and the relationship's properties (edge). */
export type ProgrammeAxesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeAxesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeAxesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeAxesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ProgrammeAxisWhere | null | undefined;
};

/** Creates a node and links it to a Programme through `axes`, with the relationship properties. */
export type ProgrammeAxesCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ProgrammeAxisCreateInput;
};

/** Deletes nodes linked to a Programme through `axes` that match `where`. */
export type ProgrammeAxesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ProgrammeAxisDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeAxesConnectionWhere | null | undefined;
};

/** Removes `axes` relationships of a Programme that match `where` (the related nodes stay). */
export type ProgrammeAxesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ProgrammeAxisDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeAxesConnectionWhere | null | undefined;
};

/** The `axes` relationships of a new Programme: nodes to create or existing nodes to connect. */
export type ProgrammeAxesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeAxesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ProgrammeAxesCreateFieldInput> | null | undefined;
};

/** Filters Programme nodes by aggregates of the properties of the nodes they reach through `axes`. */
export type ProgrammeAxesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeAxesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeAxesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeAxesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `description` (Summary of the programme). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `number` (Number of the axis (1 to 3)). */
  number?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `title`. */
  title?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `titleEn` (Title in English). */
  titleEn?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Programme's `axes` relationship. */
export type ProgrammeAxesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ProgrammeAxisUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeAxesConnectionWhere | null | undefined;
};

/** Changes to the `axes` relationships of a Programme: connect, create, update, disconnect or delete. */
export type ProgrammeAxesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeAxesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ProgrammeAxesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ProgrammeAxesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ProgrammeAxesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ProgrammeAxesUpdateConnectionInput | null | undefined;
};

/** Links a ProgrammeAxis to existing nodes through `actions`: the nodes to connect (where), and the relationship properties. */
export type ProgrammeAxisActionsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeActionConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeActionConnectWhere | null | undefined;
};

/** Filters ProgrammeAxis nodes by aggregates over their `actions` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ProgrammeAxisActionsConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeAxisActionsConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeAxisActionsConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeAxisActionsConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ProgrammeAxisActionsNodeAggregationWhereInput | null | undefined;
};

/** Filters ProgrammeAxis nodes by their `actions` relationships: all, none, single or some of them must match. */
export type ProgrammeAxisActionsConnectionFilters = {
  /** Filter ProgrammeAxes by aggregating results on related ProgrammeAxisActionsConnections */
  aggregate?: ProgrammeAxisActionsConnectionAggregateInput | null | undefined;
  /** Return ProgrammeAxes where all of the related ProgrammeAxisActionsConnections match this filter */
  all?: ProgrammeAxisActionsConnectionWhere | null | undefined;
  /** Return ProgrammeAxes where none of the related ProgrammeAxisActionsConnections match this filter */
  none?: ProgrammeAxisActionsConnectionWhere | null | undefined;
  /** Return ProgrammeAxes where one of the related ProgrammeAxisActionsConnections match this filter */
  single?: ProgrammeAxisActionsConnectionWhere | null | undefined;
  /** Return ProgrammeAxes where some of the related ProgrammeAxisActionsConnections match this filter */
  some?: ProgrammeAxisActionsConnectionWhere | null | undefined;
};

/** Filters the `actions` relationships of a ProgrammeAxis by the related node (node) and the relationship's properties (edge). */
export type ProgrammeAxisActionsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeAxisActionsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeAxisActionsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeAxisActionsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ProgrammeActionWhere | null | undefined;
};

/** Creates a node and links it to a ProgrammeAxis through `actions`, with the relationship properties. */
export type ProgrammeAxisActionsCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ProgrammeActionCreateInput;
};

/** Deletes nodes linked to a ProgrammeAxis through `actions` that match `where`. */
export type ProgrammeAxisActionsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ProgrammeActionDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeAxisActionsConnectionWhere | null | undefined;
};

/** Removes `actions` relationships of a ProgrammeAxis that match `where` (the related nodes stay). */
export type ProgrammeAxisActionsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ProgrammeActionDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeAxisActionsConnectionWhere | null | undefined;
};

/** The `actions` relationships of a new ProgrammeAxis: nodes to create or existing nodes to connect. */
export type ProgrammeAxisActionsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeAxisActionsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ProgrammeAxisActionsCreateFieldInput> | null | undefined;
};

/** Filters ProgrammeAxis nodes by aggregates of the properties of the nodes they reach through `actions`. */
export type ProgrammeAxisActionsNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeAxisActionsNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeAxisActionsNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeAxisActionsNodeAggregationWhereInput> | null | undefined;
  /** Condition on `description` (What the axis covers). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sinceYear` (First year of the action, when stated). */
  sinceYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `title` (Title in French, as published). */
  title?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `titleEn` (Title in English). */
  titleEn?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a ProgrammeAxis's `actions` relationship. */
export type ProgrammeAxisActionsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ProgrammeActionUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeAxisActionsConnectionWhere | null | undefined;
};

/** Changes to the `actions` relationships of a ProgrammeAxis: connect, create, update, disconnect or delete. */
export type ProgrammeAxisActionsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeAxisActionsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ProgrammeAxisActionsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ProgrammeAxisActionsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ProgrammeAxisActionsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ProgrammeAxisActionsUpdateConnectionInput | null | undefined;
};

/** Relationships to create from a ProgrammeAxis to existing nodes, relationship field by field. */
export type ProgrammeAxisConnectInput = {
  /** The `actions` relationships: existing nodes to link. */
  actions?: Array<ProgrammeAxisActionsConnectFieldInput> | null | undefined;
  /** The `programme` relationships: existing nodes to link. */
  programme?: Array<ProgrammeAxisProgrammeConnectFieldInput> | null | undefined;
};

/** Selects the existing ProgrammeAxis nodes to connect to. */
export type ProgrammeAxisConnectWhere = {
  /** The node. */
  node: ProgrammeAxisWhere;
};

/** The properties and relationships of a new ProgrammeAxis. */
export type ProgrammeAxisCreateInput = {
  /** The `actions` relationships: nodes to create or connect. */
  actions?: ProgrammeAxisActionsFieldInput | null | undefined;
  /** What the axis covers. */
  description?: string | null | undefined;
  /** Stable identifier. */
  id: string | number;
  /** Number of the axis (1 to 3). */
  number: number;
  /** The `programme` relationships: nodes to create or connect. */
  programme?: ProgrammeAxisProgrammeFieldInput | null | undefined;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** Title in French, as published. */
  title: string;
  /** Title in English. */
  titleEn: string;
};

/** Nodes related to a ProgrammeAxis to delete along with it, relationship field by relationship field. */
export type ProgrammeAxisDeleteInput = {
  /** The `actions` relationships: related nodes to delete. */
  actions?: Array<ProgrammeAxisActionsDeleteFieldInput> | null | undefined;
  /** The `programme` relationships: related nodes to delete. */
  programme?: Array<ProgrammeAxisProgrammeDeleteFieldInput> | null | undefined;
};

/** Relationships of a ProgrammeAxis to remove, relationship field by field (the related nodes stay). */
export type ProgrammeAxisDisconnectInput = {
  /** The `actions` relationships: relationships to remove. */
  actions?: Array<ProgrammeAxisActionsDisconnectFieldInput> | null | undefined;
  /** The `programme` relationships: relationships to remove. */
  programme?: Array<ProgrammeAxisProgrammeDisconnectFieldInput> | null | undefined;
};

/** Links a ProgrammeAxis to existing nodes through `programme`: the nodes to connect (where), and the relationship properties. */
export type ProgrammeAxisProgrammeConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeConnectWhere | null | undefined;
};

/** Filters ProgrammeAxis nodes by aggregates over their `programme` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ProgrammeAxisProgrammeConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeAxisProgrammeConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeAxisProgrammeConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeAxisProgrammeConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ProgrammeAxisProgrammeNodeAggregationWhereInput | null | undefined;
};

/** Filters ProgrammeAxis nodes by their `programme` relationships: all, none, single or some of them must match. */
export type ProgrammeAxisProgrammeConnectionFilters = {
  /** Filter ProgrammeAxes by aggregating results on related ProgrammeAxisProgrammeConnections */
  aggregate?: ProgrammeAxisProgrammeConnectionAggregateInput | null | undefined;
  /** Return ProgrammeAxes where all of the related ProgrammeAxisProgrammeConnections match this filter */
  all?: ProgrammeAxisProgrammeConnectionWhere | null | undefined;
  /** Return ProgrammeAxes where none of the related ProgrammeAxisProgrammeConnections match this filter */
  none?: ProgrammeAxisProgrammeConnectionWhere | null | undefined;
  /** Return ProgrammeAxes where one of the related ProgrammeAxisProgrammeConnections match this filter */
  single?: ProgrammeAxisProgrammeConnectionWhere | null | undefined;
  /** Return ProgrammeAxes where some of the related ProgrammeAxisProgrammeConnections match this filter */
  some?: ProgrammeAxisProgrammeConnectionWhere | null | undefined;
};

/** Filters the `programme` relationships of a ProgrammeAxis by the related node (node) and the relationship's properties (edge). */
export type ProgrammeAxisProgrammeConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeAxisProgrammeConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeAxisProgrammeConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeAxisProgrammeConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ProgrammeWhere | null | undefined;
};

/** Creates a node and links it to a ProgrammeAxis through `programme`, with the relationship properties. */
export type ProgrammeAxisProgrammeCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ProgrammeCreateInput;
};

/** Deletes nodes linked to a ProgrammeAxis through `programme` that match `where`. */
export type ProgrammeAxisProgrammeDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ProgrammeDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeAxisProgrammeConnectionWhere | null | undefined;
};

/** Removes `programme` relationships of a ProgrammeAxis that match `where` (the related nodes stay). */
export type ProgrammeAxisProgrammeDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ProgrammeDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeAxisProgrammeConnectionWhere | null | undefined;
};

/** The `programme` relationships of a new ProgrammeAxis: nodes to create or existing nodes to connect. */
export type ProgrammeAxisProgrammeFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeAxisProgrammeConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ProgrammeAxisProgrammeCreateFieldInput> | null | undefined;
};

/** Filters ProgrammeAxis nodes by aggregates of the properties of the nodes they reach through `programme`. */
export type ProgrammeAxisProgrammeNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeAxisProgrammeNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeAxisProgrammeNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeAxisProgrammeNodeAggregationWhereInput> | null | undefined;
  /** Condition on `annualBudgetEur` (Annual ESS budget in euros (excluding staff costs and grants to associations)). */
  annualBudgetEur?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `budgetNote` (What the budget excludes, in the programme's words). */
  budgetNote?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description` (What the axis covers). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `essEnterprisesSharePct` (Share of enterprises that belong to the ESS, in percent). */
  essEnterprisesSharePct?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `essJobsSharePct` (Share of jobs in the ESS on the territory, in percent). */
  essJobsSharePct?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `essPrivateJobsSharePct` (Share of private jobs in the ESS, in percent). */
  essPrivateJobsSharePct?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `name`. */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a ProgrammeAxis's `programme` relationship. */
export type ProgrammeAxisProgrammeUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ProgrammeUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeAxisProgrammeConnectionWhere | null | undefined;
};

/** Changes to the `programme` relationships of a ProgrammeAxis: connect, create, update, disconnect or delete. */
export type ProgrammeAxisProgrammeUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeAxisProgrammeConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ProgrammeAxisProgrammeCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ProgrammeAxisProgrammeDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ProgrammeAxisProgrammeDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ProgrammeAxisProgrammeUpdateConnectionInput | null | undefined;
};

/** Filters on a list of related ProgrammeAxis nodes: all, none, single or some of them must match. */
export type ProgrammeAxisRelationshipFilters = {
  /** Filter type where all of the related ProgrammeAxes match this filter */
  all?: ProgrammeAxisWhere | null | undefined;
  /** Filter type where none of the related ProgrammeAxes match this filter */
  none?: ProgrammeAxisWhere | null | undefined;
  /** Filter type where one of the related ProgrammeAxes match this filter */
  single?: ProgrammeAxisWhere | null | undefined;
  /** Filter type where some of the related ProgrammeAxes match this filter */
  some?: ProgrammeAxisWhere | null | undefined;
};

/** Changes to a ProgrammeAxis: properties to set, relationships to connect, create, update, disconnect or delete. */
export type ProgrammeAxisUpdateInput = {
  /** The `actions` relationships: changes to make. */
  actions?: Array<ProgrammeAxisActionsUpdateFieldInput> | null | undefined;
  /** New value of `description` (What the axis covers): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  description?: StringScalarMutations | null | undefined;
  /** New value of `id` (Stable identifier): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  id?: IdScalarMutations | null | undefined;
  /** New value of `number` (Number of the axis (1 to 3)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  number?: IntScalarMutations | null | undefined;
  /** The `programme` relationships: changes to make. */
  programme?: Array<ProgrammeAxisProgrammeUpdateFieldInput> | null | undefined;
  /** New value of `source` (Where the record comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** New value of `title` (Title in French, as published): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  title?: StringScalarMutations | null | undefined;
  /** New value of `titleEn` (Title in English): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  titleEn?: StringScalarMutations | null | undefined;
};

/** Filters ProgrammeAxis nodes: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type ProgrammeAxisWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeAxisWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeAxisWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeAxisWhere> | null | undefined;
  /** Condition on the nodes related through `actions`. */
  actions?: ProgrammeActionRelationshipFilters | null | undefined;
  /** Condition on the `actions` relationships (related node and relationship properties). */
  actionsConnection?: ProgrammeAxisActionsConnectionFilters | null | undefined;
  /** Condition on `description` (What the axis covers). */
  description?: StringScalarFilters | null | undefined;
  /** Condition on `id` (Stable identifier). */
  id?: IdScalarFilters | null | undefined;
  /** Condition on `number` (Number of the axis (1 to 3)). */
  number?: IntScalarFilters | null | undefined;
  /** Condition on the nodes related through `programme`. */
  programme?: ProgrammeRelationshipFilters | null | undefined;
  /** Condition on the `programme` relationships (related node and relationship properties). */
  programmeConnection?: ProgrammeAxisProgrammeConnectionFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `title` (Title in French, as published). */
  title?: StringScalarFilters | null | undefined;
  /** Condition on `titleEn` (Title in English). */
  titleEn?: StringScalarFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

/** Relationships to create from a Programme to existing nodes, relationship field by field. */
export type ProgrammeConnectInput = {
  /** The `axes` relationships: existing nodes to link. */
  axes?: Array<ProgrammeAxesConnectFieldInput> | null | undefined;
  /** The `territory` relationships: existing nodes to link. */
  territory?: Array<ProgrammeTerritoryConnectFieldInput> | null | undefined;
};

/** Selects the existing Programme nodes to connect to. */
export type ProgrammeConnectWhere = {
  /** The node. */
  node: ProgrammeWhere;
};

/** The properties and relationships of a new Programme. */
export type ProgrammeCreateInput = {
  /** Annual ESS budget in euros (excluding staff costs and grants to associations). */
  annualBudgetEur?: number | null | undefined;
  /** The `axes` relationships: nodes to create or connect. */
  axes?: ProgrammeAxesFieldInput | null | undefined;
  /** What the budget excludes, in the programme's words. */
  budgetNote?: string | null | undefined;
  /** Summary of the programme. */
  description?: string | null | undefined;
  /** Share of enterprises that belong to the ESS, in percent. */
  essEnterprisesSharePct?: number | null | undefined;
  /** Share of jobs in the ESS on the territory, in percent. */
  essJobsSharePct?: number | null | undefined;
  /** Share of private jobs in the ESS, in percent. */
  essPrivateJobsSharePct?: number | null | undefined;
  /** Stable identifier. */
  id: string | number;
  /** Name. */
  name: string;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** The `territory` relationships: nodes to create or connect. */
  territory?: ProgrammeTerritoryFieldInput | null | undefined;
};

/** Nodes related to a Programme to delete along with it, relationship field by relationship field. */
export type ProgrammeDeleteInput = {
  /** The `axes` relationships: related nodes to delete. */
  axes?: Array<ProgrammeAxesDeleteFieldInput> | null | undefined;
  /** The `territory` relationships: related nodes to delete. */
  territory?: Array<ProgrammeTerritoryDeleteFieldInput> | null | undefined;
};

/** Relationships of a Programme to remove, relationship field by field (the related nodes stay). */
export type ProgrammeDisconnectInput = {
  /** The `axes` relationships: relationships to remove. */
  axes?: Array<ProgrammeAxesDisconnectFieldInput> | null | undefined;
  /** The `territory` relationships: relationships to remove. */
  territory?: Array<ProgrammeTerritoryDisconnectFieldInput> | null | undefined;
};

/** Filters on a list of related Programme nodes: all, none, single or some of them must match. */
export type ProgrammeRelationshipFilters = {
  /** Filter type where all of the related Programmes match this filter */
  all?: ProgrammeWhere | null | undefined;
  /** Filter type where none of the related Programmes match this filter */
  none?: ProgrammeWhere | null | undefined;
  /** Filter type where one of the related Programmes match this filter */
  single?: ProgrammeWhere | null | undefined;
  /** Filter type where some of the related Programmes match this filter */
  some?: ProgrammeWhere | null | undefined;
};

/** Links a Programme to existing nodes through `territory`: the nodes to connect (where), and the relationship properties. */
export type ProgrammeTerritoryConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TerritoryConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TerritoryConnectWhere | null | undefined;
};

/** Filters Programme nodes by aggregates over their `territory` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ProgrammeTerritoryConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeTerritoryConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeTerritoryConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeTerritoryConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ProgrammeTerritoryNodeAggregationWhereInput | null | undefined;
};

/** Filters Programme nodes by their `territory` relationships: all, none, single or some of them must match. */
export type ProgrammeTerritoryConnectionFilters = {
  /** Filter Programmes by aggregating results on related ProgrammeTerritoryConnections */
  aggregate?: ProgrammeTerritoryConnectionAggregateInput | null | undefined;
  /** Return Programmes where all of the related ProgrammeTerritoryConnections match this filter */
  all?: ProgrammeTerritoryConnectionWhere | null | undefined;
  /** Return Programmes where none of the related ProgrammeTerritoryConnections match this filter */
  none?: ProgrammeTerritoryConnectionWhere | null | undefined;
  /** Return Programmes where one of the related ProgrammeTerritoryConnections match this filter */
  single?: ProgrammeTerritoryConnectionWhere | null | undefined;
  /** Return Programmes where some of the related ProgrammeTerritoryConnections match this filter */
  some?: ProgrammeTerritoryConnectionWhere | null | undefined;
};

/** Filters the `territory` relationships of a Programme by the related node (node) and the relationship's properties (edge). */
export type ProgrammeTerritoryConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeTerritoryConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeTerritoryConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeTerritoryConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: TerritoryWhere | null | undefined;
};

/** Creates a node and links it to a Programme through `territory`, with the relationship properties. */
export type ProgrammeTerritoryCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: TerritoryCreateInput;
};

/** Deletes nodes linked to a Programme through `territory` that match `where`. */
export type ProgrammeTerritoryDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: TerritoryDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeTerritoryConnectionWhere | null | undefined;
};

/** Removes `territory` relationships of a Programme that match `where` (the related nodes stay). */
export type ProgrammeTerritoryDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: TerritoryDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeTerritoryConnectionWhere | null | undefined;
};

/** The `territory` relationships of a new Programme: nodes to create or existing nodes to connect. */
export type ProgrammeTerritoryFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeTerritoryConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ProgrammeTerritoryCreateFieldInput> | null | undefined;
};

/** Filters Programme nodes by aggregates of the properties of the nodes they reach through `territory`. */
export type ProgrammeTerritoryNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeTerritoryNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeTerritoryNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeTerritoryNodeAggregationWhereInput> | null | undefined;
  /** Condition on `code`. */
  code?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `population`. */
  population?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Programme's `territory` relationship. */
export type ProgrammeTerritoryUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: TerritoryUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeTerritoryConnectionWhere | null | undefined;
};

/** Changes to the `territory` relationships of a Programme: connect, create, update, disconnect or delete. */
export type ProgrammeTerritoryUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeTerritoryConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ProgrammeTerritoryCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ProgrammeTerritoryDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ProgrammeTerritoryDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ProgrammeTerritoryUpdateConnectionInput | null | undefined;
};

/** Changes to a Programme: properties to set, relationships to connect, create, update, disconnect or delete. */
export type ProgrammeUpdateInput = {
  /** New value of `annualBudgetEur` (Annual ESS budget in euros (excluding staff costs and grants to associations)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  annualBudgetEur?: FloatScalarMutations | null | undefined;
  /** The `axes` relationships: changes to make. */
  axes?: Array<ProgrammeAxesUpdateFieldInput> | null | undefined;
  /** New value of `budgetNote` (What the budget excludes, in the programme's words): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  budgetNote?: StringScalarMutations | null | undefined;
  /** New value of `description` (Summary of the programme): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  description?: StringScalarMutations | null | undefined;
  /** New value of `essEnterprisesSharePct` (Share of enterprises that belong to the ESS, in percent): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  essEnterprisesSharePct?: FloatScalarMutations | null | undefined;
  /** New value of `essJobsSharePct` (Share of jobs in the ESS on the territory, in percent): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  essJobsSharePct?: FloatScalarMutations | null | undefined;
  /** New value of `essPrivateJobsSharePct` (Share of private jobs in the ESS, in percent): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  essPrivateJobsSharePct?: FloatScalarMutations | null | undefined;
  /** New value of `id` (Stable identifier): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  id?: IdScalarMutations | null | undefined;
  /** New value of `name` (Name): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  name?: StringScalarMutations | null | undefined;
  /** New value of `source` (Where the record comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** The `territory` relationships: changes to make. */
  territory?: Array<ProgrammeTerritoryUpdateFieldInput> | null | undefined;
};

/** Filters Programme nodes: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type ProgrammeWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ProgrammeWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProgrammeWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProgrammeWhere> | null | undefined;
  /** Condition on `annualBudgetEur` (Annual ESS budget in euros (excluding staff costs and grants to associations)). */
  annualBudgetEur?: FloatScalarFilters | null | undefined;
  /** Condition on the nodes related through `axes`. */
  axes?: ProgrammeAxisRelationshipFilters | null | undefined;
  /** Condition on the `axes` relationships (related node and relationship properties). */
  axesConnection?: ProgrammeAxesConnectionFilters | null | undefined;
  /** Condition on `budgetNote` (What the budget excludes, in the programme's words). */
  budgetNote?: StringScalarFilters | null | undefined;
  /** Condition on `description` (Summary of the programme). */
  description?: StringScalarFilters | null | undefined;
  /** Condition on `essEnterprisesSharePct` (Share of enterprises that belong to the ESS, in percent). */
  essEnterprisesSharePct?: FloatScalarFilters | null | undefined;
  /** Condition on `essJobsSharePct` (Share of jobs in the ESS on the territory, in percent). */
  essJobsSharePct?: FloatScalarFilters | null | undefined;
  /** Condition on `essPrivateJobsSharePct` (Share of private jobs in the ESS, in percent). */
  essPrivateJobsSharePct?: FloatScalarFilters | null | undefined;
  /** Condition on `id` (Stable identifier). */
  id?: IdScalarFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `territory`. */
  territory?: TerritoryRelationshipFilters | null | undefined;
  /** Condition on the `territory` relationships (related node and relationship properties). */
  territoryConnection?: ProgrammeTerritoryConnectionFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

/** Filters by aggregates (average, min, max, sum, length) of the properties of Provenance relationships. */
export type ProvenanceAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ProvenanceAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProvenanceAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProvenanceAggregationWhereInput> | null | undefined;
  /** Condition on `source` (Where the fact comes from: a URL, a file, "programme text", "illustrative", or the coordinator who recorded it). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source (line, record id, paragraph)). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the fact was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** The properties and relationships of a new Provenance. */
export type ProvenanceCreateInput = {
  /** Reference inside the source (line, record id, paragraph). */
  sourceRef?: string | null | undefined;
};

/** Changes to a Provenance: properties to set, relationships to connect, create, update, disconnect or delete. */
export type ProvenanceUpdateInput = {
  /** New value of `source` (Where the fact comes from: a URL, a file, "programme text", "illustrative", or the coordinator who recorded it): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source (line, record id, paragraph)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
};

/** Filters Provenance relationships: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type ProvenanceWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ProvenanceWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ProvenanceWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ProvenanceWhere> | null | undefined;
  /** Condition on `source` (Where the fact comes from: a URL, a file, "programme text", "illustrative", or the coordinator who recorded it). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source (line, record id, paragraph)). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `updatedAt` (When the fact was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

/** Filters by aggregates (average, min, max, sum, length) of the properties of Purchase relationships. */
export type PurchaseAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<PurchaseAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: PurchaseAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<PurchaseAggregationWhereInput> | null | undefined;
  /** Condition on `annualAmountEur` (Approximate yearly amount in euros). */
  annualAmountEur?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `description` (What is bought). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `since` (First year of purchase). */
  since?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the fact comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `until` (Last year of purchase; null while it goes on). */
  until?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the fact was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** The properties and relationships of a new Purchase. */
export type PurchaseCreateInput = {
  /** Approximate yearly amount in euros. */
  annualAmountEur?: number | null | undefined;
  /** What is bought. */
  description?: string | null | undefined;
  /** First year of purchase. */
  since?: number | null | undefined;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** Last year of purchase; null while it goes on. */
  until?: number | null | undefined;
};

/** Changes to a Purchase: properties to set, relationships to connect, create, update, disconnect or delete. */
export type PurchaseUpdateInput = {
  /** New value of `annualAmountEur` (Approximate yearly amount in euros): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  annualAmountEur?: FloatScalarMutations | null | undefined;
  /** New value of `description` (What is bought): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  description?: StringScalarMutations | null | undefined;
  /** New value of `since` (First year of purchase): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  since?: IntScalarMutations | null | undefined;
  /** New value of `source` (Where the fact comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** New value of `until` (Last year of purchase; null while it goes on): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  until?: IntScalarMutations | null | undefined;
};

/** Filters Purchase relationships: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type PurchaseWhere = {
  /** All of these conditions must hold. */
  AND?: Array<PurchaseWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: PurchaseWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<PurchaseWhere> | null | undefined;
  /** Condition on `annualAmountEur` (Approximate yearly amount in euros). */
  annualAmountEur?: FloatScalarFilters | null | undefined;
  /** Condition on `description` (What is bought). */
  description?: StringScalarFilters | null | undefined;
  /** Condition on `since` (First year of purchase). */
  since?: IntScalarFilters | null | undefined;
  /** Condition on `source` (Where the fact comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `until` (Last year of purchase; null while it goes on). */
  until?: IntScalarFilters | null | undefined;
  /** Condition on `updatedAt` (When the fact was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

/** Filters by aggregates (average, min, max, sum, length) of the properties of ResearchLink relationships. */
export type ResearchLinkAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ResearchLinkAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResearchLinkAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResearchLinkAggregationWhereInput> | null | undefined;
  /** Condition on `since` (First year of the research link, when known). */
  since?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the fact comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `until` (Last year of the research link; null while it goes on). */
  until?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the fact was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** The properties and relationships of a new ResearchLink. */
export type ResearchLinkCreateInput = {
  /** First year of the research link, when known. */
  since?: number | null | undefined;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** Last year of the research link; null while it goes on. */
  until?: number | null | undefined;
};

/** Changes to a ResearchLink: properties to set, relationships to connect, create, update, disconnect or delete. */
export type ResearchLinkUpdateInput = {
  /** New value of `since` (First year of the research link, when known): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  since?: IntScalarMutations | null | undefined;
  /** New value of `source` (Where the fact comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** New value of `until` (Last year of the research link; null while it goes on): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  until?: IntScalarMutations | null | undefined;
};

/** Filters ResearchLink relationships: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type ResearchLinkWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ResearchLinkWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResearchLinkWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResearchLinkWhere> | null | undefined;
  /** Condition on `since` (First year of the research link, when known). */
  since?: IntScalarFilters | null | undefined;
  /** Condition on `source` (Where the fact comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `until` (Last year of the research link; null while it goes on). */
  until?: IntScalarFilters | null | undefined;
  /** Condition on `updatedAt` (When the fact was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

/** Relationships to create from a ResearchUnit to existing nodes, relationship field by field. */
export type ResearchUnitConnectInput = {
  /** The `contacts` relationships: existing nodes to link. */
  contacts?: Array<ResearchUnitContactsConnectFieldInput> | null | undefined;
  /** The `events` relationships: existing nodes to link. */
  events?: Array<ResearchUnitEventsConnectFieldInput> | null | undefined;
  /** The `partOf` relationships: existing nodes to link. */
  partOf?: Array<ResearchUnitPartOfConnectFieldInput> | null | undefined;
  /** The `parts` relationships: existing nodes to link. */
  parts?: Array<ResearchUnitPartsConnectFieldInput> | null | undefined;
  /** The `studies` relationships: existing nodes to link. */
  studies?: Array<ResearchUnitStudiesConnectFieldInput> | null | undefined;
  /** The `themes` relationships: existing nodes to link. */
  themes?: Array<ResearchUnitThemesConnectFieldInput> | null | undefined;
};

/** Selects the existing ResearchUnit nodes to connect to. */
export type ResearchUnitConnectWhere = {
  /** The node. */
  node: ResearchUnitWhere;
};

/** Links a ResearchUnit to existing nodes through `contacts`: the nodes to connect (where), and the relationship properties. */
export type ResearchUnitContactsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ContactConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ContactConnectWhere | null | undefined;
};

/** Filters the `contacts` relationships of a ResearchUnit by the related node (node) and the relationship's properties (edge). */
export type ResearchUnitContactsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ResearchUnitContactsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResearchUnitContactsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResearchUnitContactsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ContactWhere | null | undefined;
};

/** Creates a node and links it to a ResearchUnit through `contacts`, with the relationship properties. */
export type ResearchUnitContactsCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ContactCreateInput;
};

/** Deletes nodes linked to a ResearchUnit through `contacts` that match `where`. */
export type ResearchUnitContactsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ContactDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitContactsConnectionWhere | null | undefined;
};

/** Removes `contacts` relationships of a ResearchUnit that match `where` (the related nodes stay). */
export type ResearchUnitContactsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ContactDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitContactsConnectionWhere | null | undefined;
};

/** The `contacts` relationships of a new ResearchUnit: nodes to create or existing nodes to connect. */
export type ResearchUnitContactsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResearchUnitContactsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ResearchUnitContactsCreateFieldInput> | null | undefined;
};

/** Changes to the related node and the relationship properties of a ResearchUnit's `contacts` relationship. */
export type ResearchUnitContactsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ContactUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitContactsConnectionWhere | null | undefined;
};

/** Changes to the `contacts` relationships of a ResearchUnit: connect, create, update, disconnect or delete. */
export type ResearchUnitContactsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResearchUnitContactsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ResearchUnitContactsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ResearchUnitContactsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ResearchUnitContactsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ResearchUnitContactsUpdateConnectionInput | null | undefined;
};

/** The properties and relationships of a new ResearchUnit. */
export type ResearchUnitCreateInput = {
  /** The `contacts` relationships: nodes to create or connect. */
  contacts?: ResearchUnitContactsFieldInput | null | undefined;
  /** Public description. */
  description?: string | null | undefined;
  /** Last year (projects); null while it goes on. */
  endYear?: number | null | undefined;
  /** The `events` relationships: nodes to create or connect. */
  events?: ResearchUnitEventsFieldInput | null | undefined;
  /** University, laboratory or project. */
  kind: ResearchUnitKind;
  /** Location (WGS84). */
  location?: PointInput | null | undefined;
  /** Name. */
  name: string;
  /** The `partOf` relationships: nodes to create or connect. */
  partOf?: ResearchUnitPartOfFieldInput | null | undefined;
  /** The `parts` relationships: nodes to create or connect. */
  parts?: ResearchUnitPartsFieldInput | null | undefined;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** First year (projects). */
  startYear?: number | null | undefined;
  /** The `studies` relationships: nodes to create or connect. */
  studies?: ResearchUnitStudiesFieldInput | null | undefined;
  /** The `themes` relationships: nodes to create or connect. */
  themes?: ResearchUnitThemesFieldInput | null | undefined;
  /** Website URL. */
  website?: string | null | undefined;
};

/** Nodes related to a ResearchUnit to delete along with it, relationship field by relationship field. */
export type ResearchUnitDeleteInput = {
  /** The `contacts` relationships: related nodes to delete. */
  contacts?: Array<ResearchUnitContactsDeleteFieldInput> | null | undefined;
  /** The `events` relationships: related nodes to delete. */
  events?: Array<ResearchUnitEventsDeleteFieldInput> | null | undefined;
  /** The `partOf` relationships: related nodes to delete. */
  partOf?: Array<ResearchUnitPartOfDeleteFieldInput> | null | undefined;
  /** The `parts` relationships: related nodes to delete. */
  parts?: Array<ResearchUnitPartsDeleteFieldInput> | null | undefined;
  /** The `studies` relationships: related nodes to delete. */
  studies?: Array<ResearchUnitStudiesDeleteFieldInput> | null | undefined;
  /** The `themes` relationships: related nodes to delete. */
  themes?: Array<ResearchUnitThemesDeleteFieldInput> | null | undefined;
};

/** Relationships of a ResearchUnit to remove, relationship field by field (the related nodes stay). */
export type ResearchUnitDisconnectInput = {
  /** The `contacts` relationships: relationships to remove. */
  contacts?: Array<ResearchUnitContactsDisconnectFieldInput> | null | undefined;
  /** The `events` relationships: relationships to remove. */
  events?: Array<ResearchUnitEventsDisconnectFieldInput> | null | undefined;
  /** The `partOf` relationships: relationships to remove. */
  partOf?: Array<ResearchUnitPartOfDisconnectFieldInput> | null | undefined;
  /** The `parts` relationships: relationships to remove. */
  parts?: Array<ResearchUnitPartsDisconnectFieldInput> | null | undefined;
  /** The `studies` relationships: relationships to remove. */
  studies?: Array<ResearchUnitStudiesDisconnectFieldInput> | null | undefined;
  /** The `themes` relationships: relationships to remove. */
  themes?: Array<ResearchUnitThemesDisconnectFieldInput> | null | undefined;
};

/** Links a ResearchUnit to existing nodes through `events`: the nodes to connect (where), and the relationship properties. */
export type ResearchUnitEventsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge: AttendanceCreateInput;
  /** Filter: only the items matching it. */
  where?: EventConnectWhere | null | undefined;
};

/** Filters ResearchUnit nodes by aggregates over their `events` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ResearchUnitEventsConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ResearchUnitEventsConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResearchUnitEventsConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResearchUnitEventsConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: AttendanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ResearchUnitEventsNodeAggregationWhereInput | null | undefined;
};

/** Filters ResearchUnit nodes by their `events` relationships: all, none, single or some of them must match. */
export type ResearchUnitEventsConnectionFilters = {
  /** Filter ResearchUnits by aggregating results on related ResearchUnitEventsConnections */
  aggregate?: ResearchUnitEventsConnectionAggregateInput | null | undefined;
  /** Return ResearchUnits where all of the related ResearchUnitEventsConnections match this filter */
  all?: ResearchUnitEventsConnectionWhere | null | undefined;
  /** Return ResearchUnits where none of the related ResearchUnitEventsConnections match this filter */
  none?: ResearchUnitEventsConnectionWhere | null | undefined;
  /** Return ResearchUnits where one of the related ResearchUnitEventsConnections match this filter */
  single?: ResearchUnitEventsConnectionWhere | null | undefined;
  /** Return ResearchUnits where some of the related ResearchUnitEventsConnections match this filter */
  some?: ResearchUnitEventsConnectionWhere | null | undefined;
};

/** Filters the `events` relationships of a ResearchUnit by the related node (node) and the relationship's properties (edge). */
export type ResearchUnitEventsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ResearchUnitEventsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResearchUnitEventsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResearchUnitEventsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: AttendanceWhere | null | undefined;
  /** The node. */
  node?: EventWhere | null | undefined;
};

/** Creates a node and links it to a ResearchUnit through `events`, with the relationship properties. */
export type ResearchUnitEventsCreateFieldInput = {
  /** The relationship's properties. */
  edge: AttendanceCreateInput;
  /** The node. */
  node: EventCreateInput;
};

/** Deletes nodes linked to a ResearchUnit through `events` that match `where`. */
export type ResearchUnitEventsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EventDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitEventsConnectionWhere | null | undefined;
};

/** Removes `events` relationships of a ResearchUnit that match `where` (the related nodes stay). */
export type ResearchUnitEventsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EventDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitEventsConnectionWhere | null | undefined;
};

/** The `events` relationships of a new ResearchUnit: nodes to create or existing nodes to connect. */
export type ResearchUnitEventsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResearchUnitEventsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ResearchUnitEventsCreateFieldInput> | null | undefined;
};

/** Filters ResearchUnit nodes by aggregates of the properties of the nodes they reach through `events`. */
export type ResearchUnitEventsNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ResearchUnitEventsNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResearchUnitEventsNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResearchUnitEventsNodeAggregationWhereInput> | null | undefined;
  /** Condition on `businessParticipantCount` (Number of businesses that took part, as reported). */
  businessParticipantCount?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `essParticipantCount` (Number of ESS structures that took part, as reported). */
  essParticipantCount?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `place` (Place (venue)). */
  place?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `title`. */
  title?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `year`. */
  year?: IntScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a ResearchUnit's `events` relationship. */
export type ResearchUnitEventsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: AttendanceUpdateInput | null | undefined;
  /** The node. */
  node?: EventUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitEventsConnectionWhere | null | undefined;
};

/** Changes to the `events` relationships of a ResearchUnit: connect, create, update, disconnect or delete. */
export type ResearchUnitEventsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResearchUnitEventsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ResearchUnitEventsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ResearchUnitEventsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ResearchUnitEventsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ResearchUnitEventsUpdateConnectionInput | null | undefined;
};

/** Kinds of research units. */
export type ResearchUnitKind =
  /** Research laboratory. */
  | 'LABORATORY'
  /** Research project. */
  | 'PROJECT'
  /** University. */
  | 'UNIVERSITY';

/** ResearchUnitKind filters */
export type ResearchUnitKindEnumScalarFilters = {
  /** Equal to this value. */
  eq?: ResearchUnitKind | null | undefined;
  /** Equal to one of these values. */
  in?: Array<ResearchUnitKind> | null | undefined;
};

/** ResearchUnitKind mutations */
export type ResearchUnitKindEnumScalarMutations = {
  /** New value (null clears it where the property is optional). */
  set?: ResearchUnitKind | null | undefined;
};

/** Links a ResearchUnit to existing nodes through `partOf`: the nodes to connect (where), and the relationship properties. */
export type ResearchUnitPartOfConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResearchUnitConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitConnectWhere | null | undefined;
};

/** Filters ResearchUnit nodes by aggregates over their `partOf` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ResearchUnitPartOfConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ResearchUnitPartOfConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResearchUnitPartOfConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResearchUnitPartOfConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ResearchUnitPartOfNodeAggregationWhereInput | null | undefined;
};

/** Filters ResearchUnit nodes by their `partOf` relationships: all, none, single or some of them must match. */
export type ResearchUnitPartOfConnectionFilters = {
  /** Filter ResearchUnits by aggregating results on related ResearchUnitPartOfConnections */
  aggregate?: ResearchUnitPartOfConnectionAggregateInput | null | undefined;
  /** Return ResearchUnits where all of the related ResearchUnitPartOfConnections match this filter */
  all?: ResearchUnitPartOfConnectionWhere | null | undefined;
  /** Return ResearchUnits where none of the related ResearchUnitPartOfConnections match this filter */
  none?: ResearchUnitPartOfConnectionWhere | null | undefined;
  /** Return ResearchUnits where one of the related ResearchUnitPartOfConnections match this filter */
  single?: ResearchUnitPartOfConnectionWhere | null | undefined;
  /** Return ResearchUnits where some of the related ResearchUnitPartOfConnections match this filter */
  some?: ResearchUnitPartOfConnectionWhere | null | undefined;
};

/** Filters the `partOf` relationships of a ResearchUnit by the related node (node) and the relationship's properties (edge). */
export type ResearchUnitPartOfConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ResearchUnitPartOfConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResearchUnitPartOfConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResearchUnitPartOfConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ResearchUnitWhere | null | undefined;
};

/** Creates a node and links it to a ResearchUnit through `partOf`, with the relationship properties. */
export type ResearchUnitPartOfCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ResearchUnitCreateInput;
};

/** Deletes nodes linked to a ResearchUnit through `partOf` that match `where`. */
export type ResearchUnitPartOfDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ResearchUnitDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitPartOfConnectionWhere | null | undefined;
};

/** Removes `partOf` relationships of a ResearchUnit that match `where` (the related nodes stay). */
export type ResearchUnitPartOfDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ResearchUnitDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitPartOfConnectionWhere | null | undefined;
};

/** The `partOf` relationships of a new ResearchUnit: nodes to create or existing nodes to connect. */
export type ResearchUnitPartOfFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResearchUnitPartOfConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ResearchUnitPartOfCreateFieldInput> | null | undefined;
};

/** Filters ResearchUnit nodes by aggregates of the properties of the nodes they reach through `partOf`. */
export type ResearchUnitPartOfNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ResearchUnitPartOfNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResearchUnitPartOfNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResearchUnitPartOfNodeAggregationWhereInput> | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `endYear` (Last year (projects); null while it goes on). */
  endYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `startYear` (First year (projects)). */
  startYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a ResearchUnit's `partOf` relationship. */
export type ResearchUnitPartOfUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ResearchUnitUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitPartOfConnectionWhere | null | undefined;
};

/** Changes to the `partOf` relationships of a ResearchUnit: connect, create, update, disconnect or delete. */
export type ResearchUnitPartOfUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResearchUnitPartOfConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ResearchUnitPartOfCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ResearchUnitPartOfDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ResearchUnitPartOfDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ResearchUnitPartOfUpdateConnectionInput | null | undefined;
};

/** Links a ResearchUnit to existing nodes through `parts`: the nodes to connect (where), and the relationship properties. */
export type ResearchUnitPartsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResearchUnitConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitConnectWhere | null | undefined;
};

/** Filters ResearchUnit nodes by aggregates over their `parts` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ResearchUnitPartsConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ResearchUnitPartsConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResearchUnitPartsConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResearchUnitPartsConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ResearchUnitPartsNodeAggregationWhereInput | null | undefined;
};

/** Filters ResearchUnit nodes by their `parts` relationships: all, none, single or some of them must match. */
export type ResearchUnitPartsConnectionFilters = {
  /** Filter ResearchUnits by aggregating results on related ResearchUnitPartsConnections */
  aggregate?: ResearchUnitPartsConnectionAggregateInput | null | undefined;
  /** Return ResearchUnits where all of the related ResearchUnitPartsConnections match this filter */
  all?: ResearchUnitPartsConnectionWhere | null | undefined;
  /** Return ResearchUnits where none of the related ResearchUnitPartsConnections match this filter */
  none?: ResearchUnitPartsConnectionWhere | null | undefined;
  /** Return ResearchUnits where one of the related ResearchUnitPartsConnections match this filter */
  single?: ResearchUnitPartsConnectionWhere | null | undefined;
  /** Return ResearchUnits where some of the related ResearchUnitPartsConnections match this filter */
  some?: ResearchUnitPartsConnectionWhere | null | undefined;
};

/** Filters the `parts` relationships of a ResearchUnit by the related node (node) and the relationship's properties (edge). */
export type ResearchUnitPartsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ResearchUnitPartsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResearchUnitPartsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResearchUnitPartsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ResearchUnitWhere | null | undefined;
};

/** Creates a node and links it to a ResearchUnit through `parts`, with the relationship properties. */
export type ResearchUnitPartsCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ResearchUnitCreateInput;
};

/** Deletes nodes linked to a ResearchUnit through `parts` that match `where`. */
export type ResearchUnitPartsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ResearchUnitDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitPartsConnectionWhere | null | undefined;
};

/** Removes `parts` relationships of a ResearchUnit that match `where` (the related nodes stay). */
export type ResearchUnitPartsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ResearchUnitDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitPartsConnectionWhere | null | undefined;
};

/** The `parts` relationships of a new ResearchUnit: nodes to create or existing nodes to connect. */
export type ResearchUnitPartsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResearchUnitPartsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ResearchUnitPartsCreateFieldInput> | null | undefined;
};

/** Filters ResearchUnit nodes by aggregates of the properties of the nodes they reach through `parts`. */
export type ResearchUnitPartsNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ResearchUnitPartsNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResearchUnitPartsNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResearchUnitPartsNodeAggregationWhereInput> | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `endYear` (Last year (projects); null while it goes on). */
  endYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `startYear` (First year (projects)). */
  startYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a ResearchUnit's `parts` relationship. */
export type ResearchUnitPartsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ResearchUnitUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitPartsConnectionWhere | null | undefined;
};

/** Changes to the `parts` relationships of a ResearchUnit: connect, create, update, disconnect or delete. */
export type ResearchUnitPartsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResearchUnitPartsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ResearchUnitPartsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ResearchUnitPartsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ResearchUnitPartsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ResearchUnitPartsUpdateConnectionInput | null | undefined;
};

/** Filters on a list of related ResearchUnit nodes: all, none, single or some of them must match. */
export type ResearchUnitRelationshipFilters = {
  /** Filter type where all of the related ResearchUnits match this filter */
  all?: ResearchUnitWhere | null | undefined;
  /** Filter type where none of the related ResearchUnits match this filter */
  none?: ResearchUnitWhere | null | undefined;
  /** Filter type where one of the related ResearchUnits match this filter */
  single?: ResearchUnitWhere | null | undefined;
  /** Filter type where some of the related ResearchUnits match this filter */
  some?: ResearchUnitWhere | null | undefined;
};

/** Links a ResearchUnit to existing nodes through `studies`: the nodes to connect (where), and the relationship properties. */
export type ResearchUnitStudiesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ResearchLinkCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureConnectWhere | null | undefined;
};

/** Filters ResearchUnit nodes by aggregates over their `studies` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ResearchUnitStudiesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ResearchUnitStudiesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResearchUnitStudiesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResearchUnitStudiesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ResearchLinkAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ResearchUnitStudiesNodeAggregationWhereInput | null | undefined;
};

/** Filters ResearchUnit nodes by their `studies` relationships: all, none, single or some of them must match. */
export type ResearchUnitStudiesConnectionFilters = {
  /** Filter ResearchUnits by aggregating results on related ResearchUnitStudiesConnections */
  aggregate?: ResearchUnitStudiesConnectionAggregateInput | null | undefined;
  /** Return ResearchUnits where all of the related ResearchUnitStudiesConnections match this filter */
  all?: ResearchUnitStudiesConnectionWhere | null | undefined;
  /** Return ResearchUnits where none of the related ResearchUnitStudiesConnections match this filter */
  none?: ResearchUnitStudiesConnectionWhere | null | undefined;
  /** Return ResearchUnits where one of the related ResearchUnitStudiesConnections match this filter */
  single?: ResearchUnitStudiesConnectionWhere | null | undefined;
  /** Return ResearchUnits where some of the related ResearchUnitStudiesConnections match this filter */
  some?: ResearchUnitStudiesConnectionWhere | null | undefined;
};

/** Filters the `studies` relationships of a ResearchUnit by the related node (node) and the relationship's properties (edge). */
export type ResearchUnitStudiesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ResearchUnitStudiesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResearchUnitStudiesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResearchUnitStudiesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ResearchLinkWhere | null | undefined;
  /** The node. */
  node?: EssStructureWhere | null | undefined;
};

/** Creates a node and links it to a ResearchUnit through `studies`, with the relationship properties. */
export type ResearchUnitStudiesCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ResearchLinkCreateInput | null | undefined;
  /** The node. */
  node: EssStructureCreateInput;
};

/** Deletes nodes linked to a ResearchUnit through `studies` that match `where`. */
export type ResearchUnitStudiesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EssStructureDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitStudiesConnectionWhere | null | undefined;
};

/** Removes `studies` relationships of a ResearchUnit that match `where` (the related nodes stay). */
export type ResearchUnitStudiesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EssStructureDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitStudiesConnectionWhere | null | undefined;
};

/** The `studies` relationships of a new ResearchUnit: nodes to create or existing nodes to connect. */
export type ResearchUnitStudiesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResearchUnitStudiesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ResearchUnitStudiesCreateFieldInput> | null | undefined;
};

/** Filters ResearchUnit nodes by aggregates of the properties of the nodes they reach through `studies`. */
export type ResearchUnitStudiesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ResearchUnitStudiesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResearchUnitStudiesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResearchUnitStudiesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `foundedYear` (Year founded). */
  foundedYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `nafCode`. */
  nafCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `projectKind` (Kind of project in the programme's words, in French (e.g. épicerie solidaire, atelier vélo participatif)). */
  projectKind?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `rnaId` (RNA identifier (W + 9 digits) for associations). */
  rnaId?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siren`. */
  siren?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siret`. */
  siret?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRange`. */
  staffRange?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a ResearchUnit's `studies` relationship. */
export type ResearchUnitStudiesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ResearchLinkUpdateInput | null | undefined;
  /** The node. */
  node?: EssStructureUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitStudiesConnectionWhere | null | undefined;
};

/** Changes to the `studies` relationships of a ResearchUnit: connect, create, update, disconnect or delete. */
export type ResearchUnitStudiesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResearchUnitStudiesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ResearchUnitStudiesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ResearchUnitStudiesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ResearchUnitStudiesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ResearchUnitStudiesUpdateConnectionInput | null | undefined;
};

/** Links a ResearchUnit to existing nodes through `themes`: the nodes to connect (where), and the relationship properties. */
export type ResearchUnitThemesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ThemeConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ThemeConnectWhere | null | undefined;
};

/** Filters ResearchUnit nodes by aggregates over their `themes` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ResearchUnitThemesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ResearchUnitThemesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResearchUnitThemesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResearchUnitThemesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ResearchUnitThemesNodeAggregationWhereInput | null | undefined;
};

/** Filters ResearchUnit nodes by their `themes` relationships: all, none, single or some of them must match. */
export type ResearchUnitThemesConnectionFilters = {
  /** Filter ResearchUnits by aggregating results on related ResearchUnitThemesConnections */
  aggregate?: ResearchUnitThemesConnectionAggregateInput | null | undefined;
  /** Return ResearchUnits where all of the related ResearchUnitThemesConnections match this filter */
  all?: ResearchUnitThemesConnectionWhere | null | undefined;
  /** Return ResearchUnits where none of the related ResearchUnitThemesConnections match this filter */
  none?: ResearchUnitThemesConnectionWhere | null | undefined;
  /** Return ResearchUnits where one of the related ResearchUnitThemesConnections match this filter */
  single?: ResearchUnitThemesConnectionWhere | null | undefined;
  /** Return ResearchUnits where some of the related ResearchUnitThemesConnections match this filter */
  some?: ResearchUnitThemesConnectionWhere | null | undefined;
};

/** Filters the `themes` relationships of a ResearchUnit by the related node (node) and the relationship's properties (edge). */
export type ResearchUnitThemesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ResearchUnitThemesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResearchUnitThemesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResearchUnitThemesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ThemeWhere | null | undefined;
};

/** Creates a node and links it to a ResearchUnit through `themes`, with the relationship properties. */
export type ResearchUnitThemesCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ThemeCreateInput;
};

/** Deletes nodes linked to a ResearchUnit through `themes` that match `where`. */
export type ResearchUnitThemesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ThemeDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitThemesConnectionWhere | null | undefined;
};

/** Removes `themes` relationships of a ResearchUnit that match `where` (the related nodes stay). */
export type ResearchUnitThemesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ThemeDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitThemesConnectionWhere | null | undefined;
};

/** The `themes` relationships of a new ResearchUnit: nodes to create or existing nodes to connect. */
export type ResearchUnitThemesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResearchUnitThemesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ResearchUnitThemesCreateFieldInput> | null | undefined;
};

/** Filters ResearchUnit nodes by aggregates of the properties of the nodes they reach through `themes`. */
export type ResearchUnitThemesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ResearchUnitThemesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResearchUnitThemesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResearchUnitThemesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `code`. */
  code?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `labelEn` (Label in English). */
  labelEn?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `labelFr` (Label in French). */
  labelFr?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a ResearchUnit's `themes` relationship. */
export type ResearchUnitThemesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ThemeUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitThemesConnectionWhere | null | undefined;
};

/** Changes to the `themes` relationships of a ResearchUnit: connect, create, update, disconnect or delete. */
export type ResearchUnitThemesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResearchUnitThemesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ResearchUnitThemesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ResearchUnitThemesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ResearchUnitThemesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ResearchUnitThemesUpdateConnectionInput | null | undefined;
};

/** Changes to a ResearchUnit: properties to set, relationships to connect, create, update, disconnect or delete. */
export type ResearchUnitUpdateInput = {
  /** The `contacts` relationships: changes to make. */
  contacts?: Array<ResearchUnitContactsUpdateFieldInput> | null | undefined;
  /** New value of `description` (Public description): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  description?: StringScalarMutations | null | undefined;
  /** New value of `endYear` (Last year (projects); null while it goes on): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  endYear?: IntScalarMutations | null | undefined;
  /** The `events` relationships: changes to make. */
  events?: Array<ResearchUnitEventsUpdateFieldInput> | null | undefined;
  /** New value of `kind` (University, laboratory or project): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  kind?: ResearchUnitKindEnumScalarMutations | null | undefined;
  /** New value of `location` (Location (WGS84)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  location?: PointMutations | null | undefined;
  /** New value of `name` (Name): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  name?: StringScalarMutations | null | undefined;
  /** The `partOf` relationships: changes to make. */
  partOf?: Array<ResearchUnitPartOfUpdateFieldInput> | null | undefined;
  /** The `parts` relationships: changes to make. */
  parts?: Array<ResearchUnitPartsUpdateFieldInput> | null | undefined;
  /** New value of `source` (Where the record comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** New value of `startYear` (First year (projects)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  startYear?: IntScalarMutations | null | undefined;
  /** The `studies` relationships: changes to make. */
  studies?: Array<ResearchUnitStudiesUpdateFieldInput> | null | undefined;
  /** The `themes` relationships: changes to make. */
  themes?: Array<ResearchUnitThemesUpdateFieldInput> | null | undefined;
  /** New value of `website` (Website URL): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  website?: StringScalarMutations | null | undefined;
};

/** Filters ResearchUnit nodes: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type ResearchUnitWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ResearchUnitWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResearchUnitWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResearchUnitWhere> | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarFilters | null | undefined;
  /** Condition on `endYear` (Last year (projects); null while it goes on). */
  endYear?: IntScalarFilters | null | undefined;
  /** Condition on the nodes related through `events`. */
  events?: EventRelationshipFilters | null | undefined;
  /** Condition on the `events` relationships (related node and relationship properties). */
  eventsConnection?: ResearchUnitEventsConnectionFilters | null | undefined;
  /** Condition on `id` (Stable identifier). */
  id?: IdScalarFilters | null | undefined;
  /** Condition on `kind` (University, laboratory or project). */
  kind?: ResearchUnitKindEnumScalarFilters | null | undefined;
  /** Condition on `location` (Location (WGS84)). */
  location?: PointFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `partOf`. */
  partOf?: ResearchUnitRelationshipFilters | null | undefined;
  /** Condition on the `partOf` relationships (related node and relationship properties). */
  partOfConnection?: ResearchUnitPartOfConnectionFilters | null | undefined;
  /** Condition on the nodes related through `parts`. */
  parts?: ResearchUnitRelationshipFilters | null | undefined;
  /** Condition on the `parts` relationships (related node and relationship properties). */
  partsConnection?: ResearchUnitPartsConnectionFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `startYear` (First year (projects)). */
  startYear?: IntScalarFilters | null | undefined;
  /** Condition on the nodes related through `studies`. */
  studies?: EssStructureRelationshipFilters | null | undefined;
  /** Condition on the `studies` relationships (related node and relationship properties). */
  studiesConnection?: ResearchUnitStudiesConnectionFilters | null | undefined;
  /** Condition on the nodes related through `themes`. */
  themes?: ThemeRelationshipFilters | null | undefined;
  /** Condition on the `themes` relationships (related node and relationship properties). */
  themesConnection?: ResearchUnitThemesConnectionFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarFilters | null | undefined;
};

/** Kinds of resources that structures need, offer or pool. */
export type ResourceKind =
  /** Equipment and tools. */
  | 'EQUIPMENT'
  /** Professional kitchens. */
  | 'KITCHEN'
  /** Premises: offices, shops, halls. */
  | 'PREMISES'
  /** Services (accounting, communication, maintenance...). */
  | 'SERVICE'
  /** Skills given or exchanged. */
  | 'SKILLS'
  /** Storage space. */
  | 'STORAGE'
  /** Vehicles: vans, cargo bikes, minibuses. */
  | 'VEHICLE';

/** ResourceKind filters */
export type ResourceKindEnumScalarFilters = {
  /** Equal to this value. */
  eq?: ResourceKind | null | undefined;
  /** Equal to one of these values. */
  in?: Array<ResourceKind> | null | undefined;
};

/** ResourceKind mutations */
export type ResourceKindEnumScalarMutations = {
  /** New value (null clears it where the property is optional). */
  set?: ResourceKind | null | undefined;
};

/** Relationships to create from a ResourceNeed to existing nodes, relationship field by field. */
export type ResourceNeedConnectInput = {
  /** The `structure` relationships: existing nodes to link. */
  structure?: Array<ResourceNeedStructureConnectFieldInput> | null | undefined;
  /** The `themes` relationships: existing nodes to link. */
  themes?: Array<ResourceNeedThemesConnectFieldInput> | null | undefined;
};

/** Selects the existing ResourceNeed nodes to connect to. */
export type ResourceNeedConnectWhere = {
  /** The node. */
  node: ResourceNeedWhere;
};

/** The properties and relationships of a new ResourceNeed. */
export type ResourceNeedCreateInput = {
  /** Details: size, frequency, constraints. */
  description?: string | null | undefined;
  /** How often it is needed (e.g. "2 days a week"). */
  frequency?: string | null | undefined;
  /** Kind of resource. */
  kind: ResourceKind;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** Current or closed. */
  status?: ResourceStatus;
  /** The `structure` relationships: nodes to create or connect. */
  structure?: ResourceNeedStructureFieldInput | null | undefined;
  /** The `themes` relationships: nodes to create or connect. */
  themes?: ResourceNeedThemesFieldInput | null | undefined;
  /** Short title. */
  title: string;
};

/** Nodes related to a ResourceNeed to delete along with it, relationship field by relationship field. */
export type ResourceNeedDeleteInput = {
  /** The `structure` relationships: related nodes to delete. */
  structure?: Array<ResourceNeedStructureDeleteFieldInput> | null | undefined;
  /** The `themes` relationships: related nodes to delete. */
  themes?: Array<ResourceNeedThemesDeleteFieldInput> | null | undefined;
};

/** Relationships of a ResourceNeed to remove, relationship field by field (the related nodes stay). */
export type ResourceNeedDisconnectInput = {
  /** The `structure` relationships: relationships to remove. */
  structure?: Array<ResourceNeedStructureDisconnectFieldInput> | null | undefined;
  /** The `themes` relationships: relationships to remove. */
  themes?: Array<ResourceNeedThemesDisconnectFieldInput> | null | undefined;
};

/** Filters on a list of related ResourceNeed nodes: all, none, single or some of them must match. */
export type ResourceNeedRelationshipFilters = {
  /** Filter type where all of the related ResourceNeeds match this filter */
  all?: ResourceNeedWhere | null | undefined;
  /** Filter type where none of the related ResourceNeeds match this filter */
  none?: ResourceNeedWhere | null | undefined;
  /** Filter type where one of the related ResourceNeeds match this filter */
  single?: ResourceNeedWhere | null | undefined;
  /** Filter type where some of the related ResourceNeeds match this filter */
  some?: ResourceNeedWhere | null | undefined;
};

/** Links a ResourceNeed to existing nodes through `structure`: the nodes to connect (where), and the relationship properties. */
export type ResourceNeedStructureConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureConnectWhere | null | undefined;
};

/** Filters ResourceNeed nodes by aggregates over their `structure` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ResourceNeedStructureConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ResourceNeedStructureConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResourceNeedStructureConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResourceNeedStructureConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ResourceNeedStructureNodeAggregationWhereInput | null | undefined;
};

/** Filters ResourceNeed nodes by their `structure` relationships: all, none, single or some of them must match. */
export type ResourceNeedStructureConnectionFilters = {
  /** Filter ResourceNeeds by aggregating results on related ResourceNeedStructureConnections */
  aggregate?: ResourceNeedStructureConnectionAggregateInput | null | undefined;
  /** Return ResourceNeeds where all of the related ResourceNeedStructureConnections match this filter */
  all?: ResourceNeedStructureConnectionWhere | null | undefined;
  /** Return ResourceNeeds where none of the related ResourceNeedStructureConnections match this filter */
  none?: ResourceNeedStructureConnectionWhere | null | undefined;
  /** Return ResourceNeeds where one of the related ResourceNeedStructureConnections match this filter */
  single?: ResourceNeedStructureConnectionWhere | null | undefined;
  /** Return ResourceNeeds where some of the related ResourceNeedStructureConnections match this filter */
  some?: ResourceNeedStructureConnectionWhere | null | undefined;
};

/** Filters the `structure` relationships of a ResourceNeed by the related node (node) and the relationship's properties (edge). */
export type ResourceNeedStructureConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ResourceNeedStructureConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResourceNeedStructureConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResourceNeedStructureConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: EssStructureWhere | null | undefined;
};

/** Creates a node and links it to a ResourceNeed through `structure`, with the relationship properties. */
export type ResourceNeedStructureCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: EssStructureCreateInput;
};

/** Deletes nodes linked to a ResourceNeed through `structure` that match `where`. */
export type ResourceNeedStructureDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EssStructureDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResourceNeedStructureConnectionWhere | null | undefined;
};

/** Removes `structure` relationships of a ResourceNeed that match `where` (the related nodes stay). */
export type ResourceNeedStructureDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EssStructureDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResourceNeedStructureConnectionWhere | null | undefined;
};

/** The `structure` relationships of a new ResourceNeed: nodes to create or existing nodes to connect. */
export type ResourceNeedStructureFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResourceNeedStructureConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ResourceNeedStructureCreateFieldInput> | null | undefined;
};

/** Filters ResourceNeed nodes by aggregates of the properties of the nodes they reach through `structure`. */
export type ResourceNeedStructureNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ResourceNeedStructureNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResourceNeedStructureNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResourceNeedStructureNodeAggregationWhereInput> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description` (Details: size, frequency, constraints). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `foundedYear` (Year founded). */
  foundedYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `nafCode`. */
  nafCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name`. */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `projectKind` (Kind of project in the programme's words, in French (e.g. épicerie solidaire, atelier vélo participatif)). */
  projectKind?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `rnaId` (RNA identifier (W + 9 digits) for associations). */
  rnaId?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siren`. */
  siren?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siret`. */
  siret?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRange`. */
  staffRange?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a ResourceNeed's `structure` relationship. */
export type ResourceNeedStructureUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: EssStructureUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResourceNeedStructureConnectionWhere | null | undefined;
};

/** Changes to the `structure` relationships of a ResourceNeed: connect, create, update, disconnect or delete. */
export type ResourceNeedStructureUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResourceNeedStructureConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ResourceNeedStructureCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ResourceNeedStructureDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ResourceNeedStructureDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ResourceNeedStructureUpdateConnectionInput | null | undefined;
};

/** Links a ResourceNeed to existing nodes through `themes`: the nodes to connect (where), and the relationship properties. */
export type ResourceNeedThemesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ThemeConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ThemeConnectWhere | null | undefined;
};

/** Filters ResourceNeed nodes by aggregates over their `themes` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ResourceNeedThemesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ResourceNeedThemesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResourceNeedThemesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResourceNeedThemesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ResourceNeedThemesNodeAggregationWhereInput | null | undefined;
};

/** Filters ResourceNeed nodes by their `themes` relationships: all, none, single or some of them must match. */
export type ResourceNeedThemesConnectionFilters = {
  /** Filter ResourceNeeds by aggregating results on related ResourceNeedThemesConnections */
  aggregate?: ResourceNeedThemesConnectionAggregateInput | null | undefined;
  /** Return ResourceNeeds where all of the related ResourceNeedThemesConnections match this filter */
  all?: ResourceNeedThemesConnectionWhere | null | undefined;
  /** Return ResourceNeeds where none of the related ResourceNeedThemesConnections match this filter */
  none?: ResourceNeedThemesConnectionWhere | null | undefined;
  /** Return ResourceNeeds where one of the related ResourceNeedThemesConnections match this filter */
  single?: ResourceNeedThemesConnectionWhere | null | undefined;
  /** Return ResourceNeeds where some of the related ResourceNeedThemesConnections match this filter */
  some?: ResourceNeedThemesConnectionWhere | null | undefined;
};

/** Filters the `themes` relationships of a ResourceNeed by the related node (node) and the relationship's properties (edge). */
export type ResourceNeedThemesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ResourceNeedThemesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResourceNeedThemesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResourceNeedThemesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ThemeWhere | null | undefined;
};

/** Creates a node and links it to a ResourceNeed through `themes`, with the relationship properties. */
export type ResourceNeedThemesCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ThemeCreateInput;
};

/** Deletes nodes linked to a ResourceNeed through `themes` that match `where`. */
export type ResourceNeedThemesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ThemeDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResourceNeedThemesConnectionWhere | null | undefined;
};

/** Removes `themes` relationships of a ResourceNeed that match `where` (the related nodes stay). */
export type ResourceNeedThemesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ThemeDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResourceNeedThemesConnectionWhere | null | undefined;
};

/** The `themes` relationships of a new ResourceNeed: nodes to create or existing nodes to connect. */
export type ResourceNeedThemesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResourceNeedThemesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ResourceNeedThemesCreateFieldInput> | null | undefined;
};

/** Filters ResourceNeed nodes by aggregates of the properties of the nodes they reach through `themes`. */
export type ResourceNeedThemesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ResourceNeedThemesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResourceNeedThemesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResourceNeedThemesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `code`. */
  code?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `labelEn` (Label in English). */
  labelEn?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `labelFr` (Label in French). */
  labelFr?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a ResourceNeed's `themes` relationship. */
export type ResourceNeedThemesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ThemeUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResourceNeedThemesConnectionWhere | null | undefined;
};

/** Changes to the `themes` relationships of a ResourceNeed: connect, create, update, disconnect or delete. */
export type ResourceNeedThemesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResourceNeedThemesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ResourceNeedThemesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ResourceNeedThemesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ResourceNeedThemesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ResourceNeedThemesUpdateConnectionInput | null | undefined;
};

/** Changes to a ResourceNeed: properties to set, relationships to connect, create, update, disconnect or delete. */
export type ResourceNeedUpdateInput = {
  /** New value of `description` (Details: size, frequency, constraints): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  description?: StringScalarMutations | null | undefined;
  /** New value of `frequency` (How often it is needed (e.g. "2 days a week")): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  frequency?: StringScalarMutations | null | undefined;
  /** New value of `kind` (Kind of resource): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  kind?: ResourceKindEnumScalarMutations | null | undefined;
  /** New value of `source` (Where the record comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** New value of `status` (Current or closed): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  status?: ResourceStatusEnumScalarMutations | null | undefined;
  /** The `structure` relationships: changes to make. */
  structure?: Array<ResourceNeedStructureUpdateFieldInput> | null | undefined;
  /** The `themes` relationships: changes to make. */
  themes?: Array<ResourceNeedThemesUpdateFieldInput> | null | undefined;
  /** New value of `title` (Short title): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  title?: StringScalarMutations | null | undefined;
};

/** Filters ResourceNeed nodes: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type ResourceNeedWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ResourceNeedWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResourceNeedWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResourceNeedWhere> | null | undefined;
  /** Condition on `description` (Details: size, frequency, constraints). */
  description?: StringScalarFilters | null | undefined;
  /** Condition on `frequency` (How often it is needed (e.g. "2 days a week")). */
  frequency?: StringScalarFilters | null | undefined;
  /** Condition on `id` (Stable identifier). */
  id?: IdScalarFilters | null | undefined;
  /** Condition on `kind` (Kind of resource). */
  kind?: ResourceKindEnumScalarFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `status` (Current or closed). */
  status?: ResourceStatusEnumScalarFilters | null | undefined;
  /** Condition on the nodes related through `structure`. */
  structure?: EssStructureRelationshipFilters | null | undefined;
  /** Condition on the `structure` relationships (related node and relationship properties). */
  structureConnection?: ResourceNeedStructureConnectionFilters | null | undefined;
  /** Condition on the nodes related through `themes`. */
  themes?: ThemeRelationshipFilters | null | undefined;
  /** Condition on the `themes` relationships (related node and relationship properties). */
  themesConnection?: ResourceNeedThemesConnectionFilters | null | undefined;
  /** Condition on `title` (Short title). */
  title?: StringScalarFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarFilters | null | undefined;
};

/** Links a ResourceOffer to existing nodes through `businesses`: the nodes to connect (where), and the relationship properties. */
export type ResourceOfferBusinessesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<BusinessConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessConnectWhere | null | undefined;
};

/** Filters ResourceOffer nodes by aggregates over their `businesses` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ResourceOfferBusinessesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ResourceOfferBusinessesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResourceOfferBusinessesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResourceOfferBusinessesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ResourceOfferBusinessesNodeAggregationWhereInput | null | undefined;
};

/** Filters ResourceOffer nodes by their `businesses` relationships: all, none, single or some of them must match. */
export type ResourceOfferBusinessesConnectionFilters = {
  /** Filter ResourceOffers by aggregating results on related ResourceOfferBusinessesConnections */
  aggregate?: ResourceOfferBusinessesConnectionAggregateInput | null | undefined;
  /** Return ResourceOffers where all of the related ResourceOfferBusinessesConnections match this filter */
  all?: ResourceOfferBusinessesConnectionWhere | null | undefined;
  /** Return ResourceOffers where none of the related ResourceOfferBusinessesConnections match this filter */
  none?: ResourceOfferBusinessesConnectionWhere | null | undefined;
  /** Return ResourceOffers where one of the related ResourceOfferBusinessesConnections match this filter */
  single?: ResourceOfferBusinessesConnectionWhere | null | undefined;
  /** Return ResourceOffers where some of the related ResourceOfferBusinessesConnections match this filter */
  some?: ResourceOfferBusinessesConnectionWhere | null | undefined;
};

/** Filters the `businesses` relationships of a ResourceOffer by the related node (node) and the relationship's properties (edge). */
export type ResourceOfferBusinessesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ResourceOfferBusinessesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResourceOfferBusinessesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResourceOfferBusinessesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: BusinessWhere | null | undefined;
};

/** Creates a node and links it to a ResourceOffer through `businesses`, with the relationship properties. */
export type ResourceOfferBusinessesCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: BusinessCreateInput;
};

/** Deletes nodes linked to a ResourceOffer through `businesses` that match `where`. */
export type ResourceOfferBusinessesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: BusinessDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResourceOfferBusinessesConnectionWhere | null | undefined;
};

/** Removes `businesses` relationships of a ResourceOffer that match `where` (the related nodes stay). */
export type ResourceOfferBusinessesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: BusinessDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResourceOfferBusinessesConnectionWhere | null | undefined;
};

/** The `businesses` relationships of a new ResourceOffer: nodes to create or existing nodes to connect. */
export type ResourceOfferBusinessesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResourceOfferBusinessesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ResourceOfferBusinessesCreateFieldInput> | null | undefined;
};

/** Filters ResourceOffer nodes by aggregates of the properties of the nodes they reach through `businesses`. */
export type ResourceOfferBusinessesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ResourceOfferBusinessesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResourceOfferBusinessesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResourceOfferBusinessesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description` (Details: size, availability, conditions). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `nafCode`. */
  nafCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name`. */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siren`. */
  siren?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siret`. */
  siret?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRange`. */
  staffRange?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a ResourceOffer's `businesses` relationship. */
export type ResourceOfferBusinessesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: BusinessUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResourceOfferBusinessesConnectionWhere | null | undefined;
};

/** Changes to the `businesses` relationships of a ResourceOffer: connect, create, update, disconnect or delete. */
export type ResourceOfferBusinessesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResourceOfferBusinessesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ResourceOfferBusinessesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ResourceOfferBusinessesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ResourceOfferBusinessesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ResourceOfferBusinessesUpdateConnectionInput | null | undefined;
};

/** Relationships to create from a ResourceOffer to existing nodes, relationship field by field. */
export type ResourceOfferConnectInput = {
  /** The `businesses` relationships: existing nodes to link. */
  businesses?: Array<ResourceOfferBusinessesConnectFieldInput> | null | undefined;
  /** The `structures` relationships: existing nodes to link. */
  structures?: Array<ResourceOfferStructuresConnectFieldInput> | null | undefined;
};

/** Selects the existing ResourceOffer nodes to connect to. */
export type ResourceOfferConnectWhere = {
  /** The node. */
  node: ResourceOfferWhere;
};

/** The properties and relationships of a new ResourceOffer. */
export type ResourceOfferCreateInput = {
  /** When it is available (e.g. "weekdays"). */
  availability?: string | null | undefined;
  /** The `businesses` relationships: nodes to create or connect. */
  businesses?: ResourceOfferBusinessesFieldInput | null | undefined;
  /** Details: size, availability, conditions. */
  description?: string | null | undefined;
  /** Kind of resource. */
  kind: ResourceKind;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** Current or closed. */
  status?: ResourceStatus;
  /** The `structures` relationships: nodes to create or connect. */
  structures?: ResourceOfferStructuresFieldInput | null | undefined;
  /** Short title. */
  title: string;
};

/** Nodes related to a ResourceOffer to delete along with it, relationship field by relationship field. */
export type ResourceOfferDeleteInput = {
  /** The `businesses` relationships: related nodes to delete. */
  businesses?: Array<ResourceOfferBusinessesDeleteFieldInput> | null | undefined;
  /** The `structures` relationships: related nodes to delete. */
  structures?: Array<ResourceOfferStructuresDeleteFieldInput> | null | undefined;
};

/** Relationships of a ResourceOffer to remove, relationship field by field (the related nodes stay). */
export type ResourceOfferDisconnectInput = {
  /** The `businesses` relationships: relationships to remove. */
  businesses?: Array<ResourceOfferBusinessesDisconnectFieldInput> | null | undefined;
  /** The `structures` relationships: relationships to remove. */
  structures?: Array<ResourceOfferStructuresDisconnectFieldInput> | null | undefined;
};

/** Filters on a list of related ResourceOffer nodes: all, none, single or some of them must match. */
export type ResourceOfferRelationshipFilters = {
  /** Filter type where all of the related ResourceOffers match this filter */
  all?: ResourceOfferWhere | null | undefined;
  /** Filter type where none of the related ResourceOffers match this filter */
  none?: ResourceOfferWhere | null | undefined;
  /** Filter type where one of the related ResourceOffers match this filter */
  single?: ResourceOfferWhere | null | undefined;
  /** Filter type where some of the related ResourceOffers match this filter */
  some?: ResourceOfferWhere | null | undefined;
};

/** Links a ResourceOffer to existing nodes through `structures`: the nodes to connect (where), and the relationship properties. */
export type ResourceOfferStructuresConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureConnectWhere | null | undefined;
};

/** Filters ResourceOffer nodes by aggregates over their `structures` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ResourceOfferStructuresConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ResourceOfferStructuresConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResourceOfferStructuresConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResourceOfferStructuresConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ResourceOfferStructuresNodeAggregationWhereInput | null | undefined;
};

/** Filters ResourceOffer nodes by their `structures` relationships: all, none, single or some of them must match. */
export type ResourceOfferStructuresConnectionFilters = {
  /** Filter ResourceOffers by aggregating results on related ResourceOfferStructuresConnections */
  aggregate?: ResourceOfferStructuresConnectionAggregateInput | null | undefined;
  /** Return ResourceOffers where all of the related ResourceOfferStructuresConnections match this filter */
  all?: ResourceOfferStructuresConnectionWhere | null | undefined;
  /** Return ResourceOffers where none of the related ResourceOfferStructuresConnections match this filter */
  none?: ResourceOfferStructuresConnectionWhere | null | undefined;
  /** Return ResourceOffers where one of the related ResourceOfferStructuresConnections match this filter */
  single?: ResourceOfferStructuresConnectionWhere | null | undefined;
  /** Return ResourceOffers where some of the related ResourceOfferStructuresConnections match this filter */
  some?: ResourceOfferStructuresConnectionWhere | null | undefined;
};

/** Filters the `structures` relationships of a ResourceOffer by the related node (node) and the relationship's properties (edge). */
export type ResourceOfferStructuresConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ResourceOfferStructuresConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResourceOfferStructuresConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResourceOfferStructuresConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: EssStructureWhere | null | undefined;
};

/** Creates a node and links it to a ResourceOffer through `structures`, with the relationship properties. */
export type ResourceOfferStructuresCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: EssStructureCreateInput;
};

/** Deletes nodes linked to a ResourceOffer through `structures` that match `where`. */
export type ResourceOfferStructuresDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EssStructureDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResourceOfferStructuresConnectionWhere | null | undefined;
};

/** Removes `structures` relationships of a ResourceOffer that match `where` (the related nodes stay). */
export type ResourceOfferStructuresDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EssStructureDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResourceOfferStructuresConnectionWhere | null | undefined;
};

/** The `structures` relationships of a new ResourceOffer: nodes to create or existing nodes to connect. */
export type ResourceOfferStructuresFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResourceOfferStructuresConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ResourceOfferStructuresCreateFieldInput> | null | undefined;
};

/** Filters ResourceOffer nodes by aggregates of the properties of the nodes they reach through `structures`. */
export type ResourceOfferStructuresNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ResourceOfferStructuresNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResourceOfferStructuresNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResourceOfferStructuresNodeAggregationWhereInput> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description` (Details: size, availability, conditions). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `foundedYear` (Year founded). */
  foundedYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `nafCode`. */
  nafCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name`. */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `projectKind` (Kind of project in the programme's words, in French (e.g. épicerie solidaire, atelier vélo participatif)). */
  projectKind?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `rnaId` (RNA identifier (W + 9 digits) for associations). */
  rnaId?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siren`. */
  siren?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siret`. */
  siret?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRange`. */
  staffRange?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a ResourceOffer's `structures` relationship. */
export type ResourceOfferStructuresUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: EssStructureUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResourceOfferStructuresConnectionWhere | null | undefined;
};

/** Changes to the `structures` relationships of a ResourceOffer: connect, create, update, disconnect or delete. */
export type ResourceOfferStructuresUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResourceOfferStructuresConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ResourceOfferStructuresCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ResourceOfferStructuresDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ResourceOfferStructuresDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ResourceOfferStructuresUpdateConnectionInput | null | undefined;
};

/** Changes to a ResourceOffer: properties to set, relationships to connect, create, update, disconnect or delete. */
export type ResourceOfferUpdateInput = {
  /** New value of `availability` (When it is available (e.g. "weekdays")): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  availability?: StringScalarMutations | null | undefined;
  /** The `businesses` relationships: changes to make. */
  businesses?: Array<ResourceOfferBusinessesUpdateFieldInput> | null | undefined;
  /** New value of `description` (Details: size, availability, conditions): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  description?: StringScalarMutations | null | undefined;
  /** New value of `kind` (Kind of resource): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  kind?: ResourceKindEnumScalarMutations | null | undefined;
  /** New value of `source` (Where the record comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** New value of `status` (Current or closed): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  status?: ResourceStatusEnumScalarMutations | null | undefined;
  /** The `structures` relationships: changes to make. */
  structures?: Array<ResourceOfferStructuresUpdateFieldInput> | null | undefined;
  /** New value of `title` (Short title): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  title?: StringScalarMutations | null | undefined;
};

/** Filters ResourceOffer nodes: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type ResourceOfferWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ResourceOfferWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ResourceOfferWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ResourceOfferWhere> | null | undefined;
  /** Condition on `availability` (When it is available (e.g. "weekdays")). */
  availability?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `businesses`. */
  businesses?: BusinessRelationshipFilters | null | undefined;
  /** Condition on the `businesses` relationships (related node and relationship properties). */
  businessesConnection?: ResourceOfferBusinessesConnectionFilters | null | undefined;
  /** Condition on `description` (Details: size, availability, conditions). */
  description?: StringScalarFilters | null | undefined;
  /** Condition on `id` (Stable identifier). */
  id?: IdScalarFilters | null | undefined;
  /** Condition on `kind` (Kind of resource). */
  kind?: ResourceKindEnumScalarFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `status` (Current or closed). */
  status?: ResourceStatusEnumScalarFilters | null | undefined;
  /** Condition on the nodes related through `structures`. */
  structures?: EssStructureRelationshipFilters | null | undefined;
  /** Condition on the `structures` relationships (related node and relationship properties). */
  structuresConnection?: ResourceOfferStructuresConnectionFilters | null | undefined;
  /** Condition on `title` (Short title). */
  title?: StringScalarFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarFilters | null | undefined;
};

/** Whether a need or an offer is still current. */
export type ResourceStatus =
  /** Met or taken: kept for history. */
  | 'CLOSED'
  /** Current. */
  | 'OPEN';

/** ResourceStatus filters */
export type ResourceStatusEnumScalarFilters = {
  /** Equal to this value. */
  eq?: ResourceStatus | null | undefined;
  /** Equal to one of these values. */
  in?: Array<ResourceStatus> | null | undefined;
};

/** ResourceStatus mutations */
export type ResourceStatusEnumScalarMutations = {
  /** New value (null clears it where the property is optional). */
  set?: ResourceStatus | null | undefined;
};

/** Relationships to create from a SharedResource to existing nodes, relationship field by field. */
export type SharedResourceConnectInput = {
  /** The `poolers` relationships: existing nodes to link. */
  poolers?: Array<SharedResourcePoolersConnectFieldInput> | null | undefined;
};

/** Selects the existing SharedResource nodes to connect to. */
export type SharedResourceConnectWhere = {
  /** The node. */
  node: SharedResourceWhere;
};

/** The properties and relationships of a new SharedResource. */
export type SharedResourceCreateInput = {
  /** Details. */
  description?: string | null | undefined;
  /** Kind of resource. */
  kind: ResourceKind;
  /** Location (WGS84). */
  location?: PointInput | null | undefined;
  /** Name. */
  name: string;
  /** The `poolers` relationships: nodes to create or connect. */
  poolers?: SharedResourcePoolersFieldInput | null | undefined;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
};

/** Nodes related to a SharedResource to delete along with it, relationship field by relationship field. */
export type SharedResourceDeleteInput = {
  /** The `poolers` relationships: related nodes to delete. */
  poolers?: Array<SharedResourcePoolersDeleteFieldInput> | null | undefined;
};

/** Relationships of a SharedResource to remove, relationship field by field (the related nodes stay). */
export type SharedResourceDisconnectInput = {
  /** The `poolers` relationships: relationships to remove. */
  poolers?: Array<SharedResourcePoolersDisconnectFieldInput> | null | undefined;
};

/** Links a SharedResource to existing nodes through `poolers`: the nodes to connect (where), and the relationship properties. */
export type SharedResourcePoolersConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: PoolingCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureConnectWhere | null | undefined;
};

/** Filters SharedResource nodes by aggregates over their `poolers` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type SharedResourcePoolersConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<SharedResourcePoolersConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: SharedResourcePoolersConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<SharedResourcePoolersConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: PoolingAggregationWhereInput | null | undefined;
  /** The node. */
  node?: SharedResourcePoolersNodeAggregationWhereInput | null | undefined;
};

/** Filters SharedResource nodes by their `poolers` relationships: all, none, single or some of them must match. */
export type SharedResourcePoolersConnectionFilters = {
  /** Filter SharedResources by aggregating results on related SharedResourcePoolersConnections */
  aggregate?: SharedResourcePoolersConnectionAggregateInput | null | undefined;
  /** Return SharedResources where all of the related SharedResourcePoolersConnections match this filter */
  all?: SharedResourcePoolersConnectionWhere | null | undefined;
  /** Return SharedResources where none of the related SharedResourcePoolersConnections match this filter */
  none?: SharedResourcePoolersConnectionWhere | null | undefined;
  /** Return SharedResources where one of the related SharedResourcePoolersConnections match this filter */
  single?: SharedResourcePoolersConnectionWhere | null | undefined;
  /** Return SharedResources where some of the related SharedResourcePoolersConnections match this filter */
  some?: SharedResourcePoolersConnectionWhere | null | undefined;
};

/** Filters the `poolers` relationships of a SharedResource by the related node (node) and the relationship's properties (edge). */
export type SharedResourcePoolersConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<SharedResourcePoolersConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: SharedResourcePoolersConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<SharedResourcePoolersConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: PoolingWhere | null | undefined;
  /** The node. */
  node?: EssStructureWhere | null | undefined;
};

/** Creates a node and links it to a SharedResource through `poolers`, with the relationship properties. */
export type SharedResourcePoolersCreateFieldInput = {
  /** The relationship's properties. */
  edge?: PoolingCreateInput | null | undefined;
  /** The node. */
  node: EssStructureCreateInput;
};

/** Deletes nodes linked to a SharedResource through `poolers` that match `where`. */
export type SharedResourcePoolersDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EssStructureDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SharedResourcePoolersConnectionWhere | null | undefined;
};

/** Removes `poolers` relationships of a SharedResource that match `where` (the related nodes stay). */
export type SharedResourcePoolersDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EssStructureDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SharedResourcePoolersConnectionWhere | null | undefined;
};

/** The `poolers` relationships of a new SharedResource: nodes to create or existing nodes to connect. */
export type SharedResourcePoolersFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<SharedResourcePoolersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<SharedResourcePoolersCreateFieldInput> | null | undefined;
};

/** Filters SharedResource nodes by aggregates of the properties of the nodes they reach through `poolers`. */
export type SharedResourcePoolersNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<SharedResourcePoolersNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: SharedResourcePoolersNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<SharedResourcePoolersNodeAggregationWhereInput> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description` (Details). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `foundedYear` (Year founded). */
  foundedYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `nafCode`. */
  nafCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `projectKind` (Kind of project in the programme's words, in French (e.g. épicerie solidaire, atelier vélo participatif)). */
  projectKind?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `rnaId` (RNA identifier (W + 9 digits) for associations). */
  rnaId?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siren`. */
  siren?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siret`. */
  siret?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRange`. */
  staffRange?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a SharedResource's `poolers` relationship. */
export type SharedResourcePoolersUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: PoolingUpdateInput | null | undefined;
  /** The node. */
  node?: EssStructureUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SharedResourcePoolersConnectionWhere | null | undefined;
};

/** Changes to the `poolers` relationships of a SharedResource: connect, create, update, disconnect or delete. */
export type SharedResourcePoolersUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<SharedResourcePoolersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<SharedResourcePoolersCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<SharedResourcePoolersDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<SharedResourcePoolersDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: SharedResourcePoolersUpdateConnectionInput | null | undefined;
};

/** Filters on a list of related SharedResource nodes: all, none, single or some of them must match. */
export type SharedResourceRelationshipFilters = {
  /** Filter type where all of the related SharedResources match this filter */
  all?: SharedResourceWhere | null | undefined;
  /** Filter type where none of the related SharedResources match this filter */
  none?: SharedResourceWhere | null | undefined;
  /** Filter type where one of the related SharedResources match this filter */
  single?: SharedResourceWhere | null | undefined;
  /** Filter type where some of the related SharedResources match this filter */
  some?: SharedResourceWhere | null | undefined;
};

/** Changes to a SharedResource: properties to set, relationships to connect, create, update, disconnect or delete. */
export type SharedResourceUpdateInput = {
  /** New value of `description` (Details): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  description?: StringScalarMutations | null | undefined;
  /** New value of `kind` (Kind of resource): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  kind?: ResourceKindEnumScalarMutations | null | undefined;
  /** New value of `location` (Location (WGS84)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  location?: PointMutations | null | undefined;
  /** New value of `name` (Name): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  name?: StringScalarMutations | null | undefined;
  /** The `poolers` relationships: changes to make. */
  poolers?: Array<SharedResourcePoolersUpdateFieldInput> | null | undefined;
  /** New value of `source` (Where the record comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
};

/** Filters SharedResource nodes: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type SharedResourceWhere = {
  /** All of these conditions must hold. */
  AND?: Array<SharedResourceWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: SharedResourceWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<SharedResourceWhere> | null | undefined;
  /** Condition on `description` (Details). */
  description?: StringScalarFilters | null | undefined;
  /** Condition on `id` (Stable identifier). */
  id?: IdScalarFilters | null | undefined;
  /** Condition on `kind` (Kind of resource). */
  kind?: ResourceKindEnumScalarFilters | null | undefined;
  /** Condition on `location` (Location (WGS84)). */
  location?: PointFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `poolers`. */
  poolers?: EssStructureRelationshipFilters | null | undefined;
  /** Condition on the `poolers` relationships (related node and relationship properties). */
  poolersConnection?: SharedResourcePoolersConnectionFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarFilters | null | undefined;
};

/** Where a fact comes from. */
export type SourceKind =
  /** Entered or edited by a coordinator through the API. */
  | 'COORDINATOR'
  /** Invented demo data: not a real organisation, person or fact. */
  | 'ILLUSTRATIVE'
  /** An import of an open-data register (Sirene, RNA) or a CSV file. */
  | 'OPEN_DATA_IMPORT'
  /** The published text of the GPSEA ESS programme. */
  | 'PROGRAMME_TEXT'
  /** A public web page of the territory or a partner (the URL is in `source`). */
  | 'PUBLIC_PAGE'
  /** Official reference data (INSEE, IGN, etalab packages). */
  | 'REFERENCE_DATA';

/** SourceKind filters */
export type SourceKindEnumScalarFilters = {
  /** Equal to this value. */
  eq?: SourceKind | null | undefined;
  /** Equal to one of these values. */
  in?: Array<SourceKind> | null | undefined;
};

/** SourceKind mutations */
export type SourceKindEnumScalarMutations = {
  /** New value (null clears it where the property is optional). */
  set?: SourceKind | null | undefined;
};

/** Stage of a project, from the idea to scaling up. */
export type Stage =
  /** Established, consolidating its model. */
  | 'CONSOLIDATION'
  /** First years of activity. */
  | 'EARLY'
  /** An idea, not yet structured. */
  | 'IDEA'
  /** Setting up: feasibility, first funding, legal creation. */
  | 'LAUNCH'
  /** Growing, replicating or changing scale. */
  | 'SCALING_UP';

/** Stage filters */
export type StageEnumScalarFilters = {
  /** Equal to this value. */
  eq?: Stage | null | undefined;
  /** Equal to one of these values. */
  in?: Array<Stage> | null | undefined;
};

/** Stage mutations */
export type StageEnumScalarMutations = {
  /** New value (null clears it where the property is optional). */
  set?: Stage | null | undefined;
};

/** Stage filters */
export type StageListEnumScalarFilters = {
  /** Equal to this value. */
  eq?: Array<Stage> | null | undefined;
  /** The list includes this value. */
  includes?: Stage | null | undefined;
};

/** Mutations for a list for Stage */
export type StageListEnumScalarMutations = {
  /** Number of values to remove from the end of the list. */
  pop?: Stage | null | undefined;
  /** Values to append to the list. */
  push?: Array<Stage> | null | undefined;
  /** New value (null clears it where the property is optional). */
  set?: Array<Stage> | null | undefined;
};

/** String list filters */
export type StringListFilters = {
  /** Equal to this value. */
  eq?: Array<string> | null | undefined;
  /** The list includes this value. */
  includes?: string | null | undefined;
};

/** Filters for an aggregation of a string field */
export type StringScalarAggregationFilters = {
  /** Condition on the average length of the strings. */
  averageLength?: FloatScalarFilters | null | undefined;
  /** Condition on the length of the longest string. */
  longestLength?: IntScalarFilters | null | undefined;
  /** Condition on the length of the shortest string. */
  shortestLength?: IntScalarFilters | null | undefined;
};

/** String filters */
export type StringScalarFilters = {
  /** Contains this text (case-sensitive). */
  contains?: string | null | undefined;
  /** Ends with this text (case-sensitive). */
  endsWith?: string | null | undefined;
  /** Equal to this value. */
  eq?: string | null | undefined;
  /** Equal to one of these values. */
  in?: Array<string> | null | undefined;
  /** Starts with this text (case-sensitive). */
  startsWith?: string | null | undefined;
};

/** String mutations */
export type StringScalarMutations = {
  /** New value (null clears it where the property is optional). */
  set?: string | null | undefined;
};

/** Filters by aggregates (average, min, max, sum, length) of the properties of Support relationships. */
export type SupportAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<SupportAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: SupportAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<SupportAggregationWhereInput> | null | undefined;
  /** Condition on `since` (First year of support). */
  since?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the fact comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `until` (Last year of support; null while it goes on). */
  until?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the fact was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** The properties and relationships of a new Support. */
export type SupportCreateInput = {
  /** First year of support. */
  since: number;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** Stage of the structure when the support started. */
  stage: Stage;
  /** Last year of support; null while it goes on. */
  until?: number | null | undefined;
};

/** Relationships to create from a SupportProvider to existing nodes, relationship field by field. */
export type SupportProviderConnectInput = {
  /** The `contacts` relationships: existing nodes to link. */
  contacts?: Array<SupportProviderContactsConnectFieldInput> | null | undefined;
  /** The `events` relationships: existing nodes to link. */
  events?: Array<SupportProviderEventsConnectFieldInput> | null | undefined;
  /** The `members` relationships: existing nodes to link. */
  members?: Array<SupportProviderMembersConnectFieldInput> | null | undefined;
  /** The `supported` relationships: existing nodes to link. */
  supported?: Array<SupportProviderSupportedConnectFieldInput> | null | undefined;
  /** The `themes` relationships: existing nodes to link. */
  themes?: Array<SupportProviderThemesConnectFieldInput> | null | undefined;
};

/** Selects the existing SupportProvider nodes to connect to. */
export type SupportProviderConnectWhere = {
  /** The node. */
  node: SupportProviderWhere;
};

/** Links a SupportProvider to existing nodes through `contacts`: the nodes to connect (where), and the relationship properties. */
export type SupportProviderContactsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ContactConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ContactConnectWhere | null | undefined;
};

/** Filters the `contacts` relationships of a SupportProvider by the related node (node) and the relationship's properties (edge). */
export type SupportProviderContactsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<SupportProviderContactsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: SupportProviderContactsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<SupportProviderContactsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ContactWhere | null | undefined;
};

/** Creates a node and links it to a SupportProvider through `contacts`, with the relationship properties. */
export type SupportProviderContactsCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ContactCreateInput;
};

/** Deletes nodes linked to a SupportProvider through `contacts` that match `where`. */
export type SupportProviderContactsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ContactDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SupportProviderContactsConnectionWhere | null | undefined;
};

/** Removes `contacts` relationships of a SupportProvider that match `where` (the related nodes stay). */
export type SupportProviderContactsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ContactDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SupportProviderContactsConnectionWhere | null | undefined;
};

/** The `contacts` relationships of a new SupportProvider: nodes to create or existing nodes to connect. */
export type SupportProviderContactsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<SupportProviderContactsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<SupportProviderContactsCreateFieldInput> | null | undefined;
};

/** Changes to the related node and the relationship properties of a SupportProvider's `contacts` relationship. */
export type SupportProviderContactsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ContactUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SupportProviderContactsConnectionWhere | null | undefined;
};

/** Changes to the `contacts` relationships of a SupportProvider: connect, create, update, disconnect or delete. */
export type SupportProviderContactsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<SupportProviderContactsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<SupportProviderContactsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<SupportProviderContactsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<SupportProviderContactsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: SupportProviderContactsUpdateConnectionInput | null | undefined;
};

/** The properties and relationships of a new SupportProvider. */
export type SupportProviderCreateInput = {
  /** The `contacts` relationships: nodes to create or connect. */
  contacts?: SupportProviderContactsFieldInput | null | undefined;
  /** Public description. */
  description?: string | null | undefined;
  /** The `events` relationships: nodes to create or connect. */
  events?: SupportProviderEventsFieldInput | null | undefined;
  /** Whether it is a network that structures join (e.g. the CRESS) rather than a provider. */
  isNetwork?: boolean;
  /** Location (WGS84). */
  location?: PointInput | null | undefined;
  /** The `members` relationships: nodes to create or connect. */
  members?: SupportProviderMembersFieldInput | null | undefined;
  /** Name. */
  name: string;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** Stages of projects it serves. */
  stagesServed: Array<Stage>;
  /** The `supported` relationships: nodes to create or connect. */
  supported?: SupportProviderSupportedFieldInput | null | undefined;
  /** The `themes` relationships: nodes to create or connect. */
  themes?: SupportProviderThemesFieldInput | null | undefined;
  /** Website URL. */
  website?: string | null | undefined;
};

/** Nodes related to a SupportProvider to delete along with it, relationship field by relationship field. */
export type SupportProviderDeleteInput = {
  /** The `contacts` relationships: related nodes to delete. */
  contacts?: Array<SupportProviderContactsDeleteFieldInput> | null | undefined;
  /** The `events` relationships: related nodes to delete. */
  events?: Array<SupportProviderEventsDeleteFieldInput> | null | undefined;
  /** The `members` relationships: related nodes to delete. */
  members?: Array<SupportProviderMembersDeleteFieldInput> | null | undefined;
  /** The `supported` relationships: related nodes to delete. */
  supported?: Array<SupportProviderSupportedDeleteFieldInput> | null | undefined;
  /** The `themes` relationships: related nodes to delete. */
  themes?: Array<SupportProviderThemesDeleteFieldInput> | null | undefined;
};

/** Relationships of a SupportProvider to remove, relationship field by field (the related nodes stay). */
export type SupportProviderDisconnectInput = {
  /** The `contacts` relationships: relationships to remove. */
  contacts?: Array<SupportProviderContactsDisconnectFieldInput> | null | undefined;
  /** The `events` relationships: relationships to remove. */
  events?: Array<SupportProviderEventsDisconnectFieldInput> | null | undefined;
  /** The `members` relationships: relationships to remove. */
  members?: Array<SupportProviderMembersDisconnectFieldInput> | null | undefined;
  /** The `supported` relationships: relationships to remove. */
  supported?: Array<SupportProviderSupportedDisconnectFieldInput> | null | undefined;
  /** The `themes` relationships: relationships to remove. */
  themes?: Array<SupportProviderThemesDisconnectFieldInput> | null | undefined;
};

/** Links a SupportProvider to existing nodes through `events`: the nodes to connect (where), and the relationship properties. */
export type SupportProviderEventsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge: AttendanceCreateInput;
  /** Filter: only the items matching it. */
  where?: EventConnectWhere | null | undefined;
};

/** Filters SupportProvider nodes by aggregates over their `events` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type SupportProviderEventsConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<SupportProviderEventsConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: SupportProviderEventsConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<SupportProviderEventsConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: AttendanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: SupportProviderEventsNodeAggregationWhereInput | null | undefined;
};

/** Filters SupportProvider nodes by their `events` relationships: all, none, single or some of them must match. */
export type SupportProviderEventsConnectionFilters = {
  /** Filter SupportProviders by aggregating results on related SupportProviderEventsConnections */
  aggregate?: SupportProviderEventsConnectionAggregateInput | null | undefined;
  /** Return SupportProviders where all of the related SupportProviderEventsConnections match this filter */
  all?: SupportProviderEventsConnectionWhere | null | undefined;
  /** Return SupportProviders where none of the related SupportProviderEventsConnections match this filter */
  none?: SupportProviderEventsConnectionWhere | null | undefined;
  /** Return SupportProviders where one of the related SupportProviderEventsConnections match this filter */
  single?: SupportProviderEventsConnectionWhere | null | undefined;
  /** Return SupportProviders where some of the related SupportProviderEventsConnections match this filter */
  some?: SupportProviderEventsConnectionWhere | null | undefined;
};

/** Filters the `events` relationships of a SupportProvider by the related node (node) and the relationship's properties (edge). */
export type SupportProviderEventsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<SupportProviderEventsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: SupportProviderEventsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<SupportProviderEventsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: AttendanceWhere | null | undefined;
  /** The node. */
  node?: EventWhere | null | undefined;
};

/** Creates a node and links it to a SupportProvider through `events`, with the relationship properties. */
export type SupportProviderEventsCreateFieldInput = {
  /** The relationship's properties. */
  edge: AttendanceCreateInput;
  /** The node. */
  node: EventCreateInput;
};

/** Deletes nodes linked to a SupportProvider through `events` that match `where`. */
export type SupportProviderEventsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EventDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SupportProviderEventsConnectionWhere | null | undefined;
};

/** Removes `events` relationships of a SupportProvider that match `where` (the related nodes stay). */
export type SupportProviderEventsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EventDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SupportProviderEventsConnectionWhere | null | undefined;
};

/** The `events` relationships of a new SupportProvider: nodes to create or existing nodes to connect. */
export type SupportProviderEventsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<SupportProviderEventsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<SupportProviderEventsCreateFieldInput> | null | undefined;
};

/** Filters SupportProvider nodes by aggregates of the properties of the nodes they reach through `events`. */
export type SupportProviderEventsNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<SupportProviderEventsNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: SupportProviderEventsNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<SupportProviderEventsNodeAggregationWhereInput> | null | undefined;
  /** Condition on `businessParticipantCount` (Number of businesses that took part, as reported). */
  businessParticipantCount?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `essParticipantCount` (Number of ESS structures that took part, as reported). */
  essParticipantCount?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `place` (Place (venue)). */
  place?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `title`. */
  title?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `year`. */
  year?: IntScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a SupportProvider's `events` relationship. */
export type SupportProviderEventsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: AttendanceUpdateInput | null | undefined;
  /** The node. */
  node?: EventUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SupportProviderEventsConnectionWhere | null | undefined;
};

/** Changes to the `events` relationships of a SupportProvider: connect, create, update, disconnect or delete. */
export type SupportProviderEventsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<SupportProviderEventsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<SupportProviderEventsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<SupportProviderEventsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<SupportProviderEventsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: SupportProviderEventsUpdateConnectionInput | null | undefined;
};

/** Links a SupportProvider to existing nodes through `members`: the nodes to connect (where), and the relationship properties. */
export type SupportProviderMembersConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: MembershipCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureConnectWhere | null | undefined;
};

/** Filters SupportProvider nodes by aggregates over their `members` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type SupportProviderMembersConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<SupportProviderMembersConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: SupportProviderMembersConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<SupportProviderMembersConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: MembershipAggregationWhereInput | null | undefined;
  /** The node. */
  node?: SupportProviderMembersNodeAggregationWhereInput | null | undefined;
};

/** Filters SupportProvider nodes by their `members` relationships: all, none, single or some of them must match. */
export type SupportProviderMembersConnectionFilters = {
  /** Filter SupportProviders by aggregating results on related SupportProviderMembersConnections */
  aggregate?: SupportProviderMembersConnectionAggregateInput | null | undefined;
  /** Return SupportProviders where all of the related SupportProviderMembersConnections match this filter */
  all?: SupportProviderMembersConnectionWhere | null | undefined;
  /** Return SupportProviders where none of the related SupportProviderMembersConnections match this filter */
  none?: SupportProviderMembersConnectionWhere | null | undefined;
  /** Return SupportProviders where one of the related SupportProviderMembersConnections match this filter */
  single?: SupportProviderMembersConnectionWhere | null | undefined;
  /** Return SupportProviders where some of the related SupportProviderMembersConnections match this filter */
  some?: SupportProviderMembersConnectionWhere | null | undefined;
};

/** Filters the `members` relationships of a SupportProvider by the related node (node) and the relationship's properties (edge). */
export type SupportProviderMembersConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<SupportProviderMembersConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: SupportProviderMembersConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<SupportProviderMembersConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: MembershipWhere | null | undefined;
  /** The node. */
  node?: EssStructureWhere | null | undefined;
};

/** Creates a node and links it to a SupportProvider through `members`, with the relationship properties. */
export type SupportProviderMembersCreateFieldInput = {
  /** The relationship's properties. */
  edge?: MembershipCreateInput | null | undefined;
  /** The node. */
  node: EssStructureCreateInput;
};

/** Deletes nodes linked to a SupportProvider through `members` that match `where`. */
export type SupportProviderMembersDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EssStructureDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SupportProviderMembersConnectionWhere | null | undefined;
};

/** Removes `members` relationships of a SupportProvider that match `where` (the related nodes stay). */
export type SupportProviderMembersDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EssStructureDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SupportProviderMembersConnectionWhere | null | undefined;
};

/** The `members` relationships of a new SupportProvider: nodes to create or existing nodes to connect. */
export type SupportProviderMembersFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<SupportProviderMembersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<SupportProviderMembersCreateFieldInput> | null | undefined;
};

/** Filters SupportProvider nodes by aggregates of the properties of the nodes they reach through `members`. */
export type SupportProviderMembersNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<SupportProviderMembersNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: SupportProviderMembersNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<SupportProviderMembersNodeAggregationWhereInput> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `foundedYear` (Year founded). */
  foundedYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `nafCode`. */
  nafCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `projectKind` (Kind of project in the programme's words, in French (e.g. épicerie solidaire, atelier vélo participatif)). */
  projectKind?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `rnaId` (RNA identifier (W + 9 digits) for associations). */
  rnaId?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siren`. */
  siren?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siret`. */
  siret?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRange`. */
  staffRange?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a SupportProvider's `members` relationship. */
export type SupportProviderMembersUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: MembershipUpdateInput | null | undefined;
  /** The node. */
  node?: EssStructureUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SupportProviderMembersConnectionWhere | null | undefined;
};

/** Changes to the `members` relationships of a SupportProvider: connect, create, update, disconnect or delete. */
export type SupportProviderMembersUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<SupportProviderMembersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<SupportProviderMembersCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<SupportProviderMembersDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<SupportProviderMembersDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: SupportProviderMembersUpdateConnectionInput | null | undefined;
};

/** Filters on a list of related SupportProvider nodes: all, none, single or some of them must match. */
export type SupportProviderRelationshipFilters = {
  /** Filter type where all of the related SupportProviders match this filter */
  all?: SupportProviderWhere | null | undefined;
  /** Filter type where none of the related SupportProviders match this filter */
  none?: SupportProviderWhere | null | undefined;
  /** Filter type where one of the related SupportProviders match this filter */
  single?: SupportProviderWhere | null | undefined;
  /** Filter type where some of the related SupportProviders match this filter */
  some?: SupportProviderWhere | null | undefined;
};

/** Links a SupportProvider to existing nodes through `supported`: the nodes to connect (where), and the relationship properties. */
export type SupportProviderSupportedConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge: SupportCreateInput;
  /** Filter: only the items matching it. */
  where?: EssStructureConnectWhere | null | undefined;
};

/** Filters SupportProvider nodes by aggregates over their `supported` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type SupportProviderSupportedConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<SupportProviderSupportedConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: SupportProviderSupportedConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<SupportProviderSupportedConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: SupportAggregationWhereInput | null | undefined;
  /** The node. */
  node?: SupportProviderSupportedNodeAggregationWhereInput | null | undefined;
};

/** Filters SupportProvider nodes by their `supported` relationships: all, none, single or some of them must match. */
export type SupportProviderSupportedConnectionFilters = {
  /** Filter SupportProviders by aggregating results on related SupportProviderSupportedConnections */
  aggregate?: SupportProviderSupportedConnectionAggregateInput | null | undefined;
  /** Return SupportProviders where all of the related SupportProviderSupportedConnections match this filter */
  all?: SupportProviderSupportedConnectionWhere | null | undefined;
  /** Return SupportProviders where none of the related SupportProviderSupportedConnections match this filter */
  none?: SupportProviderSupportedConnectionWhere | null | undefined;
  /** Return SupportProviders where one of the related SupportProviderSupportedConnections match this filter */
  single?: SupportProviderSupportedConnectionWhere | null | undefined;
  /** Return SupportProviders where some of the related SupportProviderSupportedConnections match this filter */
  some?: SupportProviderSupportedConnectionWhere | null | undefined;
};

/** Filters the `supported` relationships of a SupportProvider by the related node (node) and the relationship's properties (edge). */
export type SupportProviderSupportedConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<SupportProviderSupportedConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: SupportProviderSupportedConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<SupportProviderSupportedConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: SupportWhere | null | undefined;
  /** The node. */
  node?: EssStructureWhere | null | undefined;
};

/** Creates a node and links it to a SupportProvider through `supported`, with the relationship properties. */
export type SupportProviderSupportedCreateFieldInput = {
  /** The relationship's properties. */
  edge: SupportCreateInput;
  /** The node. */
  node: EssStructureCreateInput;
};

/** Deletes nodes linked to a SupportProvider through `supported` that match `where`. */
export type SupportProviderSupportedDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EssStructureDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SupportProviderSupportedConnectionWhere | null | undefined;
};

/** Removes `supported` relationships of a SupportProvider that match `where` (the related nodes stay). */
export type SupportProviderSupportedDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EssStructureDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SupportProviderSupportedConnectionWhere | null | undefined;
};

/** The `supported` relationships of a new SupportProvider: nodes to create or existing nodes to connect. */
export type SupportProviderSupportedFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<SupportProviderSupportedConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<SupportProviderSupportedCreateFieldInput> | null | undefined;
};

/** Filters SupportProvider nodes by aggregates of the properties of the nodes they reach through `supported`. */
export type SupportProviderSupportedNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<SupportProviderSupportedNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: SupportProviderSupportedNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<SupportProviderSupportedNodeAggregationWhereInput> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `foundedYear` (Year founded). */
  foundedYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `nafCode`. */
  nafCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `projectKind` (Kind of project in the programme's words, in French (e.g. épicerie solidaire, atelier vélo participatif)). */
  projectKind?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `rnaId` (RNA identifier (W + 9 digits) for associations). */
  rnaId?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siren`. */
  siren?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siret`. */
  siret?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRange`. */
  staffRange?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a SupportProvider's `supported` relationship. */
export type SupportProviderSupportedUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: SupportUpdateInput | null | undefined;
  /** The node. */
  node?: EssStructureUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SupportProviderSupportedConnectionWhere | null | undefined;
};

/** Changes to the `supported` relationships of a SupportProvider: connect, create, update, disconnect or delete. */
export type SupportProviderSupportedUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<SupportProviderSupportedConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<SupportProviderSupportedCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<SupportProviderSupportedDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<SupportProviderSupportedDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: SupportProviderSupportedUpdateConnectionInput | null | undefined;
};

/** Links a SupportProvider to existing nodes through `themes`: the nodes to connect (where), and the relationship properties. */
export type SupportProviderThemesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ThemeConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ThemeConnectWhere | null | undefined;
};

/** Filters SupportProvider nodes by aggregates over their `themes` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type SupportProviderThemesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<SupportProviderThemesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: SupportProviderThemesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<SupportProviderThemesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: SupportProviderThemesNodeAggregationWhereInput | null | undefined;
};

/** Filters SupportProvider nodes by their `themes` relationships: all, none, single or some of them must match. */
export type SupportProviderThemesConnectionFilters = {
  /** Filter SupportProviders by aggregating results on related SupportProviderThemesConnections */
  aggregate?: SupportProviderThemesConnectionAggregateInput | null | undefined;
  /** Return SupportProviders where all of the related SupportProviderThemesConnections match this filter */
  all?: SupportProviderThemesConnectionWhere | null | undefined;
  /** Return SupportProviders where none of the related SupportProviderThemesConnections match this filter */
  none?: SupportProviderThemesConnectionWhere | null | undefined;
  /** Return SupportProviders where one of the related SupportProviderThemesConnections match this filter */
  single?: SupportProviderThemesConnectionWhere | null | undefined;
  /** Return SupportProviders where some of the related SupportProviderThemesConnections match this filter */
  some?: SupportProviderThemesConnectionWhere | null | undefined;
};

/** Filters the `themes` relationships of a SupportProvider by the related node (node) and the relationship's properties (edge). */
export type SupportProviderThemesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<SupportProviderThemesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: SupportProviderThemesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<SupportProviderThemesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ThemeWhere | null | undefined;
};

/** Creates a node and links it to a SupportProvider through `themes`, with the relationship properties. */
export type SupportProviderThemesCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ThemeCreateInput;
};

/** Deletes nodes linked to a SupportProvider through `themes` that match `where`. */
export type SupportProviderThemesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ThemeDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SupportProviderThemesConnectionWhere | null | undefined;
};

/** Removes `themes` relationships of a SupportProvider that match `where` (the related nodes stay). */
export type SupportProviderThemesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ThemeDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SupportProviderThemesConnectionWhere | null | undefined;
};

/** The `themes` relationships of a new SupportProvider: nodes to create or existing nodes to connect. */
export type SupportProviderThemesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<SupportProviderThemesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<SupportProviderThemesCreateFieldInput> | null | undefined;
};

/** Filters SupportProvider nodes by aggregates of the properties of the nodes they reach through `themes`. */
export type SupportProviderThemesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<SupportProviderThemesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: SupportProviderThemesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<SupportProviderThemesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `code`. */
  code?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `labelEn` (Label in English). */
  labelEn?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `labelFr` (Label in French). */
  labelFr?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a SupportProvider's `themes` relationship. */
export type SupportProviderThemesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ThemeUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: SupportProviderThemesConnectionWhere | null | undefined;
};

/** Changes to the `themes` relationships of a SupportProvider: connect, create, update, disconnect or delete. */
export type SupportProviderThemesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<SupportProviderThemesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<SupportProviderThemesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<SupportProviderThemesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<SupportProviderThemesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: SupportProviderThemesUpdateConnectionInput | null | undefined;
};

/** Changes to a SupportProvider: properties to set, relationships to connect, create, update, disconnect or delete. */
export type SupportProviderUpdateInput = {
  /** The `contacts` relationships: changes to make. */
  contacts?: Array<SupportProviderContactsUpdateFieldInput> | null | undefined;
  /** New value of `description` (Public description): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  description?: StringScalarMutations | null | undefined;
  /** The `events` relationships: changes to make. */
  events?: Array<SupportProviderEventsUpdateFieldInput> | null | undefined;
  /** New value of `isNetwork` (Whether it is a network that structures join (e.g. the CRESS) rather than a provider): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  isNetwork?: BooleanScalarMutations | null | undefined;
  /** New value of `location` (Location (WGS84)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  location?: PointMutations | null | undefined;
  /** The `members` relationships: changes to make. */
  members?: Array<SupportProviderMembersUpdateFieldInput> | null | undefined;
  /** New value of `name` (Name): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  name?: StringScalarMutations | null | undefined;
  /** New value of `source` (Where the record comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** New value of `stagesServed` (Stages of projects it serves): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  stagesServed?: StageListEnumScalarMutations | null | undefined;
  /** The `supported` relationships: changes to make. */
  supported?: Array<SupportProviderSupportedUpdateFieldInput> | null | undefined;
  /** The `themes` relationships: changes to make. */
  themes?: Array<SupportProviderThemesUpdateFieldInput> | null | undefined;
  /** New value of `website` (Website URL): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  website?: StringScalarMutations | null | undefined;
};

/** Filters SupportProvider nodes: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type SupportProviderWhere = {
  /** All of these conditions must hold. */
  AND?: Array<SupportProviderWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: SupportProviderWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<SupportProviderWhere> | null | undefined;
  /** Condition on `description` (Public description). */
  description?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `events`. */
  events?: EventRelationshipFilters | null | undefined;
  /** Condition on the `events` relationships (related node and relationship properties). */
  eventsConnection?: SupportProviderEventsConnectionFilters | null | undefined;
  /** Condition on `id` (Stable identifier). */
  id?: IdScalarFilters | null | undefined;
  /** Condition on `isNetwork` (Whether it is a network that structures join (e.g. the CRESS) rather than a provider). */
  isNetwork?: BooleanScalarFilters | null | undefined;
  /** Condition on `location` (Location (WGS84)). */
  location?: PointFilters | null | undefined;
  /** Condition on the nodes related through `members`. */
  members?: EssStructureRelationshipFilters | null | undefined;
  /** Condition on the `members` relationships (related node and relationship properties). */
  membersConnection?: SupportProviderMembersConnectionFilters | null | undefined;
  /** Condition on `name` (Name). */
  name?: StringScalarFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source; ILLUSTRATIVE marks invented demo data). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `stagesServed` (Stages of projects it serves). */
  stagesServed?: StageListEnumScalarFilters | null | undefined;
  /** Condition on the nodes related through `supported`. */
  supported?: EssStructureRelationshipFilters | null | undefined;
  /** Condition on the `supported` relationships (related node and relationship properties). */
  supportedConnection?: SupportProviderSupportedConnectionFilters | null | undefined;
  /** Condition on the nodes related through `themes`. */
  themes?: ThemeRelationshipFilters | null | undefined;
  /** Condition on the `themes` relationships (related node and relationship properties). */
  themesConnection?: SupportProviderThemesConnectionFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarFilters | null | undefined;
};

/** Changes to a Support: properties to set, relationships to connect, create, update, disconnect or delete. */
export type SupportUpdateInput = {
  /** New value of `since` (First year of support): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  since?: IntScalarMutations | null | undefined;
  /** New value of `source` (Where the fact comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** New value of `stage` (Stage of the structure when the support started): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  stage?: StageEnumScalarMutations | null | undefined;
  /** New value of `until` (Last year of support; null while it goes on): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  until?: IntScalarMutations | null | undefined;
};

/** Filters Support relationships: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type SupportWhere = {
  /** All of these conditions must hold. */
  AND?: Array<SupportWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: SupportWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<SupportWhere> | null | undefined;
  /** Condition on `since` (First year of support). */
  since?: IntScalarFilters | null | undefined;
  /** Condition on `source` (Where the fact comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `stage` (Stage of the structure when the support started). */
  stage?: StageEnumScalarFilters | null | undefined;
  /** Condition on `until` (Last year of support; null while it goes on). */
  until?: IntScalarFilters | null | undefined;
  /** Condition on `updatedAt` (When the fact was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

/** Relationships to create from a Territory to existing nodes, relationship field by field. */
export type TerritoryConnectInput = {
  /** The `programmes` relationships: existing nodes to link. */
  programmes?: Array<TerritoryProgrammesConnectFieldInput> | null | undefined;
  /** The `towns` relationships: existing nodes to link. */
  towns?: Array<TerritoryTownsConnectFieldInput> | null | undefined;
};

/** Selects the existing Territory nodes to connect to. */
export type TerritoryConnectWhere = {
  /** The node. */
  node: TerritoryWhere;
};

/** The properties and relationships of a new Territory. */
export type TerritoryCreateInput = {
  /** SIREN of the EPT (200058006 for GPSEA). */
  code: string;
  /** Official name. */
  name: string;
  /** Population of its towns (sum of municipal populations). */
  population?: number | null | undefined;
  /** The `programmes` relationships: nodes to create or connect. */
  programmes?: TerritoryProgrammesFieldInput | null | undefined;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** The `towns` relationships: nodes to create or connect. */
  towns?: TerritoryTownsFieldInput | null | undefined;
};

/** Nodes related to a Territory to delete along with it, relationship field by relationship field. */
export type TerritoryDeleteInput = {
  /** The `programmes` relationships: related nodes to delete. */
  programmes?: Array<TerritoryProgrammesDeleteFieldInput> | null | undefined;
  /** The `towns` relationships: related nodes to delete. */
  towns?: Array<TerritoryTownsDeleteFieldInput> | null | undefined;
};

/** Relationships of a Territory to remove, relationship field by field (the related nodes stay). */
export type TerritoryDisconnectInput = {
  /** The `programmes` relationships: relationships to remove. */
  programmes?: Array<TerritoryProgrammesDisconnectFieldInput> | null | undefined;
  /** The `towns` relationships: relationships to remove. */
  towns?: Array<TerritoryTownsDisconnectFieldInput> | null | undefined;
};

/** Links a Territory to existing nodes through `programmes`: the nodes to connect (where), and the relationship properties. */
export type TerritoryProgrammesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ProgrammeConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ProgrammeConnectWhere | null | undefined;
};

/** Filters Territory nodes by aggregates over their `programmes` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type TerritoryProgrammesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<TerritoryProgrammesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: TerritoryProgrammesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TerritoryProgrammesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: TerritoryProgrammesNodeAggregationWhereInput | null | undefined;
};

/** Filters Territory nodes by their `programmes` relationships: all, none, single or some of them must match. */
export type TerritoryProgrammesConnectionFilters = {
  /** Filter Territories by aggregating results on related TerritoryProgrammesConnections */
  aggregate?: TerritoryProgrammesConnectionAggregateInput | null | undefined;
  /** Return Territories where all of the related TerritoryProgrammesConnections match this filter */
  all?: TerritoryProgrammesConnectionWhere | null | undefined;
  /** Return Territories where none of the related TerritoryProgrammesConnections match this filter */
  none?: TerritoryProgrammesConnectionWhere | null | undefined;
  /** Return Territories where one of the related TerritoryProgrammesConnections match this filter */
  single?: TerritoryProgrammesConnectionWhere | null | undefined;
  /** Return Territories where some of the related TerritoryProgrammesConnections match this filter */
  some?: TerritoryProgrammesConnectionWhere | null | undefined;
};

/** Filters the `programmes` relationships of a Territory by the related node (node) and the relationship's properties (edge). */
export type TerritoryProgrammesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<TerritoryProgrammesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: TerritoryProgrammesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TerritoryProgrammesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ProgrammeWhere | null | undefined;
};

/** Creates a node and links it to a Territory through `programmes`, with the relationship properties. */
export type TerritoryProgrammesCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ProgrammeCreateInput;
};

/** Deletes nodes linked to a Territory through `programmes` that match `where`. */
export type TerritoryProgrammesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ProgrammeDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TerritoryProgrammesConnectionWhere | null | undefined;
};

/** Removes `programmes` relationships of a Territory that match `where` (the related nodes stay). */
export type TerritoryProgrammesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ProgrammeDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TerritoryProgrammesConnectionWhere | null | undefined;
};

/** The `programmes` relationships of a new Territory: nodes to create or existing nodes to connect. */
export type TerritoryProgrammesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TerritoryProgrammesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<TerritoryProgrammesCreateFieldInput> | null | undefined;
};

/** Filters Territory nodes by aggregates of the properties of the nodes they reach through `programmes`. */
export type TerritoryProgrammesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<TerritoryProgrammesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: TerritoryProgrammesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TerritoryProgrammesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `annualBudgetEur` (Annual ESS budget in euros (excluding staff costs and grants to associations)). */
  annualBudgetEur?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `budgetNote` (What the budget excludes, in the programme's words). */
  budgetNote?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description`. */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `essEnterprisesSharePct` (Share of enterprises that belong to the ESS, in percent). */
  essEnterprisesSharePct?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `essJobsSharePct` (Share of jobs in the ESS on the territory, in percent). */
  essJobsSharePct?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `essPrivateJobsSharePct` (Share of private jobs in the ESS, in percent). */
  essPrivateJobsSharePct?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Official name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Territory's `programmes` relationship. */
export type TerritoryProgrammesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ProgrammeUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TerritoryProgrammesConnectionWhere | null | undefined;
};

/** Changes to the `programmes` relationships of a Territory: connect, create, update, disconnect or delete. */
export type TerritoryProgrammesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TerritoryProgrammesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<TerritoryProgrammesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<TerritoryProgrammesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<TerritoryProgrammesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: TerritoryProgrammesUpdateConnectionInput | null | undefined;
};

/** Filters on a list of related Territory nodes: all, none, single or some of them must match. */
export type TerritoryRelationshipFilters = {
  /** Filter type where all of the related Territories match this filter */
  all?: TerritoryWhere | null | undefined;
  /** Filter type where none of the related Territories match this filter */
  none?: TerritoryWhere | null | undefined;
  /** Filter type where one of the related Territories match this filter */
  single?: TerritoryWhere | null | undefined;
  /** Filter type where some of the related Territories match this filter */
  some?: TerritoryWhere | null | undefined;
};

/** Links a Territory to existing nodes through `towns`: the nodes to connect (where), and the relationship properties. */
export type TerritoryTownsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TownConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TownConnectWhere | null | undefined;
};

/** Filters Territory nodes by aggregates over their `towns` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type TerritoryTownsConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<TerritoryTownsConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: TerritoryTownsConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TerritoryTownsConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: TerritoryTownsNodeAggregationWhereInput | null | undefined;
};

/** Filters Territory nodes by their `towns` relationships: all, none, single or some of them must match. */
export type TerritoryTownsConnectionFilters = {
  /** Filter Territories by aggregating results on related TerritoryTownsConnections */
  aggregate?: TerritoryTownsConnectionAggregateInput | null | undefined;
  /** Return Territories where all of the related TerritoryTownsConnections match this filter */
  all?: TerritoryTownsConnectionWhere | null | undefined;
  /** Return Territories where none of the related TerritoryTownsConnections match this filter */
  none?: TerritoryTownsConnectionWhere | null | undefined;
  /** Return Territories where one of the related TerritoryTownsConnections match this filter */
  single?: TerritoryTownsConnectionWhere | null | undefined;
  /** Return Territories where some of the related TerritoryTownsConnections match this filter */
  some?: TerritoryTownsConnectionWhere | null | undefined;
};

/** Filters the `towns` relationships of a Territory by the related node (node) and the relationship's properties (edge). */
export type TerritoryTownsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<TerritoryTownsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: TerritoryTownsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TerritoryTownsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: TownWhere | null | undefined;
};

/** Creates a node and links it to a Territory through `towns`, with the relationship properties. */
export type TerritoryTownsCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: TownCreateInput;
};

/** Deletes nodes linked to a Territory through `towns` that match `where`. */
export type TerritoryTownsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: TownDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TerritoryTownsConnectionWhere | null | undefined;
};

/** Removes `towns` relationships of a Territory that match `where` (the related nodes stay). */
export type TerritoryTownsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: TownDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TerritoryTownsConnectionWhere | null | undefined;
};

/** The `towns` relationships of a new Territory: nodes to create or existing nodes to connect. */
export type TerritoryTownsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TerritoryTownsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<TerritoryTownsCreateFieldInput> | null | undefined;
};

/** Filters Territory nodes by aggregates of the properties of the nodes they reach through `towns`. */
export type TerritoryTownsNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<TerritoryTownsNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: TerritoryTownsNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TerritoryTownsNodeAggregationWhereInput> | null | undefined;
  /** Condition on `inseeCode` (Official INSEE code (code officiel géographique), e.g. 94028). */
  inseeCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Official name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `population` (Population of its towns (sum of municipal populations)). */
  population?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Territory's `towns` relationship. */
export type TerritoryTownsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: TownUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TerritoryTownsConnectionWhere | null | undefined;
};

/** Changes to the `towns` relationships of a Territory: connect, create, update, disconnect or delete. */
export type TerritoryTownsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TerritoryTownsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<TerritoryTownsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<TerritoryTownsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<TerritoryTownsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: TerritoryTownsUpdateConnectionInput | null | undefined;
};

/** Changes to a Territory: properties to set, relationships to connect, create, update, disconnect or delete. */
export type TerritoryUpdateInput = {
  /** New value of `code` (SIREN of the EPT (200058006 for GPSEA)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  code?: StringScalarMutations | null | undefined;
  /** New value of `name` (Official name): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  name?: StringScalarMutations | null | undefined;
  /** New value of `population` (Population of its towns (sum of municipal populations)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  population?: IntScalarMutations | null | undefined;
  /** The `programmes` relationships: changes to make. */
  programmes?: Array<TerritoryProgrammesUpdateFieldInput> | null | undefined;
  /** New value of `source` (Where the record comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** The `towns` relationships: changes to make. */
  towns?: Array<TerritoryTownsUpdateFieldInput> | null | undefined;
};

/** Filters Territory nodes: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type TerritoryWhere = {
  /** All of these conditions must hold. */
  AND?: Array<TerritoryWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: TerritoryWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TerritoryWhere> | null | undefined;
  /** Condition on `code` (SIREN of the EPT (200058006 for GPSEA)). */
  code?: StringScalarFilters | null | undefined;
  /** Condition on `name` (Official name). */
  name?: StringScalarFilters | null | undefined;
  /** Condition on `population` (Population of its towns (sum of municipal populations)). */
  population?: IntScalarFilters | null | undefined;
  /** Condition on the nodes related through `programmes`. */
  programmes?: ProgrammeRelationshipFilters | null | undefined;
  /** Condition on the `programmes` relationships (related node and relationship properties). */
  programmesConnection?: TerritoryProgrammesConnectionFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `towns`. */
  towns?: TownRelationshipFilters | null | undefined;
  /** Condition on the `towns` relationships (related node and relationship properties). */
  townsConnection?: TerritoryTownsConnectionFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

/** Links a Theme to existing nodes through `businesses`: the nodes to connect (where), and the relationship properties. */
export type ThemeBusinessesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<BusinessConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessConnectWhere | null | undefined;
};

/** Filters Theme nodes by aggregates over their `businesses` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ThemeBusinessesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ThemeBusinessesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ThemeBusinessesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ThemeBusinessesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ThemeBusinessesNodeAggregationWhereInput | null | undefined;
};

/** Filters Theme nodes by their `businesses` relationships: all, none, single or some of them must match. */
export type ThemeBusinessesConnectionFilters = {
  /** Filter Themes by aggregating results on related ThemeBusinessesConnections */
  aggregate?: ThemeBusinessesConnectionAggregateInput | null | undefined;
  /** Return Themes where all of the related ThemeBusinessesConnections match this filter */
  all?: ThemeBusinessesConnectionWhere | null | undefined;
  /** Return Themes where none of the related ThemeBusinessesConnections match this filter */
  none?: ThemeBusinessesConnectionWhere | null | undefined;
  /** Return Themes where one of the related ThemeBusinessesConnections match this filter */
  single?: ThemeBusinessesConnectionWhere | null | undefined;
  /** Return Themes where some of the related ThemeBusinessesConnections match this filter */
  some?: ThemeBusinessesConnectionWhere | null | undefined;
};

/** Filters the `businesses` relationships of a Theme by the related node (node) and the relationship's properties (edge). */
export type ThemeBusinessesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ThemeBusinessesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ThemeBusinessesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ThemeBusinessesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: BusinessWhere | null | undefined;
};

/** Creates a node and links it to a Theme through `businesses`, with the relationship properties. */
export type ThemeBusinessesCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: BusinessCreateInput;
};

/** Deletes nodes linked to a Theme through `businesses` that match `where`. */
export type ThemeBusinessesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: BusinessDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ThemeBusinessesConnectionWhere | null | undefined;
};

/** Removes `businesses` relationships of a Theme that match `where` (the related nodes stay). */
export type ThemeBusinessesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: BusinessDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ThemeBusinessesConnectionWhere | null | undefined;
};

/** The `businesses` relationships of a new Theme: nodes to create or existing nodes to connect. */
export type ThemeBusinessesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ThemeBusinessesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ThemeBusinessesCreateFieldInput> | null | undefined;
};

/** Filters Theme nodes by aggregates of the properties of the nodes they reach through `businesses`. */
export type ThemeBusinessesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ThemeBusinessesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ThemeBusinessesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ThemeBusinessesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description`. */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `nafCode`. */
  nafCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name`. */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siren`. */
  siren?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siret`. */
  siret?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRange`. */
  staffRange?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Theme's `businesses` relationship. */
export type ThemeBusinessesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: BusinessUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ThemeBusinessesConnectionWhere | null | undefined;
};

/** Changes to the `businesses` relationships of a Theme: connect, create, update, disconnect or delete. */
export type ThemeBusinessesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ThemeBusinessesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ThemeBusinessesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ThemeBusinessesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ThemeBusinessesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ThemeBusinessesUpdateConnectionInput | null | undefined;
};

/** Relationships to create from a Theme to existing nodes, relationship field by field. */
export type ThemeConnectInput = {
  /** The `businesses` relationships: existing nodes to link. */
  businesses?: Array<ThemeBusinessesConnectFieldInput> | null | undefined;
  /** The `essStructures` relationships: existing nodes to link. */
  essStructures?: Array<ThemeEssStructuresConnectFieldInput> | null | undefined;
  /** The `financers` relationships: existing nodes to link. */
  financers?: Array<ThemeFinancersConnectFieldInput> | null | undefined;
  /** The `researchUnits` relationships: existing nodes to link. */
  researchUnits?: Array<ThemeResearchUnitsConnectFieldInput> | null | undefined;
};

/** Selects the existing Theme nodes to connect to. */
export type ThemeConnectWhere = {
  /** The node. */
  node: ThemeWhere;
};

/** The properties and relationships of a new Theme. */
export type ThemeCreateInput = {
  /** The `businesses` relationships: nodes to create or connect. */
  businesses?: ThemeBusinessesFieldInput | null | undefined;
  /** Stable code (kebab-case, e.g. sustainable-food). */
  code: string;
  /** The `essStructures` relationships: nodes to create or connect. */
  essStructures?: ThemeEssStructuresFieldInput | null | undefined;
  /** The `financers` relationships: nodes to create or connect. */
  financers?: ThemeFinancersFieldInput | null | undefined;
  /** Label in English. */
  labelEn: string;
  /** Label in French. */
  labelFr: string;
  /** The `researchUnits` relationships: nodes to create or connect. */
  researchUnits?: ThemeResearchUnitsFieldInput | null | undefined;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
};

/** Nodes related to a Theme to delete along with it, relationship field by relationship field. */
export type ThemeDeleteInput = {
  /** The `businesses` relationships: related nodes to delete. */
  businesses?: Array<ThemeBusinessesDeleteFieldInput> | null | undefined;
  /** The `essStructures` relationships: related nodes to delete. */
  essStructures?: Array<ThemeEssStructuresDeleteFieldInput> | null | undefined;
  /** The `financers` relationships: related nodes to delete. */
  financers?: Array<ThemeFinancersDeleteFieldInput> | null | undefined;
  /** The `researchUnits` relationships: related nodes to delete. */
  researchUnits?: Array<ThemeResearchUnitsDeleteFieldInput> | null | undefined;
};

/** Relationships of a Theme to remove, relationship field by field (the related nodes stay). */
export type ThemeDisconnectInput = {
  /** The `businesses` relationships: relationships to remove. */
  businesses?: Array<ThemeBusinessesDisconnectFieldInput> | null | undefined;
  /** The `essStructures` relationships: relationships to remove. */
  essStructures?: Array<ThemeEssStructuresDisconnectFieldInput> | null | undefined;
  /** The `financers` relationships: relationships to remove. */
  financers?: Array<ThemeFinancersDisconnectFieldInput> | null | undefined;
  /** The `researchUnits` relationships: relationships to remove. */
  researchUnits?: Array<ThemeResearchUnitsDisconnectFieldInput> | null | undefined;
};

/** Links a Theme to existing nodes through `essStructures`: the nodes to connect (where), and the relationship properties. */
export type ThemeEssStructuresConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureConnectWhere | null | undefined;
};

/** Filters Theme nodes by aggregates over their `essStructures` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ThemeEssStructuresConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ThemeEssStructuresConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ThemeEssStructuresConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ThemeEssStructuresConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ThemeEssStructuresNodeAggregationWhereInput | null | undefined;
};

/** Filters Theme nodes by their `essStructures` relationships: all, none, single or some of them must match. */
export type ThemeEssStructuresConnectionFilters = {
  /** Filter Themes by aggregating results on related ThemeEssStructuresConnections */
  aggregate?: ThemeEssStructuresConnectionAggregateInput | null | undefined;
  /** Return Themes where all of the related ThemeEssStructuresConnections match this filter */
  all?: ThemeEssStructuresConnectionWhere | null | undefined;
  /** Return Themes where none of the related ThemeEssStructuresConnections match this filter */
  none?: ThemeEssStructuresConnectionWhere | null | undefined;
  /** Return Themes where one of the related ThemeEssStructuresConnections match this filter */
  single?: ThemeEssStructuresConnectionWhere | null | undefined;
  /** Return Themes where some of the related ThemeEssStructuresConnections match this filter */
  some?: ThemeEssStructuresConnectionWhere | null | undefined;
};

/** Filters the `essStructures` relationships of a Theme by the related node (node) and the relationship's properties (edge). */
export type ThemeEssStructuresConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ThemeEssStructuresConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ThemeEssStructuresConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ThemeEssStructuresConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: EssStructureWhere | null | undefined;
};

/** Creates a node and links it to a Theme through `essStructures`, with the relationship properties. */
export type ThemeEssStructuresCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: EssStructureCreateInput;
};

/** Deletes nodes linked to a Theme through `essStructures` that match `where`. */
export type ThemeEssStructuresDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EssStructureDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ThemeEssStructuresConnectionWhere | null | undefined;
};

/** Removes `essStructures` relationships of a Theme that match `where` (the related nodes stay). */
export type ThemeEssStructuresDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EssStructureDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ThemeEssStructuresConnectionWhere | null | undefined;
};

/** The `essStructures` relationships of a new Theme: nodes to create or existing nodes to connect. */
export type ThemeEssStructuresFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ThemeEssStructuresConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ThemeEssStructuresCreateFieldInput> | null | undefined;
};

/** Filters Theme nodes by aggregates of the properties of the nodes they reach through `essStructures`. */
export type ThemeEssStructuresNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ThemeEssStructuresNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ThemeEssStructuresNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ThemeEssStructuresNodeAggregationWhereInput> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description`. */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `foundedYear` (Year founded). */
  foundedYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `nafCode`. */
  nafCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name`. */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `projectKind` (Kind of project in the programme's words, in French (e.g. épicerie solidaire, atelier vélo participatif)). */
  projectKind?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `rnaId` (RNA identifier (W + 9 digits) for associations). */
  rnaId?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siren`. */
  siren?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siret`. */
  siret?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRange`. */
  staffRange?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Theme's `essStructures` relationship. */
export type ThemeEssStructuresUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: EssStructureUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ThemeEssStructuresConnectionWhere | null | undefined;
};

/** Changes to the `essStructures` relationships of a Theme: connect, create, update, disconnect or delete. */
export type ThemeEssStructuresUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ThemeEssStructuresConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ThemeEssStructuresCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ThemeEssStructuresDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ThemeEssStructuresDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ThemeEssStructuresUpdateConnectionInput | null | undefined;
};

/** Links a Theme to existing nodes through `financers`: the nodes to connect (where), and the relationship properties. */
export type ThemeFinancersConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<FinancerConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: FinancerConnectWhere | null | undefined;
};

/** Filters Theme nodes by aggregates over their `financers` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ThemeFinancersConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ThemeFinancersConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ThemeFinancersConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ThemeFinancersConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ThemeFinancersNodeAggregationWhereInput | null | undefined;
};

/** Filters Theme nodes by their `financers` relationships: all, none, single or some of them must match. */
export type ThemeFinancersConnectionFilters = {
  /** Filter Themes by aggregating results on related ThemeFinancersConnections */
  aggregate?: ThemeFinancersConnectionAggregateInput | null | undefined;
  /** Return Themes where all of the related ThemeFinancersConnections match this filter */
  all?: ThemeFinancersConnectionWhere | null | undefined;
  /** Return Themes where none of the related ThemeFinancersConnections match this filter */
  none?: ThemeFinancersConnectionWhere | null | undefined;
  /** Return Themes where one of the related ThemeFinancersConnections match this filter */
  single?: ThemeFinancersConnectionWhere | null | undefined;
  /** Return Themes where some of the related ThemeFinancersConnections match this filter */
  some?: ThemeFinancersConnectionWhere | null | undefined;
};

/** Filters the `financers` relationships of a Theme by the related node (node) and the relationship's properties (edge). */
export type ThemeFinancersConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ThemeFinancersConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ThemeFinancersConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ThemeFinancersConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: FinancerWhere | null | undefined;
};

/** Creates a node and links it to a Theme through `financers`, with the relationship properties. */
export type ThemeFinancersCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: FinancerCreateInput;
};

/** Deletes nodes linked to a Theme through `financers` that match `where`. */
export type ThemeFinancersDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: FinancerDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ThemeFinancersConnectionWhere | null | undefined;
};

/** Removes `financers` relationships of a Theme that match `where` (the related nodes stay). */
export type ThemeFinancersDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: FinancerDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ThemeFinancersConnectionWhere | null | undefined;
};

/** The `financers` relationships of a new Theme: nodes to create or existing nodes to connect. */
export type ThemeFinancersFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ThemeFinancersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ThemeFinancersCreateFieldInput> | null | undefined;
};

/** Filters Theme nodes by aggregates of the properties of the nodes they reach through `financers`. */
export type ThemeFinancersNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ThemeFinancersNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ThemeFinancersNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ThemeFinancersNodeAggregationWhereInput> | null | undefined;
  /** Condition on `description`. */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name`. */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `ticketMaxEur` (Largest usual ticket in euros). */
  ticketMaxEur?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `ticketMinEur` (Smallest usual ticket in euros). */
  ticketMinEur?: FloatScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Theme's `financers` relationship. */
export type ThemeFinancersUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: FinancerUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ThemeFinancersConnectionWhere | null | undefined;
};

/** Changes to the `financers` relationships of a Theme: connect, create, update, disconnect or delete. */
export type ThemeFinancersUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ThemeFinancersConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ThemeFinancersCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ThemeFinancersDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ThemeFinancersDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ThemeFinancersUpdateConnectionInput | null | undefined;
};

/** Filters on a list of related Theme nodes: all, none, single or some of them must match. */
export type ThemeRelationshipFilters = {
  /** Filter type where all of the related Themes match this filter */
  all?: ThemeWhere | null | undefined;
  /** Filter type where none of the related Themes match this filter */
  none?: ThemeWhere | null | undefined;
  /** Filter type where one of the related Themes match this filter */
  single?: ThemeWhere | null | undefined;
  /** Filter type where some of the related Themes match this filter */
  some?: ThemeWhere | null | undefined;
};

/** Links a Theme to existing nodes through `researchUnits`: the nodes to connect (where), and the relationship properties. */
export type ThemeResearchUnitsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ResearchUnitConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ResearchUnitConnectWhere | null | undefined;
};

/** Filters Theme nodes by aggregates over their `researchUnits` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type ThemeResearchUnitsConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<ThemeResearchUnitsConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ThemeResearchUnitsConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ThemeResearchUnitsConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: ThemeResearchUnitsNodeAggregationWhereInput | null | undefined;
};

/** Filters Theme nodes by their `researchUnits` relationships: all, none, single or some of them must match. */
export type ThemeResearchUnitsConnectionFilters = {
  /** Filter Themes by aggregating results on related ThemeResearchUnitsConnections */
  aggregate?: ThemeResearchUnitsConnectionAggregateInput | null | undefined;
  /** Return Themes where all of the related ThemeResearchUnitsConnections match this filter */
  all?: ThemeResearchUnitsConnectionWhere | null | undefined;
  /** Return Themes where none of the related ThemeResearchUnitsConnections match this filter */
  none?: ThemeResearchUnitsConnectionWhere | null | undefined;
  /** Return Themes where one of the related ThemeResearchUnitsConnections match this filter */
  single?: ThemeResearchUnitsConnectionWhere | null | undefined;
  /** Return Themes where some of the related ThemeResearchUnitsConnections match this filter */
  some?: ThemeResearchUnitsConnectionWhere | null | undefined;
};

/** Filters the `researchUnits` relationships of a Theme by the related node (node) and the relationship's properties (edge). */
export type ThemeResearchUnitsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ThemeResearchUnitsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ThemeResearchUnitsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ThemeResearchUnitsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: ResearchUnitWhere | null | undefined;
};

/** Creates a node and links it to a Theme through `researchUnits`, with the relationship properties. */
export type ThemeResearchUnitsCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: ResearchUnitCreateInput;
};

/** Deletes nodes linked to a Theme through `researchUnits` that match `where`. */
export type ThemeResearchUnitsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: ResearchUnitDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ThemeResearchUnitsConnectionWhere | null | undefined;
};

/** Removes `researchUnits` relationships of a Theme that match `where` (the related nodes stay). */
export type ThemeResearchUnitsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: ResearchUnitDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ThemeResearchUnitsConnectionWhere | null | undefined;
};

/** The `researchUnits` relationships of a new Theme: nodes to create or existing nodes to connect. */
export type ThemeResearchUnitsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ThemeResearchUnitsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ThemeResearchUnitsCreateFieldInput> | null | undefined;
};

/** Filters Theme nodes by aggregates of the properties of the nodes they reach through `researchUnits`. */
export type ThemeResearchUnitsNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<ThemeResearchUnitsNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: ThemeResearchUnitsNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ThemeResearchUnitsNodeAggregationWhereInput> | null | undefined;
  /** Condition on `description`. */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `endYear` (Last year (projects); null while it goes on). */
  endYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `name`. */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `startYear` (First year (projects)). */
  startYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Theme's `researchUnits` relationship. */
export type ThemeResearchUnitsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: ResearchUnitUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: ThemeResearchUnitsConnectionWhere | null | undefined;
};

/** Changes to the `researchUnits` relationships of a Theme: connect, create, update, disconnect or delete. */
export type ThemeResearchUnitsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<ThemeResearchUnitsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<ThemeResearchUnitsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<ThemeResearchUnitsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<ThemeResearchUnitsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: ThemeResearchUnitsUpdateConnectionInput | null | undefined;
};

/** Changes to a Theme: properties to set, relationships to connect, create, update, disconnect or delete. */
export type ThemeUpdateInput = {
  /** The `businesses` relationships: changes to make. */
  businesses?: Array<ThemeBusinessesUpdateFieldInput> | null | undefined;
  /** New value of `code` (Stable code (kebab-case, e.g. sustainable-food)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  code?: StringScalarMutations | null | undefined;
  /** The `essStructures` relationships: changes to make. */
  essStructures?: Array<ThemeEssStructuresUpdateFieldInput> | null | undefined;
  /** The `financers` relationships: changes to make. */
  financers?: Array<ThemeFinancersUpdateFieldInput> | null | undefined;
  /** New value of `labelEn` (Label in English): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  labelEn?: StringScalarMutations | null | undefined;
  /** New value of `labelFr` (Label in French): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  labelFr?: StringScalarMutations | null | undefined;
  /** The `researchUnits` relationships: changes to make. */
  researchUnits?: Array<ThemeResearchUnitsUpdateFieldInput> | null | undefined;
  /** New value of `source` (Where the record comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
};

/** Filters Theme nodes: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type ThemeWhere = {
  /** All of these conditions must hold. */
  AND?: Array<ThemeWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: ThemeWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<ThemeWhere> | null | undefined;
  /** Condition on the nodes related through `businesses`. */
  businesses?: BusinessRelationshipFilters | null | undefined;
  /** Condition on the `businesses` relationships (related node and relationship properties). */
  businessesConnection?: ThemeBusinessesConnectionFilters | null | undefined;
  /** Condition on `code` (Stable code (kebab-case, e.g. sustainable-food)). */
  code?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `essStructures`. */
  essStructures?: EssStructureRelationshipFilters | null | undefined;
  /** Condition on the `essStructures` relationships (related node and relationship properties). */
  essStructuresConnection?: ThemeEssStructuresConnectionFilters | null | undefined;
  /** Condition on the nodes related through `financers`. */
  financers?: FinancerRelationshipFilters | null | undefined;
  /** Condition on the `financers` relationships (related node and relationship properties). */
  financersConnection?: ThemeFinancersConnectionFilters | null | undefined;
  /** Condition on `labelEn` (Label in English). */
  labelEn?: StringScalarFilters | null | undefined;
  /** Condition on `labelFr` (Label in French). */
  labelFr?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `researchUnits`. */
  researchUnits?: ResearchUnitRelationshipFilters | null | undefined;
  /** Condition on the `researchUnits` relationships (related node and relationship properties). */
  researchUnitsConnection?: ThemeResearchUnitsConnectionFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

/** Links a Town to existing nodes through `businesses`: the nodes to connect (where), and the relationship properties. */
export type TownBusinessesConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<BusinessConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: BusinessConnectWhere | null | undefined;
};

/** Filters Town nodes by aggregates over their `businesses` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type TownBusinessesConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<TownBusinessesConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: TownBusinessesConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TownBusinessesConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: TownBusinessesNodeAggregationWhereInput | null | undefined;
};

/** Filters Town nodes by their `businesses` relationships: all, none, single or some of them must match. */
export type TownBusinessesConnectionFilters = {
  /** Filter Towns by aggregating results on related TownBusinessesConnections */
  aggregate?: TownBusinessesConnectionAggregateInput | null | undefined;
  /** Return Towns where all of the related TownBusinessesConnections match this filter */
  all?: TownBusinessesConnectionWhere | null | undefined;
  /** Return Towns where none of the related TownBusinessesConnections match this filter */
  none?: TownBusinessesConnectionWhere | null | undefined;
  /** Return Towns where one of the related TownBusinessesConnections match this filter */
  single?: TownBusinessesConnectionWhere | null | undefined;
  /** Return Towns where some of the related TownBusinessesConnections match this filter */
  some?: TownBusinessesConnectionWhere | null | undefined;
};

/** Filters the `businesses` relationships of a Town by the related node (node) and the relationship's properties (edge). */
export type TownBusinessesConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<TownBusinessesConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: TownBusinessesConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TownBusinessesConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: BusinessWhere | null | undefined;
};

/** Creates a node and links it to a Town through `businesses`, with the relationship properties. */
export type TownBusinessesCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: BusinessCreateInput;
};

/** Deletes nodes linked to a Town through `businesses` that match `where`. */
export type TownBusinessesDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: BusinessDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TownBusinessesConnectionWhere | null | undefined;
};

/** Removes `businesses` relationships of a Town that match `where` (the related nodes stay). */
export type TownBusinessesDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: BusinessDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TownBusinessesConnectionWhere | null | undefined;
};

/** The `businesses` relationships of a new Town: nodes to create or existing nodes to connect. */
export type TownBusinessesFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TownBusinessesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<TownBusinessesCreateFieldInput> | null | undefined;
};

/** Filters Town nodes by aggregates of the properties of the nodes they reach through `businesses`. */
export type TownBusinessesNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<TownBusinessesNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: TownBusinessesNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TownBusinessesNodeAggregationWhereInput> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description`. */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `nafCode`. */
  nafCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Official name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siren`. */
  siren?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siret`. */
  siret?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRange`. */
  staffRange?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Town's `businesses` relationship. */
export type TownBusinessesUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: BusinessUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TownBusinessesConnectionWhere | null | undefined;
};

/** Changes to the `businesses` relationships of a Town: connect, create, update, disconnect or delete. */
export type TownBusinessesUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TownBusinessesConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<TownBusinessesCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<TownBusinessesDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<TownBusinessesDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: TownBusinessesUpdateConnectionInput | null | undefined;
};

/** Relationships to create from a Town to existing nodes, relationship field by field. */
export type TownConnectInput = {
  /** The `businesses` relationships: existing nodes to link. */
  businesses?: Array<TownBusinessesConnectFieldInput> | null | undefined;
  /** The `essStructures` relationships: existing nodes to link. */
  essStructures?: Array<TownEssStructuresConnectFieldInput> | null | undefined;
  /** The `events` relationships: existing nodes to link. */
  events?: Array<TownEventsConnectFieldInput> | null | undefined;
  /** The `neighbours` relationships: existing nodes to link. */
  neighbours?: Array<TownNeighboursConnectFieldInput> | null | undefined;
  /** The `territory` relationships: existing nodes to link. */
  territory?: Array<TownTerritoryConnectFieldInput> | null | undefined;
};

/** Selects the existing Town nodes to connect to. */
export type TownConnectWhere = {
  /** The node. */
  node: TownWhere;
};

/** The properties and relationships of a new Town. */
export type TownCreateInput = {
  /** The `businesses` relationships: nodes to create or connect. */
  businesses?: TownBusinessesFieldInput | null | undefined;
  /** The `essStructures` relationships: nodes to create or connect. */
  essStructures?: TownEssStructuresFieldInput | null | undefined;
  /** The `events` relationships: nodes to create or connect. */
  events?: TownEventsFieldInput | null | undefined;
  /** Official INSEE code (code officiel géographique), e.g. 94028. */
  inseeCode: string;
  /** Centroid of the town's boundary (WGS84). */
  location?: PointInput | null | undefined;
  /** Official name. */
  name: string;
  /** The `neighbours` relationships: nodes to create or connect. */
  neighbours?: TownNeighboursFieldInput | null | undefined;
  /** Municipal population (etalab). */
  population?: number | null | undefined;
  /** Postal codes. */
  postalCodes: Array<string>;
  /** Reference inside the source. */
  sourceRef?: string | null | undefined;
  /** The `territory` relationships: nodes to create or connect. */
  territory?: TownTerritoryFieldInput | null | undefined;
};

/** Nodes related to a Town to delete along with it, relationship field by relationship field. */
export type TownDeleteInput = {
  /** The `businesses` relationships: related nodes to delete. */
  businesses?: Array<TownBusinessesDeleteFieldInput> | null | undefined;
  /** The `essStructures` relationships: related nodes to delete. */
  essStructures?: Array<TownEssStructuresDeleteFieldInput> | null | undefined;
  /** The `events` relationships: related nodes to delete. */
  events?: Array<TownEventsDeleteFieldInput> | null | undefined;
  /** The `neighbours` relationships: related nodes to delete. */
  neighbours?: Array<TownNeighboursDeleteFieldInput> | null | undefined;
  /** The `territory` relationships: related nodes to delete. */
  territory?: Array<TownTerritoryDeleteFieldInput> | null | undefined;
};

/** Relationships of a Town to remove, relationship field by field (the related nodes stay). */
export type TownDisconnectInput = {
  /** The `businesses` relationships: relationships to remove. */
  businesses?: Array<TownBusinessesDisconnectFieldInput> | null | undefined;
  /** The `essStructures` relationships: relationships to remove. */
  essStructures?: Array<TownEssStructuresDisconnectFieldInput> | null | undefined;
  /** The `events` relationships: relationships to remove. */
  events?: Array<TownEventsDisconnectFieldInput> | null | undefined;
  /** The `neighbours` relationships: relationships to remove. */
  neighbours?: Array<TownNeighboursDisconnectFieldInput> | null | undefined;
  /** The `territory` relationships: relationships to remove. */
  territory?: Array<TownTerritoryDisconnectFieldInput> | null | undefined;
};

/** Links a Town to existing nodes through `essStructures`: the nodes to connect (where), and the relationship properties. */
export type TownEssStructuresConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EssStructureConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EssStructureConnectWhere | null | undefined;
};

/** Filters Town nodes by aggregates over their `essStructures` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type TownEssStructuresConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<TownEssStructuresConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: TownEssStructuresConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TownEssStructuresConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: TownEssStructuresNodeAggregationWhereInput | null | undefined;
};

/** Filters Town nodes by their `essStructures` relationships: all, none, single or some of them must match. */
export type TownEssStructuresConnectionFilters = {
  /** Filter Towns by aggregating results on related TownEssStructuresConnections */
  aggregate?: TownEssStructuresConnectionAggregateInput | null | undefined;
  /** Return Towns where all of the related TownEssStructuresConnections match this filter */
  all?: TownEssStructuresConnectionWhere | null | undefined;
  /** Return Towns where none of the related TownEssStructuresConnections match this filter */
  none?: TownEssStructuresConnectionWhere | null | undefined;
  /** Return Towns where one of the related TownEssStructuresConnections match this filter */
  single?: TownEssStructuresConnectionWhere | null | undefined;
  /** Return Towns where some of the related TownEssStructuresConnections match this filter */
  some?: TownEssStructuresConnectionWhere | null | undefined;
};

/** Filters the `essStructures` relationships of a Town by the related node (node) and the relationship's properties (edge). */
export type TownEssStructuresConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<TownEssStructuresConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: TownEssStructuresConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TownEssStructuresConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: EssStructureWhere | null | undefined;
};

/** Creates a node and links it to a Town through `essStructures`, with the relationship properties. */
export type TownEssStructuresCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: EssStructureCreateInput;
};

/** Deletes nodes linked to a Town through `essStructures` that match `where`. */
export type TownEssStructuresDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EssStructureDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TownEssStructuresConnectionWhere | null | undefined;
};

/** Removes `essStructures` relationships of a Town that match `where` (the related nodes stay). */
export type TownEssStructuresDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EssStructureDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TownEssStructuresConnectionWhere | null | undefined;
};

/** The `essStructures` relationships of a new Town: nodes to create or existing nodes to connect. */
export type TownEssStructuresFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TownEssStructuresConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<TownEssStructuresCreateFieldInput> | null | undefined;
};

/** Filters Town nodes by aggregates of the properties of the nodes they reach through `essStructures`. */
export type TownEssStructuresNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<TownEssStructuresNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: TownEssStructuresNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TownEssStructuresNodeAggregationWhereInput> | null | undefined;
  /** Condition on `activity` (Readable activity label). */
  activity?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `address` (Street address). */
  address?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `description`. */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `foundedYear` (Year founded). */
  foundedYear?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `importSource` (Source, file and line of the import that last changed the record (e.g. "sirene: StockEtablissement.csv line 1234")). */
  importSource?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `importedAt` (When an open-data import (Sirene, RNA, CSV) last changed the record; null when none ever did). */
  importedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `nafCode`. */
  nafCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Official name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `postalCode` (Postal code). */
  postalCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `projectKind` (Kind of project in the programme's words, in French (e.g. épicerie solidaire, atelier vélo participatif)). */
  projectKind?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `rnaId` (RNA identifier (W + 9 digits) for associations). */
  rnaId?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siren`. */
  siren?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `siret`. */
  siret?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRange`. */
  staffRange?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `staffRangeLabel` (Readable staff range, in French as INSEE words it (e.g. "10 à 19 salariés")). */
  staffRangeLabel?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `website` (Website URL). */
  website?: StringScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Town's `essStructures` relationship. */
export type TownEssStructuresUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: EssStructureUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TownEssStructuresConnectionWhere | null | undefined;
};

/** Changes to the `essStructures` relationships of a Town: connect, create, update, disconnect or delete. */
export type TownEssStructuresUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TownEssStructuresConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<TownEssStructuresCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<TownEssStructuresDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<TownEssStructuresDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: TownEssStructuresUpdateConnectionInput | null | undefined;
};

/** Links a Town to existing nodes through `events`: the nodes to connect (where), and the relationship properties. */
export type TownEventsConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<EventConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: EventConnectWhere | null | undefined;
};

/** Filters Town nodes by aggregates over their `events` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type TownEventsConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<TownEventsConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: TownEventsConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TownEventsConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: TownEventsNodeAggregationWhereInput | null | undefined;
};

/** Filters Town nodes by their `events` relationships: all, none, single or some of them must match. */
export type TownEventsConnectionFilters = {
  /** Filter Towns by aggregating results on related TownEventsConnections */
  aggregate?: TownEventsConnectionAggregateInput | null | undefined;
  /** Return Towns where all of the related TownEventsConnections match this filter */
  all?: TownEventsConnectionWhere | null | undefined;
  /** Return Towns where none of the related TownEventsConnections match this filter */
  none?: TownEventsConnectionWhere | null | undefined;
  /** Return Towns where one of the related TownEventsConnections match this filter */
  single?: TownEventsConnectionWhere | null | undefined;
  /** Return Towns where some of the related TownEventsConnections match this filter */
  some?: TownEventsConnectionWhere | null | undefined;
};

/** Filters the `events` relationships of a Town by the related node (node) and the relationship's properties (edge). */
export type TownEventsConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<TownEventsConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: TownEventsConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TownEventsConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: EventWhere | null | undefined;
};

/** Creates a node and links it to a Town through `events`, with the relationship properties. */
export type TownEventsCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: EventCreateInput;
};

/** Deletes nodes linked to a Town through `events` that match `where`. */
export type TownEventsDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: EventDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TownEventsConnectionWhere | null | undefined;
};

/** Removes `events` relationships of a Town that match `where` (the related nodes stay). */
export type TownEventsDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: EventDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TownEventsConnectionWhere | null | undefined;
};

/** The `events` relationships of a new Town: nodes to create or existing nodes to connect. */
export type TownEventsFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TownEventsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<TownEventsCreateFieldInput> | null | undefined;
};

/** Filters Town nodes by aggregates of the properties of the nodes they reach through `events`. */
export type TownEventsNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<TownEventsNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: TownEventsNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TownEventsNodeAggregationWhereInput> | null | undefined;
  /** Condition on `businessParticipantCount` (Number of businesses that took part, as reported). */
  businessParticipantCount?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `description`. */
  description?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `essParticipantCount` (Number of ESS structures that took part, as reported). */
  essParticipantCount?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `place` (Place (venue)). */
  place?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `title`. */
  title?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  /** Condition on `updatedBy` (Who last edited the record through the API). */
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `year`. */
  year?: IntScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Town's `events` relationship. */
export type TownEventsUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: EventUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TownEventsConnectionWhere | null | undefined;
};

/** Changes to the `events` relationships of a Town: connect, create, update, disconnect or delete. */
export type TownEventsUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TownEventsConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<TownEventsCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<TownEventsDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<TownEventsDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: TownEventsUpdateConnectionInput | null | undefined;
};

/** Links a Town to existing nodes through `neighbours`: the nodes to connect (where), and the relationship properties. */
export type TownNeighboursConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TownConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TownConnectWhere | null | undefined;
};

/** Filters Town nodes by aggregates over their `neighbours` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type TownNeighboursConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<TownNeighboursConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: TownNeighboursConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TownNeighboursConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: TownNeighboursNodeAggregationWhereInput | null | undefined;
};

/** Filters Town nodes by their `neighbours` relationships: all, none, single or some of them must match. */
export type TownNeighboursConnectionFilters = {
  /** Filter Towns by aggregating results on related TownNeighboursConnections */
  aggregate?: TownNeighboursConnectionAggregateInput | null | undefined;
  /** Return Towns where all of the related TownNeighboursConnections match this filter */
  all?: TownNeighboursConnectionWhere | null | undefined;
  /** Return Towns where none of the related TownNeighboursConnections match this filter */
  none?: TownNeighboursConnectionWhere | null | undefined;
  /** Return Towns where one of the related TownNeighboursConnections match this filter */
  single?: TownNeighboursConnectionWhere | null | undefined;
  /** Return Towns where some of the related TownNeighboursConnections match this filter */
  some?: TownNeighboursConnectionWhere | null | undefined;
};

/** Filters the `neighbours` relationships of a Town by the related node (node) and the relationship's properties (edge). */
export type TownNeighboursConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<TownNeighboursConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: TownNeighboursConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TownNeighboursConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: TownWhere | null | undefined;
};

/** Creates a node and links it to a Town through `neighbours`, with the relationship properties. */
export type TownNeighboursCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: TownCreateInput;
};

/** Deletes nodes linked to a Town through `neighbours` that match `where`. */
export type TownNeighboursDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: TownDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TownNeighboursConnectionWhere | null | undefined;
};

/** Removes `neighbours` relationships of a Town that match `where` (the related nodes stay). */
export type TownNeighboursDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: TownDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TownNeighboursConnectionWhere | null | undefined;
};

/** The `neighbours` relationships of a new Town: nodes to create or existing nodes to connect. */
export type TownNeighboursFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TownNeighboursConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<TownNeighboursCreateFieldInput> | null | undefined;
};

/** Filters Town nodes by aggregates of the properties of the nodes they reach through `neighbours`. */
export type TownNeighboursNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<TownNeighboursNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: TownNeighboursNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TownNeighboursNodeAggregationWhereInput> | null | undefined;
  /** Condition on `inseeCode` (Official INSEE code (code officiel géographique), e.g. 94028). */
  inseeCode?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Official name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `population` (Municipal population (etalab)). */
  population?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Town's `neighbours` relationship. */
export type TownNeighboursUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: TownUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TownNeighboursConnectionWhere | null | undefined;
};

/** Changes to the `neighbours` relationships of a Town: connect, create, update, disconnect or delete. */
export type TownNeighboursUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TownNeighboursConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<TownNeighboursCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<TownNeighboursDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<TownNeighboursDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: TownNeighboursUpdateConnectionInput | null | undefined;
};

/** Filters on a list of related Town nodes: all, none, single or some of them must match. */
export type TownRelationshipFilters = {
  /** Filter type where all of the related Towns match this filter */
  all?: TownWhere | null | undefined;
  /** Filter type where none of the related Towns match this filter */
  none?: TownWhere | null | undefined;
  /** Filter type where one of the related Towns match this filter */
  single?: TownWhere | null | undefined;
  /** Filter type where some of the related Towns match this filter */
  some?: TownWhere | null | undefined;
};

/** Links a Town to existing nodes through `territory`: the nodes to connect (where), and the relationship properties. */
export type TownTerritoryConnectFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TerritoryConnectInput> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TerritoryConnectWhere | null | undefined;
};

/** Filters Town nodes by aggregates over their `territory` relationships: count, and properties of the related nodes (node) and of the relationships (edge). */
export type TownTerritoryConnectionAggregateInput = {
  /** All of these conditions must hold. */
  AND?: Array<TownTerritoryConnectionAggregateInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: TownTerritoryConnectionAggregateInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TownTerritoryConnectionAggregateInput> | null | undefined;
  /** Number of matching items. */
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  /** The node. */
  node?: TownTerritoryNodeAggregationWhereInput | null | undefined;
};

/** Filters Town nodes by their `territory` relationships: all, none, single or some of them must match. */
export type TownTerritoryConnectionFilters = {
  /** Filter Towns by aggregating results on related TownTerritoryConnections */
  aggregate?: TownTerritoryConnectionAggregateInput | null | undefined;
  /** Return Towns where all of the related TownTerritoryConnections match this filter */
  all?: TownTerritoryConnectionWhere | null | undefined;
  /** Return Towns where none of the related TownTerritoryConnections match this filter */
  none?: TownTerritoryConnectionWhere | null | undefined;
  /** Return Towns where one of the related TownTerritoryConnections match this filter */
  single?: TownTerritoryConnectionWhere | null | undefined;
  /** Return Towns where some of the related TownTerritoryConnections match this filter */
  some?: TownTerritoryConnectionWhere | null | undefined;
};

/** Filters the `territory` relationships of a Town by the related node (node) and the relationship's properties (edge). */
export type TownTerritoryConnectionWhere = {
  /** All of these conditions must hold. */
  AND?: Array<TownTerritoryConnectionWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: TownTerritoryConnectionWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TownTerritoryConnectionWhere> | null | undefined;
  /** The relationship's properties. */
  edge?: ProvenanceWhere | null | undefined;
  /** The node. */
  node?: TerritoryWhere | null | undefined;
};

/** Creates a node and links it to a Town through `territory`, with the relationship properties. */
export type TownTerritoryCreateFieldInput = {
  /** The relationship's properties. */
  edge?: ProvenanceCreateInput | null | undefined;
  /** The node. */
  node: TerritoryCreateInput;
};

/** Deletes nodes linked to a Town through `territory` that match `where`. */
export type TownTerritoryDeleteFieldInput = {
  /** Related nodes to delete. */
  delete?: TerritoryDeleteInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TownTerritoryConnectionWhere | null | undefined;
};

/** Removes `territory` relationships of a Town that match `where` (the related nodes stay). */
export type TownTerritoryDisconnectFieldInput = {
  /** Relationships to remove (the related nodes stay). */
  disconnect?: TerritoryDisconnectInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TownTerritoryConnectionWhere | null | undefined;
};

/** The `territory` relationships of a new Town: nodes to create or existing nodes to connect. */
export type TownTerritoryFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TownTerritoryConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<TownTerritoryCreateFieldInput> | null | undefined;
};

/** Filters Town nodes by aggregates of the properties of the nodes they reach through `territory`. */
export type TownTerritoryNodeAggregationWhereInput = {
  /** All of these conditions must hold. */
  AND?: Array<TownTerritoryNodeAggregationWhereInput> | null | undefined;
  /** This condition must not hold. */
  NOT?: TownTerritoryNodeAggregationWhereInput | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TownTerritoryNodeAggregationWhereInput> | null | undefined;
  /** Condition on `code`. */
  code?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `name` (Official name). */
  name?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `population` (Municipal population (etalab)). */
  population?: IntScalarAggregationFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarAggregationFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

/** Changes to the related node and the relationship properties of a Town's `territory` relationship. */
export type TownTerritoryUpdateConnectionInput = {
  /** The relationship's properties. */
  edge?: ProvenanceUpdateInput | null | undefined;
  /** The node. */
  node?: TerritoryUpdateInput | null | undefined;
  /** Filter: only the items matching it. */
  where?: TownTerritoryConnectionWhere | null | undefined;
};

/** Changes to the `territory` relationships of a Town: connect, create, update, disconnect or delete. */
export type TownTerritoryUpdateFieldInput = {
  /** Existing nodes to link, with the relationship properties. */
  connect?: Array<TownTerritoryConnectFieldInput> | null | undefined;
  /** Nodes to create and link, with the relationship properties. */
  create?: Array<TownTerritoryCreateFieldInput> | null | undefined;
  /** Related nodes to delete. */
  delete?: Array<TownTerritoryDeleteFieldInput> | null | undefined;
  /** Relationships to remove (the related nodes stay). */
  disconnect?: Array<TownTerritoryDisconnectFieldInput> | null | undefined;
  /** Changes to make. */
  update?: TownTerritoryUpdateConnectionInput | null | undefined;
};

/** Changes to a Town: properties to set, relationships to connect, create, update, disconnect or delete. */
export type TownUpdateInput = {
  /** The `businesses` relationships: changes to make. */
  businesses?: Array<TownBusinessesUpdateFieldInput> | null | undefined;
  /** The `essStructures` relationships: changes to make. */
  essStructures?: Array<TownEssStructuresUpdateFieldInput> | null | undefined;
  /** The `events` relationships: changes to make. */
  events?: Array<TownEventsUpdateFieldInput> | null | undefined;
  /** New value of `inseeCode` (Official INSEE code (code officiel géographique), e.g. 94028): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  inseeCode?: StringScalarMutations | null | undefined;
  /** New value of `location` (Centroid of the town's boundary (WGS84)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  location?: PointMutations | null | undefined;
  /** New value of `name` (Official name): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  name?: StringScalarMutations | null | undefined;
  /** The `neighbours` relationships: changes to make. */
  neighbours?: Array<TownNeighboursUpdateFieldInput> | null | undefined;
  /** New value of `population` (Municipal population (etalab)): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  population?: IntScalarMutations | null | undefined;
  /** New value of `postalCodes` (Postal codes): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  postalCodes?: ListStringMutations | null | undefined;
  /** New value of `source` (Where the record comes from): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  source?: StringScalarMutations | null | undefined;
  /** New value of `sourceKind` (Kind of source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceKind?: SourceKindEnumScalarMutations | null | undefined;
  /** New value of `sourceRef` (Reference inside the source): set it, or for numbers and lists change it (add, subtract, push, pop…). */
  sourceRef?: StringScalarMutations | null | undefined;
  /** The `territory` relationships: changes to make. */
  territory?: Array<TownTerritoryUpdateFieldInput> | null | undefined;
};

/** Filters Town nodes: conditions on their properties and relationships, combined with AND, OR and NOT. */
export type TownWhere = {
  /** All of these conditions must hold. */
  AND?: Array<TownWhere> | null | undefined;
  /** This condition must not hold. */
  NOT?: TownWhere | null | undefined;
  /** At least one of these conditions must hold. */
  OR?: Array<TownWhere> | null | undefined;
  /** Condition on the nodes related through `businesses`. */
  businesses?: BusinessRelationshipFilters | null | undefined;
  /** Condition on the `businesses` relationships (related node and relationship properties). */
  businessesConnection?: TownBusinessesConnectionFilters | null | undefined;
  /** Condition on the nodes related through `essStructures`. */
  essStructures?: EssStructureRelationshipFilters | null | undefined;
  /** Condition on the `essStructures` relationships (related node and relationship properties). */
  essStructuresConnection?: TownEssStructuresConnectionFilters | null | undefined;
  /** Condition on the nodes related through `events`. */
  events?: EventRelationshipFilters | null | undefined;
  /** Condition on the `events` relationships (related node and relationship properties). */
  eventsConnection?: TownEventsConnectionFilters | null | undefined;
  /** Condition on `inseeCode` (Official INSEE code (code officiel géographique), e.g. 94028). */
  inseeCode?: StringScalarFilters | null | undefined;
  /** Condition on `location` (Centroid of the town's boundary (WGS84)). */
  location?: PointFilters | null | undefined;
  /** Condition on `name` (Official name). */
  name?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `neighbours`. */
  neighbours?: TownRelationshipFilters | null | undefined;
  /** Condition on the `neighbours` relationships (related node and relationship properties). */
  neighboursConnection?: TownNeighboursConnectionFilters | null | undefined;
  /** Condition on `population` (Municipal population (etalab)). */
  population?: IntScalarFilters | null | undefined;
  /** Condition on `postalCodes` (Postal codes). */
  postalCodes?: StringListFilters | null | undefined;
  /** Condition on `source` (Where the record comes from). */
  source?: StringScalarFilters | null | undefined;
  /** Condition on `sourceKind` (Kind of source). */
  sourceKind?: SourceKindEnumScalarFilters | null | undefined;
  /** Condition on `sourceRef` (Reference inside the source). */
  sourceRef?: StringScalarFilters | null | undefined;
  /** Condition on the nodes related through `territory`. */
  territory?: TerritoryRelationshipFilters | null | undefined;
  /** Condition on the `territory` relationships (related node and relationship properties). */
  territoryConnection?: TownTerritoryConnectionFilters | null | undefined;
  /** Condition on `updatedAt` (When the record was last written). */
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

export type NeedFieldsFragment = { __typename: 'ResourceNeed', id: string, title: string, kind: ResourceKind, description: string | null, frequency: string | null, status: ResourceStatus };

export type OfferFieldsFragment = { __typename: 'ResourceOffer', id: string, title: string, kind: ResourceKind, description: string | null, availability: string | null, status: ResourceStatus };

export type EssStructureRecordFragment = { __typename: 'EssStructure', id: string, name: string, description: string | null, website: string | null, updatedBy: string | null, updatedAt: string, legalForm: LegalForm | null, stage: Stage | null, activity: string | null, siret: string | null, rnaId: string | null, address: string | null, postalCode: string | null, foundedYear: number | null, location: { __typename: 'Point', latitude: number, longitude: number } | null, themes: Array<{ __typename: 'Theme', code: string }>, town: Array<{ __typename: 'Town', inseeCode: string }> };

export type BusinessRecordFragment = { __typename: 'Business', id: string, name: string, description: string | null, website: string | null, updatedBy: string | null, updatedAt: string, activity: string | null, siret: string | null, address: string | null, postalCode: string | null, location: { __typename: 'Point', latitude: number, longitude: number } | null, themes: Array<{ __typename: 'Theme', code: string }>, town: Array<{ __typename: 'Town', inseeCode: string }> };

export type FinancerRecordFragment = { __typename: 'Financer', id: string, name: string, description: string | null, website: string | null, updatedBy: string | null, updatedAt: string, location: { __typename: 'Point', latitude: number, longitude: number } | null, themes: Array<{ __typename: 'Theme', code: string }> };

export type SupportProviderRecordFragment = { __typename: 'SupportProvider', id: string, name: string, description: string | null, website: string | null, updatedBy: string | null, updatedAt: string, location: { __typename: 'Point', latitude: number, longitude: number } | null, themes: Array<{ __typename: 'Theme', code: string }> };

export type ResearchUnitRecordFragment = { __typename: 'ResearchUnit', id: string, name: string, description: string | null, website: string | null, updatedBy: string | null, updatedAt: string, location: { __typename: 'Point', latitude: number, longitude: number } | null, themes: Array<{ __typename: 'Theme', code: string }> };

export type EditableEssStructureQueryVariables = Exact<{
  id: string | number;
}>;


export type EditableEssStructureQuery = { essStructures: Array<{ __typename: 'EssStructure', id: string, name: string, description: string | null, website: string | null, updatedBy: string | null, updatedAt: string, legalForm: LegalForm | null, stage: Stage | null, activity: string | null, siret: string | null, rnaId: string | null, address: string | null, postalCode: string | null, foundedYear: number | null, essPartnersConnection: { __typename: 'EssStructureEssPartnersConnection', edges: Array<{ __typename: 'EssStructureEssPartnersRelationship', properties: { __typename: 'Partnership', kind: PartnershipKind, since: number | null }, node: { __typename: 'EssStructure', id: string, name: string } }> }, businessPartnersConnection: { __typename: 'EssStructureBusinessPartnersConnection', edges: Array<{ __typename: 'EssStructureBusinessPartnersRelationship', properties: { __typename: 'Partnership', kind: PartnershipKind, since: number | null }, node: { __typename: 'Business', id: string, name: string } }> }, memberOfConnection: { __typename: 'EssStructureMemberOfConnection', edges: Array<{ __typename: 'EssStructureMemberOfRelationship', properties: { __typename: 'Membership', since: number | null }, node: { __typename: 'SupportProvider', id: string, name: string } }> }, needs: Array<{ __typename: 'ResourceNeed', id: string, title: string, kind: ResourceKind, description: string | null, frequency: string | null, status: ResourceStatus }>, offers: Array<{ __typename: 'ResourceOffer', id: string, title: string, kind: ResourceKind, description: string | null, availability: string | null, status: ResourceStatus }>, location: { __typename: 'Point', latitude: number, longitude: number } | null, themes: Array<{ __typename: 'Theme', code: string }>, town: Array<{ __typename: 'Town', inseeCode: string }> }> };

export type EditableBusinessQueryVariables = Exact<{
  id: string | number;
}>;


export type EditableBusinessQuery = { businesses: Array<{ __typename: 'Business', id: string, name: string, description: string | null, website: string | null, updatedBy: string | null, updatedAt: string, activity: string | null, siret: string | null, address: string | null, postalCode: string | null, essPartnersConnection: { __typename: 'BusinessEssPartnersConnection', edges: Array<{ __typename: 'BusinessEssPartnersRelationship', properties: { __typename: 'Partnership', kind: PartnershipKind, since: number | null }, node: { __typename: 'EssStructure', id: string, name: string } }> }, offers: Array<{ __typename: 'ResourceOffer', id: string, title: string, kind: ResourceKind, description: string | null, availability: string | null, status: ResourceStatus }>, location: { __typename: 'Point', latitude: number, longitude: number } | null, themes: Array<{ __typename: 'Theme', code: string }>, town: Array<{ __typename: 'Town', inseeCode: string }> }> };

export type EditableFinancerQueryVariables = Exact<{
  id: string | number;
}>;


export type EditableFinancerQuery = { financers: Array<{ __typename: 'Financer', id: string, name: string, description: string | null, website: string | null, updatedBy: string | null, updatedAt: string, location: { __typename: 'Point', latitude: number, longitude: number } | null, themes: Array<{ __typename: 'Theme', code: string }> }> };

export type EditableSupportProviderQueryVariables = Exact<{
  id: string | number;
}>;


export type EditableSupportProviderQuery = { supportProviders: Array<{ __typename: 'SupportProvider', id: string, name: string, description: string | null, website: string | null, updatedBy: string | null, updatedAt: string, membersConnection: { __typename: 'SupportProviderMembersConnection', edges: Array<{ __typename: 'SupportProviderMembersRelationship', properties: { __typename: 'Membership', since: number | null }, node: { __typename: 'EssStructure', id: string, name: string } }> }, location: { __typename: 'Point', latitude: number, longitude: number } | null, themes: Array<{ __typename: 'Theme', code: string }> }> };

export type EditableResearchUnitQueryVariables = Exact<{
  id: string | number;
}>;


export type EditableResearchUnitQuery = { researchUnits: Array<{ __typename: 'ResearchUnit', id: string, name: string, description: string | null, website: string | null, updatedBy: string | null, updatedAt: string, location: { __typename: 'Point', latitude: number, longitude: number } | null, themes: Array<{ __typename: 'Theme', code: string }> }> };

export type UpdateEssStructureMutationVariables = Exact<{
  id: string | number;
  update: EssStructureUpdateInput;
}>;


export type UpdateEssStructureMutation = { updateEssStructures: { __typename: 'UpdateEssStructuresMutationResponse', essStructures: Array<{ __typename: 'EssStructure', id: string, name: string, description: string | null, website: string | null, updatedBy: string | null, updatedAt: string, legalForm: LegalForm | null, stage: Stage | null, activity: string | null, siret: string | null, rnaId: string | null, address: string | null, postalCode: string | null, foundedYear: number | null, location: { __typename: 'Point', latitude: number, longitude: number } | null, themes: Array<{ __typename: 'Theme', code: string }>, town: Array<{ __typename: 'Town', inseeCode: string }> }> } };

export type UpdateBusinessMutationVariables = Exact<{
  id: string | number;
  update: BusinessUpdateInput;
}>;


export type UpdateBusinessMutation = { updateBusinesses: { __typename: 'UpdateBusinessesMutationResponse', businesses: Array<{ __typename: 'Business', id: string, name: string, description: string | null, website: string | null, updatedBy: string | null, updatedAt: string, activity: string | null, siret: string | null, address: string | null, postalCode: string | null, location: { __typename: 'Point', latitude: number, longitude: number } | null, themes: Array<{ __typename: 'Theme', code: string }>, town: Array<{ __typename: 'Town', inseeCode: string }> }> } };

export type UpdateFinancerMutationVariables = Exact<{
  id: string | number;
  update: FinancerUpdateInput;
}>;


export type UpdateFinancerMutation = { updateFinancers: { __typename: 'UpdateFinancersMutationResponse', financers: Array<{ __typename: 'Financer', id: string, name: string, description: string | null, website: string | null, updatedBy: string | null, updatedAt: string, location: { __typename: 'Point', latitude: number, longitude: number } | null, themes: Array<{ __typename: 'Theme', code: string }> }> } };

export type UpdateSupportProviderMutationVariables = Exact<{
  id: string | number;
  update: SupportProviderUpdateInput;
}>;


export type UpdateSupportProviderMutation = { updateSupportProviders: { __typename: 'UpdateSupportProvidersMutationResponse', supportProviders: Array<{ __typename: 'SupportProvider', id: string, name: string, description: string | null, website: string | null, updatedBy: string | null, updatedAt: string, location: { __typename: 'Point', latitude: number, longitude: number } | null, themes: Array<{ __typename: 'Theme', code: string }> }> } };

export type UpdateResearchUnitMutationVariables = Exact<{
  id: string | number;
  update: ResearchUnitUpdateInput;
}>;


export type UpdateResearchUnitMutation = { updateResearchUnits: { __typename: 'UpdateResearchUnitsMutationResponse', researchUnits: Array<{ __typename: 'ResearchUnit', id: string, name: string, description: string | null, website: string | null, updatedBy: string | null, updatedAt: string, location: { __typename: 'Point', latitude: number, longitude: number } | null, themes: Array<{ __typename: 'Theme', code: string }> }> } };

export type CreateEssStructureMutationVariables = Exact<{
  input: Array<EssStructureCreateInput> | EssStructureCreateInput;
}>;


export type CreateEssStructureMutation = { created: { __typename: 'CreateEssStructuresMutationResponse', organisations: Array<{ __typename: 'EssStructure', id: string, name: string }> } };

export type CreateBusinessMutationVariables = Exact<{
  input: Array<BusinessCreateInput> | BusinessCreateInput;
}>;


export type CreateBusinessMutation = { created: { __typename: 'CreateBusinessesMutationResponse', organisations: Array<{ __typename: 'Business', id: string, name: string }> } };

export type CreateFinancerMutationVariables = Exact<{
  input: Array<FinancerCreateInput> | FinancerCreateInput;
}>;


export type CreateFinancerMutation = { created: { __typename: 'CreateFinancersMutationResponse', organisations: Array<{ __typename: 'Financer', id: string, name: string }> } };

export type CreateSupportProviderMutationVariables = Exact<{
  input: Array<SupportProviderCreateInput> | SupportProviderCreateInput;
}>;


export type CreateSupportProviderMutation = { created: { __typename: 'CreateSupportProvidersMutationResponse', organisations: Array<{ __typename: 'SupportProvider', id: string, name: string }> } };

export type CreateResearchUnitMutationVariables = Exact<{
  input: Array<ResearchUnitCreateInput> | ResearchUnitCreateInput;
}>;


export type CreateResearchUnitMutation = { created: { __typename: 'CreateResearchUnitsMutationResponse', organisations: Array<{ __typename: 'ResearchUnit', id: string, name: string }> } };

export type EditingThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type EditingThemesQuery = { themes: Array<{ __typename: 'Theme', code: string, labelFr: string, labelEn: string }> };

export type UpdateNeedMutationVariables = Exact<{
  id: string | number;
  update: ResourceNeedUpdateInput;
}>;


export type UpdateNeedMutation = { updateResourceNeeds: { __typename: 'UpdateResourceNeedsMutationResponse', resourceNeeds: Array<{ __typename: 'ResourceNeed', id: string, title: string, kind: ResourceKind, description: string | null, frequency: string | null, status: ResourceStatus }> } };

export type UpdateOfferMutationVariables = Exact<{
  id: string | number;
  update: ResourceOfferUpdateInput;
}>;


export type UpdateOfferMutation = { updateResourceOffers: { __typename: 'UpdateResourceOffersMutationResponse', resourceOffers: Array<{ __typename: 'ResourceOffer', id: string, title: string, kind: ResourceKind, description: string | null, availability: string | null, status: ResourceStatus }> } };

export type FindOrganisationsQueryVariables = Exact<{
  phrase: string;
}>;


export type FindOrganisationsQuery = { searchEssStructures: { __typename: 'EssStructuresIndexConnection', edges: Array<{ __typename: 'EssStructureIndexEdge', node: { __typename: 'EssStructure', id: string, name: string, town: Array<{ __typename: 'Town', name: string }> } }> }, searchBusinesses: { __typename: 'BusinessesIndexConnection', edges: Array<{ __typename: 'BusinessIndexEdge', node: { __typename: 'Business', id: string, name: string, town: Array<{ __typename: 'Town', name: string }> } }> }, searchSupportProviders: { __typename: 'SupportProvidersIndexConnection', edges: Array<{ __typename: 'SupportProviderIndexEdge', node: { __typename: 'SupportProvider', id: string, name: string } }> } };

export type RecordedOpportunitiesQueryVariables = Exact<{
  kind?: OpportunityKind | null | undefined;
  mine: boolean;
  inseeCode?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  limit: number;
}>;


export type RecordedOpportunitiesQuery = { recordedOpportunities: Array<{ __typename: 'RecordedOpportunity', id: string, kind: OpportunityKind, status: OpportunityStatus, score: number | null, updatedAt: string | null, nextFollowUp: string | null, declineReason: string | null, declineReasonKind: DeclineReasonKind | null, members: Array<{ __typename: 'OpportunityMember', id: string, name: string, kind: string, inseeCode: string | null, illustrative: boolean }>, history: Array<{ __typename: 'OpportunityStep', status: OpportunityStatus, previous: OpportunityStatus | null, at: string, by: string, note: string | null, reason: string | null, reasonKind: DeclineReasonKind | null, nextFollowUp: string | null }> }> };

export type RecordContactMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
  nextFollowUp?: string | null | undefined;
}>;


export type RecordContactMutation = { markOpportunityContacted: { __typename: 'Opportunity', id: string, status: OpportunityStatus } };

export type AcceptOpportunityMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type AcceptOpportunityMutation = { acceptOpportunity: { __typename: 'Opportunity', id: string, status: OpportunityStatus } };

export type DeclineOpportunityMutationVariables = Exact<{
  id: string | number;
  reason: string;
  reasonKind?: DeclineReasonKind | null | undefined;
}>;


export type DeclineOpportunityMutation = { declineOpportunity: { __typename: 'Opportunity', id: string, status: OpportunityStatus } };

export type UndoOpportunityStepMutationVariables = Exact<{
  id: string | number;
}>;


export type UndoOpportunityStepMutation = { undoOpportunityStep: { __typename: 'UndoneStep', id: string, opportunity: { __typename: 'Opportunity', id: string, status: OpportunityStatus } | null } };

export type OutcomesByPeriodQueryVariables = Exact<{
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
}>;


export type OutcomesByPeriodQuery = { current: { __typename: 'OpportunityOutcomes', recorded: number, contacted: number, accepted: number, declined: number, byKind: Array<{ __typename: 'KindOutcomes', kind: OpportunityKind, contacted: number, accepted: number, declined: number, recorded: number }> }, previous: { __typename: 'OpportunityOutcomes', recorded: number, contacted: number, accepted: number, declined: number } };

export type SuggestedOpportunitiesQueryVariables = Exact<{
  inseeCode?: string | null | undefined;
  kind?: OpportunityKind | null | undefined;
  limit: number;
}>;


export type SuggestedOpportunitiesQuery = { opportunities: Array<{ __typename: 'Opportunity', id: string, kind: OpportunityKind, status: OpportunityStatus, members: Array<{ __typename: 'OpportunityMember', id: string, name: string, kind: string, inseeCode: string | null, illustrative: boolean }> }> };

export type GraphNodeFieldsFragment = { __typename: 'GraphNode', id: string, type: string, name: string, inseeCode: string | null, legalForm: string | null, latitude: number | null, longitude: number | null, geoPrecision: string | null, illustrative: boolean, degree: number };

export type GraphViewFieldsFragment = { __typename: 'GraphView', truncated: boolean, nodes: Array<{ __typename: 'GraphNode', id: string, type: string, name: string, inseeCode: string | null, legalForm: string | null, latitude: number | null, longitude: number | null, geoPrecision: string | null, illustrative: boolean, degree: number }>, edges: Array<{ __typename: 'GraphEdge', id: string, source: string, target: string, type: string, kind: string | null, since: number | null }> };

export type CooperationGraphQueryVariables = Exact<{
  inseeCode?: string | null | undefined;
  theme?: string | null | undefined;
  types?: Array<string> | string | null | undefined;
  limit: number;
}>;


export type CooperationGraphQuery = { cooperationGraph: { __typename: 'GraphView', truncated: boolean, nodes: Array<{ __typename: 'GraphNode', id: string, type: string, name: string, inseeCode: string | null, legalForm: string | null, latitude: number | null, longitude: number | null, geoPrecision: string | null, illustrative: boolean, degree: number }>, edges: Array<{ __typename: 'GraphEdge', id: string, source: string, target: string, type: string, kind: string | null, since: number | null }> } };

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
}>;


export type NeighbourhoodQuery = { neighbourhood: { __typename: 'GraphView', truncated: boolean, nodes: Array<{ __typename: 'GraphNode', id: string, type: string, name: string, inseeCode: string | null, legalForm: string | null, latitude: number | null, longitude: number | null, geoPrecision: string | null, illustrative: boolean, degree: number }>, edges: Array<{ __typename: 'GraphEdge', id: string, source: string, target: string, type: string, kind: string | null, since: number | null }> } };

export type TerritoryQueryVariables = Exact<{ [key: string]: never; }>;


export type TerritoryQuery = { territory: { __typename: 'TerritoryOverview', name: string, towns: Array<{ __typename: 'TownCount', inseeCode: string, name: string, essStructures: number, businesses: number }>, themes: Array<{ __typename: 'ThemeCount', code: string, labelFr: string, labelEn: string, essStructures: number }> } };

export type SearchQueryVariables = Exact<{
  phrase: string;
}>;


export type SearchQuery = { searchEssStructures: { __typename: 'EssStructuresIndexConnection', edges: Array<{ __typename: 'EssStructureIndexEdge', score: number, node: { __typename: 'EssStructure', id: string, name: string } }> }, searchBusinesses: { __typename: 'BusinessesIndexConnection', edges: Array<{ __typename: 'BusinessIndexEdge', score: number, node: { __typename: 'Business', id: string, name: string } }> } };

export type DetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type DetailsQuery = { essStructures: Array<{ __typename: 'EssStructure', id: string, description: string | null, website: string | null, source: string, sourceKind: SourceKind, sourceRef: string | null, updatedAt: string, updatedBy: string | null }>, businesses: Array<{ __typename: 'Business', id: string, description: string | null, website: string | null, source: string, sourceKind: SourceKind, sourceRef: string | null, updatedAt: string, updatedBy: string | null }>, financers: Array<{ __typename: 'Financer', id: string, description: string | null, website: string | null, source: string, sourceKind: SourceKind, sourceRef: string | null, updatedAt: string, updatedBy: string | null }>, supportProviders: Array<{ __typename: 'SupportProvider', id: string, description: string | null, website: string | null, source: string, sourceKind: SourceKind, sourceRef: string | null, updatedAt: string, updatedBy: string | null }>, researchUnits: Array<{ __typename: 'ResearchUnit', id: string, description: string | null, website: string | null, source: string, sourceKind: SourceKind, sourceRef: string | null, updatedAt: string, updatedBy: string | null }>, events: Array<{ __typename: 'Event', id: string, description: string | null, source: string, sourceKind: SourceKind, sourceRef: string | null, updatedAt: string, updatedBy: string | null }>, sharedResources: Array<{ __typename: 'SharedResource', id: string, description: string | null, source: string, sourceKind: SourceKind, sourceRef: string | null, updatedAt: string, updatedBy: string | null }>, callsForProjects: Array<{ __typename: 'CallForProjects', id: string, source: string, sourceKind: SourceKind, sourceRef: string | null, updatedAt: string, updatedBy: string | null }> };

export type OpportunityFieldsFragment = { __typename: 'Opportunity', id: string, kind: OpportunityKind, score: number, status: OpportunityStatus, explanation: Array<string>, members: Array<{ __typename: 'OpportunityMember', id: string, name: string, kind: string, inseeCode: string | null, illustrative: boolean }> };

export type OpportunitiesQueryVariables = Exact<{
  kind?: OpportunityKind | null | undefined;
  inseeCode?: string | null | undefined;
  theme?: string | null | undefined;
  organisationId?: string | number | null | undefined;
  language: Language;
  limit: number;
  offset: number;
  order: OpportunityOrder;
}>;


export type OpportunitiesQuery = { opportunities: Array<{ __typename: 'Opportunity', id: string, kind: OpportunityKind, score: number, status: OpportunityStatus, explanation: Array<string>, members: Array<{ __typename: 'OpportunityMember', id: string, name: string, kind: string, inseeCode: string | null, illustrative: boolean }> }> };

export type OpportunityCountsQueryVariables = Exact<{
  inseeCode?: string | null | undefined;
  theme?: string | null | undefined;
  organisationId?: string | number | null | undefined;
}>;


export type OpportunityCountsQuery = { opportunityCounts: Array<{ __typename: 'OpportunityKindCount', kind: OpportunityKind, count: number, atLeast: boolean }> };

export type OrganisationNodesQueryVariables = Exact<{
  inseeCode?: string | null | undefined;
  theme?: string | null | undefined;
  types?: Array<string> | string | null | undefined;
  limit: number;
}>;


export type OrganisationNodesQuery = { cooperationGraph: { __typename: 'GraphView', truncated: boolean, nodes: Array<{ __typename: 'GraphNode', id: string, type: string, name: string, inseeCode: string | null, legalForm: string | null, latitude: number | null, longitude: number | null, geoPrecision: string | null, illustrative: boolean, degree: number }> } };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { territory: { __typename: 'TerritoryOverview', name: string, population: number | null, programme: { __typename: 'ProgrammeFigures', id: string, name: string, annualBudgetEur: number | null, budgetNote: string | null, essJobsSharePct: number | null, essPrivateJobsSharePct: number | null, essEnterprisesSharePct: number | null, source: string, sourceRef: string | null } | null, counts: { __typename: 'TerritoryCounts', towns: number, essStructures: number, illustrativeEssStructures: number, businesses: number, financers: number, supportProviders: number, researchUnits: number, openNeeds: number, openOffers: number, sharedResources: number, events: number, callEditions: number }, towns: Array<{ __typename: 'TownCount', inseeCode: string, name: string, essStructures: number, illustrativeEssStructures: number, businesses: number }>, legalForms: Array<{ __typename: 'LegalFormCount', legalForm: string | null, count: number }> }, programmes: Array<{ __typename: 'Programme', id: string, axes: Array<{ __typename: 'ProgrammeAxis', id: string, number: number, title: string, titleEn: string, description: string | null, actions: Array<{ __typename: 'ProgrammeAction', id: string, title: string, titleEn: string, description: string | null, sinceYear: number | null, facts: Array<string> }> }> }>, callsForProjects: Array<{ __typename: 'CallForProjects', id: string, year: number, title: string, envelopeEur: number | null, patShareEur: number | null, laureateCount: number | null, ceremonyDate: string | null, ceremonyPlace: string | null, source: string, laureatesConnection: { __typename: 'CallForProjectsLaureatesConnection', edges: Array<{ __typename: 'CallForProjectsLaureatesRelationship', properties: { __typename: 'Laureate', amountEur: number | null }, node: { __typename: 'EssStructure', id: string, name: string, sourceKind: SourceKind } }> } }>, events: Array<{ __typename: 'Event', id: string, title: string, year: number | null, date: string | null, place: string | null, description: string | null, essParticipantCount: number | null, businessParticipantCount: number | null, source: string }>, supportProviders: Array<{ __typename: 'SupportProvider', id: string, stagesServed: Array<Stage>, supportedConnection: { __typename: 'SupportProviderSupportedConnection', edges: Array<{ __typename: 'SupportProviderSupportedRelationship', properties: { __typename: 'Support', stage: Stage, until: number | null } }> } }>, opportunityOutcomes: { __typename: 'OpportunityOutcomes', recorded: number, contacted: number, accepted: number, declined: number, byKind: Array<{ __typename: 'KindOutcomes', kind: OpportunityKind, contacted: number, accepted: number, declined: number, recorded: number }> } };

export type VersionQueryVariables = Exact<{ [key: string]: never; }>;


export type VersionQuery = { version: { __typename: 'ApiVersion', api: string, schema: string } };

export type DataStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type DataStatusQuery = { dataStatus: { __typename: 'DataStatus', organisations: number, illustrativeOrganisations: number, importedOrganisations: number, hideIllustrativeByDefault: boolean, sourceKinds: Array<{ __typename: 'SourceKindStatus', sourceKind: string, organisations: number, relationships: number, lastChange: string | null }>, lastImports: Array<{ __typename: 'ImportStatus', source: string, at: string, created: number, updated: number }> } };

export type ImportRunsQueryVariables = Exact<{
  year: number;
}>;


export type ImportRunsQuery = { dataStatus: { __typename: 'DataStatus', importRuns: Array<{ __typename: 'ImportRun', source: string, at: string, new: number, closed: number, moved: number }> } };

export type OrganisationHistoryQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type OrganisationHistoryQuery = { recordedOpportunities: Array<{ __typename: 'RecordedOpportunity', id: string, kind: OpportunityKind, status: OpportunityStatus, members: Array<{ __typename: 'OpportunityMember', id: string, name: string }>, history: Array<{ __typename: 'OpportunityStep', status: OpportunityStatus, at: string, by: string, note: string | null, reason: string | null, nextFollowUp: string | null }> }> };

export type OrganisationProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationProfileQuery = { essStructures: Array<{ __typename: 'EssStructure', id: string, name: string, legalForm: LegalForm | null, activity: string | null, projectKind: string | null, stage: Stage | null, staffRangeLabel: string | null, foundedYear: number | null, address: string | null, postalCode: string | null, website: string | null, description: string | null, isVitrine: boolean, source: string, sourceKind: SourceKind, sourceRef: string | null, updatedAt: string, importedAt: string | null, factSources: Array<{ __typename: 'FactSource', field: string, sourceKind: SourceKind, source: string, at: string | null }>, town: Array<{ __typename: 'Town', inseeCode: string, name: string }>, themes: Array<{ __typename: 'Theme', code: string, labelFr: string, labelEn: string }>, needs: Array<{ __typename: 'ResourceNeed', id: string, title: string, kind: ResourceKind, status: ResourceStatus }>, offers: Array<{ __typename: 'ResourceOffer', id: string, title: string, kind: ResourceKind, status: ResourceStatus }>, essPartners: Array<{ __typename: 'EssStructure', id: string, name: string }>, businessPartners: Array<{ __typename: 'Business', id: string, name: string }>, customers: Array<{ __typename: 'Business', id: string, name: string }>, funders: Array<{ __typename: 'Financer', id: string, name: string }>, supporters: Array<{ __typename: 'SupportProvider', id: string, name: string }>, researchLinks: Array<{ __typename: 'ResearchUnit', id: string, name: string }>, memberOf: Array<{ __typename: 'SupportProvider', id: string, name: string }>, events: Array<{ __typename: 'Event', id: string, title: string, year: number | null }>, sharedResources: Array<{ __typename: 'SharedResource', id: string, name: string }> }>, businesses: Array<{ __typename: 'Business', id: string, name: string, activity: string | null, staffRangeLabel: string | null, csrCommitments: Array<string>, address: string | null, postalCode: string | null, website: string | null, description: string | null, source: string, sourceKind: SourceKind, sourceRef: string | null, updatedAt: string, importedAt: string | null, factSources: Array<{ __typename: 'FactSource', field: string, sourceKind: SourceKind, source: string, at: string | null }>, town: Array<{ __typename: 'Town', inseeCode: string, name: string }>, themes: Array<{ __typename: 'Theme', code: string, labelFr: string, labelEn: string }>, offers: Array<{ __typename: 'ResourceOffer', id: string, title: string, kind: ResourceKind, status: ResourceStatus }>, essPartners: Array<{ __typename: 'EssStructure', id: string, name: string }>, suppliers: Array<{ __typename: 'EssStructure', id: string, name: string }>, events: Array<{ __typename: 'Event', id: string, title: string, year: number | null }> }>, financers: Array<{ __typename: 'Financer', id: string, name: string, instruments: Array<FinanceInstrument>, ticketMinEur: number | null, ticketMaxEur: number | null, stages: Array<Stage>, website: string | null, description: string | null, source: string, sourceKind: SourceKind, sourceRef: string | null, updatedAt: string, financerKind: FinancerKind, factSources: Array<{ __typename: 'FactSource', field: string, sourceKind: SourceKind, source: string, at: string | null }>, themes: Array<{ __typename: 'Theme', code: string, labelFr: string, labelEn: string }>, funded: Array<{ __typename: 'EssStructure', id: string, name: string }>, events: Array<{ __typename: 'Event', id: string, title: string, year: number | null }> }>, supportProviders: Array<{ __typename: 'SupportProvider', id: string, name: string, stagesServed: Array<Stage>, isNetwork: boolean, website: string | null, description: string | null, source: string, sourceKind: SourceKind, sourceRef: string | null, updatedAt: string, factSources: Array<{ __typename: 'FactSource', field: string, sourceKind: SourceKind, source: string, at: string | null }>, themes: Array<{ __typename: 'Theme', code: string, labelFr: string, labelEn: string }>, supported: Array<{ __typename: 'EssStructure', id: string, name: string }>, members: Array<{ __typename: 'EssStructure', id: string, name: string }>, events: Array<{ __typename: 'Event', id: string, title: string, year: number | null }> }>, researchUnits: Array<{ __typename: 'ResearchUnit', id: string, name: string, startYear: number | null, endYear: number | null, website: string | null, description: string | null, source: string, sourceKind: SourceKind, sourceRef: string | null, updatedAt: string, researchKind: ResearchUnitKind, factSources: Array<{ __typename: 'FactSource', field: string, sourceKind: SourceKind, source: string, at: string | null }>, themes: Array<{ __typename: 'Theme', code: string, labelFr: string, labelEn: string }>, partOf: Array<{ __typename: 'ResearchUnit', id: string, name: string }>, parts: Array<{ __typename: 'ResearchUnit', id: string, name: string }>, studies: Array<{ __typename: 'EssStructure', id: string, name: string }>, events: Array<{ __typename: 'Event', id: string, title: string, year: number | null }> }> };

export type OrganisationNameQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationNameQuery = { organisations: Array<
    | { __typename: 'Business', id: string, name: string }
    | { __typename: 'EssStructure', id: string, name: string }
    | { __typename: 'Financer', id: string, name: string }
    | { __typename: 'ResearchUnit', id: string, name: string }
    | { __typename: 'SupportProvider', id: string, name: string }
  > };

export type OrganisationContactsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationContactsQuery = { essStructures: Array<{ __typename: 'EssStructure', id: string, contacts: Array<{ __typename: 'Contact', id: string, name: string, role: string | null, email: string | null, phone: string | null }> }>, businesses: Array<{ __typename: 'Business', id: string, contacts: Array<{ __typename: 'Contact', id: string, name: string, role: string | null, email: string | null, phone: string | null }> }>, financers: Array<{ __typename: 'Financer', id: string, contacts: Array<{ __typename: 'Contact', id: string, name: string, role: string | null, email: string | null, phone: string | null }> }>, supportProviders: Array<{ __typename: 'SupportProvider', id: string, contacts: Array<{ __typename: 'Contact', id: string, name: string, role: string | null, email: string | null, phone: string | null }> }>, researchUnits: Array<{ __typename: 'ResearchUnit', id: string, contacts: Array<{ __typename: 'Contact', id: string, name: string, role: string | null, email: string | null, phone: string | null }> }> };

export type ContactFieldsFragment = { __typename: 'Contact', id: string, name: string, role: string | null, email: string | null, phone: string | null };

export type NodeMeasuresQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  first: number;
}>;


export type NodeMeasuresQuery = { networkMetrics: { __typename: 'NetworkMetricsSnapshot', nodes: { __typename: 'NodeMetricsPage', nodes: Array<{ __typename: 'NodeMetrics', id: string, degree: number, pagerank: number, betweenness: number, community: number }> } } };

export type SavedViewFieldsFragment = { __typename: 'SavedView', id: string, name: string, url: string, createdBy: string, createdAt: string, mine: boolean };

export type SavedViewsQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedViewsQuery = { savedViews: Array<{ __typename: 'SavedView', id: string, name: string, url: string, createdBy: string, createdAt: string, mine: boolean }> };

export type SavedViewQueryVariables = Exact<{
  id: string | number;
}>;


export type SavedViewQuery = { savedView: { __typename: 'SavedView', id: string, name: string, url: string, createdBy: string, createdAt: string, mine: boolean } | null };

export type SaveViewMutationVariables = Exact<{
  name: string;
  url: string;
}>;


export type SaveViewMutation = { saveView: { __typename: 'SavedView', id: string, name: string, url: string, createdBy: string, createdAt: string, mine: boolean } };

export type DeleteSavedViewMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSavedViewMutation = { deleteSavedView: { __typename: 'SavedView', id: string } };

export const NeedFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<NeedFieldsFragment, unknown>;
export const OfferFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<OfferFieldsFragment, unknown>;
export const EssStructureRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EssStructureRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EssStructure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"rnaId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"foundedYear"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}}]}}]}}]} as unknown as DocumentNode<EssStructureRecordFragment, unknown>;
export const BusinessRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Business"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}}]}}]}}]} as unknown as DocumentNode<BusinessRecordFragment, unknown>;
export const FinancerRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancerRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Financer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<FinancerRecordFragment, unknown>;
export const SupportProviderRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportProviderRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SupportProviderRecordFragment, unknown>;
export const ResearchUnitRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchUnitRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ResearchUnitRecordFragment, unknown>;
export const GraphNodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"geoPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}}]}}]} as unknown as DocumentNode<GraphNodeFieldsFragment, unknown>;
export const GraphViewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphViewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"geoPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}}]}}]} as unknown as DocumentNode<GraphViewFieldsFragment, unknown>;
export const OpportunityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpportunityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]} as unknown as DocumentNode<OpportunityFieldsFragment, unknown>;
export const ContactFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<ContactFieldsFragment, unknown>;
export const SavedViewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedViewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<SavedViewFieldsFragment, unknown>;
export const EditableEssStructureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditableEssStructure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"essStructures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EssStructureRecord"}},{"kind":"Field","name":{"kind":"Name","value":"essPartnersConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessPartnersConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberOfConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EssStructureRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EssStructure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"rnaId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"foundedYear"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<EditableEssStructureQuery, EditableEssStructureQueryVariables>;
export const EditableBusinessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditableBusiness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BusinessRecord"}},{"kind":"Field","name":{"kind":"Name","value":"essPartnersConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Business"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<EditableBusinessQuery, EditableBusinessQueryVariables>;
export const EditableFinancerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditableFinancer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinancerRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancerRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Financer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<EditableFinancerQuery, EditableFinancerQueryVariables>;
export const EditableSupportProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditableSupportProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportProviders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportProviderRecord"}},{"kind":"Field","name":{"kind":"Name","value":"membersConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportProviderRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<EditableSupportProviderQuery, EditableSupportProviderQueryVariables>;
export const EditableResearchUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditableResearchUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"researchUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchUnitRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchUnitRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<EditableResearchUnitQuery, EditableResearchUnitQueryVariables>;
export const UpdateEssStructureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEssStructure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EssStructureUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEssStructures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"essStructures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EssStructureRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EssStructureRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EssStructure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"rnaId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"foundedYear"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}}]}}]}}]} as unknown as DocumentNode<UpdateEssStructureMutation, UpdateEssStructureMutationVariables>;
export const UpdateBusinessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBusiness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBusinesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businesses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BusinessRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Business"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}}]}}]}}]} as unknown as DocumentNode<UpdateBusinessMutation, UpdateBusinessMutationVariables>;
export const UpdateFinancerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFinancer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancerUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFinancers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinancerRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancerRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Financer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateFinancerMutation, UpdateFinancerMutationVariables>;
export const UpdateSupportProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSupportProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportProviderUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupportProviders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportProviderRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportProviderRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateSupportProviderMutation, UpdateSupportProviderMutationVariables>;
export const UpdateResearchUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateResearchUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchUnitUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResearchUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"researchUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchUnitRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchUnitRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateResearchUnitMutation, UpdateResearchUnitMutationVariables>;
export const CreateEssStructureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEssStructure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EssStructureCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"created"},"name":{"kind":"Name","value":"createEssStructures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"organisations"},"name":{"kind":"Name","value":"essStructures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEssStructureMutation, CreateEssStructureMutationVariables>;
export const CreateBusinessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBusiness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"created"},"name":{"kind":"Name","value":"createBusinesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"organisations"},"name":{"kind":"Name","value":"businesses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBusinessMutation, CreateBusinessMutationVariables>;
export const CreateFinancerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFinancer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancerCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"created"},"name":{"kind":"Name","value":"createFinancers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"organisations"},"name":{"kind":"Name","value":"financers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFinancerMutation, CreateFinancerMutationVariables>;
export const CreateSupportProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSupportProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportProviderCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"created"},"name":{"kind":"Name","value":"createSupportProviders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"organisations"},"name":{"kind":"Name","value":"supportProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSupportProviderMutation, CreateSupportProviderMutationVariables>;
export const CreateResearchUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateResearchUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchUnitCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"created"},"name":{"kind":"Name","value":"createResearchUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"organisations"},"name":{"kind":"Name","value":"researchUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateResearchUnitMutation, CreateResearchUnitMutationVariables>;
export const EditingThemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditingThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"labelFr"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]} as unknown as DocumentNode<EditingThemesQuery, EditingThemesQueryVariables>;
export const UpdateNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNeedUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResourceNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<UpdateNeedMutation, UpdateNeedMutationVariables>;
export const UpdateOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceOfferUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResourceOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<UpdateOfferMutation, UpdateOfferMutationVariables>;
export const FindOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchEssStructures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phrase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchBusinesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phrase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchSupportProviders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phrase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"node"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isNetwork"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":true}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindOrganisationsQuery, FindOrganisationsQueryVariables>;
export const RecordedOpportunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordedOpportunities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mine"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inseeCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedOpportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mine"}}},{"kind":"Argument","name":{"kind":"Name","value":"inseeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inseeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReasonKind"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonKind"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUp"}}]}}]}}]}}]} as unknown as DocumentNode<RecordedOpportunitiesQuery, RecordedOpportunitiesQueryVariables>;
export const RecordContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nextFollowUp"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markOpportunityContacted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"nextFollowUp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nextFollowUp"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordContactMutation, RecordContactMutationVariables>;
export const AcceptOpportunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptOpportunityMutation, AcceptOpportunityMutationVariables>;
export const DeclineOpportunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasonKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineReasonKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasonKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasonKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeclineOpportunityMutation, DeclineOpportunityMutationVariables>;
export const UndoOpportunityStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UndoOpportunityStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoOpportunityStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<UndoOpportunityStepMutation, UndoOpportunityStepMutationVariables>;
export const OutcomesByPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutcomesByPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previousFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previousTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"current"},"name":{"kind":"Name","value":"opportunityOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"previous"},"name":{"kind":"Name","value":"opportunityOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previousFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previousTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}}]}}]}}]} as unknown as DocumentNode<OutcomesByPeriodQuery, OutcomesByPeriodQueryVariables>;
export const SuggestedOpportunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestedOpportunities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inseeCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inseeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inseeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestedOpportunitiesQuery, SuggestedOpportunitiesQueryVariables>;
export const CooperationGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperationGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inseeCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationGraph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inseeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inseeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphViewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"geoPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphViewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]} as unknown as DocumentNode<CooperationGraphQuery, CooperationGraphQueryVariables>;
export const NeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphViewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"geoPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphViewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const TerritoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"towns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"essStructures"}},{"kind":"Field","name":{"kind":"Name","value":"businesses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"essStructures"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoryQuery, TerritoryQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchEssStructures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phrase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchBusinesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phrase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const DetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Details"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"essStructures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRef"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRef"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRef"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportProviders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRef"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"researchUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRef"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRef"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRef"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callsForProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRef"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]}}]} as unknown as DocumentNode<DetailsQuery, DetailsQueryVariables>;
export const OpportunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Opportunities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inseeCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityOrder"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"inseeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inseeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpportunityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpportunityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]} as unknown as DocumentNode<OpportunitiesQuery, OpportunitiesQueryVariables>;
export const OpportunityCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunityCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inseeCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunityCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inseeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inseeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}}]}}]}}]} as unknown as DocumentNode<OpportunityCountsQuery, OpportunityCountsQueryVariables>;
export const OrganisationNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inseeCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationGraph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inseeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inseeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"geoPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}}]}}]} as unknown as DocumentNode<OrganisationNodesQuery, OrganisationNodesQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"annualBudgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"budgetNote"}},{"kind":"Field","name":{"kind":"Name","value":"essJobsSharePct"}},{"kind":"Field","name":{"kind":"Name","value":"essPrivateJobsSharePct"}},{"kind":"Field","name":{"kind":"Name","value":"essEnterprisesSharePct"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"towns"}},{"kind":"Field","name":{"kind":"Name","value":"essStructures"}},{"kind":"Field","name":{"kind":"Name","value":"illustrativeEssStructures"}},{"kind":"Field","name":{"kind":"Name","value":"businesses"}},{"kind":"Field","name":{"kind":"Name","value":"financers"}},{"kind":"Field","name":{"kind":"Name","value":"supportProviders"}},{"kind":"Field","name":{"kind":"Name","value":"researchUnits"}},{"kind":"Field","name":{"kind":"Name","value":"openNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"openOffers"}},{"kind":"Field","name":{"kind":"Name","value":"sharedResources"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"callEditions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"towns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"essStructures"}},{"kind":"Field","name":{"kind":"Name","value":"illustrativeEssStructures"}},{"kind":"Field","name":{"kind":"Name","value":"businesses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalForms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"axes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"number"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sinceYear"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"callsForProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"envelopeEur"}},{"kind":"Field","name":{"kind":"Name","value":"patShareEur"}},{"kind":"Field","name":{"kind":"Name","value":"laureateCount"}},{"kind":"Field","name":{"kind":"Name","value":"ceremonyDate"}},{"kind":"Field","name":{"kind":"Name","value":"ceremonyPlace"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"laureatesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountEur"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"BUSINESS_CONVENTION"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"essParticipantCount"}},{"kind":"Field","name":{"kind":"Name","value":"businessParticipantCount"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportProviders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stagesServed"}},{"kind":"Field","name":{"kind":"Name","value":"supportedConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunityOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const VersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"api"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}}]}}]}}]} as unknown as DocumentNode<VersionQuery, VersionQueryVariables>;
export const DataStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"}},{"kind":"Field","name":{"kind":"Name","value":"illustrativeOrganisations"}},{"kind":"Field","name":{"kind":"Name","value":"importedOrganisations"}},{"kind":"Field","name":{"kind":"Name","value":"hideIllustrativeByDefault"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"}},{"kind":"Field","name":{"kind":"Name","value":"lastChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastImports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}}]}}]}}]}}]} as unknown as DocumentNode<DataStatusQuery, DataStatusQueryVariables>;
export const ImportRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"new"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"moved"}}]}}]}}]}}]} as unknown as DocumentNode<ImportRunsQuery, ImportRunsQueryVariables>;
export const OrganisationHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedOpportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUp"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationHistoryQuery, OrganisationHistoryQueryVariables>;
export const OrganisationProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"essStructures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"projectKind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"staffRangeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"foundedYear"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isVitrine"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRef"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"factSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"essPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supporters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"researchLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"businesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"staffRangeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"csrCommitments"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRef"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"factSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"essPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"financerKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"instruments"}},{"kind":"Field","name":{"kind":"Name","value":"ticketMinEur"}},{"kind":"Field","name":{"kind":"Name","value":"ticketMaxEur"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRef"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"factSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportProviders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stagesServed"}},{"kind":"Field","name":{"kind":"Name","value":"isNetwork"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRef"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"factSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supported"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"researchUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"researchKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRef"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"factSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationProfileQuery, OrganisationProfileQueryVariables>;
export const OrganisationNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganisationNameQuery, OrganisationNameQueryVariables>;
export const OrganisationContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"essStructures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"businesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportProviders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"researchUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<OrganisationContactsQuery, OrganisationContactsQueryVariables>;
export const NodeMeasuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeMeasures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"pagerank"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"community"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeMeasuresQuery, NodeMeasuresQueryVariables>;
export const SavedViewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedViews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedViews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedViewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedViewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<SavedViewsQuery, SavedViewsQueryVariables>;
export const SavedViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedViewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedViewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<SavedViewQuery, SavedViewQueryVariables>;
export const SaveViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedViewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedViewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<SaveViewMutation, SaveViewMutationVariables>;
export const DeleteSavedViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSavedView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSavedView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteSavedViewMutation, DeleteSavedViewMutationVariables>;