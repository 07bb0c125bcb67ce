import { describe, expect, it } from 'vitest'
import type { Topology } from '../domain/topology.js'
import { streamAnalysis } from '../exposure/analyze.js'
import type { NodePlacement } from '../exposure/node-trust.js'
import { formatExposureSummary } from './exposure.js'

const TOPOLOGY: Topology = {
  nodes: [{ id: 'fra', label: 'Frankfurt' }, { id: 'kl-core-7', label: 'Kaiserslautern' }, { id: 'mz', label: 'Mainz' }],
  links: [{ a: 'fra', b: 'kl-core-7', metric: 1 }, { a: 'kl-core-7', b: 'mz', metric: 1 }],
  networks: [],
}
const place = (node: string, status: NodePlacement['status']): NodePlacement => ({
  node, status, devices: 1, transit: 1, untrusted: status === 'untrusted' ? ['d1'] : [], untrustedCount: status === 'untrusted' ? 1 : 0,
  unidentified: [], unidentifiedCount: 0, groups: status === 'untrusted' ? ['huawei'] : [],
})

describe('formatExposureSummary', () => {
  it('counts the flows of the list that were skipped, says "1 flow", and aligns node names of any length', () => {
    const placements = [place('fra', 'untrusted'), place('kl-core-7', 'untrusted'), place('mz', 'trusted')]
    const run = streamAnalysis(TOPOLOGY, placements, [
      { id: 'f1', src: 'fra', dst: 'mz', volume: 10 },
      { id: 'f2', src: 'kl-core-7', dst: 'mz', volume: 5 },
      { id: 'f3', src: 'nowhere', dst: 'mz', volume: 5 },
    ])
    expect(run.skipped).toBe(1)
    let step = run.flows.next()
    while (step.done !== true) step = run.flows.next()
    const text = formatExposureSummary(step.value, placements, 'untrusted', run.skipped)
    expect(text).toContain('2 flows (1 more of the list skipped, see the errors above), 15 Mbit/s of sensitive traffic: 15 Mbit/s (100.0%) crosses untrusted equipment')
    expect(text.split('\n').filter((l) => l.startsWith('  '))).toEqual([
      '  kl-core-7           15 in 2 flows  (1 untrusted device: huawei)',
      '  fra                 10 in 1 flow  (1 untrusted device: huawei)',
    ])
  })

  it('never says 0 Mbit/s of traffic that is there: the few kB a flow log measured to a Huawei router', () => {
    // SNMP polls to a router's management address: 3,000 bytes over a 10-minute capture, 0.00004 Mbit/s.
    const placements = [place('fra', 'trusted'), place('kl-core-7', 'untrusted'), place('mz', 'trusted')]
    const run = streamAnalysis(TOPOLOGY, placements, [
      { id: 'fra>mz', src: 'fra', dst: 'mz', volume: 2.4 },
      { id: 'fra>kl-core-7', src: 'fra', dst: 'kl-core-7', volume: 0.00004 },
    ])
    let step = run.flows.next()
    while (step.done !== true) step = run.flows.next()
    const text = formatExposureSummary(step.value, placements, 'untrusted', run.skipped)
    expect(text).toContain('2 flows, 2.4 Mbit/s of sensitive traffic: 2.4 Mbit/s (100.0%) crosses untrusted equipment')
    const alone = streamAnalysis(TOPOLOGY, placements, [{ id: 'fra>kl-core-7', src: 'fra', dst: 'kl-core-7', volume: 0.00004 }])
    step = alone.flows.next()
    while (step.done !== true) step = alone.flows.next()
    const small = formatExposureSummary(step.value, placements, 'untrusted', 0)
    expect(small).toContain('1 flow, 0.00004 Mbit/s of sensitive traffic: 0.00004 Mbit/s (100.0%) crosses untrusted equipment')
    expect(small).toContain('  kl-core-7      0.00004 in 1 flow')
  })

  it('shows the escape sequences of a node name it lists, rather than sending them to the terminal', () => {
    const placements = [place('fra', 'trusted'), place('kl\u001b[2J', 'untrusted'), place('mz', 'trusted')]
    const topology: Topology = { ...TOPOLOGY, nodes: TOPOLOGY.nodes.map((n) => (n.id === 'kl-core-7' ? { id: 'kl\u001b[2J' } : n)), links: [{ a: 'fra', b: 'kl\u001b[2J', metric: 1 }, { a: 'kl\u001b[2J', b: 'mz', metric: 1 }] }
    const run = streamAnalysis(topology, placements, [{ id: 'f1', src: 'fra', dst: 'mz', volume: 10 }])
    let step = run.flows.next()
    while (step.done !== true) step = run.flows.next()
    const text = formatExposureSummary(step.value, placements, 'untrusted', run.skipped)
    expect(text).not.toContain('\u001b')
    expect(text).toContain('  kl\\x1B[2J           10 in 1 flow  (1 untrusted device: huawei)')
  })

  it('says how many unknown nodes on the paths count as untrusted, and the option that counts them clean', () => {
    const placements = [place('fra', 'trusted'), place('kl-core-7', 'unknown'), place('mz', 'trusted')]
    const summaryOf = (unknownAs: 'untrusted' | 'trusted') => {
      const run = streamAnalysis(TOPOLOGY, placements, [{ id: 'f1', src: 'fra', dst: 'mz', volume: 10 }], { unknownAs })
      let step = run.flows.next()
      while (step.done !== true) step = run.flows.next()
      return formatExposureSummary(step.value, placements, unknownAs)
    }
    expect(summaryOf('untrusted')).toContain('Nodes: 0 untrusted, 1 unknown, 2 trusted; 1 unknown node on the flows\' paths counts as untrusted ' +
      '(--unknown-as trusted counts them as clean).\n')
    expect(summaryOf('trusted')).toContain('Nodes: 0 untrusted, 1 unknown, 2 trusted.\n')
    // The volume they expose is named by node, as the untrusted nodes' is.
    expect(summaryOf('untrusted').split('\n').slice(-3)).toEqual([
      'Unknown nodes (no known equipment) by sensitive traffic crossing them, in Mbit/s:',
      '  kl-core-7           10 in 1 flow',
      '',
    ])
    expect(summaryOf('trusted')).not.toContain('Unknown nodes')
  })

  it('names at most five devices to confirm first, most crossed first, and says how many more the JSON lists', () => {
    // Kaiserslautern holds seven LTE routers known only by their brand's OEM relation, and nothing else untrusted.
    const devices = Array.from({ length: 7 }, (_, i) => `lte-${i + 1}`)
    const placements = [
      place('fra', 'trusted'),
      { ...place('kl-core-7', 'untrusted'), untrusted: devices, untrustedCount: 7, untrustedToConfirm: devices, untrustedToConfirmCount: 7, toConfirm: true as const },
      place('mz', 'trusted'),
    ]
    const run = streamAnalysis(TOPOLOGY, placements, [{ id: 'f1', src: 'fra', dst: 'mz', volume: 10 }, { id: 'f2', src: 'fra', dst: 'kl-core-7', volume: 10 }])
    let step = run.flows.next()
    while (step.done !== true) step = run.flows.next()
    const text = formatExposureSummary(step.value, placements, 'untrusted')
    expect(text).toContain('20 Mbit/s of it (100.0%) crosses untrusted equipment only at nodes to confirm')
    expect(text).toContain('Nodes: 1 untrusted (1 to confirm), 0 unknown, 2 trusted.')
    const listed = text.split('Devices to confirm first')[1]!.split('\n').slice(1).filter((l) => l !== '')
    expect(listed).toEqual([
      '  lte-1  kl-core-7           20 in 2 flows', '  lte-2  kl-core-7           20 in 2 flows', '  lte-3  kl-core-7           20 in 2 flows',
      '  lte-4  kl-core-7           20 in 2 flows', '  lte-5  kl-core-7           20 in 2 flows', '  … and 2 more',
    ])
  })
})
