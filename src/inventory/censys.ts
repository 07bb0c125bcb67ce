/**
 * Censys host records (Search API v2: `censys view <ip>`, a host's JSON, or a list of them; the
 * Censys Platform API's, its host view `{"result": {"resource": {...}}}` and its search hits
 * `{"result": {"hits": [{"host_v1": {"resource": {...}}}]}}`): one device per host, whose banners
 * are what Censys captured on each of its services.
 */
import { deviceMakerCpe, namesDeviceMaker } from '../catalog/cpe.js'
import type { BannerProtocol } from '../domain/device.js'
import { deviceCertificateSubject } from './certificate.js'

/**
 * A product Censys named (a service's `software` and `hardware` entries, the host's
 * `operating_system` and `hardware`): its CPE (v2's `uniform_resource_identifier`, or `cpe` in
 * search hits and the Platform API) and its parts.
 */
type CensysProduct = { uniform_resource_identifier?: unknown; cpe?: unknown; part?: unknown; vendor?: unknown; product?: unknown; source?: unknown }

/** One service of a Censys host, with the fields trustpath reads. */
type CensysService = {
  port?: number
  service_name?: string
  extended_service_name?: string
  /** The Platform API's service name (`HTTP`, `SSH`, `DNS`, `UNKNOWN`). */
  protocol?: string
  /** The Platform API's web endpoints of the service, each with the headers of its answer (`{"Server": {"headers": [...]}}`). */
  endpoints?: { http?: { headers?: Record<string, unknown> | null } | null }[] | null
  /** The raw answer: an SSH identification line, an HTTP response head, a telnet greeting... */
  banner?: string | null
  http?: { response?: { html_title?: string | null; headers?: Record<string, unknown> | null } | null } | null
  /** The service's certificate (Search API v2): its names written `C=US, O=Fortinet, CN=FortiGate`. */
  tls?: { certificates?: { leaf_data?: { subject_dn?: unknown; issuer_dn?: unknown } | null } | null } | null
  /** The service's certificate (the Platform API's), its names as v2's are. */
  cert?: { parsed?: { subject_dn?: unknown; issuer_dn?: unknown } | null } | null
  /** What Censys's fingerprints named of the service. */
  software?: unknown
  hardware?: unknown
}

/** The fields trustpath reads from a Censys host record. */
export type CensysHost = {
  ip: string
  services: CensysService[]
  dns?: { names?: string[]; reverse_dns?: { names?: string[] } | null } | null
  location?: { coordinates?: { latitude?: number | null; longitude?: number | null } | null } | null
  /** What Censys's fingerprints named of the host. */
  operating_system?: unknown
  hardware?: unknown
}

/**
 * True for a host record: an `ip` and a `services` list whose first entry has a `service_name`
 * (Search API v2), or a `protocol` and a `transport_protocol` (the Platform API's).
 */
function isHostRecord(value: unknown): value is CensysHost {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  const services = v['services']
  if (typeof v['ip'] !== 'string' || !Array.isArray(services)) return false
  const first: unknown = services[0]
  return typeof first === 'object' && first !== null && ('service_name' in first || ('protocol' in first && 'transport_protocol' in first))
}

/**
 * The host of a Censys Platform API record: a search hit's `host_v1.resource` (`{"host_v1":
 * {"resource": {...}}, "matched_services": [...]}`), a host view's `resource`, as the answers
 * Cortex XSOAR's Censys integration is tested with hold them (demisto/content,
 * Packs/Censys/Integrations/CensysV2/test_data/search_host_response.json, view_host_response.json).
 */
function platformHost(value: Record<string, unknown>): CensysHost | undefined {
  const hit = value['host_v1']
  const resource = (typeof hit === 'object' && hit !== null ? (hit as Record<string, unknown>)['resource'] : undefined) ?? value['resource']
  return isHostRecord(resource) ? resource : undefined
}

/** True for a Censys host: a host record (see `isHostRecord`), or a Platform API record of one. */
export function isCensysHost(value: Record<string, unknown>): boolean {
  return isHostRecord(value) || platformHost(value) !== undefined
}

/** Censys's service names (upper case) → the banner's protocol; others are `other`. */
const PROTOCOLS: Readonly<Record<string, BannerProtocol>> = {
  HTTP: 'http', HTTPS: 'https', SSH: 'ssh', TELNET: 'telnet', FTP: 'ftp', SMTP: 'smtp', RTSP: 'rtsp', SIP: 'sip',
  SNMP: 'snmp', UPNP: 'upnp',
}

const firstText = (v: unknown): string | undefined => (Array.isArray(v) && typeof v[0] === 'string' && v[0].trim() !== '' ? v[0] : undefined)

/** A header of a Platform API answer, `{"Server": {"headers": ["..."]}}`: its first value. */
function platformHeader(headers: Record<string, unknown> | null | undefined, name: string): string | undefined {
  const h = headers?.[name]
  return typeof h === 'object' && h !== null ? firstText((h as Record<string, unknown>)['headers']) : undefined
}

const nonEmpty = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined)

/**
 * What Censys concluded a product to be, as a banner: its CPE when it names a device maker (field
 * `cpe`), else, written without a CPE, its vendor and product when they name hardware or an
 * operating system of one maker's devices (field `product`, `Fortinet FortiOS`); nothing for
 * applications and general operating systems, whose makers made no device (see `namesDeviceMaker`),
 * and nothing of what Censys estimated from another source than a service's answer (the docs' "Software"
 * page, docs.censys.com/docs/ls-software: the host's `operating_system` is "Censys' best estimate",
 * a service's `software` what it reported at OSI layer 7).
 */
function productBanner(entry: unknown, protocol: BannerProtocol): { protocol: BannerProtocol; field: string; text: string } | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined
  const e = entry as CensysProduct
  // What Censys read from a service's answer (`OSI_APPLICATION_LAYER`) is read, as nmap -sV's
  // conclusions are; an estimate from another layer (the host's TCP/IP fingerprint, Censys's
  // Hershel+) is a guess, as nmap's OS detection is, and is not.
  if (typeof e.source === 'string' && e.source.trim() !== '' && !/APPLICATION/i.test(e.source)) return undefined
  const cpe = nonEmpty(e.uniform_resource_identifier) ?? nonEmpty(e.cpe)
  if (cpe !== undefined) {
    const kept = deviceMakerCpe(cpe)
    return kept === undefined ? undefined : { protocol, field: 'cpe', text: kept }
  }
  const vendor = nonEmpty(e.vendor)
  const product = nonEmpty(e.product)
  if (vendor === undefined || typeof e.part !== 'string' || !namesDeviceMaker(e.part, vendor, product)) return undefined
  return { protocol, field: 'product', text: product === undefined || product.toLowerCase().startsWith(vendor.toLowerCase()) ? product ?? vendor : `${vendor} ${product}` }
}

/** The entries of a list of products or of one product (`operating_system` is one, `software` a list). */
const entries = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v])

/**
 * A Censys host as the JSON device shape: the IP is the id, the first DNS name (else the IP) the
 * name, Censys's coordinates the position. Each service's captured answer is a banner and its
 * HTML title another, and the subject of its certificate one of field `certificate` when the
 * device issued it to itself (see `deviceCertificateSubject`). What Censys's fingerprints named (a
 * service's `software` and `hardware`, the host's `operating_system` and `hardware`) is read as
 * nmap -sV's conclusions are, weak, when it names hardware or an operating system of one maker's
 * devices (see `productBanner`), each once.
 */
export function fromCensysHost(record: CensysHost): Record<string, unknown> {
  const host = platformHost(record as unknown as Record<string, unknown>) ?? record
  const banners: { protocol: BannerProtocol; field?: string; text: string }[] = []
  const concluded: ({ protocol: BannerProtocol; field: string; text: string } | undefined)[] = []
  for (const s of host.services) {
    if (typeof s !== 'object' || s === null) continue
    const protocol = PROTOCOLS[String(s.extended_service_name ?? '').toUpperCase()] ?? PROTOCOLS[String(s.service_name ?? s.protocol ?? '').toUpperCase()] ?? 'other'
    const web = protocol === 'https' ? 'https' : 'http'
    const response = s.http?.response
    if (typeof s.banner === 'string' && s.banner.trim() !== '') banners.push({ protocol, text: s.banner })
    // The Server header is in the captured head already: only without one is it read on its own,
    // from the answer (v2) or from the service's first web endpoint that has one (the Platform's
    // `{"Server": {"headers": ["..."]}}`).
    else {
      const server = firstText(response?.headers?.['Server']) ?? (s.endpoints ?? []).map((e) => platformHeader(e?.http?.headers, 'Server')).find((v) => v !== undefined)
      if (server !== undefined) banners.push({ protocol: web, field: 'server', text: server })
    }
    const title = response?.html_title
    if (typeof title === 'string' && title.trim() !== '') banners.push({ protocol: web, field: 'title', text: title })
    const names = s.tls?.certificates?.leaf_data ?? s.cert?.parsed
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined)
    const subject = names ? deviceCertificateSubject(text(names.subject_dn), text(names.issuer_dn)) : undefined
    if (subject !== undefined) banners.push({ protocol: protocol === 'other' ? 'https' : protocol, field: 'certificate', text: subject })
    for (const entry of [...entries(s.software), ...entries(s.hardware)]) concluded.push(productBanner(entry, protocol))
  }
  for (const entry of [...entries(host.operating_system), ...entries(host.hardware)]) concluded.push(productBanner(entry, 'other'))
  for (const b of concluded) if (b !== undefined && !banners.some((k) => k.field === b.field && k.text === b.text)) banners.push(b)
  const name = host.dns?.reverse_dns?.names?.[0] ?? host.dns?.names?.[0]
  const lat = host.location?.coordinates?.latitude
  const lon = host.location?.coordinates?.longitude
  const located = typeof lat === 'number' && typeof lon === 'number'
  return {
    id: host.ip,
    name: typeof name === 'string' ? name : host.ip,
    banners: banners.length > 0 ? banners : undefined,
    lat: located ? lat : undefined,
    lon: located ? lon : undefined,
  }
}
