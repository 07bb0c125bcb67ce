import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { Flow, Topology } from '../domain/topology.js'
import { buildShortestPathTree, pathTo, shortestPathsAssign } from '../topology/algorithms/shortest-paths.js'
import { buildGraph } from '../topology/graph.js'
import type { Graph, LinkMetricInfo } from '../topology/graph.js'
import { computeExposure } from './exposure.js'
import type { NodePlacement, NodeLocator } from './node-trust.js'
import { buildNodeLocator, toNodeTrust } from './node-trust.js'
import { resolveFlows } from './resolve-flows.js'
import type { ExposureSummary, FlowExposure, NodeTrust } from './types.js'

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

const DEFAULTS = { unknownAs: 'untrusted', routedPaths: false, topologyFile: '<topology>', flowsFile: '<flows>' } as const

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
  const built = buildGraph(topology, { file: opts.topologyFile })
  const locate: NodeLocator = buildNodeLocator(topology)
  const classes = new Map<string, string>()
  const located: Flow[] = []
  for (const f of flows) {
    located.push({ ...f, src: locate(f.src) ?? f.src, dst: locate(f.dst) ?? f.dst })
    if (f.class !== undefined) classes.set(f.id, f.class)
  }
  const resolved = resolveFlows(built.graph, located, { file: opts.flowsFile })
  const trust = toNodeTrust(built.graph, placements, opts.unknownAs)
  const result = computeExposure(built.graph, resolved.value, trust)
  let out: FlowExposureWithPath[] = result.flows
  if (classes.size > 0) out = out.map((f) => (classes.has(f.id) ? { ...f, class: classes.get(f.id)! } : f))
  if (opts.routedPaths) {
    const tree = buildShortestPathTree(built.graph)
    let source = -1
    const ids = built.graph.ids
    out = resolved.value.map((r, i) => {
      if (r.src !== source) {
        shortestPathsAssign(built.graph, r.src, {}, tree)
        source = r.src
      }
      const path = pathTo(tree, r.dst)
      return { ...out[i]!, routedPath: path === null ? null : path.map((v) => ids[v]!) }
    })
  }
  return {
    graph: built.graph, links: built.links, placements, flows: out, summary: result.summary,
    diagnostics: [...built.diagnostics, ...resolved.diagnostics],
  }
}
