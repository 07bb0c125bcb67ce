/**
 * Topologies written by BRITE (Boston university Representative Internet Topology gEnerator), the
 * generator that ns-3's BriteTopologyHelper, CloudSim's BriteNetworkTopology and many routing
 * studies read:
 *
 *     Topology: ( 50 Nodes, 100 Edges )
 *     Model (3 - ASWaxman):  50 100 10 1  2  0.15 0.2 1 2 1.0 99.0
 *
 *     Nodes: ( 50 )
 *     0	51	25	7	7	0	AS_NODE
 *     ...
 *     Edges: ( 100 )
 *     0	2	1	18.03	0.06	28.74	2	1	E_AS	U
 *
 * A node line is `id x y in-degree out-degree AS type`, an edge line `id from to length delay
 * bandwidth AS-from AS-to type direction` (the layout BRITE's exporter documents).
 *
 * Choices:
 * - Nodes are known by their BRITE id, as the edges name them. `x y` are places on the generator's
 *   plane (a square of its `HS` side, 100 or 1000), not longitude and latitude: they are not read,
 *   even where they would pass for a place on the globe.
 * - An edge's `length` (its length on that plane) is its metric, counting at least 1 as the lengths of
 *   the GraphML rules do: paths then follow the shortest distance, as they follow the great-circle
 *   distance of a network whose nodes are placed. Delay and bandwidth are in units the generator's
 *   configuration sets, and are not read.
 * - Every edge is a link used both ways, as BRITE's undirected (`U`) edges are.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { TopologyBuilder, emptyTopology, readNumber } from './builder.js'
import { networkOf, resolveLimits, sortDiagnostics, tooLarge, type ParseTopologyOptions, type TopologyResult, type TopologySource } from './source.js'

const SECTION = /^(Nodes|Edges):\s*\(\s*\d+\s*\):?$/
const NODE_LINE = /^(\d+)(?:\s+\S+){6}$/
const EDGE_LINE = /^\d+\s+(\d+)\s+(\d+)\s+(\S+)(?:\s+\S+){2,6}$/
const EXPECTED = {
  Nodes: '<id> <x> <y> <in-degree> <out-degree> <AS> <type>',
  Edges: '<id> <from> <to> <length> <delay> <bandwidth> [<AS from> <AS to> <type> <direction>]',
} as const

/**
 * Parses a BRITE topology into a topology of one network; node ids are BRITE's node ids
 * (`<network>:0`, `<network>:1`...), and each edge's length is its link's metric.
 *
 * @example
 * const { topology } = parseBrite('Topology: ( 2 Nodes, 1 Edges )\nModel (1 - RTWaxman): 2 100 10 1 2 0.15 0.2 1 1 10 1024\n\nNodes: ( 2 )\n0 10 20 1 1 -1 RT_NODE\n1 40 60 1 1 -1 RT_NODE\n\nEdges: ( 1 )\n0 0 1 50.0 0.17 10.0 -1 -1 E_RT U\n', { file: 'waxman.brite' })
 * topology.links // [{ a: 'waxman:0', b: 'waxman:1', metric: 50 }]
 */
export function parseBrite(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const file = source.file
  const network = networkOf('topology/parseBrite', source)
  if (tooLarge(text, file, limits, diagnostics)) return { topology: emptyTopology(network), diagnostics }
  const builder = new TopologyBuilder(network, file, limits, diagnostics)
  let section: 'Nodes' | 'Edges' | undefined
  const lines = text.split('\n')
  for (let i = 0; i < lines.length && !builder.full; i++) {
    const line = lines[i]!.trim()
    if (line === '') continue
    const at: SourceLocation = { file, line: i + 1 }
    const header = SECTION.exec(line)
    if (header !== null) {
      section = header[1] as 'Nodes' | 'Edges'
      continue
    }
    // The `Topology:` and `Model (...)` lines before the sections say how the graph was made.
    if (section === undefined) continue
    if (section === 'Nodes') {
      const m = NODE_LINE.exec(line)
      if (m === null) diagnostics.push({ code: 'malformed_brite', severity: 'error', at, section, expected: EXPECTED.Nodes, got: line })
      else builder.addNode(m[1]!, {}, at)
      continue
    }
    const m = EDGE_LINE.exec(line)
    if (m === null) {
      diagnostics.push({ code: 'malformed_brite', severity: 'error', at, section, expected: EXPECTED.Edges, got: line })
      continue
    }
    const length = readNumber(m[3], 'length', 'nonnegative', at, diagnostics)
    builder.addLink(m[1]!, m[2]!, length === undefined ? {} : { metric: Math.max(length, 1) }, at, ['from', 'to'])
  }
  return { topology: builder.build(), diagnostics: sortDiagnostics(diagnostics) }
}
