import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { parseAdjacencyList } from './adjlist.js'
import { detectTopologyFormat } from './detect.js'

/** The header NetworkX 3.6's write_adjlist and write_multiline_adjlist put above the lists. */
const HEADER = '#conv.py Abilene.graphml\n# GMT Sat Dec  5 22:51:48 2026\n# Abilene\n'

describe('parseAdjacencyList', () => {
  it('reads write_adjlist: each line a node and its neighbours, nodes without neighbours kept, a repeated neighbour a parallel link', () => {
    const r = parseAdjacencyList(`${HEADER}0 1 2\n1 10\n2\n10 99 99\n99\n`, { file: 'Abilene.adjlist', network: 'ab' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes.map((n) => n.id)).toEqual(['ab:0', 'ab:1', 'ab:2', 'ab:10', 'ab:99'])
    // (Read as an edge list, `0 1 2` was a link from 0 to 1 with a metric of 2.)
    expect(r.topology.links).toEqual([
      { a: 'ab:0', b: 'ab:1' }, { a: 'ab:0', b: 'ab:2' }, { a: 'ab:1', b: 'ab:10' }, { a: 'ab:10', b: 'ab:99' }, { a: 'ab:10', b: 'ab:99' },
    ])
  })

  it('reads write_multiline_adjlist: a node and its count of neighbours, then a line for each with the edge data', () => {
    const text = `${HEADER}0 2\n1 {'LinkLabel': 'OC-192c', 'weight': 3, 'key': 0}\n2 {}\n1 0\n2 1\n9 {'capacity': 100}\n9 0\n`
    const r = parseAdjacencyList(text, { file: 'Abilene.adjlist', network: 'ab' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes.map((n) => n.id)).toEqual(['ab:0', 'ab:1', 'ab:2', 'ab:9'])
    expect(r.topology.links).toEqual([{ a: 'ab:0', b: 'ab:1', metric: 3 }, { a: 'ab:0', b: 'ab:2' }, { a: 'ab:2', b: 'ab:9', capacity: 100 }])
    const bad = parseAdjacencyList(`${HEADER}0 two\n1 {}\n`, { file: 'x.adjlist', network: 'x' })
    expect(formatDiagnostic(bad.diagnostics[0]!)).toBe('x.adjlist:4: error: cannot read this line of the adjacency list: expected <node> <number of neighbours>, then a line for each neighbour, got "0 two". Fix the line, or start it with # to make it a comment.')
  })

  it('keeps names with spaces whole in lists written with delimiter="\\t", single and multiline', () => {
    // NetworkX 3.6's write_adjlist(G, path, delimiter='\t') and write_multiline_adjlist of PoPs named with spaces and accents.
    const single = parseAdjacencyList(`${HEADER}Zürich\tGenève\tKöln Bonn\nGenève\tSão Paulo\nSão Paulo\nKöln Bonn\n`, { file: 'pops.adjlist' })
    expect(single.diagnostics).toEqual([])
    expect(single.topology.nodes.map((n) => n.id)).toEqual(['pops:Zürich', 'pops:Genève', 'pops:São Paulo', 'pops:Köln Bonn'])
    expect(single.topology.links.map((l) => [l.a, l.b])).toEqual([['pops:Zürich', 'pops:Genève'], ['pops:Zürich', 'pops:Köln Bonn'], ['pops:Genève', 'pops:São Paulo']])
    const multi = parseAdjacencyList(`${HEADER}Zürich\t2\nGenève\t{'weight': 10, 'LinkLabel': '0-1 10G'}\nKöln Bonn\t{'weight': 4}\nKöln Bonn\t0\nGenève\t0\n`, { file: 'pops.adjlist' })
    expect(multi.diagnostics).toEqual([])
    expect(multi.topology.links.map((l) => [l.a, l.b, l.metric])).toEqual([['pops:Zürich', 'pops:Genève', 10], ['pops:Zürich', 'pops:Köln Bonn', 4]])
  })

  it('is told by NetworkX\'s header whatever the extension, or by .adjlist; an edge list stays one', () => {
    expect(detectTopologyFormat('abilene.txt', `${HEADER}0 1 2\n`)).toBe('adjlist')
    expect(detectTopologyFormat('abilene.adjlist', '0 1 2\n1 10\n')).toBe('adjlist')
    expect(detectTopologyFormat('abilene.txt', '# a comment\n0 1 2\n1 10 1\n')).toBe('edge-list')
  })
})
