import { describe, expect, it } from 'vitest'
import { parseBrite } from './brite.js'
import { parseTopology } from './parse-topology.js'
import { formatDiagnostic } from '../../diagnostics/format.js'

// The start of a BRITE AS-level Waxman topology as BRITE writes it (tabs between fields), cut to
// five nodes and the edges between them.
const BRITE = [
  'Topology: ( 50 Nodes, 100 Edges )',
  'Model (3 - ASWaxman):  50 100 10 1  2  0.15000000596046448 0.20000000298023224 1 2 1.0 99.0 ',
  '',
  'Nodes: ( 50 )',
  '0\t51\t25\t7\t7\t0\tAS_NODE',
  '1\t19\t18\t6\t6\t1\tAS_NODE',
  '2\t2\t12\t6\t6\t2\tAS_NODE',
  '3\t10\t34\t10\t10\t3\tAS_NODE',
  '4\t33\t9\t9\t9\t4\tAS_NODE',
  '',
  '',
  'Edges: ( 100 )',
  '0\t2\t1\t18.027756377319946\t0.060134122444534435\t28.737834920488602\t2\t1\tE_AS\tU',
  '1\t2\t0\t50.695167422546305\t0.16910087652220493\t25.609067055706245\t2\t0\tE_AS\tU',
  '2\t3\t2\t23.40939982143925\t0.07808535270570166\t84.98661993329151\t3\t2\tE_AS\tU',
  '3\t3\t0\t41.97618372363071\t0.14001747743644274\t4.316252231444602\t3\t0\tE_AS\tU',
  '4\t4\t3\t33.97057550292606\t0.1133136428099404\t39.50731892478028\t4\t3\tE_AS\tU',
  '5\t4\t2\t31.144823004794873\t0.10388794705700993\t80.41838843118796\t4\t2\tE_AS\tU',
  '98\t1\t0\t32.7566787083184\t0.10926451895036798\t30.174279641747486\t1\t0\tE_AS\tU',
  '',
].join('\n')

describe('parseBrite', () => {
  it('reads each BRITE node by its id and each edge as a link whose metric is its length', () => {
    const { topology, diagnostics } = parseBrite(BRITE, { file: 'waxman.brite' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes.map((n) => n.id)).toEqual(['waxman:0', 'waxman:1', 'waxman:2', 'waxman:3', 'waxman:4'])
    expect(topology.links).toHaveLength(7)
    expect(topology.links[0]).toEqual({ a: 'waxman:2', b: 'waxman:1', metric: 18.027756377319946 })
  })

  it('reads no place from x y, which are places on the generator\'s plane, though 51 25 would pass for a longitude and latitude', () => {
    const { topology } = parseBrite(BRITE, { file: 'waxman.brite' })
    expect(topology.nodes.every((n) => n.lat === undefined && n.lon === undefined)).toBe(true)
  })

  it('counts a length below 1 as 1, as the lengths of GraphML do', () => {
    const { topology } = parseBrite(BRITE.replace('18.027756377319946', '0.25'), { file: 'waxman.brite' })
    expect(topology.links[0]!.metric).toBe(1)
  })

  it('is told by its Topology line whatever the file is called, rather than refused as a file of no format read', () => {
    const { format, topology } = parseTopology(BRITE, { file: 'RTWaxman20UNI.txt' })
    expect(format).toBe('brite')
    expect(topology.links).toHaveLength(7)
  })

  it('reports an edge line that does not read, with its line and the layout expected', () => {
    const { diagnostics, topology } = parseBrite(BRITE.replace('4\t4\t3\t33.97057550292606', '4\t4'), { file: 'waxman.brite' })
    expect(topology.links).toHaveLength(6)
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "waxman.brite:17: error: cannot read this edge line of the BRITE file: expected <id> <from> <to> <length> <delay> <bandwidth> [<AS from> <AS to> <type> <direction>], got "4\\t4\\t0.1133136428099404\\t39.50731892478028\\t4\\t3\\tE_AS\\tU". Fix the line to the layout BRITE writes in its section, or give the file as BRITE wrote it.",
      ]
    `)
  })
})
