/**
 * LGL files (the Large Graph Layout's `.lgl`, written by igraph's `write_lgl` and read by its
 * `Read_Lgl`): a `# <vertex>` line, then a line per neighbour of that vertex, `<neighbour>
 * [<weight>]`:
 *
 *     # as0
 *     as1 32.76
 *     as2 50.7
 *     # as1
 *     as2 18.03
 *
 * Choices:
 * - Each `#` line is a node, named as written (a vertex with no neighbour line is a node without
 *   links); each neighbour line a link between that node and the neighbour, whose weight is its
 *   metric (a positive number). A neighbour no `#` line names is a node too.
 * - A link written under both its ends with the same weight is that link again, not a second one.
 * - Read as an edge list, each neighbour line had been a link from the neighbour to a node named by
 *   its weight.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { TopologyBuilder, emptyTopology, readNumber } from './builder.js'
import { networkOf, resolveLimits, sortDiagnostics, tooLarge, type ParseTopologyOptions, type TopologyResult, type TopologySource } from './source.js'

const VERTEX = /^#\s*(\S+)$/
const NEIGHBOUR = /^(\S+)(?:\s+(\S+))?$/

/**
 * Parses an LGL file into a topology of one network; node ids are the vertex names.
 *
 * @example
 * const { topology } = parseLgl('# fra\nber 3\n# ber\n', { file: 'de.lgl' })
 * topology.links // [{ a: 'de:fra', b: 'de:ber', metric: 3 }]
 */
export function parseLgl(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const file = source.file
  const network = networkOf('topology/parseLgl', source)
  if (tooLarge(text, file, limits, diagnostics)) return { topology: emptyTopology(network), diagnostics }
  const builder = new TopologyBuilder(network, file, limits, diagnostics)
  let vertex: string | undefined
  /** Links read, `a\u0000b\u0000weight`, to know one written again under its other end. */
  const seen = new Set<string>()
  const lines = text.split('\n')
  for (let i = 0; i < lines.length && !builder.full; i++) {
    const line = lines[i]!.trim()
    if (line === '') continue
    const at: SourceLocation = { file, line: i + 1 }
    const head = VERTEX.exec(line)
    if (head !== null) {
      vertex = head[1]!
      if (!builder.hasNode(vertex)) builder.addNode(vertex, {}, at)
      continue
    }
    const m = NEIGHBOUR.exec(line)
    if (m === null || vertex === undefined) {
      diagnostics.push({ code: 'malformed_lgl', severity: 'error', at, expected: vertex === undefined ? '# <vertex>' : '<neighbour> [<weight>]', got: line })
      continue
    }
    const [, neighbour, weight] = m as unknown as [string, string, string | undefined]
    if (seen.has(`${neighbour}\u0000${vertex}\u0000${weight ?? ''}`)) continue
    seen.add(`${vertex}\u0000${neighbour}\u0000${weight ?? ''}`)
    const metric = readNumber(weight, 'weight', 'positive', at, diagnostics)
    builder.addLink(vertex, neighbour, metric === undefined ? {} : { metric }, at, ['vertex', 'neighbour'], true)
  }
  return { topology: builder.build(), diagnostics: sortDiagnostics(diagnostics) }
}
