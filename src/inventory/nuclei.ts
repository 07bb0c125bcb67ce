/**
 * ProjectDiscovery nuclei's JSON Lines output (`-jsonl`, `-json-export`'s entries): one line per
 * template that matched a target (pkg/output/output.go, `ResultEvent`: `template-id`, `info`,
 * `type`, `host`, `port`, `scheme`, `matched-at`, `ip`, and the raw `request` and `response`,
 * written unless `-omit-raw`). Each line becomes a device of its own, `host:port`, as Shodan's
 * banners do: a target matched by several templates gives a line for each.
 *
 * The `response` is what the target answered the template's request (an HTTP response with its
 * headers and page, a network service's bytes): it is the banner. The template that matched (its
 * id, `info.name`, tags) and the `extracted-results` are nuclei's conclusions about the answer, not
 * what the device sent, and are left out, as httpx's `tech` is; so is `type` (the template's
 * protocol: `http`, `network`), which is no model.
 */
import type { BannerProtocol } from '../domain/device.js'
import { hostAndPort } from './addresses.js'

/** The fields trustpath reads from a nuclei line. */
export type NucleiResult = {
  'template-id': string
  type?: string
  host?: string
  port?: string | number
  scheme?: string
  url?: string
  'matched-at'?: string
  ip?: string
  response?: string
}

/**
 * True for a nuclei line: a `template-id` as text and the template's `info` block, with the target
 * (`host` or `matched-at`).
 */
export function isNucleiResult(value: Record<string, unknown>): boolean {
  const info = value['info']
  return typeof value['template-id'] === 'string' && typeof info === 'object' && info !== null && !Array.isArray(info) &&
    (typeof value['host'] === 'string' || typeof value['matched-at'] === 'string')
}

/** The scheme, host and port of a target written as a URL (`https://192.0.2.7:8443/login`), when it parses as one. */
function urlParts(target: string): { scheme: string; host: string; port: string } | undefined {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return undefined
  try {
    const u = new URL(target)
    const scheme = u.protocol.slice(0, -1).toLowerCase()
    const port = u.port !== '' ? u.port : scheme === 'https' ? '443' : scheme === 'http' ? '80' : ''
    return { scheme, host: u.hostname.replace(/^\[(.*)\]$/, '$1'), port }
  } catch {
    return undefined
  }
}

/** A target written `host:port` (a network template's `matched-at`: `192.0.2.7:22`, `[2001:db8::7]:22`). */
function hostPortParts(target: string): { host: string; port: string } | undefined {
  const m = /^\[([^\]]+)\]:(\d+)$/.exec(target) ?? /^([^:/\s]+):(\d+)$/.exec(target)
  return m === null ? undefined : { host: m[1]!, port: m[2]! }
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined)

/**
 * A nuclei line as the JSON device shape: `host:port` is the id and the host the name (the
 * address nuclei resolved, `ip`, when the host is a name, is not the id: one address may serve
 * several names). The raw `response` is the banner, of protocol `https` or `http` for an HTTP
 * template as the scheme says, else `other`.
 */
export function fromNucleiResult(r: NucleiResult): Record<string, unknown> {
  const target = text(r['matched-at']) ?? text(r.url) ?? text(r.host) ?? ''
  const url = urlParts(target) ?? (text(r.host) ? urlParts(text(r.host)!) : undefined)
  const pair = url === undefined ? hostPortParts(target) ?? (text(r.host) ? hostPortParts(text(r.host)!) : undefined) : undefined
  const host = url?.host ?? pair?.host ?? text(r.host) ?? text(r.ip) ?? target
  const port = text(typeof r.port === 'number' ? String(r.port) : r.port) ?? url?.port ?? pair?.port ?? ''
  const scheme = (text(r.scheme) ?? url?.scheme ?? '').toLowerCase()
  const type = (text(r.type) ?? '').toLowerCase()
  const protocol: BannerProtocol = type === 'http' || scheme === 'http' || scheme === 'https' ? (scheme === 'https' ? 'https' : 'http') : 'other'
  const response = typeof r.response === 'string' && r.response.trim() !== '' ? r.response : undefined
  return {
    id: port !== '' ? hostAndPort(host, port) : host,
    name: host,
    banners: response !== undefined ? [{ protocol, text: response }] : undefined,
  }
}
