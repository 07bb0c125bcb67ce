/**
 * Graphviz DOT, what network maps drawn by hand and LLDP/CDP scripts (through Python's graphviz
 * package, pydot or NetworkX) are often kept in:
 *
 *     strict graph backbone {
 *       node [shape=box]
 *       fra [label="Frankfurt" lat=50.11 lon=8.68]
 *       fra -- ber -- ham [weight=3]
 *       "core-1":"Gi0/1" -- { "acc-1" "acc-2" }
 *     }
 *
 * The grammar is parsed by `@ts-graphviz/ast` (with its caps on input size and nesting); the
 * statements are then read into the GraphML vocabulary, attribute names as keys, so the GraphML
 * attribute rules (`toTopology`: `label`, `lat`/`Latitude`, `weight`/`metric`/`cost`, `LinkSpeed`,
 * `latency`...) apply unchanged. Graphviz's own attributes are drawing instructions: `pos` is a
 * place in the drawing, not on Earth, and is not read.
 */
import {
  parse, type AttributeASTNode, type ClusterStatementASTNode, type CommentASTNode, type EdgeTargetASTNode, type FileRange, type LiteralASTNode,
} from '@ts-graphviz/ast'
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { declareKey, parseGraphDocument, type GraphmlDocument, type GraphmlEdge, type GraphmlNode } from './graphml.js'
import type { ParseTopologyOptions, TopologyLimits, TopologyResult, TopologySource } from './source.js'
import { DOT_PREAMBLE } from './text-starts.js'

/** A `digraph` head, after what may come before it (see DOT_PREAMBLE). */
const DIGRAPH_HEAD = new RegExp(String.raw`^${DOT_PREAMBLE}(?:strict\s+)?digraph\b`, 'i')

/**
 * The parser holds the whole syntax tree at once, about 300 bytes per element (id, attribute,
 * statement), so DOT gets caps of its own below the general ones: 10 MiB of text (the parser's own
 * default) and 4 million elements (about 500,000 edges with an attribute each).
 */
const DOT_MAX_CHARS = 10 * 1024 * 1024
const DOT_MAX_ELEMENTS = 4_000_000

/** Shapes whose label is a record of fields (`{sw1|<p1> Gi0/1|<p2> Gi0/2}`) rather than text. */
const RECORD_SHAPES = new Set(['record', 'mrecord'])

/** Attribute values by name, in the order they were set. */
type Attributes = Map<string, string>

/** Default attributes in force in a graph or subgraph (`node [...]`, `edge [...]`). */
type Scope = { node: Attributes; edge: Attributes }

/** Where a parser location starts. */
const at = (file: string, range: FileRange | undefined): SourceLocation =>
  range === undefined ? { file } : { file, line: range.start.line, column: range.start.column }

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** The text of an HTML-like label (`<<b>Core</b><br/>Frankfurt>`): tags dropped, entities decoded, spaces collapsed, lines kept. */
function htmlText(html: string): string {
  return html
    // Line breaks in the source are spaces, as in HTML; a <br/> and a table's rows are lines of the
    // label, its cells words of a line.
    .replace(/\s+/g, ' ')
    .replace(/<br\s*\/?>|<\/tr\s*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
      if (!ref.startsWith('#')) return ENTITIES[ref] ?? whole
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1))
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole
    })
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim()
}

/**
 * A literal's value as text. Graphviz joins a quoted string continued on the next line after a
 * backslash (the parser keeps the backslash and the line break).
 */
function valueOf(literal: LiteralASTNode): string {
  if (literal.quoted === 'html') return htmlText(literal.value)
  return literal.quoted === true ? literal.value.replace(/\\\r?\n/g, '') : literal.value
}

/**
 * A label as shown: Graphviz's escapes `\N` (the node's name), `\G` (the graph's), `\E`, `\T` and
 * `\H` (an edge's name, tail and head) replaced, and the line breaks `\n`, `\l`, `\r` made line
 * breaks (a label of several lines is shown on one, its first line naming the node: `toTopology`).
 */
function shownLabel(label: string, names: Readonly<Record<'N' | 'G' | 'E' | 'T' | 'H', string>>): string {
  return label
    .replace(/\\([NGETHnlr\\]|.)/g, (_, c: string) => (c in names ? names[c as keyof typeof names] : c === 'n' || c === 'l' || c === 'r' ? '\n' : c))
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim()
}

/**
 * The first field with text of a record label (`{sw1|<p1> Gi0/1}` → `sw1`), without its port
 * name (`<p1>`); the record's own escapes (`\|`, `\{`...) are undone, others are left for `shownLabel`.
 */
function recordText(label: string): string {
  for (const field of label.split(/(?<!\\)[|{}]/)) {
    const text = field.replace(/(?<!\\)<[^>]*>/g, '').replace(/\\([|{}<> ])/g, '$1').trim()
    if (text !== '') return text
  }
  return ''
}

/** What a DOT syntax error says it expected, in words: the parser lists every token it would have taken. */
function describeExpected(expected: readonly { type: string; text?: string; description?: string }[] | null): string {
  if (expected === null || expected.length === 0) return 'DOT as Graphviz reads it'
  const words: string[] = []
  let id = false
  for (const e of expected) {
    if (e.type === 'literal' && e.text !== undefined) {
      // The starts of comments are allowed almost everywhere and say nothing about the mistake.
      if (e.text === '/*' || e.text === '//' || e.text === '#') continue
      // A quote or `<` starts a quoted or an HTML string: an id like the others.
      if (e.text === '"' || e.text === '<') id = true
      else words.push(`"${e.text}"`)
    } else if (e.description === 'UNICODE_STRING' || e.description === 'NUMBER') id = true
    else if (e.description !== undefined) words.push(e.description)
  }
  const unique = [...new Set(words)]
  if (id) unique.push('an id (a name, number or quoted string)')
  return unique.length <= 1 ? (unique[0] ?? 'DOT as Graphviz reads it') : `${unique.slice(0, -1).join(', ')} or ${unique.at(-1)}`
}

/** The parts of the parser's error that say where and what (peggy's SyntaxError, kept as the cause). */
type PegError = {
  message: string
  expected: { type: string; text?: string; description?: string }[] | null
  found: string | null
  location?: FileRange
}

/** The diagnostic for a parser failure. */
function syntaxDiagnostic(err: unknown, text: string, file: string, directed: boolean): Diagnostic {
  const cause = (err as { cause?: unknown }).cause
  if (cause instanceof Error && cause.name === 'ASTNodeCountExceededError') {
    return { code: 'input_too_large', severity: 'error', at: { file }, what: 'elements', limit: DOT_MAX_ELEMENTS }
  }
  const peg = (cause ?? err) as Partial<PegError>
  const where = at(file, peg.location)
  if (/^In (di)?graph, /.test(peg.message ?? '')) {
    // The wrong edge operator for the kind of graph: the error points at the operator.
    const offset = peg.location?.start.offset ?? 0
    return {
      code: 'malformed_dot', severity: 'error', at: where, got: text.slice(offset, offset + 2),
      expected: directed ? '"->" between the nodes of a digraph' : '"--" between the nodes of a graph (write "digraph" for one with "->")',
    }
  }
  if (peg.expected === undefined || peg.expected === null) return { code: 'malformed_dot', severity: 'error', at: where, expected: 'DOT as Graphviz reads it', got: peg.message ?? '' }
  const found = peg.found ?? ''
  return { code: 'malformed_dot', severity: 'error', at: where, expected: describeExpected(peg.expected), got: found }
}

/** A `+` and the opening quote of the next part, right after a quoted string. */
const CONCAT = /\s*\+\s*"/y

/**
 * The text with quoted strings joined by `+` written as one string (Graphviz: "double-quoted
 * strings can be concatenated using a '+' operator"), which the parser does not read: `"srl" +
 * "1"` becomes `"srl1"`. A line break between the parts becomes a backslash and a line break, which
 * the literal's value drops as a continued line, so the lines after keep their numbers. Comments
 * and HTML strings are passed over as they are.
 */
function joinConcatenatedStrings(text: string): string {
  if (!/"\s*\+\s*"/.test(text)) return text
  let out = ''
  let i = 0
  let lineStart = true
  while (i < text.length) {
    const c = text[i]!
    if (c === '"') {
      let j = i + 1
      let body = ''
      for (;;) {
        while (j < text.length && text[j] !== '"') {
          body += text[j] === '\\' && j + 1 < text.length ? text[j]! + text[++j]! : text[j]!
          j++
        }
        // After the closing quote: a `+` and another quoted string continue this one.
        if (j >= text.length) break
        CONCAT.lastIndex = j + 1
        const next = CONCAT.exec(text)
        if (next === null) break
        body += next[0].replace(/[^\n]/g, '').replace(/\n/g, '\\\n')
        j += 1 + next[0].length
      }
      // A string without its closing quote is left so, for the parser to report.
      out += j >= text.length ? `"${body}` : `"${body}"`
      i = j + 1
      lineStart = false
      continue
    }
    const rest = text.startsWith('//', i) || (c === '#' && lineStart) ? text.indexOf('\n', i) : text.startsWith('/*', i) ? text.indexOf('*/', i + 2) : -2
    if (rest !== -2) {
      const end = rest === -1 ? text.length : c === '/' && text[i + 1] === '*' ? rest + 2 : rest
      out += text.slice(i, end)
      i = end
      continue
    }
    if (c === '<') {
      let depth = 0
      let j = i
      do {
        if (text[j] === '<') depth++
        else if (text[j] === '>') depth--
        j++
      } while (j < text.length && depth > 0)
      out += text.slice(i, j)
      i = j
      lineStart = false
      continue
    }
    out += c
    lineStart = c === '\n' || (lineStart && (c === ' ' || c === '\t' || c === '\r'))
    i++
  }
  return out
}

/**
 * Reads DOT text into the GraphML document vocabulary: every node in the order first named (a
 * node named only by an edge is a node too), with the `node [...]` defaults in force where it was
 * first named and its own attributes; every edge of a chain (`a -- b -- c`) and of a group
 * (`a -- { b c }`: one edge to each), with the `edge [...]` defaults and its attributes. Defaults
 * hold to the end of their graph or subgraph, and a subgraph starts with those of its parent, as
 * in Graphviz. In a `strict` graph, a second edge between the same nodes is the same edge. Ports
 * (`"sw1":"Gi0/1"`) are parts of a node's drawing and name the node alone. A `digraph` has
 * directed edges (`edgedefault` directed). Returns undefined after a syntax error, which is then
 * in `diagnostics` with its line and column.
 */
export function readDotDocument(text: string, file: string, limits: TopologyLimits, diagnostics: Diagnostic[]): GraphmlDocument | undefined {
  const maxChars = Math.min(limits.maxChars, DOT_MAX_CHARS)
  if (text.length > maxChars) {
    diagnostics.push({ code: 'input_too_large', severity: 'error', at: { file }, what: 'characters', limit: maxChars })
    return undefined
  }
  // Known before parsing, to name the right edge operator if the parser refuses the wrong one.
  const directed = DIGRAPH_HEAD.test(text.replace(/^\ufeff/, ''))
  let ast
  try {
    ast = parse(joinConcatenatedStrings(text.replace(/^\ufeff/, '')), { maxInputSize: 0, maxASTNodes: DOT_MAX_ELEMENTS })
  } catch (err) {
    diagnostics.push(syntaxDiagnostic(err, text, file, directed))
    return undefined
  }
  const graph = ast.children.find((c) => c.type === 'Graph')!
  const graphAt = at(file, graph.location)
  const graphName = graph.id === undefined ? '' : valueOf(graph.id)
  const doc: GraphmlDocument = { keys: new Map(), graph: { data: new Map(), at: graphAt }, nodes: [], edges: [] }
  if (graph.directed) doc.edgeDefault = 'directed'
  const nodes = new Map<string, GraphmlNode>()
  /** Edges of a strict graph by their ends, to merge repeated ones. */
  const strictEdges = graph.strict ? new Map<string, GraphmlEdge>() : undefined
  let problem: Diagnostic | undefined

  const attributesOf = (children: readonly (AttributeASTNode | CommentASTNode)[]): [string, string][] =>
    children.flatMap((c) => (c.type === 'Attribute' ? [[valueOf(c.key), valueOf(c.value)] as [string, string]] : []))
  const set = (into: Map<string, string>, attributes: Iterable<[string, string]>, kind: 'node' | 'edge' | undefined) => {
    for (const [k, v] of attributes) {
      into.set(k, v)
      if (kind !== undefined) declareKey(doc, k, kind)
    }
  }
  /** The node of an id, created with the defaults of `scope` when first named. */
  const node = (id: string, where: SourceLocation, scope: Scope): GraphmlNode => {
    let n = nodes.get(id)
    if (n === undefined) {
      n = { id, data: new Map(), at: where }
      set(n.data, scope.node, 'node')
      nodes.set(id, n)
      doc.nodes.push(n)
    }
    return n
  }
  /** The node ids of one end of an edge: a node, or each node of a group. */
  const endIds = (end: EdgeTargetASTNode, scope: Scope): string[] => {
    const refs = end.type === 'NodeRefGroup' ? end.children : [end]
    return refs.map((ref) => {
      const id = valueOf(ref.id)
      // The parser reads an edge end written `subgraph s { ... }` as a node named "subgraph".
      if (ref.id.quoted === false && id.toLowerCase() === 'subgraph') {
        problem ??= {
          code: 'malformed_dot', severity: 'error', at: at(file, ref.location), got: id,
          expected: 'a node id or a group of nodes in braces, a -- { b c } (an edge end written "subgraph name { ... }" is not read)',
        }
      }
      return node(id, at(file, ref.location), scope).id
    })
  }

  const walk = (statements: readonly ClusterStatementASTNode[], scope: Scope, root: boolean): void => {
    for (const s of statements) {
      switch (s.type) {
        case 'AttributeList':
          if (s.kind === 'Node') set(scope.node, attributesOf(s.children), undefined)
          else if (s.kind === 'Edge') set(scope.edge, attributesOf(s.children), undefined)
          else if (root) set(doc.graph.data, attributesOf(s.children), undefined)
          break
        case 'Attribute':
          // `label = "Backbone"` on its own sets an attribute of the (sub)graph.
          if (root) doc.graph.data.set(valueOf(s.key), valueOf(s.value))
          break
        case 'Node':
          set(node(valueOf(s.id), at(file, s.location), scope).data, attributesOf(s.children), 'node')
          break
        case 'Edge': {
          const where = at(file, s.location)
          const own = attributesOf(s.children)
          const ends = s.targets.map((t) => endIds(t, scope))
          for (let i = 0; i + 1 < ends.length; i++) {
            for (const source of ends[i]!) {
              for (const target of ends[i + 1]!) {
                const key = graph.directed || source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`
                let edge = strictEdges?.get(key)
                if (edge === undefined) {
                  edge = { source, target, data: new Map(), at: where }
                  set(edge.data, scope.edge, 'edge')
                  doc.edges.push(edge)
                  strictEdges?.set(key, edge)
                }
                set(edge.data, own, 'edge')
              }
            }
          }
          break
        }
        case 'Subgraph':
          walk(s.children, { node: new Map(scope.node), edge: new Map(scope.edge) }, false)
          break
      }
    }
  }
  walk(graph.children, { node: new Map(), edge: new Map() }, true)
  if (problem !== undefined) {
    diagnostics.push(problem)
    return undefined
  }

  // Labels as Graphviz shows them; blank values are no values.
  for (const n of doc.nodes) {
    const shape = n.data.get('shape')
    let label = n.data.get('label')
    if (label !== undefined && shape !== undefined && RECORD_SHAPES.has(shape.toLowerCase())) label = recordText(label)
    if (label !== undefined) label = shownLabel(label, { N: n.id, G: graphName, E: '', T: '', H: '' })
    // A label that only repeats the id (Graphviz's default `\N`) adds nothing to it.
    if (label !== undefined && label !== '' && label !== n.id) n.data.set('label', label)
    else n.data.delete('label')
    dropBlank(n.data)
  }
  for (const e of doc.edges) {
    if (graph.directed && !drawnOneWay(e.data)) e.directed = false
    const label = e.data.get('label')
    if (label !== undefined) {
      const op = graph.directed ? '->' : '--'
      e.data.set('label', shownLabel(label, { N: '', G: graphName, E: `${e.source}${op}${e.target}`, T: e.source, H: e.target }))
    }
    dropBlank(e.data)
  }
  return doc
}

/**
 * Whether an edge of a digraph is drawn one way, with a single arrowhead: Graphviz draws
 * `dir=both` with two and `dir=none` with none (as network diagrams drawn as digraphs write every
 * link, `edge [dir=none]`), and no arrow where the one its `dir` asks for is `none`.
 */
function drawnOneWay(data: Map<string, string>): boolean {
  const dir = (data.get('dir') ?? 'forward').trim().toLowerCase()
  if (dir === 'both' || dir === 'none') return false
  const arrow = data.get(dir === 'back' ? 'arrowtail' : 'arrowhead')
  return arrow === undefined || arrow.trim().toLowerCase() !== 'none'
}

/** Blank values (a label of spaces, drawn to leave room) are left out, like values not given. */
function dropBlank(data: Map<string, string>): void {
  for (const [k, v] of data) if (v.trim() === '') data.delete(k)
}

/**
 * Parses a Graphviz DOT file (`graph` or `digraph`) into a topology of one network; node ids
 * become `<network>:<DOT node id>`.
 *
 * @example
 * const { topology } = parseDot('graph { fra -- ber [weight=3] }', { file: 'de.dot' })
 * topology.links // [{ a: 'de:fra', b: 'de:ber', metric: 3 }]
 */
export function parseDot(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  return parseGraphDocument('topology/parseDot', readDotDocument, text, source, options)
}
