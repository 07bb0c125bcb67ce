import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { detectTopologyFormat } from './detect.js'
import { parseEdgeList } from './edge-list.js'

describe('parseEdgeList', () => {
  it('reads a SNAP edge list: comments, tab-separated ends, both directions of a link once', () => {
    const text = '# Undirected graph: as-test.txt\n# Nodes: 3 Edges: 3\n# FromNodeId\tToNodeId\n0\t1\n1\t0\n1\t2\n0\t2\n'
    const { topology, diagnostics } = parseEdgeList(text, { file: 'as-test.txt' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes.map((n) => n.id)).toEqual(['as-test:0', 'as-test:1', 'as-test:2'])
    expect(topology.links).toEqual([
      { a: 'as-test:0', b: 'as-test:1' },
      { a: 'as-test:1', b: 'as-test:2' },
      { a: 'as-test:0', b: 'as-test:2' },
    ])
  })

  it('takes a third number as the metric (Rocketfuel weights) and NetworkX data dicts, with KONECT comments', () => {
    const rocketfuel = parseEdgeList('Seattle,+WA1 Chicago,+IL2 4.5\nChicago,+IL2 Seattle,+WA1 4.5\nChicago,+IL2 NewYork,+NY3 2\n', { file: 'weights.intra', network: 'isp' })
    expect(rocketfuel.diagnostics).toEqual([])
    expect(rocketfuel.topology.links).toEqual([
      { a: 'isp:Seattle,+WA1', b: 'isp:Chicago,+IL2', metric: 4.5 },
      { a: 'isp:Chicago,+IL2', b: 'isp:NewYork,+NY3', metric: 2 },
    ])
    const networkx = parseEdgeList("% sym weighted\nfra ber {'weight': 3, 'capacity': 100}\nber muc {\"weight\": 2.5, \"latency_ms\": 4}\nmuc fra {}\n", { file: 'de.edgelist' })
    expect(networkx.diagnostics).toEqual([])
    expect(networkx.topology.links).toEqual([
      { a: 'de:fra', b: 'de:ber', metric: 3, capacity: 100 },
      { a: 'de:ber', b: 'de:muc', metric: 2.5, latencyMs: 4 },
      { a: 'de:muc', b: 'de:fra' },
    ])
    // KONECT writes a weight and a timestamp after the ends.
    expect(parseEdgeList('% asym positive\n1 2 1 1136070000\n', { file: 'out.konect' }).topology.links).toEqual([{ a: 'out:1', b: 'out:2', metric: 1 }])
  })

  it('keeps names with spaces whole in a tab-separated list, as NetworkX writes it with delimiter="\\t", and tells it from its first lines', () => {
    // networkx.write_edgelist(G, path, delimiter='\t', data=['weight']) of PoPs named with spaces and accents.
    const text = 'Zürich\tGenève\t10\nZürich\tKöln Bonn\t4\nGenève\tSão Paulo\t30\nKraków\tKöln Bonn\t9\n'
    const { topology, diagnostics } = parseEdgeList(text, { file: 'pops.edgelist' })
    expect(diagnostics).toEqual([])
    expect(topology.links.map((l) => [l.a, l.b, l.metric])).toEqual([
      ['pops:Zürich', 'pops:Genève', 10], ['pops:Zürich', 'pops:Köln Bonn', 4], ['pops:Genève', 'pops:São Paulo', 30], ['pops:Kraków', 'pops:Köln Bonn', 9],
    ])
    expect(detectTopologyFormat('pops.txt', 'Köln Bonn\tZürich\t4\nSão Paulo\tGenève\t30\n')).toBe('edge-list')
    // Separated by spaces, the same line is a name too many, and the message says how to keep the name whole.
    const spaced = parseEdgeList('Zürich Köln Bonn 4\n', { file: 'pops.edgelist' }).diagnostics
    expect(spaced).toMatchObject([{ code: 'malformed_edge_list', at: { line: 1 }, got: 'Bonn', word: true }])
    expect(formatDiagnostic(spaced[0]!)).toContain("separate the fields with tabs (NetworkX: write_edgelist(G, path, delimiter='\\t'))")
  })

  it('reads lines that end in CRLF or in a carriage return alone, counting lines as an editor does', () => {
    for (const eol of ['\r\n', '\r']) {
      const { topology, diagnostics } = parseEdgeList(['# Mac', 'fra ber 3', 'ber muc', 'lonely', ''].join(eol), { file: 'de.txt' })
      expect(topology.links, JSON.stringify(eol)).toEqual([{ a: 'de:fra', b: 'de:ber', metric: 3 }, { a: 'de:ber', b: 'de:muc' }])
      expect(diagnostics.map((d) => [d.code, d.at.line])).toEqual([['malformed_edge_list', 4]])
      expect(detectTopologyFormat('de.txt', ['fra ber 3', 'ber muc', ''].join(eol))).toBe('edge-list')
    }
  })

  it('reports a line it cannot read, and a metric that is no positive number, with the line, and reads the rest', () => {
    const { topology, diagnostics } = parseEdgeList('a b\nlonely\nb c -3\nc d x\nd e 2\n', { file: 'net.txt' })
    expect(topology.links.map((l) => [l.a, l.b])).toEqual([['net:a', 'net:b'], ['net:d', 'net:e']])
    expect(diagnostics.map((d) => [d.code, d.at.line])).toEqual([['malformed_edge_list', 2], ['invalid_field', 3], ['malformed_edge_list', 4]])
    expect(formatDiagnostic(diagnostics[0]!)).toMatch(/net\.txt:2: error: cannot read this line of the edge list: expected two node names .*got "lonely"/)
  })
})

describe('detectTopologyFormat for edge lists', () => {
  it('tells an edge list from its lines, and not a CSV link list, a header of columns or another format', () => {
    expect(detectTopologyFormat('as-test.txt', '# FromNodeId\tToNodeId\n0\t1\n1\t2\n')).toBe('edge-list')
    expect(detectTopologyFormat('weights.intra', 'Seattle,+WA1 Chicago,+IL2 4.5\n')).toBe('edge-list')
    expect(detectTopologyFormat('de.edgelist', 'a,b\n')).toBe('edge-list')
    expect(detectTopologyFormat('net', "fra ber {'weight': 3}\n")).toBe('edge-list')
    // A header names columns: a table of links with tabs, read as CSV.
    expect(detectTopologyFormat('links.txt', 'source\ttarget\tweight\nfra\tber\t3\n')).toBe('csv')
    expect(detectTopologyFormat('links.txt', 'a b\nfra ber\n')).toBe('csv')
    expect(detectTopologyFormat('links.csv', 'fra ber\n')).toBe('csv')
    expect(detectTopologyFormat('links.txt', 'a,b,metric\nfra,ber,3\n')).toBe('csv')
    // A CSV written with a space after each comma: its cells end in the separator.
    expect(detectTopologyFormat('links.txt', 'a, b\nfra, ber\n')).toBe('csv')
    expect(detectTopologyFormat('links.txt', 'a; b\nfra; ber\n')).toBe('csv')
    expect(detectTopologyFormat('notes.txt', 'three words here\n')).toBe('csv')
    // A line with a typo among edges: the edge list's reader reports it at its line.
    expect(detectTopologyFormat('as-test.txt', '0\t1\n1\t2\n2 3 x\n3\n4 5\n')).toBe('edge-list')
    expect(detectTopologyFormat('as-test.txt', '0 1\nx,y\nz,w\n')).toBe('csv')
    expect(detectTopologyFormat('a.demands', 'DEMANDS 2\nlabel src dest bw\ndemand_0 0 1 175424\ndemand_1 1 0 203362\n')).toBe('csv')
    // Comments alone: a SNAP header cut from its edges, or one longer than the text looked at.
    expect(detectTopologyFormat('as-test.txt', '# Directed graph\n# Nodes: 0 Edges: 0\n')).toBe('edge-list')
    expect(detectTopologyFormat('as-test.txt', `${'# a long description\n'.repeat(300)}0\t1\n`)).toBe('edge-list')
    // Pajek's vertex lines (`1 "a"`) look like links: the file is a Pajek network.
    expect(detectTopologyFormat('net.txt', '*Vertices 3\n1 "a"\n2 "b"\n3 "c"\n')).toBe('pajek')
    expect(detectTopologyFormat('abilene.txt', '?SNDlib native format; type: network\n')).toBe('sndlib')
  })
})
