/**
 * REPETITA topology files (`.graph`; Gay, Schaus and Vissicchio, "REPETITA: Repeatable Experiments
 * for Performance Evaluation of Traffic-Engineering Algorithms", 2017), the Topology Zoo, Rocketfuel
 * and DEFO networks as traffic-engineering research uses them:
 *
 *     NODES 4
 *     label x y
 *     0_SRI -122.18219 37.45383
 *     ...
 *
 *     EDGES 8
 *     label src dest weight bw delay
 *     edge_0 0 1 1 1000000 678
 *
 * Choices, from the format's description in REPETITA's wiki ("Adding Problem Instances"):
 * - Nodes are known by their position in the node list (labels need not be unique), so a node's id
 *   is that number and its label the file's label. `x` is the longitude and `y` the latitude; the
 *   Rocketfuel and DEFO files write `0.0 0.0` for every node, which is "no position", not a place
 *   in the Gulf of Guinea. DEFO's synthetic networks (`synth50`, `synth100`...) write other numbers
 *   (`N30 42.308 -100.325`: a `y` that is no latitude), and then no position of the file is read
 *   (see `readPositions`); the weights still give every link its metric.
 * - Edges are directed and a network lists both directions: an edge whose reverse was read with the
 *   same weight, bandwidth and delay is that link again and is not repeated. Different values in
 *   the two directions keep both (parallel links collapse to the cheaper one when routing); a
 *   different weight each way is warned about (`asymmetric_link_metrics`), as routing then differs.
 * - `weight` is the IGP metric; `bw` is in kbit/s (capacity in Mbit/s is bw / 1000); `delay` is
 *   in microseconds (latency in ms is delay / 1000).
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { TopologyBuilder, defined, emptyTopology, readLinkAside, readNumber, readPositions, type WrittenPosition } from './builder.js'
import { networkOf, resolveLimits, sortDiagnostics, tooLarge, type ParseTopologyOptions, type TopologyResult, type TopologySource } from './source.js'


const SECTION = /^(NODES|EDGES)[ \t]+(\d+)$/
const NODE_LINE = /^(\S+)[ \t]+(\S+)[ \t]+(\S+)$/
const EDGE_LINE = /^(\S+)[ \t]+(\d+)[ \t]+(\d+)[ \t]+(\S+)[ \t]+(\S+)[ \t]+(\S+)$/
const EXPECTED = { NODES: '<label> <x (longitude)> <y (latitude)>', EDGES: '<label> <src> <dest> <weight> <bw> <delay>' } as const

/**
 * Parses a REPETITA topology into a topology of one network; node ids are the nodes' positions
 * (`<network>:0`, `<network>:1`...), labelled as in the file.
 *
 * @example
 * const { topology } = parseRepetita('NODES 2\nlabel x y\nA 8.55 47.37\nB 16.37 48.21\n\nEDGES 2\nlabel src dest weight bw delay\ne0 0 1 10 10000000 500\ne1 1 0 10 10000000 500\n', { file: 'ch.graph' })
 * topology.links // [{ a: 'ch:0', b: 'ch:1', metric: 10, capacity: 10000, latencyMs: 0.5, label: 'e0' }]
 */
export function parseRepetita(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const file = source.file
  const network = networkOf('topology/parseRepetita', source)
  if (tooLarge(text, file, limits, diagnostics)) return { topology: emptyTopology(network), diagnostics }
  const builder = new TopologyBuilder(network, file, limits, diagnostics)
  let section: 'NODES' | 'EDGES' | undefined
  /** The memo line (`label x y`) follows each section header and is skipped. */
  let memo = false
  let nodes = 0
  /**
   * The nodes as read, added to the topology when the EDGES section starts: whether `x y` are
   * places is decided for the whole file.
   */
  const read: { label: string; position: WrittenPosition }[] = []
  const addNodes = (): void => {
    const places = readPositions(read.map((n) => n.position), ['x', 'y'], diagnostics)
    for (const [i, n] of read.splice(0).entries()) {
      const { lon, lat } = places[i]!
      const placed = lon !== undefined && lat !== undefined && !(lon === 0 && lat === 0)
      builder.addNode(String(nodes++), defined({ label: n.label, lat: placed ? lat : undefined, lon: placed ? lon : undefined }), n.position.at)
      if (builder.full) return
    }
  }
  /** `src dest weight bw delay` of the edges read, to know a reverse edge that repeats a link. */
  const seen = new Set<string>()
  const lines = text.split('\n')
  for (let i = 0; i < lines.length && !builder.full; i++) {
    const line = lines[i]!.trim()
    if (line === '') continue
    const at: SourceLocation = { file, line: i + 1 }
    const header = SECTION.exec(line)
    if (header !== null) {
      section = header[1] as 'NODES' | 'EDGES'
      if (section === 'EDGES') addNodes()
      memo = true
      continue
    }
    if (memo && /^label\b/.test(line)) {
      memo = false
      continue
    }
    memo = false
    if (section === undefined) {
      diagnostics.push({ code: 'malformed_repetita', severity: 'error', at, section: 'NODES', expected: 'NODES <count>', got: line })
      continue
    }
    if (section === 'NODES') {
      const m = NODE_LINE.exec(line)
      if (m === null) {
        diagnostics.push({ code: 'malformed_repetita', severity: 'error', at, section, expected: EXPECTED.NODES, got: line })
        continue
      }
      read.push({ label: m[1]!, position: { x: m[2], y: m[3], at } })
      continue
    }
    const m = EDGE_LINE.exec(line)
    if (m === null) {
      diagnostics.push({ code: 'malformed_repetita', severity: 'error', at, section, expected: EXPECTED.EDGES, got: line })
      continue
    }
    const [, label, src, dest, weight, bw, delay] = m as unknown as [string, string, string, string, string, string, string]
    if (seen.has(`${dest} ${src} ${weight} ${bw} ${delay}`)) continue
    seen.add(`${src} ${dest} ${weight} ${bw} ${delay}`)
    const capacity = readLinkAside(bw, 'bw', 'nonnegative', at, diagnostics)
    const latency = readLinkAside(delay, 'delay', 'nonnegative', at, diagnostics)
    const metric = readNumber(weight, 'weight', 'positive', at, diagnostics)
    builder.noteArc(src, dest, metric, at)
    builder.addLink(src, dest, defined({
      metric,
      // kbit/s to Mbit/s; a bandwidth of 0 says nothing about the link.
      capacity: capacity === undefined || capacity === 0 ? undefined : capacity / 1000,
      latencyMs: latency === undefined ? undefined : latency / 1000,
      label,
    }), at, ['src', 'dest'])
  }
  addNodes()
  return { topology: builder.build(), diagnostics: sortDiagnostics(diagnostics) }
}
