import { describe, expect, it } from 'vitest'
import type { Topology } from '../domain/topology.js'
import { buildNodeNamer, exposureTableWidths, fitExposureTableWidths, formatExposureTableHeader, formatExposureTableRow } from './exposure-table.js'
import type { FlowExposure } from '../exposure/types.js'
import { displayWidth } from '../util/text-width.js'

const TOPOLOGY: Topology = {
  nodes: [
    { id: 'Chinanet:28', network: 'Chinanet', label: 'Guangzhou' },
    { id: 'Chinanet:3', network: 'Chinanet', label: 'Beijing' },
    { id: 'Chinanet:5', network: 'Chinanet', label: 'Shanghai' },
    { id: 'Chinanet:7', network: 'Chinanet' },
  ],
  links: [],
  networks: ['Chinanet'],
}

const FLOW: FlowExposure = {
  id: 'sample-2', src: 'Chinanet:28', dst: 'Chinanet:3', volume: 1, routedMetric: 1900, exposedShare: 0.5,
  untrusted: [{ node: 'Chinanet:5', share: 0.5 }], unknown: [],
  clean: { exists: false, metric: null, stretch: null, path: [] }, cheapestFix: { nodes: ['Chinanet:5'], cost: 1, metric: 1900 },
}

describe('buildNodeNamer', () => {
  it('names a node by its label with its id, without the network when only one is loaded', () => {
    const name = buildNodeNamer(TOPOLOGY)
    expect(name('Chinanet:28')).toBe('Guangzhou (28)')
    expect(name('Chinanet:7')).toBe('7')
    expect(name('elsewhere')).toBe('elsewhere')
  })

  it('keeps the network in the id when several are loaded', () => {
    const name = buildNodeNamer({ ...TOPOLOGY, nodes: [...TOPOLOGY.nodes, { id: 'de:1', network: 'de', label: 'Frankfurt' }], networks: ['Chinanet', 'de'] })
    expect(name('Chinanet:28')).toBe('Guangzhou (Chinanet:28)')
    expect(name('de:1')).toBe('Frankfurt (de:1)')
  })
})

describe('formatExposureTableRow', () => {
  it('prints a header, and rows with the flow ends and nodes by label, in columns as wide as the names', () => {
    const name = buildNodeNamer(TOPOLOGY)
    const w = exposureTableWidths([FLOW], name, [FLOW.src, FLOW.dst])
    expect(formatExposureTableHeader(w) + formatExposureTableRow(FLOW, name, w)).toMatchInlineSnapshot(`
      "flow      from            to                 volume  exposed  clean (stretch)        untrusted (or unknown) on path; fix
      sample-2  Guangzhou (28)  Beijing (3)             1    50.0%  none                   Shanghai (5) 50.0%; fix: Shanghai (5)
      "
    `)
  })

  it('shows the escape sequences and bidirectional controls of flow ids and node labels, rather than sending them to the terminal', () => {
    const hostile: Topology = { ...TOPOLOGY, nodes: TOPOLOGY.nodes.map((n) => (n.label === 'Shanghai' ? { ...n, label: 'Shanghai\u001b[2J' } : n.label === 'Beijing' ? { ...n, label: 'evil\u202Eexe' } : n)) }
    const name = buildNodeNamer(hostile)
    const flow = { ...FLOW, id: '\u001b]8;;http://evil\u0007x' }
    const w = exposureTableWidths([flow], name, [FLOW.src, FLOW.dst])
    const row = formatExposureTableRow(flow, name, w)
    expect(row).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202a-\u202e]/)
    expect(row).toContain('\\x1B]8;;http://evil\\x07x')
    expect(row).toContain('evil\\u202Eexe (3)')
    expect(row).toContain('fix: Shanghai\\x1B[2J (5)')
  })

  it('says a flow whose ends are not connected is not routed, rather than 0% exposed', () => {
    const name = buildNodeNamer(TOPOLOGY)
    const unrouted: FlowExposure = { ...FLOW, id: 'island', routedMetric: null, exposedShare: 0, untrusted: [], cheapestFix: null }
    const w = exposureTableWidths([unrouted], name, [FLOW.src, FLOW.dst])
    expect(formatExposureTableRow(unrouted, name, w)).toMatchInlineSnapshot(`
      "island  Guangzhou (28)  Beijing (3)             1  no path  none                   not routed: its ends are not connected
      "
    `)
  })

  it('names the unknown nodes that expose a flow no untrusted node crosses, unless they count as trusted', () => {
    // Two Topology Zoo networks joined by an interconnect: the flow's far end holds no known device,
    // so it is 100% exposed and its row named no node at all, only the fix.
    const name = buildNodeNamer(TOPOLOGY)
    const viaUnknown: FlowExposure = {
      ...FLOW, id: 'ramstein>embassy', exposedShare: 1, untrusted: [], unknown: [{ node: 'Chinanet:3', share: 1 }, { node: 'Chinanet:7', share: 0.5 }],
      cheapestFix: { nodes: ['Chinanet:3'], cost: 1, metric: 1900 },
    }
    const w = exposureTableWidths([viaUnknown], name, [FLOW.src, FLOW.dst])
    expect(formatExposureTableRow(viaUnknown, name, w)).toContain('100.0%  none                   unknown Beijing (3) 100.0%, unknown 7 50.0%; fix: Beijing (3)')
    // Untrusted nodes come first: they are what a replacement cleans.
    expect(formatExposureTableRow({ ...viaUnknown, untrusted: [{ node: 'Chinanet:5', share: 0.5 }] }, name, w)).toContain('Shanghai (5) 50.0%, unknown Beijing (3) 100.0%, …; fix:')
    expect(formatExposureTableRow({ ...viaUnknown, exposedShare: 0, cheapestFix: { nodes: [], cost: 0, metric: 1900 } }, name, w, 'trusted')).not.toContain('unknown')
  })

  it('cuts names longer than a column with an ellipsis, so the columns stay aligned', () => {
    const name = (id: string) => (id === FLOW.src ? 'A very long label of a node that goes on and on (28)' : name0(id))
    const name0 = buildNodeNamer(TOPOLOGY)
    const w = exposureTableWidths([FLOW], name, [FLOW.src, FLOW.dst])
    const [header, row] = (formatExposureTableHeader(w) + formatExposureTableRow(FLOW, name, w)).split('\n')
    expect(row!.indexOf('Beijing')).toBe(header!.indexOf('to'))
    expect(row).toContain('…')
  })

  it('lines the columns up after labels in Japanese, which take two columns a character on a terminal', () => {
    const jp: Topology = {
      nodes: [{ id: 'jp:1', network: 'jp', label: '東京' }, { id: 'jp:2', network: 'jp', label: 'Osaka' }, { id: 'jp:3', network: 'jp', label: '名古屋' }],
      links: [], networks: ['jp'],
    }
    const name = buildNodeNamer(jp)
    const flows: FlowExposure[] = [
      { ...FLOW, id: 'f1', src: 'jp:1', dst: 'jp:3', untrusted: [{ node: 'jp:3', share: 1 }] },
      { ...FLOW, id: 'f2', src: 'jp:2', dst: 'jp:1', untrusted: [] },
    ]
    const w = exposureTableWidths(flows, name, jp.nodes.map((n) => n.id))
    const lines = (formatExposureTableHeader(w) + flows.map((f) => formatExposureTableRow(f, name, w)).join('')).trimEnd().split('\n')
    // The volume column ends at the same column on every line.
    const volumeEnds = lines.map((l) => displayWidth(l.slice(0, l.indexOf(l.startsWith('flow') ? 'volume' : '  1  ') + (l.startsWith('flow') ? 6 : 3))))
    expect(new Set(volumeEnds).size).toBe(1)
  })

  it('cuts a row at the width of the terminal rather than let it wrap', () => {
    const name = buildNodeNamer(TOPOLOGY)
    const w = fitExposureTableWidths(exposureTableWidths([FLOW], name, [FLOW.src, FLOW.dst]), 80)
    const row = formatExposureTableRow(FLOW, name, w)
    const whole = formatExposureTableRow(FLOW, name, { ...w, line: undefined })
    expect(whole.length).toBeGreaterThan(81)
    expect(row).toBe(`${whole.slice(0, 79)}…\n`)
  })

  it('keeps the volume, exposed share and clean path of each flow on an 80-column terminal, shrinking the names before them', () => {
    // Two networks loaded: nodes are named with their network, as the demo's are.
    const topology: Topology = {
      nodes: [
        { id: 'op-de:ramstein', network: 'op-de', label: 'Ramstein Air Base' },
        { id: 'op-de:embassy-berlin', network: 'op-de', label: 'US Embassy Berlin (Pariser Platz)' },
        { id: 'op-de:de-fra', network: 'op-de', label: 'Frankfurt PoP' },
        { id: 'op-it:it-mil', network: 'op-it', label: 'Milan PoP' },
      ],
      links: [],
      networks: ['op-de', 'op-it'],
    }
    const name = buildNodeNamer(topology)
    const flow: FlowExposure = {
      ...FLOW, id: 'embassy-berlin>ramstein', src: 'op-de:embassy-berlin', dst: 'op-de:ramstein', volume: 1000, exposedShare: 1,
      untrusted: [{ node: 'op-de:de-fra', share: 1 }], cheapestFix: { nodes: ['op-de:de-fra'], cost: 1, metric: 1900 },
    }
    for (const columns of [80, 100, 120]) {
      const w = fitExposureTableWidths(exposureTableWidths([flow], name, topology.nodes.map((n) => n.id)), columns)
      const [header, row] = (formatExposureTableHeader(w) + formatExposureTableRow(flow, name, w)).trimEnd().split('\n')
      expect(displayWidth(header!), `${columns}`).toBeLessThanOrEqual(columns)
      expect(displayWidth(row!), `${columns}`).toBeLessThanOrEqual(columns)
      expect(header, `${columns}`).toMatch(/ volume {2}exposed {2}clean \(stretch\)/)
      expect(row, `${columns}`).toMatch(/^embassy-\S*  US Embassy\S* .* 1,000 {3}100\.0% {2}none /)
    }
    // Wide enough, the columns keep the widths they have off a terminal.
    const wide = fitExposureTableWidths(exposureTableWidths([flow], name, topology.nodes.map((n) => n.id)), 200)
    expect(formatExposureTableRow(flow, name, wide)).toMatch(/^embassy-berlin>ramstein  US Embassy Berlin \(Pariser Platz\) \(op-d…  Ramstein Air Base \(op-de:ramstein\) +1,000/)
  })

  it('keeps the figures of a row on a terminal too narrow for them, letting the row wrap', () => {
    const name = buildNodeNamer(TOPOLOGY)
    const w = fitExposureTableWidths(exposureTableWidths([FLOW], name, [FLOW.src, FLOW.dst]), 40)
    expect(formatExposureTableRow(FLOW, name, w)).toMatch(/ 1 {4}50\.0% {2}none {11}…\n$/)
  })
})
