import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { detectTopologyFormat } from './detect.js'
import { parsePajek } from './pajek.js'

const codes = (r: { diagnostics: { code: string; at: { line?: number } }[] }) => r.diagnostics.map((d) => `${d.code}@${d.at.line}`)

/** A backbone as Pajek writes one: drawing places and shapes on the vertex lines, values and colours on the edges. */
const NET = `% backbone, drawn in Pajek
*Network backbone
*Vertices 5
1 "Frankfurt am Main" 0.2120 0.4311 0.5000 ellipse ic Yellow
2 Berlin 0.6011 0.1010 0.5000
3 "3" 0.5 0.5 0.5
5 "Munich" 0.3 0.8 0.5 box x_fact 1 y_fact 1
*Edges
1 2 12 w 2 c Blue
2 3 7
1 4
*Edgeslist
5 1 2
`

describe('parsePajek', () => {
  it('reads vertices 1 to n labelled by their lines, edge values as metrics, edge lists as one link per neighbour, no drawing place as a coordinate', () => {
    const r = parsePajek(NET, { file: 'backbone.net' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes).toEqual([
      { id: 'backbone:1', network: 'backbone', label: 'Frankfurt am Main' },
      { id: 'backbone:2', network: 'backbone', label: 'Berlin' },
      // A label that repeats the vertex number adds nothing; vertex 4 has no line of its own.
      { id: 'backbone:3', network: 'backbone' },
      { id: 'backbone:4', network: 'backbone' },
      { id: 'backbone:5', network: 'backbone', label: 'Munich' },
    ])
    expect(r.topology.links).toEqual([
      { a: 'backbone:1', b: 'backbone:2', metric: 12 },
      { a: 'backbone:2', b: 'backbone:3', metric: 7 },
      { a: 'backbone:1', b: 'backbone:4' },
      { a: 'backbone:5', b: 'backbone:1' },
      { a: 'backbone:5', b: 'backbone:2' },
    ])
  })

  it('reads *Arcs and *Arcslist (section names in any case) as links used both ways, with one directed_edges warning', () => {
    const r = parsePajek('*vertices 3\n1 "a"\n2 "b"\n3 "c"\n*arcs\n1 2 1.5\n2 1 1.5\n*Arcslist\n3 1 2\n', { file: 'd.net', network: 'd' })
    expect(r.topology.links).toHaveLength(4)
    expect(r.diagnostics).toMatchObject([{ code: 'directed_edges', edges: 4, total: 4 }])
  })

  it('reads a network of links alone, whose ends are its nodes', () => {
    const r = parsePajek('*Edges\n1 2\n2 3\n', { file: 'e.net', network: 'e' })
    expect([r.topology.nodes.map((n) => n.id), r.topology.links.length, r.diagnostics]).toEqual([['e:1', 'e:2', 'e:3'], 2, []])
  })

  it('reports lines that do not read, vertices out of range and unknown ends at their lines, and reads the rest', () => {
    const text = 'made by hand\n*Vertices 2\n1 "a"\n7 "g"\nx "b"\n1 "again"\n*Edges\n1 2\n1 9\nfrom 1 to 2\n'
    const r = parsePajek(text, { file: 'bad.net', network: 'n' })
    expect(r.topology.links).toEqual([{ a: 'n:1', b: 'n:2' }])
    expect(codes(r)).toEqual(['malformed_pajek@1', 'malformed_pajek@4', 'malformed_pajek@5', 'duplicate_node@6', 'unknown_node@9', 'malformed_pajek@10'])
    expect(formatDiagnostic(r.diagnostics[1]!)).toBe('bad.net:4: error: cannot read this line of the Pajek network: expected <number> "<label>" [x y z] [shape ...], a vertex number from 1 to 2, got "7 \\"g\\"". Fix the line, or start it with % to make it a comment.')
  })

  it('reads a network as NetworkX writes it from a Topology Zoo graph: vertices by their ids from 0, attributes in pairs', () => {
    // networkx.write_pajek of Abilene.graphml (NetworkX 3.6): a vertex is numbered by its `id`
    // attribute, named by its node key, and followed by its text attributes; edges likewise.
    const text = '*vertices 3\n0 0 0.0 0.0 ellipse Country "United States" label "New York"\n1 1 0.0 0.0 ellipse Country "United States" label Chicago\n'
      + '2 2 0.0 0.0 ellipse label "Washington DC"\n*edges\n0 1 1.0 LinkType OC-192 LinkLabel OC-192c LinkNote c\n0 2 1.0 LinkLabel OC-192c\n'
    const r = parsePajek(text, { file: 'Abilene.net', network: 'ab' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes).toEqual([
      { id: 'ab:0', network: 'ab', label: 'New York', country: 'United States' },
      { id: 'ab:1', network: 'ab', label: 'Chicago', country: 'United States' },
      { id: 'ab:2', network: 'ab', label: 'Washington DC' },
    ])
    expect(r.topology.links).toEqual([{ a: 'ab:0', b: 'ab:1', label: 'OC-192c', metric: 1 }, { a: 'ab:0', b: 'ab:2', label: 'OC-192c', metric: 1 }])
    // Names for vertices, as NetworkX writes a graph whose nodes have no id attribute of their own.
    const named = parsePajek('*vertices 2\nfra fra 0.0 0.0 ellipse\nber ber 0.0 0.0 ellipse\n*edges\nfra ber 3.0\nfra muc\n', { file: 'de.net', network: 'de' })
    expect([named.topology.nodes.map((n) => n.id), named.topology.links, codes(named)]).toEqual([['de:fra', 'de:ber'], [{ a: 'de:fra', b: 'de:ber', metric: 3 }], ['malformed_pajek@6']])
  })

  it('reports a value that is no number (a decimal comma, a unit) at its line instead of dropping it, and still reads drawing parameters as no value', () => {
    // (NaN is no value in every topology format: igraph writes a missing number so.)
    const text = '*Vertices 4\n1 "a"\n2 "b"\n3 "c"\n4 "d"\n*Edges\n1 2 NaN\n2 3 1,5\n3 4 12ms\n1 4 c Blue\n'
    const r = parsePajek(text, { file: 'w.net', network: 'n' })
    expect(codes(r)).toEqual(['invalid_field@8', 'invalid_field@9'])
    expect(formatDiagnostic(r.diagnostics[0]!)).toBe('w.net:8: error: field "weight" has the value "1,5"; expected a number of 0 or more.')
    expect(r.topology.links.find((l) => l.a === 'n:1' && l.b === 'n:2')).toEqual({ a: 'n:1', b: 'n:2' })
    expect(r.topology.links.find((l) => l.a === 'n:1' && l.b === 'n:4')).toEqual({ a: 'n:1', b: 'n:4' })
  })

  it('reports a vertex line whose label lacks its closing quote, rather than reading the drawing\'s numbers into the label', () => {
    const r = parsePajek('*Vertices 2\n1 "Frankfurt am Main 0.21 0.43 0.5\n2 "Berlin"\n*Edges\n1 2\n', { file: 'q.net', network: 'n' })
    expect(codes(r)).toEqual(['malformed_pajek@2'])
    expect(r.topology.nodes).toEqual([{ id: 'n:1', network: 'n' }, { id: 'n:2', network: 'n', label: 'Berlin' }])
  })

  it('refuses a *Matrix section, whose links are not read, and stops at the partitions of a Pajek project file', () => {
    const matrix = parsePajek('*Vertices 3\n1 "a"\n2 "b"\n3 "c"\n*Matrix\n0 1 0\n1 0 1\n0 1 0\n', { file: 'm.net', network: 'm' })
    expect([matrix.topology.nodes.length, matrix.topology.links, codes(matrix)]).toEqual([3, [], ['pajek_matrix@5']])
    expect(formatDiagnostic(matrix.diagnostics[0]!)).toMatch(/^m\.net:5: error: the network's lines are written as a matrix \(\*Matrix\), which is not read/)
    const project = parsePajek('*Network a\n*Vertices 2\n1 "x"\n2 "y"\n*Edges\n1 2\n*Partition classes\n*Vertices 2\n1\n2\n', { file: 'p.paj', network: 'p' })
    expect([project.topology.nodes.map((n) => n.label), project.topology.links.length, project.diagnostics]).toEqual([['x', 'y'], 1, []])
  })

  it('is detected by its section lines, after comments, whatever the extension; an edge list and a matrix are not', () => {
    expect(detectTopologyFormat('backbone.txt', NET)).toBe('pajek')
    expect(detectTopologyFormat('links', '*Edges\r\n1 2\r\n')).toBe('pajek')
    // By content alone: a .net file of plain links stays an edge list.
    expect(detectTopologyFormat('links.net', '# from 1 to 2\n1 2 1.0\n2 3 1.0\n')).toBe('edge-list')
    expect(detectTopologyFormat('links.txt', '1 2\n2 3\n')).toBe('edge-list')
    expect(detectTopologyFormat('notes.txt', '*Edgesfoo\n1 2\n')).not.toBe('pajek')
  })
})
