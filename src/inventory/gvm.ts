/**
 * Greenbone (OpenVAS, GVM) scan reports as inventories: the report in Greenbone's XML format (the
 * exported file, `<report>` with the report itself in a `<report>` inside it, or gvmd's answer to
 * `get_reports`, `<get_reports_response>`) and the "CSV Results" export (`IP, Hostname, Port, ...,
 * NVT Name, Summary, Specific Result, NVT OID, ...`), one device per scanned host.
 *
 * What is read, in Greenbone's terms:
 * - the host details of the report's `<host>` elements (`<detail><name>…</name><value>…</value>`):
 *   `hostname`, `MAC` (the address the scanner saw), and `App`: the CPEs the product detection
 *   NVTs registered for the host (`register_product` in the feed's host_details.inc). A hardware CPE
 *   (`cpe:/h:hikvision:ip_camera`), else a device firmware one (`cpe:/o:huawei:ne40e_firmware`:
 *   NVD names the firmware of a device `<model>_firmware`), else another OS only one maker's
 *   devices run (`cpe:/o:mikrotik:routeros`), gives the declared manufacturer, the CPE's vendor.
 *   Software CPEs (`cpe:/a:`), general operating systems and device makers' server systems
 *   (`cpe:/o:huawei:euleros`) name no maker of the device.
 * - the outputs of the NVTs that quote what the device sent (each told by its own wording, so that
 *   renamed NVTs and older feeds still read): "SSH Server type and version" (`Remote SSH server
 *   banner: SSH-2.0-...`), "HTTP Server type and version" (`The remote HTTP Server banner is:` then
 *   the Server header), the FTP and Telnet banner reports (`Remote FTP server banner:`, `Remote
 *   Telnet banner:`), and "SNMP Information Detection and Reporting" (the sysDescr, sysObjectID and
 *   the ENTITY-MIB chassis maker, model and serial number, each with its OID);
 * - the product detection reports (`Detected <product>` ... `CPE: cpe:/h:...`), and the product a
 *   vulnerability result names (`<detection>` ... `product`), as the `App` details are.
 * The OS guesses are left out, as nmap's are: `best_os_cpe`, `best_os_txt` and the `OS` details
 * come from OS detection, which falls back to fingerprinting the IP stack.
 */
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import type { BannerProtocol } from '../domain/device.js'
import type { CsvRecord } from './csv.js'
import { cpeOf, deviceMakerCpe } from '../catalog/cpe.js'
import { hasHeaderWidth, type RowSink } from './rows.js'
import { ScanXmlParser } from './scan-xml.js'

type Banner = { protocol: BannerProtocol; field?: string; text: string }

/** What one host's details and results gave, in Greenbone's terms. */
type GvmHost = {
  at: SourceLocation
  ip: string
  hostname?: string
  macs: Set<string>
  banners: Banner[]
  sysDescr?: string
  sysObjectID?: string
  /** ENTITY-MIB of the chassis, as "SNMP Information Detection and Reporting" read it. */
  entity: { manufacturer?: string; model?: string; serial?: string }
  /**
   * The first hardware CPE, the first device firmware CPE and the first other OS CPE of one
   * maker's devices that detection NVTs registered.
   */
  hardwareCpe?: string
  firmwareCpe?: string
  deviceOsCpe?: string
}

const MAC = /^[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}$/

/** The OIDs "SNMP Information Detection and Reporting" prints its values with, and the fields they fill. */
const SNMP_FIELDS: Readonly<Record<string, 'sysDescr' | 'sysObjectID' | 'manufacturer' | 'model' | 'serial'>> = {
  '1.3.6.1.2.1.1.1.0': 'sysDescr',
  '1.3.6.1.2.1.1.2.0': 'sysObjectID',
  '1.3.6.1.2.1.47.1.1.1.1.12.1': 'manufacturer',
  '1.3.6.1.2.1.47.1.1.1.1.13.1': 'model',
  '1.3.6.1.2.1.47.1.1.1.1.11.1': 'serial',
}

/** A line of "SNMP Information Detection and Reporting": `  System Description (OID: 1.3.6.1.2.1.1.1.0) :   <value>`. */
const SNMP_LINE = /^ {0,4}[A-Za-z][\w /-]*? \(OID: ([\d.]+)\) *: ?(.*)$/

function newHost(ip: string, at: SourceLocation): GvmHost {
  return { at, ip, macs: new Set(), banners: [], entity: {} }
}

/**
 * Keeps the first hardware CPE, the first device firmware CPE (NVD names the firmware of a device
 * `<model>_firmware`, as Greenbone's detections register it: `cpe:/o:huawei:ne40e_firmware`,
 * `cpe:/o:hikvision:ip_camera_firmware`) and the first other OS CPE that only one maker's devices
 * run (`cpe:/o:mikrotik:routeros`, as `deviceMakerCpe` decides); other CPEs name no maker of the
 * device: applications, general operating systems, and device makers' server systems that run on
 * anyone's servers (Huawei's EulerOS, `cpe:/o:huawei:euleros`).
 */
function addCpe(host: GvmHost, raw: string): void {
  const cpe = raw.trim()
  if (/^cpe:\/h:[^:]+:/i.test(cpe)) host.hardwareCpe ??= cpe
  else if (/^cpe:\/o:[^:]+:[^:]*_firmware(?::|$)/i.test(cpe)) host.firmwareCpe ??= cpe
  else if (/^cpe:\/o:/i.test(cpe) && deviceMakerCpe(cpe) !== undefined) host.deviceOsCpe ??= cpe
}

/** The text after `header` up to the first of `ends` (or the end), trimmed; undefined without the header. */
function between(text: string, header: RegExp, ends: readonly string[]): string | undefined {
  const m = header.exec(text)
  if (m === null) return undefined
  let rest = text.slice(m.index + m[0].length)
  for (const end of ends) {
    const i = rest.indexOf(end)
    if (i >= 0) rest = rest.slice(0, i)
  }
  const value = rest.trim()
  return value === '' ? undefined : value
}

/** Adds what one result's output (an NVT's `description`, the CSV's Specific Result) says about its host. */
function addResultText(host: GvmHost, raw: string): void {
  if (raw === '') return
  const text = raw.replace(/\r\n?/g, '\n')
  const ssh = /^Remote SSH server (?:banner|version): *(\S.*)$/m.exec(text)
  if (ssh !== null) host.banners.push({ protocol: 'ssh', text: ssh[1]!.trim() })

  const http = between(text, /The remote HTTP Server banner is:/, ['\n\nFull HTTP headers:'])
  if (http !== undefined) {
    // The Server header line as the server sent it (`Server: App-webs/`), one line each for a few servers.
    for (const line of http.split('\n')) {
      const m = /^(?:DAAP-)?Server\s*:\s*(.*\S)/i.exec(line.trim())
      if (m !== null) host.banners.push({ protocol: 'http', field: 'server', text: m[1]! })
    }
  }

  const ftp = between(text, /Remote FTP server banner ?:/, ['\n\nThis is probably', '\n\nServer operating system information'])
  if (ftp !== undefined) host.banners.push({ protocol: 'ftp', text: ftp })
  const telnet = between(text, /Remote [Tt]elnet banner ?:/, ['\n\nThis is probably'])
  if (telnet !== undefined) host.banners.push({ protocol: 'telnet', text: telnet })

  // Older feeds print the sysDescr alone, to the end of the output.
  const sysDescr = between(text, /The following SNMP sysDescr \(OID: [\d.]+\) was extracted from the remote device:/, [])
  if (sysDescr !== undefined) host.sysDescr ??= sysDescr
  if (text.includes('The following SNMP information was extracted from the remote device:')) addSnmpInformation(host, text)

  // A product detection report names the product's CPEs; the OS detection's own report ("Best
  // matching OS: ... CPE:") does not start so and is left out.
  if (text.trimStart().startsWith('Detected ')) for (const m of text.matchAll(/^CPE: +(cpe:\/\S+)/gm)) addCpe(host, m[1]!)
}

/** The values "SNMP Information Detection and Reporting" prints one an OID, a value running to the next one (a sysDescr may hold line breaks). */
function addSnmpInformation(host: GvmHost, text: string): void {
  let field: (typeof SNMP_FIELDS)[string] | undefined
  let value: string[] = []
  const put = () => {
    const v = value.join('\n').trim()
    if (field === undefined || v === '') return
    if (field === 'sysDescr') host.sysDescr ??= v
    else if (field === 'sysObjectID') host.sysObjectID ??= v
    else host.entity[field] ??= v
  }
  for (const line of text.split('\n')) {
    const m = SNMP_LINE.exec(line)
    if (m !== null) {
      put()
      field = SNMP_FIELDS[m[1]!]
      value = [m[2]!]
    } else if (field !== undefined) value.push(line)
  }
  put()
}

/**
 * A host as the JSON device shape: its IP address is the id, its host name the name; the maker
 * the device itself reports (ENTITY-MIB), else the vendor of a CPE a detection NVT registered, the
 * declared manufacturer.
 */
function toDeviceShape(host: GvmHost): Record<string, unknown> {
  const snmp = host.sysDescr !== undefined || host.sysObjectID !== undefined
    ? { ...(host.sysObjectID !== undefined ? { sysObjectID: host.sysObjectID } : {}), ...(host.sysDescr !== undefined ? { sysDescr: host.sysDescr } : {}) }
    : undefined
  const manufacturer = host.entity.manufacturer ?? cpeOf(host.hardwareCpe) ?? cpeOf(host.firmwareCpe) ?? cpeOf(host.deviceOsCpe)
  return {
    id: host.ip,
    ...(host.hostname !== undefined && host.hostname !== host.ip ? { name: host.hostname } : {}),
    ...(manufacturer !== undefined ? { manufacturer } : {}),
    ...(host.entity.model !== undefined ? { model: host.entity.model } : {}),
    ...(host.entity.serial !== undefined ? { serial: host.entity.serial } : {}),
    ...(host.macs.size > 0 ? { macs: [...host.macs] } : {}),
    ...(snmp !== undefined ? { snmp } : {}),
    ...(host.banners.length > 0 ? { banners: host.banners } : {}),
  }
}

/** The hosts of a report, by IP address, in the order they first appear. */
class GvmHosts {
  private readonly hosts = new Map<string, GvmHost>()

  get(ip: string, at: SourceLocation): GvmHost {
    let host = this.hosts.get(ip)
    if (host === undefined) this.hosts.set(ip, (host = newHost(ip, at)))
    return host
  }

  end(sink: RowSink): void {
    for (const host of this.hosts.values()) sink.row(toDeviceShape(host), host.at)
    this.hosts.clear()
  }
}

/** Elements whose text is read, by where they are (the element and its parent). */
type Reading = 'result-host' | 'result-hostname' | 'description' | 'ip' | 'detail-name' | 'detail-value' | 'product-name' | 'product-value'

/**
 * Reads a Greenbone XML report fed in chunks, as a stream. gvmd writes a report's results before
 * its hosts, so a host's evidence is gathered from both and the hosts go out at the end: what is
 * held is a few strings a host (the results' outputs are read one at a time and not kept).
 */
export class GvmRowParser extends ScanXmlParser {
  private readonly hosts = new GvmHosts()
  /** Names of the open elements, the root first. */
  private readonly stack: string[] = []
  private reading: Reading | undefined
  /** The result being read: its host's IP, where it starts, and the texts read before the IP was. */
  private result: { ip?: string; hostname?: string; at: SourceLocation; texts: string[]; products: string[] } | undefined
  /** The report host being read (`<host>` in a report, with `<ip>` and `<detail>`s). */
  private host: { ip?: string; at: SourceLocation; details: [string, string][] } | undefined
  private detail: { name: string; value: string } | undefined
  private product: { name: string; value: string } | undefined

  constructor(file: string) {
    super(file, 'the XML of a Greenbone (OpenVAS, GVM) report (<report> or <get_reports_response>)')
    const p = this.parser
    p.on('opentag', (tag) => {
      if (this.failed) return
      if (this.stack.length === 0) {
        const root = tag.name === 'get_reports_response' ? 'get_reports_response' : 'report'
        this.stack.push(tag.name)
        this.atRoot(tag.name, root, 'a Greenbone report has <report> (an exported file) or <get_reports_response> (gvmd\'s answer)')
        return
      }
      // A child ends the text being read (a result's host is its IP, then `<asset>` and `<hostname>`).
      if (this.reading !== undefined) this.closeReading()
      const parent = this.stack[this.stack.length - 1]!
      const grand = this.stack[this.stack.length - 2]
      this.stack.push(tag.name)
      switch (tag.name) {
        case 'result':
          if (parent === 'results') this.result = { at: this.here(), texts: [], products: [] }
          return
        case 'host':
          if (parent === 'result' && grand === 'results' && this.result !== undefined) this.read('result-host')
          else if (parent === 'report') this.host = { at: this.here(), details: [] }
          return
        case 'hostname':
          if (parent === 'host' && this.result !== undefined && grand === 'result') this.read('result-hostname')
          return
        case 'description':
          if (parent === 'result' && grand === 'results' && this.result !== undefined) this.read('description')
          return
        case 'ip':
          if (parent === 'host' && this.host !== undefined) this.read('ip')
          return
        case 'detail':
          if (parent === 'host' && this.host !== undefined) this.detail = { name: '', value: '' }
          else if (parent === 'details' && this.result !== undefined) this.product = { name: '', value: '' }
          return
        case 'name':
        case 'value':
          if (parent !== 'detail') return
          if (this.detail !== undefined) this.read(tag.name === 'name' ? 'detail-name' : 'detail-value')
          else if (this.product !== undefined) this.read(tag.name === 'name' ? 'product-name' : 'product-value')
          return
      }
    })
    this.collectText(() => this.reading !== undefined)
    p.on('closetag', (tag) => {
      if (this.failed) return
      this.stack.pop()
      if (this.reading !== undefined) this.closeReading()
      switch (tag.name) {
        case 'host':
          // A result's host holds its IP as text before its children: reading ended at the first child.
          if (this.host !== undefined && this.stack[this.stack.length - 1] === 'report') this.endHost()
          return
        case 'detail':
          if (this.detail !== undefined && this.stack[this.stack.length - 1] === 'host') {
            this.host?.details.push([this.detail.name.trim(), this.detail.value.trim()])
            this.detail = undefined
          } else if (this.product !== undefined) {
            if (this.product.name.trim() === 'product') this.result?.products.push(this.product.value.trim())
            this.product = undefined
          }
          return
        case 'result':
          if (this.result !== undefined && this.stack[this.stack.length - 1] === 'results') this.endResult()
      }
    })
  }

  private read(what: Reading): void {
    this.reading = what
    this.text = ''
  }

  private closeReading(): void {
    const what = this.reading!
    const text = this.text
    this.reading = undefined
    this.text = ''
    switch (what) {
      case 'result-host': {
        const ip = text.trim()
        if (ip !== '' && this.result !== undefined) this.result.ip ??= ip
        return
      }
      case 'result-hostname':
        if (text.trim() !== '' && this.result !== undefined) this.result.hostname ??= text.trim()
        return
      case 'description':
        this.result?.texts.push(text)
        return
      case 'ip':
        if (this.host !== undefined && text.trim() !== '') this.host.ip ??= text.trim()
        return
      case 'detail-name':
        if (this.detail !== undefined) this.detail.name = text
        return
      case 'detail-value':
        if (this.detail !== undefined) this.detail.value = text
        return
      case 'product-name':
        if (this.product !== undefined) this.product.name = text
        return
      case 'product-value':
        if (this.product !== undefined) this.product.value = text
    }
  }

  private endResult(): void {
    const r = this.result!
    this.result = undefined
    if (r.ip === undefined) return
    const host = this.hosts.get(r.ip, r.at)
    if (r.hostname !== undefined) host.hostname ??= r.hostname
    for (const text of r.texts) addResultText(host, text)
    for (const cpe of r.products) addCpe(host, cpe)
  }

  private endHost(): void {
    const h = this.host!
    this.host = undefined
    if (h.ip === undefined) return
    const host = this.hosts.get(h.ip, h.at)
    for (const [name, value] of h.details) {
      if (value === '') continue
      if (name === 'hostname') host.hostname ??= value
      else if (name === 'MAC') {
        if (MAC.test(value)) host.macs.add(value.toLowerCase())
      } else if (name === 'App') addCpe(host, value)
    }
  }

  /** The hosts go out at the end, also those read before a problem that stopped the reading. */
  override end(sink: RowSink): void {
    super.end(sink)
    this.hosts.end(sink)
  }
}

/**
 * The header of Greenbone's "CSV Results" export: `IP` first, with the `NVT OID` and `Specific
 * Result` columns.
 */
export function isGvmCsvHeader(cells: readonly string[]): boolean {
  const names = cells.map((c) => c.trim().toLowerCase())
  return names[0] === 'ip' && names.includes('nvt oid') && names.includes('specific result')
}

/** True when the start of a file is Greenbone's "CSV Results" export (its header line). */
export function isGvmCsvStart(start: string): boolean {
  return /^\uFEFF?"?IP"?,(?=[^\n]*\bNVT OID\b)[^\n]*\bSpecific Result\b/i.test(start)
}

/**
 * The rows of Greenbone's "CSV Results" export, grouped into hosts: one row per result, a host's
 * rows scattered through the file (sorted by severity), so each host's evidence is held and the
 * hosts go out at the end, in the order they first appear. The export has no host details: no
 * MACs, and CPEs only from detection reports and from the `Product Detection Result` column.
 */
export class GvmCsvHosts {
  private readonly file: string
  private readonly expected: number
  private readonly col: { ip: number; hostname: number; result: number; product: number }
  private readonly hosts = new GvmHosts()

  constructor(header: readonly string[], file: string) {
    this.file = file
    this.expected = header.length
    const find = (name: string) => header.findIndex((c) => c.trim().toLowerCase() === name)
    this.col = { ip: find('ip'), hostname: find('hostname'), result: find('specific result'), product: find('product detection result') }
  }

  add(record: CsvRecord, sink: RowSink): void {
    const { cells, line } = record
    if (!hasHeaderWidth(record, this.expected, this.file, sink)) return
    const ip = cells[this.col.ip]!.trim()
    if (ip === '') return
    const host = this.hosts.get(ip, { file: this.file, line })
    const hostname = this.col.hostname < 0 ? '' : cells[this.col.hostname]!.trim()
    if (hostname !== '') host.hostname ??= hostname
    addResultText(host, cells[this.col.result]!)
    if (this.col.product >= 0) for (const m of cells[this.col.product]!.matchAll(/^Product: *(cpe:\/\S+)/gm)) addCpe(host, m[1]!)
  }

  end(sink: RowSink): void {
    this.hosts.end(sink)
  }
}
