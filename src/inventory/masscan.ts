/**
 * masscan's JSON output (`-oJ`, and the same records one per line with `-oD`): one record per
 * open port (`status`), and with `--banners` one more per text captured on that port (`service`).
 * Each record becomes a device of its own, as Shodan banners do: the records of one host are
 * scattered through a scan, so they are not merged into one device.
 */
import type { BannerProtocol } from '../domain/device.js'
import { hostAndPort } from './addresses.js'

/** One masscan record: an address and one port, with its status or one captured banner. */
export type MasscanRecord = {
  ip: string
  timestamp?: string
  ports: {
    port?: number
    proto?: string
    status?: string
    /** `name` is masscan's name for what it captured (`ssh`, `http`, `http.server`, `title`, `X509`...). */
    service?: { name?: string; banner?: string } | null
  }[]
}

/**
 * True for a masscan record: an `ip` and a `ports` list whose first entry has a `port` and a
 * `proto` (masscan before 1.3 wrote no `timestamp`).
 */
export function isMasscanRecord(value: Record<string, unknown>): boolean {
  const ports = value['ports']
  if (typeof value['ip'] !== 'string' || !Array.isArray(ports)) return false
  const first: unknown = ports[0]
  return typeof first === 'object' && first !== null && 'port' in first && 'proto' in first
}

/**
 * The line masscan before 1.3 wrote last, `{finished: 1}`: not JSON (its key is not quoted), and
 * no device. Those versions also wrote no `[` and a comma after each record.
 */
export const MASSCAN_END = /^\s*\{\s*finished\s*:\s*1\s*\}\s*,?\s*$/

/**
 * What masscan names a captured text (masscan_app_to_string) → the banner it is, in every output. Certificates,
 * vulnerability checks and other probes' texts are not banners of the device and are left out.
 */
export const MASSCAN_SERVICES: Readonly<Record<string, { protocol: BannerProtocol; field?: string }>> = {
  ssh: { protocol: 'ssh' },
  http: { protocol: 'http' },
  'http.server': { protocol: 'http', field: 'server' },
  title: { protocol: 'http', field: 'title' },
  ftp: { protocol: 'ftp' },
  smtp: { protocol: 'smtp' },
  telnet: { protocol: 'telnet' },
  snmp: { protocol: 'snmp' },
}

/**
 * A masscan record as the JSON device shape: `ip:port` is the id of a port's status record, and
 * `ip:port/<name>` that of a banner record (masscan writes both for a port, and several banners
 * for one web server: the response head, its Server header, the page title).
 */
export function fromMasscanRecord(r: MasscanRecord): Record<string, unknown> {
  const entry = r.ports[0]!
  const at = typeof entry.port === 'number' || typeof entry.port === 'string' ? hostAndPort(r.ip, entry.port) : r.ip
  const service = entry.service
  const name = typeof service?.name === 'string' ? service.name : undefined
  const kind = name !== undefined ? MASSCAN_SERVICES[name] : undefined
  const text = service?.banner
  const banners = kind !== undefined && typeof text === 'string' && text.trim() !== ''
    ? [kind.field === undefined ? { protocol: kind.protocol, text } : { protocol: kind.protocol, field: kind.field, text }]
    : undefined
  return {
    id: name !== undefined ? `${at}/${name}` : at,
    name: r.ip,
    banners,
  }
}
