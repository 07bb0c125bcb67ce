/**
 * Small CSV tables (link lists, node lists, interconnects, flows): the inventory's RFC 4180
 * tokenizer, then a header mapped onto known columns, with the inventory parser's CSV diagnostics.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js'
import { TRANSLATED_HEADERS as T } from '../../inventory/column-translations.js'
import { CsvTokenizer, linesBeforeHeader, type CsvProblem, type CsvRecord } from '../../inventory/csv.js'
import { filledCells } from '../../inventory/columns.js'
import { headerKey } from '../../inventory/header-key.js'
import { englishHeaders, TABLE_HEADER_TRANSLATIONS } from './table-headers.js'

/** The columns a table knows, with the spellings accepted for each. */
export type CsvColumns<K extends string> = {
  required: readonly K[]
  optional: readonly K[]
  /** Optional columns of which the header must hold one at least (a missing one is reported as the first). */
  oneOf?: readonly K[]
  /** Other header spellings (after normalisation) → column. */
  aliases?: Readonly<Record<string, K>>
  /** Columns whose header may carry a unit in brackets after the name (`Volume (Mbit/s)`, `volume [Gbps]`). */
  withUnit?: readonly K[]
  /**
   * Columns of numbers, whose cells may hold a decimal comma (`1,5`), as a spreadsheet in a
   * European locale saves them: the row gives them with a decimal point (`1.5`).
   */
  decimal?: readonly K[]
}

/**
 * The column of `columns` a header cell names, by name, alias or (for `withUnit` columns) name and
 * unit; in German, French, Italian, Spanish or Japanese by the English header it stands for
 * (table-headers.ts: `Quelle`, `Breitengrad`, `宛先`).
 */
export function csvColumn<K extends string>(cell: string, columns: CsvColumns<K>): K | undefined {
  const english = englishColumn(cell, columns)
  if (english !== undefined) return english
  for (const word of englishHeaders(cell)) {
    const k = englishColumn(word, columns)
    if (k !== undefined) return k
  }
  return undefined
}

/** The column of `columns` an English header cell names. */
function englishColumn<K extends string>(cell: string, columns: CsvColumns<K>): K | undefined {
  const known = (h: string): K | undefined =>
    (columns.required as readonly string[]).includes(h) || (columns.optional as readonly string[]).includes(h) ? (h as K) : columns.aliases?.[h]
  const h = normalizeHeader(cell)
  const k = known(h)
  if (k !== undefined) return k
  const unit = /^(.+?)_*[([][^()[\]]*[)\]]$/.exec(h)
  const bare = unit === null ? undefined : known(unit[1]!)
  return bare !== undefined && columns.withUnit?.includes(bare) === true ? bare : undefined
}

/**
 * The other headers a table reads as column `k`: its English aliases (`source`, `from`), then the
 * headers in other languages of its name and of each alias (`Quelle`, `Von`, `送信元`).
 */
export function columnSpellings<K extends string>(k: K, columns: Pick<CsvColumns<K>, 'aliases'>): string[] {
  const all = Object.entries(columns.aliases ?? {}).filter(([, c]) => c === k).map(([alias]) => alias)
  // Each alias once: `unit_price`, not also `unitprice` (nor `siteoverhead` beside the column's own
  // `site_overhead`), the same words without their underscore, which a header matches alike.
  const written = [k, ...all]
  const aliases = all.filter((a) => a.includes('_') || !written.some((b) => b !== a && b.replaceAll('_', '') === a))
  const translated = [k, ...all].flatMap((word) => TABLE_HEADER_TRANSLATIONS[word] ?? [])
  return [...new Set([...aliases, ...translated])]
}

/** A data row: its 1-based line and its cells by column (absent when the column is not in the header). */
export type CsvRow<K extends string> = { line: number; cells: Partial<Record<K, string>> }

/** `Latency MS`, `latency-ms`, `latencyMs` → `latency_ms`. */
export function normalizeHeader(h: string): string {
  return h.trim().replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/[\s-]+/g, '_')
}

/**
 * Splits `text` into rows of known columns. A missing required column is one error on the header
 * line and no rows; unknown columns are warned about and ignored; rows with the wrong number of
 * fields are reported and skipped. Returns undefined when there is no usable header. `headers`,
 * when given, receives each known column's header as written (`Volume (Gbit/s)`), for its unit.
 */
export function readCsvTable<K extends string>(
  text: string, file: string, columns: CsvColumns<K>, diagnostics: Diagnostic[], headers?: Map<K, string>,
): CsvRow<K>[] | undefined {
  const records: CsvRecord[] = []
  const problems: CsvProblem[] = []
  const tokenizer = new CsvTokenizer()
  tokenizer.push(text, records, problems)
  tokenizer.end(records, problems)
  for (const p of problems) diagnostics.push({ code: 'malformed_csv', severity: 'error', at: { file, line: p.line }, problem: p.problem })
  const start = titleRows(records, (cell) => csvColumn(cell, columns) !== undefined)
  if (start > 0) diagnostics.push(linesBeforeHeader(records[0]!, records[start]!, { file, line: records[0]!.line }))
  const header = records[start]
  if (header === undefined) return undefined
  const known: readonly K[] = [...columns.required, ...columns.optional]
  const index = new Map<K, number>()
  const unknown: { cell: string; column: number }[] = []
  header.cells.forEach((cell, i) => {
    const k = csvColumn(cell, columns)
    if (k === undefined) {
      if (normalizeHeader(cell) !== '') unknown.push({ cell: cell.trim(), column: i + 1 })
    } else if (!index.has(k)) {
      index.set(k, i)
      headers?.set(k, cell.trim())
    }
  })
  if (unknown.length > 0) {
    diagnostics.push({ code: 'unknown_column', severity: 'warning', at: { file, line: header.line, column: unknown[0]!.column }, columns: unknown.map((u) => u.cell), known: [...known] })
  }
  let complete = true
  for (const k of columns.required) {
    if (index.has(k)) continue
    diagnostics.push({ code: 'missing_column', severity: 'error', at: { file, line: header.line }, column: k, expected: [...known], spellings: columnSpellings(k, columns) })
    complete = false
  }
  if (columns.oneOf !== undefined && columns.oneOf.length > 0 && !columns.oneOf.some((k) => index.has(k))) {
    diagnostics.push({ code: 'missing_column', severity: 'error', at: { file, line: header.line }, column: columns.oneOf[0]!, expected: [...known], spellings: columnSpellings(columns.oneOf[0]!, columns) })
    complete = false
  }
  if (!complete) return undefined
  const rows: CsvRow<K>[] = []
  const width = header.cells.length
  for (let r = start + 1; r < records.length; r++) {
    const rec = records[r]!
    if (rec.cells.length !== width) {
      diagnostics.push({ code: 'malformed_csv', severity: 'error', at: { file, line: rec.line }, problem: 'field_count', expected: width, got: rec.cells.length })
      continue
    }
    const cells: Partial<Record<K, string>> = {}
    for (const [k, i] of index) {
      const cell = rec.cells[i]!.trim()
      cells[k] = columns.decimal?.includes(k) === true && DECIMAL_COMMA.test(cell) ? cell.replace(',', '.') : cell
    }
    rows.push({ line: rec.line, cells })
  }
  return rows
}

/** A number with a decimal comma and no thousands separator: `1,5`, `-8,68`. */
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/

/** How many rows above a table's header a sheet may hold (its title, a date, who made it). */
const TITLE_ROWS = 5

/**
 * How many records at the start are a title above the header: each names no column (`isColumn`)
 * and fills at most two cells, and a record after them, among the first few, names one. 0 when
 * there is no such header, so that a file without one is reported as before.
 */
export function titleRows(records: readonly CsvRecord[], isColumn: (cell: string) => boolean): number {
  for (let i = 0; i < Math.min(records.length, TITLE_ROWS + 1); i++) {
    const cells = records[i]!.cells
    if (cells.some(isColumn)) return i
    if (filledCells(cells) > 2) return 0
  }
  return 0
}

/** Columns of an inventory that no table of links, flows, sites or costs has: a device's maker, model, MACs or SNMP identity. */
const DEVICE_COLUMNS: ReadonlySet<string> = new Set([
  'manufacturer', 'vendor', 'macs', 'mac', 'mac_address', 'serial', 'serial_number', 'sys_object_id', 'sys_descr', 'firmware_version',
])

/**
 * The maker, serial number and MAC columns as inventory tools in other languages head them
 * (`Hersteller`, `Numéro de série`, `MAC-адрес`, `厂商`: column-translations.ts), compared as
 * inventory headers are (`headerKey`).
 */
const TRANSLATED_DEVICE_COLUMNS: ReadonlySet<string> = new Set([...T.manufacturer, ...T.serial, ...T.macs].map(headerKey))

/** Fields of a JSON inventory's device that no list of links, flows, sites or costs has (README: the JSON shape of a device). */
const JSON_DEVICE_FIELDS: ReadonlySet<string> = new Set([...DEVICE_COLUMNS, 'snmp', 'banners', 'firmware', 'components'])

/**
 * The fields of the first device of a JSON inventory (JSON Lines, an array, or `{"devices": [...]}`)
 * that only an inventory has, as `inventoryColumnsOf` gives them for a CSV header, when that record
 * has none of the required fields of the table `own`. Empty for any other text.
 */
export function inventoryFieldsOf(text: string, own: CsvColumns<string>): string[] {
  const body = text.replace(/^\uFEFF/, '').trimStart()
  if (!body.startsWith('{') && !body.startsWith('[')) return []
  const parse = (json: string): unknown => {
    try {
      return JSON.parse(json)
    } catch {
      return undefined
    }
  }
  // JSON Lines: the first line alone; else the whole document.
  const value = (body.startsWith('{') ? parse(body.split(/\r?\n/, 1)[0]!) : undefined) ?? parse(body)
  const list = Array.isArray(value) ? value : (value as { devices?: unknown } | undefined)?.devices
  const first: unknown = Array.isArray(list) ? list[0] : value
  if (first === null || typeof first !== 'object' || Array.isArray(first)) return []
  const keys = Object.keys(first)
  if (keys.some((k) => own.required.includes(k) || own.aliases?.[k] !== undefined)) return []
  return keys.filter((k) => JSON_DEVICE_FIELDS.has(k))
}

/**
 * The columns of a CSV header line (the first line of `head`) that only an inventory has, as
 * written, when the header holds none of the required columns of the table `own`: an inventory
 * given where a table of links or flows goes is then told as what it is, in one message, rather
 * than by each column it lacks. Empty for any other text.
 */
export function inventoryColumnsOf(head: string, own: CsvColumns<string>): string[] {
  const line = head.replace(/^\uFEFF/, '').split(/\r\n?|\n/, 1)[0] ?? ''
  if (line.startsWith('{') || line.startsWith('[') || line.startsWith('<')) return []
  const cells = line.split(/[,;\t|]/).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'))
  // A column of the table by its name or an alias, or a required one in another language (`Quelle`).
  const ownColumn = (cell: string): boolean => {
    const h = normalizeHeader(cell)
    return own.required.includes(h) || own.aliases?.[h] !== undefined || own.required.includes(csvColumn(cell, own) ?? '')
  }
  if (cells.some(ownColumn)) return []
  return cells.filter((cell) => DEVICE_COLUMNS.has(normalizeHeader(cell)) || TRANSLATED_DEVICE_COLUMNS.has(headerKey(cell)))
}
