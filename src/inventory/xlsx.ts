/**
 * Excel workbooks (.xlsx, .xlsm) as inventories: one worksheet's rows become CSV records, which
 * `CsvRowParser` maps through the same columns as a CSV file.
 *
 * The zip container is read with fflate and the XML parts with saxes, and this module only gives
 * the SpreadsheetML parts their meaning (ECMA-376 Part 1, §18). Libraries that read whole
 * workbooks were measured on a generated sheet of 100,000 devices (8 columns, 14.6 MB, Node 20, two
 * cores): exceljs 4.4.0's streaming reader took 6.8 s and 273 MB at peak and brings 194 packages
 * (53 MB); SheetJS 0.20.3 (@e965/xlsx) 8.3 s and 354 MB; read-excel-file 9.3.17 7.8 s and 269 MB
 * (7 packages); fflate 0.8.3 (no dependencies, 0.9 MB) with saxes 4.0 s and 171 MB. None of the
 * three gives what diagnostics need either: the row number of each row, the hidden state of a
 * sheet, and a number as it was written (`2102351234`, not `2.102351234E+9`).
 *
 * Workbooks come from strangers: each part is refused above `MAX_PART_BYTES` from the size its zip
 * entry declares, before it is inflated (fflate inflates into a buffer of that size, so a part that
 * lies about its size is cut short, not grown), saxes expands no entity but the five of XML (a
 * DOCTYPE is refused outright), and cells only ever go into arrays, never into objects by a name
 * taken from the file.
 */
import { createRequire } from 'node:module'
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import { TrustpathError } from '../errors.js'
import { xmlProblem } from '../util/xml.js'
import { buildColumnMap, isTitleRow, namedColumns, resolveColumn } from './columns.js'
import type { CsvRecord } from './csv.js'
import { isQualysCsvHeader } from './qualys.js'
import { newSaxesParser } from './scan-xml.js'

/** The zip entry whose presence makes a zip archive an Excel workbook. */
const WORKBOOK_PART = 'xl/workbook.xml'

/**
 * The largest uncompressed part read (a worksheet's XML, the shared strings): 1 GiB, about three
 * times the XML of a sheet of Excel's maximum 1,048,576 rows of eight columns. A zip bomb declares
 * more, and is refused before anything is inflated.
 */
const MAX_PART_BYTES = 1 << 30

/** Bytes of a worksheet's XML parsed between two batches of records (the progress of a read). */
const SHEET_CHUNK = 1 << 16

/** Non-empty rows looked at for a header row (a row naming a known column) before giving up on a sheet. */
const HEADER_SCAN_ROWS = 20

/** One worksheet of a workbook, as `workbook.xml` lists it. */
export type WorkbookSheet = { name: string; hidden: boolean; part: string | undefined }

/** Options of `readWorkbookRows`. */
export type WorkbookRowsOptions = {
  /**
   * The worksheet to read: its name, or its 1-based position among all sheets. When absent, the
   * first visible sheet with a row naming a known column is read (else the first visible sheet),
   * and after it every visible sheet whose header tells devices apart (`tellsDevicesApart`).
   */
  sheet?: string
  /**
   * What the workbook holds, as the errors about it name it (`the cost table is a zip archive...`).
   * @default 'inventory'
   */
  what?: string
}

/** One worksheet to read: its name, and its records in batches, each with the fraction of the sheet read so far (0-1). */
export type WorkbookSheetRows = {
  sheet: string
  /** Parsed when iterated: a sheet's XML is inflated when its turn comes. */
  batches: Generator<{ records: CsvRecord[]; done: number; diagnostics: Diagnostic[] }>
}

/** What `readWorkbookRows` yields: the sheets to read, in order, and what was said of the workbook. */
export type WorkbookRows = {
  /** The sheets read, in the workbook's order: one with `sheet`, else every inventory sheet. */
  sheets: WorkbookSheetRows[]
  /** Diagnostics about the workbook itself (which sheets were read, which not), given before any row. */
  diagnostics: Diagnostic[]
}

type Unzipped = Record<string, Uint8Array>
type Fflate = typeof import('fflate')

/** fflate, loaded on first use: only workbooks need it. */
function fflate(): Fflate {
  return createRequire(import.meta.url)('fflate') as Fflate
}

/**
 * Opens a workbook from its bytes and picks the worksheet to read; the rows come from `batches`.
 *
 * @throws TrustpathError `input_invalid` for a zip that is not a workbook, a damaged one, a part
 *   larger than 1 GiB, or a `sheet` the workbook does not have.
 */
export function readWorkbookRows(bytes: Uint8Array, file: string, options: WorkbookRowsOptions = {}): WorkbookRows {
  const what = options.what ?? 'inventory'
  const entries = listEntries(bytes, file, what)
  if (!entries.has(WORKBOOK_PART)) {
    throw new TrustpathError('input_invalid', `the ${what} is a zip archive, not an Excel workbook (it holds no xl/workbook.xml)`, {
      at: { file }, hint: `Unzip the archive and pass the ${what} in it.`,
    })
  }
  const small = inflate(bytes, file, entries, [WORKBOOK_PART, 'xl/_rels/workbook.xml.rels'], what)
  const rels = relationships(small['xl/_rels/workbook.xml.rels'], file)
  const book = parseWorkbookPart(small[WORKBOOK_PART]!, rels, file)
  if (book.sheets.length === 0) throw new TrustpathError('input_invalid', 'the workbook has no worksheet', { at: { file }, hint: `Save the ${what} as a worksheet of the workbook, or as CSV.` })
  const parts = inflate(bytes, file, entries, [rels.sharedStrings ?? 'xl/sharedStrings.xml', rels.styles ?? 'xl/styles.xml'], what)
  const strings = parseSharedStrings(parts[rels.sharedStrings ?? 'xl/sharedStrings.xml'], file)
  const styles = parseStyles(parts[rels.styles ?? 'xl/styles.xml'], file)
  const context: SheetContext = { strings, styles, date1904: book.date1904 }
  const open = (sheet: WorkbookSheet): SheetReader => {
    const xml = sheet.part === undefined || !entries.has(sheet.part) ? undefined : inflate(bytes, file, entries, [sheet.part], what)[sheet.part]
    return new SheetReader(xml, { file, sheet: sheet.name }, context)
  }
  const diagnostics: Diagnostic[] = []
  const rows = (sheet: WorkbookSheet, reader?: SheetReader): WorkbookSheetRows => ({ sheet: sheet.name, batches: (function* () { yield* (reader ?? open(sheet)).batches() })() })
  if (options.sheet !== undefined) {
    const sheet = findSheet(book.sheets, options.sheet, file)
    return { sheets: [rows(sheet)], diagnostics }
  }
  const visible = book.sheets.filter((s) => !s.hidden)
  if (visible.length === 0) throw new TrustpathError('input_invalid', 'every worksheet of the workbook is hidden', { at: { file }, hint: `Name the sheet to read with --sheet (${sheetNames(book.sheets)}).` })
  let first: { sheet: WorkbookSheet; reader: SheetReader } | undefined
  for (const sheet of visible) {
    const reader = open(sheet)
    if (reader.findHeader()) {
      first = { sheet, reader }
      break
    }
  }
  // No sheet names a known column: the first one is read, and the CSV columns' diagnostics say what is missing.
  if (first === undefined) return { sheets: [rows(visible[0]!)], diagnostics }
  if (first.sheet !== book.sheets[0]) {
    const before = book.sheets.slice(0, book.sheets.indexOf(first.sheet))
    diagnostics.push({ code: 'workbook_sheet', severity: 'warning', at: { file, sheet: first.sheet.name }, sheet: first.sheet.name, skipped: before.map((s) => s.name) })
  }
  // A workbook of one sheet per kind of device or per site ("Switches", "Cameras"): the sheets
  // after the first that are inventories too are read after it, as several files are. A sheet that
  // names known columns but none that tells its devices apart (a summary: "Manufacturer", "Count")
  // is not read, and is named, since devices listed there would be missed without a word.
  const sheets = [rows(first.sheet, first.reader)]
  const unread: string[] = []
  for (const sheet of visible.slice(visible.indexOf(first.sheet) + 1)) {
    const header = open(sheet).header()
    if (header === undefined) continue
    if (tellsDevicesApart(header)) sheets.push(rows(sheet))
    else unread.push(sheet.name)
  }
  if (sheets.length > 1) diagnostics.push({ code: 'workbook_sheets_read', severity: 'info', at: { file }, sheets: sheets.map((s) => s.sheet) })
  if (unread.length > 0) diagnostics.push({ code: 'workbook_sheets_unread', severity: 'warning', at: { file }, unread })
  return { sheets, diagnostics }
}

/**
 * Whether a sheet's header has a column that tells one device from another: an id, a name (which
 * then stands in for the id), a MAC or a serial number, as a CSV file's must (`buildColumnMap`).
 */
function tellsDevicesApart(header: readonly string[]): boolean {
  try {
    return buildColumnMap(header, { file: '' }, []).usable
  } catch {
    // The header of a list of parts or modules, or of Wireshark's conversations: no devices.
    return false
  }
}

/** The sheet named by `--sheet`: by name (also without case), or by its 1-based position. */
function findSheet(sheets: readonly WorkbookSheet[], wanted: string, file: string): WorkbookSheet {
  const byName = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.trim().toLowerCase())
  if (byName !== undefined) return byName
  const n = /^\d+$/.test(wanted.trim()) ? Number(wanted) : NaN
  const byNumber = sheets[n - 1]
  if (byNumber !== undefined) return byNumber
  throw new TrustpathError('input_invalid', `the workbook has no sheet "${wanted}"`, { at: { file }, hint: `Pass --sheet with one of its sheets, by name or number: ${sheetNames(sheets)}.` })
}

function sheetNames(sheets: readonly WorkbookSheet[]): string {
  return sheets.map((s, i) => `${i + 1} "${s.name}"${s.hidden ? ' (hidden)' : ''}`).join(', ')
}

/** The zip entries and their declared uncompressed sizes, without inflating anything. */
function listEntries(bytes: Uint8Array, file: string, what: string): Map<string, number> {
  const entries = new Map<string, number>()
  try {
    fflate().unzipSync(bytes, {
      filter: (f) => {
        entries.set(f.name, f.originalSize)
        return false
      },
    })
  } catch (err) {
    throw damaged(file, err, what)
  }
  return entries
}

/** The named parts that exist, inflated; a part larger than `MAX_PART_BYTES` is refused first. */
function inflate(bytes: Uint8Array, file: string, entries: ReadonlyMap<string, number>, names: readonly string[], what: string): Unzipped {
  for (const name of names) {
    const size = entries.get(name)
    if (size !== undefined && size > MAX_PART_BYTES) {
      throw new TrustpathError('input_invalid', `the workbook part ${name} would unpack to ${size.toLocaleString('en-US')} bytes, more than the 1 GiB read`, {
        at: { file }, hint: `A workbook this large is not ${what === 'inventory' ? 'an' : 'a'} ${what} kept in Excel (or it is a zip bomb): export the ${what} as CSV instead.`,
      })
    }
  }
  try {
    return fflate().unzipSync(bytes, { filter: (f) => names.includes(f.name) })
  } catch (err) {
    throw damaged(file, err, what)
  }
}

function damaged(file: string, err: unknown, what: string): TrustpathError {
  return new TrustpathError('input_invalid', `the ${what} is a zip archive that cannot be read, damaged or cut short (${(err as Error).message})`, {
    at: { file }, hint: 'Copy the file again, or open it in Excel and save it again (or as CSV UTF-8).', cause: err,
  })
}

/** An element's name without its namespace prefix (`x:row` → `row`: some writers prefix SpreadsheetML). */
function local(name: string): string {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}

/**
 * Parses one small XML part with saxes; a malformed part or a DOCTYPE stops the read with
 * `input_invalid`, naming the part.
 */
function parsePart(xml: Uint8Array, file: string, part: string, on: {
  open(name: string, attributes: Record<string, string>): void
  text?(text: string): void
  close?(name: string): void
}): void {
  const parser = newSaxesParser()
  let problem: string | undefined
  parser.on('error', (err) => { problem ??= xmlProblem(err) })
  parser.on('doctype', () => { problem ??= 'a DOCTYPE is refused (it can hide expanding entities)' })
  parser.on('opentag', (tag) => on.open(local(tag.name), tag.attributes as Record<string, string>))
  if (on.text !== undefined) {
    const text = on.text
    parser.on('text', text)
    parser.on('cdata', text)
  }
  if (on.close !== undefined) {
    const close = on.close
    parser.on('closetag', (tag) => close(local(tag.name)))
  }
  const decoder = new TextDecoder()
  for (let i = 0; i < xml.length && problem === undefined; i += SHEET_CHUNK) {
    parser.write(decoder.decode(xml.subarray(i, i + SHEET_CHUNK), { stream: true }))
  }
  if (problem === undefined) parser.close()
  if (problem !== undefined) {
    throw new TrustpathError('input_invalid', `the workbook part ${part} is not well-formed XML: ${problem} (line ${parser.line})`, {
      at: { file }, hint: 'Open the workbook in Excel and save it again, or export the sheet as CSV UTF-8.',
    })
  }
}

/** The targets of the workbook's relationships: worksheets by id, and the shared strings and styles parts. */
type Relationships = { byId: Map<string, string>; sharedStrings?: string; styles?: string }

function relationships(xml: Uint8Array | undefined, file: string): Relationships {
  const rels: Relationships = { byId: new Map() }
  if (xml === undefined) return rels
  parsePart(xml, file, 'xl/_rels/workbook.xml.rels', {
    open(name, a) {
      if (name !== 'Relationship' || a['Target'] === undefined) return
      // Targets are relative to xl/ (`worksheets/sheet1.xml`), or absolute in the package (`/xl/worksheets/sheet1.xml`).
      const target = a['Target'].startsWith('/') ? a['Target'].slice(1) : `xl/${a['Target']}`
      const type = a['Type'] ?? ''
      if (type.endsWith('/sharedStrings')) rels.sharedStrings = target
      else if (type.endsWith('/styles')) rels.styles = target
      if (a['Id'] !== undefined) rels.byId.set(a['Id'], target)
    },
  })
  return rels
}

/** The worksheets of `workbook.xml` in their order (chartsheets are left out), and its date system. */
function parseWorkbookPart(xml: Uint8Array, rels: Relationships, file: string): { sheets: WorkbookSheet[]; date1904: boolean } {
  const sheets: WorkbookSheet[] = []
  let date1904 = false
  parsePart(xml, file, WORKBOOK_PART, {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a['date1904'] === '1' || a['date1904'] === 'true'
      if (name !== 'sheet') return
      // The relationship id is `r:id`, under whatever prefix the file binds to the relationships namespace.
      const idName = Object.keys(a).find((k) => k.endsWith(':id'))
      const part = idName === undefined ? undefined : rels.byId.get(a[idName]!)
      if (part !== undefined && !/worksheets?\//i.test(part) && /chartsheets?\//i.test(part)) return
      sheets.push({ name: a['name'] ?? `Sheet${sheets.length + 1}`, hidden: a['state'] === 'hidden' || a['state'] === 'veryHidden', part })
    },
  })
  return { sheets, date1904 }
}

/**
 * ST_Xstring escapes (ECMA-376 Part 1, §22.9.2.19): characters XML cannot hold are written
 * `_xHHHH_` (Excel writes a carriage return as `_x000D_`), and a literal `_x` sequence as
 * `_x005F_xHHHH_`; decoded left to right.
 */
function unescapeXstring(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s
}

/**
 * The shared strings table: the text of each `<si>`, plain (`<t>`) or rich (the `<t>` of each run
 * `<r>`), without phonetic guides (`<rPh>`, the readings Japanese Excel keeps beside the text).
 */
function parseSharedStrings(xml: Uint8Array | undefined, file: string): string[] {
  const strings: string[] = []
  if (xml === undefined) return strings
  let text: string | undefined
  let inT = false
  let phonetic = 0
  parsePart(xml, file, 'xl/sharedStrings.xml', {
    open(name) {
      if (name === 'si') text = ''
      else if (name === 't') inT = phonetic === 0
      else if (name === 'rPh') phonetic++
    },
    text(t) {
      if (inT && text !== undefined) text += t
    },
    close(name) {
      if (name === 't') inT = false
      else if (name === 'rPh') phonetic--
      else if (name === 'si') {
        strings.push(unescapeXstring(text ?? ''))
        text = undefined
      }
    },
  })
  return strings
}

/** How a numeric cell is written out, by its style: as a date, a time, zero-padded, or as the number. */
type NumberStyle = 'date' | 'time' | { pad: number } | undefined

/**
 * Built-in number formats that show dates or times (ECMA-376 Part 1, §18.8.30): 14-17 dates,
 * 18-21 times, 22 date and time, 45-47 times; 27-36 and 50-58 are the dates of the Chinese,
 * Japanese and Korean locales.
 */
function builtInStyle(id: number): NumberStyle {
  if ((id >= 14 && id <= 17) || id === 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return 'date'
  if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) return 'time'
  return undefined
}

/**
 * What a custom format code shows: a date when it has a year or day token outside quoted text,
 * escapes and brackets (`[Red]`, `[$-409]`), a time with hours or seconds only, a zero-padded
 * number for a code of zeros only (`000000`, kept for serials and asset tags with leading zeros).
 */
function customStyle(code: string): NumberStyle {
  if (/^0+$/.test(code)) return { pad: code.length }
  const bare = code.split(';')[0]!.replace(/"[^"]*"|\\.|_.|\*.|\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '')
  if (/[yd]/i.test(bare)) return 'date'
  if (/[hs]/i.test(bare)) return 'time'
  return undefined
}

/** Per cell style (`s` of a cell, an index into `<cellXfs>`): how its numbers are written. */
function parseStyles(xml: Uint8Array | undefined, file: string): NumberStyle[] {
  const styles: NumberStyle[] = []
  if (xml === undefined) return styles
  const custom = new Map<number, NumberStyle>()
  let inCellXfs = false
  parsePart(xml, file, 'xl/styles.xml', {
    open(name, a) {
      if (name === 'numFmt' && a['numFmtId'] !== undefined) custom.set(Number(a['numFmtId']), customStyle(a['formatCode'] ?? ''))
      else if (name === 'cellXfs') inCellXfs = true
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a['numFmtId'] ?? 0)
        styles.push(custom.has(id) ? custom.get(id) : builtInStyle(id))
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false
    },
  })
  return styles
}

type SheetContext = { strings: readonly string[]; styles: readonly NumberStyle[]; date1904: boolean }

/** Column letters (`AB`) → 0-based column index; -1 when the reference has none. */
function columnOf(ref: string): number {
  let col = 0
  let i = 0
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20
    if (c < 0x61 || c > 0x7a) break
    col = col * 26 + (c - 0x60)
  }
  return i === 0 ? -1 : col - 1
}

/** A merged range (0-based columns, 1-based rows), whose top-left value covers every cell of it. */
type Merge = { r1: number; c1: number; r2: number; c2: number; value: string }

const MS_PER_DAY = 86_400_000
/** Excel's last row, 1,048,576 (Microsoft's "Excel specifications and limits"). */
const MAX_ROW = 1_048_576
/** The serial of 9999-12-31, Excel's last date. */
const MAX_SERIAL = 2_958_465
/** Day 0 of the 1900 date system as JavaScript counts it: serial 1 is 1900-01-01, and Excel counts a 1900-02-29 (serial 60) that never was. */
const EPOCH_1900 = Date.UTC(1899, 11, 30)
const EPOCH_1904 = Date.UTC(1904, 0, 1)

/** A date serial as `yyyy-mm-dd`, or `yyyy-mm-ddThh:mm:ss` when it has a time of day. */
function serialDate(serial: number, date1904: boolean): string {
  // Serials before 1900-03-01 are one day off with the 1900 epoch above (the missing leap day).
  const epoch = date1904 ? EPOCH_1904 : serial < 61 ? EPOCH_1900 + MS_PER_DAY : EPOCH_1900
  const iso = new Date(epoch + Math.round(serial * 86_400) * 1000).toISOString()
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19)
}

function serialTime(serial: number): string {
  const seconds = Math.round((serial - Math.floor(serial)) * 86_400)
  return new Date(seconds * 1000).toISOString().slice(11, 19)
}

/**
 * A number as written in a cell's `<v>`, as text: integers in plain digits whatever the writer
 * wrote (`120000.0`, `1.2E5`), other numbers in JavaScript's shortest form.
 */
function numberText(v: string): string {
  if (/^-?\d+$/.test(v)) return v
  const x = Number(v)
  if (!Number.isFinite(x)) return v
  return Number.isInteger(x) && Math.abs(x) < 1e21 ? x.toFixed(0) : String(x)
}

/**
 * Reads one worksheet's XML into CSV records: row numbers as the records' lines, each cell at its
 * column (empty cells between kept as ''), values as Excel's "Save as CSV" would write them but
 * with dates as ISO dates and numbers in full.
 */
class SheetReader {
  private readonly xml: Uint8Array | undefined
  private readonly at: SourceLocation & { sheet: string }
  private readonly ctx: SheetContext
  private readonly parser = newSaxesParser()
  private readonly decoder = new TextDecoder()
  private pos = 0
  private problem: string | undefined
  /** Records read and not yet handed out. */
  private ready: CsvRecord[] = []
  private readonly diagnostics: Diagnostic[] = []
  /** The header's width once it is found (cells past it have no column); undefined before. */
  private width: number | undefined
  private merges: Merge[]
  /**
   * Rows that hold nothing but one range merged across columns: in a sheet kept by hand, a note
   * below the table or a section title between its rows ("Floor 2"), whose text the merge would
   * copy into the name, manufacturer and model of a device. Below the header they are skipped.
   */
  private readonly mergedRows = new Set<number>()
  private headerLine = 0
  private nonEmpty = 0

  // The cell being read.
  private row: string[] | undefined
  private rowNumber = 0
  private col = -1
  private type: string | undefined
  private style = 0
  private value = ''
  private inValue = false
  private inInline = 0
  private phonetic = 0

  constructor(xml: Uint8Array | undefined, at: SourceLocation & { sheet: string }, ctx: SheetContext) {
    this.xml = xml
    this.at = at
    this.ctx = ctx
    this.merges = xml === undefined ? [] : findMerges(xml)
    const p = this.parser
    p.on('error', (err) => { this.problem ??= xmlProblem(err) })
    p.on('doctype', () => { this.problem ??= 'a DOCTYPE is refused (it can hide expanding entities)' })
    p.on('opentag', (tag) => this.open(local(tag.name), tag.attributes as Record<string, string>))
    p.on('text', (t) => this.text(t))
    p.on('cdata', (t) => this.text(t))
    p.on('closetag', (tag) => this.close(local(tag.name)))
  }

  /**
   * Reads rows until one names a known column (`resolveColumn`), which becomes the header with the
   * rows after it, and the rows before it (a title, a blank line) are dropped; false when none
   * does in the first rows.
   */
  findHeader(): boolean {
    for (let more = true; ;) {
      // Qualys's findings, saved as a workbook, keep the lines about the report and the scan above
      // them (the scan's table names known columns: `Type`, `Status`): after a title, the findings'
      // header is looked for among the first rows (see csv.ts `headerIndex`).
      while (more && this.nonEmpty < HEADER_SCAN_ROWS && this.ready.length > 0 && isTitleRow(this.ready[0]!.cells) && !this.ready.some((r) => isQualysCsvHeader(r.cells))) more = this.step()
      const qualys = this.ready.findIndex((r) => isQualysCsvHeader(r.cells))
      let header = qualys >= 0 ? qualys : this.ready.findIndex((r) => r.cells.some((c) => resolveColumn(c) !== undefined))
      // A row of group names over the column names ("Device", "Network" above merged cells) names
      // fewer columns than the row under it (see csv.ts `headerIndex`), which is then the header.
      if (qualys < 0 && header >= 0 && header + 1 >= this.ready.length && more) {
        more = this.step()
        continue
      }
      if (qualys < 0 && header >= 0 && header + 1 < this.ready.length && namedColumns(this.ready[header + 1]!.cells) > namedColumns(this.ready[header]!.cells)) header++
      if (header >= 0) {
        this.ready = this.ready.slice(header)
        this.setWidth(this.ready[0]!)
        this.headerLine = this.ready[0]!.line
        return true
      }
      if (!more || this.nonEmpty >= HEADER_SCAN_ROWS) return false
      more = this.step()
    }
  }

  /** The cells of the header row (`findHeader`), or undefined when none is found in the first rows. */
  header(): readonly string[] | undefined {
    return this.findHeader() ? this.ready[0]!.cells : undefined
  }

  /** The records in batches; without a header found before, the first non-empty row is the header. */
  *batches(): Generator<{ records: CsvRecord[]; done: number; diagnostics: Diagnostic[] }> {
    for (;;) {
      const more = this.step()
      if (this.width === undefined && this.ready.length > 0) {
        this.setWidth(this.ready[0]!)
        this.headerLine = this.ready[0]!.line
      }
      const records: CsvRecord[] = []
      for (const r of this.ready) {
        if (r.line > this.headerLine && this.mergedRows.has(r.line)) {
          const text = r.cells.find((c) => c.trim() !== '')!.trim()
          this.diagnostics.push({ code: 'row_without_device', severity: 'warning', at: { ...this.at, line: r.line }, reason: 'merged_cells', text })
        } else {
          records.push(this.fit(r))
        }
      }
      this.ready = []
      const diagnostics = this.diagnostics.splice(0, this.diagnostics.length)
      const done = this.xml === undefined || this.xml.length === 0 ? 1 : Math.min(1, this.pos / this.xml.length)
      if (records.length > 0 || diagnostics.length > 0 || !more) yield { records, done, diagnostics }
      if (!more) return
    }
  }

  /** The header's width: up to its last non-empty cell. */
  private setWidth(header: CsvRecord): void {
    let w = header.cells.length
    while (w > 0 && header.cells[w - 1]!.trim() === '') w--
    this.width = w
  }

  /** A record cut or padded to the header's width, as CSV rows have the header's field count. */
  private fit(r: CsvRecord): CsvRecord {
    const w = this.width!
    if (r.cells.length === w) return r
    if (r.cells.length > w) return { cells: r.cells.slice(0, w), line: r.line }
    const cells = r.cells
    while (cells.length < w) cells.push('')
    return r
  }

  /** Parses the next chunk of the XML; false at its end (or at its first problem). */
  private step(): boolean {
    const xml = this.xml
    if (xml === undefined || this.problem !== undefined) return false
    if (this.pos >= xml.length) return false
    const end = Math.min(this.pos + SHEET_CHUNK, xml.length)
    this.parser.write(this.decoder.decode(xml.subarray(this.pos, end), { stream: end < xml.length }))
    this.pos = end
    if (end >= xml.length && this.problem === undefined) this.parser.close()
    if (this.problem !== undefined) {
      // The rows before the problem are kept; the one it is in, and the rest of the sheet, are not read.
      this.diagnostics.push({
        code: 'malformed_xml', severity: 'error', at: this.rowNumber > 0 ? { ...this.at, line: this.rowNumber } : this.at,
        problem: `${this.problem} (line ${this.parser.line} of the sheet's XML)`, expected: 'a worksheet of an Excel workbook (SpreadsheetML)',
      })
      return false
    }
    return this.pos < xml.length
  }

  private open(name: string, a: Record<string, string>): void {
    switch (name) {
      case 'row': {
        const r = a['r'] === undefined ? NaN : Number(a['r'])
        // A number past Excel's last row (a damaged or hand-edited sheet) is not taken: the rows
        // of a file known by names are kept by their numbers, and one of 10^26 crashed the read.
        this.rowNumber = Number.isInteger(r) && r > 0 && r <= MAX_ROW ? r : this.rowNumber + 1
        this.row = []
        return
      }
      case 'c': {
        const ref = a['r']
        const col = ref === undefined ? -1 : columnOf(ref)
        this.col = col >= 0 ? col : (this.row?.length ?? 0)
        this.type = a['t']
        this.style = a['s'] === undefined ? 0 : Number(a['s'])
        this.value = ''
        return
      }
      case 'v':
        this.inValue = true
        return
      case 'is':
        this.inInline++
        return
      case 'rPh':
        this.phonetic++
        return
      case 't':
        if (this.inInline > 0 && this.phonetic === 0) this.inValue = true
        return
    }
  }

  private text(t: string): void {
    if (this.inValue) this.value += t
  }

  private close(name: string): void {
    switch (name) {
      case 'v':
      case 't':
        this.inValue = false
        return
      case 'is':
        this.inInline--
        return
      case 'rPh':
        this.phonetic--
        return
      case 'c': {
        const row = this.row
        if (row === undefined || this.col > 16_383) return // Excel's last column is XFD
        while (row.length < this.col) row.push('')
        row[this.col] = this.cellText()
        return
      }
      case 'row': {
        const row = this.row
        this.row = undefined
        // saxes goes on after a problem; the row it is in, and those after it, are not taken.
        if (row === undefined || this.problem !== undefined) return
        if (this.merges.length > 0 && this.fillMerges(row, this.rowNumber)) this.mergedRows.add(this.rowNumber)
        if (row.some((c) => c.trim() !== '')) {
          this.nonEmpty++
          this.ready.push({ cells: row, line: this.rowNumber })
        }
        return
      }
    }
  }

  /** The text of the cell just read, by its type (ECMA-376 Part 1, §18.18.11 ST_CellType). */
  private cellText(): string {
    const v = this.value
    switch (this.type) {
      case 's': {
        const i = Number(v)
        return Number.isInteger(i) ? this.ctx.strings[i] ?? '' : ''
      }
      case 'inlineStr':
      case 'str':
        return unescapeXstring(v)
      case 'b':
        // As Excel's "Save as CSV" writes them.
        return v === '1' || v === 'true' ? 'TRUE' : v === '' ? '' : 'FALSE'
      case 'e':
      case 'd':
        return v
    }
    // A number (`n`, or no type).
    if (v === '') return ''
    const style = this.ctx.styles[this.style]
    if (style === undefined) return numberText(v)
    const x = Number(v)
    // Serials from 0 to 9999-12-31 (2,958,465) are dates; others are numbers a date format cannot show.
    if (!Number.isFinite(x) || x < 0 || x > MAX_SERIAL) return numberText(v)
    if (style === 'date') return serialDate(x, this.ctx.date1904)
    if (style === 'time') return serialTime(x)
    const digits = numberText(v)
    return /^\d+$/.test(digits) ? digits.padStart(style.pad, '0') : digits
  }

  /**
   * Copies the top-left value of each merged range over the rest of it, in the row just read; true
   * when the row holds nothing but one range merged across columns (see `mergedRows`).
   */
  private fillMerges(row: string[], r: number): boolean {
    let filled = 0
    for (let c = 0; c < row.length; c++) if (row[c]!.trim() !== '') filled++
    let across: Merge | undefined
    let only = true
    for (const m of this.merges) {
      if (r < m.r1 || r > m.r2) continue
      if (r === m.r1) m.value = row[m.c1] ?? ''
      if (m.value === '') continue
      let own = 0
      for (let c = m.c1; c <= m.c2; c++) {
        if ((row[c] ?? '').trim() !== '') own++
        if (c === m.c1 && r === m.r1) continue
        while (row.length < c) row.push('')
        if ((row[c] ?? '') === '') row[c] = m.value
      }
      if (m.c2 > m.c1 && own === filled && across === undefined) across = m
      else if (own > 0 || m.c2 > m.c1) only = false
    }
    return only && across !== undefined
  }
}

/** Merged ranges are listed after the rows (`<mergeCells>` follows `<sheetData>`): the end of the XML is searched for them. */
const SHEET_DATA_END = new TextEncoder().encode('sheetData>')

/** The merged ranges of a worksheet, from the XML after its rows. */
function findMerges(xml: Uint8Array): Merge[] {
  const at = lastIndexOf(xml, SHEET_DATA_END)
  if (at < 0) return []
  const tail = new TextDecoder().decode(xml.subarray(at))
  const merges: Merge[] = []
  for (const m of tail.matchAll(/<(?:[\w.-]+:)?mergeCell\s[^>]*?\bref\s*=\s*["']([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?["']/g)) {
    const c1 = columnOf(m[1]!)
    const r1 = Number(m[2])
    const c2 = m[3] === undefined ? c1 : columnOf(m[3])
    const r2 = m[4] === undefined ? r1 : Number(m[4])
    if (c2 > c1 || r2 > r1) merges.push({ r1, c1, r2, c2, value: '' })
  }
  return merges
}

function lastIndexOf(bytes: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = bytes.length - needle.length; i >= 0; i--) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer
    return i
  }
  return -1
}
