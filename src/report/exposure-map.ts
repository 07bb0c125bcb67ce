import type { Topology, TopologyNode } from '../domain/topology.js'
import type { NodePlacement } from '../exposure/node-trust.js'
import type { FlowExposureWithPath } from '../exposure/analyze.js'
import { escapeHtml } from './markup.js'

const COLOR = { untrusted: '#d92d20', unknown: '#98a2b3', trusted: '#12b76a' } as const
/** A node untrusted only through devices whose findings are to confirm: amber, between red and green. */
const TO_CONFIRM_COLOR = '#f79009'
const esc = escapeHtml

const FONT_SIZE = 11
/** Width of one character at FONT_SIZE, generous for proportional sans-serif fonts (digits and capitals are the widest). */
const CHAR_WIDTH = FONT_SIZE * 0.62
/** Longest label drawn; longer ones are cut with an ellipsis (the node's tooltip keeps the whole name). */
const MAX_LABEL = 28

/** A drawn label's box, for collision tests. */
type Box = { x0: number; y0: number; x1: number; y1: number }

/** A label as placed: its text position and anchor. */
export type PlacedLabel = { node: string; text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end'; box: Box }

/**
 * One small map per network as inline SVG (no tiles, no scripts): nodes coloured by trust, links,
 * each flow's routed path (red when exposed) and its clean path (dashed green). Equirectangular
 * with the longitude scaled by cos(latitude), which is fine at the scale of one country.
 *
 * Nodes a flow starts or ends at, or passes through, are drawn large; the others small. Labels
 * are placed most important first (flow ends, then nodes on paths, then untrusted nodes, then the
 * rest), each beside its node where it overlaps no other label or node and stays inside the
 * map; a label with no free place is left out, and its node's tooltip still names it.
 */
export function formatExposureMaps(
  topology: Topology, placements: readonly NodePlacement[], flows: readonly FlowExposureWithPath[], size = { width: 420, height: 420 },
): string {
  const status = new Map(placements.map((p) => [p.node, p.status]))
  // Untrusted for routing all the same; drawn apart so that a map tells "may be" from "is".
  const toConfirm = new Set(placements.filter((p) => p.status === 'untrusted' && p.toConfirm === true).map((p) => p.node))
  const ends = new Set<string>()
  const onPath = new Set<string>()
  for (const f of flows) {
    for (const path of [f.routedPath ?? undefined, f.clean.exists && f.exposedShare > 0 ? f.clean.path : undefined]) {
      if (path === undefined || path.length === 0) continue
      ends.add(path[0]!)
      ends.add(path[path.length - 1]!)
      for (const id of path) onPath.add(id)
    }
  }
  const svgs: string[] = []
  // Networks none of whose nodes has a place (the Topology Zoo's Internet2): said, not left blank.
  const unmapped: string[] = []
  for (const network of topology.networks) {
    const all = topology.nodes.filter((n) => n.network === network)
    const nodes = all.filter((n) => n.lat !== undefined && n.lon !== undefined)
    if (nodes.length === 0) {
      if (all.length > 0) unmapped.push(network)
      continue
    }
    const missing = all.length - nodes.length
    const caption = missing === 0 ? esc(network) : `${esc(network)} · ${missing} ${missing === 1 ? 'node' : 'nodes'} without coordinates not drawn`
    const lats = nodes.map((n) => n.lat!)
    const lons = nodes.map((n) => n.lon!)
    const midLat = (Math.min(...lats) + Math.max(...lats)) / 2
    const k = Math.cos((midLat * Math.PI) / 180)
    const x0 = Math.min(...lons) * k
    const x1 = Math.max(...lons) * k
    const y0 = Math.min(...lats)
    const y1 = Math.max(...lats)
    const pad = 30
    const scale = Math.min((size.width - 2 * pad) / Math.max(x1 - x0, 1e-6), (size.height - 2 * pad) / Math.max(y1 - y0, 1e-6))
    // A network wider than high gets a lower map (at least half as high as wide, for its labels);
    // one narrower than the map sits in its middle.
    const height = Math.min(size.height, Math.max(size.width / 2, Math.ceil((y1 - y0) * scale + 2 * pad)))
    const dx = (size.width - 2 * pad - (x1 - x0) * scale) / 2
    const dy = (height - 2 * pad - (y1 - y0) * scale) / 2
    const where = new Map(nodes.map((n) => [n.id, [pad + dx + (n.lon! * k - x0) * scale, height - pad - dy - (n.lat! - y0) * scale] as const]))
    const polyline = (ids: readonly string[]) => ids.map((id) => where.get(id)).filter((p) => p !== undefined).map((p) => `${p[0].toFixed(1)},${p[1].toFixed(1)}`).join(' ')
    let body = ''
    for (const l of topology.links) {
      const a = where.get(l.a)
      const b = where.get(l.b)
      if (a && b) body += `<line x1="${a[0].toFixed(1)}" y1="${a[1].toFixed(1)}" x2="${b[0].toFixed(1)}" y2="${b[1].toFixed(1)}" stroke="#d0d5dd" stroke-width="1.5"/>`
    }
    // A path is drawn where it runs through this map: the stretches between nodes of this network
    // with coordinates. A flow to another operator's network (over an interconnect), or through a
    // node without coordinates, was not drawn at all, though its exposure is what the map is for.
    const drawn = (path: readonly string[]): string[][] => {
      const runs: string[][] = [[]]
      for (const id of path) {
        if (where.has(id)) runs[runs.length - 1]!.push(id)
        else if (runs[runs.length - 1]!.length > 0) runs.push([])
      }
      return runs.filter((run) => run.length >= 2)
    }
    for (const f of flows) {
      for (const run of f.routedPath ? drawn(f.routedPath) : []) {
        body += `<polyline points="${polyline(run)}" fill="none" stroke="${f.exposedShare > 0 ? COLOR.untrusted : COLOR.trusted}" stroke-width="3" stroke-opacity="0.55"><title>${esc(f.id)}: routed, ${(f.exposedShare * 100).toFixed(0)}% exposed</title></polyline>`
      }
      for (const run of f.clean.exists && f.exposedShare > 0 ? drawn(f.clean.path) : []) {
        body += `<polyline points="${polyline(run)}" fill="none" stroke="${COLOR.trusted}" stroke-width="2" stroke-dasharray="6 4"><title>${esc(f.id)}: clean path, stretch ${f.clean.stretch?.toFixed(2) ?? '-'}</title></polyline>`
      }
    }
    const radius = (n: TopologyNode) => (onPath.has(n.id) ? 6 : nodes.length > 60 ? 3 : 4)
    for (const n of nodes) {
      const [x, y] = where.get(n.id)!
      const s = status.get(n.id) ?? 'unknown'
      const confirm = toConfirm.has(n.id)
      body += `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${radius(n)}" fill="${confirm ? TO_CONFIRM_COLOR : COLOR[s]}" stroke="#fff" stroke-width="1">` +
        `<title>${esc(n.label ?? n.id)} (${s}${confirm ? ', to confirm: its untrusted devices rest on findings to confirm' : ''})</title></circle>`
    }
    const labels = placeLabels(nodes.map((n) => {
      const [x, y] = where.get(n.id)!
      const rank = ends.has(n.id) ? 0 : onPath.has(n.id) ? 1 : status.get(n.id) === 'untrusted' ? 2 : 3
      return { id: n.id, text: n.label ?? n.id, x, y, r: radius(n), rank }
    }), { width: size.width, height })
    for (const l of labels) {
      body += `<text x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}" font-size="${FONT_SIZE}"${l.anchor === 'start' ? '' : ` text-anchor="${l.anchor}"`}>${esc(l.text)}</text>`
    }
    svgs.push(`<figure class="map"><svg width="${size.width}" height="${height}" viewBox="0 0 ${size.width} ${height}" role="img" aria-label="${esc(mapLabel(network, nodes.map((n) => status.get(n.id) ?? 'unknown')))}">${body}</svg><figcaption>${caption}</figcaption></figure>`)
  }
  const none = unmapped.length === 0 ? '' : `<p class="legend">No map of ${unmapped.map(esc).join(', ')}: ` +
    `${unmapped.length === 1 ? 'none of its nodes has' : 'none of their nodes has'} coordinates (a latitude and longitude in the topology file); the tables name ${unmapped.length === 1 ? 'its' : 'their'} nodes.</p>`
  if (svgs.length === 0) return none
  return `${none}<div class="maps">${svgs.join('')}</div><p class="legend"><span style="color:${COLOR.untrusted}">●</span> untrusted ` +
    (toConfirm.size > 0 ? `<span style="color:${TO_CONFIRM_COLOR}">●</span> untrusted, to confirm (weak evidence of the maker or a missing date: confirm before replacing) ` : '') +
    `<span style="color:${COLOR.unknown}">●</span> unknown <span style="color:${COLOR.trusted}">●</span> trusted · ` +
    'thick lines: routed paths (red when exposed) · dashed: clean paths · large dots: nodes on a path · ' +
    'names that do not fit are in the dots\' tooltips</p>'
}

/** A label's text: long names are cut with an ellipsis. */
function labelText(text: string): string {
  const t = text.trim()
  return t.length <= MAX_LABEL ? t : `${t.slice(0, MAX_LABEL - 1).trimEnd()}…`
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1

/**
 * Places node labels greedily, most important first (lower `rank`, then the given order): at the
 * first of eight positions around the node where the label stays inside the map and overlaps no
 * node and no label already placed. Labels with no free position are left out.
 */
export function placeLabels(
  points: readonly { id: string; text: string; x: number; y: number; r: number; rank: number }[],
  size: { width: number; height: number },
): PlacedLabel[] {
  const dots: Box[] = points.map((p) => ({ x0: p.x - p.r, y0: p.y - p.r, x1: p.x + p.r, y1: p.y + p.r }))
  const order = points.map((_, i) => i).sort((a, b) => points[a]!.rank - points[b]!.rank || a - b)
  const placed: PlacedLabel[] = []
  const ascent = FONT_SIZE * 0.8
  const descent = FONT_SIZE * 0.25
  for (const i of order) {
    const p = points[i]!
    const text = labelText(p.text)
    if (text === '') continue
    const w = text.length * CHAR_WIDTH
    const gap = p.r + 3
    // Baseline positions: right, left, above, below, then the four corners.
    const candidates: { x: number; y: number; anchor: PlacedLabel['anchor'] }[] = [
      { x: p.x + gap, y: p.y + FONT_SIZE * 0.35, anchor: 'start' },
      { x: p.x - gap, y: p.y + FONT_SIZE * 0.35, anchor: 'end' },
      { x: p.x, y: p.y - gap - descent, anchor: 'middle' },
      { x: p.x, y: p.y + gap + ascent, anchor: 'middle' },
      { x: p.x + gap * 0.7, y: p.y - gap * 0.7 - descent, anchor: 'start' },
      { x: p.x + gap * 0.7, y: p.y + gap * 0.7 + ascent, anchor: 'start' },
      { x: p.x - gap * 0.7, y: p.y - gap * 0.7 - descent, anchor: 'end' },
      { x: p.x - gap * 0.7, y: p.y + gap * 0.7 + ascent, anchor: 'end' },
    ]
    for (const c of candidates) {
      const left = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2
      const box = { x0: left, y0: c.y - ascent, x1: left + w, y1: c.y + descent }
      if (box.x0 < 2 || box.y0 < 2 || box.x1 > size.width - 2 || box.y1 > size.height - 2) continue
      if (placed.some((l) => overlaps(l.box, box))) continue
      if (dots.some((d, j) => j !== i && overlaps(d, box))) continue
      placed.push({ node: p.id, text, x: c.x, y: c.y, anchor: c.anchor, box })
      break
    }
  }
  return placed
}

/** What a screen reader says of a map, read as one image: its network and how many nodes of each kind it draws. */
function mapLabel(network: string, statuses: readonly string[]): string {
  const of = (kind: string) => statuses.filter((s) => s === kind).length
  return `Map of ${network}: ${statuses.length} ${statuses.length === 1 ? 'node' : 'nodes'}, ${of('untrusted')} untrusted, ${of('unknown')} unknown, ${of('trusted')} trusted`
}
