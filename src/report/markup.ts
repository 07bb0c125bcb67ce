/** Escapes a text for HTML content and attribute values (the reports' one escaping rule). */
export function escapeHtml(s: string | number | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
