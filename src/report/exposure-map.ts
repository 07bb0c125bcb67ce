import type { Topology } from '../domain/topology.js'
import type { NodePlacement } from '../exposure/node-trust.js'
import type { FlowExposureWithPath } from '../exposure/analyze.js'

const COLOR = { untrusted: '#d92d20', unknown: '#98a2b3', trusted: '#12b76a' } as const
const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * One small map per network as inline SVG (no tiles, no scripts): nodes coloured by trust, links,
 * each flow's routed path (red when exposed) and its clean path (dashed green). Equirectangular
 * with the longitude scaled by cos(latitude), which is fine at the scale of one country.
 */
export function formatExposureMaps(
  topology: Topology, placements: readonly NodePlacement[], flows: readonly FlowExposureWithPath[], size = { width: 420, height: 420 },
): string {
  const status = new Map(placements.map((p) => [p.node, p.status]))
  const svgs: string[] = []
  for (const network of topology.networks) {
    const nodes = topology.nodes.filter((n) => n.network === network && n.lat !== undefined && n.lon !== undefined)
    if (nodes.length === 0) continue
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
    const where = new Map(nodes.map((n) => [n.id, [pad + (n.lon! * k - x0) * scale, size.height - pad - (n.lat! - y0) * scale] as const]))
    const polyline = (ids: readonly string[]) => ids.map((id) => where.get(id)).filter((p) => p !== undefined).map((p) => `${p[0].toFixed(1)},${p[1].toFixed(1)}`).join(' ')
    let body = ''
    for (const l of topology.links) {
      const a = where.get(l.a)
      const b = where.get(l.b)
      if (a && b) body += `<line x1="${a[0].toFixed(1)}" y1="${a[1].toFixed(1)}" x2="${b[0].toFixed(1)}" y2="${b[1].toFixed(1)}" stroke="#d0d5dd" stroke-width="1.5"/>`
    }
    for (const f of flows) {
      if (f.routedPath && f.routedPath.every((id) => where.has(id))) {
        body += `<polyline points="${polyline(f.routedPath)}" fill="none" stroke="${f.exposedShare > 0 ? COLOR.untrusted : COLOR.trusted}" stroke-width="3" stroke-opacity="0.55"><title>${esc(f.id)}: routed, ${(f.exposedShare * 100).toFixed(0)}% exposed</title></polyline>`
      }
      if (f.clean.exists && f.exposedShare > 0 && f.clean.path.every((id) => where.has(id))) {
        body += `<polyline points="${polyline(f.clean.path)}" fill="none" stroke="${COLOR.trusted}" stroke-width="2" stroke-dasharray="6 4"><title>${esc(f.id)}: clean path, stretch ${f.clean.stretch?.toFixed(2) ?? '-'}</title></polyline>`
      }
    }
    for (const n of nodes) {
      const [x, y] = where.get(n.id)!
      const s = status.get(n.id) ?? 'unknown'
      const big = !/cell site|street cabinet/i.test(n.label ?? '')
      body += `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${big ? 6 : 3.5}" fill="${COLOR[s]}" stroke="#fff" stroke-width="1"><title>${esc(n.label ?? n.id)} (${s})</title></circle>`
      if (big) body += `<text x="${(x + 8).toFixed(1)}" y="${(y + 4).toFixed(1)}" font-size="11">${esc((n.label ?? n.id).replace(/ PoP$/, ''))}</text>`
    }
    svgs.push(`<figure class="map"><svg width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" role="img" aria-label="${esc(network)}">${body}</svg><figcaption>${esc(network)}</figcaption></figure>`)
  }
  return `<div class="maps">${svgs.join('')}</div><p class="legend"><span style="color:${COLOR.untrusted}">●</span> untrusted ` +
    `<span style="color:${COLOR.unknown}">●</span> unknown <span style="color:${COLOR.trusted}">●</span> trusted · ` +
    'thick lines: routed paths (red when exposed) · dashed: clean paths</p>'
}
