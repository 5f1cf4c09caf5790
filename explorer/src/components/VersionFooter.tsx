/**
 * The release the server runs, so that a coordinator reporting a problem can say which; the data model's
 * version (a number only support reads) is in the tooltip, not on screen.
 */
import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { VERSION } from "../queries";

export function VersionFooter() {
  const { t } = useTranslation();
  const { data } = useQuery(VERSION);
  return (
    <footer
      className="app-footer"
      title={data ? t("footer.support", { api: data.version.api, schema: data.version.schema }) : undefined}
    >
      {data ? t("footer.version", { api: data.version.api }) : t("footer.name")}
    </footer>
  );
}
