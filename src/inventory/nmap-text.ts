/**
 * nmap's text outputs as an inventory, one device per host that is up, read as the XML reader
 * reads `-oX` (see nmap-host.ts) as far as the text carries the same facts:
 *
 * - normal output (`-oN`, also what nmap prints on a terminal, `nmap ... > scan.txt`, and the
 *   `.nmap` file of `-oA`): `Nmap scan report for name (ip)` (or `for ip`) starts a host, `[host
 *   down]` after it (with -v) marks one that is down; `MAC Address: 00:E0:FC:12:34:56 (Huawei
 *   Technologies)` gives a MAC (nmap's vendor guess in brackets is not used: the catalog reads the
 *   OUI); the port table `PORT STATE SERVICE VERSION` gives each port's service (`ssl/http` is
 *   http over TLS, `http?` a guess) and what -sV named in the VERSION column, and the lines under a
 *   port that start with `|` are its scripts' output (`| id: first line`, `|   next lines`, the
 *   last one `|_...`), as nmap formats them (output.cc, formatScriptOutput); the CPEs of
 *   `Service Info: ...; CPE: cpe:/o:huawei:vrp, cpe:/h:...` (the hardware and OS CPEs -sV gave
 *   the host's open ports) as the XML's service CPEs. Other lines (latency, OS guesses and their
 *   `OS CPE:`, traceroute, fingerprints) are not read: nmap's guesses are not evidence, as in the
 *   XML reader. nmap makes no promise that this layout is stable, so a line
 *   that is not understood is passed over, not reported.
 * - grepable output (`-oG`, the `.gnmap` file of `-oA`): one `Host: ip (name)` line per host and
 *   field, tab-separated (`Status: Up`, `Ports: 22/open/tcp//ssh//Huawei VRP sshd/, ...`); each
 *   port is `port/state/protocol/owner/service/rpc/version/`, nmap writing a `/` of the service or
 *   version as `|`. It holds neither MACs nor script output, so a host gives its address, name and
 *   what -sV named (products and extra information). A line that is neither a `#` comment nor a `Host:` line is reported.
 *
 * The VERSION column (and the grepable version) is nmap's `product version (extrainfo)` (portlist.cc,
 * populateFullVersionString); the XML reader takes `product version` and `extrainfo` apart, so the
 * last bracketed part is read apart here too. `Service Info:` gives only its CPEs: its `Host`,
 * `OS` and `Device` name no maker (see `serviceBanners`). Several scans appended to one file
 * (`--append-output`) are read one after another.
 */
import { LineSplitter } from './lines.js'
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import { addScriptOutput, addServiceCpe, endPort, newNmapHost, nmapHostToDeviceShape, serviceBanners, serviceInfoCpes } from './nmap-host.js'
import type { NmapBanner, NmapHost, NmapService } from './nmap-host.js'
import type { RowParser, RowSink } from './rows.js'

/**
 * The first line of nmap's normal or grepable output: the comment `-oN` and `-oG` start with, the
 * line nmap prints on a terminal first, a host's report, or a grepable host line (a file filtered
 * with grep keeps only those); or one of the progress lines `nmap -v` prints on a terminal before
 * and between its reports (`Initiating ARP Ping Scan at 19:45`, `Completed NSE at 19:46, 0.03s
 * elapsed`, `NSE: Loaded 150 scripts for scanning.`), where a run copied from the terminal may start.
 */
const NMAP_TEXT_START = /^(?:# Nmap [\w.]+ scan initiated |Starting Nmap |Nmap scan report for |Host: \S+ \([^)\n]*\)\t(?:Status|Ports): |(?:Initiating|Completed) [\w ./-]+ at \d\d:\d\d\b|NSE: (?:Loaded \d+ scripts|Script Pre-scanning))/

/**
 * True when `text` (from its first character that is not blank) starts as nmap's normal or
 * grepable output does.
 */
export function isNmapTextStart(text: string): boolean {
  return NMAP_TEXT_START.test(text)
}

const REPORT = /^Nmap scan report for (.+?)( \[host down[^\]]*\])?$/
const NAME_IP = /^(\S+) \(([^()\s]+)\)$/
const MAC = /^MAC Address: ((?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2})\b/
/** The header of the port table; `VERSION` is there with -sV, `REASON` with --reason. */
const PORT_TABLE = /^PORT\s+STATE\s+SERVICE\b/
const PORT_ROW = /^(\d+)\/(?:tcp|udp|sctp)\s+(\S+)\s+(\S+)/
/** The first line of a script's output: `| id: text` (more lines follow) or `|_id: text` (the only one). */
const SCRIPT_START = /^\|([ _])([A-Za-z0-9][\w.-]*):(?: (.*))?$/
/** Lines after which no script output belongs to the host being read. */
const HOST_END = /^(?:# Nmap |Nmap done|Starting Nmap |Post-scan script results:)/

/** Lines that only nmap's outputs have: a file without any is no nmap output. */
const NMAP_LINE = /^(?:# Nmap |Starting Nmap |Nmap scan report for |Host: \S+ \([^)]*\)\t)/
const NMAP_EXPECTED = 'nmap\'s output: its XML (-oX), its normal output (-oN, "Nmap scan report for ..." lines) or its grepable output (-oG, "Host: ..." lines)'

const GREPABLE_HOST = /^Host: (\S+) \(([^)]*)\)\t(.*)$/
/** One port of a grepable `Ports:` field: seven fields each ended by `/`, ports separated by `, `. */
const GREPABLE_PORT = /(\d+)\/([^/]*)\/([^/]*)\/([^/]*)\/([^/]*)\/([^/]*)\/([^/]*)\/(?:, |$)/y
const GREPABLE_EXPECTED = 'a "# ..." comment or a "Host: <address> (<name>)<tab><field>: ..." line of nmap\'s grepable output (-oG)'

/** A script whose output lines are being read, and the service of its port (none for host scripts). */
type Script = { id: string; lines: string[]; service: NmapService | undefined }
/** The port row being read: its service, what -sV concluded (product, extra information), and where its banners start. */
type Port = { service: NmapService; concluded: NmapBanner[]; start: number }

/** Reads nmap's normal or grepable output fed in chunks, a line at a time. */
export class NmapTextParser implements RowParser {
  private readonly file: string
  private readonly lines = new LineSplitter()
  private line = 0
  /** Told by the first line that only one of the two has; grepable lines are checked, normal ones are not. */
  private layout: 'normal' | 'grepable' | undefined
  private host: NmapHost | undefined
  /** The address of a grepable host, whose fields come on lines of their own. */
  private grepableIp: string | undefined
  /** In the port table: the column where VERSION starts, -1 without one, undefined outside the table. */
  private versionColumn: number | undefined
  /** Whether the table has a REASON column (--reason) before VERSION. */
  private reasonColumn = false
  private port: Port | undefined
  /** After `Host script results:`: scripts of the host, not of a port. */
  private hostScripts = false
  private script: Script | undefined
  /** The first line that is not blank, until a line of nmap's is seen: a file of none is reported there. */
  private first: { line: number; text: string } | undefined
  private recognised = false

  constructor(file: string) {
    this.file = file
  }

  push(chunk: string, sink: RowSink): void {
    this.lines.push(chunk, (line) => this.readLine(line, sink))
  }

  end(sink: RowSink): void {
    this.lines.end((line) => this.readLine(line, sink))
    this.endHost(sink)
    if (!this.recognised && this.first !== undefined) {
      sink.diagnostics.push({ code: 'malformed_scan_line', severity: 'error', at: { file: this.file, line: this.first.line }, got: this.first.text, expected: NMAP_EXPECTED })
    }
  }

  private readLine(raw: string, sink: RowSink): void {
    this.line++
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (!this.recognised) {
      if (NMAP_LINE.test(line)) this.recognised = true
      else if (this.first === undefined && line.trim() !== '') this.first = { line: this.line, text: line.trim().slice(0, 120) }
    }
    const grepable = GREPABLE_HOST.exec(line)
    if (grepable !== null) {
      this.layout ??= 'grepable'
      this.grepableLine(grepable[1]!, grepable[2]!, grepable[3]!, sink)
      return
    }
    if (line.startsWith('#')) {
      // The comments of both outputs: the scan's start and end, the ports scanned.
      if (line.startsWith('# Nmap ')) this.endHost(sink)
      return
    }
    if (this.layout === 'grepable') {
      if (line.trim() !== '') sink.diagnostics.push({ code: 'malformed_scan_line', severity: 'error', at: this.here(), got: line.trim().slice(0, 120), expected: GREPABLE_EXPECTED })
      return
    }
    this.normalLine(line, sink)
  }

  private here(): SourceLocation {
    return { file: this.file, line: this.line }
  }

  private normalLine(line: string, sink: RowSink): void {
    if (this.script !== undefined || (line.startsWith('|') && this.host !== undefined && (this.port !== undefined || this.hostScripts))) {
      if (this.scriptLine(line)) return
    }
    const report = REPORT.exec(line)
    if (report !== null) {
      this.layout = 'normal'
      this.endHost(sink)
      const host = newNmapHost(this.here())
      const target = NAME_IP.exec(report[1]!)
      if (target !== null) {
        host.names.push(target[1]!)
        host.ips.push(target[2]!)
      } else host.ips.push(report[1]!)
      host.up = report[2] === undefined
      this.host = host
      return
    }
    if (HOST_END.test(line)) {
      this.endHost(sink)
      return
    }
    const host = this.host
    if (host === undefined) return
    if (this.versionColumn !== undefined) {
      const row = PORT_ROW.exec(line)
      if (row !== null) {
        this.endPort()
        this.startPort(host, line, row[3]!)
        return
      }
    }
    // Any other line ends the port table and the scripts of its last port.
    this.endPort()
    this.versionColumn = undefined
    if (PORT_TABLE.test(line)) {
      this.versionColumn = line.search(/\bVERSION\b/)
      this.reasonColumn = /\bREASON\b/.test(line)
      this.hostScripts = false
      return
    }
    if (line.startsWith('Host script results:')) {
      this.hostScripts = true
      return
    }
    if (line.startsWith('Service Info: ')) {
      for (const cpe of serviceInfoCpes(line)) addServiceCpe(host, cpe)
      // `Device: webcam`: nmap's device type of the host's services, an IP camera (role camera).
      if (/(?:^|;\s*)Device: webcam(?:;|$)/.test(line.slice('Service Info: '.length).trim())) host.webcam = true
      return
    }
    const mac = MAC.exec(line)
    if (mac !== null) host.macs.push(mac[1]!)
  }

  /** A port row of the table: its service and the product in the VERSION column. */
  private startPort(host: NmapHost, line: string, serviceText: string): void {
    const service = parseService(serviceText)
    let version = ''
    const column = this.versionColumn!
    // The table's columns are aligned to its header; a row whose VERSION column does not start
    // after a space was re-spaced (pasted, edited): its version is what follows the service,
    // unless a REASON column stands between them.
    if (column > 0 && line.length > column) {
      if (line[column - 1] === ' ') version = line.slice(column)
      else if (!this.reasonColumn) version = line.replace(PORT_ROW, '')
    }
    const { product, extrainfo } = splitVersion(version.trim())
    this.port = { service, concluded: serviceBanners(service, product, undefined, extrainfo), start: host.banners.length }
  }

  private endPort(): void {
    if (this.port !== undefined && this.host !== undefined) endPort(this.host, this.port.concluded, this.port.start)
    this.port = undefined
  }

  /** Reads a line of a script's output; false when the line is none (the script, if any, is ended). */
  private scriptLine(line: string): boolean {
    const script = this.script
    if (script === undefined) {
      const start = SCRIPT_START.exec(line)
      if (start === null) return false
      const opened: Script = { id: start[2]!, lines: [start[3] ?? ''], service: this.port?.service }
      if (start[1] === '_') this.endScript(opened)
      else this.script = opened
      return true
    }
    if (!line.startsWith('|')) {
      // The last line (`|_`) is missing: the output was cut; what was read is kept.
      this.endScript(script)
      return false
    }
    script.lines.push(line.slice(2))
    if (line[1] === '_') this.endScript(script)
    return true
  }

  private endScript(script: Script): void {
    this.script = undefined
    if (this.host !== undefined) addScriptOutput(this.host, script.service, script.id, script.lines.join('\n'))
  }

  private grepableLine(ip: string, name: string, fields: string, sink: RowSink): void {
    if (this.grepableIp !== ip || this.host === undefined) {
      this.endHost(sink)
      this.host = newNmapHost(this.here())
      this.host.ips.push(ip)
      if (name !== '') this.host.names.push(name)
      this.grepableIp = ip
    }
    const host = this.host
    for (const field of fields.split('\t')) {
      if (field.startsWith('Status: ')) host.up = field === 'Status: Up'
      else if (field.startsWith('Ports: ')) this.grepablePorts(host, field.slice('Ports: '.length), sink)
    }
  }

  private grepablePorts(host: NmapHost, ports: string, sink: RowSink): void {
    GREPABLE_PORT.lastIndex = 0
    while (GREPABLE_PORT.lastIndex < ports.length) {
      const at = GREPABLE_PORT.lastIndex
      const port = GREPABLE_PORT.exec(ports)
      if (port === null) {
        sink.diagnostics.push({
          code: 'malformed_scan_line', severity: 'error', at: this.here(), got: ports.slice(at, at + 120),
          expected: 'a port of the Ports field as nmap writes it, port/state/protocol/owner/service/rpc/version/ (a "/" in the version written as "|")',
        })
        return
      }
      // No script output here: what -sV named is all there is of the port's answer.
      const service = parseService(port[5]!.replace(/\|/g, '/'))
      const { product, extrainfo } = splitVersion(port[7]!.replace(/\|/g, '/').trim())
      for (const b of serviceBanners(service, product, undefined, extrainfo)) host.banners.push(b)
    }
  }

  private endHost(sink: RowSink): void {
    if (this.script !== undefined) this.endScript(this.script)
    this.endPort()
    this.versionColumn = undefined
    this.hostScripts = false
    this.grepableIp = undefined
    const host = this.host
    this.host = undefined
    if (host !== undefined && host.up) sink.row(nmapHostToDeviceShape(host), host.at)
  }
}

/** nmap's service column: `ssl/http` is http over TLS, a trailing `?` marks a guess from the port number. */
export function parseService(text: string): NmapService {
  const name = text.replace(/\?$/, '').toLowerCase()
  return name.startsWith('ssl/') ? { name: name.slice(4), tunnel: 'ssl' } : { name, tunnel: '' }
}

/**
 * nmap's `product version (extrainfo)` split in two: the last bracketed part is the extra
 * information, brackets inside it included (`Apache httpd 2.4.41 ((Ubuntu))` has `(Ubuntu)`); a
 * text without one is all product. A text that is only a bracketed part is extra information with
 * no product (nmap writes `(extrainfo)` alone when its match named no product).
 */
export function splitVersion(version: string): { product: string; extrainfo: string | undefined } {
  if (!version.endsWith(')')) return { product: version, extrainfo: undefined }
  let depth = 0
  for (let i = version.length - 1; i >= 0; i--) {
    const c = version[i]
    if (c === ')') depth++
    else if (c === '(' && --depth === 0) {
      if (i === 0) return { product: '', extrainfo: version.slice(1, -1) }
      return version[i - 1] === ' ' ? { product: version.slice(0, i - 1).trimEnd(), extrainfo: version.slice(i + 1, -1) } : { product: version, extrainfo: undefined }
    }
  }
  return { product: version, extrainfo: undefined }
}
