/**
 * The one conversion every importer ends in: checked nodes and links of one network, with ids
 * qualified, duplicates and unknown link ends reported, and the input caps enforced.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import type { Topology, TopologyLink, TopologyNode } from '../../domain/topology.js'
import { qualifyNodeId, type TopologyLimits } from './source.js'
import { showValue } from '../../diagnostics/show-value.js'
import { defined } from '../../util/defined.js'

/** A node's fields as a source gives them (the id and network are set by the builder). */
export type NodeFields = Omit<TopologyNode, 'id' | 'network'>
/** A link's fields as a source gives them (the ends are set by the builder). */
export type LinkFields = Omit<TopologyLink, 'a' | 'b'>

/** Names of link ends as the source calls them, for `unknown_node` diagnostics. */
export type LinkEnds = readonly [string, string]

/** Node ids a `self_loops_skipped` warning names before it says "…". */
const SELF_LOOP_EXAMPLES = 3

/** Most node pairs an `asymmetric_link_metrics` diagnostic names. */
const ASYMMETRIC_EXAMPLES = 3

export class TopologyBuilder {
  readonly network: string
  private readonly file: string
  private readonly limits: TopologyLimits
  private readonly diagnostics: Diagnostic[]
  private readonly nodes: TopologyNode[] = []
  private readonly links: TopologyLink[] = []
  /** Local id → where it was declared (undefined for nodes implied by a link). */
  private readonly declared = new Map<string, SourceLocation | undefined>()
  /** Self-loops seen (skipped), reported once by `build`. */
  private selfLoops: { count: number; at?: SourceLocation; nodes: string[] } = { count: 0, nodes: [] }
  private nodesFull = false
  private linksFull = false
  /** The metric of each directed edge noted (`a\u0000b`), to tell a link given another metric the other way. */
  private readonly arcMetrics = new Map<string, number>()
  private asymmetric: { count: number; at?: SourceLocation; examples: { a: string; b: string; ab: number; ba: number }[] } = { count: 0, examples: [] }

  constructor(network: string, file: string, limits: TopologyLimits, diagnostics: Diagnostic[]) {
    this.network = network
    this.file = file
    this.limits = limits
    this.diagnostics = diagnostics
  }

  /** True once a cap was reached: the caller may stop reading. */
  get full(): boolean {
    return this.nodesFull || this.linksFull
  }

  get nodeCount(): number {
    return this.nodes.length
  }

  hasNode(localId: string): boolean {
    return this.declared.has(localId)
  }

  /** Adds a node; a repeated id is reported and skipped. */
  addNode(localId: string, fields: NodeFields, at: SourceLocation): void {
    if (this.declared.has(localId)) {
      const first = this.declared.get(localId) ?? { file: this.file }
      this.diagnostics.push({ code: 'duplicate_node', severity: 'error', at, id: localId, first })
      return
    }
    if (!this.roomForNode(at)) return
    this.declared.set(localId, at)
    // A label's spaces at either end are no part of the name (the Topology Zoo's Renam labels a
    // node "       Cahul"): kept, a site or flow end written "Cahul" matched no node.
    const label = fields.label?.trim()
    const { label: _, ...rest } = fields
    this.nodes.push({ id: qualifyNodeId(this.network, localId), network: this.network, ...rest, ...(label ? { label } : {}) })
  }

  /**
   * Adds a link between two local ids. With `implied`, unknown ends become new nodes (a link list
   * without a node list); otherwise they are reported and the link is skipped. Self-loops are
   * skipped and counted into one `self_loops_skipped` warning. Parallel links are kept.
   */
  addLink(a: string, b: string, fields: LinkFields, at: SourceLocation, ends: LinkEnds, implied = false): void {
    if (!implied) {
      let known = true
      for (const [id, end] of [[a, ends[0]], [b, ends[1]]] as const) {
        if (this.declared.has(id)) continue
        this.diagnostics.push({ code: 'unknown_node', severity: 'error', at, node: id, end, nodes: this.nodes.length })
        known = false
      }
      if (!known) return
    }
    if (a === b) {
      this.selfLoops.count++
      this.selfLoops.at ??= at
      if (this.selfLoops.nodes.length < SELF_LOOP_EXAMPLES) this.selfLoops.nodes.push(a)
      return
    }
    if (this.links.length >= this.limits.maxLinks) {
      if (!this.linksFull) this.diagnostics.push({ code: 'input_too_large', severity: 'error', at, what: 'links', limit: this.limits.maxLinks })
      this.linksFull = true
      return
    }
    for (const id of [a, b]) {
      if (this.declared.has(id)) continue
      if (!this.roomForNode(at)) return
      this.declared.set(id, undefined)
      this.nodes.push({ id: qualifyNodeId(this.network, id), network: this.network })
    }
    this.links.push({ a: qualifyNodeId(this.network, a), b: qualifyNodeId(this.network, b), ...fields })
  }

  /**
   * Notes the metric of a directed edge from `a` to `b`. The routing graph is undirected (a link is
   * used both ways at the smallest metric given it), so a pair of nodes whose edges give each
   * direction its own metric, as OSPF and IS-IS allow, is routed as the network does not route it
   * one way: `build` warns once (`asymmetric_link_metrics`), with a few such pairs.
   */
  noteArc(a: string, b: string, metric: number | undefined, at: SourceLocation): void {
    if (metric === undefined || a === b) return
    const back = this.arcMetrics.get(`${b}\u0000${a}`)
    if (back !== undefined && back !== metric && !this.arcMetrics.has(`${a}\u0000${b}`)) {
      this.asymmetric.count++
      this.asymmetric.at ??= at
      if (this.asymmetric.examples.length < ASYMMETRIC_EXAMPLES) this.asymmetric.examples.push({ a: b, b: a, ab: back, ba: metric })
    }
    if (!this.arcMetrics.has(`${a}\u0000${b}`)) this.arcMetrics.set(`${a}\u0000${b}`, metric)
  }

  /** A node as diagnostics name it: by label where the file gives one ("Oslo (17)"). */
  private named(id: string): string {
    const qualified = qualifyNodeId(this.network, id)
    const label = this.nodes.find((n) => n.id === qualified)?.label
    return label === undefined || label === id ? id : `${label} (${id})`
  }

  private roomForNode(at: SourceLocation): boolean {
    if (this.nodes.length < this.limits.maxNodes) return true
    if (!this.nodesFull) this.diagnostics.push({ code: 'input_too_large', severity: 'error', at, what: 'nodes', limit: this.limits.maxNodes })
    this.nodesFull = true
    return false
  }

  build(): Topology {
    const loops = this.selfLoops
    if (loops.count > 0 && loops.at !== undefined) {
      // Named as other diagnostics name nodes: by label where the file gives one ("Oslo (17)").
      const named = loops.nodes.map((id) => this.named(id))
      this.diagnostics.push({ code: 'self_loops_skipped', severity: 'warning', at: loops.at, links: loops.count, nodes: named })
    }
    const asym = this.asymmetric
    if (asym.count > 0 && asym.at !== undefined) {
      this.diagnostics.push({
        code: 'asymmetric_link_metrics', severity: 'warning', at: asym.at, links: asym.count,
        examples: asym.examples.map((e) => ({ ...e, a: this.named(e.a), b: this.named(e.b) })),
      })
    }
    if (this.nodes.length === 0 && !this.diagnostics.some((d) => d.severity === 'error')) {
      this.diagnostics.push({ code: 'nothing_imported', severity: 'warning', at: { file: this.file }, expected: 'nodes' })
    }
    return { nodes: this.nodes, links: this.links, networks: [this.network] }
  }
}

/** An empty topology of one network (what a parser returns when the input cannot be read at all). */
export function emptyTopology(network: string): Topology {
  return { nodes: [], links: [], networks: [network] }
}

/** What a number field must be. */
export type NumberRule = 'latitude' | 'longitude' | 'positive' | 'nonnegative' | 'number'

const EXPECTED: Readonly<Record<NumberRule, string>> = {
  latitude: 'a latitude in degrees from -90 to 90',
  longitude: 'a longitude in degrees from -180 to 180',
  positive: 'a number greater than 0',
  nonnegative: 'a number of 0 or more',
  number: 'a number',
}

function fits(n: number, rule: NumberRule): boolean {
  switch (rule) {
    case 'latitude':
      return n >= -90 && n <= 90
    case 'longitude':
      return n >= -180 && n <= 180
    case 'positive':
      return n > 0
    case 'nonnegative':
      return n >= 0
    case 'number':
      return true
  }
}

/**
 * A number field from text (CSV, XML) or JSON: undefined when absent, empty or `NaN` (igraph
 * writes a missing number so, as a Topology Zoo node without coordinates in its DOT); an `invalid_field`
 * error (and undefined: the field is dropped, the entry kept) when it is not a finite number
 * that fits the rule.
 */
export function readNumber(raw: unknown, field: string, rule: NumberRule, at: SourceLocation, diagnostics: Diagnostic[]): number | undefined {
  if (raw === undefined || raw === null) return undefined
  let n: number
  if (typeof raw === 'number') n = raw
  else if (typeof raw === 'string') {
    const t = raw.trim()
    if (t === '' || t === 'NaN' || t === 'nan') return undefined
    n = Number(t)
  } else n = Number.NaN
  if (Number.isFinite(n) && fits(n, rule)) return n
  diagnostics.push({ code: 'invalid_field', severity: 'error', at, field, value: typeof raw === 'string' ? raw : showValue(raw), expected: EXPECTED[rule] })
  return undefined
}

/**
 * Reads a number of a link that routing does not use (its capacity, its latency) as `readNumber`
 * does, but a value that does not read is an `unread_link_field` warning, not an error: the link
 * stays, without that value, and the run goes on (a CSV's `10G` capacity stopped it, saying the
 * flows would take other paths, which a capacity never changes).
 */
export function readLinkAside(raw: unknown, field: string, rule: NumberRule, at: SourceLocation, diagnostics: Diagnostic[]): number | undefined {
  const found: Diagnostic[] = []
  const n = readNumber(raw, field, rule, at, found)
  for (const d of found) diagnostics.push(d.code === 'invalid_field' ? { code: 'unread_link_field', severity: 'warning', at: d.at, field: d.field, value: d.value, expected: d.expected } : d)
  return n
}

/** Re-exported for the importers, which build their objects with it. */
export { defined }

/** A node's position as written (`x` the longitude, `y` the latitude), with where it was read. */
export type WrittenPosition = { x: string | undefined; y: string | undefined; at: SourceLocation }

/**
 * Reads node positions written as longitude (`x`, named `fields[0]` in diagnostics) and latitude
 * (`y`, `fields[1]`). A few positions off the globe are typos: each is an `invalid_field` error at its
 * line and that node has no position. When at least two nodes and a quarter of those with both
 * numbers are off the globe, the file places its nodes on a plane (SNDlib's di-yuan at
 * `( 359.00 375.00 )`, DEFO's synthetic REPETITA networks): no position is read, and one
 * `positions_not_geographic` warning says so.
 */
export function readPositions(written: readonly WrittenPosition[], fields: readonly [string, string], diagnostics: Diagnostic[]): { lon?: number; lat?: number }[] {
  const read = written.map((w) => ({ x: readNumber(w.x, fields[0], 'number', w.at, diagnostics), y: readNumber(w.y, fields[1], 'number', w.at, diagnostics) }))
  const onGlobe = (p: { x?: number; y?: number }): boolean => p.x === undefined || p.y === undefined || (Math.abs(p.x) <= 180 && Math.abs(p.y) <= 90)
  const placed = read.filter((p) => p.x !== undefined && p.y !== undefined).length
  const off = read.flatMap((p, i) => (onGlobe(p) ? [] : [i]))
  if (off.length >= 2 && off.length * 4 >= placed) {
    const first = off[0]!
    diagnostics.push({ code: 'positions_not_geographic', severity: 'warning', at: written[first]!.at, x: read[first]!.x!, y: read[first]!.y!, nodes: off.length, total: written.length })
    return read.map(() => ({}))
  }
  return read.map((p, i) => {
    if (onGlobe(p)) return defined({ lon: p.x, lat: p.y })
    // Reported with the rule the number breaks; the node keeps no half position.
    readNumber(p.x, fields[0], 'longitude', written[i]!.at, diagnostics)
    readNumber(p.y, fields[1], 'latitude', written[i]!.at, diagnostics)
    return {}
  })
}

