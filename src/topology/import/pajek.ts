/**
 * Pajek networks (`.net`), the format of Batagelj and Mrvar's Pajek, which igraph and NetworkX
 * read (and NetworkX writes):
 *
 *     % a comment
 *     *Network backbone
 *     *Vertices 3
 *     1 "Frankfurt" 0.2 0.4 0.5 ellipse
 *     2 "Berlin" 0.6 0.1 0.5
 *     3 Munich
 *     *Edges
 *     1 2 12
 *     *Arcs
 *     2 3
 *     *Edgeslist
 *     1 2 3
 *
 * What was read to write this: Pajek's own description of its input files (DrawEPS.htm, "Definition
 * of Network (and its Picture) on Input Ascii File": `*Vertices n`, then `vertex_num label x y z
 * shape [parameters]`, vertex numbers 1, 2, 3..., a label of several words in quotes, `x y z`
 * coordinates between 0 and 1 of the picture) and Pajek's manual (pajekman.htm: a network as
 * arcs/edges, `1 2`, or as arcslists/edgeslists, `1 2 3` a line from 1 to 2 and one from 1 to 3);
 * NetworkX's networkx/readwrite/pajek.py (`*network NAME`, `*vertices n`, `*edges` undirected and
 * `*arcs` directed, the third number of an edge line its weight, section names in any case, a
 * `*matrix` section of rows of numbers); and igraph's test networks (tests/unit/pajek1.net:
 * vertex lines `1 "Vert 1" 0 0 box x_fact 1 ...` then `*Edges` lines `1 2`; pajek_edgeslist.net:
 * `*Network "C_3 cycle graph"`, `*Edgeslist` `1 2 3`; pajek_bip.net: a two-mode `*vertices 15 10`
 * with a `*matrix`).
 *
 * Choices:
 * - Nodes are the vertex numbers 1 to n (`<network>:1`...), labelled as written; a vertex without a
 *   line of its own is a node without a label, as in Pajek. A label that repeats the number adds
 *   nothing and is no label. NetworkX's writer numbers a vertex by its `id` attribute when it has
 *   one (a Topology Zoo graph's ids start at 0), and its reader takes any word for a vertex: when the
 *   first vertex line's word is not one of 1 to n (`0`, a name), the vertices are the lines' words,
 *   as NetworkX reads them, and no unlisted vertex is added; otherwise a word outside 1 to n is an
 *   error at its line.
 * - `x y z` are places in Pajek's picture (a square from 0 to 1), not coordinates: not read.
 * - After the places and the shape, a vertex line's words go in pairs: Pajek's drawing parameters
 *   (`ic Red`, `x_fact 2`) and the attributes NetworkX writes (`Country Germany label "Frankfurt am
 *   Main"`), read by the GraphML rules (so a `label` pair is the node's label, and drawing
 *   parameters are names nothing reads).
 * - The third number of an `*Edges` or `*Arcs` line is the line's value, read as the GraphML
 *   `weight` (the metric); the words after it go in pairs, as on a vertex line (Pajek's `c Blue`,
 *   `w 2`; NetworkX's `LinkLabel OC-192c`).
 * - `*Arcs` and `*Arcslist` lines are directed: read as links used both ways, with the
 *   `directed_edges` warning GraphML's directed edges give.
 * - A `*Matrix` section is a `pajek_matrix` error (its links are not read); a second `*Network`, or
 *   a `*Partition`, `*Vector`, `*Permutation`, `*Cluster` or `*Hierarchy` (a Pajek project file,
 *   `.paj`) ends the network.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { declareKey, parseGraphDocument, type GraphmlDocument, type GraphmlEdge, type GraphmlNode } from './graphml.js'
import { tooLarge, type ParseTopologyOptions, type TopologyLimits, type TopologyResult, type TopologySource } from './source.js'

/** The sections of a network, as a section line names them (in any case). */
type Section = 'vertices' | 'edges' | 'arcs' | 'edgeslist' | 'arcslist'
const SECTION_LINE = /^\*(\w+)(?:[ \t]+(.*))?$/
/** Sections of a Pajek project file (`.paj`) that follow its networks. */
const PROJECT_SECTIONS: ReadonlySet<string> = new Set(['partition', 'vector', 'permutation', 'cluster', 'hierarchy'])
const EXPECTED: Readonly<Record<Section | 'start', string>> = {
  start: '*Network <name>, *Vertices <n>, *Edges or *Arcs',
  vertices: '<number> "<label>" [x y z] [shape ...]',
  edges: '<vertex> <vertex> [value]',
  arcs: '<vertex> <vertex> [value]',
  edgeslist: '<vertex> <vertex> [<vertex> ...]',
  arcslist: '<vertex> <vertex> [<vertex> ...]',
}

/** The words of a line: runs of non-blanks, and `"..."` as one word (without its quotes). */
function wordsOf(line: string): string[] {
  const words: string[] = []
  const re = /"([^"]*)"?|(\S+)/g
  for (let m = re.exec(line); m !== null; m = re.exec(line)) words.push(m[1] ?? m[2]!)
  return words
}

const VERTEX = /^[1-9]\d*$/
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/
/** The name of a drawing parameter of an edge line (`w`, `c`, `lp`, `a1`...), which may stand where the value would; not NaN or infinity. */
const PARAMETER = /^(?!(?:nan|inf|infinity)$)[a-z][a-z0-9]*$/i

/**
 * Reads a Pajek network into the GraphML document vocabulary (`label` on nodes, `weight` on
 * edges), so that the GraphML attribute rules (`toTopology`) apply to it. Lines that do not read
 * are `malformed_pajek` errors with their line, and the rest is read. Returns undefined when the
 * text is over the size cap.
 */
export function readPajekDocument(text: string, file: string, limits: TopologyLimits, diagnostics: Diagnostic[]): GraphmlDocument | undefined {
  if (tooLarge(text, file, limits, diagnostics)) return undefined
  const doc: GraphmlDocument = { keys: new Map(), graph: { data: new Map(), at: { file, line: 1 } }, nodes: [], edges: [] }
  doc.keys.set('label', { id: 'label', name: 'label', for: 'node' })
  doc.keys.set('weight', { id: 'weight', name: 'weight', for: 'edge' })
  let section: Section | 'skip' | undefined
  let networks = 0
  /** The count of `*Vertices`, and the vertices read so far (their word → node). */
  let count: number | undefined
  let verticesAt: SourceLocation | undefined
  const vertices = new Map<string, GraphmlNode>()
  /** The first vertex line's word is not one of 1 to n: the vertices are the lines' words (NetworkX). */
  let wordsAreIds: boolean | undefined
  let closed = false
  /** Ends of a file without `*Vertices` are its nodes. */
  const implied = new Set<string>()
  const bad = (at: SourceLocation, expected: string, got: string): void => {
    diagnostics.push({ code: 'malformed_pajek', severity: 'error', at, expected, got })
  }
  /** The vertices 1 to n, each labelled by its line when it has one, once their section ends. */
  const closeVertices = (): void => {
    if (count === undefined || verticesAt === undefined || closed) return
    closed = true
    if (wordsAreIds === true) for (const node of vertices.values()) doc.nodes.push(node)
    else for (let v = 1; v <= count; v++) doc.nodes.push(vertices.get(String(v)) ?? { id: String(v), data: new Map(), at: verticesAt })
  }
  /** The words of a line after its places and shape, in pairs, as attributes of `el`. */
  const pairs = (el: GraphmlNode | GraphmlEdge, kind: 'node' | 'edge', words: readonly string[], from: number): void => {
    for (let k = from; k + 1 < words.length; k += 2) {
      declareKey(doc, words[k]!, kind)
      el.data.set(words[k]!, words[k + 1]!)
    }
  }
  const addEdge = (a: string, b: string, at: SourceLocation, directed: boolean, weight?: string): GraphmlEdge => {
    if (count === undefined) {
      for (const id of [a, b]) {
        if (implied.has(id)) continue
        implied.add(id)
        doc.nodes.push({ id, data: new Map(), at })
      }
    }
    const edge: GraphmlEdge = { source: a, target: b, data: new Map(), at, directed }
    if (weight !== undefined) edge.data.set('weight', weight)
    doc.edges.push(edge)
    return edge
  }
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (line === '' || line.startsWith('%')) continue
    const at: SourceLocation = { file, line: i + 1 }
    const header = SECTION_LINE.exec(line)
    if (header !== null) {
      const name = header[1]!.toLowerCase()
      if (name === 'network') {
        if (++networks > 1) break
        continue
      }
      if (PROJECT_SECTIONS.has(name)) break
      if (section === 'vertices') closeVertices()
      if (name === 'vertices') {
        if (count !== undefined) {
          bad(at, 'one *Vertices section (a second network starts with its own *Network line)', line)
          section = 'skip'
          continue
        }
        const n = /^(\d+)(?:[ \t]+\d+)?$/.exec(header[2]?.trim() ?? '')
        if (n === null) {
          bad(at, '*Vertices <n>, the count of vertices', line)
          section = 'skip'
          continue
        }
        count = Number(n[1])
        verticesAt = at
        if (count > limits.maxNodes) {
          diagnostics.push({ code: 'input_too_large', severity: 'error', at, what: 'nodes', limit: limits.maxNodes })
          return undefined
        }
        section = 'vertices'
        continue
      }
      if (name === 'matrix') {
        diagnostics.push({ code: 'pajek_matrix', severity: 'error', at })
        section = 'skip'
        continue
      }
      if (name === 'edges' || name === 'arcs' || name === 'edgeslist' || name === 'arcslist') {
        section = name
        continue
      }
      bad(at, `a section of a Pajek network (*Vertices, *Edges, *Arcs, *Edgeslist, *Arcslist)`, line)
      section = 'skip'
      continue
    }
    if (section === 'skip') continue
    if (section === undefined) {
      bad(at, EXPECTED.start, line)
      section = 'skip'
      continue
    }
    const words = wordsOf(line)
    if (section === 'vertices') {
      const number = words[0]!
      const inRange = VERTEX.test(number) && Number(number) <= count!
      wordsAreIds ??= !inRange
      // A label whose closing quote is missing would run on over the drawing's numbers.
      if ((!inRange && !wordsAreIds) || (line.match(/"/g)?.length ?? 0) % 2 === 1) {
        bad(at, `${EXPECTED.vertices}, a vertex number from 1 to ${count}`, line)
        continue
      }
      if (vertices.has(number)) {
        diagnostics.push({ code: 'duplicate_node', severity: 'error', at, id: number, first: vertices.get(number)!.at })
        continue
      }
      const node: GraphmlNode = { id: number, data: new Map(), at }
      const label = words[1]
      if (label !== undefined && label.trim() !== '' && label !== number) node.data.set('label', label)
      // Places (x y, or x y z), then a shape, then pairs.
      let k = 2
      while (k < words.length && k < 5 && NUMBER.test(words[k]!)) k++
      if (k < words.length && (words.length - k) % 2 === 1) k++
      pairs(node, 'node', words, k)
      vertices.set(number, node)
      continue
    }
    const ends = words.filter((_, k) => k < 2 || section === 'edgeslist' || section === 'arcslist')
    if (ends.length < 2 || !ends.every((w) => VERTEX.test(w) || vertices.has(w))) {
      bad(at, EXPECTED[section], line)
      continue
    }
    const directed = section === 'arcs' || section === 'arcslist'
    if (section === 'edges' || section === 'arcs') {
      // The line's value, when the third word is one; drawing parameters (`w 2 c Blue`) are not read.
      // A third word that is neither a number nor a parameter's name (`NaN`, `1,5`, `12ms`) is a
      // value written wrong, handed on to be reported as the weight rather than dropped unseen.
      const third = words[2]
      const value = third !== undefined && (NUMBER.test(third) || !PARAMETER.test(third)) ? third : undefined
      const edge = addEdge(ends[0]!, ends[1]!, at, directed, value)
      pairs(edge, 'edge', words, value === undefined ? 2 : 3)
    } else {
      for (const end of ends.slice(1)) addEdge(ends[0]!, end, at, directed)
    }
  }
  closeVertices()
  return doc
}

/**
 * Parses a Pajek network (`.net`) into a topology of one network; node ids are the vertex numbers
 * (`<network>:1`, `<network>:2`...), labelled as in the file.
 *
 * @example
 * const { topology } = parsePajek('*Vertices 2\n1 "Frankfurt"\n2 "Berlin"\n*Edges\n1 2 12\n', { file: 'de.net' })
 * topology.links // [{ a: 'de:1', b: 'de:2', metric: 12 }]
 */
export function parsePajek(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  return parseGraphDocument('topology/parsePajek', readPajekDocument, text, source, options)
}
