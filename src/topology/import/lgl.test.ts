import { describe, expect, it } from 'vitest'
import { parseLgl } from './lgl.js'
import { parseTopology } from './parse-topology.js'
import { formatDiagnostic } from '../../diagnostics/format.js'

// The start of what igraph's write_lgl wrote for a weighted graph of 50 nodes, cut to three vertices.
const LGL = `# as0
as1 32.76
as2 50.7
as3 41.98
# as1
as2 18.03
as8 8.06
# as2
as3 23.41
`

describe('parseLgl', () => {
  it('reads each # line as a node and each line under it as a link to that neighbour at its weight', () => {
    const { topology, diagnostics } = parseLgl(LGL, { file: 'brite50.lgl' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes.map((n) => n.id)).toEqual(['as0', 'as1', 'as2', 'as3', 'as8'].map((i) => `brite50:${i}`))
    expect(topology.links).toEqual([
      { a: 'brite50:as0', b: 'brite50:as1', metric: 32.76 },
      { a: 'brite50:as0', b: 'brite50:as2', metric: 50.7 },
      { a: 'brite50:as0', b: 'brite50:as3', metric: 41.98 },
      { a: 'brite50:as1', b: 'brite50:as2', metric: 18.03 },
      { a: 'brite50:as1', b: 'brite50:as8', metric: 8.06 },
      { a: 'brite50:as2', b: 'brite50:as3', metric: 23.41 },
    ])
  })

  it('is told by its # vertex lines, where it was read as an edge list (142 nodes for 50, a node named "32.76" per weight)', () => {
    const { format, topology } = parseTopology(LGL, { file: 'brite50.igraph.lgl' })
    expect(format).toBe('lgl')
    expect(topology.nodes).toHaveLength(5)
    // An edge list that starts with comments of several words stays an edge list.
    expect(parseTopology('# Directed graph: as-caida\n# Nodes: 3 Edges: 2\n1 2\n2 3\n', { file: 'snap.txt' }).format).toBe('edge-list')
  })

  it('reads a link written under both its ends with the same weight once, and an unweighted one without a metric', () => {
    const { topology } = parseLgl('# fra\nber 3\nmuc\n# ber\nfra 3\n', { file: 'de.lgl' })
    expect(topology.links).toEqual([{ a: 'de:fra', b: 'de:ber', metric: 3 }, { a: 'de:fra', b: 'de:muc' }])
  })

  it('reports a neighbour line before any # line, with its line', () => {
    const { diagnostics } = parseLgl('ber 3\n# fra\nber 3\n', { file: 'de.lgl' })
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "de.lgl:1: error: cannot read this line of the LGL file: expected # <vertex>, got "ber 3". An LGL file gives a "# <vertex>" line, then a line per neighbour of that vertex ("<neighbour> [<weight>]"): fix the line.",
      ]
    `)
  })
})
