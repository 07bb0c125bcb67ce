import { describe, expect, it } from 'vitest'
import { parseSites } from './sites.js'

describe('parseSites', () => {
  it('reads a CSV of sites, NetBox spellings included', () => {
    const { sites, diagnostics } = parseSites('slug,name,type,latitude,longitude\nramstein,Ramstein Air Base,military-base,49.4369,7.6003\n', { file: 's.csv' })
    expect(diagnostics).toEqual([])
    expect(sites).toEqual([{ id: 'ramstein', name: 'Ramstein Air Base', kind: 'military-base', lat: 49.4369, lon: 7.6003 }])
  })

  it('reads the sites file the demo writes', () => {
    const { sites } = parseSites(JSON.stringify({ networks: [], sites: [{ id: 'aviano', kind: 'military-base', lat: 46.03, lon: 12.6, attachedTo: 'it-pn' }] }), { file: 's.json' })
    expect(sites).toEqual([{ id: 'aviano', kind: 'military-base', lat: 46.03, lon: 12.6 }])
  })

  it('reports coordinates off the globe with their line', () => {
    const { sites, diagnostics } = parseSites('id,lat,lon\nx,95,10\n', { file: 's.csv' })
    expect(diagnostics.map((d) => [d.code, d.at.line])).toEqual([['invalid_field', 2]])
    expect(sites).toEqual([{ id: 'x', lon: 10 }])
  })

  it('refuses a site with a latitude and no longitude, which would silently centre no geofence', () => {
    const r = parseSites('id,name,kind,lat,lon\nramstein,Ramstein Air Base,military-base,49.4369,\nlab,Lab,office,,\n', { file: 'sites.csv' })
    expect(r.diagnostics).toMatchObject([{ code: 'invalid_field', severity: 'error', field: 'lon', at: { line: 2 } }])
  })

  it('reads a spreadsheet\'s sites file with ";" and decimal commas', () => {
    const { sites, diagnostics } = parseSites('id;kind;lat;lon\r\nramstein;military-base;49,4369;7,6003\r\n', { file: 's.csv' })
    expect(diagnostics).toEqual([])
    expect(sites).toEqual([{ id: 'ramstein', kind: 'military-base', lat: 49.4369, lon: 7.6003 }])
  })

  it('places a JSON syntax error on its line and column', () => {
    const { diagnostics } = parseSites('{"sites": [\n  {"id": "ramstein", "lat": 49.43},\n  {"id": "aviano", "lat": 46.0\n', { file: 's.json' })
    expect(diagnostics.map((d) => [d.code, d.at.line, d.at.column])).toEqual([['malformed_json', 4, 1]])
  })

  it('places a JSON text cut short at its end', () => {
    const { diagnostics } = parseSites('{"sites": [\n  {"id": "ramstein", "lat": 49.43},\n  {"id": "aviano", "lat": ', { file: 's.json' })
    expect(diagnostics.map((d) => [d.code, d.at.line])).toEqual([['malformed_json', 3]])
  })

  it('reports a JSON site that is not an object, and a bad one, at the line where it starts', () => {
    const { sites, diagnostics } = parseSites('[\n  {"id": "ramstein"},\n  "aviano",\n  {"id": "x", "lat": 95}\n]\n', { file: 's.json' })
    expect(diagnostics.map((d) => [d.code, d.at.line, d.at.path])).toEqual([['invalid_field', 3, [1]], ['invalid_field', 4, [2]]])
    expect(sites.map((s) => s.id)).toEqual(['ramstein', 'x'])
  })
})
