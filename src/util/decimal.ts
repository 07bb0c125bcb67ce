/**
 * A decimal number as people write it in files: `50.11`, `-8.68`, `1e-3`, and with a decimal comma
 * (`50,11`), which spreadsheets in many European locales write. Undefined for anything else,
 * including thousands separators: this is for coordinates and similar small values.
 *
 * @example
 * parseDecimal('50,11') // 50.11
 */
export function parseDecimal(text: string): number | undefined {
  const s = text.trim()
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return Number(s)
  if (/^[+-]?\d+,\d+$/.test(s)) return Number(s.replace(',', '.'))
  return undefined
}
