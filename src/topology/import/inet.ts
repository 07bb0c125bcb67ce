/**
 * Topologies written by the Inet topology generator (University of Michigan; Inet 3.0), the input of
 * ns-3's InetTopologyReader:
 *
 *     10 9
 *     0	5625	2473
 *     ...
 *     0	1	1973
 *
 * The first line gives the number of nodes and of links; then a line per node, `id x y`; then a
 * line per link, `from to weight`.
 *
 * Choices:
 * - Nodes are known by their id. `x y` are places on the generator's plane (10000 by 10000 by
 *   default), not longitude and latitude, and are not read.
 * - A link's weight, the distance between its ends on that plane (as ns-3's reader documents it), is
 *   its metric: paths follow the shortest distance. Links are used both ways.
 * - Read as an edge list, the first line had been a link between two nodes named by the counts and
 *   each node line a link from the node to its x at the metric y.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { TopologyBuilder, emptyTopology, readNumber } from './builder.js'
import { networkOf, resolveLimits, sortDiagnostics, tooLarge, type ParseTopologyOptions, type TopologyResult, type TopologySource } from './source.js'

const COUNTS = /^(\d+)\s+(\d+)$/
const NODE_LINE = /^(\S+)\s+\S+\s+\S+$/
const LINK_LINE = /^(\S+)\s+(\S+)\s+(\S+)$/

/**
 * Parses an Inet topology into a topology of one network; node ids are Inet's (`<network>:0`...),
 * and each link's weight is its metric.
 *
 * @example
 * const { topology } = parseInet('2 1\n0 5625 2473\n1 4505 4098\n0 1 1973\n', { file: 'inet.txt' })
 * topology.links // [{ a: 'inet:0', b: 'inet:1', metric: 1973 }]
 */
export function parseInet(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const file = source.file
  const network = networkOf('topology/parseInet', source)
  if (tooLarge(text, file, limits, diagnostics)) return { topology: emptyTopology(network), diagnostics }
  const builder = new TopologyBuilder(network, file, limits, diagnostics)
  /** The nodes still to read before the links, once the first line gave their number. */
  let nodesLeft: number | undefined
  const lines = text.split('\n')
  for (let i = 0; i < lines.length && !builder.full; i++) {
    const line = lines[i]!.trim()
    if (line === '') continue
    const at: SourceLocation = { file, line: i + 1 }
    if (nodesLeft === undefined) {
      const m = COUNTS.exec(line)
      if (m === null) diagnostics.push({ code: 'malformed_inet', severity: 'error', at, expected: '<number of nodes> <number of links>', got: line })
      nodesLeft = m === null ? 0 : Number(m[1])
      continue
    }
    if (nodesLeft > 0) {
      nodesLeft--
      const m = NODE_LINE.exec(line)
      if (m === null) diagnostics.push({ code: 'malformed_inet', severity: 'error', at, expected: '<id> <x> <y>', got: line })
      else builder.addNode(m[1]!, {}, at)
      continue
    }
    const m = LINK_LINE.exec(line)
    if (m === null) {
      diagnostics.push({ code: 'malformed_inet', severity: 'error', at, expected: '<from> <to> <weight>', got: line })
      continue
    }
    const metric = readNumber(m[3], 'weight', 'positive', at, diagnostics)
    builder.addLink(m[1]!, m[2]!, metric === undefined ? {} : { metric }, at, ['from', 'to'])
  }
  return { topology: builder.build(), diagnostics: sortDiagnostics(diagnostics) }
}
