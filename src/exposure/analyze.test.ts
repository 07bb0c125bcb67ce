import { describe, expect, it } from 'vitest'
import type { Flow, Topology } from '../domain/topology.js'
import { streamAnalysis } from './analyze.js'
import { generateFlows } from './generate-flows.js'
import type { NodePlacement } from './node-trust.js'

// A square fra-ber-ham-muc-fra (metric 1), ber holding untrusted equipment, and an island far.
const TOPOLOGY: Topology = {
  nodes: [{ id: 'fra', label: 'Frankfurt' }, { id: 'ber', label: 'Berlin' }, { id: 'ham' }, { id: 'muc' }, { id: 'far' }],
  links: [{ a: 'fra', b: 'ber', metric: 1 }, { a: 'ber', b: 'ham', metric: 1 }, { a: 'ham', b: 'muc', metric: 1 }, { a: 'muc', b: 'fra', metric: 1 }],
  networks: [],
}
const place = (node: string, status: NodePlacement['status']): NodePlacement => ({
  node, status, devices: 1, transit: 1, untrusted: status === 'untrusted' ? ['d1'] : [], untrustedCount: status === 'untrusted' ? 1 : 0,
  unidentified: [], unidentifiedCount: 0, groups: status === 'untrusted' ? ['huawei'] : [],
})
const PLACEMENTS = [place('fra', 'trusted'), place('ber', 'untrusted'), place('ham', 'trusted'), place('muc', 'trusted'), place('far', 'trusted')]

function drain<T, R>(it: Generator<T, R, undefined>): { items: T[]; result: R } {
  const items: T[] = []
  for (;;) {
    const step = it.next()
    if (step.done === true) return { items, result: step.value }
    items.push(step.value)
  }
}

describe('streamAnalysis', () => {
  it('routes generated flows as they are read, holding none of them, with the results of the same flows in a list', () => {
    const ids = TOPOLOGY.nodes.map((n) => n.id)
    let read = 0
    function* counted(): Generator<Flow> {
      for (const f of generateFlows(ids, { kind: 'all-pairs' })) {
        read++
        yield f
      }
    }
    const run = streamAnalysis(TOPOLOGY, PLACEMENTS, counted())
    expect(run.count).toBeUndefined()
    expect(read).toBe(0)
    const first = run.flows.next()
    expect(read).toBe(1)
    expect(first.value).toMatchObject({ id: 'fra>ber', srcLabel: 'Frankfurt', dstLabel: 'Berlin', exposedShare: 1 })
    const rest = drain(run.flows)
    const listed = streamAnalysis(TOPOLOGY, PLACEMENTS, [...generateFlows(ids, { kind: 'all-pairs' })])
    const all = drain(listed.flows)
    expect([first.value, ...rest.items]).toEqual(all.items)
    expect(rest.result).toEqual(all.result)
    expect(rest.result).toMatchObject({ flows: 20, unroutedFlows: 8 })
  })

  it('reports a flow of an iterable that names no node when it is read, at its position, and counts it as skipped', () => {
    function* flows(): Generator<Flow> {
      yield { id: 'f1', src: 'fra', dst: 'ham', volume: 10, class: 'secret' }
      yield { id: 'f2', src: 'atlantis', dst: 'ham', volume: 5 }
      yield { id: 'f3', src: 'Berlin', dst: 'muc', volume: 5 }
    }
    const run = streamAnalysis(TOPOLOGY, PLACEMENTS, flows(), { flowsFile: 'flows.csv' })
    const { items } = drain(run.flows)
    expect(items.map((f) => f.id)).toEqual(['f1', 'f3'])
    expect(items[0]).toMatchObject({ class: 'secret', exposedShare: 0.5 })
    expect(run.skipped).toBe(1)
    expect(run.diagnostics).toEqual([expect.objectContaining({ code: 'unknown_node', node: 'atlantis', at: { file: 'flows.csv', path: [1, 'src'] } })])
  })

  it('names the devices to confirm first, on the node crossed by the most sensitive volume, in a list and as read', () => {
    // ber holds a router on weak evidence only, muc two of them; fra's is confirmed.
    const toConfirm = (node: string, devices: string[]): NodePlacement => ({
      ...place(node, 'untrusted'), untrusted: devices, untrustedCount: devices.length, untrustedToConfirm: devices, untrustedToConfirmCount: devices.length, toConfirm: true,
    })
    const placements = [place('fra', 'untrusted'), toConfirm('ber', ['ber-lte']), place('ham', 'trusted'), toConfirm('muc', ['muc-b', 'muc-a']), place('far', 'trusted')]
    const flows: Flow[] = [
      { id: 'ham-ber', src: 'ham', dst: 'ber', volume: 30 }, { id: 'ham-muc', src: 'ham', dst: 'muc', volume: 50 }, { id: 'ham-fra', src: 'ham', dst: 'fra', volume: 10 },
    ]
    const listed = drain(streamAnalysis(TOPOLOGY, placements, flows).flows).result
    expect(listed.devicesToConfirm).toEqual([
      { device: 'muc-a', node: 'muc', volume: 55, flows: 2 }, { device: 'muc-b', node: 'muc', volume: 55, flows: 2 }, { device: 'ber-lte', node: 'ber', volume: 35, flows: 2 },
    ])
    // ham-fra splits over ber and muc to fra, which is confirmed: none of it is exposed through nodes to confirm only.
    expect(listed.exposedVolumeToConfirm).toBe(80)
    expect(drain(streamAnalysis(TOPOLOGY, placements, flows.values()).flows).result).toEqual(listed)
    expect(drain(streamAnalysis(TOPOLOGY, PLACEMENTS, flows).flows).result).not.toHaveProperty('devicesToConfirm')
  })
})
