/**
 * Rapid7 InsightVM / Nexpose scan reports as inventories: the "XML Export 2.0" report format
 * (`<NexposeReport version="2.0">`; the older "XML Export", version 1.0, has the same nodes), one
 * device per scanned node.
 *
 * A node is one asset: `<node address="10.0.0.1" hardware-address="00E0FC123456" ...>` with its
 * `<names>` (NetBIOS and DNS names), its `<fingerprints>` (the OS guesses), `<software>`, `<tests>`
 * and `<endpoints>`; each endpoint (a port) holds `<services>`, and each service its own
 * `<fingerprints>` and a `<configuration>` of `<config name="...">value</config>` pairs. Some of
 * those values are what the service sent, and are read as evidence:
 * - `ssh.banner`: the SSH identification string (`SSH-2.0-...`);
 * - `ftp.banner`: the FTP greeting;
 * - `http.banner.server` (else `http.banner`, which holds the same value): the HTTP Server header.
 * What Rapid7 concluded is handled as nmap's conclusions are: a service fingerprint (`vendor`,
 * `product`, `version`: Rapid7 matched the service's answer against its fingerprints) stands in for
 * a banner the service's configuration did not quote, as a banner of field `product` (weak evidence,
 * as nmap -sV's product name); the node's OS fingerprints (`<os vendor="..." device-class="...">`,
 * a guess that may come from the IP stack) and the installed software are left out, as nmap's OS
 * guesses and Nessus's OS Identification are.
 *
 * A CSV report made from a template of vulnerability columns (`Asset IP Address`, `Asset MAC
 * Addresses`, `Asset Names`, ..., `Vulnerability ID`, `Vulnerability Proof`, ...) has one row per
 * vulnerability found: its rows are grouped into one device per asset, with its MACs and names. It
 * quotes no banner (the proof is Rapid7's wording, left out as in the XML).
 */
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import type { BannerProtocol } from '../domain/device.js'
import type { CsvRecord } from './csv.js'
import { SERVICE_PROTOCOLS } from './nmap-host.js'
import { hasHeaderWidth, type RowSink } from './rows.js'
import { ScanXmlParser } from './scan-xml.js'

type Banner = { protocol: BannerProtocol; field?: string; text: string }

/** What one node gave, in Rapid7's terms. */
type NexposeNode = {
  at: SourceLocation
  address: string
  names: string[]
  macs: string[]
  banners: Banner[]
}

/** The service being read: its protocol, the configuration values read as evidence, its first fingerprint. */
type NexposeService = {
  protocol: BannerProtocol
  configs: Map<string, string>
  product?: string
}

/** The configuration values read; others (algorithms, key fingerprints, HTTP verbs) say nothing of the maker. */
const EVIDENCE_CONFIGS: ReadonlySet<string> = new Set(['ssh.banner', 'ftp.banner', 'http.banner', 'http.banner.server'])

/** A `hardware-address` as Nexpose writes it: 12 hex digits (`00E0FC123456`), or with colons or dashes. */
const MAC = /^[0-9A-Fa-f]{2}(?:[:-]?[0-9A-Fa-f]{2}){5}$/

/**
 * The MAC of a `hardware-address`, written with colons, or undefined: Nexpose writes
 * `000000000000` for a node whose address it did not learn, which is no address (and would read
 * as Xerox's block).
 */
function macOf(raw: string): string | undefined {
  const value = raw.trim()
  if (!MAC.test(value)) return undefined
  const hex = value.replace(/[:-]/g, '').toLowerCase()
  if (/^0+$/.test(hex)) return undefined
  return hex.match(/../g)!.join(':')
}

/** The protocol of a service by its Nexpose name (`SSH`, `HTTP`, `HTTPS`, `FTP`, `Telnet`, `SNMP`). */
function protocolOf(name: string): BannerProtocol {
  return SERVICE_PROTOCOLS[name.trim().toLowerCase()] ?? 'other'
}

/** A service fingerprint as one product name: `Huawei VRP 5.70`, without repeating a vendor the product starts with. */
function productOf(vendor: string, product: string, version: string): string | undefined {
  const p = product.trim()
  const v = vendor.trim()
  const name = v !== '' && !p.toLowerCase().startsWith(v.toLowerCase()) ? `${v} ${p}`.trim() : p || v
  if (name === '') return undefined
  return version.trim() !== '' ? `${name} ${version.trim()}` : name
}

/** Adds what one service quoted, else the product its fingerprint names, to its node. */
function addService(node: NexposeNode, service: NexposeService): void {
  const before = node.banners.length
  const { protocol, configs } = service
  const ssh = configs.get('ssh.banner')
  if (ssh !== undefined) node.banners.push({ protocol: 'ssh', text: ssh })
  const ftp = configs.get('ftp.banner')
  if (ftp !== undefined) node.banners.push({ protocol: 'ftp', text: ftp })
  // `http.banner` and `http.banner.server` both hold the Server header; one is kept, not the same answer twice.
  const server = configs.get('http.banner.server') ?? configs.get('http.banner')
  if (server !== undefined) node.banners.push({ protocol: protocol === 'https' ? 'https' : 'http', field: 'server', text: server })
  // Rapid7's fingerprint stands in for a banner the configuration did not quote (the quoted one says
  // the same first-hand; both would count one answer twice).
  if (node.banners.length === before && service.product !== undefined) node.banners.push({ protocol, field: 'product', text: service.product })
}

/**
 * A node as the JSON device shape: its address is the id, its first DNS name (a name with a dot),
 * else its first name (a NetBIOS name), the name.
 */
function toDeviceShape(node: NexposeNode): Record<string, unknown> {
  const name = node.names.find((n) => n.includes('.') && n !== node.address) ?? node.names.find((n) => n !== node.address)
  return {
    id: node.address,
    ...(name !== undefined ? { name } : {}),
    ...(node.macs.length > 0 ? { macs: node.macs } : {}),
    ...(node.banners.length > 0 ? { banners: node.banners } : {}),
  }
}

/** Elements whose text is read. */
type Reading = 'name' | 'config'

/**
 * Reads a Nexpose XML export fed in chunks, as a stream: a node holds all that is read of it, so
 * only the node being read is kept (its tests and the vulnerability definitions after the nodes are
 * skipped without keeping their text).
 */
export class NexposeRowParser extends ScanXmlParser {
  /** Names of the open elements below the root. */
  private readonly stack: string[] = []
  private node: NexposeNode | undefined
  private service: NexposeService | undefined
  private reading: { what: Reading; config?: string } | undefined

  constructor(file: string) {
    super(file, 'the XML of a Rapid7 Nexpose or InsightVM report (XML Export 2.0, <NexposeReport>)')
    const p = this.parser
    p.on('opentag', (tag) => {
      if (this.failed) return
      if (this.atRoot(tag.name, 'NexposeReport', 'a Rapid7 Nexpose or InsightVM report (XML Export 2.0) has <NexposeReport>')) return
      const parent = this.stack[this.stack.length - 1]
      this.stack.push(tag.name)
      const a = tag.attributes
      if (tag.name === 'node' && parent === 'nodes') {
        const mac = macOf(a['hardware-address'] ?? '')
        this.node = { at: this.here(), address: (a['address'] ?? '').trim(), names: [], macs: mac !== undefined ? [mac] : [], banners: [] }
        return
      }
      if (this.node === undefined) return
      switch (tag.name) {
        case 'name':
          if (parent === 'names') this.read({ what: 'name' })
          return
        case 'service':
          if (parent === 'services') this.service = { protocol: protocolOf(a['name'] ?? ''), configs: new Map() }
          return
        case 'fingerprint':
          // The service's own fingerprints (a node's installed software has them too, under <software>).
          if (parent === 'fingerprints' && this.stack[this.stack.length - 3] === 'service' && this.service !== undefined) {
            this.service.product ??= productOf(a['vendor'] ?? '', a['product'] ?? '', a['version'] ?? '')
          }
          return
        case 'config':
          if (parent === 'configuration' && this.service !== undefined && EVIDENCE_CONFIGS.has(a['name'] ?? '')) this.read({ what: 'config', config: a['name']! })
      }
    })
    this.collectText(() => this.reading !== undefined)
    p.on('closetag', (tag) => {
      if (this.failed) return
      this.stack.pop()
      if (this.reading !== undefined && (tag.name === 'name' || tag.name === 'config')) {
        const { what, config } = this.reading
        const value = this.text.trim()
        this.reading = undefined
        this.text = ''
        if (value === '') return
        if (what === 'name') this.node?.names.push(value)
        else if (!this.service!.configs.has(config!)) this.service!.configs.set(config!, value)
        return
      }
      if (tag.name === 'service' && this.service !== undefined && this.stack[this.stack.length - 1] === 'services') {
        if (this.node !== undefined) addService(this.node, this.service)
        this.service = undefined
      } else if (tag.name === 'node' && this.node !== undefined && this.stack[this.stack.length - 1] === 'nodes') {
        const node = this.node
        this.node = undefined
        if (node.address !== '') this.sink?.row(toDeviceShape(node), node.at)
      }
    })
  }

  private read(reading: NonNullable<NexposeRowParser['reading']>): void {
    this.reading = reading
    this.text = ''
  }
}

/**
 * The header of an InsightVM / Nexpose CSV report of vulnerabilities: an `Asset IP Address` column
 * and `Vulnerability ...` ones (the column names of the report template's fields, as the CSV
 * exports read by klezVirus/nx_reporter and other scripts name them). A report of assets alone
 * (no vulnerability columns) has one row per asset and is read as any CSV inventory.
 */
export function isNexposeCsvHeader(cells: readonly string[]): boolean {
  const names = cells.map((c) => c.trim().toLowerCase())
  return names.includes('asset ip address') && names.some((n) => n.startsWith('vulnerability '))
}

/** True when the start of a file is an InsightVM / Nexpose CSV report of vulnerabilities (its header line). */
export function isNexposeCsvStart(start: string): boolean {
  const first = /^\uFEFF?([^\n]*)/.exec(start)![1]!
  return /(?:^|,)"?Asset IP Address"?(?:,|\r?$)/i.test(first) && /(?:^|,)"?Vulnerability [^,"]*"?(?:,|\r?$)/i.test(first)
}

/**
 * The rows of an InsightVM / Nexpose CSV report of vulnerabilities, grouped into assets by their IP
 * address: one row per vulnerability found, an asset's rows scattered (sorted by severity), so each
 * asset's names and MACs are held and the assets go out at the end, in the order they first appear.
 */
export class NexposeCsvHosts {
  private readonly file: string
  private readonly expected: number
  private readonly col: { ip: number; macs: number; names: number }
  private readonly nodes = new Map<string, NexposeNode>()

  constructor(header: readonly string[], file: string) {
    this.file = file
    this.expected = header.length
    const find = (name: string) => header.findIndex((c) => c.trim().toLowerCase() === name)
    this.col = { ip: find('asset ip address'), macs: find('asset mac addresses'), names: find('asset names') }
  }

  add(record: CsvRecord, sink: RowSink): void {
    const { cells, line } = record
    if (!hasHeaderWidth(record, this.expected, this.file, sink)) return
    const address = cells[this.col.ip]!.trim()
    if (address === '') return
    let node = this.nodes.get(address)
    if (node === undefined) {
      node = { at: { file: this.file, line }, address, names: [], macs: [], banners: [] }
      this.nodes.set(address, node)
    }
    // An asset's MACs and names are lists (`00:E0:FC:12:34:56, 00:E0:FC:12:34:57`).
    if (this.col.macs >= 0) {
      for (const raw of cells[this.col.macs]!.split(/[\s,;]+/)) {
        const mac = macOf(raw)
        if (mac !== undefined && !node.macs.includes(mac)) node.macs.push(mac)
      }
    }
    if (this.col.names >= 0) {
      for (const name of cells[this.col.names]!.split(/[\s,;]+/)) if (name !== '' && !node.names.includes(name)) node.names.push(name)
    }
  }

  end(sink: RowSink): void {
    for (const node of this.nodes.values()) sink.row(toDeviceShape(node), node.at)
    this.nodes.clear()
  }
}
