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
/** A definition being read: its type, where it starts and its opening line as written (cut), its directives. */
type Definition = { type: string; at: SourceLocation; line: string; directives: Map<string, string> }

/**
 * A reader of object definitions a line at a time: `readLine` takes each line (without its line
 * end, counted in `line`), `unclosed` the definition left open at the end of the text, if any.
 */
abstract class DefinitionsParser implements RowParser {
  abstract readonly readAs: string
  protected readonly file: string
  private readonly lines = new LineSplitter()
  protected line = 0

  constructor(file: string) {
    this.file = file
  }

  push(chunk: string, sink: RowSink): void {
    this.lines.push(chunk, (line) => this.next(line, sink))
  }

  end(sink: RowSink): void {
    this.lines.end((line) => this.next(line, sink))
    const open = this.unclosed()
    if (open !== undefined) sink.diagnostics.push({ code: 'malformed_definition', severity: 'error', at: open.at, got: open.got, expected: 'a definition closed by "}" before the end of the file', unclosed: true })
  }

  private next(raw: string, sink: RowSink): void {
    this.line++
    this.readLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw, sink)
  }

  protected abstract readLine(line: string, sink: RowSink): void
  protected abstract unclosed(): { at: SourceLocation; got: string } | undefined
}

/** Reads Nagios object definitions fed in chunks, a line at a time. */
export class NagiosObjectsParser extends DefinitionsParser {
  readonly readAs = 'Nagios object definitions (define host{...})'
  private open: Definition | undefined

  protected unclosed(): { at: SourceLocation; got: string } | undefined {
    return this.open === undefined ? undefined : { at: this.open.at, got: this.open.line }
  }

  protected readLine(raw: string, sink: RowSink): void {
    const text = withoutComment(raw).trim()
    if (text === '') return
    if (this.open === undefined) {
      const define = DEFINE.exec(text)
      if (define !== null) {
        this.open = { type: define[1]!.toLowerCase(), at: { file: this.file, line: this.line }, line: text.slice(0, 120), directives: new Map() }
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

/**
 * The object definitions of Icinga 2's configuration language (`conf.d/hosts.conf`): one device
 * per `object Host <name> { ... }`, a quoted name or a constant's (`NodeName`), with its `address`
 * and `address6`, its `display_name`, and its custom variables of one text value (`vars.serial =
 * "FOC1234X0AB"`) read as the columns they name (Icinga 2's "Language Reference" and "Object
 * Types: Host"; its sample hosts.conf). Templates (`template Host`), apply rules and the other
 * objects are no devices; `import`, groups and the structured variables (`vars.disks["disk"] =
 * {...}`) are not read. Comments are `/* ... *\/`, `//` and `#`.
 */
export class IcingaConfigParser extends DefinitionsParser {
  readonly readAs = 'Icinga 2 object definitions (object Host "name" {...})'
  private inComment = false
  private depth = 0
  /** The host being read: where it starts, its opening line as written (cut), and its record. */
  private host: { at: SourceLocation; line: string; record: Record<string, string> } | undefined

  protected unclosed(): { at: SourceLocation; got: string } | undefined {
    return this.host === undefined ? undefined : { at: this.host.at, got: this.host.line }
  }

  protected readLine(raw: string, sink: RowSink): void {
    const { code, strings } = this.uncomment(raw)
    const text = code.trim()
    if (text === '') return
    if (this.depth === 0) {
      const host = /^object\s+Host\s+("\u0000(\d+)"|[A-Za-z_]\w*)\s*\{/.exec(text)
      if (host !== null) {
        const id = host[2] !== undefined ? strings[Number(host[2])]! : host[1]!
        this.host = { at: { file: this.file, line: this.line }, line: raw.trim().slice(0, 120), record: { id, name: id } }
        // An object written on one line: `object Host "fw1" { address = "10.0.0.1" }`.
        const open = text.indexOf('{')
        const close = text.indexOf('}', open)
        this.assign(text.slice(open + 1, close < 0 ? undefined : close), strings, this.host.record)
      }
    } else if (this.depth === 1 && this.host !== undefined) {
      this.assign(text, strings, this.host.record)
    }
    for (const c of code) {
      if (c === '{') this.depth++
      else if (c === '}' && this.depth > 0) {
        this.depth--
        if (this.depth === 0 && this.host !== undefined) {
          sink.row(this.host.record, this.host.at)
          this.host = undefined
        }
      }
    }
  }

  /** Reads the attributes of one text value in `code` (statements apart by `;` or lines) into `record`. */
  private assign(code: string, strings: readonly string[], record: Record<string, string>): void {
    for (const statement of code.split(';')) {
      const set = /^\s*(address6?|display_name|vars\.[A-Za-z_]\w*)\s*=\s*"\u0000(\d+)"\s*$/.exec(statement)
      if (set === null) continue
      const value = strings[Number(set[2])]!.trim()
      const key = set[1]!
      if (value === '') continue
      if (key === 'address') record['ip_address'] = value
      else if (key === 'address6') record['ipv6_address'] = value
      else if (key === 'display_name') record['name'] = value
      else if (!(key.slice(5) in record)) record[key.slice(5)] = value
    }
  }

  /**
   * A line without its comments, its strings replaced by `"\0<n>"` (their texts in `strings`), so
   * that braces and comment marks inside a string are not read as such.
   */
  private uncomment(line: string): { code: string; strings: string[] } {
    let code = ''
    const strings: string[] = []
    for (let i = 0; i < line.length; i++) {
      if (this.inComment) {
        const end = line.indexOf('*/', i)
        if (end < 0) return { code, strings }
        this.inComment = false
        i = end + 1
        continue
      }
      const c = line[i]!
      if (c === '/' && line[i + 1] === '*') {
        this.inComment = true
        i++
      } else if ((c === '/' && line[i + 1] === '/') || c === '#') {
        break
      } else if (c === '"') {
        let s = ''
        let j = i + 1
        for (; j < line.length && line[j] !== '"'; j++) {
          if (line[j] === '\\' && j + 1 < line.length) j++
          s += line[j]
        }
        code += `"\u0000${strings.length}"`
        strings.push(s)
        i = j
      } else code += c
    }
    return { code, strings }
  }
}

/**
 * True when a text starts as Icinga 2 object definitions: its first statement outside comments
 * (`/* ... *\/`, `//`, `#`) defines an object or a template (`object Host "sw1" {`, `template Host
 * "generic-host" {`).
 */
export function isIcingaConfigStart(head: string): boolean {
  const text = head.replace(/\/\*[\s\S]*?\*\//g, ' ').split('\n').map((l) => l.replace(/(?:\/\/|#).*$/, '').trim()).find((l) => l !== '')
  return text !== undefined && /^(?:object|template)\s+[A-Z][A-Za-z]*\s+(?:"[^"]*"|[A-Za-z_]\w*)\s*\{/.test(text)
}

/**
 * True when a text holds comments and blank lines alone so far (`#`, `;`, `//`, `/* ... *\/`): a
 * configuration's header, longer than a reader's sample, before its first definition.
 */
export function isCommentsOnly(head: string): boolean {
  const text = head.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ')
  return text.split('\n').every((l) => {
    const t = l.trim()
    return t === '' || t.startsWith('#') || t.startsWith(';') || t.startsWith('//')
  })
}

