/**
 * LLDP and CDP neighbour tables as a topology: the devices that printed the tables and their
 * neighbours are the nodes, each adjacency a link. The tables are read by the inventory's readers
 * (inventory/lldp-text.ts, inventory/lldpd.ts), so that a node has the id the inventory gives the
 * device, and `identify`, `check` and `exposure` on the same file agree.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { hostPart, neighborKey, type NeighborRecord } from '../../inventory/lldp.js'
import { HUAWEI_PROMPT, isNeighborTableStart, NeighborTextReader } from '../../inventory/lldp-text.js'
import { isLldpdOutput, LldpdXmlParser, lldpdNeighbors } from '../../inventory/lldpd.js'
import type { RowSink } from '../../inventory/rows.js'
import { TopologyBuilder, emptyTopology } from './builder.js'
import { isObject, parseJsonText } from './json-text.js'
import { networkFromFile, networkOf, resolveLimits, sortDiagnostics, type ParseTopologyOptions, type TopologyResult, type TopologySource, tooLarge } from './source.js'

/** lldpd's JSON (`lldpcli -f json show neighbors details`, also `json0`): an object whose first key is `lldp`. */
const LLDPD_JSON = /^\s*\{\s*"lldp"\s*:/

/**
 * True when the start of a text (its first few KiB) is a neighbour table, told as the inventory
 * reader tells it: the entries of a neighbour command in the first lines (after Huawei's `<HUAWEI>`
 * or `[~HUAWEI]` prompt when the text starts with one), or lldpd's JSON.
 */
export function isNeighborTopologyStart(head: string): boolean {
  if (LLDPD_JSON.test(head)) return true
  const first = /\S/.exec(head)?.[0]
  if (first === '<' || first === '[') return HUAWEI_PROMPT.test(head) && isNeighborTableStart(head)
  return first !== '{' && isNeighborTableStart(head)
}

/** Where reading a neighbour table's records goes: `text`, lldpd's JSON or its XML. */
export type NeighborTableKind = 'text' | 'json' | 'xml'

/** The neighbour records of a table, whichever way it is written; problems go to `diagnostics`. */
function readRecords(text: string, file: string, kind: NeighborTableKind, diagnostics: Diagnostic[]): NeighborRecord[] {
  const records: NeighborRecord[] = []
  if (kind === 'text') {
    const reader = new NeighborTextReader(file, (r) => records.push(r))
    reader.push(text.replace(/^\ufeff/, ''), diagnostics)
    reader.end(diagnostics)
    return records
  }
  const add = (doc: Record<string, unknown>, at: SourceLocation): void => {
    for (const { neighbor, path } of lldpdNeighbors(doc)) records.push({ neighbor, at: { ...at, path } })
  }
  if (kind === 'xml') {
    // The XML reader reports its problems through an inventory sink; the devices it would hand to one are not wanted here.
    const sink: RowSink = { row: () => undefined, device: () => undefined, diagnostics }
    const parser = new LldpdXmlParser(file, add)
    parser.push(text, sink)
    parser.end(sink)
    return records
  }
  const parsed = parseJsonText(text, file, diagnostics)
  if (parsed === undefined) return records
  if (!isObject(parsed.value) || !isLldpdOutput(parsed.value)) {
    diagnostics.push({ code: 'malformed_json', severity: 'error', at: { file, line: 1 }, problem: 'expected lldpd\'s output, an object whose one key is "lldp" (lldpcli -f json show neighbors details)', wellFormed: true })
    return records
  }
  add(parsed.value, { file })
  return records
}

/**
 * The node of each device that printed a table: a prompt names it by its host name
 * (`acc-sw-07`), while its neighbours name it by the system name it sends, which often adds the
 * domain (`acc-sw-07.example.net`) or, in NX-OS's CDP, the serial number. The host is that
 * neighbour's node when exactly one neighbour's name has the same host part, so that the device
 * seen from both ends is one node; otherwise the host is a node of its own.
 */
function localNodes(records: readonly NeighborRecord[], locals: ReadonlySet<string>): Map<string, string> {
  const keys = new Set<string>()
  for (const r of records) {
    const key = neighborKey(r.neighbor)
    if (key !== undefined) keys.add(key)
  }
  const byHost = new Map<string, string[]>()
  for (const key of keys) {
    const host = hostPart(key)
    const same = byHost.get(host)
    if (same === undefined) byHost.set(host, [key])
    else same.push(key)
  }
  const out = new Map<string, string>()
  for (const local of locals) {
    const same = byHost.get(hostPart(local))
    out.set(local, keys.has(local) || same === undefined || same.length !== 1 ? local : same[0]!)
  }
  return out
}

/**
 * Parses neighbour tables into a topology of one network: the text of `show cdp neighbors
 * detail`, `show lldp neighbors detail`, `display lldp neighbor` and `lldpcli show neighbors
 * details` (several devices' outputs may follow each other in a saved session), or lldpd's JSON or
 * XML. Each device is a node, whose id (within the network) is the id the inventory reader gives it
 * and whose `devices` list names it, so that the inventory read from the same file places its
 * devices on their nodes. The device that printed a table is named by the prompt line before it
 * or lldpd's local chassis; a table that nothing names (lldpd's JSON and XML never do) is taken to
 * be the file's, named by its base name, with a `local_device_from_file` warning. A pair of devices
 * is one link, however many times and from whichever end the tables show it: the tables give no
 * metric, capacity or place, so parallel links would all be alike.
 *
 * @example
 * const { topology } = parseNeighborTopology('sw1#show cdp neighbors detail\nDevice ID: sw2\n', { file: 'site.txt' })
 * topology.links // [{ a: 'site:sw1', b: 'site:sw2' }]
 */
export function parseNeighborTopology(text: string, source: TopologySource, options: ParseTopologyOptions = {}, kind: NeighborTableKind = tableKind(text)): TopologyResult {
  const network = networkOf('topology/parseNeighborTopology', source)
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const file = source.file
  if (tooLarge(text, file, limits, diagnostics)) {
    return { topology: emptyTopology(network), diagnostics }
  }
  const records = readRecords(text, file, kind, diagnostics)
  // The file's base name stands for the device whose table no prompt names (one device's output per file).
  const fileDevice = networkFromFile(file)
  const unnamed = records.filter((r) => r.local === undefined)
  if (unnamed.length > 0) {
    const neighbors = new Set(unnamed.map((r) => neighborKey(r.neighbor))).size
    diagnostics.push({ code: 'local_device_from_file', severity: 'warning', at: unnamed[0]!.at, device: fileDevice, neighbors })
  }
  const nodes = localNodes(records, new Set(records.map((r) => r.local ?? fileDevice)))
  const builder = new TopologyBuilder(network, file, limits, diagnostics)
  const node = (id: string, at: SourceLocation): void => {
    if (!builder.hasNode(id)) builder.addNode(id, { devices: [id] }, at)
  }
  const pairs = new Set<string>()
  for (const r of records) {
    const neighbor = neighborKey(r.neighbor)
    if (neighbor === undefined) continue
    const local = nodes.get(r.local ?? fileDevice)!
    node(local, r.at)
    node(neighbor, r.at)
    const pair = local < neighbor ? `${local}\n${neighbor}` : `${neighbor}\n${local}`
    if (pairs.has(pair)) continue
    pairs.add(pair)
    builder.addLink(local, neighbor, {}, r.at, [local, neighbor])
    if (builder.full) break
  }
  return { topology: builder.build(), diagnostics: sortDiagnostics(diagnostics) }
}

/** The way a neighbour table is written, from its first character and XML root. */
function tableKind(text: string): NeighborTableKind {
  if (LLDPD_JSON.test(text.slice(0, 4096))) return 'json'
  return /^\ufeff?\s*<(?:\?|!|lldp[\s>])/.test(text) && !HUAWEI_PROMPT.test(text.replace(/^\ufeff/, '')) ? 'xml' : 'text'
}
