/**
 * GML (Graph Modelling Language), the Internet Topology Zoo's other format and what NetworkX's
 * `write_gml`, igraph and yEd write:
 *
 *     graph [ node [ id 0 label "New York" Latitude 40.71 Longitude -74.0 ] edge [ source 0 target 1 ] ]
 *
 * The text is read into the GraphML document vocabulary (attributes by name), so that both formats
 * map onto a topology by the same rules (`parseGraphDocument` in graphml.ts). Hand-written: npm has no
 * maintained reader of graph GML, and the grammar is small: keys, numbers, quoted strings (with
 * `&...;` character references) and bracketed lists; `#` starts a comment line.
 */
import { tooLarge } from './source.js'
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import type { GraphmlDocument, GraphmlElement } from './graphml.js'
import { declareKey, parseGraphDocument } from './graphml.js'
import type { ParseTopologyOptions, TopologyLimits, TopologyResult, TopologySource } from './source.js'

/**
 * Lists nested deeper than this are refused: real files nest two or three levels (graph, node,
 * graphics), and the reader recurses per level.
 */
const MAX_DEPTH = 64

/** A value: a number or string as written, or a list of key-value pairs. */
type GmlValue = { kind: 'scalar'; text: string } | { kind: 'list'; pairs: GmlPair[] }
type GmlPair = { key: string; value: GmlValue; line: number }

/** Thrown to stop reading after a fatal problem (already reported). */
class Abort {}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** `&amp;`, `&#252;`, `&#xFC;` → their characters; anything else is left as written. */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1))
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[ref] ?? whole
  })
}

/** Reads the whole text as key-value pairs; undefined after a problem, which is in `diagnostics`. */
function readPairs(text: string, file: string, limits: TopologyLimits, diagnostics: Diagnostic[]): GmlPair[] | undefined {
  let i = 0
  let line = 1
  const fail = (expected: string, got: string): never => {
    diagnostics.push({ code: 'malformed_gml', severity: 'error', at: { file, line }, expected, got: got.length > 40 ? `${got.slice(0, 37)}...` : got })
    throw new Abort()
  }
  const skipBlank = () => {
    for (; i < text.length; i++) {
      const c = text[i]!
      if (c === '\n') line++
      else if (c === '#') {
        const nl = text.indexOf('\n', i)
        i = (nl === -1 ? text.length : nl) - 1
      } else if (c !== ' ' && c !== '\t' && c !== '\r') return
    }
  }
  const word = (): string => {
    const m = /[^\s[\]"]+/y
    m.lastIndex = i
    const found = m.exec(text)
    return found === null ? '' : found[0]
  }
  const readList = (closing: boolean, depth: number): GmlPair[] => {
    const pairs: GmlPair[] = []
    for (;;) {
      skipBlank()
      if (i >= text.length) {
        if (closing) fail('"]" to close the list', 'the end of the file')
        return pairs
      }
      if (text[i] === ']') {
        if (!closing) fail('a key', ']')
        i++
        return pairs
      }
      const keyLine = line
      const key = word()
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) fail('a key (letters, digits, _)', key === '' ? text[i]! : key)
      i += key.length
      skipBlank()
      if (i >= text.length) fail(`a value for ${key}`, 'the end of the file')
      const c = text[i]!
      let value: GmlValue
      if (c === '[') {
        if (depth >= MAX_DEPTH) fail(`at most ${MAX_DEPTH} nested lists`, `a list nested deeper, in ${key}`)
        i++
        value = { kind: 'list', pairs: readList(true, depth + 1) }
      } else if (c === '"') {
        const end = text.indexOf('"', i + 1)
        if (end === -1) fail('a closing quote', text.slice(i, i + 40))
        const s = text.slice(i + 1, end)
        for (let k = s.indexOf('\n'); k !== -1; k = s.indexOf('\n', k + 1)) line++
        value = { kind: 'scalar', text: decodeEntities(s) }
        i = end + 1
      } else {
        const v = word()
        if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(inf|nan)$/i.test(v)) fail(`a number, a quoted string or a list for ${key}`, v === '' ? c : v)
        value = { kind: 'scalar', text: v }
        i += v.length
      }
      pairs.push({ key, value, line: keyLine })
    }
  }
  if (tooLarge(text, file, limits, diagnostics)) {
    return undefined
  }
  try {
    return readList(false, 0)
  } catch (err) {
    if (err instanceof Abort) return undefined
    throw err
  }
}

const scalar = (pairs: readonly GmlPair[], key: string): string | undefined => {
  const v = pairs.find((p) => p.key === key)?.value
  return v?.kind === 'scalar' ? v.text : undefined
}

/**
 * A node's or edge's scalar attributes (nested lists such as `graphics` are skipped), and the text
 * of its first non-empty yEd `LabelGraphics [ text "..." ]`, where yEd keeps the label it draws.
 */
function elementOf(pairs: readonly GmlPair[], at: SourceLocation, skip: readonly string[]): GraphmlElement {
  const data = new Map<string, string>()
  for (const p of pairs) if (p.value.kind === 'scalar' && !skip.includes(p.key) && !data.has(p.key)) data.set(p.key, p.value.text)
  const element: GraphmlElement = { data, at }
  for (const p of pairs) {
    const text = p.key === 'LabelGraphics' && p.value.kind === 'list' ? scalar(p.value.pairs, 'text')?.trim() : undefined
    if (text !== undefined && text !== '') {
      element.drawnLabel = text
      break
    }
  }
  return element
}

/**
 * Whether a yEd edge is drawn with an arrowhead: yEd writes `directed 1` for every drawing, and
 * `graphics [ targetArrow "standard" ]` (or `sourceArrow`) on the edges that have one.
 */
function drawnWithArrow(pairs: readonly GmlPair[]): boolean {
  const graphics = pairs.find((p) => p.key === 'graphics' && p.value.kind === 'list')?.value
  if (graphics?.kind !== 'list') return false
  return ['sourceArrow', 'targetArrow'].some((k) => {
    const arrow = scalar(graphics.pairs, k)
    return arrow !== undefined && arrow !== 'none'
  })
}


/**
 * Reads GML text into the GraphML document vocabulary: every attribute name becomes a key of that
 * name. Returns undefined after a fatal problem (malformed text, no `graph [...]`), which is then
 * in `diagnostics`; a node without an id or an edge without both ends is reported and skipped.
 */
export function readGmlDocument(text: string, file: string, limits: TopologyLimits, diagnostics: Diagnostic[]): GraphmlDocument | undefined {
  const top = readPairs(text.replace(/^\ufeff/, ''), file, limits, diagnostics)
  if (top === undefined) return undefined
  const graph = top.find((p) => p.key === 'graph' && p.value.kind === 'list')
  if (graph === undefined || graph.value.kind !== 'list') {
    diagnostics.push({ code: 'malformed_gml', severity: 'error', at: { file, line: 1 }, expected: 'a graph [ ... ] list', got: top[0]?.key ?? 'nothing' })
    return undefined
  }
  const doc: GraphmlDocument = { keys: new Map(), graph: elementOf(graph.value.pairs, { file, line: graph.line }, []), nodes: [], edges: [] }
  // GML says `directed 1` for a directed graph; edges cannot say otherwise, except in a yEd drawing.
  if (scalar(graph.value.pairs, 'directed') === '1') doc.edgeDefault = 'directed'
  const yed = /yFiles/i.test(scalar(top, 'Creator') ?? '')
  for (const p of graph.value.pairs) {
    if (p.value.kind !== 'list' || (p.key !== 'node' && p.key !== 'edge')) continue
    const at: SourceLocation = { file, line: p.line }
    const pairs = p.value.pairs
    if (p.key === 'node') {
      const id = scalar(pairs, 'id')
      if (id === undefined) {
        diagnostics.push({ code: 'malformed_gml', severity: 'error', at, expected: 'a node with an id', got: 'node [ ... ] without id' })
        continue
      }
      const element = elementOf(pairs, at, ['id'])
      for (const k of element.data.keys()) declareKey(doc, k, 'node')
      doc.nodes.push({ ...element, id })
    } else {
      const source = scalar(pairs, 'source')
      const target = scalar(pairs, 'target')
      if (source === undefined || target === undefined) {
        diagnostics.push({ code: 'malformed_gml', severity: 'error', at, expected: 'an edge with a source and a target', got: `edge [ ... ] without ${source === undefined ? 'source' : 'target'}` })
        continue
      }
      const element = elementOf(pairs, at, ['source', 'target'])
      for (const k of element.data.keys()) declareKey(doc, k, 'edge')
      doc.edges.push(yed ? { ...element, source, target, directed: drawnWithArrow(pairs) } : { ...element, source, target })
    }
  }
  return doc
}

/**
 * Parses GML (Internet Topology Zoo, NetworkX, igraph) into a topology of one network, with the
 * same attribute rules as GraphML; node ids become `<network>:<GML node id>`.
 *
 * @example
 * const { topology } = parseGml('graph [ node [ id 0 label "A" ] node [ id 1 label "B" ] edge [ source 0 target 1 ] ]', { file: 'ab.gml' })
 * topology.links.length // 1
 */
export function parseGml(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  return parseGraphDocument('topology/parseGml', readGmlDocument, text, source, options)
}
