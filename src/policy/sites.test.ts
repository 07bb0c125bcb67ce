import { describe, expect, it } from 'vitest'
import { parseSites } from './sites.js'
import * as lib from '../index.js'

describe('parseSites', () => {
  it('reads a sites table headed in German (decimal commas) or Japanese as the same table headed in English', () => {
    const english = parseSites('id,name,kind,lat,lon\nramstein,Ramstein Air Base,military-base,49.4369,7.6003\n', { file: 's.csv' })
    const german = parseSites('Kennung;Name;Art;Breitengrad;Längengrad\nramstein;Ramstein Air Base;military-base;49,4369;7,6003\n', { file: 's.csv' })
    const japanese = parseSites('ID,名称,種別,緯度,経度\nramstein,Ramstein Air Base,military-base,49.4369,7.6003\n', { file: 's.csv' })
    expect(english.sites).toEqual([{ id: 'ramstein', name: 'Ramstein Air Base', kind: 'military-base', lat: 49.4369, lon: 7.6003 }])
    for (const r of [german, japanese]) {
      expect(r.diagnostics).toEqual([])
      expect(r.sites).toEqual(english.sites)
    }
    // French, Italian and Spanish sheets as well, and headers written without accents or umlauts.
    const headers = [
      'Identifiant;Nom;Catégorie;Latitude;Longitude', 'ID;Nome;Categoria;Latitudine;Longitudine', 'Identificador;Nombre;Categoría;Latitud;Longitud',
      'Kennung;Name;Art;Breitengrad;Laengengrad', 'Identifiant;Nom;Categorie;Latitude;Longitude',
    ]
    for (const header of headers) {
      expect(parseSites(`${header}\nramstein;Ramstein Air Base;military-base;49,4369;7,6003\n`, { file: 's.csv' }).sites).toEqual(english.sites)
    }
  })

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

describe('parseSites from the package entry point', () => {
  it('gives the geofence centres a near rule measures from, as check --sites does', () => {
    const catalog = lib.loadDefaultCatalog()
    const { sites, diagnostics } = lib.parseSites('id,kind,lat,lon\nramstein,military-base,49.4369,7.6003\n', { file: 'sites.csv' })
    expect(diagnostics).toEqual([])
    const { policy } = lib.parsePolicy('version: 1\nrules:\n  - { id: zone, lists: [ndaa-889], scope: { near: { kind: military-base, km: 5 } }, effect: prohibit }\n',
      { file: 'policy.yaml' }, { manufacturers: new Set(catalog.manufacturers.keys()) })
    // One degree of latitude is about 111.2 km: 3 km and 30 km north of the base.
    const devices: lib.Device[] = [
      { id: 'near', manufacturer: 'Hikvision', lat: 49.4369 + 3 / 111.195, lon: 7.6003 },
      { id: 'far', manufacturer: 'Hikvision', lat: 49.4369 + 30 / 111.195, lon: 7.6003 },
    ]
    const items = devices.map((device) => ({ device, attribution: lib.identify(device, catalog) }))
    const { findings } = lib.evaluatePolicy(policy!, items, { now: new Date('2026-06-30'), sites: new Map(sites.map((s) => [s.id, s])) })
    expect(findings.map((f) => f.deviceId)).toEqual(['near'])
  })
})
