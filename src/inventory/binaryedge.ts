/**
 * BinaryEdge's events: what its grabbers saw on one port of one host, as its API v2 answers them.
 * A search (`/v2/query/search`) lists the events themselves (`{"query", "total", "page",
 * "pagesize", "events": [{"origin", "target", "result"}]}`), a host (`/v2/query/ip/{target}`) one
 * entry per port that holds its events (`{"events": [{"port", "protocol", "results": [{"origin",
 * "target", "result"}]}]}`): BinaryEdge's API v2 documentation (binaryedge docs, api-v2.md) and
 * projectdiscovery/uncover, sources/agent/binaryedge/example.json. Each port becomes a device of
 * its own, `ip:port`, as Shodan's banners do.
 *
 * A `service-simple` event holds what nmap's probes concluded (`result.data.service`: `name`,
 * `product`, `version`, `cpe`, and the `banner` the port sent, with control characters written as
 * escapes: `HTTP/1.1 400 Bad Request\\r\\nServer: cloudflare\\r\\n`); a `webv2` event the web
 * answer's headers (`result.data.response.headers.headers.server`). They are read as nmap's own
 * output is (nmap-host.ts): the banner, else the product and version; a CPE that names a device's
 * maker. Other events (`port`, `ssl-simple`, torrents) say nothing of the device.
 */
import type { BannerProtocol } from '../domain/device.js'
import { hostAndPort } from './addresses.js'
import { withoutRepeatedServer } from './repeated-server.js'
import { addServiceCpe, newNmapHost, nmapHostToDeviceShape, serviceBanners, SERVICE_PROTOCOLS, type NmapService } from './nmap-host.js'

/** One BinaryEdge event, in the fields trustpath reads. */
export type BinaryEdgeEvent = {
  origin: { type?: unknown }
  target: { ip: string; port: number; protocol?: unknown }
  result?: unknown
}

/** A host answer's entry for one port: the port and its events. */
export type BinaryEdgePort = { port: number; protocol?: unknown; results: BinaryEdgeEvent[] }

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** True for a BinaryEdge event: an `origin` with its `type`, a `target` with an IP and a port, and a `result`. */
export function isBinaryEdgeEvent(raw: Record<string, unknown>): boolean {
  const { origin, target } = raw
  return isRecord(origin) && typeof origin['type'] === 'string' && isRecord(target) && typeof target['ip'] === 'string' &&
    typeof target['port'] === 'number' && 'result' in raw
}

/** True for a host answer's entry for one port: a `port` and `results` that are BinaryEdge events. */
export function isBinaryEdgePort(raw: Record<string, unknown>): boolean {
  const results = raw['results']
  return typeof raw['port'] === 'number' && Array.isArray(results) && results.length > 0 &&
    results.every((r) => isRecord(r) && isBinaryEdgeEvent(r))
}

/** A banner as BinaryEdge writes it, its control characters as escapes (`\r\n`, `\x00`), as it was sent. */
function unescape(text: string): string {
  return text.replace(/\\(?:x([0-9A-Fa-f]{2})|([rnt\\]))/g, (_, hex: string | undefined, c: string | undefined) =>
    hex !== undefined ? String.fromCharCode(Number.parseInt(hex, 16)) : c === 'r' ? '\r' : c === 'n' ? '\n' : c === 't' ? '\t' : '\\').trim()
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined)

/**
 * The events of one port as the JSON device shape: `ip:port` the id, the IP the name, the banners
 * of all its events (the banner a port sent, else what nmap's probes concluded of it).
 */
export function fromBinaryEdgeEvents(events: readonly BinaryEdgeEvent[]): Record<string, unknown> {
  const first = events[0]!
  const host = newNmapHost({ file: '' })
  host.ips.push(first.target.ip)
  for (const event of events) {
    const data = isRecord(event.result) ? event.result['data'] : undefined
    if (!isRecord(data)) continue
    const service = data['service']
    if (isRecord(service)) {
      // nmap's service names, `ssl/http` for one over TLS.
      const name = text(service['name'])?.toLowerCase() ?? ''
      const tls = name.startsWith('ssl/')
      const nmapService: NmapService = { name: tls ? name.slice(4) : name, tunnel: tls ? 'ssl' : '' }
      const protocol: BannerProtocol = tls && SERVICE_PROTOCOLS[nmapService.name] === 'http' ? 'https' : SERVICE_PROTOCOLS[nmapService.name] ?? 'other'
      const banner = text(service['banner'])
      if (banner !== undefined) host.banners.push({ protocol, text: unescape(banner) })
      else host.banners.push(...serviceBanners(nmapService, text(service['product']), text(service['version']), text(service['extrainfo'])))
      const cpes = service['cpe']
      for (const cpe of Array.isArray(cpes) ? cpes : []) if (typeof cpe === 'string') addServiceCpe(host, cpe)
    }
    // A web answer's headers (`webv2`): its Server header, of HTTPS when its URL is.
    const response = data['response']
    const headers = isRecord(response) && isRecord(response['headers']) ? response['headers']['headers'] : undefined
    const server = isRecord(headers) ? text(headers['server']) : undefined
    const web: BannerProtocol = isRecord(response) && text(response['url'])?.startsWith('https:') === true ? 'https' : 'http'
    if (server !== undefined) host.banners.push({ protocol: web, field: 'server', text: server })
  }
  host.banners = withoutRepeatedServer(host.banners)
  return { ...nmapHostToDeviceShape(host), id: hostAndPort(first.target.ip, first.target.port), name: first.target.ip }
}

/** A search answer's event as the JSON device shape (see `fromBinaryEdgeEvents`). */
export function fromBinaryEdgeEvent(event: BinaryEdgeEvent): Record<string, unknown> {
  return fromBinaryEdgeEvents([event])
}

/** A host answer's entry for one port as the JSON device shape (see `fromBinaryEdgeEvents`). */
export function fromBinaryEdgePort(port: BinaryEdgePort): Record<string, unknown> {
  return fromBinaryEdgeEvents(port.results)
}
