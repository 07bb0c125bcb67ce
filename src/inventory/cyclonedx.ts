/**
 * CycloneDX bills of materials (spec 1.2-1.6, JSON or XML) as inventories: the hardware a BOM
 * describes becomes devices, the hardware inside it their components.
 *
 * What becomes what:
 * - a BOM whose subject (`metadata.component`) is hardware (type `device`) describes that one
 *   device: every hardware component of the BOM (top-level `components` and what they nest) is one
 *   of its parts, as the HBOM examples of the CycloneDX project write a board and its chips;
 * - a BOM whose subject is not hardware, or that has none, holding top-level `device` components
 *   (the HBOM of a rack or of a site) gives one device per such component, each with the hardware
 *   it nests as its parts;
 * - a BOM of software only describes the device it runs on through its subject: that is the device,
 *   with the version of the firmware (the subject itself, or a top-level `firmware` or
 *   `operating-system` component). Libraries and other software are never parts.
 *
 * The maker is the component's `manufacturer` (1.6), else the vendor of its CPE, else its
 * `supplier` (which may be a distributor), `publisher` or `author`; for the subject, the
 * `manufacture` and `supplier` of the metadata (1.4-1.5) too. `metadata.manufacturer` (1.6) made
 * the BOM, not the device, and is not read. A component's `name` is its model (hardware is named by
 * its part number), its properties of the CycloneDX device taxonomy (`cdx:device:serialNumber`,
 * `cdx:device:macAddress`, `cdx:device:prodTimestamp`, `cdx:device:function`) its serial number,
 * MACs, date of manufacture and the kind of a part.
 *
 * A BOM is one document: it is held whole and parsed once at its end (a BOM lists a few devices, and
 * its subject may come after its components).
 */
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import { showValue } from '../diagnostics/show-value.js'
import { isObject } from './device-input.js'
import { reportJson } from './json.js'
import type { RowParser, RowSink } from './rows.js'
import { newSaxesParser } from './scan-xml.js'
import { xmlProblem } from '../util/xml.js'
import { cpeOf } from '../catalog/cpe.js'

/** An organization of a BOM (`organizationalEntity`): only its name is read. */
type CdxOrganization = { name?: unknown }

/** A component of a BOM, with the fields trustpath reads. */
export type CdxComponent = {
  type?: unknown
  'bom-ref'?: unknown
  name?: unknown
  version?: unknown
  manufacturer?: CdxOrganization | unknown
  supplier?: CdxOrganization | unknown
  publisher?: unknown
  author?: unknown
  cpe?: unknown
  hashes?: unknown
  properties?: unknown
  components?: unknown
}

/** A CycloneDX BOM, with the parts trustpath reads. */
export type CdxBom = {
  bomFormat: 'CycloneDX'
  metadata?: { component?: unknown; manufacture?: unknown; supplier?: unknown }
  components?: unknown
}

/**
 * True, false, or undefined while the text is too short to tell: a JSON object whose
 * `"bomFormat": "CycloneDX"` comes after keys of plain values only (`$schema`, `specVersion`), as
 * every writer of CycloneDX puts it (the schema requires it; BOMs have no name convention).
 */
export function isCycloneDxStart(text: string, final: boolean): boolean | undefined {
  const m = PLAIN_KEYS.exec(text)
  const rest = m === null ? '' : text.slice(m[0].length)
  if (BOM_FORMAT.test(rest)) return true
  // Until a nested value or the end of the object shows it is something else, the next key may
  // still be cut by the end of the chunk.
  return !final && m !== null && text.length < 8192 && !/[{}[\]]/.test(rest) ? undefined : false
}

const PLAIN_KEYS = /^\s*\{\s*(?:"(?!bomFormat")(?:[^"\\]|\\.)*"\s*:\s*(?:-?\d+(?:\.\d+)?|null|true|false|"(?:[^"\\]|\\.)*")\s*,\s*)*/
const BOM_FORMAT = /^"bomFormat"\s*:\s*"CycloneDX"/

/** Component types of hardware: the parts of a device, and the devices of a BOM. */
const HARDWARE = 'device'
/** Component types whose version is the device's firmware. */
const FIRMWARE: ReadonlySet<string> = new Set(['firmware', 'operating-system'])

/** Properties of the CycloneDX device taxonomy (`cdx:device:*`; `cdx:deviceInfo:*` is its first name). */
const PROPERTY = {
  serial: /^cdx:device(?:Info)?:serialNumber$/,
  mac: /^cdx:device(?:Info)?:macAddress$/,
  made: /^cdx:device(?:Info)?:prodTimestamp$/,
  function: /^cdx:device(?:Info)?:function$/,
} as const

/**
 * The kind of a part from its `cdx:device:function` (else its name and description): the words of
 * trustpath's component kinds, else the function as written. First match wins.
 */
const KINDS: readonly [RegExp, string][] = [
  [/\b(?:modem|cellular|lte|wwan|[345]g)\b/i, 'modem'],
  [/\b(?:soc|system[ -]on[ -](?:a[ -])?chip|chipset|(?:micro)?processor|cpu|mcu|microcontroller)\b/i, 'soc'],
  [/\b(?:wi-?fi|wlan|bluetooth|radio|rf)\b/i, 'radio'],
  [/\b(?:nic|ethernet|phy|network)\b/i, 'nic'],
  [/\b(?:image sensor|camera)\b/i, 'camera-module'],
  [/\bmodule\b/i, 'module'],
]

/** Where one component is: its path in the BOM, and the line it starts on when known. */
type Place = { path: (string | number)[]; line: number | undefined }

/** Reads one BOM: diagnostics in CycloneDX's own words, devices in the JSON device shape. */
class BomReader {
  readonly devices: { record: Record<string, unknown>; at: SourceLocation }[] = []
  private readonly file: string
  private readonly lines: ReadonlyMap<string, number>
  private readonly diagnostics: Diagnostic[]

  constructor(file: string, lines: ReadonlyMap<string, number>, diagnostics: Diagnostic[]) {
    this.file = file
    this.lines = lines
    this.diagnostics = diagnostics
  }

  private place(path: (string | number)[]): Place {
    return { path, line: this.lines.get(path.join('/')) }
  }

  private at(place: Place): SourceLocation {
    return place.line === undefined ? { file: this.file, path: place.path } : { file: this.file, line: place.line, path: place.path }
  }

  private invalid(place: Place, field: string, value: unknown, expected: string): void {
    // (the field names the path: the location gives the file and line only)
    const at: SourceLocation = place.line === undefined ? { file: this.file } : { file: this.file, line: place.line }
    this.diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: `${pathText(place.path)}${field}`, value: typeof value === 'string' ? value : showValue(value), expected })
  }

  /** A component list: its well-formed components (objects with a type), each with its place. */
  private list(v: unknown, path: (string | number)[]): [CdxComponent, Place][] {
    if (v === undefined || v === null) return []
    const place = this.place(path)
    if (!Array.isArray(v)) {
      this.invalid(place, '', v, 'a list of components')
      return []
    }
    const out: [CdxComponent, Place][] = []
    v.forEach((c: unknown, i) => {
      const at = this.place([...path, i])
      if (!isObject(c)) this.invalid(at, '', c, 'a component object ({"type": "device", "name": ...})')
      else if (typeof c['type'] !== 'string') this.invalid(at, '.type', c['type'] ?? '', 'the component type (device, firmware, library, ...)')
      else out.push([c, at])
    })
    return out
  }

  read(bom: CdxBom): void {
    const metadata = isObject(bom.metadata) ? bom.metadata : undefined
    const subjectValue = metadata?.component
    let subject: [CdxComponent, Place] | undefined
    if (subjectValue !== undefined && subjectValue !== null) {
      const place = this.place(['metadata', 'component'])
      if (!isObject(subjectValue)) this.invalid(place, '', subjectValue, 'the component the BOM describes')
      else subject = [subjectValue, place]
    }
    const top = this.list(bom.components, ['components'])
    if (subject !== undefined && subject[0].type === HARDWARE) {
      // An HBOM of one device: everything hardware in it is a part of it.
      const [component, place] = subject
      const own = this.list(component.components, [...place.path, 'components'])
      return this.device(component, place, [...own, ...top], metadata)
    }
    const devices = top.filter(([c]) => c.type === HARDWARE)
    if (devices.length > 0) {
      for (const [component, place] of devices) this.device(component, place, this.list(component.components, [...place.path, 'components']), undefined)
      return
    }
    if (subject !== undefined) {
      // Software only: the subject stands for the device it describes.
      const [component, place] = subject
      return this.device(component, place, [...this.list(component.components, [...place.path, 'components']), ...top], metadata)
    }
    this.diagnostics.push({ code: 'bom_without_device', severity: 'error', at: { file: this.file, line: 1 }, components: top.length, types: countTypes(top) })
  }

  /**
   * One device from a component and the components inside it (`children`): the hardware among them
   * (at any depth) its parts, the first firmware among the direct ones its firmware.
   */
  private device(component: CdxComponent, place: Place, children: [CdxComponent, Place][], metadata: CdxBom['metadata'] | undefined): void {
    const props = this.properties(component, place)
    const hardware = component.type === HARDWARE
    const name = this.text(component.name, place, '.name')
    const serial = props.get('serial')?.[0]
    const id = this.text(component['bom-ref'], place, '["bom-ref"]') ?? serial ?? name
    if (id === undefined) return this.invalid(place, '', component, 'a component with a name, a bom-ref or a serial number')
    const macs = [...props.get('mac') ?? []]
    const parts: { manufacturer?: string; model?: string; kind?: string }[] = []
    this.parts(children, parts, macs)
    const firmware = hardware
      ? children.find(([c]) => FIRMWARE.has(c.type as string))
      : FIRMWARE.has(component.type as string) ? [component, place] as [CdxComponent, Place] : children.find(([c]) => FIRMWARE.has(c.type as string))
    const manufacturer = this.maker(component, place, metadata)
    const record: Record<string, unknown> = {
      id,
      name,
      manufacturer,
      // A software subject's name is a product's, not a hardware model.
      model: hardware ? name : undefined,
      serial,
      macs: macs.length > 0 ? macs : undefined,
      firmware: firmware === undefined ? undefined : this.firmware(firmware),
      components: parts.length > 0 ? parts : undefined,
      manufactured: props.get('made')?.[0],
    }
    this.devices.push({ record, at: this.at(place) })
  }

  /** The hardware in `list` and below, in document order, as parts; their MACs are the device's. */
  private parts(list: [CdxComponent, Place][], out: { manufacturer?: string; model?: string; kind?: string }[], macs: string[]): void {
    for (const [c, place] of list) {
      if (c.type === HARDWARE) {
        const props = this.properties(c, place)
        const manufacturer = this.maker(c, place, undefined)
        const model = this.text(c.name, place, '.name')
        const fn = props.get('function')?.[0]
        const description = typeof (c as Record<string, unknown>)['description'] === 'string' ? (c as Record<string, unknown>)['description'] as string : ''
        const kind = kindOf(fn ?? `${model ?? ''} ${description}`) ?? fn?.toLowerCase()
        if (manufacturer !== undefined || model !== undefined) {
          out.push({ ...(manufacturer !== undefined ? { manufacturer } : {}), ...(model !== undefined ? { model } : {}), ...(kind !== undefined ? { kind } : {}) })
        }
        for (const mac of props.get('mac') ?? []) macs.push(mac)
        // A part may hold more parts (system, board, chips); software holds no hardware.
        this.parts(this.list(c.components, [...place.path, 'components']), out, macs)
      }
    }
  }

  private firmware([c, place]: [CdxComponent, Place]): Record<string, unknown> | undefined {
    const version = this.text(c.version, place, '.version')
    let sha256: string | undefined
    if (Array.isArray(c.hashes)) {
      for (const h of c.hashes) if (isObject(h) && h['alg'] === 'SHA-256' && typeof h['content'] === 'string') sha256 = h['content']
    }
    return version === undefined && sha256 === undefined ? undefined : { version, sha256 }
  }

  /** The maker of a component: its manufacturer, CPE vendor, supplier, publisher or author (see the module's comment). */
  private maker(c: CdxComponent, place: Place, metadata: CdxBom['metadata'] | undefined): string | undefined {
    return this.organization(c.manufacturer, place, '.manufacturer') ??
      (metadata === undefined ? undefined : this.organization(metadata.manufacture, this.place(['metadata']), '.manufacture')) ??
      cpeOf(c.cpe) ??
      this.organization(c.supplier, place, '.supplier') ??
      (metadata === undefined ? undefined : this.organization(metadata.supplier, this.place(['metadata']), '.supplier')) ??
      this.text(c.publisher, place, '.publisher') ??
      this.text(c.author, place, '.author')
  }

  /** The name of an organization; a bare string is taken as the name, as some writers put it. */
  private organization(v: unknown, place: Place, field: string): string | undefined {
    if (v === undefined || v === null) return undefined
    if (typeof v === 'string') return v.trim() || undefined
    if (isObject(v)) return this.text(v['name'], place, `${field}.name`)
    this.invalid(place, field, v, 'an organization ({"name": ...})')
    return undefined
  }

  private text(v: unknown, place: Place, field: string): string | undefined {
    if (v === undefined || v === null) return undefined
    if (typeof v === 'string') return v.trim() || undefined
    if (typeof v === 'number') return String(v)
    this.invalid(place, field, v, 'a string')
    return undefined
  }

  /** The values of the device taxonomy's properties that trustpath reads, by what they give. */
  private properties(c: CdxComponent, place: Place): Map<keyof typeof PROPERTY, string[]> {
    const out = new Map<keyof typeof PROPERTY, string[]>()
    const list = c.properties
    if (list === undefined || list === null) return out
    if (!Array.isArray(list)) {
      this.invalid(place, '.properties', list, 'a list of {"name": ..., "value": ...}')
      return out
    }
    list.forEach((p: unknown, i) => {
      if (!isObject(p) || typeof p['name'] !== 'string') return this.invalid(place, `.properties[${i}]`, p, 'a property {"name": ..., "value": ...}')
      for (const key of Object.keys(PROPERTY) as (keyof typeof PROPERTY)[]) {
        if (!PROPERTY[key].test(p['name'])) continue
        const value = typeof p['value'] === 'string' ? p['value'].trim() : ''
        if (value === '') continue
        if (key === 'made') {
          // A timestamp (`2024-03-01T08:00:00Z`): its date is the date of manufacture.
          const date = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0]
          if (date === undefined) return this.invalid(place, `.properties[${i}]`, value, `a date of production (${p['name']}: an ISO date or timestamp)`)
          out.set(key, [date])
        } else out.set(key, [...out.get(key) ?? [], value])
      }
    })
    return out
  }
}

/** `components[3].components[0]` for a path, with `.` before what follows. */
function pathText(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
}

function kindOf(text: string): string | undefined {
  for (const [re, kind] of KINDS) if (re.test(text)) return kind
  return undefined
}

function countTypes(list: [CdxComponent, Place][]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [c] of list) out[c.type as string] = (out[c.type as string] ?? 0) + 1
  return out
}

/**
 * The lines on which the components of a JSON BOM start, by path (`components/3/components/0`,
 * `metadata/component`): one pass over the text, for diagnostics and device locations (`JSON.parse`
 * tells no positions).
 */
export function componentLines(text: string): Map<string, number> {
  const lines = new Map<string, number>()
  type Frame = { object: boolean; path: string; key: string; index: number; expectKey: boolean; components: boolean }
  const stack: Frame[] = []
  let line = 1
  /** The start of a value: an entry of a components list, or metadata.component, is placed. */
  const value = (): void => {
    const top = stack[stack.length - 1]
    if (top === undefined || (top.object && top.expectKey)) return
    if (top.components && !lines.has(`${top.path}/${top.index}`)) lines.set(`${top.path}/${top.index}`, line)
    else if (top.object && top.path === 'metadata' && top.key === 'component') lines.set('metadata/component', line)
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a) line++
    else if (c === 0x20 || c === 0x09 || c === 0x0d) continue
    else if (c === 0x22) {
      value()
      let j = i + 1
      while (j < text.length && text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c ? 2 : 1
      const top = stack[stack.length - 1]
      if (top !== undefined && top.object && top.expectKey) top.key = text.slice(i + 1, j)
      i = j
    } else if (c === 0x3a) {
      const top = stack[stack.length - 1]
      if (top !== undefined) top.expectKey = false
    } else if (c === 0x2c) {
      const top = stack[stack.length - 1]
      if (top !== undefined) {
        if (top.object) top.expectKey = true
        else top.index++
      }
    } else if (c === 0x7b || c === 0x5b) {
      value()
      const top = stack[stack.length - 1]
      const path = top === undefined ? '' : `${top.path}${top.path === '' ? '' : '/'}${top.object ? top.key : top.index}`
      const components = c === 0x5b && top !== undefined && top.object && top.key === 'components'
      stack.push({ object: c === 0x7b, path, key: '', index: 0, expectKey: c === 0x7b, components })
    } else if (c === 0x7d || c === 0x5d) stack.pop()
    else value()
  }
  return lines
}

/** Elements of CycloneDX XML that hold a list, and the element of each entry. */
const XML_LISTS: Readonly<Record<string, string>> = { components: 'component', properties: 'property', hashes: 'hash' }

type XmlNode = { name: string; attributes: Record<string, string>; children: XmlNode[]; text: string; line: number }

/**
 * A CycloneDX XML document as its JSON form (the two carry the same model): attributes and child
 * elements become keys, list elements arrays, `<property name="...">value</property>` and
 * `<hash alg="...">content</hash>` their JSON objects. The lines of the components go to `lines`.
 */
function xmlToJson(node: XmlNode, path: string, lines: Map<string, number>): unknown {
  if (node.name === 'property') return { name: node.attributes['name'], value: node.text }
  if (node.name === 'hash') return { alg: node.attributes['alg'], content: node.text.trim() }
  const list = XML_LISTS[node.name]
  if (list !== undefined) {
    return node.children.filter((c) => c.name === list).map((c, i) => {
      if (c.name === 'component') lines.set(`${path}/${i}`, c.line)
      return xmlToJson(c, `${path}/${i}`, lines)
    })
  }
  if (node.children.length === 0 && Object.keys(node.attributes).length === 0) return node.text.trim()
  const out: Record<string, unknown> = { ...node.attributes }
  for (const c of node.children) {
    const key = c.name
    if (key === 'component' && path === 'metadata') lines.set('metadata/component', c.line)
    if (!(key in out)) out[key] = xmlToJson(c, path === '' ? key : `${path}/${key}`, lines)
  }
  return out
}

/** Parses CycloneDX XML into element nodes; a problem is reported once, and nothing is read then. */
function parseXml(text: string, file: string, diagnostics: Diagnostic[]): XmlNode | undefined {
  const parser = newSaxesParser()
  const stack: XmlNode[] = []
  let root: XmlNode | undefined
  let failed = false
  const fail = (problem: string): void => {
    if (failed) return
    failed = true
    diagnostics.push({ code: 'malformed_xml', severity: 'error', at: { file, line: parser.line }, problem, expected: 'a CycloneDX BOM (<bom xmlns="http://cyclonedx.org/schema/bom/1.6">)' })
  }
  parser.on('error', (err) => fail(xmlProblem(err)))
  parser.on('doctype', (t) => {
    if (t.includes('[')) fail('a DOCTYPE with an internal subset is refused (it can hide expanding entities)')
  })
  parser.on('opentag', (tag) => {
    // Names without their prefix: a BOM may write `<bom:component>` with a prefixed namespace.
    const name = tag.name.replace(/^[^:]*:/, '')
    const attributes: Record<string, string> = {}
    for (const [k, v] of Object.entries(tag.attributes)) if (!k.startsWith('xmlns')) attributes[k.replace(/^[^:]*:/, '')] = String(v)
    const node: XmlNode = { name, attributes, children: [], text: '', line: parser.line }
    stack[stack.length - 1]?.children.push(node)
    if (stack.length === 0) root = node
    stack.push(node)
  })
  parser.on('text', (t) => {
    const top = stack[stack.length - 1]
    if (top !== undefined) top.text += t
  })
  parser.on('closetag', () => void stack.pop())
  try {
    parser.write(text).close()
  } catch (err) {
    fail(xmlProblem(err as Error))
  }
  if (failed) return undefined
  if (root?.name !== 'bom') {
    diagnostics.push({ code: 'malformed_xml', severity: 'error', at: { file, line: root?.line ?? 1 }, problem: `the root element is <${root?.name ?? ''}>, not <bom>`, expected: 'a CycloneDX BOM (<bom xmlns="http://cyclonedx.org/schema/bom/1.6">)', wrongRoot: true })
    return undefined
  }
  return root
}

/** Holds a CycloneDX BOM (JSON or XML) whole, and hands its devices to the sink at its end. */
export class CycloneDxParser implements RowParser {
  private readonly file: string
  private readonly chunks: string[] = []

  constructor(file: string) {
    this.file = file
  }

  push(chunk: string): void {
    this.chunks.push(chunk)
  }

  end(sink: RowSink): void {
    const text = this.chunks.join('')
    this.chunks.length = 0
    const start = text.search(/\S/)
    let bom: unknown
    let lines: Map<string, number>
    if (text[start] === '<') {
      const root = parseXml(text, this.file, sink.diagnostics)
      if (root === undefined) return
      lines = new Map()
      bom = { bomFormat: 'CycloneDX', ...(xmlToJson(root, '', lines) as Record<string, unknown>) }
    } else {
      try {
        bom = JSON.parse(text)
      } catch (err) {
        return reportJson(sink, this.file, text, 1, 1, err)
      }
      if (!isObject(bom) || bom['bomFormat'] !== 'CycloneDX') {
        const got = isObject(bom) ? bom['bomFormat'] : undefined
        sink.diagnostics.push({
          code: 'invalid_field', severity: 'error', at: { file: this.file, line: 1 }, field: 'bomFormat', value: typeof got === 'string' ? got : '',
          expected: '"CycloneDX": a file named .cdx.json, or read with --input-format cyclonedx, is read as a CycloneDX BOM',
        })
        return
      }
      lines = componentLines(text)
    }
    const reader = new BomReader(this.file, lines, sink.diagnostics)
    reader.read(bom as CdxBom)
    for (const { record, at } of reader.devices) sink.row(record, at)
  }
}
