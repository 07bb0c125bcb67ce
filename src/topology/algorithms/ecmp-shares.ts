import { TrustpathError } from '../../errors.js'
import type { ShortestPathTree } from './shortest-paths.js'

/**
 * How the volume of one flow spreads over the nodes of its equal-cost paths. `nodes` holds the
 * sub-DAG of nodes on shortest paths between the tree's source and the other end, in settle order
 * (from the tree's source outward), and `shares[i]` the share of the volume crossing `nodes[i]`.
 */
export type EcmpShares = {
  /** Nodes in the sub-DAG; 0 when the other end is unreached. */
  count: number
  nodes: Uint32Array
  shares: Float64Array
  /** The share of the volume that crosses at least one `bad` node (ends included). */
  exposedShare: number
  /** True when any node of the sub-DAG is bad (then `exposedShare` > 0, up to rounding). */
  touchesBad: boolean
}

/**
 * Which way the traffic goes on the tree: `from-source` for a flow tree.source → other (the
 * volume splits at every node among its next hops toward the other end), `to-source` for a flow
 * other → tree.source (it splits among each node's predecessors, its next hops toward the
 * source). The two differ only in where the splits happen.
 */
export type EcmpDirection = 'from-source' | 'to-source'

export type EcmpSharesOptions = {
  /** @default 'from-source' */
  direction?: EcmpDirection
  /** Nodes whose crossing makes traffic exposed, as 1 at their index. @default undefined (none) */
  bad?: Uint8Array | undefined
}

const DEFAULTS = { direction: 'from-source', bad: undefined } as const satisfies EcmpSharesOptions

/** Scratch arrays for `ecmpSharesAssign`, reused across flows of one graph. */
export type EcmpWorkspace = EcmpShares & {
  stamp: Int32Array
  epoch: number
  mass: Float64Array
  clean: Float64Array
  outdeg: Uint32Array
  ranks: Uint32Array
  stack: Uint32Array
}

/** Allocates the workspace of `ecmpSharesAssign` for graphs of `nodeCount` nodes. */
export function buildEcmpWorkspace(nodeCount: number): EcmpWorkspace {
  return {
    count: 0,
    nodes: new Uint32Array(nodeCount),
    shares: new Float64Array(nodeCount),
    exposedShare: 0,
    touchesBad: false,
    stamp: new Int32Array(nodeCount),
    epoch: 0,
    mass: new Float64Array(nodeCount),
    clean: new Float64Array(nodeCount),
    outdeg: new Uint32Array(nodeCount),
    ranks: new Uint32Array(nodeCount),
    stack: new Uint32Array(nodeCount),
  }
}

/**
 * The ECMP split of a flow between `tree.source` and `other`, with the volume divided evenly at
 * every branch (as per-flow hashing does on average). The exposed share is computed by dynamic
 * programming over the sub-DAG (the mass that has not yet crossed a bad node), not by adding up
 * per-node shares, which would count twice the traffic that crosses two bad nodes.
 *
 * @example
 * const tree = shortestPaths(graph, s)
 * const { exposedShare } = ecmpShares(tree, t, { bad })
 */
export function ecmpShares(tree: ShortestPathTree, other: number, options: EcmpSharesOptions = {}): EcmpShares {
  const opts = { ...DEFAULTS, ...options } satisfies EcmpSharesOptions
  const n = tree.dist.length
  if (!(Number.isInteger(other) && other >= 0 && other < n)) {
    throw new TrustpathError('usage', `topology/ecmpShares: node ${other} is not in the graph (${n} nodes).`)
  }
  if (opts.bad !== undefined && opts.bad.length !== n) {
    throw new TrustpathError('usage', `topology/ecmpShares: bad has ${opts.bad.length} entries, the graph has ${n} nodes.`)
  }
  const ws = ecmpSharesAssign(tree, other, opts.direction, opts.bad, buildEcmpWorkspace(n))
  return {
    count: ws.count,
    nodes: ws.nodes.slice(0, ws.count),
    shares: ws.shares.slice(0, ws.count),
    exposedShare: ws.exposedShare,
    touchesBad: ws.touchesBad,
  }
}

/** `ecmpShares` into a workspace, overwriting it; the work is in proportion to the sub-DAG. Arguments are not checked. */
export function ecmpSharesAssign(
  tree: ShortestPathTree,
  other: number,
  direction: EcmpDirection,
  bad: Uint8Array | undefined,
  ws: EcmpWorkspace,
): EcmpWorkspace {
  const { rank, order, predStart, preds } = tree
  const { stamp, mass, clean, outdeg, ranks, stack, nodes, shares } = ws
  ws.count = 0
  ws.exposedShare = 0
  ws.touchesBad = false
  if (rank[other]! < 0) return ws

  // Collect the sub-DAG: everything reachable from `other` along predecessors.
  const epoch = ++ws.epoch
  let count = 0
  let top = 0
  let touchesBad = false
  stack[top++] = other
  stamp[other] = epoch
  while (top > 0) {
    const v = stack[--top]!
    const r = rank[v]!
    ranks[count++] = r
    if (bad !== undefined && bad[v] === 1) touchesBad = true
    const end = predStart[r + 1]!
    for (let k = predStart[r]!; k < end; k++) {
      const p = preds[k]!
      if (stamp[p] !== epoch) {
        stamp[p] = epoch
        stack[top++] = p
      }
    }
  }
  const sorted = ranks.subarray(0, count).sort()
  for (let i = 0; i < count; i++) nodes[i] = order[sorted[i]!]!

  if (direction === 'from-source') {
    // Pull in settle order: each node receives from its predecessors, which split evenly among
    // their successors inside the sub-DAG.
    for (let i = 0; i < count; i++) outdeg[nodes[i]!] = 0
    for (let i = 1; i < count; i++) {
      const r = sorted[i]!
      const end = predStart[r + 1]!
      for (let k = predStart[r]!; k < end; k++) outdeg[preds[k]!]!++
    }
    const s = nodes[0]!
    mass[s] = 1
    clean[s] = bad !== undefined && bad[s] === 1 ? 0 : 1
    for (let i = 1; i < count; i++) {
      const v = nodes[i]!
      const r = sorted[i]!
      let m = 0
      let c = 0
      const end = predStart[r + 1]!
      for (let k = predStart[r]!; k < end; k++) {
        const p = preds[k]!
        const d = outdeg[p]!
        m += mass[p]! / d
        c += clean[p]! / d
      }
      mass[v] = m
      clean[v] = bad !== undefined && bad[v] === 1 ? 0 : c
    }
    ws.exposedShare = touchesBad ? clamp01(1 - clean[other]!) : 0
    // All of the flow arrives, whatever the rounding of the fractions that add up to it.
    mass[other] = 1
  } else {
    // Push against settle order: each node splits what it holds evenly among its predecessors.
    for (let i = 0; i < count; i++) {
      mass[nodes[i]!] = 0
      clean[nodes[i]!] = 0
    }
    mass[other] = 1
    clean[other] = 1
    for (let i = count - 1; i >= 0; i--) {
      const v = nodes[i]!
      const r = sorted[i]!
      if (bad !== undefined && bad[v] === 1) clean[v] = 0
      const start = predStart[r]!
      const np = predStart[r + 1]! - start
      if (np === 0) continue
      const m = mass[v]! / np
      const c = clean[v]! / np
      for (let k = start; k < start + np; k++) {
        const p = preds[k]!
        mass[p]! += m
        clean[p]! += c
      }
    }
    ws.exposedShare = touchesBad ? clamp01(1 - clean[tree.source]!) : 0
    mass[tree.source] = 1
  }
  for (let i = 0; i < count; i++) shares[i] = mass[nodes[i]!]!
  ws.count = count
  ws.touchesBad = touchesBad
  return ws
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x)
