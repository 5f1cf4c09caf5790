/** What is returned of a saved view `v`. */
export const SAVED_VIEW_FIELDS = /* cypher */ `v.id AS id, v.name AS name, v.url AS url, v.createdBy AS createdBy, toString(v.createdAt) AS createdAt`;

export type SavedViewRow = { id: string; name: string; url: string; createdBy: string; createdAt: string };
