/**
 * The object definitions of Nagios Core and the monitoring systems that read its configuration
 * (Naemon, Icinga 1, Shinken, Centreon's exported `hosts.cfg`) as an inventory: one device per
 * host. A file holds blocks such as
 *
 * ```
 * define host{
 *     use          generic-switch   ; Inherit default values from a template
 *     host_name    linksys-srw224p
 *     alias        Linksys SRW224P Switch
 *     address      192.168.1.253
 *     _SERIAL      FOC1234X0AB
 *     }
 * ```
 *
 * one directive a line, its name and value apart by blanks, `;` starting a comment (`\;` is a
 * semicolon), `#` and `;` a comment line (Nagios Core's object definitions, "Object Definitions"
 * and "Custom Object Variables"; its sample `switch.cfg`). A host is known by its `host_name`, or
 * its `name` when it is a template (`register 0`), which is no device; `display_name` names it,
 * `address` (an address, or a DNS name) is where it is polled. Its custom variables
 * (`_SERIAL`, `_MAC`, `_LOCATION`), without their `_`, are read as the CSV columns of those names
 * are. The `alias` is a description people wrote ("Cisco Core Switch"), and the templates it
 * inherits (`use`), groups and parents say nothing of its maker: neither is read. Services,
 * commands, contacts and the other objects are not devices.
 */
import { LineSplitter } from './lines.js'
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import type { RowParser, RowSink } from './rows.js'

/** The line that opens an object definition: `define host{`, `define service {`. */
const DEFINE = /^\s*define\s+([A-Za-z]+)\s*\{\s*(?:[;#].*)?$/

/**
 * True when a text starts as Nagios object definitions: its first line that is not blank or a
 * comment (`#` or `;`) opens one (`define host{`).
 */
export function isNagiosObjectsStart(head: string): boolean {
  for (const raw of head.split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue
    return DEFINE.test(line)
  }
  return false
}

/** A definition being read: its type, where it starts, and its directives so far. */
type Definition = { type: string; at: SourceLocation; directives: Map<string, string> }

/** Reads Nagios object definitions fed in chunks, a line at a time. */
export class NagiosObjectsParser implements RowParser {
  readonly readAs = 'Nagios object definitions (define host{...})'
  private readonly file: string
  private readonly lines = new LineSplitter()
  private line = 0
  private open: Definition | undefined

  constructor(file: string) {
    this.file = file
  }

  push(chunk: string, sink: RowSink): void {
    this.lines.push(chunk, (line) => this.readLine(line, sink))
  }

  end(sink: RowSink): void {
    this.lines.end((line) => this.readLine(line, sink))
    if (this.open !== undefined) {
      sink.diagnostics.push({
        code: 'malformed_definition', severity: 'error', at: this.open.at,
        got: `define ${this.open.type}{`, expected: 'a definition closed by "}" before the end of the file',
      })
      this.open = undefined
    }
  }

  private readLine(raw: string, sink: RowSink): void {
    this.line++
    const text = withoutComment(raw.endsWith('\r') ? raw.slice(0, -1) : raw).trim()
    if (text === '') return
    if (this.open === undefined) {
      const define = DEFINE.exec(text)
      if (define !== null) {
        this.open = { type: define[1]!.toLowerCase(), at: { file: this.file, line: this.line }, directives: new Map() }
        return
      }
      sink.diagnostics.push({ code: 'malformed_definition', severity: 'error', at: { file: this.file, line: this.line }, got: text.slice(0, 120), expected: EXPECTED })
      return
    }
    // A directive, or the `}` that closes the definition (on a line of its own, or after the last value).
    const closes = text.endsWith('}')
    const body = closes ? text.slice(0, -1).trim() : text
    if (body !== '') {
      const m = /^(\S+)(?:\s+(.*))?$/.exec(body)!
      const name = m[1]!.toLowerCase()
      if (!this.open.directives.has(name)) this.open.directives.set(name, (m[2] ?? '').trim())
    }
    if (closes) {
      if (this.open.type === 'host') this.host(this.open, sink)
      this.open = undefined
    }
  }

  private host(def: Definition, sink: RowSink): void {
    const d = def.directives
    // A template (`register 0`) lends its directives to hosts, and is none itself.
    if (d.get('register') === '0') return
    const id = d.get('host_name')
    if (id === undefined || id === '') return
    const record: Record<string, string> = { id }
    const display = d.get('display_name')
    record['name'] = display !== undefined && display !== '' ? display : id
    const address = d.get('address')
    if (address !== undefined && address !== '') record['ip_address'] = address
    for (const [key, value] of d) {
      if (key.startsWith('_') && key.length > 1 && value !== '' && !(key.slice(1) in record)) record[key.slice(1)] = value
    }
    sink.row(record, def.at)
  }
}

const EXPECTED = 'a Nagios object definition ("define host{", its directives one a line, then "}") or a "#" comment'

/** A line without its comment: from a `;` that is not escaped (`\;` is a semicolon), or a line starting with `#`. */
function withoutComment(line: string): string {
  if (/^\s*#/.test(line)) return ''
  let out = ''
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (c === '\\' && line[i + 1] === ';') {
      out += ';'
      i++
    } else if (c === ';') break
    else out += c
  }
  return out
}
