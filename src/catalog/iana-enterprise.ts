import type { Diagnostic, WithDiagnostics } from '../diagnostics/diagnostic.js'
import { TrustpathError } from '../errors.js'
import { binaryKind, HTTP_STATUS_LINE, parseIeeeRegistry, redirectTitle } from './ieee-registry.js'
import type { EnterpriseEntry, EnterpriseTable } from './types.js'

/** The first line of IANA's enterprise-numbers.txt. */
const TITLE = 'PRIVATE ENTERPRISE NUMBERS'
/** Lines read to tell an IEEE registry given instead (a text file's header block and first entries). */
const SNIFF_LINES = 40
const NUMBER_LINE = /^(\d+)\s*$/
const UPDATED = /\(last updated (\d{4}-\d{2}-\d{2})\)/
/** IANA's last line: a file without it was cut short. */
const END_MARKER = 'End of Document'
/** What IANA writes where a number is returned or not assigned to anyone. */
const NO_ORGANIZATION = /^-+\s*none\s*-+$/i
/** The lists of MAC blocks told apart from the IEEE's files (see `parseIeeeRegistry`), which a user may give for IANA's file. */
const MAC_BLOCK_LISTS: ReadonlySet<Extract<Diagnostic, { code: 'registry_format' }>['found']> = new Set([
  'wireshark_manuf', 'nmap_mac_prefixes', 'arp_scan_oui', 'arp_scan_mac_vendor', 'systemd_hwdb', 'json', 'mac_prefix_list', 'vendor_csv',
])

/**
 * Parses IANA's `enterprise-numbers.txt` (SMI Network Management Private Enterprise Codes): a
 * title and legend, then for each assignment a line with the decimal number and indented lines
 * with the organisation (2 spaces), the contact (4) and the e-mail address (6, `&` for `@`).
 * A file without the title gives a `registry_header` error and no entries (a `registry_format` one
 * when it is no text, or an HTML page, said as such); a number without an
 * organisation, or a number seen twice, gives `registry_row_invalid` with its line. Numbers whose
 * organisation is `---none---` (returned or unassigned) are left out. A file without IANA's last
 * line, "End of Document", gives `registry_truncated` (a download cut short). Wireshark's copy of the
 * registry, `enterprises.tsv`, is read too (see `parseWiresharkEnterprises`).
 *
 * @example
 * parseIanaEnterpriseNumbers(text, { file: 'enterprise-numbers.txt' }).value
 * // [{ number: 2011, organization: 'HUAWEI Technology Co.,Ltd' }, …]
 */
export function parseIanaEnterpriseNumbers(
  text: string,
  source: { file: string },
): WithDiagnostics<EnterpriseEntry[]> {
  const diagnostics: Diagnostic[] = []
  const lines = text.split(/\r?\n/)
  const first = lines.findIndex((l) => l.trim() !== '')
  const title = (lines[first] ?? '').replace(/^\uFEFF/, '').trim()
  if (title.toUpperCase() !== TITLE) {
    // Not text (IANA's file gzip-compressed as a server may send it, UTF-16, a program), the HTML
    // page a proxy or a browser saved in its place, or the file after the server's headers (curl
    // -i): said as what it is, not quoted as a title.
    const binary = binaryKind(text)
    const redirect = /^\s*</.test(title) ? redirectTitle(lines.slice(first)) : undefined
    const found = binary ?? (redirect !== undefined ? 'redirect' : /^\s*</.test(title) ? 'html' : HTTP_STATUS_LINE.test(title) ? 'http_headers' : undefined)
    if (found !== undefined) {
      diagnostics.push({
        code: 'registry_format', severity: 'error', at: { file: source.file, line: binary !== undefined ? 1 : first + 1 },
        registry: 'PEN', found, got: binary !== undefined ? '' : redirect ?? title.slice(0, 80),
      })
      return { value: [], diagnostics }
    }
    if (isWiresharkEnterprises(lines)) return parseWiresharkEnterprises(lines, source, !/[\r\n]$/.test(text))
    // An IEEE registry (oui.csv, mam.txt) given for IANA's file: said as such, with the option it goes to.
    // The lines read reach the first one that is no comment: Wireshark's manuf has some 60 lines of them.
    const data = lines.findIndex((l, k) => k >= first && l.trim() !== '' && !l.startsWith('#'))
    const sniffed = first < 0 ? undefined : parseIeeeRegistry(lines.slice(0, Math.max(first + SNIFF_LINES, data + 1)).join('\n'), { file: source.file })
    const ieee = sniffed?.value[0]
    if (ieee !== undefined) {
      diagnostics.push({ code: 'registry_mismatch', severity: 'error', at: { file: source.file, line: first + 1 }, expected: 'PEN', got: ieee.registry })
      return { value: [], diagnostics }
    }
    // A list of MAC blocks (Wireshark's manuf, nmap-mac-prefixes, a vendor list in JSON): said as what it is.
    const other = sniffed?.diagnostics.find((d) => d.code === 'registry_format')
    if (other !== undefined && MAC_BLOCK_LISTS.has(other.found)) {
      diagnostics.push({ code: 'registry_format', severity: 'error', at: { file: source.file, line: other.at.line ?? first + 1 }, registry: 'PEN', found: other.found, got: other.got })
      return { value: [], diagnostics }
    }
    diagnostics.push({
      // A blank file has no first line to name: the title is missing from line 1.
      code: 'registry_header', severity: 'error', at: { file: source.file, line: first < 0 ? 1 : first + 1 },
      expected: [TITLE], got: [title],
    })
    return { value: [], diagnostics }
  }

  const entries: EnterpriseEntry[] = []
  const seen = new Set<number>()
  const bad = (line: number, problem: string) =>
    diagnostics.push({ code: 'registry_row_invalid', severity: 'warning', at: { file: source.file, line }, problem })

  let ended = false
  /** The line of the last entry's organisation, to leave it out when the file is cut there. */
  let nameLine = 0
  for (let i = first + 1; i < lines.length; i++) {
    const match = NUMBER_LINE.exec(lines[i] as string)
    if (match === null) {
      if ((lines[i] as string).trim() === END_MARKER) ended = true
      continue
    }
    const line = i + 1
    const number = Number(match[1])
    // The organisation is the next line, indented; an unindented line starts something else. Older
    // copies have blank lines inside a record, and an organisation's name that runs on over
    // unindented lines before the contact's (as FreeIPMI's reader of the list notes).
    let k = i + 1
    while (k < lines.length && (lines[k] as string).trim() === '') k++
    const next = lines[k]
    let organization = next !== undefined && /^\s+\S/.test(next) ? next.trim() : ''
    if (organization === '') {
      bad(line, `enterprise number ${number} has no organization line`)
      continue
    }
    i = k
    for (let more = lines[i + 1]; more !== undefined && isRunOn(more); more = lines[i + 1]) {
      organization = `${organization} ${more.trim()}`
      i++
    }
    if (!Number.isSafeInteger(number)) {
      bad(line, `enterprise number ${match[1]} is too large`)
      continue
    }
    if (seen.has(number)) {
      bad(line, `enterprise number ${number} appears twice; the first is kept`)
      continue
    }
    seen.add(number)
    if (NO_ORGANIZATION.test(organization)) continue
    entries.push({ number, organization })
    nameLine = i + 1 // the last line of the organisation's name
  }
  if (!ended) {
    // IANA ends the file with "End of Document" (after a blank line); without it the download was
    // cut, and the last organisation read may be cut too if no line break follows it.
    const last = lines.findLastIndex((l) => l.trim() !== '') + 1
    const skipped = nameLine === last && !/\n$/.test(text)
    if (skipped) entries.pop()
    diagnostics.push({
      code: 'registry_truncated', severity: 'warning', at: { file: source.file, line: last },
      registry: 'PEN', ending: 'no_end_marker', skipped,
    })
  }
  return { value: entries, diagnostics }
}

/** A line that goes on with the organisation's name above it: unindented, and neither a number, nor the end, nor blank. */
function isRunOn(line: string): boolean {
  return /^\S/.test(line) && !NUMBER_LINE.test(line) && line.trim() !== END_MARKER
}

/**
 * Wireshark's copy of the registry, `enterprises.tsv` (installed beside its other data files), told
 * by its comments: "# generated from http://www.iana.org/assignments/enterprise-numbers" and the
 * layout "<NUMERICAL_ID><SPACE><NAME>" (wireshark/wireshark, enterprises.tsv).
 */
function isWiresharkEnterprises(lines: readonly string[]): boolean {
  const head = lines.slice(0, SNIFF_LINES)
  return head.some((l) => /^#.*generated from .*iana\.org\/assignments\/enterprise-numbers/i.test(l)) &&
    head.some((l) => /^\d+\s+\S/.test(l))
}

/**
 * Reads Wireshark's `enterprises.tsv`: IANA's numbers and organisations, one a line (`2011<TAB>HUAWEI
 * Technology Co.,Ltd`), a former name after a tab and `#` (`# formerly 'Allen-Bradley Company'`),
 * no contacts, under comments that give IANA's "last updated" date. Numbers IANA lists without an
 * organisation (`---none---`) are left out, as in IANA's file; a line that is neither is reported.
 * The file has no closing line, but ends each line with a line break: one that ends in the middle
 * of a line (`cut`) was cut short there, and the organisation on that line, maybe cut, is left out
 * (`registry_truncated`).
 */
function parseWiresharkEnterprises(lines: readonly string[], source: { file: string }, cut: boolean): WithDiagnostics<EnterpriseEntry[]> {
  const diagnostics: Diagnostic[] = []
  const entries: EnterpriseEntry[] = []
  const seen = new Set<number>()
  const cutLine = cut ? lines.length : undefined
  for (const [i, raw] of lines.entries()) {
    if (i + 1 === cutLine) {
      // Its organisation may be cut ("3752<TAB>Thales Norway" for "Thales Norway AS"): not taken.
      const taken = /^\d+\s+\S/.test(raw)
      diagnostics.push({ code: 'registry_truncated', severity: 'warning', at: { file: source.file, line: i + 1 }, registry: 'PEN', ending: 'mid_line', skipped: taken })
      break
    }
    const line = raw.replace(/^\uFEFF/, '')
    if (line.trim() === '' || line.startsWith('#')) continue
    const match = /^(\d+)\s+(.*)$/.exec(line)
    const organization = match === null ? '' : (match[2] as string).replace(/\t#.*$/, '').trim()
    if (match === null || organization === '') {
      diagnostics.push({ code: 'registry_row_invalid', severity: 'warning', at: { file: source.file, line: i + 1 }, problem: 'not a line of a number and its organisation' })
      continue
    }
    const number = Number(match[1])
    if (!Number.isSafeInteger(number) || seen.has(number)) {
      diagnostics.push({
        code: 'registry_row_invalid', severity: 'warning', at: { file: source.file, line: i + 1 },
        problem: seen.has(number) ? `enterprise number ${number} appears twice; the first is kept` : `enterprise number ${match[1]} is too large`,
      })
      continue
    }
    seen.add(number)
    if (!NO_ORGANIZATION.test(organization)) entries.push({ number, organization })
  }
  return { value: entries, diagnostics }
}

/** The `(last updated yyyy-mm-dd)` date in the header of enterprise-numbers.txt, if present. */
export function parseIanaEnterpriseDate(text: string): string | undefined {
  return UPDATED.exec(text.slice(0, 2000))?.[1]
}

/**
 * Indexes enterprise numbers for lookups of the `N` in a sysObjectID `1.3.6.1.4.1.N…`. When a
 * number appears twice the later entry wins, so curated entries can be appended to a registry.
 */
export function buildEnterpriseTable(entries: readonly EnterpriseEntry[]): EnterpriseTable {
  const byNumber = new Map<number, EnterpriseEntry>()
  for (const [i, entry] of entries.entries()) {
    if (!Number.isSafeInteger(entry.number) || entry.number < 0) {
      throw new TrustpathError(
        'catalog_invalid',
        `catalog/buildEnterpriseTable: entry ${i} has the enterprise number ${entry.number}; expected a non-negative integer.`,
      )
    }
    byNumber.delete(entry.number)
    byNumber.set(entry.number, entry)
  }
  return {
    size: byNumber.size,
    lookup: (enterprise: number) => byNumber.get(enterprise),
    *entries(): Iterable<EnterpriseEntry> {
      yield* byNumber.values()
    },
  }
}
