import { strToU8, zipSync } from 'fflate'

/**
 * Small Excel workbooks for tests, written part by part in the shape Excel 2016 saves them
 * (content types, package and workbook relationships, shared strings, styles, one part per sheet),
 * zipped with fflate.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships'
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

export type TestSheet = {
  name: string
  /** The inside of `<sheetData>`: `<row>` elements as Excel writes them. */
  rows: string
  /** What follows `<sheetData>` (`<mergeCells>`...). */
  after?: string
  state?: 'hidden' | 'veryHidden'
}

export type TestWorkbook = {
  sheets: TestSheet[]
  /** The shared strings, in index order. */
  strings?: string[]
  /** The inside of `<styleSheet>` (`<numFmts>`, `<cellXfs>`); a default with one plain style when absent. */
  styles?: string
  date1904?: boolean
  /** Other entries, by name (to make a zip that is not a workbook, use `zipOf`). */
  extra?: Record<string, string>
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A zip of the given entries (text), deflated as Excel deflates them. */
export function zipOf(entries: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(entries).map(([name, text]) => [name, strToU8(text)])), { level: 6 })
}

/** The bytes of an .xlsx workbook with these sheets. */
export function buildWorkbook(book: TestWorkbook): Uint8Array {
  const sheets = book.sheets
  const entries: Record<string, string> = {
    '[Content_Types].xml': XML_DECL +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '</Types>',
    '_rels/.rels': XML_DECL + `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': XML_DECL +
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${book.date1904 ? ' date1904="1"' : ''} defaultThemeVersion="164011"/>` +
      '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>' +
      sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('') +
      '</sheets><calcPr calcId="162913"/></workbook>',
    'xl/_rels/workbook.xml.rels': XML_DECL + `<Relationships xmlns="${PKG_REL}">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${sheets.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      '</Relationships>',
    'xl/styles.xml': XML_DECL + `<styleSheet xmlns="${MAIN}">` +
      (book.styles ?? '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>') + '</styleSheet>',
    'xl/sharedStrings.xml': XML_DECL + `<sst xmlns="${MAIN}" count="${book.strings?.length ?? 0}" uniqueCount="${book.strings?.length ?? 0}">` +
      (book.strings ?? []).map((s) => `<si><t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ''}>${escape(s)}</t></si>`).join('') + '</sst>',
    ...book.extra,
  }
  sheets.forEach((s, i) => {
    entries[`xl/worksheets/sheet${i + 1}.xml`] = XML_DECL +
      `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/><sheetData>${s.rows}</sheetData>${s.after ?? ''}` +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  })
  return zipOf(entries)
}

/** Column letters of a 0-based index (0 → A, 27 → AB). */
function letters(col: number): string {
  let s = ''
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

/**
 * A sheet of text cells through the shared strings table, as Excel stores typed text: `table` is
 * its rows from row 1, '' for an empty cell (left out, as Excel leaves it out).
 */
export function textSheet(name: string, table: readonly (readonly string[])[]): { sheet: TestSheet; strings: string[] } {
  const strings: string[] = []
  const index = new Map<string, number>()
  const rows = table.map((cells, r) => `<row r="${r + 1}">` + cells.map((v, c) => {
    if (v === '') return ''
    let i = index.get(v)
    if (i === undefined) {
      i = strings.push(v) - 1
      index.set(v, i)
    }
    return `<c r="${letters(c)}${r + 1}" t="s"><v>${i}</v></c>`
  }).join('') + '</row>').join('')
  return { sheet: { name, rows }, strings }
}
