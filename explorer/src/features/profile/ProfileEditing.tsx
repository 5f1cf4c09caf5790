/**
 * A coordinator's part of a profile: the organisation's contact persons and,
 * on demand, its edit form across the page's width (with its needs, offers
 * and relationships). Loaded only for signed-in coordinators.
 */
import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { ORGANISATION_CONTACTS } from "../../queries";
import { OrganisationForm } from "../editing/OrganisationForm";
import { ResourcesEditor } from "../editing/ResourcesEditor";
import { RelationshipsEditor } from "../editing/RelationshipsEditor";
import { editableQuery, PLURAL } from "../editing/operations";
import type { EditableType } from "../editing/organisation-fields";
import { RequestProblem } from "../../components/RequestProblem";
import "../editing/editing.css";

export default function ProfileEditing({
  id,
  name,
  type,
  onSaved,
}: {
  id: string;
  name: string;
  type: EditableType;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const contacts = useQuery(ORGANISATION_CONTACTS, { variables: { id } });
  const people = contacts.data ? Object.values(contacts.data).flat()[0]?.contacts : undefined;
  const query = useQuery(editableQuery(type), { variables: { id } });
  const record = query.data?.[PLURAL[type]]?.[0];

  return (
    <>
      <section className="panel profile-section" aria-labelledby="profile-contacts-title">
        <h2 id="profile-contacts-title">{t("profile.contacts")}</h2>
        {contacts.error && <RequestProblem error={contacts.error} />}
        {people && people.length === 0 && <p className="muted">{t("profile.noContact")}</p>}
        {people && people.length > 0 && (
          <ul className="plain">
            {people.map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong>
                {p.role && <> — {p.role}</>}
                {p.email && (
                  <>
                    {" "}
                    · <a href={`mailto:${p.email}`}>{p.email}</a>
                  </>
                )}
                {p.phone && (
                  <>
                    {" "}
                    · <a href={`tel:${p.phone.replace(/\s/g, "")}`}>{p.phone}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel profile-section profile-editing editing" aria-labelledby="profile-editing-title">
        <h2 id="profile-editing-title">{t("editing.title")}</h2>
        {status && (
          <p role="status" className="saved">
            {status}
          </p>
        )}
        {query.error && <RequestProblem error={query.error} />}
        {!record ? (
          <p role="status">{t("common.loading")}</p>
        ) : editing ? (
          <OrganisationForm
            type={type}
            record={record}
            onSaved={() => {
              setEditing(false);
              setStatus(t("editing.saved"));
              onSaved();
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <>
            <button
              type="button"
              className="primary"
              onClick={() => {
                setStatus(null);
                setEditing(true);
              }}
            >
              {t("editing.editOne", { name })}
            </button>
            {record.needs && <ResourcesEditor type={type} id={record.id} side="need" resources={record.needs} editor />}
            {record.offers && (
              <ResourcesEditor type={type} id={record.id} side="offer" resources={record.offers} editor />
            )}
            {type !== "Financer" && type !== "ResearchUnit" && (
              <RelationshipsEditor type={type} id={record.id} connections={record} editor />
            )}
          </>
        )}
      </section>
    </>
  );
}
