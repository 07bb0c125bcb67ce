/**
 * The Trivial Graph Format (`.tgf`), which yEd and the yFiles library read and write: node lines
 * (an id, then a label of any words), a line holding only `#`, then edge lines (two ids, then an
 * optional label):
 *
 *     1 Frankfurt PoP
 *     2 Berlin PoP
 *     #
 *     1 2 100G
 *
 * What was read to write this: Wikipedia's "Trivial Graph Format" (the node definitions, the `#`
 * line that ends them, edge lines with an optional label; ids integers in some implementations,
 * any word in others; edges read as directed or undirected alike, two edges for both ways).
 *
 * Choices:
 * - Node ids are the words as written; the rest of a node line is its label.
 * - An edge line's words after its two ends are the link's label (a TGF edge has no metric: a
 *   label of `100G` is a name, not a capacity).
 * - Edges are links, used both ways, with no warning: the format does not say which way an edge
 *   runs, and an edge written both ways is two parallel links, as written.
 * - An edge that names a node the node lines do not give is an `unknown_node` error, as in GraphML.
 * - Read as an edge list, each node line `1 Frankfurt` had been a link between "1" and "Frankfurt".
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { TopologyBuilder, emptyTopology } from './builder.js'
import { LINE_BREAK } from '../../util/line-ends.js'
import { networkOf, resolveLimits, sortDiagnostics, tooLarge, type ParseTopologyOptions, type TopologyResult, type TopologySource } from './source.js'

/**
 * A line of an id and, after blanks, the rest. Any blank separates them: a no-break space pasted
 * from a web page or a document (`1\u00a0Frankfurt`) or a line or paragraph separator, where only a
 * space or a tab matched and such a line crashed the reader (and the detection of any topology).
 */
const LINE = /^(\S+)(?:\s+(.*))?$/s

/**
 * True when a text starts like a TGF file: node lines (no `#` comment among them), a line of `#`
 * alone, and a first edge line whose two ends are ids of those node lines. An edge list with a bare
 * `#` comment line does not pass: its lines before it are links, not nodes its next line links.
 */
export function isTgfStart(head: string): boolean {
  const lines = head.split(LINE_BREAK)
  const ids = new Set<string>()
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (line === '') continue
    if (line === '#') {
      const edge = lines.slice(i + 1).map((l) => l.trim()).find((l) => l !== '')
      const ends = edge?.split(/\s+/)
      return ids.size > 0 && ends !== undefined && ends.length >= 2 && ids.has(ends[0]!) && ids.has(ends[1]!)
    }
    if (line.startsWith('#')) return false
    ids.add(LINE.exec(line)![1]!)
  }
  return false
}

/**
 * Parses a TGF file into a topology of one network.
 *
 * @example
 * const { topology } = parseTgf('1 Frankfurt\n2 Berlin\n#\n1 2 100G\n', { file: 'de.tgf' })
 * topology.links // [{ a: 'de:1', b: 'de:2', label: '100G' }]
 */
export function parseTgf(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const file = source.file
  const network = networkOf('topology/parseTgf', source)
  if (tooLarge(text, file, limits, diagnostics)) return { topology: emptyTopology(network), diagnostics }
  const builder = new TopologyBuilder(network, file, limits, diagnostics)
  const lines = text.split(LINE_BREAK)
  let edges = false
  for (let i = 0; i < lines.length && !builder.full; i++) {
    const line = lines[i]!.trim()
    if (line === '') continue
    if (line === '#' && !edges) {
      edges = true
      continue
    }
    const at: SourceLocation = { file, line: i + 1 }
    const [, id, rest] = LINE.exec(line) as unknown as [string, string, string | undefined]
    const label = rest?.trim() ?? ''
    if (!edges) {
      builder.addNode(id, label === '' ? {} : { label }, at)
      continue
    }
    const m = LINE.exec(label)
    if (m === null) {
      diagnostics.push({ code: 'malformed_tgf', severity: 'error', at, got: line })
      continue
    }
    const edgeLabel = m[2]?.trim() ?? ''
    builder.addLink(id, m[1]!, edgeLabel === '' ? {} : { label: edgeLabel }, at, ['first', 'second'])
  }
  return { topology: builder.build(), diagnostics: sortDiagnostics(diagnostics) }
}
