/**
 * Adjacency lists as NetworkX writes them (`write_adjlist`, `write_multiline_adjlist`): a node,
 * then its neighbours, after a header of three comment lines whose second gives the time:
 *
 *     #conv.py Abilene.graphml                      (the command line)
 *     # GMT Sat Dec  5 22:51:48 2026
 *     # Abilene                                     (the graph's name)
 *     0 1 2                                         (write_adjlist: node 0 linked to 1 and 2)
 *     1 10
 *
 *     0 2                                           (write_multiline_adjlist: node 0, 2 neighbours)
 *     1 {'LinkLabel': 'OC-192c', 'key': 0}          (a neighbour and the edge's data)
 *     2 {}
 *
 * What was read to write this: NetworkX's networkx/readwrite/adjlist.py and multiline_adjlist.py
 * (the `# GMT <time>` header line both write, `delimiter` blanks by default, an undirected edge
 * written once, under the node met first), and their output for the Topology Zoo graphs (NetworkX
 * 3.6).
 *
 * Choices:
 * - Every line's first word is a node, also with no neighbour after it, in the file's order; the
 *   words after it are neighbours, each a link (a neighbour written twice, a multigraph's parallel
 *   edges, is two links). In a list written with `delimiter='\t'` (a tab on a line) the words are
 *   cut at tabs alone, so that names keep their spaces.
 * - A multiline list's data dict is read as an edge list's (`weight` the metric; `capacity`,
 *   `latency_ms`).
 * - A directed graph's list gives each edge under its source: an edge whose reverse was read with
 *   the same data is that link again.
 * - Read as an edge list, `0 1 2` had been a link from 0 to 1 with a metric of 2.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { TopologyBuilder, emptyTopology } from './builder.js'
import { dictFields, ReverseRepeats, type EdgeFields } from './edge-list.js'
import { LINE_BREAK } from '../../util/line-ends.js'
import { networkOf, resolveLimits, sortDiagnostics, tooLarge, type ParseTopologyOptions, type TopologyResult, type TopologySource } from './source.js'

/** The header line of NetworkX's adjacency-list writers: `# GMT Sat Dec  5 22:51:48 2026`. */
const GMT_LINE = /^# GMT [A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}$/
/** A neighbour line of a multiline list: the neighbour, then its data dict. */
const NEIGHBOUR = /^(\S+)(?:[ \t]+(\{.*\}))?$/
/** The same, written with delimiter='\t': the neighbour's name may hold spaces. */
const TABBED_NEIGHBOUR = /^([^\t]+?)(?:\t+(\{.*\}))?$/

/** True when one of the first three lines is the `# GMT <time>` line NetworkX's adjacency-list writers put in their header. */
export function isNetworkxAdjlistStart(head: string): boolean {
  return head.split(LINE_BREAK, 3).some((line) => GMT_LINE.test(line.trim()))
}

/** True for a multiline adjacency list: a data dict on one of its first lines. */
function isMultiline(lines: readonly string[]): boolean {
  let seen = 0
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    if (line.includes('{')) return true
    if (++seen >= 20) break
  }
  return false
}

/**
 * Parses a NetworkX adjacency list (plain or multiline) into a topology of one network.
 *
 * @example
 * const { topology } = parseAdjacencyList('# GMT Sat Dec  5 22:51:48 2026\n0 1 2\n1\n2\n', { file: 'net.adjlist' })
 * topology.links // [{ a: 'net:0', b: 'net:1' }, { a: 'net:0', b: 'net:2' }]
 */
export function parseAdjacencyList(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const file = source.file
  const network = networkOf('topology/parseAdjacencyList', source)
  if (tooLarge(text, file, limits, diagnostics)) return { topology: emptyTopology(network), diagnostics }
  const builder = new TopologyBuilder(network, file, limits, diagnostics)
  const lines = text.split(LINE_BREAK)
  /** The links, read after the nodes so that the nodes keep the file's order. */
  const links: { a: string; b: string; fields: EdgeFields; at: SourceLocation }[] = []
  const bad = (at: SourceLocation, expected: string, got: string) => diagnostics.push({ code: 'malformed_adjacency_list', severity: 'error', at, expected, got })
  // Written with delimiter='\t', the fields are cut at tabs alone, so that names keep their spaces
  // (`Köln Bonn`); a line of one node then has no tab.
  const tabbed = lines.some((l) => !l.trim().startsWith('#') && l.includes('\t'))
  const words = (line: string): string[] => (tabbed ? line.split('\t').map((w) => w.trim()).filter((w) => w !== '') : line.split(/[ \t]+/))
  if (isMultiline(lines)) {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim()
      if (line === '' || line.startsWith('#')) continue
      const at: SourceLocation = { file, line: i + 1 }
      const head = tabbed ? /^(.+?)\t+(\d+)$/.exec(line) : /^(\S+)[ \t]+(\d+)$/.exec(line)
      if (head === null) {
        bad(at, '<node> <number of neighbours>, then a line for each neighbour', line)
        continue
      }
      const node = head[1]!
      if (!builder.hasNode(node)) builder.addNode(node, {}, at)
      for (let n = Number(head[2]); n > 0 && i + 1 < lines.length; n--) {
        const neighbourAt: SourceLocation = { file, line: i + 2 }
        const m = (tabbed ? TABBED_NEIGHBOUR : NEIGHBOUR).exec(lines[++i]!.trim())
        if (m === null) {
          bad(neighbourAt, "<neighbour> [{'weight': 3, ...}]", lines[i]!.trim())
          continue
        }
        links.push({ a: node, b: m[1]!, fields: m[2] === undefined ? {} : dictFields(m[2], neighbourAt, diagnostics), at: neighbourAt })
      }
    }
  } else {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim()
      if (line === '' || line.startsWith('#')) continue
      const at: SourceLocation = { file, line: i + 1 }
      const [node, ...neighbours] = words(line) as [string, ...string[]]
      if (!builder.hasNode(node)) builder.addNode(node, {}, at)
      for (const b of neighbours) links.push({ a: node, b, fields: {}, at })
    }
  }
  const repeats = new ReverseRepeats()
  for (const { a, b, fields, at } of links) {
    if (builder.full) break
    if (repeats.isReverse(a, b, fields)) continue
    builder.addLink(a, b, fields, at, ['first', 'second'], true)
  }
  return { topology: builder.build(), diagnostics: sortDiagnostics(diagnostics) }
}
