import { describe, expect, it } from 'vitest'
import type { Topology } from '../domain/topology.js'
import { buildNodeNamer, formatExposureTableHeader, formatExposureTableRow } from './exposure-table.js'
import type { FlowExposure } from '../exposure/types.js'

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
  it('prints a header, and rows with the flow ends and nodes by label', () => {
    const name = buildNodeNamer(TOPOLOGY)
    expect(formatExposureTableHeader() + formatExposureTableRow(FLOW, name)).toMatchInlineSnapshot(`
      "flow             from                     to                           volume  exposed  clean (stretch)        untrusted on path; fix
      sample-2         Guangzhou (28)           Beijing (3)                       1    50.0%  none                   Shanghai (5) 50.0%; fix: Shanghai (5)
      "
    `)
  })
})
