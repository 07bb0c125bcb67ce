/**
 * Qualys VMDR (QualysGuard) results as inventories, one device per scanned host, in the three XML
 * shapes Qualys writes them:
 * - a scan's results (`<SCAN>`, scan-1.dtd, the XML download of a finished scan): an
 *   `<IP value=... name=...>` per host, its findings `<INFO>`, `<SERVICE>`, `<VULN>`
 *   and `<PRACTICE>` with the QID in their `number` attribute and what the scanner saw in `<RESULT>`;
 * - a scan report from a template (`<ASSET_DATA_REPORT>`): a `<HOST>` per host with `<IP>`,
 *   `<DNS>`, `<NETBIOS>`, its findings `<VULN_INFO>` with `<QID>` and `<RESULT>`;
 * - the Host List Detection API's answer (`<HOST_LIST_VM_DETECTION_OUTPUT>`): a `<HOST>` per host
 *   with `<IP>`, `<DNS>`, `<NETBIOS>`, its findings `<DETECTION>` with `<QID>` and `<RESULTS>`.
 *
 * Qualys reports what it saw as the result of its QIDs; a few "information gathered" QIDs quote
 * what the device itself sent, and those are read as evidence:
 * - 38050 SSH Banner: the identification string as the server sent it (`SSH-2.0-...`);
 * - 86000 Web Server Version and 86001 SSL Web Server Version: a table of `Server Version`
 *   (Qualys's reading) and `Server Banner` (the Server header as sent), of which the banner is read;
 * - 43007 Network Adapter MAC Address: a table of `Method`, `MAC Address` and `Vendor`, of which
 *   the MACs are read, not the vendor Qualys names for them (the catalog reads the OUI itself);
 * - 6 DNS Host Name (`IP address`, `Host name`) and 82044 NetBIOS Host Name: the name when the
 *   host has no other.
 * Qualys's guesses are left out, as nmap's OS guesses are: the `OS`, `OPERATING_SYSTEM` and
 * `OS_CPE` of a host and 45017 Operating System Detected come from fingerprinting (TCP/IP,
 * NetBIOS, ...), not from what the device said.
 *
 * The CSV of a scan's results or of a scan report (`"IP","DNS","NetBIOS",...,"QID","Title",...,
 * "Results",...`, one row per finding, below lines about the report and the scan) is read too, the
 * same QIDs' `Results` cells giving the same evidence.
 *
 * An API call that fails is answered with `<SIMPLE_RETURN><RESPONSE>` holding the error's `<CODE>`
 * and `<TEXT>` (Qualys API, Appendix D, Error Codes); saved in place of the results, it is reported
 * with its code and text, which say what went wrong (a rate limit, a bad parameter, a bad login).
 */
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import type { BannerProtocol } from '../domain/device.js'
import type { CsvRecord } from './csv.js'
import { hasHeaderWidth, type RowSink } from './rows.js'
import { ScanXmlParser } from './scan-xml.js'

type Banner = { protocol: BannerProtocol; field?: string; text: string }

/** What one host's findings gave, in Qualys's terms. */
type QualysHost = {
  at: SourceLocation
  ip?: string
  ipv6?: string
  dns?: string
  netbios?: string
  /** The `name` of a scan's `<IP>`; `No registered hostname` when DNS gave none. */
  scanName?: string
  /** The host name QID 6 (DNS Host Name) found. */
  dnsHostName?: string
  /** The name QID 82044 (NetBIOS Host Name) found. */
  netbiosHostName?: string
  macs: Set<string>
  banners: Banner[]
}

/** The root elements of Qualys's XML results. */
export const QUALYS_ROOTS: ReadonlySet<string> = new Set(['SCAN', 'ASSET_DATA_REPORT', 'HOST_LIST_VM_DETECTION_OUTPUT'])

/** The root element of the Qualys API's short answers, among them its errors (simple_return.dtd). */
export const QUALYS_SIMPLE_RETURN = 'SIMPLE_RETURN'

/** The QIDs whose results are read (others are skipped without keeping their text). */
const EVIDENCE_QIDS: ReadonlySet<string> = new Set(['6', '38050', '43007', '82044', '86000', '86001'])

/** A finding element of a scan's results (`number` is its QID). */
const SCAN_FINDINGS: ReadonlySet<string> = new Set(['INFO', 'SERVICE', 'VULN', 'PRACTICE'])

/** The host elements whose text is read, as children of a report's or detection list's `<HOST>`. */
const HOST_FIELDS: ReadonlySet<string> = new Set(['IP', 'IPV6', 'DNS', 'NETBIOS'])

/** What Qualys writes for a host without a name in DNS (a scan's `<IP name>`, QID 6). */
const NO_NAME = 'No registered hostname'

const MAC = /\b[0-9A-Fa-f]{2}(?:([:-])[0-9A-Fa-f]{2})(?:\1[0-9A-Fa-f]{2}){4}\b/g

/**
 * The rows of a result printed as a table (`format="table"`: a tab between cells, the first line
 * the header), without the `#table cols=3` line some results start with.
 */
function tableRows(result: string): string[][] {
  return result.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#table')).map((l) => l.split('\t').map((c) => c.trim()))
}

/** Adds what one QID's result says about its host. */
function addResult(host: QualysHost, qid: string, raw: string): void {
  const result = raw.replace(/\r\n?/g, '\n')
  switch (qid) {
    case '38050': {
      const line = result.split('\n').map((l) => l.trim()).find((l) => l !== '')
      if (line !== undefined && line.startsWith('SSH-')) addBanner(host, { protocol: 'ssh', text: line })
      break
    }
    case '86000':
    case '86001': {
      // `Server Version` is Qualys's reading of the header, `Server Banner` the header as the server sent it.
      const [header, ...rows] = tableRows(result)
      const col = header?.findIndex((c) => c.toLowerCase() === 'server banner') ?? -1
      if (col < 0) break
      for (const row of rows) {
        const server = row[col]
        if (server) addBanner(host, { protocol: 'http', field: 'server', text: server })
      }
      break
    }
    case '43007':
      for (const m of result.matchAll(MAC)) {
        const mac = m[0].toLowerCase().replace(/-/g, ':')
        if (mac !== '00:00:00:00:00:00') host.macs.add(mac)
      }
      break
    case '6': {
      const [, ...rows] = tableRows(result)
      const name = rows.map((r) => r[1]).find((n) => n !== undefined && n !== '' && n !== NO_NAME)
      if (name !== undefined) host.dnsHostName ??= name
      break
    }
    case '82044': {
      const name = result.trim()
      if (name !== '' && !name.includes('\n')) host.netbiosHostName ??= name
      break
    }
  }
}

function addBanner(host: QualysHost, banner: Banner): void {
  // Several ports of a host often give the same Server header.
  if (!host.banners.some((b) => b.protocol === banner.protocol && b.field === banner.field && b.text === banner.text)) host.banners.push(banner)
}

/** A host as the JSON device shape: its IP address is the id, its DNS name, else its NetBIOS name, the name. */
function toDeviceShape(host: QualysHost, id: string): Record<string, unknown> {
  const scanName = host.scanName !== NO_NAME ? host.scanName : undefined
  const name = host.dns ?? scanName ?? host.dnsHostName ?? host.netbios ?? host.netbiosHostName
  return {
    id,
    ...(name !== undefined && name !== id ? { name } : {}),
    ...(host.macs.size > 0 ? { macs: [...host.macs] } : {}),
    ...(host.banners.length > 0 ? { banners: host.banners } : {}),
  }
}

/**
 * Reads Qualys XML results fed in chunks, as a stream: each host's findings are inside its
 * element, so a host goes out when it closes, and of its findings only the results of
 * `EVIDENCE_QIDS` are held (a report's other results, such as a phpinfo page, run long).
 */
export class QualysRowParser extends ScanXmlParser {
  /** Names of the open elements, the root first. */
  private readonly stack: string[] = []
  private host: QualysHost | undefined
  /** The depth of the host's element in `stack`. */
  private hostDepth = 0
  /** The QID of the finding being read, and the depth of its element. */
  private finding: { qid?: string; depth: number } | undefined
  private reading: 'field' | 'qid' | 'result' | 'code' | 'text' | undefined
  /** The Host List Detection API's `<WARNING>` being read (the answer is truncated), with its next page's URL. */
  private warning: { at: SourceLocation; url: string; reading: boolean } | undefined
  /** The `<CODE>` and `<TEXT>` of an API answer (`<SIMPLE_RETURN>`), at the line of its text. */
  private answer: { at?: SourceLocation; code?: string; text?: string } | undefined

  constructor(file: string) {
    super(file, 'Qualys results as XML (<SCAN>, <ASSET_DATA_REPORT> or <HOST_LIST_VM_DETECTION_OUTPUT>)')
    const p = this.parser
    p.on('opentag', (tag) => {
      if (this.failed) return
      if (this.stack.length === 0) {
        this.stack.push(tag.name)
        if (tag.name === QUALYS_SIMPLE_RETURN) this.answer = {}
        this.atRoot(tag.name, QUALYS_ROOTS.has(tag.name) || tag.name === QUALYS_SIMPLE_RETURN ? tag.name : 'SCAN',
          'Qualys results have <SCAN> (scan results), <ASSET_DATA_REPORT> (a scan report) or <HOST_LIST_VM_DETECTION_OUTPUT> (the Host List Detection API)')
        return
      }
      const parent = this.stack[this.stack.length - 1]!
      this.stack.push(tag.name)
      const depth = this.stack.length
      const a = tag.attributes
      if (this.host === undefined) {
        if (tag.name === 'IP' && parent === 'SCAN') {
          this.host = { at: this.here(), macs: new Set(), banners: [] }
          const ip = (a['value'] ?? '').trim()
          const name = (a['name'] ?? '').trim()
          if (ip !== '') this.host.ip = ip
          if (name !== '') this.host.scanName = name
          this.hostDepth = depth
        } else if (tag.name === 'HOST' && parent === 'HOST_LIST' && this.stack[0] !== 'SCAN') {
          this.host = { at: this.here(), macs: new Set(), banners: [] }
          this.hostDepth = depth
        } else if (tag.name === 'WARNING' && parent === 'RESPONSE') {
          this.warning = { at: this.here(), url: '', reading: false }
        } else if (tag.name === 'URL' && parent === 'WARNING' && this.warning !== undefined) {
          this.warning.reading = true
        } else if ((tag.name === 'CODE' || tag.name === 'TEXT') && parent === 'RESPONSE' && depth === 3 && this.answer !== undefined) {
          if (tag.name === 'TEXT') this.answer.at = this.here()
          this.read(tag.name === 'CODE' ? 'code' : 'text')
        }
        return
      }
      if (depth === this.hostDepth + 1 && HOST_FIELDS.has(tag.name) && this.stack[0] !== 'SCAN') return this.read('field')
      if (this.finding === undefined) {
        if (SCAN_FINDINGS.has(tag.name) && this.stack[0] === 'SCAN') this.finding = { qid: a['number']?.trim(), depth }
        else if ((tag.name === 'VULN_INFO' || tag.name === 'DETECTION') && this.stack[0] !== 'SCAN') this.finding = { depth }
        return
      }
      if (depth !== this.finding.depth + 1) return
      if (tag.name === 'QID') this.read('qid')
      else if ((tag.name === 'RESULT' || tag.name === 'RESULTS') && this.finding.qid !== undefined && EVIDENCE_QIDS.has(this.finding.qid)) this.read('result')
    })
    const onText = (t: string) => {
      if (this.reading !== undefined) this.text += t
      else if (this.warning?.reading === true) this.warning.url += t
    }
    p.on('text', onText)
    p.on('cdata', onText)
    p.on('closetag', (tag) => {
      if (this.failed) return
      const depth = this.stack.length
      this.stack.pop()
      const host = this.host
      if (host === undefined) {
        const answer = this.answer
        if (answer !== undefined) {
          if (this.reading === 'code') answer.code = this.text.trim()
          else if (this.reading === 'text') answer.text = this.text.replace(/\s+/g, ' ').trim()
          this.reading = undefined
          this.text = ''
          if (depth === 1) this.sink?.diagnostics.push({ code: 'qualys_api_answer', severity: 'error', at: answer.at ?? this.here(), ...(answer.code ? { qualysCode: answer.code } : {}), text: answer.text ?? '' })
          return
        }
        const warning = this.warning
        if (warning === undefined) return
        if (tag.name === 'URL') warning.reading = false
        else if (tag.name === 'WARNING') {
          this.warning = undefined
          this.sink?.diagnostics.push({ code: 'results_truncated', severity: 'warning', at: warning.at, next: warning.url.trim() })
        }
        return
      }
      if (this.reading !== undefined) {
        const what = this.reading
        const text = this.text
        this.reading = undefined
        this.text = ''
        if (what === 'field') {
          const value = text.trim()
          if (value === '') return
          if (tag.name === 'IP') host.ip ??= value
          else if (tag.name === 'IPV6') host.ipv6 ??= value
          else if (tag.name === 'DNS') host.dns ??= value
          else host.netbios ??= value
        } else if (what === 'qid') this.finding!.qid = text.trim()
        else addResult(host, this.finding!.qid!, text)
        return
      }
      if (this.finding !== undefined && depth === this.finding.depth) this.finding = undefined
      else if (depth === this.hostDepth) {
        this.host = undefined
        const id = host.ip ?? host.ipv6
        if (id !== undefined) this.sink?.row(toDeviceShape(host, id), host.at)
      }
    })
  }

  private read(what: 'field' | 'qid' | 'result' | 'code' | 'text'): void {
    this.reading = what
    this.text = ''
  }
}

/**
 * The columns of Qualys's CSV findings, by their header: the scan results' and scan reports' (`IP`,
 * `DNS`, `NetBIOS`, `QID`, `Title`, `Results`, as in DefectDojo's unittests/scans/qualys/
 * Qualys_Sample_Report.csv and the headers scripts that read these reports match), and the PCI
 * report's (`IP`, `HOSTNAME`, `QID`, `VULN TITLE`, `RESULT`, as in DefectDojo's
 * unittests/scans/qualys/monthly_pci_issue6932.csv).
 */
const CSV_COLUMNS = { ip: ['ip'], dns: ['dns', 'hostname'], netbios: ['netbios'], qid: ['qid'], result: ['results', 'result'] } as const

type CsvColumn = keyof typeof CSV_COLUMNS

/**
 * The header of Qualys's CSV findings: `IP`, `QID` and `Title` (`VULN TITLE`) columns. `Results` is
 * one a report's template may leave out: the hosts are still read, without evidence.
 */
export function isQualysCsvHeader(cells: readonly string[]): boolean {
  const names = cells.map((c) => c.trim().toLowerCase())
  return names.includes('ip') && names.includes('qid') && (names.includes('title') || names.includes('vuln title'))
}

/**
 * True when the start of a file is Qualys's CSV findings: their header on one of the first lines
 * (below the lines about the report and the scan).
 */
export function isQualysCsvStart(start: string): boolean {
  return start.split('\n', 20).some((line) => /^\uFEFF?"?IP"?,/i.test(line) && /(?:^|,)"?QID"?(?:,|$)/i.test(line) && /(?:^|,)"?(?:VULN )?TITLE"?(?:,|$)/i.test(line))
}

/**
 * The rows of Qualys's CSV findings, grouped into hosts by IP address: one row per finding, a host's
 * rows together or scattered (sorted by severity), so each host's evidence is held (a few strings a
 * host, not its rows) and the hosts go out at the end, in the order they first appear.
 */
export class QualysCsvHosts {
  private readonly file: string
  private readonly expected: number
  private readonly col: Record<CsvColumn, number>
  private readonly hosts = new Map<string, QualysHost>()

  constructor(header: readonly string[], file: string) {
    this.file = file
    this.expected = header.length
    const names = header.map((c) => c.trim().toLowerCase())
    const col = {} as Record<CsvColumn, number>
    for (const [key, aliases] of Object.entries(CSV_COLUMNS) as [CsvColumn, readonly string[]][]) {
      col[key] = aliases.map((a) => names.indexOf(a)).find((i) => i >= 0) ?? -1
    }
    this.col = col
  }

  add(record: CsvRecord, sink: RowSink): void {
    const { cells, line } = record
    if (!hasHeaderWidth(record, this.expected, this.file, sink)) return
    const cell = (i: number) => (i < 0 ? undefined : cells[i]!.trim() || undefined)
    const ip = cell(this.col.ip)
    if (ip === undefined) return
    let host = this.hosts.get(ip)
    if (host === undefined) {
      host = { at: { file: this.file, line }, ip, macs: new Set(), banners: [] }
      this.hosts.set(ip, host)
    }
    host.dns ??= cell(this.col.dns)
    host.netbios ??= cell(this.col.netbios)
    const qid = cell(this.col.qid)
    if (qid !== undefined && this.col.result >= 0 && EVIDENCE_QIDS.has(qid)) addResult(host, qid, cells[this.col.result]!)
  }

  end(sink: RowSink): void {
    for (const host of this.hosts.values()) sink.row(toDeviceShape(host, host.ip!), host.at)
    this.hosts.clear()
  }
}
