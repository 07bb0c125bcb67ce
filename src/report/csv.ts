/** One CSV field, quoted when it holds a comma, quote, or line break (RFC 4180). */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return ''
  const s = String(value)
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

/** One CSV line (with its line break). */
export function csvLine(values: readonly (string | number | undefined)[]): string {
  return `${values.map(csvField).join(',')}\n`
}
