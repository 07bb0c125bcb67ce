/**
 * lldpd's neighbour table as `lldpcli show neighbors details` (or `lldpctl`) writes it with
 * `-f json`, `-f json0` or `-f xml`, read one neighbour a device (see lldp.ts).
 *
 * The three come from one writer interface: each element has attributes (`type`, `name`) and
 * text (`value`). `json0` keeps that layout throughout: `{"lldp": [{"interface": [{"name": "eth0",
 * "chassis": [{"id": [{"type": "mac", "value": "..."}], "name": [{"value": "sw1"}], ...}]}]}]}`.
 * `json` simplifies it (lldpd's json_writer.c): a list of one element becomes the element, an
 * object whose only key is `value` becomes that text, and an object with a `name` text is nested
 * under its name (`"interface": {"eth0": {...}}`, `"chassis": {"sw1": {...}}`); so its layout
 * changes with the number of interfaces and neighbours. Each value is read here whichever way it
 * is written. The XML has json0's layout as elements, attributes and text, and is turned into it.
 */
import { emptyNeighbor, NeighborTable, valueOf, type LldpNeighbor } from './lldp.js'
import { isObject } from './device-input.js'
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import type { RowSink } from './rows.js'
import { ScanXmlParser } from './scan-xml.js'

/** True for lldpd's output (`{"lldp": ...}`, its only key). */
export function isLldpdOutput(value: Record<string, unknown>): boolean {
  const lldp = value['lldp']
  if (!(isObject(lldp) || Array.isArray(lldp))) return false
  for (const k in value) if (k !== 'lldp') return false
  return true
}

/** The elements of a value written as a list, or as the one element the list had. */
function all(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]
}

/** The text of a value: a string, `{"value": "..."}`, or a list of them (its first). */
function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v
  if (Array.isArray(v)) return text(v[0])
  if (isObject(v)) return text(v['value'])
  return undefined
}

/**
 * The element an object stands for, with its name: `json` nests a named element under its name
 * (`{"eth0": {...}}`), `json0` and unnamed elements are the object itself (told by `keys`, the keys
 * such an element has).
 */
function named(v: unknown, keys: readonly string[]): { name?: string; element: Record<string, unknown> }[] {
  if (!isObject(v)) return []
  if (keys.some((k) => k in v)) return [{ ...(text(v['name']) !== undefined ? { name: text(v['name'])! } : {}), element: v }]
  return Object.entries(v).filter(([, e]) => isObject(e)).map(([name, e]) => ({ name, element: e as Record<string, unknown> }))
}

const INTERFACE_KEYS = ['chassis', 'port', 'via', 'rid', 'age']
const CHASSIS_KEYS = ['id', 'descr', 'mgmt-ip', 'capability', 'mgmt-iface']

/**
 * The neighbours of lldpd's output, each with its JSON path; interfaces without a chassis (those
 * of `show interfaces`, which describe this host) give none.
 */
export function lldpdNeighbors(doc: Record<string, unknown>): { neighbor: LldpNeighbor; path: (string | number)[] }[] {
  const out: { neighbor: LldpNeighbor; path: (string | number)[] }[] = []
  all(doc['lldp']).forEach((lldp) => {
    if (!isObject(lldp)) return
    all(lldp['interface']).forEach((iface, i) => {
      for (const { name: port, element } of named(iface, INTERFACE_KEYS)) {
        for (const chassis of all(element['chassis'])) {
          for (const { name, element: c } of named(chassis, CHASSIS_KEYS)) {
            const n = emptyNeighbor()
            const sysName = valueOf(name ?? text(c['name']))
            if (sysName !== undefined) n.sysName = sysName
            const id = all(c['id'])[0]
            const idValue = valueOf(text(id))
            if (idValue !== undefined) {
              const subtype = isObject(id) ? text(id['type']) : undefined
              n.chassisId = subtype === undefined ? { value: idValue } : { subtype, value: idValue }
            }
            const descr = valueOf(text(c['descr']))
            if (descr !== undefined) n.sysDescr = descr
            for (const ip of all(c['mgmt-ip'])) {
              const a = valueOf(text(ip))
              if (a !== undefined) n.addresses.push(a)
            }
            for (const med of all(element['lldp-med'])) {
              if (!isObject(med)) continue
              const inventory = all(med['inventory'])[0]
              if (!isObject(inventory)) continue
              for (const k of ['manufacturer', 'model', 'serial', 'software', 'firmware'] as const) {
                const v = valueOf(text(inventory[k]))
                if (v !== undefined) n.inventory[k] ??= v
              }
            }
            out.push({ neighbor: n, path: ['lldp', 'interface', port ?? i] })
          }
        }
      }
    })
  })
  return out
}

/** Hands the devices of lldpd's JSON output, read as one value starting at `at`, to the sink. */
export function emitLldpd(doc: Record<string, unknown>, at: SourceLocation, sink: RowSink): void {
  const table = new NeighborTable()
  for (const { neighbor, path } of lldpdNeighbors(doc)) table.add(neighbor, { ...at, path })
  table.emit(sink)
}

/** An XML element as json0 writes it: attributes as text, text as `value`, children as lists by tag. */
type Json0 = Record<string, unknown>

/**
 * lldpd's XML (`-f xml`, root `<lldp>`), turned into json0's layout as it is read and handed to the
 * same reader as the JSON. The file holds one switch's neighbours and is held whole.
 */
export class LldpdXmlParser extends ScanXmlParser {
  private readonly stack: Json0[] = []
  private root: Json0 | undefined
  private rootAt: SourceLocation | undefined
  private readonly onDocument: (doc: Record<string, unknown>, at: SourceLocation, sink: RowSink) => void

  /** `onDocument` takes the document in json0's layout (by default: its devices go to the sink). */
  constructor(file: string, onDocument: (doc: Record<string, unknown>, at: SourceLocation, sink: RowSink) => void = emitLldpd) {
    super(file, "lldpd's XML (lldpcli -f xml show neighbors details)")
    this.onDocument = onDocument
    this.parser.on('opentag', (tag) => {
      if (this.failed) return
      if (this.atRoot(tag.name, 'lldp', 'lldpd writes <lldp>')) {
        this.root = {}
        this.rootAt = this.here()
        this.stack.push(this.root)
        return
      }
      const element: Json0 = {}
      for (const [k, v] of Object.entries(tag.attributes)) if (k !== 'label') element[k] = v
      const parent = this.stack[this.stack.length - 1]
      if (parent !== undefined) {
        // Own keys only: a <constructor> or <__proto__> element pushed onto Object.prototype's.
        const siblings = Object.hasOwn(parent, tag.name) ? parent[tag.name] : undefined
        if (Array.isArray(siblings)) siblings.push(element)
        else if (siblings === undefined) Object.defineProperty(parent, tag.name, { value: [element], enumerable: true, writable: true, configurable: true })
        else {
          // <name> inside <interface name="eth0">: lldpd nests no such element there, the file was
          // edited or cut (its <chassis> line dropped), where the reader crashed.
          this.fail(`an element <${tag.name}> is inside an element with a ${tag.name}="${String(siblings)}" attribute, which lldpd never writes: a line of the file is missing or misplaced`)
          return
        }
      }
      this.stack.push(element)
    })
    this.parser.on('text', (t) => {
      const top = this.stack[this.stack.length - 1]
      if (top !== undefined && t.trim() !== '') top['value'] = (typeof top['value'] === 'string' ? top['value'] : '') + t
    })
    this.parser.on('closetag', () => {
      this.stack.pop()
    })
  }

  override end(sink: RowSink): void {
    super.end(sink)
    if (this.root !== undefined && this.rootAt !== undefined && !this.failed) this.onDocument({ lldp: [this.root] }, this.rootAt, sink)
  }
}
