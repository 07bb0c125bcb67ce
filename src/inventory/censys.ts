/**
 * Censys host records (Search API v2: `censys view <ip>`, a host's JSON, or a list of them): one
 * device per host, whose banners are what Censys captured on each of its services.
 */
import type { BannerProtocol } from '../domain/device.js'

/** One service of a Censys host, with the fields trustpath reads. */
type CensysService = {
  port?: number
  service_name?: string
  extended_service_name?: string
  /** The raw answer: an SSH identification line, an HTTP response head, a telnet greeting... */
  banner?: string | null
  http?: { response?: { html_title?: string | null; headers?: Record<string, unknown> | null } | null } | null
}

/** The fields trustpath reads from a Censys host record. */
export type CensysHost = {
  ip: string
  services: CensysService[]
  dns?: { names?: string[]; reverse_dns?: { names?: string[] } | null } | null
  location?: { coordinates?: { latitude?: number | null; longitude?: number | null } | null } | null
}

/** True for a Censys host: an `ip` and a `services` list whose first entry has a `service_name`. */
export function isCensysHost(value: Record<string, unknown>): boolean {
  const services = value['services']
  if (typeof value['ip'] !== 'string' || !Array.isArray(services)) return false
  const first: unknown = services[0]
  return typeof first === 'object' && first !== null && 'service_name' in first
}

/** Censys's service names (upper case) → the banner's protocol; others are `other`. */
const PROTOCOLS: Readonly<Record<string, BannerProtocol>> = {
  HTTP: 'http', HTTPS: 'https', SSH: 'ssh', TELNET: 'telnet', FTP: 'ftp', SMTP: 'smtp', RTSP: 'rtsp', SIP: 'sip',
  SNMP: 'snmp', UPNP: 'upnp',
}

const firstText = (v: unknown): string | undefined => (Array.isArray(v) && typeof v[0] === 'string' && v[0].trim() !== '' ? v[0] : undefined)

/**
 * A Censys host as the JSON device shape: the IP is the id, the first DNS name (else the IP) the
 * name, Censys's coordinates the position. Each service's captured answer is a banner and its
 * HTML title another; Censys's own guesses (`software`, `operating_system`) are not evidence.
 */
export function fromCensysHost(host: CensysHost): Record<string, unknown> {
  const banners: { protocol: BannerProtocol; field?: string; text: string }[] = []
  for (const s of host.services) {
    if (typeof s !== 'object' || s === null) continue
    const protocol = PROTOCOLS[String(s.extended_service_name ?? '').toUpperCase()] ?? PROTOCOLS[String(s.service_name ?? '').toUpperCase()] ?? 'other'
    const web = protocol === 'https' ? 'https' : 'http'
    const response = s.http?.response
    if (typeof s.banner === 'string' && s.banner.trim() !== '') banners.push({ protocol, text: s.banner })
    // The Server header is in the captured head already: only without one is it read on its own.
    else {
      const server = firstText(response?.headers?.['Server'])
      if (server !== undefined) banners.push({ protocol: web, field: 'server', text: server })
    }
    const title = response?.html_title
    if (typeof title === 'string' && title.trim() !== '') banners.push({ protocol: web, field: 'title', text: title })
  }
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
