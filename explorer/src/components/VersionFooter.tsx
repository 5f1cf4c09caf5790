/** The release the server runs and its data model's version, so that a coordinator reporting a problem can say which. */
import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { VERSION } from "../queries";

export function VersionFooter() {
  const { t } = useTranslation();
  const { data } = useQuery<{ version: { api: string; schema: string } }>(VERSION);
  return (
    <footer className="app-footer">
      {data ? t("footer.version", { api: data.version.api, schema: data.version.schema }) : t("footer.name")}
    </footer>
  );
}
