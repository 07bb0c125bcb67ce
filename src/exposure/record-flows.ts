import type { Diagnostic, WithDiagnostics } from '../diagnostics/diagnostic.js'
import type { Flow } from '../domain/topology.js'
import type { FlowRecords } from '../topology/import/flow-records.js'
import { canonicalAddress, type PrefixTable } from './address-prefixes.js'
import type { DeviceEndMatch } from './node-trust.js'

/** Options of `toRecordFlows`. */
export type ToRecordFlowsOptions = {
  /** The node of an inventory device whose address this is (`FlowEndDevices.resolve`). */
  devices?: ((address: string) => DeviceEndMatch) | undefined
  /** The prefix table, and the node id each of its rows' nodes is (`validatePrefixNodes`). */
  prefixes?: { table: PrefixTable; nodes: ReadonlyMap<string, string> } | undefined
  /**
   * The name a flow id gives a node (`buildPairNames`: its label where no other node has it, as
   * `all-pairs` flows name their ends); its id when not given.
   */
  names?: ((node: string) => string) | undefined
}

/**
 * The flows a flow log measured, one per source node, destination node and class: each address
 * is placed on the node of the inventory device it belongs to, else on the node of the longest
 * prefix of the table that holds it; the class is that of the prefixes of its ends (`flowClass`).
 * When the table gives some prefixes a class, the flows whose ends give none are ordinary traffic
 * of the capture, not sensitive flows: they are left out, with one `unclassified_flows` warning
 * that counts them and their bytes (a table that gives no class at all counts every flow).
 * A flow's volume is its bytes × 8 / the time all the records span / 10⁶, in Mbit/s, so that every
 * flow is averaged over the same capture (as nfdump's summary gives its average bps); a span of
 * zero is taken as one second, with a `flow_records_no_span` warning. An address placed nowhere is
 * one `unknown_address` warning, with its records and bytes, the most bytes first; an address that
 * devices on several nodes give is no device's to place by, but one `shared_device_address` warning
 * that names those nodes and the prefix's node it went to, if any (else its records are left out). A flow is named `src>dst` (by `names`), with its
 * class after it in brackets (`berlin>paris [secret]`); `lines` gives the line of its first record.
 *
 * @example
 * const { value } = toRecordFlows(records, { prefixes: { table, nodes } })
 * value.flows // [{ id: 'berlin>paris [secret]', src: 'berlin', dst: 'paris', volume: 0.1, class: 'secret' }]
 */
export function toRecordFlows(records: FlowRecords, options: ToRecordFlowsOptions = {}): WithDiagnostics<{ flows: Flow[]; lines: Map<string, number> }> {
  const diagnostics: Diagnostic[] = []
  const places = new Map<string, { node: string; class: string | undefined } | undefined>()
  const unknown = new Map<string, { line: number; records: number; bytes: number }>()
  /** Addresses of inventory devices that sit on no node. */
  const unplaced = new Set<string>()
  /** Addresses that devices on more than one node give, with those nodes and where the address went. */
  const shared = new Map<string, { nodes: string[]; placedOn: string | undefined; line: number; records: number; bytes: number }>()
  const place = (address: string): { node: string; class: string | undefined } | undefined => {
    if (places.has(address)) return places.get(address)
    const canonical = canonicalAddress(address) ?? address
    const entry = options.prefixes?.table.lookup(canonical)
    const byDevice = options.devices?.(canonical)
    let node: string | undefined
    if (byDevice?.kind === 'node') node = byDevice.node
    else if (entry !== undefined) node = options.prefixes!.nodes.get(entry.node)
    if (node === undefined && byDevice?.kind === 'unplaced') unplaced.add(address)
    if (byDevice?.kind === 'ambiguous') shared.set(address, { nodes: byDevice.matches, placedOn: node, line: Number.POSITIVE_INFINITY, records: 0, bytes: 0 })
    const out = node === undefined ? undefined : { node, class: entry?.class }
    places.set(address, out)
    return out
  }
  const seconds = records.span > 0 ? records.span : 1
  if (records.span <= 0 && records.records > 0) diagnostics.push({ code: 'flow_records_no_span', severity: 'warning', at: { file: records.file }, records: records.records })
  const flows = new Map<string, Flow & { bytes: number }>()
  const lines = new Map<string, number>()
  // A table that classes some prefixes tells the sensitive traffic from the rest of a capture:
  // pairs of nodes whose ends give no class are ordinary traffic, counted apart and left out.
  const classes = options.prefixes?.table.classes ?? []
  const unclassified = { pairs: new Set<string>(), bytes: 0, line: Number.POSITIVE_INFINITY }
  const name = options.names ?? ((node: string) => node)
  for (const pair of records.pairs.values()) {
    const src = place(pair.src)
    const dst = place(pair.dst)
    for (const [address, at] of [[pair.src, src], [pair.dst, dst]] as const) {
      const s = shared.get(address)
      if (s !== undefined) {
        s.records += pair.records
        s.bytes += pair.bytes
        s.line = Math.min(s.line, pair.line)
      }
      if (at !== undefined || s !== undefined) continue
      const u = unknown.get(address)
      if (u === undefined) unknown.set(address, { line: pair.line, records: pair.records, bytes: pair.bytes })
      else {
        u.records += pair.records
        u.bytes += pair.bytes
        u.line = Math.min(u.line, pair.line)
      }
    }
    if (src === undefined || dst === undefined) continue
    const cls = options.prefixes === undefined ? src.class ?? dst.class : options.prefixes.table.flowClass(src.class, dst.class)
    if (cls === undefined && classes.length > 0) {
      unclassified.pairs.add(`${src.node}>${dst.node}`)
      unclassified.bytes += pair.bytes
      unclassified.line = Math.min(unclassified.line, pair.line)
      continue
    }
    const id = `${name(src.node)}>${name(dst.node)}${cls === undefined ? '' : ` [${cls}]`}`
    const flow = flows.get(id)
    if (flow === undefined) {
      const f: Flow & { bytes: number } = { id, src: src.node, dst: dst.node, volume: 0, bytes: pair.bytes }
      if (cls !== undefined) f.class = cls
      flows.set(id, f)
      lines.set(id, pair.line)
    } else {
      flow.bytes += pair.bytes
      lines.set(id, Math.min(lines.get(id)!, pair.line))
    }
  }
  // The addresses that carry the most traffic first: those a prefix table most needs.
  for (const [address, u] of [...unknown].sort((a, b) => b[1].bytes - a[1].bytes || a[1].line - b[1].line)) {
    diagnostics.push({ code: 'unknown_address', severity: 'warning', at: { file: records.file, line: u.line }, address, records: u.records, bytes: u.bytes, prefixes: options.prefixes !== undefined, ...(unplaced.has(address) ? { unplacedDevice: true } : {}) })
  }
  for (const [address, s] of [...shared].sort((a, b) => b[1].bytes - a[1].bytes || a[1].line - b[1].line)) {
    diagnostics.push({ code: 'shared_device_address', severity: 'warning', at: { file: records.file, line: s.line }, address, nodes: s.nodes, ...(s.placedOn === undefined ? {} : { placedOn: s.placedOn }), records: s.records, bytes: s.bytes })
  }
  if (unclassified.pairs.size > 0) {
    diagnostics.push({
      code: 'unclassified_flows', severity: 'warning', at: { file: records.file, line: unclassified.line },
      flows: unclassified.pairs.size, bytes: unclassified.bytes, volume: (unclassified.bytes * 8) / seconds / 1e6, classes,
    })
  }
  const out: Flow[] = []
  for (const { bytes, ...flow } of flows.values()) out.push({ ...flow, volume: (bytes * 8) / seconds / 1e6 })
  return { value: { flows: out, lines }, diagnostics }
}

/** The addresses of a flow log, each once, as `FlowEndDevices` looks them up among the inventory's devices. */
export function recordAddresses(records: FlowRecords): Set<string> {
  const out = new Set<string>()
  for (const pair of records.pairs.values()) {
    out.add(canonicalAddress(pair.src) ?? pair.src)
    out.add(canonicalAddress(pair.dst) ?? pair.dst)
  }
  return out
}
