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
 * drawn uniformly with a seeded generator (the same seed gives the same flows). Either way the
 * flows come in the order of their source, then destination, in the order of `nodes`, and their ids
 * follow that order. Lazy for all pairs, so millions of flows never sit in memory at once; a
 * sample holds one number per pair.
 */
export function* generateFlows(nodes: readonly string[], generator: FlowGenerator): Generator<Flow> {
  if (nodes.length < 2) return
  if (generator.kind === 'all-pairs') {
    for (const src of nodes) for (const dst of nodes) if (src !== dst) yield { id: `${src}>${dst}`, src, dst, volume: 1 }
    return
  }
  const rng = buildPrng(generator.seed)
  const n = nodes.length
  // The pairs are drawn first and numbered once sorted by source and destination: an exposure run
  // groups flows by source node, in node order, so numbering them in draw order printed sample-7
  // before sample-1. Sorted, they come out in the order of their ids, as all-pairs flows do. Each
  // pair is kept as one number, source × n + destination (below 2^53 for any real node count).
  const pairs = new Float64Array(generator.count)
  for (let i = 0; i < generator.count; i++) {
    const a = rng.int(n)
    let b = rng.int(n - 1)
    if (b >= a) b++
    pairs[i] = a * n + b
  }
  pairs.sort()
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!
    yield { id: `sample-${i + 1}`, src: nodes[Math.floor(pair / n)]!, dst: nodes[pair % n]!, volume: 1 }
  }
}
