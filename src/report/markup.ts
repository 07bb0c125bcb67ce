/**
 * Escapes a text for HTML content and attribute values (the reports' one escaping rule). The
 * characters that reorder text as it is shown (bidirectional overrides and isolates) are written
 * as their code points, `[U+202E]`: a name or banner with one, which anyone on a scanned network
 * can set, would otherwise show "evil" as "live" on the page.
 */
export function escapeHtml(s: string | number | undefined): string {
  return String(s ?? '').replace(/[&<>"']|[\u202A-\u202E\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0)
    return code > 0x7f ? `[U+${code.toString(16).toUpperCase()}]` : `&#${code};`
  })
}

/**
 * Escapes a text for the content of a table cell: a run of more than 30 characters without a space
 * (a banner's key blob, a path, a name padded by a scanner) is marked `long`, which the page's styles
 * let break anywhere, so that one such value cannot widen its table far past the page. Not for
 * attribute values, nor for text inside an SVG.
 */
export function escapeCellText(s: string | number | undefined): string {
  return escapeHtml(s).replace(LONG_RUN, (run) => `<span class="long">${run}</span>`)
}

const LONG_RUN = /\S{31,}/g
