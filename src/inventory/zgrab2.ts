/**
 * zgrab2's output: JSON Lines, one line per target with what each module of the scan grabbed
 * (`{"ip": …, "domain": …, "data": {"<module name>": {"status": …, "protocol": …, "result": {...}}}}`);
 * and zgrab's (0.x, its predecessor, whose lines internet scan datasets of its time hold), which
 * wrote each module's result under its name (`{"ip": …, "data": {"http": {"response": {...}}}}`).
 * A line is one device; what its modules captured (an SSH identification line, HTTP headers and
 * page, greetings of FTP, SMTP and telnet servers, the certificate of a TLS handshake the device
 * issued itself) are its banners.
 */
import type { BannerProtocol } from '../domain/device.js'
import { deviceCertificateSubject } from './certificate.js'

/** One module's answer: `protocol` names the module (the key is a name the scan may choose). */
type ModuleResult = { status?: string; protocol?: string; result?: Record<string, unknown> | null }

/** The fields trustpath reads from a zgrab2 line. */
export type Zgrab2Line = {
  ip?: string
  domain?: string
  data: Record<string, ModuleResult | null>
}

type Banner = { protocol: BannerProtocol; field?: string; text: string }

/**
 * Keys of a module's result in the output of zgrab, zgrab2's predecessor (0.x), which wrote each
 * module's result under its name without a status: the HTTP module's `response`, the TLS
 * handshake's `server_hello` and `server_certificates`, a greeting's `banner`, SSH's `server_id`.
 */
const ZGRAB_RESULT_KEYS: readonly string[] = ['response', 'server_hello', 'server_certificates', 'banner', 'server_id']

/**
 * True for a zgrab2 line: an `ip` or `domain` and a `data` object whose first entry has a `status`;
 * or a line of zgrab (0.x), whose first entry is the module's result itself (see `ZGRAB_RESULT_KEYS`).
 */
export function isZgrab2Line(value: Record<string, unknown>): boolean {
  const data = value['data']
  if ((typeof value['ip'] !== 'string' && typeof value['domain'] !== 'string') || typeof data !== 'object' || data === null || Array.isArray(data)) return false
  for (const k in data) {
    const first: unknown = (data as Record<string, unknown>)[k]
    return typeof first === 'object' && first !== null && ('status' in first || ZGRAB_RESULT_KEYS.some((key) => key in first))
  }
  return false
}

/** Modules whose `result.banner` is what the server sent first, and the banner's protocol. */
const GREETINGS: Readonly<Record<string, BannerProtocol>> = {
  banner: 'other', ftp: 'ftp', smtp: 'smtp', telnet: 'telnet', pop3: 'other', imap: 'other',
}

/** Characters of a page kept: its title is near the start, and pages can be large. */
const BODY_LIMIT = 64 * 1024

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const firstText = (v: unknown): string | undefined => (Array.isArray(v) && typeof v[0] === 'string' && v[0].trim() !== '' ? v[0] : undefined)

/**
 * The certificate of a TLS handshake zcrypto logged (`handshake_log.server_certificates.certificate.parsed`,
 * its names in `subject_dn` and `issuer_dn`: `C=CN, ST=GD, O=Huawei, OU=Terminal, CN=192.168.1.1`),
 * as a banner of field `certificate` when the device issued it to itself (see `deviceCertificateSubject`).
 */
function certificateOf(handshake: unknown, out: Banner[]): void {
  if (!isObject(handshake)) return
  const certificates = handshake['server_certificates']
  const leaf = isObject(certificates) ? certificates['certificate'] : undefined
  const parsed = isObject(leaf) ? leaf['parsed'] : undefined
  if (!isObject(parsed)) return
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined)
  const subject = deviceCertificateSubject(text(parsed['subject_dn']), text(parsed['issuer_dn']))
  if (subject !== undefined) out.push({ protocol: 'https', field: 'certificate', text: subject })
}

/** The banners of one module's result. */
function bannersOf(protocol: string, result: Record<string, unknown>, out: Banner[]): void {
  if (protocol === 'tls') {
    // zgrab2 logs the handshake under `handshake_log`; zgrab's result is the handshake itself.
    certificateOf(result['handshake_log'] ?? result, out)
  } else if (protocol === 'ssh') {
    const id = result['server_id']
    if (isObject(id) && typeof id['raw'] === 'string' && id['raw'].trim() !== '') out.push({ protocol: 'ssh', text: id['raw'] })
  } else if (protocol === 'http') {
    const response = result['response']
    if (!isObject(response)) return
    const request = response['request']
    const url = isObject(request) ? request['url'] : undefined
    const web: BannerProtocol = isObject(url) && url['scheme'] === 'https' ? 'https' : 'http'
    // Headers are lists of values, under names in lower case with `_` for `-`.
    const headers = isObject(response['headers']) ? response['headers'] : {}
    const server = firstText(headers['server'])
    if (server !== undefined) out.push({ protocol: web, field: 'server', text: server })
    const auth = firstText(headers['www_authenticate'])
    if (auth !== undefined) out.push({ protocol: web, field: 'www-authenticate', text: auth })
    // The page: identification reads its title.
    const body = response['body']
    if (typeof body === 'string' && body.trim() !== '') out.push({ protocol: web, text: body.length > BODY_LIMIT ? body.slice(0, BODY_LIMIT) : body })
    // zgrab2 logs the handshake under the request's `tls_log.handshake_log`, zgrab under its `tls_handshake`.
    const tls = isObject(request) ? request['tls_log'] : undefined
    if (isObject(tls)) certificateOf(tls['handshake_log'], out)
    else if (isObject(request)) certificateOf(request['tls_handshake'], out)
  } else {
    const kind = GREETINGS[protocol]
    const text = result['banner']
    if (kind !== undefined && typeof text === 'string' && text.trim() !== '') out.push({ protocol: kind, text })
  }
}

/**
 * A zgrab2 line as the JSON device shape: the IP is the id (with the domain after a `/` when the
 * target named one: one address may serve several names), the domain or the IP the name.
 */
export function fromZgrab2Line(line: Zgrab2Line): Record<string, unknown> {
  const banners: Banner[] = []
  for (const key in line.data) {
    const entry = line.data[key]
    if (!isObject(entry)) continue
    // A zgrab (0.x) module's result stands under its name, without a status.
    if (!('status' in entry)) bannersOf(key, entry, banners)
    else if (isObject(entry.result)) bannersOf(typeof entry.protocol === 'string' ? entry.protocol : key, entry.result, banners)
  }
  const { ip, domain } = line
  return {
    id: ip !== undefined && domain !== undefined ? `${ip}/${domain}` : ip ?? domain,
    name: domain ?? ip,
    banners: banners.length > 0 ? banners : undefined,
  }
}
