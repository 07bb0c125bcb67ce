import type { Flow, TopologyNode } from '../domain/topology.js'
import { buildPrng, type Prng } from '../util/prng.js'

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
 * The names that `all-pairs` flow ids give their ends: a node's label where no other node has it
 * (`Beijing>Hong Kong`), else its id (`Chinanet:5`), so that a plan's "cleans 8 flows (…)" names
 * places a reader knows rather than `Chinanet:39`. A label shared by several nodes (the Topology
 * Zoo's unlabelled "None"s, one city in two networks), one that is another node's id, or one with
 * a `>` in it would let two pairs share an id: such a node is named by its id.
 */
export function buildPairNames(nodes: readonly Pick<TopologyNode, 'id' | 'label'>[]): string[] {
  const ids = new Set(nodes.map((n) => n.id))
  const uses = new Map<string, number>()
  for (const n of nodes) if (n.label !== undefined) uses.set(n.label, (uses.get(n.label) ?? 0) + 1)
  return nodes.map((n) => (n.label !== undefined && n.label !== '' && uses.get(n.label) === 1 && !ids.has(n.label) && !n.label.includes('>') ? n.label : n.id))
}

/**
 * Generates flows of volume 1 between nodes: all ordered pairs of distinct nodes, or `count` pairs
 * drawn uniformly with a seeded generator (the same seed gives the same flows). A sample holds
 * distinct pairs while there are enough of them: asked for 20 flows among 11 nodes, a user expects
 * 20 different pairs, not one pair twice by chance. Only a count above the number of ordered pairs
 * draws pairs again (each pair as likely). Either way the flows come in the order of their source,
 * then destination, in the order of `nodes`, and their ids follow that order: an all-pairs flow is
 * `<source>><destination>` by the `names` of its ends (one per node, distinct and without `>`:
 * see `buildPairNames`; the node ids by default). Lazy for all pairs, so millions of flows never
 * sit in memory at once; a sample holds one number per pair.
 */
export function* generateFlows(nodes: readonly string[], generator: FlowGenerator, names: readonly string[] = nodes): Generator<Flow> {
  if (nodes.length < 2) return
  if (generator.kind === 'all-pairs') {
    for (let a = 0; a < nodes.length; a++) {
      for (let b = 0; b < nodes.length; b++) if (a !== b) yield { id: `${names[a]!}>${names[b]!}`, src: nodes[a]!, dst: nodes[b]!, volume: 1 }
    }
    return
  }
  const n = nodes.length
  const flow = (index: number, pair: number): Flow =>
    ({ id: `sample-${index}`, src: nodes[Math.floor(pair / n)]!, dst: nodes[pair % n]!, volume: 1 })
  const rng = buildPrng(generator.seed)
  const total = n * (n - 1)
  // The pairs are drawn first and numbered once sorted by source and destination: an exposure run
  // groups flows by source node, in node order, so numbering them in draw order printed sample-7
  // before sample-1. Sorted, they come out in the order of their ids, as all-pairs flows do. Each
  // pair is kept as one number, source × n + destination (below 2^53 for any real node count).
  if (generator.count > total) {
    const pairs = drawPairs(rng, n, generator.count, false)
    for (let i = 0; i < pairs.length; i++) yield flow(i + 1, pairs[i]!)
    return
  }
  if (generator.count <= total / 2) {
    const pairs = drawPairs(rng, n, generator.count, true)
    for (let i = 0; i < pairs.length; i++) yield flow(i + 1, pairs[i]!)
    return
  }
  // More than half of all pairs: drawing the pairs left out is quicker than redrawing the ever
  // more frequent repeats, and gives the same distribution (every subset of the size as likely).
  const left = drawPairs(rng, n, total - generator.count, true)
  let skip = 0
  let index = 0
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      if (a === b) continue
      const pair = a * n + b
      if (skip < left.length && left[skip] === pair) skip++
      else yield flow(++index, pair)
    }
  }
}

/**
 * Draws `count` ordered pairs of distinct nodes out of `n`, sorted; `distinct` redraws repeats
 * until every pair is different (callers ask for at most half of all pairs, so few rounds do).
 */
function drawPairs(rng: Prng, n: number, count: number, distinct: boolean): Float64Array {
  const pairs = new Float64Array(count)
  let filled = 0
  for (;;) {
    for (let i = filled; i < count; i++) {
      const a = rng.int(n)
      let b = rng.int(n - 1)
      if (b >= a) b++
      pairs[i] = a * n + b
    }
    pairs.sort()
    if (!distinct) return pairs
    filled = 0
    for (let i = 0; i < count; i++) if (i === 0 || pairs[i] !== pairs[i - 1]) pairs[filled++] = pairs[i]!
    if (filled === count) return pairs
  }
}
