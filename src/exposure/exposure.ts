import { TrustpathError } from '../errors.js'
import { buildEcmpWorkspace, ecmpSharesAssign } from '../topology/algorithms/ecmp-shares.js'
import { buildNodeWeightedTree, nodeWeightedPathsAssign, nodeWeightedPathTo } from '../topology/algorithms/node-weighted-path.js'
import { buildShortestPathTree, EQUAL_COST_TOLERANCE, pathTo, shortestPathsAssign } from '../topology/algorithms/shortest-paths.js'
import type { ShortestPathTree } from '../topology/algorithms/shortest-paths.js'
import type { Graph } from '../topology/graph.js'
import { TRUST_STATUS } from './types.js'
import type { CleanPath, ExposureSummary, FlowExposure, NodeShare, NodeTrust, NodeVolume, ResolvedFlow } from './types.js'

/** Options of `computeExposure`. */
export type ComputeExposureOptions = {
  /**
   * Which end the flows are grouped by: one routing search (plus at most one clean-path and one
   * cheapest-fix search) runs per distinct node of that end. `auto` takes the end with fewer
   * distinct nodes; the results are the same either way, since links are undirected.
   * @default 'auto'
   */
  groupBy?: 'auto' | 'src' | 'dst'
  /** Give each flow its `routed` nodes (every node on its equal-cost paths, with its share). @default false */
  routedNodes?: boolean
}

/** Options of `streamExposure`. */
export type StreamExposureOptions = {
  /**
   * Which end consecutive flows share: a run of flows with the same node at that end costs one
   * set of searches. Sort or group the input by it; a node that comes back later is searched again.
   * @default 'src'
   */
  groupBy?: 'src' | 'dst'
  /** Give each flow its `routed` nodes (every node on its equal-cost paths, with its share). @default false */
  routedNodes?: boolean
}

const DEFAULTS = { groupBy: 'auto', routedNodes: false } as const satisfies ComputeExposureOptions
const STREAM_DEFAULTS = { groupBy: 'src', routedNodes: false } as const satisfies StreamExposureOptions

/** Per-flow exposures (in input order) and the summary. */
export type ExposureResult = { flows: FlowExposure[]; summary: ExposureSummary }

/**
 * The exposure of each flow: the share of its volume that the network's shortest paths (ECMP,
 * even split at every branch) carry across untrusted nodes, the untrusted and unknown nodes on
 * them, the shortest clean path with its stretch, and the cheapest set of nodes to replace for a
 * clean path; plus a summary. Holds every result in memory: use `streamExposure` for big inputs.
 *
 * @example
 * const { value: resolved } = resolveFlows(graph, flows)
 * const { flows: perFlow, summary } = computeExposure(graph, resolved, toNodeTrust(graph, placements, 'untrusted'))
 */
export function computeExposure(graph: Graph, flows: readonly ResolvedFlow[], trust: NodeTrust, options: ComputeExposureOptions = {}): ExposureResult {
  const opts = { ...DEFAULTS, ...options } satisfies ComputeExposureOptions
  const where = 'exposure/computeExposure'
  checkTrust(graph, trust, where)
  flows.forEach((f, i) => checkFlow(graph, f, i, where))
  const by = opts.groupBy === 'auto' ? fewerDistinctEnd(graph, flows) : opts.groupBy
  const engine = buildEngine(graph, trust, opts.routedNodes)

  // Counting sort of flow positions by the grouping end.
  const n = graph.nodeCount
  const start = new Uint32Array(n + 1)
  for (const f of flows) start[f[by] + 1]!++
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!
  const fill = start.slice(0, n)
  const positions = new Uint32Array(flows.length)
  flows.forEach((f, i) => {
    positions[fill[f[by]]!++] = i
  })

  const results = new Array<FlowExposure>(flows.length)
  for (let v = 0; v < n; v++) {
    const s = start[v]!
    const e = start[v + 1]!
    if (s === e) continue
    engine.startGroup(v, by)
    for (let k = s; k < e; k++) results[positions[k]!] = engine.expose(flows[positions[k]!]!)
  }
  return { flows: results, summary: engine.summary() }
}

/**
 * `computeExposure` over an iterable, one flow out per flow in, in input order, each yielded as
 * soon as its flow is read; the summary is the generator's return value. Memory stays in
 * proportion to the graph (a few search trees and per-node totals), not to the number of flows,
 * so millions of flows can stream from a file to a writer. Give the flows grouped by one end
 * (`groupBy`, default the source): each change of that end starts a new set of searches.
 *
 * @example
 * const it = streamExposure(graph, flowsBySource, trust)
 * let step = it.next()
 * for (; !step.done; step = it.next()) write(step.value)
 * const summary = step.value
 */
export function* streamExposure(
  graph: Graph,
  flows: Iterable<ResolvedFlow>,
  trust: NodeTrust,
  options: StreamExposureOptions = {},
): Generator<FlowExposure, ExposureSummary, undefined> {
  const opts = { ...STREAM_DEFAULTS, ...options } satisfies StreamExposureOptions
  const where = 'exposure/streamExposure'
  checkTrust(graph, trust, where)
  const by = opts.groupBy
  const engine = buildEngine(graph, trust, opts.routedNodes)
  let root = -1
  let i = 0
  for (const flow of flows) {
    checkFlow(graph, flow, i++, where)
    if (flow[by] !== root) {
      root = flow[by]
      engine.startGroup(root, by)
    }
    yield engine.expose(flow)
  }
  return engine.summary()
}

/**
 * The searches of one group of flows sharing a root (the end they are grouped by) and the
 * running summary. `startGroup` runs the routing search; the clean-path and cheapest-fix
 * searches run on the first flow of the group that needs them, into trees of their own, so each
 * flow is answered as it comes and nothing per flow is kept.
 */
type Engine = {
  startGroup(root: number, by: 'src' | 'dst'): void
  expose(flow: ResolvedFlow): FlowExposure
  summary(): ExposureSummary
}

/** A fresh object per flow, so a caller that edits one result cannot change another. */
const noCleanPath = (): CleanPath => ({ exists: false, metric: null, stretch: null, path: [] })

function buildEngine(graph: Graph, trust: NodeTrust, withRouted: boolean): Engine {
  const n = graph.nodeCount
  const ids = graph.ids
  const status = trust.status
  const bad = new Uint8Array(n)
  const nodeCost = new Float64Array(n)
  let anyBad = false
  for (let v = 0; v < n; v++) {
    const s = status[v]
    if (s === TRUST_STATUS.untrusted || (s === TRUST_STATUS.unknown && trust.unknownAs === 'untrusted')) {
      bad[v] = 1
      anyBad = true
      nodeCost[v] = trust.replacementCost === undefined ? 1 : trust.replacementCost[v]!
    }
  }
  // Nodes to confirm: bad for routing, but the volume exposed through them alone is counted apart,
  // by a second split over `firmBad` (the bad nodes but them) for the flows that cross one.
  const toConfirm = trust.toConfirm
  let firmBad: Uint8Array | undefined
  if (toConfirm !== undefined) {
    for (let v = 0; v < n; v++) {
      if (toConfirm[v] !== 1 || status[v] !== TRUST_STATUS.untrusted) continue
      firmBad ??= bad.slice()
      firmBad[v] = 0
    }
  }
  const firmEcmp = firmBad === undefined ? undefined : buildEcmpWorkspace(n)
  let exposedToConfirm = 0
  /** Marks a node to confirm on a flow's list of untrusted nodes. */
  const shareOf = (v: number, share: number): NodeShare =>
    firmBad !== undefined && toConfirm![v] === 1 && status[v] === TRUST_STATUS.untrusted ? { node: ids[v]!, share, toConfirm: true } : { node: ids[v]!, share }
  // One search for clean paths and fixes needs every replacement to cost something (see expose).
  let mergedSearch = true
  for (let v = 0; v < n; v++) if (bad[v] === 1 && !(nodeCost[v]! > 0)) mergedSearch = false
  // The nodes to replace in the order the fix's path crosses them, nearest the source first, as
  // `routed` and the clean path list theirs: a reader follows them along the path.
  const fixNodes = (path: number[], reverse: boolean): string[] => (reverse ? path.toReversed() : path).filter((v) => bad[v] === 1).map((v) => ids[v]!)
  const routeTree = buildShortestPathTree(graph)
  // Needed only when some replacement is free; allocated on first use.
  let cleanTree: ShortestPathTree | undefined
  const fixTree = buildNodeWeightedTree(graph)
  const ecmp = buildEcmpWorkspace(n)
  const nodeVolume = new Float64Array(n)
  const nodeFlows = new Uint32Array(n)
  let root = -1
  let by: 'src' | 'dst' = 'src'
  let cleanDone = false
  let fixDone = false
  let flowCount = 0
  let totalVolume = 0
  let exposedVolume = 0
  let unrouted = 0
  let withoutClean = 0
  const toIds = (path: number[], reverse: boolean): string[] => {
    if (reverse) path.reverse()
    return path.map((v) => ids[v]!)
  }
  // A clean path of the routed cost (up to the rounding of its sum) has a stretch of 1.
  const withStretch = (metric: number, routed: number, path: string[]): CleanPath => ({
    exists: true,
    metric,
    stretch: Math.abs(metric - routed) <= EQUAL_COST_TOLERANCE * routed ? 1 : routed > 0 ? metric / routed : null,
    path,
  })

  /**
   * A flow from a node to itself (traffic between two hosts of one site) is routed nowhere: it
   * crosses only that node. It is exposed when the node is untrusted, i.e. holds untrusted transit
   * equipment, and then cleaned only by replacing it. An unknown node is listed but does not make it
   * exposed: "unknown as untrusted" is a rule for choosing among paths, and with no path to choose
   * it would count every such flow at every node without an inventory as exposed.
   */
  const exposeLocal = (v: number, volume: number, exposure: FlowExposure): FlowExposure => {
    const s = status[v]
    exposure.routedMetric = 0
    if (withRouted) exposure.routed = [{ node: ids[v]!, share: 1 }]
    if (s === TRUST_STATUS.untrusted || s === TRUST_STATUS.unknown) {
      nodeVolume[v]! += volume
      nodeFlows[v]!++
      if (s === TRUST_STATUS.untrusted) exposure.untrusted.push(shareOf(v, 1))
      else exposure.unknown.push({ node: ids[v]!, share: 1 })
    }
    if (s !== TRUST_STATUS.untrusted) {
      exposure.clean = withStretch(0, 0, [ids[v]!])
      exposure.cheapestFix = { nodes: [], cost: 0, metric: 0 }
      return exposure
    }
    exposure.exposedShare = 1
    exposedVolume += volume
    if (exposure.untrusted[0]!.toConfirm === true) {
      exposure.exposedShareToConfirm = 1
      exposedToConfirm += volume
    }
    withoutClean++
    const cost = nodeCost[v]!
    if (cost < Infinity) exposure.cheapestFix = { nodes: [ids[v]!], cost, metric: 0 }
    return exposure
  }

  return {
    startGroup(groupRoot, groupBy) {
      root = groupRoot
      by = groupBy
      shortestPathsAssign(graph, root, {}, routeTree)
      cleanDone = false
      fixDone = false
    },

    expose(flow) {
      const other = by === 'src' ? flow.dst : flow.src
      const reverse = by === 'dst'
      flowCount++
      totalVolume += flow.volume
      const exposure: FlowExposure = {
        id: flow.id,
        src: ids[flow.src]!,
        dst: ids[flow.dst]!,
        volume: flow.volume,
        routedMetric: null,
        exposedShare: 0,
        untrusted: [],
        unknown: [],
        clean: noCleanPath(),
        cheapestFix: null,
      }
      if (withRouted) exposure.routed = []
      if (flow.src === flow.dst) return exposeLocal(flow.src, flow.volume, exposure)
      const ws = ecmpSharesAssign(routeTree, other, by === 'src' ? 'from-source' : 'to-source', anyBad ? bad : undefined, ecmp)
      if (ws.count === 0) {
        unrouted++
        withoutClean++
        return exposure
      }
      const routed = routeTree.dist[other]!
      exposure.routedMetric = routed
      exposure.exposedShare = ws.exposedShare
      exposedVolume += flow.volume * ws.exposedShare
      let crossesToConfirm = false
      for (let i = 0; i < ws.count; i++) {
        const v = ws.nodes[i]!
        const s = status[v]
        if (s !== TRUST_STATUS.untrusted && s !== TRUST_STATUS.unknown) continue
        const share = ws.shares[i]!
        nodeVolume[v]! += flow.volume * share
        nodeFlows[v]!++
        if (s === TRUST_STATUS.unknown) exposure.unknown.push({ node: ids[v]!, share })
        else {
          const entry = shareOf(v, share)
          if (entry.toConfirm === true) crossesToConfirm = true
          exposure.untrusted.push(entry)
        }
      }
      if (crossesToConfirm) {
        // The share that crosses bad nodes when the nodes to confirm are left out of them: the rest
        // of the exposed share crosses nodes to confirm only.
        const firm = ecmpSharesAssign(routeTree, other, by === 'src' ? 'from-source' : 'to-source', firmBad, firmEcmp!)
        const onlyToConfirm = ws.exposedShare - firm.exposedShare
        // Rounding of the two splits leaves noise where the nodes to confirm change nothing.
        if (onlyToConfirm > 1e-12) {
          exposure.exposedShareToConfirm = onlyToConfirm
          exposedToConfirm += flow.volume * onlyToConfirm
        }
      }
      exposure.untrusted.sort(byShare)
      exposure.unknown.sort(byShare)
      if (withRouted) {
        // The sub-DAG's nodes come in settle order, from the search's root outward.
        const routedNodes: NodeShare[] = []
        for (let i = 0; i < ws.count; i++) routedNodes.push({ node: ids[ws.nodes[i]!]!, share: ws.shares[i]! })
        exposure.routed = reverse ? routedNodes.reverse() : routedNodes
      }

      if (!ws.touchesBad) {
        // Every routed path is clean, so the clean search would find this same DAG: take its path.
        exposure.clean = withStretch(routed, routed, toIds(pathTo(routeTree, other)!, reverse))
        exposure.cheapestFix = { nodes: [], cost: 0, metric: routed }
        return exposure
      }
      if (!mergedSearch) {
        if (!cleanDone) {
          cleanTree ??= buildShortestPathTree(graph)
          shortestPathsAssign(graph, root, { blocked: bad }, cleanTree)
          cleanDone = true
        }
        const path = pathTo(cleanTree!, other)
        if (path !== null) {
          const metric = cleanTree!.dist[other]!
          exposure.clean = withStretch(metric, routed, toIds(path, reverse))
          exposure.cheapestFix = { nodes: [], cost: 0, metric }
          return exposure
        }
      }
      // With every replacement costing more than 0, a path of cost 0 is clean, and the search
      // ranks (cost, metric): its cost-0 paths are the shortest clean paths, so one search serves
      // both questions.
      if (!fixDone) {
        nodeWeightedPathsAssign(graph, root, nodeCost, fixTree)
        fixDone = true
      }
      const path = nodeWeightedPathTo(fixTree, other)
      const cost = fixTree.cost[other]!
      const metric = fixTree.metric[other]!
      if (path !== null && cost === 0 && mergedSearch) {
        exposure.clean = withStretch(metric, routed, toIds(path, reverse))
        exposure.cheapestFix = { nodes: [], cost: 0, metric }
        return exposure
      }
      withoutClean++
      if (path !== null) exposure.cheapestFix = { nodes: fixNodes(path, reverse), cost, metric }
      return exposure
    },

    summary() {
      const untrustedNodes: NodeVolume[] = []
      const unknownNodes: NodeVolume[] = []
      for (let v = 0; v < n; v++) {
        if (nodeFlows[v] === 0) continue
        const entry: NodeVolume = { node: ids[v]!, volume: nodeVolume[v]!, flows: nodeFlows[v]! }
        if (status[v] === TRUST_STATUS.untrusted && firmBad !== undefined && toConfirm![v] === 1) entry.toConfirm = true
        ;(status[v] === TRUST_STATUS.untrusted ? untrustedNodes : unknownNodes).push(entry)
      }
      const byVolume = (a: NodeVolume, b: NodeVolume): number => b.volume - a.volume || compareStrings(a.node, b.node)
      return {
        flows: flowCount,
        totalVolume,
        exposedVolume,
        exposedShare: totalVolume > 0 ? exposedVolume / totalVolume : 0,
        exposedVolumeToConfirm: exposedToConfirm,
        unroutedFlows: unrouted,
        flowsWithoutCleanPath: withoutClean,
        untrustedNodes: untrustedNodes.sort(byVolume),
        unknownNodes: unknownNodes.sort(byVolume),
      }
    },
  }
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const byShare = (a: NodeShare, b: NodeShare): number => b.share - a.share || compareStrings(a.node, b.node)

function fewerDistinctEnd(graph: Graph, flows: readonly ResolvedFlow[]): 'src' | 'dst' {
  const seenSrc = new Uint8Array(graph.nodeCount)
  const seenDst = new Uint8Array(graph.nodeCount)
  let src = 0
  let dst = 0
  for (const f of flows) {
    if (seenSrc[f.src] === 0) { seenSrc[f.src] = 1; src++ }
    if (seenDst[f.dst] === 0) { seenDst[f.dst] = 1; dst++ }
  }
  return dst < src ? 'dst' : 'src'
}

function checkTrust(graph: Graph, trust: NodeTrust, where: string): void {
  const n = graph.nodeCount
  if (trust.status.length !== n) {
    throw new TrustpathError('usage', `${where}: trust.status has ${trust.status.length} entries, the graph has ${n} nodes.`)
  }
  for (let v = 0; v < n; v++) {
    if (trust.status[v]! > 2) {
      throw new TrustpathError('usage', `${where}: trust.status of node ${quote(graph.ids[v]!)} is ${trust.status[v]}; expected 0 (trusted), 1 (untrusted) or 2 (unknown).`)
    }
  }
  if (trust.unknownAs !== 'untrusted' && trust.unknownAs !== 'trusted') {
    throw new TrustpathError('usage', `${where}: trust.unknownAs is ${quote(String(trust.unknownAs))}; expected "untrusted" or "trusted".`)
  }
  const cost = trust.replacementCost
  if (cost === undefined) return
  if (cost.length !== n) {
    throw new TrustpathError('usage', `${where}: trust.replacementCost has ${cost.length} entries, the graph has ${n} nodes.`)
  }
  for (let v = 0; v < n; v++) {
    if (!(cost[v]! >= 0)) {
      throw new TrustpathError('usage', `${where}: the replacement cost of node ${quote(graph.ids[v]!)} is ${cost[v]}; costs must be ≥ 0 (Infinity: cannot be replaced).`)
    }
  }
}

function checkFlow(graph: Graph, flow: ResolvedFlow, i: number, where: string): void {
  const n = graph.nodeCount
  const ok = (v: number): boolean => Number.isInteger(v) && v >= 0 && v < n
  if (!ok(flow.src) || !ok(flow.dst)) {
    throw new TrustpathError('usage', `${where}: flow ${quote(flow.id)} (#${i}) has the ends ${flow.src} → ${flow.dst}, but the graph has ${n} nodes. Resolve flows with resolveFlows first.`)
  }
  if (!(Number.isFinite(flow.volume) && flow.volume >= 0)) {
    throw new TrustpathError('usage', `${where}: flow ${quote(flow.id)} (#${i}) has the volume ${flow.volume}; expected a finite number ≥ 0.`)
  }
}

const quote = (s: string): string => JSON.stringify(s)
