import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { parseSndlib } from './sndlib.js'

const TRIANGLE = readFileSync(new URL('../../../test/fixtures/topology/triangle.sndlib.txt', import.meta.url), 'utf8')
const codes = (r: { diagnostics: { code: string; at: { line?: number } }[] }) => r.diagnostics.map((d) => `${d.code}@${d.at.line}`)

describe('parseSndlib', () => {
  it('reads node coordinates longitude first', () => {
    const { topology, diagnostics } = parseSndlib(TRIANGLE, { file: 'triangle.txt' })
    expect(diagnostics).toEqual([])
    expect(topology.nodes).toEqual([
      { id: 'triangle:Zurich', network: 'triangle', lon: 8.55, lat: 47.37 },
      { id: 'triangle:Vienna', network: 'triangle', lon: 16.37, lat: 48.21 },
      { id: 'triangle:Milan', network: 'triangle', lon: 9.19, lat: 45.46 },
    ])
  })

  it('takes the metric from a positive routing cost and the capacity from pre-installed capacity, in Mbit/s', () => {
    const { topology } = parseSndlib(TRIANGLE, { file: 'triangle.txt' })
    expect(topology.links).toEqual([
      { a: 'triangle:Vienna', b: 'triangle:Zurich', capacity: 10_000, label: 'ZV' },
      { a: 'triangle:Zurich', b: 'triangle:Milan', metric: 5, label: 'ZM' },
      { a: 'triangle:Vienna', b: 'triangle:Milan', capacity: 2_500, label: 'VM' },
    ])
  })

  it('turns demands into flows between qualified node ids, skipping admissible paths', () => {
    const { flows } = parseSndlib(TRIANGLE, { file: 'triangle.txt', network: 'alps' })
    expect(flows).toEqual([
      { id: 'Zurich_Vienna', src: 'alps:Zurich', dst: 'alps:Vienna', volume: 1_500 },
      { id: 'Milan_Vienna', src: 'alps:Milan', dst: 'alps:Vienna', volume: 250 },
    ])
  })

  it('keeps values as written when there is no META unit, and nodes may lack coordinates', () => {
    const r = parseSndlib('NODES (\n  A\n  B ( 1 2 )\n)\nLINKS (\n  L ( A B ) 40.00 0 0 0 ( )\n)\nDEMANDS (\n  D ( A B ) 1 4.00 UNLIMITED\n)\n', { file: 'n.txt' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes).toEqual([{ id: 'n:A', network: 'n' }, { id: 'n:B', network: 'n', lon: 1, lat: 2 }])
    expect(r.topology.links[0]!.capacity).toBe(40)
    expect(r.flows[0]!.volume).toBe(4)
  })

  it('reports unreadable lines, unknown nodes, bad numbers and an unclosed section with their lines', () => {
    const text = [
      'NODES (', //                                   1
      '  A ( 200 10 )', //                            2 longitude out of range
      '  B ( 10 20 )', //                             3
      ')', //                                         4
      'LINKS (', //                                   5
      '  L1 ( A C ) 0 0 0 0 ( )', //                  6 unknown target C
      '  L2 A B 10', //                               7 not a link line
      ')', //                                         8
      'DEMANDS (', //                                 9
      '  D1 ( A B ) 1 -3 UNLIMITED', //              10 negative demand
      '  D2 ( A Z ) 1 3 UNLIMITED', //               11 unknown target Z
    ].join('\n')
    const r = parseSndlib(text, { file: 'bad.txt' })
    expect(codes(r)).toEqual(['invalid_field@2', 'unknown_node@6', 'malformed_sndlib@7', 'invalid_field@10', 'malformed_sndlib@11', 'unknown_node@11'])
    expect(r.topology.nodes).toHaveLength(2)
    expect(r.flows).toEqual([])
    expect(formatDiagnostic(r.diagnostics[2]!)).toMatchInlineSnapshot(`"bad.txt:7: error: cannot read this LINKS line of the SNDlib file: expected <link_id> ( <source> <target> ) <pre_installed_capacity> <pre_installed_capacity_cost> <routing_cost> <setup_cost> ( {<module_capacity> <module_cost>}* ), got "L2 A B 10". Fix the line to the layout of the SNDlib native format, given in the comment above each section."`)
  })

  it('converts a META unit written in the plural (BITSPERSEC) to Mbit/s', () => {
    const text = 'META (\n  unit = BITSPERSEC\n)\nNODES (\n  A\n  B\n)\nLINKS (\n  L ( A B ) 2000000 0 0 0 ( )\n)\nDEMANDS (\n  D ( A B ) 1 500000 UNLIMITED\n)\n'
    const r = parseSndlib(text, { file: 'brain.txt' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.links[0]?.capacity).toBe(2)
    expect(r.flows[0]?.volume).toBe(0.5)
  })

  it('warns once about a META unit that names no known bit rate and keeps the values as written', () => {
    const text = 'META (\n  unit = PACKETS\n)\nNODES (\n  A\n  B\n)\nLINKS (\n  L ( A B ) 40 0 0 0 ( )\n)\n'
    const r = parseSndlib(text, { file: 'p.txt' })
    expect(r.diagnostics).toMatchObject([{ code: 'unknown_unit', severity: 'warning', unit: 'PACKETS' }])
    expect(r.topology.links[0]?.capacity).toBe(40)
    expect(formatDiagnostic(r.diagnostics[0]!)).toMatchInlineSnapshot(`"p.txt: warning: the unit "PACKETS" is not a known bit rate; capacities and volumes are kept as written, not converted to Mbit/s. Known units: BITPERSEC, KBITPERSEC, MBITPERSEC, GBITPERSEC, TBITPERSEC."`)
  })
  it('says that an instance\'s model file is no network, once, instead of an error per line', () => {
    // The model file of SNDlib's polska instance (U-U-S-Y-S-E-N-U), as published beside its network file.
    const model = '?SNDlib native format; type: model; version: 1.0\n# model U-U-S-Y-S-E-N-U\n\nLINK_MODEL = UNDIRECTED\nNODE_MODEL = NO_NODE_HARDWARE\n' +
      'DEMAND_MODEL = UNDIRECTED\nLINK_CAPACITY_MODEL = SINGLE_MODULAR_CAPACITIES\nROUTING_MODEL = SINGLE_PATH\nOBJECTIVE_MODEL = MINIMIZE_TOTAL_COST'
    const r = parseSndlib(model, { file: 'polska--U-U-S-Y-S-E-N-U.txt' })
    expect(codes(r)).toEqual(['sndlib_not_network@1'])
    expect(r.topology.nodes).toEqual([])
    expect(formatDiagnostic(r.diagnostics[0]!)).toBe('polska--U-U-S-Y-S-E-N-U.txt:1: error: this SNDlib file is of type "model", not a network, so it holds no nodes or links: ' +
      'an SNDlib instance comes as a network file (NODES, LINKS, DEMANDS) and a model file (the rules of the design problem). Give the network file (its first line says type: network) with -t.')
    expect(codes(parseSndlib(TRIANGLE, { file: 'triangle.txt' }))).toEqual([])
  })

  it('warns that a demand matrix without links routes nothing (SNDlib\'s dynamic traffic matrices)', () => {
    // The layout of abilene's 5-minute demand matrices: META with the time, the nodes, an empty LINKS section, the demands.
    const matrix = '?SNDlib native format; type: network; version: 1.0\n# network demandMatrix-abilene-zhang-5min-20040301-0010\n\n' +
      'META (\n  granularity = 5min\n  time = 20040301-0010\n  unit = MBITPERSEC\n)\n\nNODES (\n  ATLAM5 ( -84.3833 33.75 )\n  ATLAng ( -85.50 34.50 )\n)\n\n' +
      'LINKS (\n)\n\nDEMANDS (\n  ATLAM5_ATLAng ( ATLAM5 ATLAng ) 1 0.002611 UNLIMITED\n  ATLAng_ATLAM5 ( ATLAng ATLAM5 ) 1 12.1 UNLIMITED\n)\n'
    const r = parseSndlib(matrix, { file: 'demandMatrix-abilene-zhang-5min-20040301-0010.txt', network: 'abilene' })
    expect(r.topology.nodes).toHaveLength(2)
    expect(r.flows).toHaveLength(2)
    expect(r.diagnostics).toEqual([{ code: 'sndlib_demands_only', severity: 'warning', at: { file: 'demandMatrix-abilene-zhang-5min-20040301-0010.txt', line: 19 }, nodes: 2, demands: 2 }])
    expect(formatDiagnostic(r.diagnostics[0]!)).toContain('the SNDlib file gives 2 nodes and 2 demands but no link, so no demand can be routed')
    expect(formatDiagnostic(r.diagnostics[0]!)).toContain('Give the network file of the same nodes with -t, and this file with --flows')
  })
  it('reads no coordinates, with one warning, from an instance that places its nodes on a plane (di-yuan)', () => {
    // The first nodes of SNDlib's di-yuan instance, at planar coordinates up to (406, 456).
    const text = '?SNDlib native format; type: network; version: 1.0\nNODES (\n  1 ( 359.00 375.00 )\n  2 ( 223.00 255.00 )\n  3 ( 406.00 233.00 )\n  11 ( 106.00 37.00 )\n)\n' +
      'LINKS (\n  L2 ( 1 3 ) 0.00 0.00 0.00 0.00 ( 1.00 23700.00 2.00 25700.00 )\n  L5 ( 2 3 ) 0.00 0.00 0.00 0.00 ( 1.00 9100.00 )\n  L6 ( 2 11 ) 0.00 0.00 0.00 0.00 ( 1.00 28000.00 )\n)\n'
    const r = parseSndlib(text, { file: 'di-yuan.txt' })
    expect(r.topology.nodes).toEqual(['1', '2', '3', '11'].map((id) => ({ id: `di-yuan:${id}`, network: 'di-yuan' })))
    expect(r.topology.links).toHaveLength(3)
    expect(r.diagnostics).toEqual([{ code: 'positions_not_geographic', severity: 'warning', at: { file: 'di-yuan.txt', line: 3 }, x: 359, y: 375, nodes: 3, total: 4 }])
    // Node 11 alone would fit on the globe: a file is placed on a plane or on the globe as a whole.
    expect(formatDiagnostic(r.diagnostics[0]!)).toContain('di-yuan.txt:3: warning: 3 of 4 nodes have positions that are no longitude and latitude (here x 359, y 375')
  })
})
