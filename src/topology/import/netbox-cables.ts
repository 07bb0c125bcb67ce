/**
 * NetBox (and Nautobot) cables as a topology: the answer of `/api/dcim/cables/` and NetBox's CSV
 * exports of the cable list. Each source is first read into NetBox's own vocabulary (a
 * `NetboxCable` with its A and B terminations), then one conversion (`toCableTopology`) turns
 * cables into links between devices, following patch panels through.
 *
 * The API answer comes in two shapes. NetBox 3.3 and later give every cable lists of
 * terminations, `a_terminations` and `b_terminations`, each `{object_type, object_id, object}`,
 * where `object` is the nested port (`{device: {id, name}, name}`) or circuit termination
 * (`{circuit: {cid, provider}, term_side}`). NetBox 2.x to 3.2 and Nautobot give one termination
 * per side: `termination_a_type` and the nested `termination_a`. Nautobot 2 nests the device
 * (with its name) only when asked for `?depth=2`.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { showValue } from '../../diagnostics/show-value.js'
import { CsvTokenizer, type CsvProblem, type CsvRecord } from '../../inventory/csv.js'
import { TopologyBuilder, defined, emptyTopology } from './builder.js'
import { normalizeHeader } from './csv-table.js'
import { arrayElementLines, isObject, jsonId, parseJsonText } from './json-text.js'
import { networkOf, resolveLimits, type ParseTopologyOptions, type TopologyLimits, type TopologyResult, type TopologySource, sortDiagnostics, tooLarge } from './source.js'

/**
 * What a cable end is: a port that carries traffic (`interface`), a port of a patch panel
 * (`front_port`, `rear_port`), the end of a provider's circuit, a power or console port, or (in
 * the table export, which does not say) `untyped`.
 */
export type TerminationKind = 'interface' | 'front_port' | 'rear_port' | 'circuit' | 'power' | 'console' | 'other' | 'untyped'

/** NetBox's object types of cable terminations (`app_label.model`), the same in the API and the CSV import format. */
const OBJECT_TYPES: Readonly<Record<string, TerminationKind>> = {
  'dcim.interface': 'interface',
  'dcim.frontport': 'front_port',
  'dcim.rearport': 'rear_port',
  'circuits.circuittermination': 'circuit',
  'dcim.powerport': 'power',
  'dcim.poweroutlet': 'power',
  'dcim.powerfeed': 'power',
  'dcim.consoleport': 'console',
  'dcim.consoleserverport': 'console',
}

/** The device a port belongs to: `key` tells devices apart (NetBox's id, else site and name). */
export type NetboxCableDevice = { key: string; name?: string; id?: string; site?: string }

/** One end of a cable, in NetBox's vocabulary. */
export type NetboxCableTermination = {
  kind: TerminationKind
  /** The port's name (`xe-0/0/0`), or the circuit's side (`A`, `Z`). */
  name: string
  device?: NetboxCableDevice
  circuit?: { cid: string; provider?: string }
}

/** A cable as NetBox describes it. */
export type NetboxCable = {
  a: NetboxCableTermination[]
  b: NetboxCableTermination[]
  /** NetBox's status slug, lower case: `connected`, `planned`, `decommissioning`. */
  status?: string
  /** The cable's type slug or label (`cat6`, `smf`, `power`), as written. */
  type?: string
  label?: string
  at: SourceLocation
}

/** Why cables were left out of the topology, as counted by the `cables_skipped` warning. */
export type CableSkipReason = 'planned' | 'power' | 'console' | 'other'

/** True for a JSON text that holds NetBox or Nautobot cables (looked for in its first few KB). */
export function looksLikeNetboxCablesJson(head: string): boolean {
  return /"(?:a_terminations|termination_a_type)"\s*:/.test(head)
}

/**
 * True for a CSV header line of NetBox's cable exports: the import format
 * (`side_a_device,side_a_type,side_a_name,...`) or the cable table (`Termination A` with
 * `Device A`, or NetBox 2.x/3.2's `Side A`).
 */
export function looksLikeNetboxCablesCsv(headerLine: string): boolean {
  const cells = new Set(headerLine.split(/[,;\t]/).map((c) => normalizeHeader(c.replace(/^\s*"|"\s*$/g, ''))))
  if (cells.has('side_a_device') || cells.has('side_a_name')) return true
  return cells.has('termination_a') && cells.has('termination_b') && (cells.has('device_a') || cells.has('side_a'))
}

// ---------------------------------------------------------------------------------------------
// JSON

/**
 * Where each top-level JSON value of a text starts and ends: one for a single document, several
 * for pages written one after another or one per line (JSON Lines). Strings are skipped so that
 * braces inside them do not count.
 */
function jsonDocuments(text: string): { start: number; end: number; line: number }[] {
  const docs: { start: number; end: number; line: number }[] = []
  let depth = 0
  let start = -1
  let line = 1
  let startLine = 1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '\n') line++
    else if (c === '"') {
      let j = i + 1
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1
      for (let k = i + 1; k < j; k++) if (text[k] === '\n') line++
      i = j
    } else if (c === '{' || c === '[') {
      if (depth === 0) {
        start = i
        startLine = line
      }
      depth++
    } else if (c === '}' || c === ']') {
      depth--
      if (depth === 0 && start >= 0) {
        docs.push({ start, end: i + 1, line: startLine })
        start = -1
      }
      // Unbalanced closing: let JSON.parse report it.
      if (depth < 0) return [{ start: 0, end: text.length, line: 1 }]
    } else if (depth === 0 && !/\s/.test(c)) {
      // Something outside any object or array: let JSON.parse say what.
      return [{ start: 0, end: text.length, line: 1 }]
    }
  }
  if (depth !== 0 && start >= 0) docs.push({ start, end: text.length, line: startLine })
  return docs
}

/** A status as NetBox (`{"value": "connected"}`), Nautobot 1 (the same) or Nautobot 2 (`{"name": "Connected"}`) write it. */
function statusOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.toLowerCase()
  if (isObject(v)) {
    for (const k of ['value', 'name', 'label']) if (typeof v[k] === 'string' && v[k] !== '') return (v[k] as string).toLowerCase()
  }
  return undefined
}

/** The slug, else the name of a nested object (a site, a provider). */
function refName(v: unknown): string | undefined {
  if (typeof v === 'string' && v !== '') return v
  if (!isObject(v)) return undefined
  return jsonId(v['slug']) ?? jsonId(v['name'])
}

/**
 * A nested device: NetBox's `{id, name, display}` (with `site` when the source nests it). NetBox
 * writes `"name": null` for an unnamed device, which becomes `netbox-<id>` as in the inventory;
 * Nautobot 2 below `?depth=2` writes no name at all, and the device cannot be named.
 */
function deviceOf(v: unknown): NetboxCableDevice | undefined {
  if (!isObject(v) || !('name' in v)) return undefined
  const id = jsonId(v['id'])
  const name = typeof v['name'] === 'string' && v['name'].trim() !== '' ? v['name'] : undefined
  const site = refName(v['site']) ?? refName(v['location'])
  if (id === undefined && name === undefined) return undefined
  return defined({ key: id !== undefined ? `id:${id}` : `name:${site ?? ''}/${name!}`, name, id, site }) as NetboxCableDevice
}

/**
 * One termination from its object type and nested object; a string saying what is missing when it
 * cannot be read.
 */
function terminationOf(type: unknown, obj: unknown): NetboxCableTermination | string {
  if (typeof type !== 'string' || type === '') return 'an object type such as "dcim.interface"'
  const kind = OBJECT_TYPES[type.toLowerCase()] ?? 'other'
  if (kind === 'other' || kind === 'power' || kind === 'console') return { kind, name: '' }
  if (!isObject(obj)) return `the nested ${type} object (ask the API without ?brief; Nautobot 2 with ?depth=2)`
  if (kind === 'circuit') {
    const circuit = obj['circuit']
    const cid = isObject(circuit) ? jsonId(circuit['cid']) ?? jsonId(circuit['display']) : undefined
    if (cid === undefined) return 'the termination\'s circuit with its "cid"'
    const provider = isObject(circuit) ? refName(circuit['provider']) : undefined
    return { kind, name: jsonId(obj['term_side']) ?? '', circuit: defined({ cid, provider }) as { cid: string; provider?: string } }
  }
  const device = deviceOf(obj['device'])
  if (device === undefined) return 'the port\'s "device" with its "name" (ask Nautobot 2 with ?depth=2)'
  const name = jsonId(obj['name']) ?? jsonId(obj['display']) ?? ''
  return { kind, name, device }
}

/** Reads one cable object of either API shape; pushes an `invalid_field` error and returns undefined when it cannot. */
function cableOf(obj: Record<string, unknown>, at: SourceLocation, diagnostics: Diagnostic[]): NetboxCable | undefined {
  const sides: NetboxCableTermination[][] = []
  for (const side of ['a', 'b'] as const) {
    const list = obj[`${side}_terminations`]
    const terms: NetboxCableTermination[] = []
    if (Array.isArray(list)) {
      for (const t of list) {
        const term = isObject(t) ? terminationOf(t['object_type'], t['object']) : 'a termination object'
        if (typeof term === 'string') {
          diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: `${side}_terminations`, value: showValue(t, { quoteStrings: true }), expected: term })
          return undefined
        }
        terms.push(term)
      }
    } else if (obj[`termination_${side}_type`] !== undefined) {
      const term = terminationOf(obj[`termination_${side}_type`], obj[`termination_${side}`])
      if (typeof term === 'string') {
        diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: `termination_${side}`, value: showValue(obj[`termination_${side}`], { quoteStrings: true }), expected: term })
        return undefined
      }
      terms.push(term)
    } else {
      diagnostics.push({ code: 'missing_link_ends', severity: 'error', at, expected: ['a_terminations', 'b_terminations'], found: Object.keys(obj) })
      return undefined
    }
    sides.push(terms)
  }
  const type = isObject(obj['type']) ? statusOf(obj['type']) : typeof obj['type'] === 'string' && obj['type'] !== '' ? obj['type'] : undefined
  return defined({
    a: sides[0]!, b: sides[1]!, at, status: statusOf(obj['status']), type,
    label: typeof obj['label'] === 'string' && obj['label'] !== '' ? obj['label'] : undefined,
  }) as NetboxCable
}

/** True for an object that is one cable (a single `/api/dcim/cables/<id>/` answer). */
function isCable(v: Record<string, unknown>): boolean {
  return 'a_terminations' in v || 'termination_a_type' in v
}

/**
 * Reads NetBox's or Nautobot's cable answer: one page `{"count", "next", "previous", "results"}`,
 * the results array, one cable, or several of these one after another (pages concatenated, or one
 * per line).
 */
export function readNetboxCablesJson(text: string, file: string, diagnostics: Diagnostic[]): NetboxCable[] {
  const cables: NetboxCable[] = []
  for (const doc of jsonDocuments(text)) {
    const body = text.slice(doc.start, doc.end)
    const mark = diagnostics.length
    const parsed = parseJsonText(body, file, diagnostics)
    if (parsed === undefined) {
      // parseJsonText counts lines from the document's start.
      for (const d of diagnostics.slice(mark)) if (d.at.line !== undefined) d.at.line += doc.line - 1
      continue
    }
    const value = parsed.value
    let items: unknown[]
    let key: string
    if (Array.isArray(value)) {
      items = value
      key = ''
    } else if (isObject(value) && Array.isArray(value['results'])) {
      items = value['results']
      key = 'results'
    } else if (isObject(value) && isCable(value)) {
      items = [value]
      key = '-'
    } else {
      diagnostics.push({ code: 'malformed_json', severity: 'error', at: { file, line: doc.line }, problem: 'expected NetBox\'s answer of /api/dcim/cables/: a page {"count", "next", "previous", "results": [...]} or the list of cables', wellFormed: true })
      continue
    }
    const lines = key === '-' ? [1] : (arrayElementLines(body).get(key) ?? [])
    items.forEach((item, i) => {
      const line = lines[i]
      const path = key === '-' ? [] : key === '' ? [i] : [key, i]
      const at: SourceLocation = line === undefined ? { file, path } : { file, line: line + doc.line - 1, path }
      if (!isObject(item) || !isCable(item)) {
        diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: key === '' ? 'cable' : key, value: showValue(item, { quoteStrings: true }), expected: 'a cable object with "a_terminations" and "b_terminations" (or "termination_a_type" and "termination_b_type")' })
        return
      }
      const cable = cableOf(item, at, diagnostics)
      if (cable !== undefined) cables.push(cable)
    })
  }
  return cables
}

// ---------------------------------------------------------------------------------------------
// CSV

/** Header spellings (after `normalizeHeader`) of each thing a cable CSV row gives, per side. */
const CSV_SIDE = {
  device: ['side_{s}_device', 'device_{s}', 'side_{s}'],
  type: ['side_{s}_type'],
  name: ['side_{s}_name', 'termination_{s}'],
  site: ['side_{s}_site', 'site_{s}'],
} as const

/**
 * Reads NetBox's cable CSV: the import format (`side_a_device`, `side_a_type`, `side_a_name`,
 * `side_a_site`, the same for B, `status`, `type`, `label`) or the cable table as the UI exports
 * it (`Device A`, `Termination A`, `Site A`... in NetBox 3.3 and later; `Side A`,
 * `Termination A`... before). A table cell may list several terminations, separated by commas.
 */
export function readNetboxCablesCsv(text: string, file: string, diagnostics: Diagnostic[]): { cables: NetboxCable[]; typed: boolean } {
  const records: CsvRecord[] = []
  const problems: CsvProblem[] = []
  const tokenizer = new CsvTokenizer()
  tokenizer.push(text, records, problems)
  tokenizer.end(records, problems)
  for (const p of problems) diagnostics.push({ code: 'malformed_csv', severity: 'error', at: { file, line: p.line }, problem: p.problem })
  const header = records[0]
  if (header === undefined) return { cables: [], typed: true }
  const index = new Map<string, number>()
  header.cells.forEach((c, i) => {
    const h = normalizeHeader(c)
    if (!index.has(h)) index.set(h, i)
  })
  const column = (names: readonly string[], side: 'a' | 'b'): number | undefined => {
    for (const n of names) {
      const i = index.get(n.replace('{s}', side))
      if (i !== undefined) return i
    }
    return undefined
  }
  const cols = (['a', 'b'] as const).map((s) => ({
    device: column(CSV_SIDE.device, s), type: column(CSV_SIDE.type, s), name: column(CSV_SIDE.name, s), site: column(CSV_SIDE.site, s),
  }))
  for (const [i, s] of (['a', 'b'] as const).entries()) {
    if (cols[i]!.device !== undefined) continue
    diagnostics.push({ code: 'missing_column', severity: 'error', at: { file, line: header.line }, column: `side_${s}_device`, expected: [`side_${s}_device`, `Device ${s.toUpperCase()}`, `Side ${s.toUpperCase()}`] })
  }
  if (cols.some((c) => c.device === undefined)) return { cables: [], typed: true }
  const typed = cols.every((c) => c.type !== undefined)
  const status = index.get('status')
  const type = index.get('type')
  const label = index.get('label')
  const cables: NetboxCable[] = []
  const width = header.cells.length
  for (let r = 1; r < records.length; r++) {
    const rec = records[r]!
    if (rec.cells.length === 1 && rec.cells[0]!.trim() === '') continue
    const at: SourceLocation = { file, line: rec.line }
    if (rec.cells.length !== width) {
      diagnostics.push({ code: 'malformed_csv', severity: 'error', at, problem: 'field_count', expected: width, got: rec.cells.length })
      continue
    }
    const cell = (i: number | undefined) => (i === undefined ? '' : rec.cells[i]!.trim())
    const sides: NetboxCableTermination[][] = []
    for (const c of cols) {
      const site = cell(c.site) || undefined
      // The import format names one termination per side, of a given type; the table lists every
      // termination of a side, separated by commas (a breakout cable), and does not say their type.
      // A circuit's end is named by its circuit, not a device: it is left out (as `other`).
      const kind: TerminationKind = typed ? OBJECT_TYPES[cell(c.type).toLowerCase()] ?? 'other' : 'untyped'
      const devices = typed ? [cell(c.device)] : cell(c.device).split(',').map((d) => d.trim())
      const names = typed ? [cell(c.name)] : cell(c.name).split(',').map((n) => n.trim())
      sides.push(devices.filter((d) => d !== '' && d !== '\u2014').map((name, k) => ({
        kind: kind === 'circuit' ? 'other' : kind,
        name: names[k] ?? names[0] ?? '',
        device: defined({ key: `name:${site ?? ''}/${name}`, name, site }) as NetboxCableDevice,
      })))
    }
    const empty = sides.findIndex((s) => s.length === 0)
    // A power feed ends on a power panel, not a device: the cable is skipped as a power cable anyway.
    if (empty >= 0 && !sides.flat().some((t) => t.kind === 'power' || t.kind === 'other')) {
      const s = empty === 0 ? 'a' : 'b'
      diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: typed ? `side_${s}_device` : `Device ${s.toUpperCase()}`, value: '', expected: 'the name of the device the cable ends on' })
      continue
    }
    cables.push(defined({
      a: sides[0]!, b: sides[1]!, at,
      status: cell(status).toLowerCase() || undefined,
      type: cell(type) || undefined,
      label: cell(label) || undefined,
    }) as NetboxCable)
  }
  return { cables, typed }
}

// ---------------------------------------------------------------------------------------------
// Cables → topology

/** Patch panels a `patch_paths_unresolved` warning names before it says "…". */
const PANEL_EXAMPLES = 3
/** Device names a `duplicate_device_name` warning names. */
const NAME_EXAMPLES = 5

/** Why a cable carries no traffic between devices, or undefined when it may. */
function skipReason(cable: NetboxCable): CableSkipReason | undefined {
  if (cable.status === 'planned') return 'planned'
  const kinds = [...cable.a, ...cable.b].map((t) => t.kind)
  // The table export does not type its ends; its cable type still tells a power cable.
  if (kinds.includes('power') || /^power\b/i.test(cable.type ?? '')) return 'power'
  if (kinds.includes('console')) return 'console'
  if (kinds.includes('other')) return 'other'
  return undefined
}

/** The key of a port: its device (or circuit), kind and name. */
function portKey(t: NetboxCableTermination): string {
  if (t.circuit !== undefined) return `circuit\0${t.circuit.provider ?? ''}\0${t.circuit.cid}\0${t.name}`
  return `${t.device!.key}\0${t.kind}\0${t.name}`
}

/** The node a cable end stands for: its device's, or its circuit's. */
function nodeKey(t: NetboxCableTermination): string {
  return t.circuit !== undefined ? `circuit\0${t.circuit.provider ?? ''}\0${t.circuit.cid}` : t.device!.key
}

/**
 * Turns cables into a topology of devices (and circuits). Cables between ports of two devices
 * link the devices; a path through patch panels (front and rear ports) links the devices at its
 * ends when the answer tells which front port leads to which rear port: the one of the same name,
 * the panel's only one, or, entering a panel from the rear, the front port of the same name as the
 * one the path came in by on the panel before (the same position). A circuit is a node of its own
 * (the provider's network, whose equipment the inventory does not know), linked to the devices
 * cabled to its A and Z ends. Planned cables are not there yet, and power and console cables
 * carry no traffic: they are counted in one `cables_skipped` warning.
 */
export function toCableTopology(cables: readonly NetboxCable[], network: string, file: string, limits: TopologyLimits, diagnostics: Diagnostic[]): ReturnType<TopologyBuilder['build']> {
  const skipped: Partial<Record<CableSkipReason, number>> = {}
  let firstSkipped: SourceLocation | undefined
  const kept: NetboxCable[] = []
  for (const c of cables) {
    const reason = skipReason(c)
    if (reason === undefined) kept.push(c)
    else {
      skipped[reason] = (skipped[reason] ?? 0) + 1
      firstSkipped ??= c.at
    }
  }
  if (firstSkipped !== undefined) diagnostics.push({ code: 'cables_skipped', severity: 'warning', at: firstSkipped, reasons: skipped })

  // Ports and what each is cabled to; patch panel ports by device and name.
  const peers = new Map<string, { port: NetboxCableTermination; cable: NetboxCable }[]>()
  const panelPorts = new Map<string, { front: Map<string, NetboxCableTermination>; rear: Map<string, NetboxCableTermination> }>()
  const link = (p: NetboxCableTermination, q: NetboxCableTermination, cable: NetboxCable) => {
    const list = peers.get(portKey(p))
    if (list === undefined) peers.set(portKey(p), [{ port: q, cable }])
    else list.push({ port: q, cable })
  }
  for (const c of kept) {
    for (const p of c.a) for (const q of c.b) {
      link(p, q, c)
      link(q, p, c)
    }
    for (const t of [...c.a, ...c.b]) {
      if (t.kind !== 'front_port' && t.kind !== 'rear_port') continue
      let panel = panelPorts.get(t.device!.key)
      if (panel === undefined) panelPorts.set(t.device!.key, panel = { front: new Map(), rear: new Map() })
      ;(t.kind === 'front_port' ? panel.front : panel.rear).set(t.name, t)
    }
  }

  // Node ids: device names, told apart by NetBox's id where two devices share a name.
  const devicesByName = new Map<string, Set<string>>()
  const names = new Map<string, NetboxCableDevice>()
  const circuits = new Map<string, { cid: string; provider?: string }>()
  const firstAt = new Map<string, SourceLocation>()
  const isEnd = (t: NetboxCableTermination) => t.kind === 'interface' || t.kind === 'untyped' || t.kind === 'circuit'
  for (const c of kept) {
    for (const t of [...c.a, ...c.b]) {
      if (!isEnd(t)) continue
      if (!firstAt.has(nodeKey(t))) firstAt.set(nodeKey(t), c.at)
      if (t.circuit !== undefined) {
        circuits.set(nodeKey(t), t.circuit)
        continue
      }
      const d = t.device!
      if (names.has(d.key)) continue
      names.set(d.key, d)
      const name = d.name ?? `netbox-${d.id ?? ''}`
      const set = devicesByName.get(name)
      if (set === undefined) devicesByName.set(name, new Set([d.key]))
      else set.add(d.key)
    }
  }
  const shared = [...devicesByName].filter(([, keys]) => keys.size > 1).map(([name]) => name)
  if (shared.length > 0) {
    diagnostics.push({ code: 'duplicate_device_name', severity: 'warning', at: { file }, names: shared.slice(0, NAME_EXAMPLES), count: shared.length })
  }
  // Nodes in the order the file first names them.
  const idOf = new Map<string, { id: string; name: string; site?: string }>()
  for (const key of firstAt.keys()) {
    const c = circuits.get(key)
    if (c !== undefined) {
      idOf.set(key, { id: `circuit/${c.provider === undefined ? '' : `${c.provider}/`}${c.cid}`, name: c.cid })
      continue
    }
    const d = names.get(key)!
    const name = d.name ?? `netbox-${d.id ?? ''}`
    const suffix = d.id ?? d.site ?? ''
    idOf.set(key, defined({ id: shared.includes(name) ? `${name}#${suffix}` : name, name, site: d.site }) as { id: string; name: string; site?: string })
  }

  const builder = new TopologyBuilder(network, file, limits, diagnostics)
  for (const [key, n] of idOf) {
    if (builder.full) break
    const circuit = circuits.get(key)
    const fields = circuit !== undefined
      ? { label: circuit.provider === undefined ? circuit.cid : `${circuit.cid} (${circuit.provider})` }
      : defined({ label: n.id === n.name ? undefined : n.name, site: n.site, devices: [n.name] })
    builder.addNode(n.id, fields, firstAt.get(key) ?? { file })
  }

  // Follows a cable end through patch panels to the ports that carry traffic.
  const unresolved = { ports: new Set<string>(), panels: new Set<string>(), at: undefined as SourceLocation | undefined }
  const follow = (port: NetboxCableTermination, cameBy: string | undefined, seen: Set<string>, out: NetboxCableTermination[], at: SourceLocation) => {
    const key = portKey(port)
    if (seen.has(key)) return
    seen.add(key)
    if (isEnd(port)) {
      out.push(port)
      return
    }
    const panel = panelPorts.get(port.device!.key)!
    // A front port leads to one rear port; a rear port (of several positions) to one or more front ports.
    let through: NetboxCableTermination | undefined
    let by = cameBy
    const onlyRear = panel.rear.size === 1 ? [...panel.rear.values()][0] : undefined
    if (port.kind === 'front_port') {
      through = panel.rear.get(port.name) ?? onlyRear
      by = port.name
    } else {
      through = panel.front.get(port.name)
      if (through === undefined && onlyRear !== undefined) {
        through = panel.front.size === 1 ? [...panel.front.values()][0] : cameBy === undefined ? undefined : panel.front.get(cameBy)
      }
    }
    if (through === undefined) {
      // A panel port with nothing cabled behind it ends the path; one with several candidates leaves it unknown.
      const others = port.kind === 'front_port' ? panel.rear : panel.front
      if (others.size > 0) {
        unresolved.ports.add(key)
        unresolved.at ??= at
        unresolved.panels.add(port.device!.name ?? port.device!.key)
      }
      return
    }
    seen.add(portKey(through))
    for (const next of peers.get(portKey(through)) ?? []) follow(next.port, by, seen, out, at)
  }

  const linked = new Set<string>()
  for (const c of kept) {
    if (builder.full) break
    for (const [p, q] of c.a.flatMap((p) => c.b.map((q) => [p, q] as const))) {
      // A path is followed from the first traffic-carrying port it meets, so each is walked once per direction.
      const starts = isEnd(p) ? [[p, q]] : isEnd(q) ? [[q, p]] : []
      for (const [from, to] of starts) {
        const ends: NetboxCableTermination[] = []
        follow(to!, undefined, new Set([portKey(from!)]), ends, c.at)
        for (const end of ends) {
          const a = idOf.get(nodeKey(from!))!.id
          const b = idOf.get(nodeKey(end))!.id
          const pair = a < b ? `${a}\0${b}` : `${b}\0${a}`
          if (linked.has(pair)) continue
          linked.add(pair)
          builder.addLink(a, b, defined({ label: c.label }), c.at, [from!.name, end.name])
        }
      }
    }
  }
  if (unresolved.ports.size > 0 && unresolved.at !== undefined) {
    diagnostics.push({ code: 'patch_paths_unresolved', severity: 'warning', at: unresolved.at, ports: unresolved.ports.size, panels: [...unresolved.panels].slice(0, PANEL_EXAMPLES), panelCount: unresolved.panels.size })
  }
  return builder.build()
}

/**
 * Parses NetBox's or Nautobot's cables (the `/api/dcim/cables/` JSON answer, or NetBox's CSV
 * export of the cable list) into a topology of one network whose nodes are the devices cabled
 * together, named by their NetBox names so that a NetBox device list given as the inventory puts
 * each device on its node.
 *
 * @example
 * const { topology } = parseNetboxCables(await (await fetch(`${netbox}/api/dcim/cables/?limit=0`)).text(), { file: 'cables.json' })
 */
export function parseNetboxCables(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  const network = networkOf('topology/parseNetboxCables', source)
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const file = source.file
  if (tooLarge(text, file, limits, diagnostics)) {
    return { topology: emptyTopology(network), diagnostics }
  }
  const first = /\S/.exec(text.replace(/^\ufeff/, ''))?.[0]
  let cables: NetboxCable[]
  if (first === '{' || first === '[') cables = readNetboxCablesJson(text, file, diagnostics)
  else {
    const read = readNetboxCablesCsv(text, file, diagnostics)
    cables = read.cables
    if (!read.typed && cables.length > 0) diagnostics.push({ code: 'cable_ends_untyped', severity: 'warning', at: { file, line: 1 }, cables: cables.length })
  }
  const topology = toCableTopology(cables, network, file, limits, diagnostics)
  return { topology, diagnostics: sortDiagnostics(diagnostics) }
}
