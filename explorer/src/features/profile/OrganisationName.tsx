/** An organisation's name from its id (its id while the name loads). */
import { useQuery } from "@apollo/client/react";
import { ORGANISATION_NAME } from "../../queries";

export function OrganisationName({ id }: { id: string }) {
  const { data } = useQuery(ORGANISATION_NAME, { variables: { id } });
  return <>{data?.organisations[0]?.name ?? "…"}</>;
}
