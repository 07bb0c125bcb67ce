import { describe, expect, it } from 'vitest'
import {
  analyzeExposure, buildGraph, computeExposure, EXPOSURE_CSV_COLUMNS, formatExposureCsv, resolveFlows, toNodeTrust, type NodePlacement, type Topology,
} from '../index.js'

// A square fra-ber-ham-muc-fra (metric 1) whose node ber holds untrusted equipment.
const TOPOLOGY: Topology = {
  nodes: [{ id: 'fra' }, { id: 'ber' }, { id: 'ham' }, { id: 'muc' }],
  links: [{ a: 'fra', b: 'ber', metric: 1 }, { a: 'ber', b: 'ham', metric: 1 }, { a: 'ham', b: 'muc', metric: 1 }, { a: 'muc', b: 'fra', metric: 1 }],
  networks: [],
}
const place = (node: string, status: NodePlacement['status']): NodePlacement => ({
  node, status, devices: 1, transit: 1, untrusted: status === 'untrusted' ? ['d1'] : [], untrustedCount: status === 'untrusted' ? 1 : 0,
  unidentified: [], unidentifiedCount: 0, groups: status === 'untrusted' ? ['huawei'] : [],
})
const PLACEMENTS = [place('fra', 'trusted'), place('ber', 'untrusted'), place('ham', 'trusted'), place('muc', 'trusted')]
const FLOWS = [{ id: 'f1', src: 'fra', dst: 'ham', volume: 10 }, { id: 'f2', src: 'fra', dst: 'muc', volume: 5 }]

describe('exposure called stage by stage from the package entry point', () => {
  it('builds the graph, resolves the flows, rates the nodes and computes what analyzeExposure does in one call', () => {
    const { graph } = buildGraph(TOPOLOGY)
    const { value: resolved, diagnostics } = resolveFlows(graph, FLOWS)
    expect(diagnostics).toEqual([])
    const { flows, summary } = computeExposure(graph, resolved, toNodeTrust(graph, PLACEMENTS, 'untrusted'))
    // fra→ham has two equal paths, one through ber: half its volume is exposed.
    expect(flows.map((f) => [f.id, f.exposedShare])).toEqual([['f1', 0.5], ['f2', 0]])
    expect(summary.exposedVolume).toBe(5)
    const whole = analyzeExposure(TOPOLOGY, PLACEMENTS, FLOWS)
    expect(whole.flows.map((f) => [f.id, f.exposedShare])).toEqual(flows.map((f) => [f.id, f.exposedShare]))
    expect(whole.summary).toEqual(summary)
  })
})

describe('the exposure CSV from the package entry point', () => {
  it('writes the columns and rows exposure -f csv writes, the routed nodes with their shares as evidence', () => {
    const { flows } = analyzeExposure(TOPOLOGY, PLACEMENTS, FLOWS, { routedNodes: true })
    const [header, ...rows] = (EXPOSURE_CSV_COLUMNS.join(',') + '\n' + flows.map(formatExposureCsv).join('')).trimEnd().split('\n')
    const columns = header!.split(',')
    const f1 = Object.fromEntries(rows[0]!.split(',').map((cell, i) => [columns[i], cell]))
    expect(f1).toMatchObject({ id: 'f1', src: 'fra', dst: 'ham', volume: '10', exposed_share: '0.5', untrusted: 'ber=0.5', clean_exists: 'true', clean_path: 'fra;muc;ham' })
    expect(f1['routed']!.split(';').sort()).toEqual(['ber=0.5', 'fra=1', 'ham=1', 'muc=0.5'])
  })
})
