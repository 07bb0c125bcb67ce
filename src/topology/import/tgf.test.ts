import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { detectTopologyFormat } from './detect.js'
import { parseTgf } from './tgf.js'

/** A backbone drawn in yEd and saved as TGF: labels of several words, an edge label, an edge without one. */
const TGF = '1 Frankfurt PoP\n2 Berlin PoP\n3 Munich\n#\n1 2 100G DWDM\n2 3\n'

describe('parseTgf', () => {
  it('reads node lines with their labels and edge lines with theirs', () => {
    const r = parseTgf(TGF, { file: 'backbone.tgf' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes).toEqual([
      { id: 'backbone:1', network: 'backbone', label: 'Frankfurt PoP' },
      { id: 'backbone:2', network: 'backbone', label: 'Berlin PoP' },
      { id: 'backbone:3', network: 'backbone', label: 'Munich' },
    ])
    expect(r.topology.links).toEqual([{ a: 'backbone:1', b: 'backbone:2', label: '100G DWDM' }, { a: 'backbone:2', b: 'backbone:3' }])
  })

  it('reports an edge to a node the file does not give, and an edge line of one id, at their lines', () => {
    const r = parseTgf('a A\nb B\n#\na b\na z\nb\n', { file: 'x.tgf', network: 'x' })
    expect(r.topology.links).toEqual([{ a: 'x:a', b: 'x:b' }])
    expect(r.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['unknown_node@5', 'malformed_tgf@6'])
    expect(formatDiagnostic(r.diagnostics[1]!)).toBe('x.tgf:6: error: cannot read this edge line of the TGF file: expected two node ids and an optional label, got "b". Fix the line: an edge line names the ids of two node lines above the # line.')
  })

  it('reads a node or an edge line whose words a no-break space or a line separator parts, where the reader crashed', () => {
    const text = '1\u00a0Frankfurt PoP\n2 Berlin\u2028PoP\n#\n1\u00a02 100G\n'
    expect(detectTopologyFormat('backbone.txt', text)).toBe('tgf')
    const r = parseTgf(text, { file: 'backbone.tgf' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes.map((n) => [n.id, n.label])).toEqual([['backbone:1', 'Frankfurt PoP'], ['backbone:2', 'Berlin\u2028PoP']])
    expect(r.topology.links).toEqual([{ a: 'backbone:1', b: 'backbone:2', label: '100G' }])
    // Any topology text is tried as TGF while its format is detected: a cut GML with a separator in a line crashed.
    expect(detectTopologyFormat('alps.gml', 'graph\u2028 [\n  node [ id 0 ]\n')).toBe('gml')
  })

  it('is told by its # line between nodes and the edges that link them, or by .tgf; an edge list with a bare # comment is not', () => {
    // Read as an edge list, each node line had been a link between its id and its label.
    expect(detectTopologyFormat('backbone.txt', TGF)).toBe('tgf')
    expect(detectTopologyFormat('backbone.tgf', '1 a\n')).toBe('tgf')
    expect(detectTopologyFormat('links.txt', '1 2\n2 3\n#\n3 4\n')).toBe('edge-list')
    expect(detectTopologyFormat('links.txt', '# SNAP\n1 2\n2 3\n')).toBe('edge-list')
  })
})
