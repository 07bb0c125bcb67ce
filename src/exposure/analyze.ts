import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { Flow, Topology } from '../domain/topology.js'
import { buildShortestPathTree, pathTo, shortestPathsAssign } from '../topology/algorithms/shortest-paths.js'
import { buildGraph } from '../topology/graph.js'
import type { DefaultMetric, Graph, LinkMetricInfo } from '../topology/graph.js'
import { computeExposure, streamExposure } from './exposure.js'
import type { NodePlacement } from './node-trust.js'
import { buildNodeResolver, buildNodeSuggester, toNodeTrust } from './node-trust.js'
import type { FlowEndDevices } from './node-trust.js'
import { resolveFlows } from './resolve-flows.js'
import type { DeviceToConfirm, ExposureSummary, FlowExposure, NodeTrust, ResolvedFlow, WaivedDeviceOnPath } from './types.js'

/** Options of {@link analyzeExposure}. */
export type AnalyzeExposureOptions = {
  /** How paths treat nodes with no known devices. @default 'untrusted' */
  unknownAs?: NodeTrust['unknownAs']
  /** Also return one representative routed path per flow (for maps). @default false */
  routedPaths?: boolean
  /**
   * Also give each flow every node of its routed (equal-cost) paths with the share of its volume
   * crossing it (`routed`): the evidence of its exposure. @default false
   */
  routedNodes?: boolean
  /** File names for diagnostics. */
  topologyFile?: string
  flowsFile?: string
  /** Flow id → its line in the flows file (`parseFlows` returns it), so diagnostics name the line. */
  flowLines?: ReadonlyMap<string, number> | undefined
  /** The metric of a link without one whose end has no coordinates (see `buildGraph`). @default 'median' */
  defaultMetric?: DefaultMetric
  /**
   * The inventory devices flow ends may name (by id or name), with the nodes they sit on: an end
   * that names no node starts or ends the flow at that device's node.
   */
  devices?: FlowEndDevices | undefined
}

/** The options with their defaults filled in (`flowLines` and `devices` have none). */
type ResolvedOptions = Required<Omit<AnalyzeExposureOptions, 'flowLines' | 'devices'>> & Pick<AnalyzeExposureOptions, 'flowLines' | 'devices'>

const DEFAULTS = {
  unknownAs: 'untrusted', routedPaths: false, routedNodes: false, topologyFile: '<topology>', flowsFile: '<flows>', defaultMetric: 'median',
} as const satisfies ResolvedOptions

/**
 * A flow's exposure, with the labels of its end nodes (when they have one) and one of its shortest
 * paths when asked for.
 */
export type FlowExposureWithPath = FlowExposure & { class?: string; srcLabel?: string; dstLabel?: string; routedPath?: string[] | null }

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
 * its site (a name several nodes share is an `ambiguous_node` error naming their ids), or an
 * inventory device that `devices` knows (its node); the graph
 * uses each link's metric, else the great-circle distance, else the default metric.
 */
export function analyzeExposure(
  topology: Topology, placements: readonly NodePlacement[], flows: Iterable<Flow>, options: AnalyzeExposureOptions = {},
): ExposureAnalysis {
  const opts = { ...DEFAULTS, ...options }
  const { built, resolved, classes, labels, trust } = prepare(topology, placements, flows, opts)
  const result = computeExposure(built.graph, resolved.value, trust, { routedNodes: opts.routedNodes })
  let out: FlowExposureWithPath[] = result.flows.map((f) => decorate(f, classes.get(f.id), labels, waivedNodesOf(placements)))
  if (opts.routedPaths) {
    const routed = routedPathFinder(built.graph)
    out = out.map((f, i) => ({ ...f, routedPath: routed(resolved.value[i]!) }))
  }
  return {
    graph: built.graph, links: built.links, placements, flows: out, summary: withDevicesToConfirm(result.summary, placements),
    diagnostics: [...built.diagnostics, ...resolved.diagnostics],
  }
}

/** The graph, the node names flows may use and the node trust: what every run starts from. */
function prepareGraph(topology: Topology, placements: readonly NodePlacement[], opts: ResolvedOptions) {
  const built = buildGraph(topology, { file: opts.topologyFile, defaultMetric: opts.defaultMetric })
  const labels = new Map<string, string>()
  for (const n of topology.nodes) if (n.label !== undefined) labels.set(n.id, n.label)
  const near = buildNodeSuggester(topology)
  const suggest = (ref: string) => near(ref).map((node) => {
    const label = labels.get(node)
    return label === undefined ? { node } : { node, label }
  })
  const trust = toNodeTrust(built.graph, placements, opts.unknownAs)
  return { built, labels, names: buildNodeResolver(topology), suggest, trust }
}

/** `prepareGraph`, with the flows read into a list and resolved to the graph's nodes. */
function prepare(topology: Topology, placements: readonly NodePlacement[], flows: Iterable<Flow>, opts: ResolvedOptions) {
  const base = prepareGraph(topology, placements, opts)
  const classes = new Map<string, string>()
  const list: Flow[] = []
  for (const f of flows) {
    list.push(f)
    if (f.class !== undefined) classes.set(f.id, f.class)
  }
  const resolved = resolveFlows(base.built.graph, list, { file: opts.flowsFile, lines: opts.flowLines, names: base.names, devices: opts.devices, suggest: base.suggest })
  return { ...base, resolved, classes, read: list.length }
}

/** Adds the flow's class and its end nodes' labels (new fields: the others keep their names). */
function decorate(f: FlowExposure, cls: string | undefined, labels: ReadonlyMap<string, string>, waived: ReadonlySet<string>): FlowExposureWithPath {
  const srcLabel = labels.get(f.src)
  const dstLabel = labels.get(f.dst)
  const marked = waived.size > 0 && f.untrusted.some((n) => waived.has(n.node))
  if (cls === undefined && srcLabel === undefined && dstLabel === undefined && !marked) return f
  return {
    ...f,
    ...(marked ? { untrusted: f.untrusted.map((n) => (waived.has(n.node) ? { ...n, waived: true as const } : n)) } : {}),
    ...(cls === undefined ? {} : { class: cls }),
    ...(srcLabel === undefined ? {} : { srcLabel }),
    ...(dstLabel === undefined ? {} : { dstLabel }),
  }
}

/** The untrusted nodes untrusted only through devices whose findings an exemption waives (`NodePlacement.waived`). */
function waivedNodesOf(placements: readonly NodePlacement[]): ReadonlySet<string> {
  return new Set(placements.flatMap((p) => (p.status === 'untrusted' && p.waived === true ? [p.node] : [])))
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
  /** The graph's diagnostics, and those of the flows: of a list at once, of other iterables as each flow is read. */
  diagnostics: Diagnostic[]
  /**
   * Number of flows that will come out (flows naming unknown nodes are left out with a
   * diagnostic); undefined when the flows are not an array, which are read as they come.
   */
  count: number | undefined
  /** Flows of the input left out (each with a diagnostic), so far. */
  skipped: number
  /** Flow results grouped by source node (input order within a source); returns the summary. */
  flows: Generator<FlowExposureWithPath, ExposureSummary, undefined>
}

/**
 * Like {@link analyzeExposure}, but yields each flow's exposure as soon as it is known, so the
 * memory used does not grow with the number of results. Flows given as an array are grouped by
 * source node (one set of searches per source) and come out in that order. Any other iterable (a
 * generator of millions of flows) is read as it comes, and never held: its flows come out in its
 * order, each run of flows from one source costing one set of searches, so give them grouped by
 * source (as `--flows all-pairs` and `sample:N` generate them).
 */
export function streamAnalysis(
  topology: Topology, placements: readonly NodePlacement[], flows: Iterable<Flow>, options: AnalyzeExposureOptions = {},
): ExposureStream {
  const opts = { ...DEFAULTS, ...options }
  if (!Array.isArray(flows)) return streamAsRead(topology, placements, flows, opts)
  const { built, resolved, classes, labels, trust, read } = prepare(topology, placements, flows, opts)
  // Stable counting sort by source node, so each source is searched once.
  const bySource = sortBySource(resolved.value, built.graph.nodeCount)
  const inner = streamExposure(built.graph, bySource, trust, { groupBy: 'src', routedNodes: opts.routedNodes })
  const routed = opts.routedPaths ? routedPathFinder(built.graph) : undefined
  const waived = waivedNodesOf(placements)
  function* results(): Generator<FlowExposureWithPath, ExposureSummary, undefined> {
    for (let i = 0; ; i++) {
      const step = inner.next()
      if (step.done === true) return withDevicesToConfirm(step.value, placements)
      const f = decorate(step.value, classes.get(step.value.id), labels, waived)
      yield routed === undefined ? f : { ...f, routedPath: routed(bySource[i]!) }
    }
  }
  return { graph: built.graph, links: built.links, diagnostics: [...built.diagnostics, ...resolved.diagnostics], count: bySource.length, skipped: read - bySource.length, flows: results() }
}

/** `streamAnalysis` of flows that are not an array: each is resolved, routed and let go as it is read. */
function streamAsRead(topology: Topology, placements: readonly NodePlacement[], flows: Iterable<Flow>, opts: ResolvedOptions): ExposureStream {
  const { built, labels, names, suggest, trust } = prepareGraph(topology, placements, opts)
  const graph = built.graph
  const diagnostics = [...built.diagnostics]
  const routed = opts.routedPaths ? routedPathFinder(graph) : undefined
  const stream: ExposureStream = { graph, links: built.links, diagnostics, count: undefined, skipped: 0, flows: results() }
  // The flow being answered and its class: streamExposure answers each flow before it reads the
  // next one (its engine keeps nothing per flow), so the last flow read is the one answered.
  let current: ResolvedFlow | undefined
  let cls: string | undefined
  function* resolved(): Generator<ResolvedFlow> {
    let position = 0
    for (const flow of flows) {
      const r = resolveFlows(graph, [flow], { file: opts.flowsFile, lines: opts.flowLines, names, devices: opts.devices, suggest, start: position++ })
      diagnostics.push(...r.diagnostics)
      const one = r.value[0]
      if (one === undefined) {
        stream.skipped++
        continue
      }
      current = one
      cls = flow.class
      yield one
    }
  }
  const waived = waivedNodesOf(placements)
  function* results(): Generator<FlowExposureWithPath, ExposureSummary, undefined> {
    const inner = streamExposure(graph, resolved(), trust, { groupBy: 'src', routedNodes: opts.routedNodes })
    for (;;) {
      const step = inner.next()
      if (step.done === true) return withDevicesToConfirm(step.value, placements)
      const f = decorate(step.value, cls, labels, waived)
      yield routed === undefined ? f : { ...f, routedPath: routed(current!) }
    }
  }
  return stream
}

/**
 * The summary with `devicesToConfirm` when routed paths cross nodes to confirm: their devices, the
 * ones on most sensitive volume first (one pass over the nodes, none over the flows).
 */
function withDevicesToConfirm(summary: ExposureSummary, placements: readonly NodePlacement[]): ExposureSummary {
  summary = withWaivedDevices(summary, placements)
  if (!summary.untrustedNodes.some((n) => n.toConfirm === true)) return summary
  const devicesToConfirm: DeviceToConfirm[] = []
  const byNode = new Map(placements.map((p) => [p.node, p]))
  for (const n of summary.untrustedNodes) {
    if (n.toConfirm !== true) continue
    for (const device of byNode.get(n.node)?.untrustedToConfirm ?? []) devicesToConfirm.push({ device, node: n.node, volume: n.volume, flows: n.flows })
  }
  devicesToConfirm.sort((a, b) => b.volume - a.volume || (a.device < b.device ? -1 : a.device > b.device ? 1 : 0))
  return { ...summary, devicesToConfirm }
}

/**
 * The summary with `waivedDevices` when routed paths cross untrusted nodes holding devices whose
 * findings an exemption waives, the ones on most sensitive volume first.
 */
function withWaivedDevices(summary: ExposureSummary, placements: readonly NodePlacement[]): ExposureSummary {
  const byNode = new Map(placements.flatMap((p) => (p.untrustedWaived === undefined ? [] : [[p.node, p.untrustedWaived] as const])))
  if (byNode.size === 0) return summary
  const waivedDevices: WaivedDeviceOnPath[] = []
  for (const n of summary.untrustedNodes) {
    for (const d of byNode.get(n.node) ?? []) waivedDevices.push({ ...d, node: n.node, volume: n.volume, flows: n.flows })
  }
  if (waivedDevices.length === 0) return summary
  waivedDevices.sort((a, b) => b.volume - a.volume || (a.device < b.device ? -1 : a.device > b.device ? 1 : 0))
  return { ...summary, waivedDevices }
}

function sortBySource(flows: readonly ResolvedFlow[], nodeCount: number): ResolvedFlow[] {
  const start = new Uint32Array(nodeCount + 1)
  for (const f of flows) start[f.src + 1]!++
  for (let v = 0; v < nodeCount; v++) start[v + 1]! += start[v]!
  const out: ResolvedFlow[] = new Array(flows.length)
  for (const f of flows) out[start[f.src]!++] = f
  return out
}
