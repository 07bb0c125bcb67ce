/**
 * Widths of text on a terminal, in columns: a Chinese, Japanese or Korean character (and a
 * full-width form) takes two, a combining mark none, anything else one. Tables padded by
 * `string.length` put a column after a label such as 東京 two places too far left.
 */

/** East Asian Wide and Fullwidth characters (Unicode's EastAsianWidth W and F), by the ranges that hold nearly all of them. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u
const ZERO = /[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufeff]/u

/** The columns `text` takes on a terminal. */
export function displayWidth(text: string): number {
  let width = 0
  for (const c of text) width += ZERO.test(c) ? 0 : WIDE.test(c) ? 2 : 1
  return width
}

/** `text` padded with spaces to `width` columns, or cut to `width - 1` columns and "…" when wider. */
export function fitWidth(text: string, width: number): string {
  const w = displayWidth(text)
  if (w <= width) return text + ' '.repeat(width - w)
  return `${cutWidth(text, width - 1)}…`
}

/** The longest start of `text` that takes at most `width` columns, padded to exactly `width` when a wide character did not fit. */
export function cutWidth(text: string, width: number): string {
  let out = ''
  let used = 0
  for (const c of text) {
    const w = ZERO.test(c) ? 0 : WIDE.test(c) ? 2 : 1
    if (used + w > width) break
    out += c
    used += w
  }
  return out + ' '.repeat(Math.max(0, width - used))
}

/**
 * `text` with its control characters (C0, DEL and C1: escape sequences, line breaks, tabs) written
 * as `\x1B`, for a terminal: an id or banner read from a scan can hold an escape sequence that
 * recolours, moves the cursor over or erases the lines of a table, forges a link (OSC 8), or a line
 * break that splits a row. The characters that reorder text as it is shown (bidirectional overrides
 * and isolates) are written as `\u202E`: a name with one shows "evil" as "live", and the rest of
 * the row reversed with it.
 */
export function showControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0)
    return code > 0xff ? `\\u${code.toString(16).toUpperCase()}` : `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
  })
}

/**
 * `showControls` for a message of several lines (a diagnostic that quotes a value read from a
 * file): its own line breaks are kept, every other control character is shown.
 */
export function showControlsInLines(text: string): string {
  return text.split('\n').map(showControls).join('\n')
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
