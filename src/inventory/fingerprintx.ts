/**
 * fingerprintx's JSON output (`--json`): one line per service it recognised on one port of one
 * host (`{"host": …, "ip": …, "port": 22, "protocol": "ssh", "tls": false, "transport": "tcp",
 * "metadata": {...}}`; its first releases put the protocol under `service`, as its README of 2022
 * shows). Each line becomes a device of its own, `ip:port`, as Shodan banners do.
 *
 * The banners are the texts the service sent, as fingerprintx keeps them in `metadata`: the SSH
 * identification line, the greetings of FTP, SMTP, POP3 and IMAP servers, the Server header of a
 * web or RTSP server and a web server's WWW-Authenticate header. The protocol fingerprintx named
 * is only the banner's protocol. Its `cpes` are what its fingerprints concluded, read as nmap
 * -sV's CPEs are (weak, and only those that name hardware or an operating system of one maker's
 * devices); its `technologies` (Wappalyzer's names, among them hosting services such as "Huawei
 * Cloud" that name the host's provider, not its maker) are left out. A telnet server's
 * `serverData` is its option negotiation in hex, not text, and is left out too.
 */
import { deviceMakerCpe } from '../catalog/cpe.js'
import type { BannerProtocol } from '../domain/device.js'
import { hostAndPort } from './addresses.js'

/** The fields trustpath reads from a fingerprintx line (pkg/plugins/types.go `Service`). */
export type FingerprintxService = {
  host?: string
  ip: string
  port: number
  protocol?: string
  service?: string
  tls?: boolean
  transport: string
  metadata?: Record<string, unknown> | null
}

/**
 * True for a fingerprintx line: an `ip`, a numeric `port`, a `transport`, the protocol's name and
 * the `metadata` fingerprintx writes on every line. naabu's lines, which fingerprintx often reads,
 * have an `ip`, a `port` and a `protocol` too (`"tcp"`), but neither `transport` nor `metadata`.
 */
export function isFingerprintxService(value: Record<string, unknown>): boolean {
  return typeof value['ip'] === 'string' && typeof value['port'] === 'number' && typeof value['transport'] === 'string' &&
    (typeof value['protocol'] === 'string' || typeof value['service'] === 'string') && 'metadata' in value
}

/** fingerprintx's protocols whose metadata `banner` is the server's greeting, and its banner protocol. */
const GREETINGS: Readonly<Record<string, BannerProtocol>> = {
  ssh: 'ssh', ftp: 'ftp', smtp: 'smtp', smtps: 'smtp', pop3: 'other', pop3s: 'other', imap: 'other', imaps: 'other',
}
const WEB: ReadonlySet<string> = new Set(['http', 'https', 'http2'])

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined)

/** The first value of a header in Go's `http.Header` shape (canonical names, lists of values). */
function header(headers: unknown, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return text(Array.isArray(v) ? v[0] : v)
  return undefined
}

/** A fingerprintx line as the JSON device shape: `ip:port` is the id, the host name (else the IP) the name. */
export function fromFingerprintxService(s: FingerprintxService): Record<string, unknown> {
  const protocol = String(s.protocol ?? s.service ?? '').toLowerCase()
  const meta = s.metadata ?? {}
  const banners: { protocol: BannerProtocol; field?: string; text: string }[] = []
  const web: BannerProtocol = protocol === 'https' || s.tls === true ? 'https' : 'http'
  // The banner protocol of what the service sent, and of what fingerprintx concluded of it.
  const service: BannerProtocol = GREETINGS[protocol] ?? (WEB.has(protocol) ? web : protocol === 'rtsp' ? 'rtsp' : 'other')
  if (GREETINGS[protocol] !== undefined) {
    const t = text(meta['banner'])
    if (t !== undefined) banners.push({ protocol: service, text: t })
  } else if (WEB.has(protocol)) {
    const server = header(meta['responseHeaders'], 'server')
    if (server !== undefined) banners.push({ protocol: web, field: 'server', text: server })
    const auth = header(meta['responseHeaders'], 'www-authenticate')
    if (auth !== undefined) banners.push({ protocol: web, field: 'www-authenticate', text: auth })
  } else if (protocol === 'rtsp') {
    const server = text(meta['serverInfo'])
    if (server !== undefined) banners.push({ protocol: 'rtsp', field: 'server', text: server })
  }
  for (const c of Array.isArray(meta['cpes']) ? meta['cpes'] : []) {
    const kept = typeof c === 'string' ? deviceMakerCpe(c) : undefined
    if (kept !== undefined && !banners.some((b) => b.field === 'cpe' && b.text === kept)) banners.push({ protocol: service, field: 'cpe', text: kept })
  }
  return {
    id: hostAndPort(s.ip, s.port),
    name: text(s.host) ?? s.ip,
    banners: banners.length > 0 ? banners : undefined,
  }
}
