import type { Flow } from '../domain/topology.js'
import { buildPrng } from '../util/prng.js'

/** How to make flows when the user has none: every ordered pair, or a random sample. */
export type FlowGenerator = { kind: 'all-pairs' } | { kind: 'sample'; count: number; seed: number }

/**
 * Parses `all-pairs`, `sample:N` or `sample:N:SEED` (the `--flows` values that generate flows);
 * undefined for anything else (a file name).
 */
export function parseFlowGenerator(text: string): FlowGenerator | undefined {
  if (text === 'all-pairs') return { kind: 'all-pairs' }
  const m = /^sample:(\d+)(?::(\d+))?$/.exec(text)
  if (m === null) return undefined
  return { kind: 'sample', count: Number(m[1]), seed: m[2] === undefined ? 1 : Number(m[2]) }
}

/**
 * Generates flows of volume 1 between nodes: all ordered pairs of distinct nodes, or `count` pairs
 * drawn uniformly with a seeded generator (the same seed gives the same flows). Lazy, so millions
 * of flows never sit in memory at once.
 */
export function* generateFlows(nodes: readonly string[], generator: FlowGenerator): Generator<Flow> {
  if (nodes.length < 2) return
  if (generator.kind === 'all-pairs') {
    for (const src of nodes) for (const dst of nodes) if (src !== dst) yield { id: `${src}>${dst}`, src, dst, volume: 1 }
    return
  }
  const rng = buildPrng(generator.seed)
  for (let i = 0; i < generator.count; i++) {
    const a = rng.int(nodes.length)
    let b = rng.int(nodes.length - 1)
    if (b >= a) b++
    yield { id: `sample-${i + 1}`, src: nodes[a]!, dst: nodes[b]!, volume: 1 }
  }
}
