import { describe, expect, it } from 'vitest'
import {
  analyzeExposure, buildAttributionsWriter, identify, loadDefaultCatalog, toAttributionRow, formatExposureHtmlReport, formatPlanHtmlReport, formatPlanText, planReplacements, toExposureGeojson,
  type Device, type NodePlacement, type Topology,
} from '../index.js'

// Three cities in a line, Berlin's node untrusted; coordinates so the GeoJSON and the maps have a place.
const TOPOLOGY: Topology = {
  nodes: [{ id: 'fra', lat: 50.11, lon: 8.68 }, { id: 'ber', lat: 52.52, lon: 13.4 }, { id: 'ham', lat: 53.55, lon: 9.99 }],
  links: [{ a: 'fra', b: 'ber', metric: 1 }, { a: 'ber', b: 'ham', metric: 1 }],
  networks: [],
}
const place = (node: string, status: NodePlacement['status']): NodePlacement => ({
  node, status, devices: 1, transit: 1, untrusted: status === 'untrusted' ? ['rt-ber'] : [], untrustedCount: status === 'untrusted' ? 1 : 0,
  unidentified: [], unidentifiedCount: 0, groups: status === 'untrusted' ? ['huawei'] : [],
})
const PLACEMENTS = [place('fra', 'trusted'), place('ber', 'untrusted'), place('ham', 'trusted')]

describe('the exposure and plan reports, from the package entry point', () => {
  it('writes the exposure page, its GeoJSON and the plan as text and as a page for results computed by the library', async () => {
    const analysis = analyzeExposure(TOPOLOGY, PLACEMENTS, [{ id: 'f1', src: 'fra', dst: 'ham', volume: 10 }], { routedPaths: true })
    const exposure = { topology: TOPOLOGY, placements: analysis.placements, flows: analysis.flows, summary: analysis.summary }
    const page = formatExposureHtmlReport({
      title: 'Exposure', generatedAt: '2026-06-30T00:00:00Z', topologyFiles: ['de.graphml'], inventoryFile: 'devices.csv', policyFile: 'policy.yaml', exposure,
    })
    expect(page).toMatch(/^<!doctype html>/i)
    expect(page).toContain('rt-ber')

    const geojson = toExposureGeojson(TOPOLOGY, analysis.links, analysis.placements, analysis.flows)
    expect(geojson.type).toBe('FeatureCollection')
    expect(geojson.features.length).toBeGreaterThanOrEqual(3)
    // Typed: the kind of each feature is read without a cast.
    expect(new Set(geojson.features.map((f) => f.properties.kind))).toContain('node')

    const result = await planReplacements({
      phases: [{ id: '2026', start: '2026-01-01', end: '2026-12-31' }],
      budgets: { shared: { 2026: 1000 } },
      candidates: [{ deviceId: 'rt-ber', cost: 500, costBreakdown: { equipment: 500, labour: 0, siteOverhead: 0, source: 'test' }, findings: [] }],
      flows: [{ id: 'f1', value: 10, paths: [{ deviceIds: ['rt-ber'], stretch: 1 }] }],
      objective: 'max-clean',
    }, undefined)
    if (!('plan' in result)) throw new Error('expected a plan')
    expect(formatPlanText(result.plan)).toContain('rt-ber')
    const planPage = formatPlanHtmlReport({
      title: 'Plan', generatedAt: '2026-06-30T00:00:00Z', inventoryFile: 'devices.csv', policyFile: 'policy.yaml', topologyFiles: ['de.graphml'],
      plan: { result, settings: 'max-clean' }, exposure,
    })
    expect(planPage).toContain('rt-ber')
  })
})

describe('the attributions, from the package entry point', () => {
  it('writes identified devices as the rows and the JSON list that identify -f json writes', () => {
    const catalog = loadDefaultCatalog()
    const devices: Device[] = [{ id: 'rt-ber', macs: ['00:e0:fc:12:34:56'] }, { id: 'sw-fra', manufacturer: 'Cisco' }]
    const identified = devices.map((d) => [d, identify(d, catalog)] as const)
    const rows = identified.map(([d, a]) => toAttributionRow(d, a, catalog))
    expect(rows.map((r) => [r.id, r.group])).toEqual([['rt-ber', 'huawei'], ['sw-fra', 'cisco']])
    const writer = buildAttributionsWriter('json', catalog)
    const text = writer.head + identified.map(([d, a]) => writer.row(d, a)).join('') + writer.tail(identified.length)
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(rows)))
  })
})
