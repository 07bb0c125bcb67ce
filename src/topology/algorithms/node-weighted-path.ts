import { TrustpathError } from '../../errors.js'
import type { Graph } from '../graph.js'
import { checkSource } from './shortest-paths.js'

/**
 * Cheapest paths from one source where crossing a node costs its `nodeCost` (ends included) and
 * ties in cost break by the routed metric: the cheapest set of nodes to replace so that a path
 * exists. `parent[v]` is the node before v on its cheapest path, -1 at the source and when
 * unreached.
 */
export type NodeWeightedTree = {
  source: number
  /** Total node cost of the cheapest path; Infinity when unreached. */
  cost: Float64Array
  /** The metric of that path. */
  metric: Float64Array
  parent: Int32Array
  heap: Uint32Array
  heapPos: Int32Array
  done: Uint8Array
}

/** Allocates a tree for `nodeWeightedPathsAssign`, to be reused across sources of one graph. */
export function buildNodeWeightedTree(graph: Graph): NodeWeightedTree {
  const n = graph.nodeCount
  return {
    source: -1,
    cost: new Float64Array(n),
    metric: new Float64Array(n),
    parent: new Int32Array(n),
    heap: new Uint32Array(n),
    heapPos: new Int32Array(n),
    done: new Uint8Array(n),
  }
}

/**
 * Dijkstra on the key (total node cost, metric), ties by node index. Node costs must be ≥ 0; an
 * infinite cost makes a node impassable.
 *
 * @example
 * const tree = nodeWeightedPaths(graph, s, costs)
 * tree.cost[t] // the least replacement cost that gives s → t a clean path
 */
export function nodeWeightedPaths(graph: Graph, source: number, nodeCost: Float64Array): NodeWeightedTree {
  checkSource(graph, source, 'topology/nodeWeightedPaths')
  if (nodeCost.length !== graph.nodeCount) {
    throw new TrustpathError('usage', `topology/nodeWeightedPaths: nodeCost has ${nodeCost.length} entries, the graph has ${graph.nodeCount} nodes.`)
  }
  for (let v = 0; v < nodeCost.length; v++) {
    if (!(nodeCost[v]! >= 0)) {
      throw new TrustpathError('usage', `topology/nodeWeightedPaths: node ${graph.ids[v]} has the cost ${nodeCost[v]}; costs must be ≥ 0.`)
    }
  }
  return nodeWeightedPathsAssign(graph, source, nodeCost, buildNodeWeightedTree(graph))
}

/** `nodeWeightedPaths` into a tree from `buildNodeWeightedTree(graph)`, overwriting it. Arguments are not checked. */
export function nodeWeightedPathsAssign(graph: Graph, source: number, nodeCost: Float64Array, tree: NodeWeightedTree): NodeWeightedTree {
  const { offsets, targets, weights } = graph
  const { cost, metric, parent, heap, heapPos, done } = tree
  cost.fill(Infinity)
  metric.fill(Infinity)
  parent.fill(-1)
  heapPos.fill(-1)
  done.fill(0)
  tree.source = source
  if (nodeCost[source] === Infinity) return tree
  // The heap compares (cost, metric, index) inline: a closure here costs a third of the run time.
  let size = 1
  cost[source] = nodeCost[source]!
  metric[source] = 0
  heap[0] = source
  heapPos[source] = 0
  while (size > 0) {
    const u: number = heap[0]!
    heapPos[u] = -1
    size--
    if (size > 0) {
      const last = heap[size]!
      const lc = cost[last]!
      const lm = metric[last]!
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        if (l >= size) break
        let c = l
        let cv = heap[l]!
        let cc = cost[cv]!
        let cm = metric[cv]!
        const r = l + 1
        if (r < size) {
          const rv = heap[r]!
          const rc = cost[rv]!
          const rm = metric[rv]!
          if (rc < cc || (rc === cc && (rm < cm || (rm === cm && rv < cv)))) { c = r; cv = rv; cc = rc; cm = rm }
        }
        if (cc < lc || (cc === lc && (cm < lm || (cm === lm && cv < last)))) {
          heap[i] = cv
          heapPos[cv] = i
          i = c
        } else break
      }
      heap[i] = last
      heapPos[last] = i
    }
    done[u] = 1
    const cu = cost[u]!
    const mu = metric[u]!
    const end = offsets[u + 1]!
    for (let k: number = offsets[u]!; k < end; k++) {
      const v = targets[k]!
      if (done[v] === 1) continue
      const nc = cu + nodeCost[v]!
      if (nc === Infinity) continue
      const nm = mu + weights[k]!
      if (nc < cost[v]! || (nc === cost[v] && nm < metric[v]!)) {
        cost[v] = nc
        metric[v] = nm
        parent[v] = u
        let i = heapPos[v]!
        if (i < 0) i = size++
        while (i > 0) {
          const p = (i - 1) >> 1
          const pv = heap[p]!
          const pc = cost[pv]!
          const pm = metric[pv]!
          if (pc < nc || (pc === nc && (pm < nm || (pm === nm && pv < v)))) break
          heap[i] = pv
          heapPos[pv] = i
          i = p
        }
        heap[i] = v
        heapPos[v] = i
      }
    }
  }
  return tree
}

/** The cheapest path from the tree's source to `target` as node indices (source first), or null when unreached. */
export function nodeWeightedPathTo(tree: NodeWeightedTree, target: number): number[] | null {
  if (tree.cost[target] === Infinity) return null
  const path = [target]
  for (let v = tree.parent[target]!; v !== -1; v = tree.parent[v]!) path.push(v)
  return path.reverse()
}
