import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { testdir } from '../../test-support/testdir.js'
import * as lib from '../../index.js'

// Two small networks as a user's service may hold them in text: GML as the Topology Zoo writes it, and a Graphviz graph.
const GML = 'graph [\n  node [ id 0 label "Zurich" ]\n  node [ id 1 label "Vienna" ]\n  node [ id 2 label "Milan" ]\n  edge [ source 0 target 1 ]\n  edge [ source 1 target 2 ]\n]\n'
const DOT = 'graph alps {\n  zrh -- vie [weight=10];\n  vie -- mil [weight=20];\n}\n'

describe('parseTopology', () => {
  it('parses a topology text in the format its content and file name tell, without a file', () => {
    const gml = lib.parseTopology(GML, { file: 'upload.gml', network: 'alps' })
    expect(gml.diagnostics).toEqual([])
    expect([gml.format, gml.topology.networks, gml.topology.nodes.map((n) => n.label)]).toEqual(['gml', ['alps'], ['Zurich', 'Vienna', 'Milan']])
    expect(gml.topology.links).toHaveLength(2)
    const dot = lib.parseTopology(DOT, { file: 'alps.dot' })
    expect([dot.format, dot.topology.links.map((l) => [l.a, l.b, l.metric])]).toEqual(['dot', [['alps:zrh', 'alps:vie', 10], ['alps:vie', 'alps:mil', 20]]])
  })

  it('takes the format and a CSV link list\'s node list as options', () => {
    const edges = lib.parseTopology('zrh vie 10\nvie mil 20\n', { file: 'from-db', network: 'alps' }, { format: 'edge-list' })
    expect([edges.format, edges.topology.links.map((l) => l.metric)]).toEqual(['edge-list', [10, 20]])
    const csv = lib.parseTopology('a,b,metric\nzrh,vie,10\n', { file: 'links.csv', network: 'alps' }, { nodes: { text: 'id,label\nzrh,Zurich\nvie,Vienna\n', file: 'nodes.csv' } })
    expect(csv.topology.nodes.map((n) => n.label)).toEqual(['Zurich', 'Vienna'])
  })

  it('gives what readTopology gives for the same text in a file', async () => {
    const dir = await testdir({ 'alps.gml': GML })
    expect(await lib.readTopology(join(dir, 'alps.gml'))).toEqual(lib.parseTopology(GML, { file: join(dir, 'alps.gml') }))
  })

  it('refuses an inventory or an empty text given as a topology with input_invalid naming the file', () => {
    for (const text of ['id,name,role,mac\nr1,rt-fra-01,core,00:e0:fc:12:34:56\n', '\n']) {
      const error = (() => { try { lib.parseTopology(text, { file: 'upload.csv' }) } catch (e) { return e } })()
      expect(error).toBeInstanceOf(lib.TrustpathError)
      expect(error).toMatchObject({ code: 'input_invalid', at: { file: 'upload.csv' } })
    }
  })
})
