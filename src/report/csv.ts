/**
 * One CSV field, quoted when it holds a comma, quote, or line break (RFC 4180).
 *
 * A text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return; not a plain number) is written with a leading `'`, which spreadsheets show as
 * text: ids, names and banners come from scans and exports that anyone on the network can shape.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return ''
  let s = String(value)
  if (typeof value === 'string' && FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

const FORMULA_START = /^[=+\-@\t\r]/
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/

/**
 * The records a device merged from several files (`--merge`) was read from, as one CSV cell:
 * `file:line` (`file[sheet]:line` in a workbook), separated by `;`.
 */
export function sourcesCell(sources: readonly { file: string; sheet?: string; line?: number }[] | undefined): string | undefined {
  return sources?.map((s) => `${s.file}${s.sheet === undefined ? '' : `[${s.sheet}]`}${s.line === undefined ? '' : `:${s.line}`}`).join(';')
}

/** One CSV line (with its line break). */
export function csvLine(values: readonly (string | number | undefined)[]): string {
  return `${values.map(csvField).join(',')}\n`
}
