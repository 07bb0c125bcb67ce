import { describe, expect, it } from 'vitest'
import { generateFlows, parseFlowGenerator } from './generate-flows.js'

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

  it('samples the same pairs for the same seed, never a node to itself', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e']
    const one = [...generateFlows(nodes, { kind: 'sample', count: 200, seed: 7 })]
    expect(one).toEqual([...generateFlows(nodes, { kind: 'sample', count: 200, seed: 7 })])
    expect(one.every((f) => f.src !== f.dst)).toBe(true)
    expect(new Set(one.map((f) => f.src)).size).toBe(5)
  })
})
