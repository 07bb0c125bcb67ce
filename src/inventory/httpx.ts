/**
 * ProjectDiscovery httpx's JSON output (`-json`, `-jsonl`): one line per URL it probed, with what
 * the web server answered (`webserver` its Server header, `title` the page title, `header` the
 * response headers with `-irh`). Each line becomes a device of its own, `host:port`, as Shodan
 * banners do: a host probed on several ports gives a line for each, scattered through the output.
 *
 * `tech` (httpx's Wappalyzer matches) and `cdn_name` are httpx's own guesses, not what the device
 * sent: they are left out, as Shodan's product guesses are.
 */
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import type { BannerProtocol } from '../domain/device.js'
import type { CsvRecord } from './csv.js'
import type { RowSink } from './rows.js'
import { deviceCertificateSubject } from './certificate.js'

/** The fields trustpath reads from an httpx line (runner/types.go `Result`, its json tags). */
export type HttpxResult = {
  url?: string
  input: string
  host?: string
  host_ip?: string
  port?: string | number
  scheme?: string
  path?: string
  /** The Server header. */
  webserver?: string
  title?: string
  /** Response headers (`-irh`), under their names in lower case with `_` for `-`. */
  header?: Record<string, unknown> | null
  /**
   * The TLS handshake (`-tls-grab`): tlsx's response, the leaf certificate's fields inline
   * (pkg/tlsx/clients/clients.go, `CertificateResponse`), its names as Go writes them
   * (`CN=FortiGate,O=Fortinet Ltd.`).
   */
  tls?: { subject_dn?: string; issuer_dn?: string } | null
}

/**
 * True for an httpx line: `input` as text, and `url` as text or `"failed": true` (a target that did
 * not answer may have no URL), with a numeric status code (`status_code`; `status-code` as older
 * versions wrote it, and left out when it was 0) or the `failed` flag httpx writes on every line.
 */
export function isHttpxResult(value: Record<string, unknown>): boolean {
  const failed = value['failed']
  return typeof value['input'] === 'string' && (typeof value['url'] === 'string' || failed === true) &&
    (typeof value['status_code'] === 'number' || typeof value['status-code'] === 'number' || typeof failed === 'boolean')
}

/** A header of httpx's `header` map by its name in lower case, written with `_` or `-`. */
function headerText(header: Record<string, unknown>, name: string): string | undefined {
  for (const k in header) {
    if (k.toLowerCase().replaceAll('-', '_') !== name) continue
    const v = header[k]
    const text = Array.isArray(v) ? v[0] : v
    if (typeof text === 'string' && text.trim() !== '') return text
  }
  return undefined
}

/** The scheme, host, port (the scheme's when the URL names none) and path of a URL, when it parses. */
function urlParts(url: string): { scheme: string; host: string; port: string; path: string } | undefined {
  try {
    const u = new URL(url)
    const scheme = u.protocol.slice(0, -1)
    const port = u.port !== '' ? u.port : scheme === 'https' ? '443' : scheme === 'http' ? '80' : ''
    return { scheme, host: u.hostname.replace(/^\[(.*)\]$/, '$1'), port, path: u.pathname + u.search }
  } catch {
    return undefined
  }
}

/**
 * An httpx line as the JSON device shape: `host:port` is the id (with the path after it when httpx
 * probed another than `/`), the host the name. The Server header, the page title and a
 * WWW-Authenticate header are its banners, of protocol `https` when the scheme was, else `http`;
 * the subject of the certificate httpx grabbed (`-tls-grab`) is one of field `certificate` when
 * the device issued it to itself (see `deviceCertificateSubject`).
 */
export function fromHttpxResult(r: HttpxResult): Record<string, unknown> {
  // A failed target may have no URL: its input names it then, as it was given (`192.0.2.5:8080`).
  const url = r.url ?? (/^https?:\/\//i.test(r.input) ? r.input : undefined)
  if (url === undefined) return { id: r.input, name: r.input }
  const parts = urlParts(url)
  const host = typeof r.host === 'string' && r.host !== '' ? r.host : parts?.host ?? r.input
  const port = r.port !== undefined && String(r.port) !== '' ? String(r.port) : parts?.port ?? ''
  const path = typeof r.path === 'string' ? r.path : parts?.path ?? '/'
  const web: BannerProtocol = (typeof r.scheme === 'string' ? r.scheme : parts?.scheme) === 'https' ? 'https' : 'http'
  const banners: { protocol: BannerProtocol; field: string; text: string }[] = []
  const header = r.header !== null && typeof r.header === 'object' && !Array.isArray(r.header) ? r.header : {}
  const server = typeof r.webserver === 'string' && r.webserver.trim() !== '' ? r.webserver : headerText(header, 'server')
  if (server !== undefined) banners.push({ protocol: web, field: 'server', text: server })
  if (typeof r.title === 'string' && r.title.trim() !== '') banners.push({ protocol: web, field: 'title', text: r.title })
  const auth = headerText(header, 'www_authenticate')
  if (auth !== undefined) banners.push({ protocol: web, field: 'www-authenticate', text: auth })
  const tls = r.tls !== null && typeof r.tls === 'object' ? r.tls : undefined
  const subject = tls ? deviceCertificateSubject(typeof tls.subject_dn === 'string' ? tls.subject_dn : undefined, typeof tls.issuer_dn === 'string' ? tls.issuer_dn : undefined) : undefined
  if (subject !== undefined) banners.push({ protocol: 'https', field: 'certificate', text: subject })
  const at = port !== '' ? `${host}:${port}` : host
  return {
    id: path !== '' && path !== '/' ? `${at}${path.startsWith('/') ? '' : '/'}${path}` : at,
    name: host,
    banners: banners.length > 0 ? banners : undefined,
  }
}

/** The columns of httpx's CSV (`-csv`: the csv tags of `Result`) that a line is read from. */
const CSV_TEXT_COLUMNS: readonly string[] = ['url', 'input', 'host', 'port', 'path', 'scheme', 'webserver', 'title']

const csvKey = (cell: string): string => cell.trim().toLowerCase()

/**
 * True for the header of httpx's CSV: the columns `url`, `input`, `webserver`, `failed` and a status
 * code (`status_code`, or `status-code` as older versions named it), which httpx writes in every file.
 */
export function isHttpxCsvHeader(cells: readonly string[]): boolean {
  const keys = new Set(cells.map(csvKey))
  return keys.has('url') && keys.has('input') && keys.has('webserver') && keys.has('failed') && (keys.has('status_code') || keys.has('status-code'))
}

/**
 * The rows of httpx's CSV: each is read as the JSON line it stands for (`fromHttpxResult`). Only
 * text columns are read; the `header` map, which httpx writes as Go prints a map, is not.
 */
export class HttpxCsvRows {
  private readonly columns: readonly (readonly [string, number])[]
  private readonly status: number
  private readonly failed: number
  private readonly width: number
  private readonly at: (line: number) => SourceLocation

  constructor(header: readonly string[], at: (line: number) => SourceLocation) {
    const keys = header.map(csvKey)
    this.columns = CSV_TEXT_COLUMNS.map((c) => [c, keys.indexOf(c)] as const).filter(([, i]) => i !== -1)
    this.status = keys.includes('status_code') ? keys.indexOf('status_code') : keys.indexOf('status-code')
    this.failed = keys.indexOf('failed')
    this.width = header.length
    this.at = at
  }

  add(record: CsvRecord, sink: RowSink): void {
    const cells = record.cells
    if (cells.length !== this.width) {
      sink.diagnostics.push({ code: 'malformed_csv', severity: 'error', at: this.at(record.line), problem: 'field_count', expected: this.width, got: cells.length })
      return
    }
    const line: Record<string, unknown> = { input: '' }
    for (const [key, i] of this.columns) if (cells[i]!.trim() !== '') line[key] = cells[i]!.trim()
    line['status_code'] = Number(cells[this.status]) || 0
    line['failed'] = cells[this.failed]!.trim() === 'true'
    sink.row(line, this.at(record.line))
  }

  end(_sink: RowSink): void {}
}
