/** Every value written into the server's HTML pages goes through this: text and attribute values alike. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
