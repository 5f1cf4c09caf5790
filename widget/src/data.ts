/**
 * The one request the widget makes: GET <api>/api/widget/communes/:code?lang=
 * (graph-api/src/http/widget.ts). The answer's shape is the server's own type.
 * No cookies are sent; the browser's HTTP cache revalidates with the ETag.
 */
import type { WidgetDirectory, WidgetEntry } from "@maillage/model/widget-directory";
import type { Language } from "./options";

export type Directory = WidgetDirectory;
export type Entry = WidgetEntry;

/** Why no directory: the code is unknown or malformed (the server said so), or the service did not answer. */
export type LoadError = "unknown" | "invalid" | "down";

export class DirectoryError extends Error {
  constructor(readonly reason: LoadError) {
    super(reason);
  }
}

/** Requests in flight, shared by the widgets of one page that show the same town in the same language. */
const inFlight = new Map<string, Promise<Directory>>();

export function fetchDirectory(apiBase: string, commune: string, lang: Language): Promise<Directory> {
  const url = `${apiBase}api/widget/communes/${encodeURIComponent(commune)}?lang=${lang}`;
  let request = inFlight.get(url);
  if (!request) {
    request = fetch(url, { credentials: "omit", mode: "cors" })
      .then(
        async (response) => {
          if (response.status === 404) throw new DirectoryError("unknown");
          if (response.status === 400) throw new DirectoryError("invalid");
          if (!response.ok) throw new DirectoryError("down");
          return (await response.json()) as Directory;
        },
        () => {
          throw new DirectoryError("down");
        },
      )
      .finally(() => inFlight.delete(url));
    inFlight.set(url, request);
  }
  return request;
}
