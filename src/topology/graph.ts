import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import type { Topology } from '../domain/topology.js'
import { TrustpathError } from '../errors.js'
import { haversineKm } from './algorithms/haversine.js'

/**
 * A topology as a compact undirected graph for routing: nodes are indices 0..nodeCount-1, and the
 * links are stored in both directions in CSR form (the arcs leaving node v are
 * `offsets[v] .. offsets[v + 1] - 1`, sorted by target index, which makes every algorithm over it
 * deterministic). Parallel links between the same two nodes collapse to one arc per direction
 * with the minimum metric: a router only ever forwards over the cheapest of them, and which of
 * several equal-cost parallel links carries a packet does not change which nodes it crosses.
 */
export type Graph = {
  readonly nodeCount: number
  /** Arcs in total: twice the number of distinct linked node pairs. */
  readonly arcCount: number
  /** Node ids by index. */
  readonly ids: readonly string[]
  /** Node index by id. */
  readonly index: ReadonlyMap<string, number>
  /** `nodeCount + 1` entries. */
  readonly offsets: Uint32Array
  readonly targets: Uint32Array
  /** The metric of each arc. */
  readonly weights: Float64Array
}

/**
 * Which rule gave a link its metric: the link's own metric, the great-circle distance, or the
 * default metric for a link that gives none and has an end without coordinates (see
 * `BuildGraphOptions.defaultMetric`).
 */
export type MetricRule = 'given' | 'distance' | 'default'

/** How one input link entered the graph. */
export type LinkMetricInfo = {
  /** Index of the link in `topology.links`. */
  link: number
  a: string
  b: string
  rule: MetricRule
  /** The metric used: given, km (haversine, Earth radius 6371 km), or the default metric. */
  metric: number
  /** True when a parallel link between the same nodes has a lower metric, so this one carries no traffic. */
  shadowed: boolean
}

/**
 * The metric of a link that gives none and has an end without coordinates: the median or the
 * maximum metric of the other links of its network (given or distance), or a fixed number.
 */
export type DefaultMetric = 'median' | 'max' | number

/** Options of `buildGraph`. */
export type BuildGraphOptions = {
  /** The file the topology came from, for the diagnostics. @default '<topology>' */
  file?: string
  /**
   * The metric of a link without one whose end has no coordinates. `median` (the typical link
   * of the same network), `max` (its longest link) or a number (`1` counts hops). When no link of
   * the graph has a known metric, `median` and `max` count hops (1).
   * @default 'median'
   */
  defaultMetric?: DefaultMetric
}

const DEFAULTS = { file: '<topology>', defaultMetric: 'median' } as const satisfies Required<BuildGraphOptions>

/** Most example nodes a `default_link_metric` diagnostic names. */
const MAX_EXAMPLES = 3

/** The result of `buildGraph`: the graph, the metric of each link that entered it, and what was skipped. */
export type BuildGraphResult = { graph: Graph; links: LinkMetricInfo[]; diagnostics: Diagnostic[] }

/**
 * Builds the routing graph of a topology. Each link's metric is its `metric` when given, else the
 * great-circle distance in km between its end nodes when both have coordinates, else the default
 * metric (`defaultMetric`: by default the median metric of the network's other links, with one
 * `default_link_metric` warning per network); `links` says which rule each link used. Links with an invalid metric (negative, NaN, infinite), an
 * unknown end node or both ends on one node are skipped with a diagnostic; so are repeated node ids
 * (the first wins) and coordinates off the globe (ignored).
 *
 * @example
 * const { graph, links, diagnostics } = buildGraph({ nodes: [{ id: 'a' }, { id: 'b' }], links: [{ a: 'a', b: 'b' }], networks: [] })
 * // links[0] → { link: 0, a: 'a', b: 'b', rule: 'default', metric: 1, shadowed: false }
 */
export function buildGraph(topology: Topology, options: BuildGraphOptions = {}): BuildGraphResult {
  const opts = { ...DEFAULTS, ...options } satisfies Required<BuildGraphOptions>
  if (typeof opts.defaultMetric === 'number' ? !(Number.isFinite(opts.defaultMetric) && opts.defaultMetric >= 0) : opts.defaultMetric !== 'median' && opts.defaultMetric !== 'max') {
    throw new TrustpathError('usage', `topology/buildGraph: defaultMetric is ${String(opts.defaultMetric)}; expected "median", "max" or a finite number ≥ 0.`)
  }
  const at = (path: (string | number)[]): SourceLocation => ({ file: opts.file, path })
  const diagnostics: Diagnostic[] = []

  const ids: string[] = []
  const index = new Map<string, number>()
  const lat: number[] = []
  const lon: number[] = []
  const nodeAt: number[] = []
  topology.nodes.forEach((node, i) => {
    const first = index.get(node.id)
    if (first !== undefined) {
      diagnostics.push({ code: 'duplicate_node', severity: 'error', at: at(['nodes', i]), id: node.id, first: at(['nodes', first]) })
      return
    }
    let la = Number.NaN
    let lo = Number.NaN
    if (node.lat !== undefined && node.lon !== undefined) {
      if (Number.isFinite(node.lat) && Number.isFinite(node.lon) && Math.abs(node.lat) <= 90 && Math.abs(node.lon) <= 180) {
        la = node.lat
        lo = node.lon
      } else {
        diagnostics.push({ code: 'invalid_coordinates', severity: 'warning', at: at(['nodes', i]), id: node.id, lat: node.lat, lon: node.lon })
      }
    }
    index.set(node.id, ids.length)
    nodeAt.push(i)
    ids.push(node.id)
    lat.push(la)
    lon.push(lo)
  })

  const m = topology.links.length
  const from = new Uint32Array(m)
  const to = new Uint32Array(m)
  const weight = new Float64Array(m)
  const kept: LinkMetricInfo[] = []
  topology.links.forEach((link, i) => {
    const a = index.get(link.a)
    const b = index.get(link.b)
    if (a === undefined || b === undefined) {
      if (a === undefined) diagnostics.push({ code: 'unknown_node', severity: 'error', at: at(['links', i, 'a']), node: link.a, end: 'link end', nodes: ids.length })
      if (b === undefined) diagnostics.push({ code: 'unknown_node', severity: 'error', at: at(['links', i, 'b']), node: link.b, end: 'link end', nodes: ids.length })
      return
    }
    if (a === b) {
      diagnostics.push({ code: 'self_loop', severity: 'info', at: at(['links', i]), node: link.a })
      return
    }
    let rule: MetricRule
    let metric: number
    if (link.metric !== undefined) {
      if (!(Number.isFinite(link.metric) && link.metric >= 0)) {
        diagnostics.push({ code: 'invalid_metric', severity: 'error', at: at(['links', i, 'metric']), a: link.a, b: link.b, value: link.metric })
        return
      }
      rule = 'given'
      metric = link.metric
    } else if (!Number.isNaN(lat[a]!) && !Number.isNaN(lat[b]!)) {
      rule = 'distance'
      metric = Math.max(haversineKm(lat[a]!, lon[a]!, lat[b]!, lon[b]!), MIN_DISTANCE_METRIC_KM)
    } else {
      rule = 'default'
      metric = Number.NaN // set below, from the network's other links
    }
    from[kept.length] = a
    to[kept.length] = b
    weight[kept.length] = metric
    kept.push({ link: i, a: link.a, b: link.b, rule, metric, shadowed: false })
  })

  assignDefaultMetrics(topology, kept, weight, index, nodeAt, lat, opts, diagnostics)
  warnHopsOverPlaces(topology, kept, index, nodeAt, lat, opts.file, diagnostics)
  warnMixedMetricScales(topology, kept, index, nodeAt, opts.file, diagnostics)

  const graph = buildGraphFromEdges({ ids, from: from.subarray(0, kept.length), to: to.subarray(0, kept.length), weights: weight.subarray(0, kept.length) })
  for (const info of kept) {
    const min = arcWeight(graph, index.get(info.a)!, index.get(info.b)!)
    info.shadowed = info.metric > min
  }
  return { graph, links: kept, diagnostics }
}

/**
 * The least metric a link takes from its length. Topology sources put nodes of one city at the
 * same coordinates (the Topology Zoo's Hurricane Electric has a New York triangle of three such
 * nodes; Uninett 2011 has 13 such links): at 0 km, extra hops cost nothing and equal-cost
 * splitting sent traffic through co-located routers that no IGP, whose metrics are at least 1,
 * would use.
 */
const MIN_DISTANCE_METRIC_KM = 1

/**
 * Gives the links without a metric whose end has no coordinates their default metric, per network.
 *
 * Why not 1: the other metrics are kilometres, so a link of cost 1 makes a node without
 * coordinates a shortcut (in the Topology Zoo's Deltacom, a node labelled "None" joined Fort
 * Lauderdale, Daytona Beach and Orlando at cost 2), and shortest paths pile onto it. Such a node
 * is a real site whose position the source did not record, and a network engineer would take its
 * links to be ordinary links of that network: the median is that typical link, robust to a few
 * long-haul ones. `max` makes the node a last resort instead (paths use it only when nothing else
 * connects), which under-counts what crosses it; a number is for users who know better. A network
 * without any known metric borrows the scale of the whole graph; a graph without any has no scale
 * at all, so its links count hops (1), as before, and there is nothing to warn about.
 */
function assignDefaultMetrics(
  topology: Topology, kept: LinkMetricInfo[], weight: Float64Array, index: ReadonlyMap<string, number>, nodeAt: readonly number[],
  lat: readonly number[], opts: Required<BuildGraphOptions>, diagnostics: Diagnostic[],
): void {
  if (!kept.some((l) => l.rule === 'default')) return
  const networkOf = (id: string): string => topology.nodes[nodeAt[index.get(id)!]!]!.network ?? ''
  /** A link's network: that of its ends when they share one, else '' (between networks). */
  const linkNetwork = (l: LinkMetricInfo): string => {
    const a = networkOf(l.a)
    return a === networkOf(l.b) ? a : ''
  }
  const known = new Map<string, number[]>()
  const all: number[] = []
  for (const l of kept) {
    if (l.rule === 'default') continue
    const net = linkNetwork(l)
    const list = known.get(net) ?? []
    list.push(l.metric)
    known.set(net, list)
    all.push(l.metric)
  }
  const pick = (metrics: number[]): number => {
    if (typeof opts.defaultMetric === 'number') return opts.defaultMetric
    if (metrics.length === 0) return 1
    const sorted = metrics.toSorted((x, y) => x - y)
    if (opts.defaultMetric === 'max') return sorted[sorted.length - 1]!
    const mid = sorted.length >> 1
    return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  }
  type Group = { metric: number; links: number; nodes: Set<string>; between: boolean }
  const groups = new Map<string, Group>()
  kept.forEach((l, k) => {
    if (l.rule !== 'default') return
    const net = linkNetwork(l)
    let g = groups.get(net)
    if (g === undefined) {
      g = { metric: pick(known.get(net) ?? all), links: 0, nodes: new Set(), between: false }
      groups.set(net, g)
    }
    l.metric = g.metric
    weight[k] = g.metric
    g.links++
    if (networkOf(l.a) !== networkOf(l.b)) g.between = true
    for (const id of [l.a, l.b]) if (Number.isNaN(lat[index.get(id)!]!)) g.nodes.add(id)
  })
  for (const [net, g] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // Hop counts in a graph that has nothing else are consistent: nothing to warn about.
    if (typeof opts.defaultMetric !== 'number' && (known.get(net) ?? all).length === 0) continue
    const nodes = [...g.nodes]
    diagnostics.push({
      code: 'default_link_metric', severity: 'warning', at: { file: opts.file },
      ...(net === '' ? {} : { network: net }),
      links: g.links, nodes: nodes.length, metric: g.metric,
      basis: typeof opts.defaultMetric === 'number' ? 'given' : opts.defaultMetric,
      ...(g.between ? { between: true } : {}),
      ...(typeof opts.defaultMetric !== 'number' && known.get(net) === undefined ? { wholeGraph: true } : {}),
      examples: nodes.slice(0, MAX_EXAMPLES).map((id) => ({ id, label: topology.nodes[nodeAt[index.get(id)!]!]!.label ?? null })),
    })
  }
}

/**
 * Warns, once per network, when every link gives the metric 1 though its ends have coordinates:
 * Gephi writes a weight of 1.0 on every edge that had none, in GraphML and GEXF alike, so a
 * Topology Zoo network opened in Gephi and exported again routes by hops, not by distance (in
 * Abilene, 15 of 55 pairs of nodes then take other paths: Chicago to Los Angeles goes by Houston,
 * 4,243 km and 4,285 km split evenly, rather than by Denver and Sunnyvale, 3,893 km). Hops may be
 * meant: it is a warning, and the metrics stand.
 */
function warnHopsOverPlaces(
  topology: Topology, kept: readonly LinkMetricInfo[], index: ReadonlyMap<string, number>, nodeAt: readonly number[],
  lat: readonly number[], file: string, diagnostics: Diagnostic[],
): void {
  const networkOf = (id: string): string => topology.nodes[nodeAt[index.get(id)!]!]!.network ?? ''
  const byNetwork = new Map<string, { links: number; ones: number; placed: number }>()
  for (const l of kept) {
    const net = networkOf(l.a)
    if (net !== networkOf(l.b)) continue
    const n = byNetwork.get(net) ?? { links: 0, ones: 0, placed: 0 }
    byNetwork.set(net, n)
    n.links++
    if (l.rule !== 'given' || l.metric !== 1) continue
    n.ones++
    if (!Number.isNaN(lat[index.get(l.a)!]!) && !Number.isNaN(lat[index.get(l.b)!]!)) n.placed++
  }
  for (const [net, n] of [...byNetwork].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (n.links < 2 || n.ones < n.links || n.placed < 2) continue
    diagnostics.push({ code: 'hop_metrics_over_places', severity: 'warning', at: { file }, ...(net === '' ? {} : { network: net }), links: n.links, placed: n.placed })
  }
}

/** How far apart (a factor) the typical given metric and the typical distance may be before a warning. */
const MIXED_SCALE_FACTOR = 10

/**
 * Warns, once per network, when some of its links give their metric and others take the
 * great-circle distance, on scales that differ more than tenfold (IGP costs of 10 beside
 * distances of 500 km): paths then run over the links that give a metric, whatever their length,
 * since a cost of 10 is a shortcut against 500. The metrics stand: the warning says which way to
 * make them one scale.
 */
function warnMixedMetricScales(
  topology: Topology, kept: readonly LinkMetricInfo[], index: ReadonlyMap<string, number>, nodeAt: readonly number[],
  file: string, diagnostics: Diagnostic[],
): void {
  const networkOf = (id: string): string => topology.nodes[nodeAt[index.get(id)!]!]!.network ?? ''
  const byNetwork = new Map<string, { given: number[]; distance: number[] }>()
  for (const l of kept) {
    const net = networkOf(l.a)
    if (net !== networkOf(l.b)) continue
    const n = byNetwork.get(net) ?? { given: [], distance: [] }
    byNetwork.set(net, n)
    // A metric of 0 is a free link, meant as such: it has no scale.
    if (l.rule === 'given' && l.metric > 0) n.given.push(l.metric)
    else if (l.rule === 'distance') n.distance.push(l.metric)
  }
  const median = (xs: number[]): number => {
    const sorted = xs.toSorted((x, y) => x - y)
    const mid = sorted.length >> 1
    return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  }
  for (const [net, n] of [...byNetwork].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (n.given.length === 0 || n.distance.length === 0) continue
    const given = median(n.given)
    const distance = median(n.distance)
    if (Math.max(given, distance) / Math.min(given, distance) <= MIXED_SCALE_FACTOR) continue
    diagnostics.push({
      code: 'mixed_link_metrics', severity: 'warning', at: { file }, ...(net === '' ? {} : { network: net }),
      given: n.given.length, givenMedian: given, distance: n.distance.length, distanceMedian: distance,
    })
  }
}

/** The edges of an undirected graph as parallel arrays, for `buildGraphFromEdges`. */
export type EdgeArrays = {
  /** Node ids by index; their count is the node count. */
  ids: readonly string[]
  from: Uint32Array
  to: Uint32Array
  /** The metric of each edge: finite and ≥ 0. */
  weights: Float64Array
}

/**
 * Builds the CSR graph from edge arrays in O(nodes + edges): two counting sorts (by target, then
 * stably by source) leave every node's arcs sorted by target, so parallel edges sit side by side
 * and collapse to the minimum weight in one sweep. Self-loops are dropped.
 */
export function buildGraphFromEdges(edges: EdgeArrays): Graph {
  const { ids, from, to, weights } = edges
  const n = ids.length
  const m = from.length
  if (to.length !== m || weights.length !== m) {
    throw new TrustpathError('usage', `topology/buildGraphFromEdges: from, to and weights must have one length; got ${m}, ${to.length} and ${weights.length}.`)
  }
  for (let e = 0; e < m; e++) {
    const w = weights[e]!
    if (from[e]! >= n || to[e]! >= n) {
      throw new TrustpathError('usage', `topology/buildGraphFromEdges: edge ${e} joins nodes ${from[e]} and ${to[e]}, but the graph has ${n} nodes.`)
    }
    if (!(w >= 0 && w < Infinity)) {
      throw new TrustpathError('usage', `topology/buildGraphFromEdges: edge ${e} has the weight ${w}; weights must be finite and ≥ 0.`)
    }
  }
  // Pass 1: bucket the arcs (u → v, both directions of each edge) by target v.
  const count = new Uint32Array(n + 1)
  for (let e = 0; e < m; e++) {
    if (from[e] === to[e]) continue
    count[from[e]! + 1]!++
    count[to[e]! + 1]!++
  }
  for (let v = 0; v < n; v++) count[v + 1]! += count[v]!
  const total = count[n]!
  const byTargetSrc = new Uint32Array(total)
  const byTargetDst = new Uint32Array(total)
  const byTargetW = new Float64Array(total)
  const fill = count.slice(0, n)
  for (let e = 0; e < m; e++) {
    const a = from[e]!
    const b = to[e]!
    if (a === b) continue
    let k = fill[b]!++
    byTargetSrc[k] = a; byTargetDst[k] = b; byTargetW[k] = weights[e]!
    k = fill[a]!++
    byTargetSrc[k] = b; byTargetDst[k] = a; byTargetW[k] = weights[e]!
  }
  // Pass 2: a stable bucket by source keeps each source's arcs in target order.
  count.fill(0)
  for (let k = 0; k < total; k++) count[byTargetSrc[k]! + 1]!++
  for (let v = 0; v < n; v++) count[v + 1]! += count[v]!
  const sortedDst = new Uint32Array(total)
  const sortedW = new Float64Array(total)
  fill.set(count.subarray(0, n))
  for (let k = 0; k < total; k++) {
    const j = fill[byTargetSrc[k]!]!++
    sortedDst[j] = byTargetDst[k]!
    sortedW[j] = byTargetW[k]!
  }
  // Pass 3: collapse runs of the same target to the minimum weight.
  const offsets = new Uint32Array(n + 1)
  let out = 0
  for (let v = 0; v < n; v++) {
    offsets[v] = out
    const end = count[v + 1]!
    for (let k = count[v]!; k < end; k++) {
      const t = sortedDst[k]!
      const w = sortedW[k]!
      if (out > offsets[v]! && sortedDst[out - 1] === t) {
        if (w < sortedW[out - 1]!) sortedW[out - 1] = w
      } else {
        sortedDst[out] = t
        sortedW[out] = w
        out++
      }
    }
  }
  offsets[n] = out
  const index = new Map<string, number>()
  ids.forEach((id, i) => {
    if (!index.has(id)) index.set(id, i)
  })
  return {
    nodeCount: n,
    arcCount: out,
    ids,
    index,
    offsets,
    targets: sortedDst.slice(0, out),
    weights: sortedW.slice(0, out),
  }
}

/** The metric of the arc u → v (binary search in u's sorted arcs), or Infinity when they are not linked. */
export function arcWeight(graph: Graph, u: number, v: number): number {
  let lo = graph.offsets[u]!
  let hi = graph.offsets[u + 1]!
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const t = graph.targets[mid]!
    if (t === v) return graph.weights[mid]!
    if (t < v) lo = mid + 1
    else hi = mid
  }
  return Infinity
}
