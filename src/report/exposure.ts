import type { Topology } from '../domain/topology.js'
import { displayWidth, fitWidth, showControls } from '../util/text-width.js'
import type { NodePlacement } from '../exposure/node-trust.js'
import type { ExposureSummary, FlowExposure } from '../exposure/types.js'
import type { LinkMetricInfo } from '../topology/graph.js'
import { csvLine } from './csv.js'
import { formatCount, pluralOf } from '../util/plural.js'
import { formatMbits } from './mbits.js'

const pct = (x: number): string => `${(x * 100).toFixed(x > 0 && x < 0.001 ? 2 : 1)}%`
const num = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 2 })

/** The summary of an exposure run in a few lines of text. */
export function formatExposureSummary(summary: ExposureSummary, placements: readonly NodePlacement[], unknownAs: string, skipped = 0): string {
  const count = (s: NodePlacement['status']) => placements.filter((p) => p.status === s).length
  let s = `${formatCount(summary.flows, 'flow')}` +
    (skipped > 0 ? ` (${num(skipped)} more of the list skipped, see the errors above)` : '') + `, ${formatMbits(summary.totalVolume)} Mbit/s of sensitive traffic: ${formatMbits(summary.exposedVolume)} Mbit/s (${pct(summary.exposedShare)}) ` +
    `crosses untrusted equipment${unknownAs === 'untrusted' ? ' (unknown nodes counted as untrusted)' : ''}.\n`
  // A node untrusted only through devices whose findings are to confirm may hold no listed maker's
  // equipment at all: the volume that crosses only such nodes calls for a site visit, not an order.
  if (summary.exposedVolumeToConfirm > 0) {
    s += `${formatMbits(summary.exposedVolumeToConfirm)} Mbit/s of it (${pct(summary.exposedVolumeToConfirm / summary.exposedVolume)}) crosses untrusted equipment only at nodes to confirm, ` +
      'whose untrusted devices rest on findings to confirm (a maker on weak evidence, a date the policy needs): confirm them before replacing.\n'
  }
  s += `${num(summary.flowsWithoutCleanPath)} ${pluralOf(summary.flowsWithoutCleanPath, 'flow has', 'flows have')} no clean path` +
    // Ends in parts no link joins: two networks given without --interconnect, most often.
    (summary.unroutedFlows > 0
      ? ` (${num(summary.unroutedFlows)} not routed at all: ${pluralOf(summary.unroutedFlows, 'its ends are', 'their ends are')} in parts of the topology ` +
        'that no link joins; join them (a link, or --interconnect between networks) or check the ends)'
      : '') + '.\n'
  const toConfirm = placements.filter((p) => p.status === 'untrusted' && p.toConfirm === true).length
  const waived = placements.filter((p) => p.status === 'untrusted' && p.waived === true).length
  const marks = [...(toConfirm > 0 ? [`${num(toConfirm)} to confirm`] : []), ...(waived > 0 ? [`${num(waived)} only through waived devices`] : [])]
  s += `Nodes: ${count('untrusted')} untrusted${marks.length > 0 ? ` (${marks.join(', ')})` : ''}, ${count('unknown')} unknown, ${count('trusted')} trusted` +
    // Unknown nodes on the paths are what an inventory of a part of the network leaves: say how to
    // count them the other way, rather than leave every flow without a clean path unexplained.
    (unknownAs === 'untrusted' && summary.unknownNodes.length > 0
      ? `; ${formatCount(summary.unknownNodes.length, 'unknown node')} on the flows' paths ${pluralOf(summary.unknownNodes.length, 'counts', 'count')} as untrusted (--unknown-as trusted counts them as clean)`
      : '') + '.\n'
  if (summary.untrustedNodes.length > 0) {
    s += 'Untrusted nodes by sensitive traffic crossing them, in Mbit/s:\n'
    const byNode = new Map(placements.map((p) => [p.node, p]))
    // Node names come from topology files: their escape sequences are shown, not sent to the terminal.
    const shown = summary.untrustedNodes.slice(0, 10)
    const width = Math.max(...shown.map((n) => displayWidth(showControls(n.node))))
    for (const n of shown) {
      const p = byNode.get(n.node)
      s += `  ${fitWidth(showControls(n.node), width)} ${formatMbits(n.volume).padStart(12)} in ${formatCount(n.flows, 'flow')}` +
        (p ? `  (${formatCount(p.untrustedCount, 'untrusted device')}: ${p.groups.join(', ')}${p.toConfirm === true ? '; to confirm' : ''}` +
          `${p.untrustedWaivedCount !== undefined ? `; ${p.waived === true ? (p.untrustedCount === 1 ? 'waived' : 'all waived') : `${num(p.untrustedWaivedCount)} waived`}` : ''})` : '') + '\n'
    }
    if (summary.untrustedNodes.length > 10) s += `  … and ${summary.untrustedNodes.length - 10} more\n`
  }
  const devices = summary.devicesToConfirm ?? []
  if (devices.length > 0) {
    s += 'Devices to confirm first (their nodes hold no other untrusted device), by sensitive traffic crossing their node, in Mbit/s:\n'
    const shown = devices.slice(0, TO_CONFIRM_SHOWN).map((d) => ({ ...d, device: showControls(d.device), node: showControls(d.node) }))
    const width = Math.max(...shown.map((d) => displayWidth(d.device)))
    const nodeWidth = Math.max(...shown.map((d) => displayWidth(d.node)))
    for (const d of shown) s += `  ${fitWidth(d.device, width)}  ${fitWidth(d.node, nodeWidth)} ${formatMbits(d.volume).padStart(12)} in ${formatCount(d.flows, 'flow')}\n`
    if (devices.length > TO_CONFIRM_SHOWN) s += `  … and ${devices.length - TO_CONFIRM_SHOWN} more\n`
  }
  // An exemption waives a finding until a day; the traffic crosses the device all the same.
  const waivedDevices = summary.waivedDevices ?? []
  if (waivedDevices.length > 0) {
    s += 'Waived devices on the flows\' paths (an exemption waives their findings until a day; the traffic above still crosses them), ' +
      'by sensitive traffic crossing their node, in Mbit/s:\n'
    const shown = waivedDevices.slice(0, TO_CONFIRM_SHOWN).map((d) => ({ ...d, device: showControls(d.device), node: showControls(d.node) }))
    const width = Math.max(...shown.map((d) => displayWidth(d.device)))
    const nodeWidth = Math.max(...shown.map((d) => displayWidth(d.node)))
    for (const d of shown) {
      s += `  ${fitWidth(d.device, width)}  ${fitWidth(d.node, nodeWidth)} ${formatMbits(d.volume).padStart(12)} in ${formatCount(d.flows, 'flow')}` +
        `  waived until ${d.until} (${showControls(d.reason)})\n`
    }
    if (waivedDevices.length > TO_CONFIRM_SHOWN) s += `  … and ${waivedDevices.length - TO_CONFIRM_SHOWN} more\n`
  }
  // Unknown nodes expose flows too when they count as untrusted: the list above leaves out the
  // volume they alone expose (a PoP of another operator behind an interconnect), so name the worst.
  if (unknownAs === 'untrusted' && summary.unknownNodes.length > 0) {
    s += 'Unknown nodes (no known equipment) by sensitive traffic crossing them, in Mbit/s:\n'
    const shown = summary.unknownNodes.slice(0, UNKNOWN_SHOWN).map((n) => ({ ...n, node: showControls(n.node) }))
    const width = Math.max(...shown.map((n) => displayWidth(n.node)))
    for (const n of shown) s += `  ${fitWidth(n.node, width)} ${formatMbits(n.volume).padStart(12)} in ${formatCount(n.flows, 'flow')}\n`
    if (summary.unknownNodes.length > UNKNOWN_SHOWN) s += `  … and ${summary.unknownNodes.length - UNKNOWN_SHOWN} more\n`
  }
  return s
}

/** Unknown nodes the text summary names; the JSON lists them all. */
const UNKNOWN_SHOWN = 5
/** Devices to confirm, and waived devices, the text summary names; the JSON lists them all (`summary.devicesToConfirm`, `summary.waivedDevices`). */
const TO_CONFIRM_SHOWN = 5

/** One line per flow for a terminal: exposure, the worst nodes, the clean path and the cheapest fix. */
export function formatExposureRow(f: FlowExposure): string {
  const worst = f.untrusted.slice(0, 2).map((n) => `${n.node} ${pct(n.share)}`).join(', ') + (f.untrusted.length > 2 ? ', …' : '')
  const clean = f.clean.exists ? `clean ${num(f.clean.metric)}${f.clean.stretch !== null ? ` (x${f.clean.stretch.toFixed(2)})` : ''}` : 'no clean path'
  const fix = f.cheapestFix === null ? 'no fix' : f.cheapestFix.nodes.length === 0 ? '' : `fix: ${f.cheapestFix.nodes.join(' ')}`
  return showControls(`${f.id.padEnd(30)} ${pct(f.exposedShare).padStart(6)}  ${clean.padEnd(22)} ${worst}${fix ? `  ${fix}` : ''}`.trimEnd()) + '\n'
}

/**
 * The columns of the exposure CSV: the flow as the flow list gives it (its class too), then what
 * routing found (with the share exposed only through nodes to confirm, and those nodes, and the
 * nodes untrusted only through waived devices), then the
 * labels of its ends (`Beijing`, where `src` is the node id `Chinanet:39`) and, longest, the routed
 * nodes with their shares: the labels and the routed nodes stay the last three columns.
 */
export const EXPOSURE_CSV_COLUMNS = [
  'id', 'src', 'dst', 'volume', 'class', 'routed_metric', 'exposed_share', 'untrusted', 'unknown', 'clean_exists', 'clean_metric', 'clean_stretch',
  'clean_path', 'fix_nodes', 'fix_cost', 'exposed_share_to_confirm', 'untrusted_to_confirm', 'untrusted_waived', 'src_label', 'dst_label', 'routed',
] as const

/**
 * One CSV line per flow, under a header of `EXPOSURE_CSV_COLUMNS` (lists joined with ";"; node
 * shares as node=share), as `trustpath exposure -f csv` writes it; `routed` is filled for flows
 * analysed with `routedNodes: true`.
 *
 * @example
 * const csv = EXPOSURE_CSV_COLUMNS.join(',') + '\n' + analysis.flows.map(formatExposureCsv).join('')
 */
export function formatExposureCsv(f: FlowExposure & { class?: string; srcLabel?: string; dstLabel?: string }): string {
  return csvLine([
    f.id, f.src, f.dst, f.volume, f.class ?? '', f.routedMetric ?? '', f.exposedShare,
    f.untrusted.map((n) => `${n.node}=${n.share}`).join(';'), f.unknown.map((n) => `${n.node}=${n.share}`).join(';'),
    String(f.clean.exists), f.clean.metric ?? '', f.clean.stretch ?? '', f.clean.path.join(';'),
    f.cheapestFix?.nodes.join(';') ?? '', f.cheapestFix?.cost ?? '',
    f.exposedShareToConfirm ?? 0, f.untrusted.filter((n) => n.toConfirm === true).map((n) => n.node).join(';'),
    f.untrusted.filter((n) => n.waived === true).map((n) => n.node).join(';'),
    f.srcLabel ?? '', f.dstLabel ?? '',
    f.routed?.map((n) => `${n.node}=${n.share}`).join(';') ?? '',
  ])
}

/** A GeoJSON feature of the exposure map (RFC 7946): a point or a line at [lon, lat], and what it stands for. */
export type ExposureFeature = {
  type: 'Feature'
  geometry: { type: 'Point'; coordinates: [number, number] } | { type: 'LineString'; coordinates: [number, number][] }
  /** `kind` says which: `node` (with its trust), `link` (with its metric), `routed-path` or `clean-path` (with the flow). */
  properties: { kind: 'node' | 'link' | 'routed-path' | 'clean-path' } & Record<string, unknown>
}

/** What `toExposureGeojson` returns: a GeoJSON FeatureCollection. */
export type ExposureGeojson = { type: 'FeatureCollection'; features: ExposureFeature[] }

/**
 * A GeoJSON FeatureCollection for a map: nodes (with their trust), links (with the metric rule
 * used), and for each flow its routed path and its clean path. Nodes without coordinates are
 * left out, and so are lines touching them.
 */
export function toExposureGeojson(
  topology: Topology,
  links: readonly LinkMetricInfo[],
  placements: readonly NodePlacement[],
  flows: readonly (FlowExposure & { routedPath?: string[] | null })[],
): ExposureGeojson {
  const where = new Map<string, [number, number]>()
  for (const n of topology.nodes) if (n.lat !== undefined && n.lon !== undefined) where.set(n.id, [n.lon, n.lat])
  const byNode = new Map(placements.map((p) => [p.node, p]))
  const line = (ids: readonly string[]): [number, number][] | undefined => {
    const coords = ids.map((id) => where.get(id))
    return coords.every((c) => c !== undefined) && coords.length >= 2 ? (coords as [number, number][]) : undefined
  }
  const features: ExposureFeature[] = []
  for (const n of topology.nodes) {
    const c = where.get(n.id)
    if (c === undefined) continue
    const p = byNode.get(n.id)
    features.push({
      type: 'Feature', geometry: { type: 'Point', coordinates: c },
      properties: {
        kind: 'node', id: n.id, label: n.label ?? null, network: n.network ?? null, status: p?.status ?? 'unknown',
        devices: p?.devices ?? 0, untrustedDevices: p?.untrustedCount ?? 0, groups: p?.groups ?? [],
        // Untrusted only through devices whose findings are to confirm: a map can draw it apart.
        ...(p?.untrustedToConfirm !== undefined ? { untrustedDevicesToConfirm: p.untrustedToConfirm } : {}),
        ...(p?.toConfirm === true ? { toConfirm: true } : {}),
        // Devices whose findings an exemption waives: the node stays untrusted, and a map can say why.
        ...(p?.untrustedWaived !== undefined ? { untrustedDevicesWaived: p.untrustedWaived } : {}),
        ...(p?.waived === true ? { waived: true } : {}),
      },
    })
  }
  for (const l of links) {
    const coords = line([l.a, l.b])
    if (coords === undefined) continue
    features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: coords }, properties: { kind: 'link', a: l.a, b: l.b, metric: l.metric, rule: l.rule } })
  }
  for (const f of flows) {
    const routed = f.routedPath ? line(f.routedPath) : undefined
    if (routed !== undefined) {
      features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: routed }, properties: { kind: 'routed-path', flow: f.id, exposedShare: f.exposedShare, metric: f.routedMetric } })
    }
    const clean = f.clean.exists ? line(f.clean.path) : undefined
    if (clean !== undefined) {
      features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: clean }, properties: { kind: 'clean-path', flow: f.id, metric: f.clean.metric, stretch: f.clean.stretch } })
    }
  }
  return { type: 'FeatureCollection', features }
}
