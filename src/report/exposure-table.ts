/**
 * The exposure table for a terminal: a header row, then one row per flow with its ends and nodes
 * by label (`formatExposureRow` in exposure.ts is the older row without them).
 */
import type { Topology } from '../domain/topology.js'
import type { NodePlacement } from '../exposure/node-trust.js'
import type { ExposureSummary, FlowExposure } from '../exposure/types.js'
import { cutWidth, displayWidth, fitWidth, showControls } from '../util/text-width.js'
import { formatMbits } from './mbits.js'

/** A node's name for people: its label with its id, or its id. */
export type NodeNamer = (id: string) => string

/**
 * Names nodes as `Label (id)`: the label says where the node is, the id (without the network
 * prefix when only one network is loaded) keeps two nodes of one label apart and is what the user
 * types to name the node. A node without a label keeps its id.
 * @example
 * buildNodeNamer(topology)('Chinanet:28') // 'Guangzhou (28)'
 */
export function buildNodeNamer(topology: Topology): NodeNamer {
  const single = new Set(topology.nodes.map((n) => n.network)).size <= 1
  const names = new Map<string, string>()
  for (const n of topology.nodes) {
    const colon = n.id.indexOf(':')
    const shortId = single && colon >= 0 && n.network !== undefined && n.id.startsWith(`${n.network}:`) ? n.id.slice(colon + 1) : n.id
    names.set(n.id, n.label === undefined || n.label === shortId ? shortId : `${n.label} (${shortId})`)
  }
  return (id) => names.get(id) ?? id
}

const pct = (x: number): string => `${(x * 100).toFixed(x > 0 && x < 0.001 ? 2 : 1)}%`
const num = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 2 })

/**
 * The widths of the flow id and end columns of an exposure table (see `exposureTableWidths`), and
 * of the whole line when it is shown on a terminal (a longer line is cut with "…" rather than wrap).
 */
export type ExposureTableWidths = { id: number; end: number; line?: number; clean?: number }

/** Widest flow id and end name shown whole; longer ones are cut with "…" so the columns stay aligned. */
const MAX_ID = 28
const MAX_END = 40
const WIDTH = { volume: 10, exposed: 8, clean: 22 } as const

/**
 * How a narrow terminal shrinks the columns, in this order: first, to leave `room` columns for the
 * nodes on the path, the flow id and end names down to a width that still names most nodes; then,
 * to keep the figures whole, them and the clean column's padding further.
 */
const SHRINK = [
  { room: 32, column: 'end', min: 20 }, { room: 32, column: 'id', min: 16 },
  { room: 0, column: 'end', min: 14 }, { room: 0, column: 'id', min: 10 },
  { room: 0, column: 'clean', min: 'clean (stretch)'.length }, { room: 0, column: 'end', min: 8 },
] as const

/** The column at which the figures (volume, exposed share, clean path) end. */
const figuresEnd = (w: ExposureTableWidths): number =>
  w.id + 2 + w.end + 2 + w.end + 1 + WIDTH.volume + 1 + WIDTH.exposed + 2 + (w.clean ?? WIDTH.clean)

/**
 * The widths for a terminal of `line` columns: the flow id and end columns (and the clean column's
 * padding) shrink so that the figures of a row stay on the screen, and some of the nodes after
 * them; what is cut is the end of that list. On a terminal too narrow even then, a row keeps its
 * figures and wraps.
 */
export function fitExposureTableWidths(w: ExposureTableWidths, line: number): ExposureTableWidths {
  const fit = { ...w, clean: w.clean ?? WIDTH.clean, line }
  for (const { room, column, min } of SHRINK) {
    while (figuresEnd(fit) > line - 1 - room && fit[column] > min) fit[column]--
  }
  return fit
}

/**
 * Column widths that fit the flow ids and the names of the nodes (up to a limit each). Flows that
 * are not a list (a sample drawn as it is read) are not read ahead: their ids get a common width.
 */
export function exposureTableWidths(flows: Iterable<{ id: string }>, name: NodeNamer, nodes: readonly string[]): ExposureTableWidths {
  let id = 'flow'.length
  let end = 'from'.length
  if (Array.isArray(flows)) for (const f of flows as readonly { id: string }[]) id = Math.max(id, displayWidth(showControls(f.id)))
  else id = 20
  for (const n of nodes) end = Math.max(end, displayWidth(showControls(name(n))))
  return { id: Math.min(id, MAX_ID), end: Math.min(end, MAX_END) }
}

// Padded and cut by terminal columns: a label in Chinese or Japanese takes two a character.
const fit = fitWidth

const row = (w: ExposureTableWidths, cells: { id: string; src: string; dst: string; volume: string; exposed: string; clean: string; rest: string }): string => {
  // Flow ids and node labels come from files anyone may have shaped: their escape sequences and
  // bidirectional controls are shown, not sent to the terminal.
  const line = (`${fit(showControls(cells.id), w.id)}  ${fit(showControls(cells.src), w.end)}  ${fit(showControls(cells.dst), w.end)} ${cells.volume.padStart(WIDTH.volume)} ` +
    `${cells.exposed.padStart(WIDTH.exposed)}  ${cells.clean.padEnd(w.clean ?? WIDTH.clean)} ${showControls(cells.rest)}`).trimEnd()
  // Cut past the terminal's width, but never into the figures (see fitExposureTableWidths).
  const cut = w.line === undefined ? undefined : Math.max(w.line - 1, figuresEnd(w))
  return (cut !== undefined && displayWidth(line) > cut + 1 ? `${cutWidth(line, cut)}…` : line) + '\n'
}

/** The header row of the exposure table. */
export function formatExposureTableHeader(w: ExposureTableWidths): string {
  return row(w, { id: 'flow', src: 'from', dst: 'to', volume: 'volume', exposed: 'exposed', clean: 'clean (stretch)', rest: 'untrusted (or unknown) on path; fix' })
}

/**
 * One row per flow: ends, volume, exposed share, clean path, the worst untrusted nodes and the
 * cheapest fix. A flow whose ends are not connected says so, rather than show 0% exposed.
 * Unknown nodes on the paths follow the untrusted ones, marked `unknown`, when paths treat them
 * as untrusted (`unknownAs`, the default): a flow exposed only by them named no node at all.
 * An untrusted node to confirm (see `NodePlacement.toConfirm`) is marked `to confirm`, and one
 * untrusted only through waived devices (`NodePlacement.waived`) `waived`.
 */
export function formatExposureTableRow(f: FlowExposure, name: NodeNamer, w: ExposureTableWidths, unknownAs: 'untrusted' | 'trusted' = 'untrusted'): string {
  if (f.routedMetric === null) {
    return row(w, { id: f.id, src: name(f.src), dst: name(f.dst), volume: formatMbits(f.volume), exposed: 'no path', clean: 'none', rest: 'not routed: its ends are not connected' })
  }
  const nodes = [
    // A node untrusted only through devices to confirm may hold no listed maker's equipment: say so.
    // A waiver is a compliance decision: the traffic still crosses the node, marked as waived.
    ...f.untrusted.map((n) => `${n.toConfirm === true ? 'to confirm ' : ''}${n.waived === true ? 'waived ' : ''}${name(n.node)} ${pct(n.share)}`),
    ...(unknownAs === 'untrusted' ? f.unknown.map((n) => `unknown ${name(n.node)} ${pct(n.share)}`) : []),
  ]
  const worst = nodes.slice(0, 2).join(', ') + (nodes.length > 2 ? ', …' : '')
  const clean = f.clean.exists ? `${num(f.clean.metric)}${f.clean.stretch !== null ? ` (x${f.clean.stretch.toFixed(2)})` : ''}` : 'none'
  const fix = f.cheapestFix === null ? 'no fix' : f.cheapestFix.nodes.length === 0 ? '' : `fix: ${f.cheapestFix.nodes.map(name).join(', ')}`
  return row(w, {
    id: f.id, src: name(f.src), dst: name(f.dst), volume: formatMbits(f.volume), exposed: pct(f.exposedShare), clean,
    rest: [worst, fix].filter((s) => s !== '').join('; '),
  })
}

/**
 * The summary and placements with node ids replaced by their names, for the text summary
 * (`formatExposureSummary` prints `node` as it is). JSON output keeps the ids.
 */
export function nameSummaryNodes(summary: ExposureSummary, placements: readonly NodePlacement[], name: NodeNamer): { summary: ExposureSummary; placements: NodePlacement[] } {
  return {
    summary: {
      ...summary,
      untrustedNodes: summary.untrustedNodes.map((n) => ({ ...n, node: name(n.node) })),
      unknownNodes: summary.unknownNodes.map((n) => ({ ...n, node: name(n.node) })),
      ...(summary.devicesToConfirm === undefined ? {} : { devicesToConfirm: summary.devicesToConfirm.map((d) => ({ ...d, node: name(d.node) })) }),
      ...(summary.waivedDevices === undefined ? {} : { waivedDevices: summary.waivedDevices.map((d) => ({ ...d, node: name(d.node) })) }),
    },
    placements: placements.map((p) => ({ ...p, node: name(p.node) })),
  }
}
