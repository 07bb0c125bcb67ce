import { describe, expect, it } from 'vitest'
import { parseInet } from './inet.js'
import { parseTopology } from './parse-topology.js'
import { formatDiagnostic } from '../../diagnostics/format.js'

// ns-3's Inet_small_toposample.txt (src/topology-read/examples), as Inet 3.0 writes it.
const INET = `10 9
0\t5625\t2473
1\t4505\t4098
2\t9866\t2148
3\t8315\t7088
4\t8564\t5989
5\t2064\t510
6\t2942\t2145
7\t2646\t9895
8\t5051\t3220
9\t6715\t6729
0\t1\t1973
0\t2\t4253
0\t3\t5341
0\t5\t4066
0\t6\t2702
0\t9\t4393
1\t8\t1033
2\t7\t10589
3\t4\t1126
`

describe('parseInet', () => {
  it('reads the ten nodes and nine links of ns-3\'s sample, each link at its weight, and no place from the plane\'s x y', () => {
    const { topology, diagnostics } = parseInet(INET, { file: 'inet.txt' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes.map((n) => n.id)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((i) => `inet:${i}`))
    expect(topology.nodes.every((n) => n.lat === undefined)).toBe(true)
    expect(topology.links).toHaveLength(9)
    expect(topology.links[7]).toEqual({ a: 'inet:2', b: 'inet:7', metric: 10589 })
  })

  it('is told from its counts line and numbered node lines, where it was read as an edge list of 21 nodes (a link 10 -- 9, a link 0 -- 5625 of metric 2473...)', () => {
    const { format, topology } = parseTopology(INET, { file: 'Inet_small_toposample.txt' })
    expect(format).toBe('inet')
    expect(topology.nodes).toHaveLength(10)
    expect(topology.links).toHaveLength(9)
  })

  it('leaves an edge list of numbered nodes an edge list', () => {
    expect(parseTopology('3 2\n0 1 5\n1 2 7\n', { file: 'links.txt' }).format).toBe('edge-list')
    expect(parseTopology('1 2 10\n2 3 20\n', { file: 'links.txt' }).format).toBe('edge-list')
  })

  it('reports a link to a node the file does not list, and a line that does not read, at their lines', () => {
    const { diagnostics } = parseInet(INET.replace('3\t4\t1126', '3\t44\t1126').replace('1\t8\t1033', '1\t8'), { file: 'inet.txt' })
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "inet.txt:18: error: cannot read this line of the Inet file: expected <from> <to> <weight>, got "1\\t8". An Inet file gives the numbers of nodes and links on its first line, then a line per node (id x y), then a line per link (from to weight): fix the line, or the counts of the first line.",
        "inet.txt:20: error: "44" in to is not a node of the network (10 nodes); the entry is skipped. Check the id for typos, or declare the node first.",
      ]
    `)
  })
})
