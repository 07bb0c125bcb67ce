import { TrustpathError } from '../../errors.js'
import type { Graph } from '../graph.js'

/**
 * Single-source shortest paths with every equal-cost predecessor: the ECMP DAG an IGP builds.
 * Arrays are indexed by node unless named otherwise; `preds` is indexed by settle rank, so the
 * predecessors of node v are `preds[predStart[rank[v]] .. predStart[rank[v] + 1] - 1]`.
 */
export type ShortestPathTree = {
  source: number
  /** The routed metric from the source; Infinity when unreachable. */
  dist: Float64Array
  /** How many nodes were reached (settled). */
  settled: number
  /** The reached nodes in settle order (non-decreasing distance, ties by node index): a topological order of the DAG. */
  order: Uint32Array
  /** The position of each node in `order`; -1 when not reached. */
  rank: Int32Array
  /** `settled + 1` meaningful entries, by rank. */
  predStart: Uint32Array
  /** Predecessors of each reached node, in arc order (by node index), so the first one is the smallest index. */
  preds: Uint32Array
  /** Heap workspace, reused by `shortestPathsAssign`. */
  heap: Uint32Array
  heapPos: Int32Array
}

/** Options of `shortestPaths`. */
export type ShortestPathsOptions = {
  /**
   * Nodes that may not be crossed, as 1 at their index. A blocked source reaches nothing, and a
   * blocked node is never reached, so paths avoid it as an end too.
   * @default undefined (nothing blocked)
   */
  blocked?: Uint8Array | undefined
}

const DEFAULTS = { blocked: undefined } as const satisfies ShortestPathsOptions

/**
 * Two path metrics that differ by less than this share of the larger are one cost. Metrics
 * written as decimals add up to sums that differ in their last bits (0.1 + 0.2 is
 * 0.30000000000000004, 0.25 + 0.05 is 0.3), and exact equality would route all the traffic over
 * one of two paths of the same cost. A billionth is far below any real difference of metrics (a
 * millimetre in 1,000 km) and far above the rounding of a sum of a million metrics.
 */
export const EQUAL_COST_TOLERANCE = 1e-9

/** Allocates a tree for `shortestPathsAssign`, to be reused across sources of one graph. */
export function buildShortestPathTree(graph: Graph): ShortestPathTree {
  const n = graph.nodeCount
  return {
    source: -1,
    dist: new Float64Array(n),
    settled: 0,
    order: new Uint32Array(n),
    rank: new Int32Array(n),
    predStart: new Uint32Array(n + 1),
    preds: new Uint32Array(graph.arcCount),
    heap: new Uint32Array(n),
    heapPos: new Int32Array(n),
  }
}

/**
 * Dijkstra from `source` with a binary heap on typed arrays, keeping all equal-cost predecessors
 * of each node: metric sums equal up to `EQUAL_COST_TOLERANCE` (the rounding of decimal metrics),
 * so integer metrics tie exactly and decimal ones as written. Ties in the heap break by node
 * index, so the result is the same on every run.
 *
 * A predecessor is recorded only when it was settled first; this keeps the DAG acyclic when
 * zero metrics join nodes at the same distance (then only one of the two directions counts).
 *
 * @example
 * const tree = shortestPaths(graph, graph.index.get('fra')!)
 * tree.dist[graph.index.get('ber')!] // the routed metric fra → ber
 */
export function shortestPaths(graph: Graph, source: number, options: ShortestPathsOptions = {}): ShortestPathTree {
  const opts = { ...DEFAULTS, ...options } satisfies ShortestPathsOptions
  checkSource(graph, source, 'topology/shortestPaths')
  if (opts.blocked !== undefined && opts.blocked.length !== graph.nodeCount) {
    throw new TrustpathError('usage', `topology/shortestPaths: blocked has ${opts.blocked.length} entries, the graph has ${graph.nodeCount} nodes.`)
  }
  return shortestPathsAssign(graph, source, opts, buildShortestPathTree(graph))
}

/** `shortestPaths` into a tree from `buildShortestPathTree(graph)`, overwriting it. Arguments are not checked. */
export function shortestPathsAssign(graph: Graph, source: number, options: ShortestPathsOptions, tree: ShortestPathTree): ShortestPathTree {
  const { offsets, targets, weights } = graph
  const { dist, order, rank, predStart, preds, heap, heapPos } = tree
  const blocked = options.blocked
  dist.fill(Infinity)
  rank.fill(-1)
  heapPos.fill(-1)
  tree.source = source
  tree.settled = 0
  predStart[0] = 0
  if (blocked !== undefined && blocked[source] === 1) return tree

  let size = 1
  let settled = 0
  let pc = 0
  heap[0] = source
  heapPos[source] = 0
  dist[source] = 0
  while (size > 0) {
    // Pop the minimum (distance, then index).
    const u: number = heap[0]!
    heapPos[u] = -1
    size--
    if (size > 0) {
      const last = heap[size]!
      const dl = dist[last]!
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        if (l >= size) break
        let c = l
        let cv = heap[l]!
        let cd = dist[cv]!
        const r = l + 1
        if (r < size) {
          const rv = heap[r]!
          const rd = dist[rv]!
          if (rd < cd || (rd === cd && rv < cv)) { c = r; cv = rv; cd = rd }
        }
        if (cd < dl || (cd === dl && cv < last)) {
          heap[i] = cv
          heapPos[cv] = i
          i = c
        } else break
      }
      heap[i] = last
      heapPos[last] = i
    }
    const du = dist[u]!
    rank[u] = settled
    order[settled] = u
    predStart[settled] = pc
    settled++
    const end = offsets[u + 1]!
    for (let k: number = offsets[u]!; k < end; k++) {
      const v = targets[k]!
      const w = weights[k]!
      if (rank[v]! >= 0) {
        // v was settled first and relaxed this arc, so dist[v] + w >= du.
        if (dist[v]! + w - du <= EQUAL_COST_TOLERANCE * du) preds[pc++] = v
        continue
      }
      if (blocked !== undefined && blocked[v] === 1) continue
      const nd = du + w
      if (nd < dist[v]!) {
        dist[v] = nd
        let i = heapPos[v]!
        if (i < 0) i = size++
        // Sift up.
        while (i > 0) {
          const p = (i - 1) >> 1
          const pv = heap[p]!
          const pd = dist[pv]!
          if (pd < nd || (pd === nd && pv < v)) break
          heap[i] = pv
          heapPos[pv] = i
          i = p
        }
        heap[i] = v
        heapPos[v] = i
      }
    }
  }
  predStart[settled] = pc
  tree.settled = settled
  return tree
}

/**
 * One shortest path from the tree's source to `target` as node indices (source first), following
 * the first predecessor at every step (the smallest index), or null when the target is unreached.
 */
export function pathTo(tree: ShortestPathTree, target: number): number[] | null {
  if (tree.rank[target]! < 0) return null
  const path = [target]
  let v = target
  while (v !== tree.source) {
    v = tree.preds[tree.predStart[tree.rank[v]!]!]!
    path.push(v)
  }
  return path.reverse()
}

/** Throws a usage error naming `where` unless `node` is a node index of the graph. */
export function checkSource(graph: Graph, node: number, where: string): void {
  if (!(Number.isInteger(node) && node >= 0 && node < graph.nodeCount)) {
    throw new TrustpathError('usage', `${where}: source node ${node} is not in the graph (${graph.nodeCount} nodes). Pass a node index from graph.index.`)
  }
}
