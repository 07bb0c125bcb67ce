import { describe, expect, it } from 'vitest'
import type { Topology } from '../domain/topology.js'
import type { FlowExposureWithPath } from '../exposure/analyze.js'
import type { NodePlacement } from '../exposure/node-trust.js'
import { buildPrng } from '../util/prng.js'
import { formatExposureMaps, placeLabels, type PlacedLabel } from './exposure-map.js'

const overlap = (a: PlacedLabel['box'], b: PlacedLabel['box']) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1

function flow(id: string, routed: string[], exposedShare: number): FlowExposureWithPath {
  return {
    id, src: routed[0]!, dst: routed.at(-1)!, volume: 100, routedMetric: 1, exposedShare, untrusted: [], unknown: [],
    clean: { exists: false, metric: null, stretch: null, path: [] }, cheapestFix: null, routedPath: routed,
  }
}

/** The labels a map draws: text, position, anchor. */
function labelsOf(svg: string) {
  return [...svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)" font-size="11"(?: text-anchor="(\w+)")?>([^<]*)<\/text>/g)]
    .map((m) => ({ x: Number(m[1]), y: Number(m[2]), anchor: m[3] ?? 'start', text: m[4]! }))
}

describe('placeLabels', () => {
  it('places no label over another label or another node, and none outside the map, however dense the nodes', () => {
    const random = buildPrng(7).next
    const points = Array.from({ length: 120 }, (_, i) => ({
      id: `n${i}`, text: `Node number ${i}`, x: 20 + random() * 360, y: 20 + random() * 160, r: i % 5 === 0 ? 6 : 3, rank: i % 4,
    }))
    const size = { width: 400, height: 200 }
    const placed = placeLabels(points, size)
    expect(placed.length).toBeGreaterThan(5)
    expect(placed.length).toBeLessThan(points.length)
    for (const [i, a] of placed.entries()) {
      expect(a.box.x0).toBeGreaterThanOrEqual(0)
      expect(a.box.y0).toBeGreaterThanOrEqual(0)
      expect(a.box.x1).toBeLessThanOrEqual(size.width)
      expect(a.box.y1).toBeLessThanOrEqual(size.height)
      for (const b of placed.slice(i + 1)) expect(overlap(a.box, b.box), `${a.text} / ${b.text}`).toBe(false)
      for (const p of points) {
        if (p.id === a.node) continue
        const dot = { x0: p.x - p.r, y0: p.y - p.r, x1: p.x + p.r, y1: p.y + p.r }
        expect(overlap(a.box, dot), `${a.text} over ${p.id}`).toBe(false)
      }
    }
  })

  it('gives the free place to the more important node: two nodes at one spot keep the label of the lower rank', () => {
    const placed = placeLabels([
      { id: 'pop', text: 'Berlin PoP', x: 100, y: 100, r: 4, rank: 3 },
      { id: 'embassy', text: 'US Embassy Berlin', x: 101, y: 100, r: 6, rank: 0 },
    ], { width: 200, height: 200 })
    expect(placed[0]!.node).toBe('embassy')
  })

  it('moves a label that would leave the map to the other side of its node', () => {
    const [label] = placeLabels([{ id: 'e', text: 'Chikura cable landing', x: 395, y: 100, r: 6, rank: 0 }], { width: 400, height: 200 })
    expect(label!.anchor).toBe('end')
    expect(label!.box.x1).toBeLessThanOrEqual(400)
  })
})

describe('formatExposureMaps', () => {
  const topology: Topology = {
    networks: ['op-jp'],
    nodes: [
      { id: 'osa', label: 'Osaka', network: 'op-jp', lat: 34.69, lon: 135.5 },
      { id: 'ngo', label: 'Nagoya', network: 'op-jp', lat: 35.18, lon: 136.9 },
      { id: 'tyo', label: 'Tokyo', network: 'op-jp', lat: 35.68, lon: 139.69 },
      { id: 'chb', label: 'Chikura submarine cable landing station of the southern route', network: 'op-jp', lat: 34.95, lon: 139.95 },
    ],
    links: [{ a: 'osa', b: 'ngo' }, { a: 'ngo', b: 'tyo' }, { a: 'tyo', b: 'chb' }],
  }
  const placements: NodePlacement[] = topology.nodes.map((n) => ({ node: n.id, status: n.id === 'ngo' ? 'untrusted' : 'trusted', devices: 1, transit: 1, untrusted: [], untrustedCount: 0, unidentified: [], unidentifiedCount: 0, groups: [] }))

  it('draws a wide network on a lower map, labels every node that fits, and cuts long names', () => {
    const html = formatExposureMaps(topology, placements, [flow('f1', ['osa', 'ngo', 'tyo'], 1)])
    const height = Number(/<svg width="420" height="(\d+)"/.exec(html)![1])
    expect(height).toBeLessThan(420)
    expect(height).toBeGreaterThanOrEqual(210)
    const texts = labelsOf(html).map((l) => l.text)
    expect(texts).toEqual(expect.arrayContaining(['Osaka', 'Nagoya', 'Tokyo']))
    const cut = texts.find((t) => t.startsWith('Chikura'))
    expect(cut).toMatch(/^Chikura submarine cable.*…$/)
    expect(cut!.length).toBeLessThanOrEqual(28)
    // The node's tooltip keeps the whole name.
    expect(html).toContain('<title>Chikura submarine cable landing station of the southern route (trusted)</title>')
  })

  it('draws the nodes of a path large and the others small', () => {
    const html = formatExposureMaps(topology, placements, [flow('f1', ['osa', 'ngo'], 1)])
    const radius = (label: string) => Number(new RegExp(`r="([\\d.]+)"[^>]*><title>${label} `).exec(html)![1])
    expect(radius('Osaka')).toBeGreaterThan(radius('Tokyo'))
  })

  it('draws the part of a path that runs through a map: a flow to another operator\'s network, or through a node without coordinates', () => {
    // Yokota to an embassy abroad: Osaka–Nagoya–Tokyo in op-jp, then over an interconnect to op-us.
    const two: Topology = {
      networks: ['op-jp', 'op-us'],
      nodes: [...topology.nodes, { id: 'sea', label: 'Seattle', network: 'op-us', lat: 47.6, lon: -122.3 }, { id: 'was', label: 'Washington', network: 'op-us', lat: 38.9, lon: -77.0 },
        { id: 'pop', label: 'None', network: 'op-us' }],
      links: [...topology.links, { a: 'tyo', b: 'sea' }, { a: 'sea', b: 'pop' }, { a: 'pop', b: 'was' }],
    }
    const html = formatExposureMaps(two, placements, [flow('yokota-embassy', ['osa', 'ngo', 'tyo', 'sea', 'pop', 'was'], 1)])
    const [jp, us] = html.split('</figure>')
    expect(jp!.match(/<polyline points="([^"]+)"[^>]*><title>yokota-embassy: routed, 100% exposed<\/title>/)![1]!.split(' ')).toHaveLength(3)
    // In op-us, Seattle and Washington are joined by a node without coordinates: nothing runs
    // between two drawn nodes, so nothing is drawn, rather than a line that skips the node.
    expect(us).not.toContain('<polyline')
    const via = formatExposureMaps(two, placements, [flow('tokyo-seattle', ['tyo', 'sea', 'was'], 0)]).split('</figure>')[1]!
    expect(via).toMatch(/<polyline points="[^" ]+ [^" ]+"[^>]*><title>tokyo-seattle: routed, 0% exposed<\/title>/)
  })

  it('says under a map how many of its nodes have no coordinates and are not drawn', () => {
    const withUnplaced: Topology = { ...topology, nodes: [...topology.nodes, { id: 'x', label: 'Nowhere', network: 'op-jp' }, { id: 'y', network: 'op-jp' }] }
    expect(formatExposureMaps(withUnplaced, placements, [])).toContain('<figcaption>op-jp · 2 nodes without coordinates not drawn</figcaption>')
    expect(formatExposureMaps(topology, placements, [])).toContain('<figcaption>op-jp</figcaption>')
  })
})

describe('formatExposureMaps of a network without coordinates', () => {
  // The Topology Zoo's Internet2 gives no node a latitude or longitude; Abilene gives all of them one.
  const topology: Topology = {
    networks: ['Internet2', 'Abilene'],
    nodes: [
      { id: 'Internet2:2', network: 'Internet2', label: 'CENIC' }, { id: 'Internet2:19', network: 'Internet2', label: 'NYSERNet' },
      { id: 'Abilene:0', network: 'Abilene', label: 'New York', lat: 40.71, lon: -74.01 }, { id: 'Abilene:1', network: 'Abilene', label: 'Chicago', lat: 41.85, lon: -87.65 },
    ],
    links: [{ a: 'Internet2:2', b: 'Internet2:19' }, { a: 'Abilene:0', b: 'Abilene:1' }],
  }
  const placements: NodePlacement[] = []

  it('says that a network has no map because none of its nodes has coordinates, rather than leave the page without one and with a legend for it', () => {
    const alone = formatExposureMaps({ ...topology, networks: ['Internet2'], nodes: topology.nodes.slice(0, 2), links: topology.links.slice(0, 1) }, placements, [])
    expect(alone).toBe('<p class="legend">No map of Internet2: none of its nodes has coordinates (a latitude and longitude in the topology file); the tables name its nodes.</p>')
    const both = formatExposureMaps(topology, placements, [])
    expect(both).toMatch(/^<p class="legend">No map of Internet2: /)
    expect(both.match(/<svg /g)).toHaveLength(1)
    expect(both).toContain('<figcaption>Abilene</figcaption>')
  })
})
