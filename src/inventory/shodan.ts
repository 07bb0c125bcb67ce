/**
 * Shodan banners (`shodan download` after gunzip, `shodan search`/`stream` JSON, the search API's
 * `matches`, the `data` list of a host): one record per service Shodan saw on one port of one IP.
 * Each becomes a device of its own, `ip:port`, whose banner is the text Shodan captured: records
 * of one host are scattered through an export, so they are not merged into one device.
 */
import { deviceMakerCpe } from '../catalog/cpe.js'
import type { BannerProtocol } from '../domain/device.js'
import { hostAndPort } from './addresses.js'
import { deviceCertificateSubject, distinguishedNameOf } from './certificate.js'
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import type { CsvRecord } from './csv.js'
import type { RowSink } from './rows.js'

/** The fields trustpath reads from a Shodan banner record. */
export type ShodanBanner = {
  ip_str: string
  port?: number | string
  transport?: string
  /** The raw banner: an SSH version line, a whole HTTP response head, an RTSP answer... */
  data?: string | null
  hostnames?: string[]
  org?: string
  location?: { latitude?: number | null; longitude?: number | null } | null
  http?: { server?: string | null; title?: string | null } | null
  /** The certificate of a TLS service: its subject and issuer as attribute maps (`{"CN": "FortiGate", "O": "Fortinet Ltd."}`). */
  ssl?: { cert?: { subject?: unknown; issuer?: unknown } | null } | null
  /** The CPEs Shodan's fingerprints concluded for the service (`cpe:/h:...`, `cpe:/o:...`; 2.3 form in `cpe23`). */
  cpe?: unknown
  cpe23?: unknown
  /** The product Shodan's fingerprints named for the service (`MikroTik http proxy`, `nginx`), its `version`, and the extra `info` of the match. */
  product?: unknown
  version?: unknown
  info?: unknown
  _shodan?: { module?: string } | null
}

/**
 * True for a Shodan banner record: an `ip_str` and a `port` (a number, or its digits as text from a
 * converted export), with the captured `data` or none.
 */
export function isShodanBanner(value: Record<string, unknown>): boolean {
  const port = value['port']
  return typeof value['ip_str'] === 'string' && 'data' in value && (typeof port === 'number' || (typeof port === 'string' && /^\d+$/.test(port)))
}

/**
 * Shodan's crawler modules by the start of their names (`https-simple-new`, `rtsp-tcp`,
 * `snmp-v3`...), then well-known ports, give the protocol of the banner.
 */
const MODULE_PROTOCOLS: readonly (readonly [string, BannerProtocol])[] = [
  ['https', 'https'], ['http', 'http'], ['ssh', 'ssh'], ['rtsp', 'rtsp'], ['sip', 'sip'], ['telnet', 'telnet'],
  ['ftp', 'ftp'], ['smtp', 'smtp'], ['snmp', 'snmp'], ['upnp', 'upnp'],
]
const PORT_PROTOCOLS: Readonly<Record<number, BannerProtocol>> = {
  21: 'ftp', 22: 'ssh', 23: 'telnet', 25: 'smtp', 80: 'http', 161: 'snmp', 443: 'https', 554: 'rtsp', 587: 'smtp',
  1900: 'upnp', 5060: 'sip', 5061: 'sip', 8080: 'http', 8443: 'https',
}

function protocolOf(b: ShodanBanner): BannerProtocol {
  const module = b._shodan?.module?.toLowerCase()
  if (module !== undefined) for (const [prefix, protocol] of MODULE_PROTOCOLS) if (module.startsWith(prefix)) return protocol
  return (b.port !== undefined ? PORT_PROTOCOLS[Number(b.port)] : undefined) ?? 'other'
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined)

/**
 * The CPEs of a record that name a device maker (hardware, or an OS of one maker's devices, see
 * `deviceMakerCpe`), each vendor once: `cpe` (2.2 form), else `cpe23`.
 */
function deviceCpes(b: ShodanBanner): string[] {
  const listed = Array.isArray(b.cpe) && b.cpe.length > 0 ? b.cpe : Array.isArray(b.cpe23) ? b.cpe23 : []
  const out: string[] = []
  for (const c of listed) {
    const kept = typeof c === 'string' ? deviceMakerCpe(c) : undefined
    if (kept !== undefined && !out.includes(kept)) out.push(kept)
  }
  return out
}

/**
 * A Shodan banner as the JSON device shape: `ip:port` is the id (the IP alone would repeat for
 * every service of a host), the first host name or the IP the name, Shodan's location the
 * position (for geofences). The captured text is the banner, and the HTML title Shodan read from
 * the page another; the subject of the service's certificate is one of field `certificate` when
 * the device issued it to itself (see `deviceCertificateSubject`). What Shodan's fingerprints
 * concluded from the answer is read as nmap -sV's conclusions are, weak: its CPEs that name a
 * device maker are banners of field `cpe`; without one, its `product` (with the `version`) is a
 * banner of field `product` and its `info` one of field `extrainfo`.
 */
export function fromShodanBanner(b: ShodanBanner): Record<string, unknown> {
  const protocol = protocolOf(b)
  const banners: { protocol: BannerProtocol; field?: string; text: string }[] = []
  if (typeof b.data === 'string' && b.data.trim() !== '') banners.push({ protocol, text: b.data })
  const web = protocol === 'https' ? 'https' : 'http'
  // The Server header is in the captured head already (counted twice it would look like two
  // pieces of evidence); the title comes from the body, which the capture does not hold.
  if (banners.length === 0 && typeof b.http?.server === 'string' && b.http.server.trim() !== '') banners.push({ protocol: web, field: 'server', text: b.http.server })
  if (typeof b.http?.title === 'string' && b.http.title.trim() !== '') banners.push({ protocol: web, field: 'title', text: b.http.title })
  const cert = b.ssl?.cert
  const subject = cert ? deviceCertificateSubject(distinguishedNameOf(cert.subject), distinguishedNameOf(cert.issuer)) : undefined
  if (subject !== undefined) banners.push({ protocol, field: 'certificate', text: subject })
  // What Shodan's fingerprints concluded, as nmap -sV's conclusions are read: the CPEs that name a
  // device maker, else the product (with its version) and the extra information of the match,
  // each weak; a generic product (`nginx`, `GoAhead-Webs`) names nobody.
  const cpes = deviceCpes(b)
  for (const cpe of cpes) banners.push({ protocol, field: 'cpe', text: cpe })
  if (cpes.length === 0) {
    const product = text(b.product)
    const version = text(b.version)
    if (product !== undefined) banners.push({ protocol, field: 'product', text: version !== undefined ? `${product} ${version}` : product })
    const info = text(b.info)
    if (info !== undefined) banners.push({ protocol, field: 'extrainfo', text: info })
  }
  const host = Array.isArray(b.hostnames) && typeof b.hostnames[0] === 'string' ? b.hostnames[0] : undefined
  const lat = b.location?.latitude
  const lon = b.location?.longitude
  return {
    id: b.port !== undefined ? hostAndPort(b.ip_str, b.port) : b.ip_str,
    name: host ?? b.ip_str,
    banners: banners.length > 0 ? banners : undefined,
    lat: typeof lat === 'number' && typeof lon === 'number' ? lat : undefined,
    lon: typeof lat === 'number' && typeof lon === 'number' ? lon : undefined,
  }
}

/**
 * An answer of Shodan's InternetDB (`https://internetdb.shodan.io/<ip>`, free and keyless): a
 * host's open ports, names, tags, vulnerabilities and the CPEs Shodan concluded of its services,
 * without the banners (`{"cpes": [...], "hostnames": [...], "ip": "…", "ports": [...], "tags":
 * [...], "vulns": [...]}`, the ShodanResponse of projectdiscovery/uncover's shodanidb agent).
 */
export type ShodanInternetDbHost = { ip: string; cpes: unknown[]; hostnames: unknown[]; ports: unknown[]; tags: unknown[]; vulns: unknown[] }

const INTERNETDB_LISTS = ['cpes', 'hostnames', 'ports', 'tags', 'vulns'] as const

/** True for an InternetDB answer: an `ip` and the five lists InternetDB writes in every answer. */
export function isShodanInternetDbHost(value: Record<string, unknown>): boolean {
  return typeof value['ip'] === 'string' && INTERNETDB_LISTS.every((k) => Array.isArray(value[k]))
}

/**
 * An InternetDB answer as the JSON device shape: the IP is the id (one answer a host), the first
 * host name (else the IP) the name. Its CPEs that name a device maker are banners of field `cpe`,
 * as a Shodan banner's are (weak: Shodan's conclusion, `cpe:/o:mikrotik:routeros`); an
 * application's (`cpe:/a:cloudflare:cloudflare`) names nobody, and the ports, tags and
 * vulnerabilities name no maker.
 */
export function fromShodanInternetDbHost(h: ShodanInternetDbHost): Record<string, unknown> {
  const banners: { protocol: BannerProtocol; field: string; text: string }[] = []
  for (const c of h.cpes) {
    const kept = typeof c === 'string' ? deviceMakerCpe(c) : undefined
    if (kept !== undefined && !banners.some((b) => b.text === kept)) banners.push({ protocol: 'other', field: 'cpe', text: kept })
  }
  const host = h.hostnames.find((n): n is string => typeof n === 'string' && n.trim() !== '')
  return { id: h.ip, name: host ?? h.ip, ...(banners.length > 0 ? { banners } : {}) }
}

const csvKey = (cell: string): string => cell.trim().toLowerCase()

/**
 * True for the header of the CSV Shodan's command-line tool writes (`shodan convert <file>.json.gz
 * csv`: shodan/cli/converter/csvc.py writes `data,hostnames,ip,ip_str,ipv6,org,isp,location.…,port,…,html,title`),
 * told by `ip_str`, `port` and `data`, the columns of a banner that no device list has together.
 */
export function isShodanCsvHeader(cells: readonly string[]): boolean {
  const keys = new Set(cells.map(csvKey))
  return keys.has('ip_str') && keys.has('port') && keys.has('data')
}

/**
 * The rows of Shodan's CSV: each is read as the banner record it was flattened from
 * (`fromShodanBanner`): `ip_str`, `port`, `data`, `hostnames` (joined with commas), `title` (the
 * page title), `transport`, `product` and `version` (what Shodan's fingerprints named) and
 * `location.latitude`/`location.longitude`. `ip` is the address as an integer and no name; `os`
 * and the other columns are not read.
 */
export class ShodanCsvRows {
  private readonly index: Readonly<Record<string, number>>
  private readonly width: number
  private readonly at: (line: number) => SourceLocation

  constructor(header: readonly string[], at: (line: number) => SourceLocation) {
    const index: Record<string, number> = {}
    header.forEach((h, i) => {
      const k = csvKey(h)
      if (!(k in index)) index[k] = i
    })
    this.index = index
    this.width = header.length
    this.at = at
  }

  add(record: CsvRecord, sink: RowSink): void {
    const cells = record.cells
    if (cells.length !== this.width) {
      sink.diagnostics.push({ code: 'malformed_csv', severity: 'error', at: this.at(record.line), problem: 'field_count', expected: this.width, got: cells.length })
      return
    }
    const cell = (key: string): string => {
      const i = this.index[key]
      return i === undefined ? '' : cells[i]!.trim()
    }
    const hostnames = cell('hostnames').split(',').map((h) => h.trim()).filter((h) => h !== '')
    const lat = Number.parseFloat(cell('location.latitude'))
    const lon = Number.parseFloat(cell('location.longitude'))
    const banner: ShodanBanner = {
      ip_str: cell('ip_str'),
      port: cell('port'),
      data: cells[this.index['data']!]!,
      hostnames,
      ...(cell('transport') !== '' ? { transport: cell('transport') } : {}),
      ...(cell('product') !== '' ? { product: cell('product'), version: cell('version') } : {}),
      ...(cell('title') !== '' ? { http: { title: cell('title') } } : {}),
      ...(Number.isFinite(lat) && Number.isFinite(lon) ? { location: { latitude: lat, longitude: lon } } : {}),
    }
    sink.row(banner as unknown as Record<string, unknown>, this.at(record.line))
  }

  end(_sink: RowSink): void {}
}
