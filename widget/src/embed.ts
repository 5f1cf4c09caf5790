/**
 * The iframe form's resizer (@open-iframe-resizer/core, MIT), both sides in
 * one file. Inside the iframe page (/embed/commune/:code) the library's child
 * listener starts by itself when the module loads and reports the page's
 * height. On the partner's page, this script resizes the iframes that show
 * this API's embed pages: `<iframe src="https://<host>/embed/commune/94028">`.
 */
import { initialize } from "@open-iframe-resizer/core";

const SCRIPT = document.currentScript as HTMLScriptElement | null;
const ORIGIN = SCRIPT?.src ? new URL(SCRIPT.src).origin : location.origin;

function resizeEmbeds(): void {
  const frames = [...document.querySelectorAll("iframe")].filter((f) => {
    try {
      const url = new URL(f.src, location.href);
      return url.origin === ORIGIN && url.pathname.includes("/embed/commune/");
    } catch {
      return false;
    }
  });
  // Heights are only taken from this API's origin.
  for (const frame of frames) void initialize({ checkOrigin: [ORIGIN] }, frame);
}

if (window.self === window.top) {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", resizeEmbeds, { once: true });
  else resizeEmbeds();
}
