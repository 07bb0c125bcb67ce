/**
 * Nessus (Tenable, also DoD ACAS) scans as inventories: the `.nessus` XML export (version 2,
 * `<NessusClientData_v2>`) and the CSV findings export (`Plugin ID, CVE, CVSS, Risk, Host, Protocol,
 * Port, Name, ..., Plugin Output`), one device per scanned host; also the CSV findings exports of
 * Tenable Security Center and Tenable Vulnerability Management, which quote the same plugin outputs.
 *
 * Nessus reports what it saw as the output of its plugins; a few of them quote what the device
 * itself sent, and those are read as evidence:
 * - 10267 SSH Server Type and Version Information: `SSH version : SSH-2.0-...` (the identification
 *   string, an SSH banner);
 * - 10107 HTTP Server Type and Version: `The remote web server type is :` then the Server header;
 * - 10092 FTP Server Detection: `The remote FTP banner is :` then the greeting;
 * - 10281 Telnet Server Detection: the greeting between two `snip` lines;
 * - 10800 SNMP Query System Information Disclosure: ` sysDescr     : ...` (which may run over several
 *   lines) and ` sysObjectID  : ...`;
 * - 86420 Ethernet MAC Addresses (`  - 00:e0:fc:...` lines) and 35716 Ethernet Card Manufacturer
 *   Detection (`00:e0:fc:12:34:56 : Huawei...` lines): their MACs, not the vendor Nessus names for
 *   them (the catalog reads the OUI itself, as for nmap's vendor guess); the `mac-address` host
 *   property of a `.nessus` file gives them too.
 * Nessus's guesses are left out, as nmap's OS guesses are: OS Identification (11936) and the
 * `operating-system` property are a fingerprint match, and Device Type (54615) is a class derived
 * from it (`router`, `embedded`), not what the device said.
 */
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import type { BannerProtocol } from '../domain/device.js'
import type { CsvRecord } from './csv.js'
import { hasHeaderWidth, type RowSink } from './rows.js'
import { ScanXmlParser } from './scan-xml.js'

type Banner = { protocol: BannerProtocol; field?: string; text: string }

/** What one host's plugins gave, in Nessus's own terms. */
type NessusHost = {
  at: SourceLocation
  /** The `ReportHost` name (or the CSV's Host, asset name): an IP address, or the name the scan was given. */
  host: string
  ip?: string
  fqdn?: string
  netbios?: string
  macs: Set<string>
  banners: Banner[]
  sysDescr?: string
  sysObjectID?: string
}

/** The plugins whose output is read (others are skipped without keeping their text). */
const EVIDENCE_PLUGINS: ReadonlySet<string> = new Set(['10267', '10107', '10092', '10281', '10800', '86420', '35716'])

const MAC = /^[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}$/

/** The text after a header line such as `The remote FTP banner is :`, or undefined without it. */
function after(output: string, header: string): string | undefined {
  const i = output.indexOf(header)
  return i < 0 ? undefined : output.slice(i + header.length)
}

/** Adds what one plugin's output says about its host. */
function addPluginOutput(host: NessusHost, pluginId: string, raw: string): void {
  const output = raw.replace(/\r\n?/g, '\n')
  switch (pluginId) {
    case '10267': {
      const m = /^SSH version : *(\S.*)$/m.exec(output)
      if (m !== null) host.banners.push({ protocol: 'ssh', text: m[1]!.trim() })
      break
    }
    case '10107': {
      // The Server header is the first line after the title; older versions add advice after a blank line.
      const rest = after(output, 'The remote web server type is :')
      const server = rest?.split('\n').map((l) => l.trim()).find((l) => l !== '')
      if (server !== undefined) host.banners.push({ protocol: 'http', field: 'server', text: server })
      break
    }
    case '10092': {
      const greeting = after(output, 'The remote FTP banner is :')?.trim()
      if (greeting) host.banners.push({ protocol: 'ftp', text: greeting })
      break
    }
    case '10281': {
      const rest = after(output, 'Here is the banner from the remote Telnet server :')
      if (rest === undefined) break
      const m = /-+ snip -+\n([\s\S]*?)\n-+ snip -+/.exec(rest)
      const greeting = (m === null ? rest : m[1]!).trim()
      if (greeting !== '') host.banners.push({ protocol: 'telnet', text: greeting })
      break
    }
    case '10800': {
      // A sysDescr may hold line breaks (Huawei's VRP does): it runs to the sysObjectID line.
      const m = /^ *sysDescr *: ?([\s\S]*?)\n *sysObjectID *: *(\S*)/m.exec(output)
      if (m === null) break
      const descr = m[1]!.trim()
      if (descr !== '') host.sysDescr ??= descr
      if (m[2] !== '') host.sysObjectID ??= m[2]!
      break
    }
    case '86420':
      for (const m of output.matchAll(/^[ \t]*- +(\S+)/gm)) if (MAC.test(m[1]!)) host.macs.add(m[1]!.toLowerCase())
      break
    case '35716':
      // `00:e0:fc:12:34:56 : <vendor>`: the MAC only.
      for (const m of output.matchAll(/^[ \t]*(\S+) : /gm)) if (MAC.test(m[1]!)) host.macs.add(m[1]!.toLowerCase())
      break
  }
}

/**
 * A host as the JSON device shape: its IP address is the id (the host's name in the scan when
 * Nessus gave none), its FQDN or NetBIOS name the name.
 */
function toDeviceShape(host: NessusHost): Record<string, unknown> {
  const id = host.ip ?? host.host
  const name = host.fqdn ?? host.netbios ?? (host.host !== id ? host.host : undefined)
  const snmp = host.sysDescr !== undefined || host.sysObjectID !== undefined
    ? { ...(host.sysObjectID !== undefined ? { sysObjectID: host.sysObjectID } : {}), ...(host.sysDescr !== undefined ? { sysDescr: host.sysDescr } : {}) }
    : undefined
  return {
    id,
    ...(name !== undefined ? { name } : {}),
    ...(host.macs.size > 0 ? { macs: [...host.macs] } : {}),
    ...(snmp !== undefined ? { snmp } : {}),
    ...(host.banners.length > 0 ? { banners: host.banners } : {}),
  }
}

/**
 * Reads a `.nessus` file fed in chunks, as a stream: only the host being read is held, and of its
 * plugin outputs only those of `EVIDENCE_PLUGINS` (a scan of a few thousand hosts runs to hundreds
 * of megabytes).
 */
export class NessusRowParser extends ScanXmlParser {
  private host: NessusHost | undefined
  /** The host property (`<tag name=...>`) or plugin output being read, and its text so far. */
  private reading: { tag: string; plugin?: string } | undefined
  private plugin: string | undefined

  constructor(file: string) {
    super(file, 'the XML of a Nessus scan (.nessus, NessusClientData_v2)')
    const p = this.parser
    p.on('opentag', (tag) => {
      if (this.failed) return
      const a = tag.attributes
      if (this.atRoot(tag.name, 'NessusClientData_v2', 'a Nessus scan (.nessus) has <NessusClientData_v2>')) return
      if (tag.name === 'ReportHost') {
        this.host = { at: this.here(), host: (a['name'] ?? '').trim(), macs: new Set(), banners: [] }
        return
      }
      if (this.host === undefined) return
      switch (tag.name) {
        case 'tag':
          if (a['name'] === 'host-ip' || a['name'] === 'host-fqdn' || a['name'] === 'netbios-name' || a['name'] === 'mac-address') {
            this.reading = { tag: a['name'] }
            this.text = ''
          }
          break
        case 'ReportItem':
          this.plugin = a['pluginID']
          break
        case 'plugin_output':
          if (this.plugin !== undefined && EVIDENCE_PLUGINS.has(this.plugin)) {
            this.reading = { tag: 'plugin_output', plugin: this.plugin }
            this.text = ''
          }
          break
      }
    })
    this.collectText(() => this.reading !== undefined)
    p.on('closetag', (tag) => {
      if (this.failed || this.host === undefined) return
      const host = this.host
      if ((tag.name === 'tag' || tag.name === 'plugin_output') && this.reading !== undefined) {
        const { tag: what, plugin } = this.reading
        const value = this.text.trim()
        this.reading = undefined
        this.text = ''
        if (plugin !== undefined) addPluginOutput(host, plugin, value)
        else if (value !== '') {
          if (what === 'host-ip') host.ip ??= value
          else if (what === 'host-fqdn') host.fqdn ??= value
          else if (what === 'netbios-name') host.netbios ??= value
          else for (const mac of value.split(/\s+/)) if (MAC.test(mac)) host.macs.add(mac.toLowerCase())
        }
        return
      }
      if (tag.name === 'ReportItem') this.plugin = undefined
      else if (tag.name === 'ReportHost') {
        this.host = undefined
        if (host.ip !== undefined || host.host !== '') this.sink?.row(toDeviceShape(host), host.at)
      }
    })
  }
}

/**
 * The columns of a findings export, each under the names the exports of Tenable's products give it:
 * - Nessus's CSV (`Plugin ID`, `Host`, `Plugin Output`, and in newer versions `IP Address`, `FQDN`,
 *   `NetBios`);
 * - Tenable Security Center's vulnerability detail list (`Plugin`, `IP Address`, `MAC Address`,
 *   `DNS Name`, `NetBIOS Name`, `Plugin Output`; as in DefectDojo's test file
 *   unittests/scans/tenable/issue_9612.csv; older versions call the output `Plugin Text`);
 * - Tenable Vulnerability Management's findings, as the export API's fields flattened with dots
 *   (`asset.uuid`, `asset.hostname`, `asset.fqdn`, `asset.ipv4`, `asset.mac_address`,
 *   `asset.netbios_name`, `plugin.id`, `output`; pyTenable's export_vulns_to_csv example writes
 *   them so) or as the CSV keys of the web interface's findings export (`asset.id`, `asset.name`,
 *   `asset.display_ipv4_address`, `asset.ipv4_addresses`, `asset.display_fqdn`,
 *   `asset.display_mac_address`, `asset.mac_addresses`, `definition.id`, `output`; Tenable's
 *   "Findings Export Fields and Associated CSV Keys", whose host audit findings name the addresses
 *   `asset.ip_addresses`).
 */
const CSV_COLUMNS = {
  plugin: ['plugin id', 'plugin', 'plugin.id', 'definition.id'],
  asset: ['asset.uuid', 'asset.id', 'asset uuid'],
  host: ['host', 'asset.name', 'asset.hostname', 'asset.host_name', 'asset name'],
  output: ['plugin output', 'plugin text', 'output'],
  ip: ['ip address', 'asset.ipv4', 'asset.display_ipv4_address', 'asset.ipv4_addresses', 'asset.ip_addresses', 'ipv4 address'],
  fqdn: ['fqdn', 'dns name', 'asset.fqdn', 'asset.display_fqdn'],
  netbios: ['netbios', 'netbios name', 'asset.netbios_name'],
  mac: ['mac address', 'asset.mac_address', 'asset.display_mac_address', 'asset.mac_addresses'],
} as const

type CsvColumn = keyof typeof CSV_COLUMNS

/** A header cell as compared: without a byte order mark, quotes and the case. */
function headerName(cell: string): string {
  return cell.replace(/^\uFEFF/, '').trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase()
}

/** The index of each column of `CSV_COLUMNS` in a header (-1 where it is absent). */
function csvColumns(cells: readonly string[]): Record<CsvColumn, number> {
  const names = cells.map(headerName)
  const col = {} as Record<CsvColumn, number>
  for (const [key, aliases] of Object.entries(CSV_COLUMNS) as [CsvColumn, readonly string[]][]) {
    col[key] = aliases.map((a) => names.indexOf(a)).find((i) => i >= 0) ?? -1
  }
  return col
}

/**
 * The header of a findings export of Nessus, Security Center or Vulnerability Management: it starts
 * with `Plugin ID` and has a `Host` column (Nessus), or has `Plugin`, `Plugin Name` and `IP Address`
 * columns in the order the export's columns were chosen in (Security Center), or has a `plugin.id` or `definition.id` column beside
 * `asset.` ones (Vulnerability Management). `Plugin Output` (`output`) is one of the columns a user
 * may leave out of the export: the hosts are still read, without evidence.
 */
export function isNessusCsvHeader(cells: readonly string[]): boolean {
  const names = cells.map(headerName)
  const has = (name: string) => names.includes(name)
  return (names[0] === 'plugin id' && has('host')) ||
    (has('plugin') && has('plugin name') && has('ip address')) ||
    ((has('plugin.id') || has('definition.id')) && names.some((n) => n.startsWith('asset.')))
}

/** True when the start of a file is a findings export of Nessus, Security Center or Vulnerability Management (its header line). */
export function isNessusCsvStart(start: string): boolean {
  const first = /^[^\n]*/.exec(start)![0].replace(/\r$/, '')
  if (!/plugin|definition\.id/i.test(first)) return false
  const delimiter = [',', ';', '\t'].find((d) => first.includes(d))
  return delimiter !== undefined && isNessusCsvHeader(first.split(delimiter))
}

/**
 * The rows of a findings export, grouped into hosts: one row per plugin result, and a host's rows
 * are scattered through the file (sorted by plugin or severity), so each host's evidence is held (a
 * few strings a host, not its rows) and the hosts go out at the end, in the order they first
 * appear. A host is known by its asset id (Vulnerability Management's `asset.uuid`, `asset.id`),
 * else by its `Host` (Nessus) or asset name, else by its IP address (Security Center, which writes no
 * host column); its IP address is the device's id. Tenable's newer exports add `IP Address`, `FQDN`
 * and `NetBios` columns, which are used when present; Security Center's `MAC Address` and
 * Vulnerability Management's `asset.mac_address` give the host's MACs on every row.
 */
export class NessusCsvHosts {
  private readonly file: string
  private readonly expected: number
  private readonly col: Record<CsvColumn, number>
  private readonly hosts = new Map<string, NessusHost>()
  /** The line of the header, where a header without a column naming the host is reported (once). */
  private headerLine: number | undefined

  constructor(header: readonly string[], file: string, headerLine = 1) {
    this.file = file
    this.expected = header.length
    this.col = csvColumns(header)
    // A Vulnerability Management export whose fields name no asset (only its OS, its tags): its
    // findings cannot be told apart by host, which is said once rather than reading nothing.
    if (this.col.asset < 0 && this.col.host < 0 && this.col.ip < 0) this.headerLine = headerLine
  }

  add(record: CsvRecord, sink: RowSink): void {
    const { cells, line } = record
    if (!hasHeaderWidth(record, this.expected, this.file, sink)) return
    if (this.headerLine !== undefined) {
      const expected = [...CSV_COLUMNS.asset, ...CSV_COLUMNS.host, ...CSV_COLUMNS.ip].filter((c) => c.includes('.'))
      sink.diagnostics.push({ code: 'missing_column', severity: 'error', at: { file: this.file, line: this.headerLine }, column: 'asset.id', expected })
      this.headerLine = undefined
    }
    const cell = (i: number) => (i < 0 ? undefined : cells[i]!.trim() || undefined)
    // Vulnerability Management writes an asset's addresses as a list (`10.0.0.1, 10.0.0.2`, or
    // `['10.0.0.1']` where a script flattened the export's JSON): the first is the id.
    const ip = cell(this.col.ip)?.split(/[\s,;'"[\]]+/).find((a) => a !== '')
    const key = cell(this.col.asset) ?? cell(this.col.host) ?? ip
    if (key === undefined) return
    let host = this.hosts.get(key)
    if (host === undefined) {
      host = { at: { file: this.file, line }, host: cell(this.col.host) ?? ip ?? key, macs: new Set(), banners: [] }
      const fqdn = cell(this.col.fqdn)
      const netbios = cell(this.col.netbios)
      if (ip !== undefined) host.ip = ip
      if (fqdn !== undefined) host.fqdn = fqdn
      if (netbios !== undefined) host.netbios = netbios
      this.hosts.set(key, host)
    }
    for (const mac of cell(this.col.mac)?.split(/[\s,;'"[\]]+/) ?? []) if (MAC.test(mac)) host.macs.add(mac.toLowerCase())
    const plugin = cells[this.col.plugin]!.trim()
    if (this.col.output >= 0 && EVIDENCE_PLUGINS.has(plugin)) addPluginOutput(host, plugin, cells[this.col.output]!)
  }

  end(sink: RowSink): void {
    for (const host of this.hosts.values()) sink.row(toDeviceShape(host), host.at)
    this.hosts.clear()
  }
}
