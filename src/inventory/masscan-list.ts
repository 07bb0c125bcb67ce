/**
 * masscan's list output (`-oL`) as an inventory: one device per address, with the banners masscan
 * captured on its ports (`--banners`). masscan writes `#masscan` first and `# end` last, and a
 * line per finding as it comes (out-text.c):
 *
 * - `open tcp 22 10.0.0.1 1700000000`: a port's status (`open`, or `closed` with `--show
 *   closed`), its protocol, number, the address and the time;
 * - `banner tcp 22 10.0.0.1 1700000000 ssh SSH-2.0-HUAWEI-1.5`: what was captured on a port,
 *   named as in masscan's JSON (`ssh`, `http`, `http.server`, `title`, ...; see masscan.ts), with
 *   control characters, quotes, `<`, `>`, `&` and `\` written as `\xNN` (normalize_string).
 *
 * The lines of one address are scattered through a scan (masscan sends in random order), so the
 * addresses are held, with their banners, until the end of the file, and then handed on in the
 * order they first appeared, each at its first line.
 */
import { LineSplitter } from './lines.js'
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import { MASSCAN_SERVICES } from './masscan.js'
import { unescapeBanner, type NmapBanner } from './nmap-host.js'
import type { RowParser, RowSink } from './rows.js'

/** The first line of masscan's list output, or a status line of one whose first line was cut. */
const MASSCAN_LIST_START = /^(?:#masscan\b|(?:open|closed) (?:tcp|udp|sctp|icmp) \d+ \S+ \d+\s*$)/

/** True when `text` (from its first character that is not blank) starts as masscan's list output does. */
export function isMasscanListStart(text: string): boolean {
  const nl = text.indexOf('\n')
  return MASSCAN_LIST_START.test(nl < 0 ? text : text.slice(0, nl))
}

const STATUS = /^(\S+) (\S+) (\d+) (\S+) (\d+)$/
const BANNER = /^banner (\S+) (\d+) (\S+) (\d+) (\S+)(?: (.*))?$/
const EXPECTED = 'a line of masscan\'s list output (-oL): "open tcp 22 10.0.0.1 1700000000", "banner tcp 22 10.0.0.1 1700000000 ssh SSH-2.0-..." or a "#" comment'

/** Reads masscan's list output fed in chunks, a line at a time. */
export class MasscanListParser implements RowParser {
  private readonly file: string
  private readonly lines = new LineSplitter()
  private line = 0
  private readonly hosts = new Map<string, { at: SourceLocation; banners: NmapBanner[] }>()

  constructor(file: string) {
    this.file = file
  }

  push(chunk: string, sink: RowSink): void {
    this.lines.push(chunk, (line) => this.readLine(line, sink))
  }

  end(sink: RowSink): void {
    this.lines.end((line) => this.readLine(line, sink))
    for (const [ip, host] of this.hosts) sink.row(host.banners.length > 0 ? { id: ip, banners: host.banners } : { id: ip }, host.at)
    this.hosts.clear()
  }

  private readLine(raw: string, sink: RowSink): void {
    this.line++
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (line.trim() === '' || line.startsWith('#')) return
    const banner = BANNER.exec(line)
    if (banner !== null) {
      const host = this.hostOf(banner[3]!)
      const kind = MASSCAN_SERVICES[banner[5]!]
      const text = unescapeBanner(banner[6] ?? '')
      // Certificates, vulnerability checks and other probes' texts are not banners of the device.
      if (kind !== undefined && text !== '') host.banners.push(kind.field === undefined ? { protocol: kind.protocol, text } : { protocol: kind.protocol, field: kind.field, text })
      return
    }
    const status = STATUS.exec(line)
    if (status !== null) {
      this.hostOf(status[4]!)
      return
    }
    sink.diagnostics.push({ code: 'malformed_scan_line', severity: 'error', at: { file: this.file, line: this.line }, got: line.trim().slice(0, 120), expected: EXPECTED })
  }

  private hostOf(ip: string): { at: SourceLocation; banners: NmapBanner[] } {
    let host = this.hosts.get(ip)
    if (host === undefined) {
      host = { at: { file: this.file, line: this.line }, banners: [] }
      this.hosts.set(ip, host)
    }
    return host
  }
}
