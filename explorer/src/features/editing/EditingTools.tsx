/**
 * What a signed-in coordinator can do from the details panel: edit the
 * selected organisation, its needs and offers, its partnerships and
 * memberships, or create a new organisation. Loaded only for coordinators
 * (DetailsPanel), so anonymous visitors download none of it.
 */
import { useEffect, useRef, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { dateLocale } from "../../i18n/labels";
import type { GraphNode } from "../../graph/model";
import { OrganisationForm } from "./OrganisationForm";
import { ResourcesEditor } from "./ResourcesEditor";
import { RelationshipsEditor } from "./RelationshipsEditor";
import { isEditable, type EditableType } from "./organisation-fields";
import { editableQuery, PLURAL } from "./operations";
import "./editing.css";
import { RequestProblem } from "../../components/RequestProblem";

export default function EditingTools({
  node,
  onCreated,
}: {
  node: GraphNode | null;
  onCreated?: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const type: EditableType | null = node && isEditable(node.type) ? node.type : null;
  const [mode, setMode] = useState<"view" | "edit" | "create">("view");
  const [status, setStatus] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const createButton = useRef<HTMLButtonElement>(null);
  const query = useQuery(editableQuery(type ?? "EssStructure"), { variables: { id: node?.id ?? "" }, skip: !type });
  const record = type ? query.data?.[PLURAL[type]]?.[0] : undefined;

  // Another node selected: back to its details (a node briefly missing while the views read again is not another node).
  // The organisation just created, once the graph shows and selects it, is not another node either: its
  // "created" message stays (clearing it there made the message vanish within a fraction of a second).
  const shown = useRef(node?.id);
  const created = useRef<string | null>(null);
  useEffect(() => {
    if (!node || node.id === shown.current) return;
    shown.current = node.id;
    setMode((m) => (m === "edit" ? "view" : m));
    if (node.id === created.current) created.current = null;
    else setStatus(null);
  }, [node]);

  // Back from a form, the focus returns to the button that opened it (once it is rendered again).
  const [refocus, setRefocus] = useState<"edit" | "create" | null>(null);
  useEffect(() => {
    if (mode !== "view" || !refocus) return;
    (refocus === "edit" ? editButton : createButton).current?.focus();
    setRefocus(null);
  }, [mode, refocus]);
  const back = (to: "edit" | "create", message: string | null) => {
    setMode("view");
    setStatus(message);
    setRefocus(to);
  };

  return (
    <section className="editing" aria-labelledby="editing-title">
      <h3 id="editing-title">{t("editing.title")}</h3>
      {status && (
        <p role="status" className="saved">
          {status}
        </p>
      )}
      {mode === "edit" && type ? (
        record ? (
          <OrganisationForm
            type={type}
            record={record}
            onSaved={() => back("edit", t("editing.saved"))}
            onCancel={() => back("edit", null)}
          />
        ) : (
          <p role="status">{t("common.loading")}</p>
        )
      ) : mode === "create" ? (
        <OrganisationForm
          type={type === "Business" ? "Business" : "EssStructure"}
          record={null}
          onSaved={(saved) => {
            created.current = saved.id;
            back("create", t("editing.created", { name: saved.name }));
            onCreated?.(saved.id);
          }}
          onCancel={() => back("create", null)}
        />
      ) : (
        <div className="actions">
          {type && (
            <button
              type="button"
              ref={editButton}
              className="primary"
              onClick={() => setMode("edit")}
              aria-label={node ? t("editing.editOne", { name: node.name }) : undefined}
            >
              {t("editing.edit")}
            </button>
          )}
          <button type="button" ref={createButton} onClick={() => setMode("create")}>
            {t("editing.new")}
          </button>
        </div>
      )}
      {query.error && <RequestProblem error={query.error} />}
      {type && record && mode === "view" && (
        <>
          {record.updatedBy && (
            <p className="muted" data-testid="last-edit">
              {t("editing.lastEdit", {
                who: record.updatedBy,
                date: new Date(record.updatedAt ?? "").toLocaleString(dateLocale(i18n.language)),
              })}
            </p>
          )}
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
  );
}
