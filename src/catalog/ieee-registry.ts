import type { Diagnostic, WithDiagnostics } from '../diagnostics/diagnostic.js'
import type { OuiRegistry } from '../domain/evidence.js'
import type { OuiEntry } from './types.js'

/** The header line of every IEEE registry CSV (oui.csv, mam.csv, oui36.csv, iab.csv, cid.csv). */
export const IEEE_REGISTRY_HEADER = ['Registry', 'Assignment', 'Organization Name', 'Organization Address'] as const

/** Hex digits of an assignment in each registry. */
const ASSIGNMENT_DIGITS: Readonly<Record<OuiRegistry, number>> = {
  'MA-L': 6, 'MA-M': 7, 'MA-S': 9, IAB: 9, CID: 6,
}

/**
 * Where the IEEE publishes each registry (under https://standards-oui.ieee.org/), as CSV and as
 * text, and the `catalog update` option that takes it.
 */
export const IEEE_REGISTRY_FILES: Readonly<Record<OuiRegistry, { folder: string; csv: string; text: string; option: string }>> = {
  'MA-L': { folder: 'oui', csv: 'oui.csv', text: 'oui.txt', option: '--oui' },
  'MA-M': { folder: 'oui28', csv: 'mam.csv', text: 'mam.txt', option: '--mam' },
  'MA-S': { folder: 'oui36', csv: 'oui36.csv', text: 'oui36.txt', option: '--oui36' },
  IAB: { folder: 'iab', csv: 'iab.csv', text: 'iab.txt', option: '--iab' },
  CID: { folder: 'cid', csv: 'cid.csv', text: 'cid.txt', option: '--cid' },
}

const HEX = /^[0-9A-Fa-f]+$/
/**
 * An assignment as a spreadsheet writes it once it took it for a number: leading zeros dropped
 * (001882 as 1882) or in scientific notation (06E2 read as 6 times 10 to the 2nd, written 6.00E+02;
 * Microsoft KB Q66033). Only an assignment that is not one already is taken for one.
 */
const SPREADSHEET_NUMBER = /^(?:\d+|\d+(?:\.\d+)?E[+-]?\d+)$/i

function isRegistry(value: string): value is OuiRegistry {
  return Object.hasOwn(ASSIGNMENT_DIGITS, value)
}

/** Reports a registry entry that is skipped, with its line (`registry_row_invalid`), into `diagnostics`. */
function rowProblems(file: string, diagnostics: Diagnostic[]): (line: number, problem: string) => void {
  return (line, problem) => {
    diagnostics.push({ code: 'registry_row_invalid', severity: 'warning', at: { file, line }, problem })
  }
}

/**
 * Reports a file that ends in the middle of a line (`registry_truncated`): the IEEE ends every line
 * of its files with CRLF, so a download cut short is told by its last line. `skipped` says whether
 * the entry on that line was left out because its organisation name may be cut.
 */
function truncated(
  diagnostics: Diagnostic[], source: { file: string; registry?: OuiRegistry }, line: number, skipped: boolean,
  ending: 'mid_line' | 'mid_entry' = 'mid_line',
): void {
  const diagnostic: Extract<Diagnostic, { code: 'registry_truncated' }> = {
    code: 'registry_truncated', severity: 'warning', at: { file: source.file, line }, ending, skipped,
  }
  if (source.registry !== undefined) diagnostic.registry = source.registry
  diagnostics.push(diagnostic)
}

/** One CSV record, the 1-based line it starts on, and whether a line break ends it. */
type CsvRecord = { line: number; fields: string[]; unclosed: boolean; terminated: boolean }

/**
 * Splits RFC 4180 CSV: quoted fields may hold commas, line breaks and doubled quotes. The IEEE
 * files use CRLF and quote only fields that need it.
 */
function* readCsvRecords(text: string): Generator<CsvRecord> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  const n = text.length
  while (i < n) {
    const start = line
    const fields: string[] = []
    let field = ''
    let unclosed = false
    for (;;) {
      if (text[i] === '"') {
        i++
        for (;;) {
          const q = text.indexOf('"', i)
          if (q === -1) {
            field += text.slice(i)
            i = n
            unclosed = true
            break
          }
          field += text.slice(i, q)
          i = q + 1
          if (text[i] === '"') {
            field += '"'
            i++
          } else break
        }
        for (const c of field) if (c === '\n') line++
        // Text after the closing quote (a malformed field) is kept as is.
        while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') field += text[i++]
      } else {
        let j = i
        while (j < n && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++
        field = text.slice(i, j)
        i = j
      }
      fields.push(field)
      field = ''
      if (i < n && text[i] === ',') {
        i++
        continue
      }
      break
    }
    const terminated = text[i] === '\r' || text[i] === '\n'
    if (text[i] === '\r') i++
    if (text[i] === '\n') i++
    line++
    yield { line: start, fields, unclosed, terminated }
  }
}

/**
 * Parses an IEEE registry CSV as published by the IEEE Registration Authority (MA-L `oui.csv`,
 * MA-M `mam.csv`, MA-S `oui36.csv`, `iab.csv`, `cid.csv`). A wrong header gives a
 * `registry_header` error and no entries; a bad row gives `registry_row_invalid` with its line
 * and is skipped. When `source.registry` is given, a file whose first entry is of another registry
 * is refused with `registry_mismatch`; a later row of another registry is a bad row. A last row
 * without its line break, or a quote never closed, gives `registry_truncated` (cut short). A file
 * with assignments a spreadsheet turned into numbers (`1882`, `6.00E+02`) is refused with
 * `registry_format` (`resaved_numbers`): those blocks cannot be told back.
 *
 * @example
 * parseIeeeRegistryCsv(text, { file: 'oui.csv', registry: 'MA-L' }).value[0]
 * // { prefix: '286FB9', registry: 'MA-L', organization: 'Nokia Shanghai Bell Co., Ltd.' }
 */
export function parseIeeeRegistryCsv(
  text: string,
  source: { file: string; registry?: OuiRegistry },
): WithDiagnostics<OuiEntry[]> {
  const diagnostics: Diagnostic[] = []
  const entries: OuiEntry[] = []
  const bad = rowProblems(source.file, diagnostics)

  let header = true
  /** Whether an entry of a known registry was read (the first one decides whether the file is of another registry). */
  let sawEntry = false
  /** The first assignment a spreadsheet turned into a number, and how many rows hold one. */
  let spreadsheet: { line: number; got: string; rows: number } | undefined
  for (const record of readCsvRecords(text)) {
    const { line, fields } = record
    if (header) {
      header = false
      const got = fields.map((f) => f.trim())
      if (got.length < 3 || IEEE_REGISTRY_HEADER.some((name, k) => k < 3 && got[k] !== name)) {
        diagnostics.push({
          code: 'registry_header', severity: 'error', at: { file: source.file, line },
          expected: [...IEEE_REGISTRY_HEADER], got,
        })
        return { value: [], diagnostics }
      }
      continue
    }
    // A blank line, or a row of empty fields (",,,"), as a spreadsheet writes rows it kept empty below the table.
    if (fields.every((f) => f.trim() === '') && !record.unclosed) continue
    if (record.unclosed || !record.terminated) {
      // A quote left open runs to the end of the file, and a last line without its line break
      // is cut: both are a download cut short. A row cut in its address still has its name.
      const cut = record.unclosed || fields.length < IEEE_REGISTRY_HEADER.length
      truncated(diagnostics, source, line, cut)
      if (cut) continue
    }
    const [registry = '', assignment = '', organization = ''] = fields.map((f) => f.trim())
    if (!isRegistry(registry)) {
      bad(line, `unknown registry "${registry}"; expected MA-L, MA-M, MA-S, IAB or CID`)
      continue
    }
    if (source.registry !== undefined && registry !== source.registry) {
      // The first entry names another registry: the whole file is that registry's (mam.csv given
      // as --oui), said once instead of once per row.
      if (!sawEntry) {
        diagnostics.push({ code: 'registry_mismatch', severity: 'error', at: { file: source.file, line }, expected: source.registry, got: registry })
        return { value: [], diagnostics }
      }
      bad(line, `registry "${registry}" in a ${source.registry} file`)
      continue
    }
    sawEntry = true
    const digits = ASSIGNMENT_DIGITS[registry]
    if (assignment.length !== digits || !HEX.test(assignment)) {
      if (SPREADSHEET_NUMBER.test(assignment)) {
        if (spreadsheet === undefined) spreadsheet = { line, got: assignment, rows: 0 }
        spreadsheet.rows++
      } else bad(line, `assignment "${assignment}" is not ${digits} hex digits as ${registry} requires`)
      continue
    }
    if (organization === '') {
      bad(line, `assignment ${assignment} has no organization name`)
      continue
    }
    entries.push({ prefix: assignment.toUpperCase(), registry, organization })
  }
  if (header) {
    diagnostics.push({
      code: 'registry_header', severity: 'error', at: { file: source.file, line: 1 },
      expected: [...IEEE_REGISTRY_HEADER], got: [],
    })
  }
  if (spreadsheet !== undefined) {
    // A spreadsheet saved the file again: the blocks it turned into numbers cannot be told back
    // (1882 may be 001882 or 0001882), so the file is refused rather than taken without them.
    const resaved: Extract<Diagnostic, { code: 'registry_format' }> = {
      code: 'registry_format', severity: 'error', at: { file: source.file, line: spreadsheet.line },
      found: 'resaved_numbers', got: spreadsheet.got, rows: spreadsheet.rows,
    }
    if (source.registry !== undefined) resaved.registry = source.registry
    return { value: [], diagnostics: [resaved] }
  }
  return { value: entries, diagnostics }
}

/** The registry by assignment width, for a text file that names none (MA-S and CID share widths with IAB and MA-L). */
const REGISTRY_BY_DIGITS: Readonly<Record<number, OuiRegistry>> = { 6: 'MA-L', 7: 'MA-M', 9: 'MA-S' }
/**
 * The IEEE's own MA-L blocks that the IAB registry divides (all 4,575 assignments of iab.csv of
 * 2026-05-21 lie in one); the MA-S registry divides others (001BC5, 70B3D5, 8C1F64 in oui36.csv).
 */
const IAB_BLOCKS: ReadonlySet<string> = new Set(['0050C2', '40D855'])

/** Whether a 24-bit assignment has the X bit (the second lowest bit of its first octet) set, as a CID has and an OUI has not. */
function hasXBit(assignment: string): boolean {
  return (Number.parseInt(assignment.charAt(1), 16) & 2) !== 0
}

/**
 * The registry a text entry's assignment is of, told by its width and, for 36 bits, the block it
 * lies in; undefined when `expected` may hold it (a 24-bit assignment is MA-L's or CID's alike).
 */
function otherRegistryOf(assignment: string, expected: OuiRegistry): OuiRegistry | undefined {
  const width = assignment.length
  if (width === ASSIGNMENT_DIGITS[expected] && (width !== 9 || IAB_BLOCKS.has(assignment.slice(0, 6)) === (expected === 'IAB'))) return undefined
  if (width === 9) return IAB_BLOCKS.has(assignment.slice(0, 6)) ? 'IAB' : 'MA-S'
  return REGISTRY_BY_DIGITS[width]
}

/**
 * The lines of the IEEE text files. The IEEE writes oui.txt, mam.txt and oui36.txt with tabs
 * between the columns and iab.txt and cid.txt with columns padded by spaces, and older copies of
 * oui.txt indent every line, so any run of white space separates the columns.
 */
const TEXT_HEX_LINE = /^\s*([0-9A-Fa-f]{2})-([0-9A-Fa-f]{2})-([0-9A-Fa-f]{2})\s+\(hex\)(.*)$/
const TEXT_BASE16_LINE = /^\s*([0-9A-Fa-f]{6})(?:-([0-9A-Fa-f]{6}))?\s+\(base 16\)(.*)$/
/** The header block names the registry: "OUI/MA-L", "OUI-28/MA-M Range", "OUI-36/MA-S Range", "IAB Range", "CID". */
const TEXT_HEADER_REGISTRY: readonly (readonly [RegExp, OuiRegistry])[] = [
  [/\bMA-L\b/, 'MA-L'], [/\bMA-M\b/, 'MA-M'], [/\bMA-S\b/, 'MA-S'], [/^\s*IAB\b/, 'IAB'], [/^\s*CID\b/, 'CID'],
]
const TEXT_TITLE = /^\s*(?:OUI\S*|CID|IAB Range|company_id)\s+Organization\s*$/

/**
 * The assignment a text entry gives: the 24-bit prefix of its `(hex)` line, plus the digits its
 * `(base 16)` range fixes (`C00000-CFFFFF` fixes `C`: an MA-M block; `F71000-F71FFF` fixes
 * `F71`: an MA-S or IAB block). A single value (`00E0FC`) is the MA-L or CID assignment itself.
 * Undefined when the range is not a block of that form.
 */
function textAssignment(oui: string, low: string, high: string | undefined): string | undefined {
  if (high === undefined) return low.toUpperCase() === oui ? oui : undefined
  const lo = low.toUpperCase()
  const hi = high.toUpperCase()
  let k = 0
  while (k < 6 && lo[k] === hi[k]) k++
  if (!/^0*$/.test(lo.slice(k)) || !/^F*$/.test(hi.slice(k))) return undefined
  return oui + lo.slice(0, k)
}

/**
 * Parses an IEEE registry in the text layout the IEEE also publishes (`oui.txt`, `mam.txt`,
 * `oui36.txt`, `iab.txt`, `cid.txt`): a header block naming the registry, then per assignment a
 * `00-E0-FC   (hex)   HUAWEI TECHNOLOGIES CO.,LTD` line, a `00E0FC   (base 16)   HUAWEI…` line
 * (for MA-M, MA-S and IAB the range of the lower bits, `C00000-CFFFFF`), address lines and a blank
 * line. Gives the entries the CSV of the same registry gives. A header naming another registry
 * than `source.registry` gives a `registry_mismatch` error and no entries, and so does a file whose
 * header names none when its first entry is of another width (or, for 36 bits, lies in an IAB block
 * or not) or its 24-bit assignments mostly have the X bit of the other of MA-L and CID; a bad entry gives
 * `registry_row_invalid` with its line and is skipped. Without `source.registry` and a header,
 * the registry follows from the assignment's width (6 MA-L, 7 MA-M, 9 MA-S). Older copies are read
 * too: the title block of the 2000s, and for MA-L and CID entries of a `(hex)` or a `(base 16)`
 * line alone. A file whose last line has no line break gives `registry_truncated` (cut short).
 *
 * @example
 * parseIeeeRegistryText(text, { file: 'mam.txt', registry: 'MA-M' }).value[0]
 * // { prefix: 'C85CE27', registry: 'MA-M', organization: 'SYNERGY SYSTEMS AND SOLUTIONS' }
 */
export function parseIeeeRegistryText(
  text: string,
  source: { file: string; registry?: OuiRegistry },
): WithDiagnostics<OuiEntry[]> {
  const diagnostics: Diagnostic[] = []
  const entries: OuiEntry[] = []
  const report = rowProblems(source.file, diagnostics)
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/)

  let i = 0
  let declared: { registry: OuiRegistry; line: number } | undefined
  for (; i < lines.length && !TEXT_HEX_LINE.test(lines[i] as string) && !TEXT_BASE16_LINE.test(lines[i] as string); i++) {
    if (declared !== undefined) continue
    const line = lines[i] as string
    const found = TEXT_HEADER_REGISTRY.find(([pattern]) => pattern.test(line))
    if (found !== undefined) declared = { registry: found[1], line: i + 1 }
  }
  if (declared !== undefined && source.registry !== undefined && declared.registry !== source.registry) {
    diagnostics.push({
      code: 'registry_mismatch', severity: 'error', at: { file: source.file, line: declared.line },
      expected: source.registry, got: declared.registry,
    })
    return { value: [], diagnostics }
  }
  const registry = source.registry ?? declared?.registry

  // The last line, when no line break ends it: the file was cut there (see `truncated`).
  const cutLine = text === '' || /[\r\n]$/.test(text) ? undefined : lines.length
  /** Whether an entry that starts on the cut line was left out ("20-47-DA   (hex)" cut before its name). */
  let cutEntryLeftOut = false
  /** The line of a last entry of a (hex) line alone, in a registry whose entries need their (base 16) line: the file was cut after it. */
  let endsInEntry: number | undefined
  /** Reports a bad entry, but for one on the cut line: the cut, reported once, is why it is bad. */
  const bad = (line: number, problem: string) => {
    if (line === cutLine) cutEntryLeftOut = true
    else report(line, problem)
  }
  /** The line the last entry's name was read from: a cut may have shortened it. */
  let nameLine = 0
  /** The line of the first 24-bit entry with the X bit set (a CID's) and of the first without (an OUI's). */
  const firstWithX: { set?: number; clear?: number } = {}
  /** Adds an entry that starts on line `start` and whose organisation was read on line `line`. */
  const add = (entry: OuiEntry, line: number, start: number) => {
    entries.push(entry)
    nameLine = line
    if (entry.prefix.length === 6) firstWithX[hasXBit(entry.prefix) ? 'set' : 'clear'] ??= start
  }
  // A 24-bit assignment (MA-L, CID) is whole on either line of its entry, so copies that kept only
  // one of them are read too: `grep "(hex)"` extracts, and old copies such as
  // `000000     (base 16)\t\tXEROX CORPORATION` with no (hex) lines. A block of MA-M, MA-S or IAB
  // needs both lines: the (hex) line has its upper 24 bits, the (base 16) line the rest.
  const wholeOnOneLine = ASSIGNMENT_DIGITS[registry ?? 'MA-L'] === 6
  /** Whether the first entry of a file whose header names no registry was checked against `source.registry`. */
  let checkedFirst = false
  const oneLineEntry = (at: number, oui: string, name: string) => {
    const organization = name.trim()
    if (organization === '') bad(at, `assignment ${oui} has no organization name`)
    else add({ prefix: oui, registry: registry ?? 'MA-L', organization }, at, at)
  }

  while (i < lines.length) {
    const line = lines[i] as string
    const at = i + 1
    i++
    const hex = TEXT_HEX_LINE.exec(line)
    if (hex === null) {
      const alone = TEXT_BASE16_LINE.exec(line)
      if (alone !== null && alone[2] === undefined && wholeOnOneLine) oneLineEntry(at, (alone[1] as string).toUpperCase(), alone[3] as string)
      else if (alone !== null) bad(at, 'a (base 16) line without the (hex) line before it')
      // Address lines are indented and entries are apart by blank lines; anything else is not ours.
      else if (/^\S/.test(line)) bad(at, 'not an entry line of the IEEE text layout')
      continue
    }
    while (i < lines.length && (lines[i] as string).trim() === '') i++
    const base16 = i < lines.length ? TEXT_BASE16_LINE.exec(lines[i] as string) : null
    const oui = `${hex[1]}${hex[2]}${hex[3]}`.toUpperCase()
    if (base16 === null) {
      if (wholeOnOneLine) oneLineEntry(at, oui, hex[4] as string)
      // A (base 16) line cut before its "(base 16)" ends the file: the entry was cut there. So was
      // a last entry of its (hex) line alone after whole ones, the file cut at the line break after
      // it (a file of (hex) lines alone, as grep extracts them, has no whole entry).
      else if (i === lines.length && cutLine === undefined && entries.length > 0) endsInEntry = at
      else bad(i + 1 === cutLine ? cutLine : at, `the entry ${hex[1]}-${hex[2]}-${hex[3]} has no (base 16) line after it`)
      continue
    }
    const base16At = ++i
    const assignment = textAssignment(oui, base16[1] as string, base16[2])
    if (assignment === undefined) {
      bad(at, `the (base 16) line "${(base16[0] as string).trim().split(/\s+/)[0]}" is not a block of ${oui}`)
      continue
    }
    if (declared === undefined && source.registry !== undefined && !checkedFirst) {
      // No header names the registry (a copy without its title block): the first entry tells a file
      // of another registry (an old oui.txt given as --mam), said once instead of once per entry.
      checkedFirst = true
      const other = otherRegistryOf(assignment, source.registry)
      if (other !== undefined) {
        return { value: [], diagnostics: [{ code: 'registry_mismatch', severity: 'error', at: { file: source.file, line: at }, expected: source.registry, got: other }] }
      }
    }
    const kind = registry ?? REGISTRY_BY_DIGITS[assignment.length]
    const digits = kind === undefined ? undefined : ASSIGNMENT_DIGITS[kind]
    if (kind === undefined || assignment.length !== digits) {
      bad(at, kind === undefined
        ? `assignment ${assignment} is ${assignment.length} hex digits, the width of no registry`
        : `assignment ${assignment} is not ${digits} hex digits as ${kind} requires`)
      continue
    }
    // The organisation is on both lines; the (base 16) line is the assignment's own.
    const organization = (base16[3] as string).trim() || (hex[4] as string).trim()
    if (organization === '') {
      bad(at, `assignment ${assignment} has no organization name`)
      continue
    }
    add({ prefix: assignment, registry: kind, organization }, (base16[3] as string).trim() !== '' ? base16At : at, at)
  }
  if (declared === undefined && (source.registry === 'MA-L' || source.registry === 'CID') && entries.length > 0) {
    // No header names the registry, and MA-L and CID assignments are both 24 bits: the X bit tells
    // them apart. The IEEE assigns OUIs with it clear (but for a few assignments older than IEEE
    // 802) and CIDs with it set ("Guidelines for Use of EUI, OUI, and CID", IEEE RA), so a file whose
    // assignments mostly disagree with the registry asked for is the other one.
    const withX = entries.filter((e) => hasXBit(e.prefix)).length
    const other = source.registry === 'CID' ? (withX * 2 < entries.length ? 'MA-L' : undefined) : (withX * 2 > entries.length ? 'CID' : undefined)
    if (other !== undefined) {
      const line = (other === 'MA-L' ? firstWithX.clear : firstWithX.set) ?? 1
      return { value: [], diagnostics: [{ code: 'registry_mismatch', severity: 'error', at: { file: source.file, line }, expected: source.registry, got: other }] }
    }
  }
  if (cutLine !== undefined) {
    const skipped = nameLine === cutLine
    if (skipped) entries.pop()
    truncated(diagnostics, source, cutLine, skipped || cutEntryLeftOut)
  } else if (endsInEntry !== undefined) {
    truncated(diagnostics, source, endsInEntry, true, 'mid_entry')
  }
  return { value: entries, diagnostics }
}

/** What a registry file turned out to be, when it is neither layout of the IEEE registries. */
type ForeignRegistryFile = Extract<Diagnostic, { code: 'registry_format' }>['found']

const CSV_HEADER_START = /^\s*Registry\s*,/
/** The first line of IANA's enterprise-numbers.txt, a file given for an IEEE registry by mistake. */
const IANA_TITLE = 'PRIVATE ENTERPRISE NUMBERS'
/** The CSV's header as a spreadsheet saves it in a locale whose lists part by semicolons, or as tab-separated text. */
const RESAVED_HEADER_START = /^\s*"?Registry"?\s*[;\t]\s*"?Assignment"?\s*[;\t]/

/**
 * A registry file that is not text, told by its first bytes as the reader decoded them (UTF-8, or
 * Latin-1 when they are not UTF-8): gzip's 1F 8B, a zip archive's PK (an .xlsx workbook is one),
 * an .xls workbook's OLE signature D0 CF 11 E0, UTF-16 (its byte-order mark, or a NUL beside
 * every other character), or other binary data (NUL bytes otherwise).
 */
export function binaryKind(text: string): ForeignRegistryFile | undefined {
  if (/^\u001f(?:\u008b|\ufffd)/.test(text)) return 'gzip'
  if (text.startsWith('PK\u0003\u0004') || text.startsWith('PK\u0005\u0006')) return 'zip'
  if (/^(?:\u00d0\u00cf\u0011\u00e0|\ufffd\ufffd\u0011)/.test(text)) return 'xls'
  if (/^(?:\u00ff\u00fe|\u00fe\u00ff)/.test(text)) return 'utf16'
  const start = text.slice(0, 200)
  let nul = 0
  let oddNul = 0
  for (let i = 0; i < start.length; i++) {
    if (start.charCodeAt(i) !== 0) continue
    nul++
    oddNul += i & 1
  }
  if (nul === 0) return undefined
  // UTF-16 puts its NULs on one side of each character; a program, a capture or an image has runs of them.
  if (nul >= start.length / 3 && Math.max(oddNul, nul - oddNul) >= 0.9 * nul) return 'utf16'
  return 'binary'
}
/**
 * The title of a server's redirection page ("301 Moved Permanently", "302 Found"), as nginx and
 * Apache write it in <title>: what `curl -o` saves without -L when the address moved (http:// to
 * https://, an older address of the file). Undefined for another page.
 */
export function redirectTitle(lines: readonly string[]): string | undefined {
  for (const line of lines.slice(0, 20)) {
    const title = /<title>\s*(30[12378]\b[^<]*)<\/title>/i.exec(line)
    if (title !== null) return (title[1] as string).trim()
  }
  return undefined
}

/**
 * The status line of an HTTP answer ("HTTP/1.1 200 OK", "HTTP/2 403"): a file saved with the
 * server's headers before its content, as `curl -i` and `wget --save-headers` write it.
 */
export const HTTP_STATUS_LINE = /^HTTP\/\d(?:\.\d)?\s+\d{3}\b/
const MANUF_LINE = /^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){2,5}(?:\/\d{1,2})?[\t ]+\S/
const NMAP_LINE = /^[0-9A-Fa-f]{6}(?:[0-9A-Fa-f]|[0-9A-Fa-f]{3})?[\t ]+\S/
/** A row of a list that starts with a MAC prefix (24, 28 or 36 bits, with or without separators) and a field after it. */
const PREFIX_ROW = /^"?(?:[0-9A-Fa-f]{2}[:-]){2}[0-9A-Fa-f]{2}(?:[:-]?[0-9A-Fa-f](?:[0-9A-Fa-f]{2})?)?"?\s*[,;]|^"?[0-9A-Fa-f]{6}(?:[0-9A-Fa-f]|[0-9A-Fa-f]{3})?"?\s*[,;]/
/** Lines looked at to tell the layout: the text files' header block is 4 lines. */
const SNIFF_LINES = 20

/**
 * Tells the layout of a registry file from its content (not its name): the IEEE CSV, the IEEE
 * text layout, or another file users download by mistake or have on disk (Wireshark's `manuf`,
 * Nmap's `nmap-mac-prefixes`, arp-scan's `ieee-oui.txt`, an HTML page saved instead of the file,
 * an empty file).
 */
function sniffRegistryFile(text: string): { layout: 'csv' | 'text' } | { layout: 'pen'; line: number } | { layout: 'foreign'; found: ForeignRegistryFile; line: number; got: string } {
  const binary = binaryKind(text)
  if (binary !== undefined) return { layout: 'foreign', found: binary, line: 1, got: '' }
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/, 500)
  const first = lines.findIndex((l) => l.trim() !== '')
  if (first === -1) return { layout: 'foreign', found: 'empty', line: 1, got: '' }
  const head = lines[first] as string
  const got = head.trim().slice(0, 80)
  if (/^\s*</.test(head)) {
    const redirect = redirectTitle(lines)
    return redirect === undefined ? { layout: 'foreign', found: 'html', line: first + 1, got } : { layout: 'foreign', found: 'redirect', line: first + 1, got: redirect }
  }
  if (HTTP_STATUS_LINE.test(head)) return { layout: 'foreign', found: 'http_headers', line: first + 1, got }
  // A vendor list a library ships or a lookup service exports as JSON (npm's oui-data index.json,
  // a mac-vendors.json of {"macPrefix", "vendorName", "blockType"} objects).
  // An object or an array opening ("{", "[", '{"oui":', '[{'), not an INI file's "[section]".
  if (/^\s*(?:\{\s*(?:"|$)|\[\s*(?:[[{"]|$))/.test(head)) return { layout: 'foreign', found: 'json', line: first + 1, got }
  if (got.toUpperCase() === IANA_TITLE) return { layout: 'pen', line: first + 1 }
  // Wireshark's copy of IANA's registry (enterprises.tsv), which --enterprise takes.
  if (lines.slice(first, first + SNIFF_LINES).some((l) => /^#.*generated from .*iana\.org\/assignments\/enterprise-numbers/i.test(l))) return { layout: 'pen', line: first + 1 }
  if (CSV_HEADER_START.test(head)) return { layout: 'csv' }
  if (RESAVED_HEADER_START.test(head)) return { layout: 'foreign', found: 'resaved', line: first + 1, got }
  if (lines.slice(first, first + SNIFF_LINES).some((l) => TEXT_HEX_LINE.test(l) || TEXT_BASE16_LINE.test(l) || TEXT_TITLE.test(l))) return { layout: 'text' }
  // Wireshark and Nmap start with # comments that name the IEEE files they were made from, so
  // their first data line tells them apart.
  const data = lines.findIndex((l) => l.trim() !== '' && !l.startsWith('#'))
  const line = lines[data] ?? ''
  const foreign = (found: ForeignRegistryFile) => ({ layout: 'foreign' as const, found, line: data + 1, got: line.trim().slice(0, 80) })
  // arp-scan's files start with comments that name arp-scan: "# ieee-oui.txt -- Ethernet vendor OUI
  // file for arp-scan" (its get-oui's, and get-iab's ieee-iab.txt: "<OUI><TAB><Vendor>"), and
  // "# mac-vendor.txt -- Ethernet vendor file for arp-scan", the MACs it names itself, colon-separated
  // as in Wireshark's manuf ("52:54:00<TAB>QEMU") (royhills/arp-scan).
  const comments = lines.slice(0, Math.max(data, 0))
  const arpScan = comments.some((l) => /^#.*\barp-scan\b/.test(l))
  // Wireshark's manuf names itself in its comments: "# /etc/manuf - Ethernet vendor codes", "generated by running ./tools/make-manuf.py".
  const wireshark = comments.some((l) => /^#.*\b(?:wireshark|manuf)\b/i.test(l))
  if (NMAP_LINE.test(line) && arpScan) return foreign('arp_scan_oui')
  // Colon-separated prefixes that no comment names: some other tool's list (a copy of manuf's data lines, a tool's own vendor file).
  if (MANUF_LINE.test(line)) return foreign(arpScan ? 'arp_scan_mac_vendor' : wireshark ? 'wireshark_manuf' : 'mac_prefix_list')
  // Without its comments (a copy that kept the data lines), arp-scan's file still parts the prefix
  // from the name with a tab, where Nmap's make-mac-prefixes writes a space ("000000 Xerox").
  if (NMAP_LINE.test(line)) return foreign(/^[0-9A-Fa-f]+\t/.test(line) ? 'arp_scan_oui' : 'nmap_mac_prefixes')
  // systemd's hardware database of MAC blocks, 20-OUI.hwdb: "OUI:00E0FC*" over " ID_OUI_FROM_DATABASE=..." (systemd/systemd, hwdb.d).
  if (/^OUI:[0-9A-Fa-f]{6,9}\*?\s*$/.test(line)) return foreign('systemd_hwdb')
  // A prefix and a name after a colon, as Python's mac_vendor_lookup caches the (base 16) lines of
  // an oui.txt in ~/.cache/mac-vendors.txt ("prefix + b':' + vendor", bauerj/mac_vendor_lookup).
  if (/^[0-9A-Fa-f]{6}(?:[0-9A-Fa-f]|[0-9A-Fa-f]{3})?:\S/.test(line)) return foreign('mac_prefix_list')
  // A MAC vendor list in CSV: rows that start with a MAC prefix ("00:00:0C,\"Cisco Systems, Inc\",false,MA-L,2015/11/17"),
  // under a header of its own ("Mac Prefix,Vendor Name,Private,Block Type,Last Update", as lookup
  // services export their database) or none.
  if (PREFIX_ROW.test(line)) return foreign('mac_prefix_list')
  const second = lines.slice(data + 1).find((l) => l.trim() !== '')
  if (second !== undefined && PREFIX_ROW.test(second) && /[,;\t]/.test(line)) return foreign('vendor_csv')
  // Some other CSV: the CSV parser names the header it expected.
  if (head.includes(',')) return { layout: 'csv' }
  return { layout: 'foreign', found: 'unknown', line: first + 1, got }
}

/**
 * Parses an IEEE registry file in either layout the IEEE publishes, told from the content: the
 * CSV (`oui.csv`, see `parseIeeeRegistryCsv`) or the text (`oui.txt`, see
 * `parseIeeeRegistryText`); both give the same entries. Any other file (Wireshark's `manuf`,
 * `nmap-mac-prefixes`, an HTML page, an empty file) gives a `registry_format` error and no entries.
 *
 * @example
 * parseIeeeRegistry(text, { file: 'oui.txt', registry: 'MA-L' }).value[0]
 * // { prefix: '286FB9', registry: 'MA-L', organization: 'Nokia Shanghai Bell Co., Ltd.' }
 */
export function parseIeeeRegistry(
  text: string,
  source: { file: string; registry?: OuiRegistry },
): WithDiagnostics<OuiEntry[]> {
  const sniffed = sniffRegistryFile(text)
  switch (sniffed.layout) {
    case 'csv':
      return parseIeeeRegistryCsv(text, source)
    case 'text':
      return parseIeeeRegistryText(text, source)
    case 'pen':
      // IANA's enterprise numbers given for an IEEE registry: said as such, with the option it goes to.
      if (source.registry !== undefined) {
        return { value: [], diagnostics: [{ code: 'registry_mismatch', severity: 'error', at: { file: source.file, line: sniffed.line }, expected: source.registry, got: 'PEN' }] }
      }
      return { value: [], diagnostics: [{ code: 'registry_format', severity: 'error', at: { file: source.file, line: sniffed.line }, found: 'unknown', got: IANA_TITLE }] }
    case 'foreign': {
      const diagnostic: Extract<Diagnostic, { code: 'registry_format' }> = {
        code: 'registry_format', severity: 'error', at: { file: source.file, line: sniffed.line },
        found: sniffed.found, got: sniffed.got,
      }
      if (source.registry !== undefined) diagnostic.registry = source.registry
      return { value: [], diagnostics: [diagnostic] }
    }
  }
}
