import { describe, expect, it } from 'vitest'
import { buildPairNames, generateFlows, parseFlowGenerator } from './generate-flows.js'

describe('generated flows', () => {
  it('reads the --flows generator values and leaves file names alone', () => {
    expect(parseFlowGenerator('all-pairs')).toEqual({ kind: 'all-pairs' })
    expect(parseFlowGenerator('sample:500')).toEqual({ kind: 'sample', count: 500, seed: 1 })
    expect(parseFlowGenerator('sample:5:42')).toEqual({ kind: 'sample', count: 5, seed: 42 })
    expect(parseFlowGenerator('flows.csv')).toBeUndefined()
  })

  it('makes every ordered pair of distinct nodes once', () => {
    const flows = [...generateFlows(['a', 'b', 'c'], { kind: 'all-pairs' })]
    expect(flows.map((f) => `${f.src}${f.dst}`)).toEqual(['ab', 'ac', 'ba', 'bc', 'ca', 'cb'])
  })

  it('names all-pairs flows by the labels of their ends where each label is the node\'s alone, else by the node ids', () => {
    // Chinanet's labels (Topology Zoo), GtsCe's two nodes labelled Istanbul, an unlabelled node, a
    // label that is another node's id, and one with the > that parts the two ends.
    const nodes = [
      { id: 'cn:39', label: 'Beijing' }, { id: 'cn:23', label: 'Hong Kong' }, { id: 'gts:145', label: 'Istanbul' }, { id: 'gts:146', label: 'Istanbul' },
      { id: 'x:1' }, { id: 'x:2', label: 'x:1' }, { id: 'x:3', label: 'a>b' },
    ]
    const names = buildPairNames(nodes)
    expect(names).toEqual(['Beijing', 'Hong Kong', 'gts:145', 'gts:146', 'x:1', 'x:2', 'x:3'])
    const flows = [...generateFlows(nodes.map((n) => n.id), { kind: 'all-pairs' }, names)]
    expect(flows[0]).toEqual({ id: 'Beijing>Hong Kong', src: 'cn:39', dst: 'cn:23', volume: 1 })
    expect(flows.find((f) => f.src === 'gts:145' && f.dst === 'gts:146')?.id).toBe('gts:145>gts:146')
    expect(new Set(flows.map((f) => f.id)).size).toBe(nodes.length * (nodes.length - 1))
  })

  it('samples the same pairs for the same seed, never a node to itself', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e']
    const one = [...generateFlows(nodes, { kind: 'sample', count: 200, seed: 7 })]
    expect(one).toEqual([...generateFlows(nodes, { kind: 'sample', count: 200, seed: 7 })])
    expect(one.every((f) => f.src !== f.dst)).toBe(true)
    expect(new Set(one.map((f) => f.src)).size).toBe(5)
  })

  it('numbers sampled flows in the order of their source and destination nodes, so they come out in id order', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e']
    const flows = [...generateFlows(nodes, { kind: 'sample', count: 40, seed: 3 })]
    expect(flows.map((f) => f.id)).toEqual(Array.from({ length: 40 }, (_, i) => `sample-${i + 1}`))
    const rank = (f: { src: string; dst: string }) => nodes.indexOf(f.src) * nodes.length + nodes.indexOf(f.dst)
    for (let i = 1; i < flows.length; i++) expect(rank(flows[i]!), flows[i]!.id).toBeGreaterThanOrEqual(rank(flows[i - 1]!))
  })
})

describe('sampled flows without repeats', () => {
  const nodes = Array.from({ length: 11 }, (_, i) => `n${i}`)
  const key = (f: { src: string; dst: string }) => `${f.src}>${f.dst}`

  it('draws different pairs while there are enough of them', () => {
    for (const count of [20, 55, 56, 100, 109, 110]) {
      const flows = [...generateFlows(nodes, { kind: 'sample', count, seed: 1 })]
      expect(flows).toHaveLength(count)
      expect(new Set(flows.map(key)).size, `sample:${count}`).toBe(count)
      expect(flows.every((f) => f.src !== f.dst)).toBe(true)
      expect(flows.map((f) => f.id)).toEqual(Array.from({ length: count }, (_, i) => `sample-${i + 1}`))
    }
  })

  it('repeats pairs only when more flows are asked for than there are pairs', () => {
    const flows = [...generateFlows(nodes, { kind: 'sample', count: 300, seed: 1 })]
    expect(flows).toHaveLength(300)
    expect(new Set(flows.map(key)).size).toBeLessThanOrEqual(110)
  })

  it('gives every pair its chance: over many seeds each pair is drawn about as often', () => {
    const counts = new Map<string, number>()
    for (let seed = 1; seed <= 400; seed++) {
      for (const count of [30, 90]) for (const f of generateFlows(nodes.slice(0, 5), { kind: 'sample', count: count === 30 ? 6 : 15, seed })) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1)
    }
    // 5 nodes, 20 pairs; 400 × (6 + 15) draws: each pair expected 420 times
    expect(counts.size).toBe(20)
    for (const [pair, seen] of counts) expect(Math.abs(seen - 420), pair).toBeLessThan(80)
  })
})
