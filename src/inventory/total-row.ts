/**
 * A spreadsheet's total row: the line below a table that counts or sums it (`Total,,,,523`,
 * `Summe;;;17`, `Grand Total`, `Count: 523`), which a CSV saved from the sheet keeps as a row like
 * the others. Read as a device, it became one named "Total". Such a row is told by its first cell, a
 * word for a total (in the languages whose headers are read) with perhaps a number after it, and by
 * its other cells, each empty or a number, none of them a MAC, a manufacturer or a model: a device
 * named `total-gw-01`, or named "Total" with a MAC, stays a device.
 */

/**
 * Words for a total in the first cell, alone or with a colon and a number after them: Excel's
 * total row (`Total`, its functions `Sum`, `Count`), and the words of the languages whose headers
 * are read; a report's footer may name what it counts between the word and the colon (`Total
 * Devices : 2`) or after the number (`Total: 2 devices`). Without a colon, words after the total's
 * word are a name (`Total Station 3`, a surveying instrument).
 */
const TOTAL_LABEL = new RegExp(
  '^(?:grand[ -]?total|sub[ -]?total|totals?|sum|count|summe|gesamt(?:summe)?|anzahl|somme|totale|somma|suma|soma|totaal|som|razem|' +
  'celkem|toplam|итого|всего|разом|усього|合计|总计|合計|總計|総計|합계)' +
  // A report's footer names what it counts, before a colon or after the number: `Total Devices : 2`, `Total: 2 devices`.
  '(?:(?:\\s+\\p{L}+){1,3}\\s*[:：]|\\s*[:：]?)\\s*(?:\\d[\\d\\s.,\'’]*(?:\\s+\\p{L}+){0,2})?$', 'iu',
)

/**
 * The first two letters of the Latin words of `TOTAL_LABEL`, lower case, by `first << 7 | second`;
 * a cell that starts with a blank or a character above ASCII is looked at.
 */
const INITIAL = new Uint8Array(128 * 128)
for (const pair of ['to', 'su', 'so', 'co', 'ce', 'gr', 'ge', 'an', 'ra']) INITIAL[(pair.charCodeAt(0) << 7) | pair.charCodeAt(1)] = 1

/** A number in a cell: a count, a sum, a share (`523`, `1,234.5`, `12 %`). */
const NUMBER = /^[-+]?\d(?:[\d\s.,'’]*\d)?\s?%?$/

/**
 * Whether a first cell may start a total's word: a test of its first two characters, so that the
 * rows of devices (`sw-01`, `rt-fra-01`, `d42`, `10.0.0.1`) cost nothing more.
 */
export function mayBeTotalLabel(cell: string): boolean {
  if (cell.length < 2) return false
  const a = cell.charCodeAt(0)
  const b = cell.charCodeAt(1)
  if (a > 0x7f || a === 0x20 || a === 0x09) return true
  return b < 0x80 && INITIAL[((a | 0x20) << 7) | (b | 0x20)] === 1
}

/** Whether a first cell is a word for a total, perhaps with a number (`Total`, `Count: 523`, `合计`). */
export function isTotalLabel(cell: string): boolean {
  return TOTAL_LABEL.test(cell.trim())
}

/** Whether a cell of a total row holds what one holds: nothing, or a number. */
export function isTotalValue(cell: string): boolean {
  const c = cell.trim()
  return c === '' || NUMBER.test(c)
}

/** The filled cells of a total row, for its warning. */
export function totalRowText(cells: readonly string[]): string {
  return cells.map((c) => c.trim()).filter((c) => c !== '').join(' ')
}
