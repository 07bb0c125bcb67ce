/**
 * Plain edge lists: one link a line, its two ends separated by spaces or tabs, then an optional
 * metric. The layout of graph datasets and tools that write no header:
 *
 *     # Directed graph (each unordered pair of nodes is saved once)    (SNAP: `#` comments)
 *     % sym unweighted                                                  (KONECT: `%` comments)
 *     1 2
 *     Oakland,+CA5344 Chicago,+IL5222 4.4                               (Rocketfuel's weights.intra)
 *     fra ber {'weight': 3}                                             (NetworkX write_edgelist)
 *
 * Choices:
 * - Node ids are the tokens as written; nodes are implied by the links that name them.
 * - The third token is the link's metric (a positive number), or NetworkX's data dict, whose
 *   `weight` is the metric and whose `capacity` and `latency`/`latency_ms` are read as the CSV link
 *   list reads them. Further tokens (KONECT's timestamps) are not read.
 * - Files of directed graphs list both directions of a link: an edge whose reverse was read with
 *   the same metric is that link again and is not repeated.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { TopologyBuilder, defined, emptyTopology, readLinkAside, readNumber } from './builder.js'
import { networkOf, resolveLimits, sortDiagnostics, tooLarge, type ParseTopologyOptions, type TopologyResult, type TopologySource } from './source.js'
import { LINE_BREAK } from '../../util/line-ends.js'

/** `a b`, `a b metric` or `a b {data}`; more numbers after the metric are allowed (KONECT). */
const EDGE = /^(\S+)[ \t]+(\S+)(?:[ \t]+(\{.*\}|[^\s{]\S*)(?:[ \t]+[-+0-9.eE]+)*)?$/
/** A number as edge lists write metrics. */
const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/
/** How a number starts. */
const NUMBER_START = /^[-+]?\.?\d/
/** A token ending in a CSV separator: a cell of a table, not a node name. */
const CELL_END = /[,;]$/
/** A `key: value` pair of NetworkX's data dict (Python's repr or JSON). */
const DICT_ENTRY = /['"]([^'"]+)['"]\s*:\s*([^,}]+)/g


/**
 * A line's two ends and what follows them (`a b`, `a b 3`, `a b {data}`), or null. A line of a file
 * whose every line holds a tab is cut at its tabs alone: NetworkX's `write_edgelist(delimiter='\t')`
 * keeps names with spaces so (`Köln Bonn<TAB>Zürich<TAB>4`), as its `read_edgelist` reads them.
 */
function edgeOf(line: string, tabbed: boolean): [string, string, string | undefined] | null {
  if (!tabbed) {
    const m = EDGE.exec(line)
    return m === null ? null : [m[1]!, m[2]!, m[3]]
  }
  const fields = line.split('\t').map((f) => f.trim()).filter((f) => f !== '')
  if (fields.length < 2 || fields.slice(3).some((f) => !NUMBER.test(f))) return null
  return [fields[0]!, fields[1]!, fields[2]]
}

/** True for a comment line of SNAP (`#`) or KONECT (`%`). */
function isComment(line: string): boolean {
  return line.startsWith('#') || line.startsWith('%')
}

/**
 * True when a text is an adjacency matrix rather than an edge list: n lines (n of 3 or more) of n
 * numbers each, separated by spaces, tabs, commas or semicolons, with zeros on the diagonal or
 * nothing but 0 and 1. Read as an edge list, its rows gave links between the nodes "0" and "1"
 * weighted by the third column. An edge list of that shape would have a metric of 0 on its third
 * line, which no edge list has.
 */
export function isAdjacencyMatrix(text: string): boolean {
  let size = 0
  let rows = 0
  let binary = true
  let zeroDiagonal = true
  const lines = /[^\r\n]+/g
  for (let m = lines.exec(text); m !== null; m = lines.exec(text)) {
    const line = m[0].trim()
    if (line === '' || isComment(line)) continue
    // A line that starts with no number is no row: a one-line JSON of 64 MB is not split.
    if (!NUMBER_START.test(line)) return false
    const cells = line.split(/[\s,;]+/)
    if (rows === 0) size = cells.length
    if (size < 3 || cells.length !== size || rows === size) return false
    for (const cell of cells) {
      if (!NUMBER.test(cell)) return false
      if (cell !== '0' && cell !== '1') binary = false
    }
    if (Number(cells[rows]) !== 0) zeroDiagonal = false
    rows++
  }
  return rows > 0 && rows === size && (binary || zeroDiagonal)
}

/**
 * True when a text starts like an edge list: its first two lines that are no comments, and most of
 * the first ten, are two node names and an optional number or data dict, separated by spaces or
 * tabs, and the first is not a header (`a b`, `source target`: a table of columns). A line that
 * does not read further down (a typo) is then reported at its line by the edge list's reader,
 * rather than the file being read as a CSV without its header. The first two decide, as
 * `DEMANDS 2` then `label src dest bw` (REPETITA's demands) is no edge list. Comment lines alone
 * make an edge list too.
 */
export function isEdgeListStart(head: string, isHeader: (cells: readonly string[]) => boolean): boolean {
  const lines = head.split(LINE_BREAK)
  // The last line of a cut head may be incomplete.
  if (lines.length > 1) lines.pop()
  let edges = 0
  let others = 0
  let comments = 0
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '') continue
    if (isComment(line)) {
      comments++
      continue
    }
    // Pajek's `*Vertices` and `*Edges` lines: its vertex lines (`1 "a"`) are no links.
    if (line.startsWith('*')) return false
    const m = edgeOf(line, raw.includes('\t'))
    // `a, b`: a CSV table written with a space after each separator, not two names.
    const edge = m !== null && !CELL_END.test(m[0]) && !CELL_END.test(m[1]) && (m[2] === undefined || m[2].startsWith('{') || NUMBER.test(m[2]))
    if (edges === 0 && (!edge || isHeader([m![0], m![1]]))) return false
    if (edges === 1 && !edge) return false
    if (edge) edges++
    else others++
    if (edges + others >= 10) break
  }
  // Comments alone (a dataset's header cut from its edges, or a long one filling the head): no
  // CSV header to read either, and the edge list's reader says the file holds no links.
  return edges > others || (edges === 0 && others === 0 && comments > 0)
}

/**
 * Parses an edge list into a topology of one network.
 *
 * @example
 * const { topology } = parseEdgeList('# SNAP\n1 2\n2 3 5\n', { file: 'net.txt' })
 * topology.links // [{ a: 'net:1', b: 'net:2' }, { a: 'net:2', b: 'net:3', metric: 5 }]
 */
export function parseEdgeList(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const file = source.file
  const network = networkOf('topology/parseEdgeList', source)
  if (tooLarge(text, file, limits, diagnostics)) return { topology: emptyTopology(network), diagnostics }
  const builder = new TopologyBuilder(network, file, limits, diagnostics)
  const repeats = new ReverseRepeats()
  const lines = text.split(LINE_BREAK)
  const tabbed = lines.every((l) => l.trim() === '' || isComment(l.trim()) || l.includes('\t'))
  for (let i = 0; i < lines.length && !builder.full; i++) {
    const line = lines[i]!.trim()
    if (line === '' || isComment(line)) continue
    const at: SourceLocation = { file, line: i + 1 }
    const m = edgeOf(line, tabbed)
    if (m === null) {
      diagnostics.push({ code: 'malformed_edge_list', severity: 'error', at, got: line })
      continue
    }
    const [a, b, data] = m
    const fields = data === undefined ? {} : data.startsWith('{') ? dictFields(data, at, diagnostics) : metricField(data, at, diagnostics, !tabbed && !NUMBER_START.test(data))
    if (fields === undefined) continue
    if (repeats.isReverse(a, b, fields)) continue
    builder.addLink(a, b, fields, at, ['first', 'second'], true)
  }
  return { topology: builder.build(), diagnostics: sortDiagnostics(diagnostics) }
}

export type EdgeFields = { metric?: number; capacity?: number; latencyMs?: number }

/**
 * The links read so far by their ends and values, to know the reverse of one read before: files of
 * directed graphs (edge lists, NetworkX's adjacency lists) list both directions of a link.
 */
export class ReverseRepeats {
  private readonly seen = new Set<string>()

  /** True when `b a` was read with the same values; otherwise remembers `a b`. */
  isReverse(a: string, b: string, fields: EdgeFields): boolean {
    const key = `${fields.metric ?? ''} ${fields.capacity ?? ''} ${fields.latencyMs ?? ''}`
    if (this.seen.has(`${b}\u0000${a}\u0000${key}`)) return true
    this.seen.add(`${a}\u0000${b}\u0000${key}`)
    return false
  }
}

/**
 * The metric of `a b metric`; undefined (the line is skipped) when it is no number. `word`: the
 * text is a word, on a line cut at spaces (`Zürich Köln Bonn 4`), which may be a name's second half.
 */
function metricField(text: string, at: SourceLocation, diagnostics: Diagnostic[], word: boolean): EdgeFields | undefined {
  if (!NUMBER.test(text)) {
    diagnostics.push({ code: 'malformed_edge_list', severity: 'error', at, got: text, ...(word ? { word: true as const } : {}) })
    return undefined
  }
  const metric = readNumber(text, 'metric', 'positive', at, diagnostics)
  return metric === undefined ? undefined : { metric }
}

/** The fields of NetworkX's data dict (`{'weight': 3, 'capacity': 100}`); other keys are not read. */
export function dictFields(text: string, at: SourceLocation, diagnostics: Diagnostic[]): EdgeFields {
  const values = new Map<string, string>()
  for (const [, key, value] of text.matchAll(DICT_ENTRY)) values.set(key!.toLowerCase(), value!.trim().replace(/^['"]|['"]$/g, ''))
  const number = (key: string, kind: 'positive' | 'nonnegative', read = readNumber): number | undefined => {
    const value = values.get(key)
    return value === undefined ? undefined : read(value, key, kind, at, diagnostics)
  }
  return defined({
    metric: number('weight', 'positive') ?? number('metric', 'positive') ?? number('cost', 'positive'),
    capacity: number('capacity', 'nonnegative', readLinkAside),
    latencyMs: number('latency_ms', 'nonnegative', readLinkAside) ?? number('latency', 'nonnegative', readLinkAside),
  })
}
