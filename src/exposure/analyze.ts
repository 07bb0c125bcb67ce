import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { Flow, Topology } from '../domain/topology.js'
import { buildShortestPathTree, pathTo, shortestPathsAssign } from '../topology/algorithms/shortest-paths.js'
import { buildGraph } from '../topology/graph.js'
import type { Graph, LinkMetricInfo } from '../topology/graph.js'
import { computeExposure, streamExposure } from './exposure.js'
import type { NodePlacement, NodeLocator } from './node-trust.js'
import { buildNodeLocator, toNodeTrust } from './node-trust.js'
import { resolveFlows } from './resolve-flows.js'
import type { ExposureSummary, FlowExposure, NodeTrust, ResolvedFlow } from './types.js'

/** Options of {@link analyzeExposure}. */
export type AnalyzeExposureOptions = {
  /** How paths treat nodes with no known devices. @default 'untrusted' */
  unknownAs?: NodeTrust['unknownAs']
  /** Also return one representative routed path per flow (for maps). @default false */
  routedPaths?: boolean
  /** File names for diagnostics. */
  topologyFile?: string
  flowsFile?: string
}

const DEFAULTS = { unknownAs: 'untrusted', routedPaths: false, topologyFile: '<topology>', flowsFile: '<flows>' } as const satisfies Required<AnalyzeExposureOptions>

/** A flow's exposure, with one of its shortest paths when asked for. */
export type FlowExposureWithPath = FlowExposure & { class?: string; routedPath?: string[] | null }

/** Everything an exposure run found. */
export type ExposureAnalysis = {
  graph: Graph
  links: LinkMetricInfo[]
  placements: readonly NodePlacement[]
  flows: FlowExposureWithPath[]
  summary: ExposureSummary
  diagnostics: Diagnostic[]
}

/**
 * The exposure of sensitive flows on a topology whose nodes have been rated (see
 * `NodeTrustBuilder`): flow ends may name node ids, a node's id within its network, its label or
 * its site; the graph uses each link's metric, else the great-circle distance, else 1.
 */
export function analyzeExposure(
  topology: Topology, placements: readonly NodePlacement[], flows: Iterable<Flow>, options: AnalyzeExposureOptions = {},
): ExposureAnalysis {
  const opts = { ...DEFAULTS, ...options }
  const { built, resolved, classes, trust } = prepare(topology, placements, flows, opts)
  const result = computeExposure(built.graph, resolved.value, trust)
  let out: FlowExposureWithPath[] = result.flows.map((f) => withClass(f, classes))
  if (opts.routedPaths) {
    const routed = routedPathFinder(built.graph)
    out = out.map((f, i) => ({ ...f, routedPath: routed(resolved.value[i]!) }))
  }
  return {
    graph: built.graph, links: built.links, placements, flows: out, summary: result.summary,
    diagnostics: [...built.diagnostics, ...resolved.diagnostics],
  }
}

/** The graph, the flows resolved to its nodes, their classes and the node trust: what both runs start from. */
function prepare(topology: Topology, placements: readonly NodePlacement[], flows: Iterable<Flow>, opts: Required<AnalyzeExposureOptions>) {
  const built = buildGraph(topology, { file: opts.topologyFile })
  const locate: NodeLocator = buildNodeLocator(topology)
  const classes = new Map<string, string>()
  const located: Flow[] = []
  for (const f of flows) {
    located.push({ id: f.id, src: locate(f.src) ?? f.src, dst: locate(f.dst) ?? f.dst, volume: f.volume })
    if (f.class !== undefined) classes.set(f.id, f.class)
  }
  const resolved = resolveFlows(built.graph, located, { file: opts.flowsFile })
  const trust = toNodeTrust(built.graph, placements, opts.unknownAs)
  return { built, resolved, classes, trust }
}

function withClass(f: FlowExposure, classes: ReadonlyMap<string, string>): FlowExposureWithPath {
  const cls = classes.get(f.id)
  return cls === undefined ? f : { ...f, class: cls }
}

/** One shortest path per flow, reusing the search while consecutive flows share a source. */
function routedPathFinder(graph: Graph): (flow: ResolvedFlow) => string[] | null {
  const tree = buildShortestPathTree(graph)
  let source = -1
  return (r) => {
    if (r.src !== source) {
      shortestPathsAssign(graph, r.src, {}, tree)
      source = r.src
    }
    const path = pathTo(tree, r.dst)
    return path === null ? null : path.map((v) => graph.ids[v]!)
  }
}

/** A streamed exposure run: the graph and its diagnostics now, the flows as they are computed. */
export type ExposureStream = {
  graph: Graph
  links: LinkMetricInfo[]
  diagnostics: Diagnostic[]
  /** Number of flows that will come out (flows naming unknown nodes are left out with a diagnostic). */
  count: number
  /** Flow results grouped by source node (input order within a source); returns the summary. */
  flows: Generator<FlowExposureWithPath, ExposureSummary, undefined>
}

/**
 * Like {@link analyzeExposure}, but yields each flow's exposure as soon as it is known, so the
 * memory used does not grow with the number of results: flows are grouped by source node (one set
 * of searches per source) and come out in that order.
 */
export function streamAnalysis(
  topology: Topology, placements: readonly NodePlacement[], flows: Iterable<Flow>, options: AnalyzeExposureOptions = {},
): ExposureStream {
  const opts = { ...DEFAULTS, ...options }
  const { built, resolved, classes, trust } = prepare(topology, placements, flows, opts)
  // Stable counting sort by source node, so each source is searched once.
  const bySource = sortBySource(resolved.value, built.graph.nodeCount)
  const inner = streamExposure(built.graph, bySource, trust, { groupBy: 'src' })
  const routed = opts.routedPaths ? routedPathFinder(built.graph) : undefined
  function* results(): Generator<FlowExposureWithPath, ExposureSummary, undefined> {
    for (let i = 0; ; i++) {
      const step = inner.next()
      if (step.done === true) return step.value
      const f = withClass(step.value, classes)
      yield routed === undefined ? f : { ...f, routedPath: routed(bySource[i]!) }
    }
  }
  return { graph: built.graph, links: built.links, diagnostics: [...built.diagnostics, ...resolved.diagnostics], count: bySource.length, flows: results() }
}

function sortBySource(flows: readonly ResolvedFlow[], nodeCount: number): ResolvedFlow[] {
  const start = new Uint32Array(nodeCount + 1)
  for (const f of flows) start[f.src + 1]!++
  for (let v = 0; v < nodeCount; v++) start[v + 1]! += start[v]!
  const out: ResolvedFlow[] = new Array(flows.length)
  for (const f of flows) out[start[f.src]!++] = f
  return out
}
