import { formatDiagnostic } from '../../diagnostics/format.js'
import { describe, expect, it } from 'vitest'
import { parseLinkCsv } from './link-csv.js'
import { LINK_CSV as LINKS } from '../../test-support/topology-examples.js'

const codes = (r: { diagnostics: { code: string; at: { file: string; line?: number } }[] }) => r.diagnostics.map((d) => `${d.code}@${d.at.file}:${d.at.line}`)

describe('parseLinkCsv', () => {
  it('reads a link list headed in German or Japanese, with decimal commas, as the same list headed in English', () => {
    const english = parseLinkCsv('a,b,metric,capacity,latency_ms\nfra,ber,10,100000,4.5\n', { file: 'de.csv' })
    const german = parseLinkCsv('Von;Nach;Kosten;Kapazität;Latenz\nfra;ber;10;100000;4,5\n', { file: 'de.csv' })
    const japanese = parseLinkCsv('始点,終点,コスト,容量,遅延\nfra,ber,10,100000,4.5\n', { file: 'de.csv' })
    expect(english.topology.links).toEqual([{ a: 'de:fra', b: 'de:ber', metric: 10, capacity: 100_000, latencyMs: 4.5 }])
    for (const r of [german, japanese]) {
      expect(r.diagnostics).toEqual([])
      expect(r.topology).toEqual(english.topology)
    }
    expect(parseLinkCsv('Von;Nach;Bandbreite\nfra;ber;1000\n', { file: 'de.csv' }).topology.links).toEqual([{ a: 'de:fra', b: 'de:ber', capacity: 1000 }])
    const nodes = parseLinkCsv('Quelle;Ziel\nfra;ber\n', { file: 'de.csv' }, { nodes: { file: 'nodes.csv', text: 'ID;Name;Breitengrad;Längengrad\nfra;Frankfurt;50,11;8,68\nber;Berlin;52,52;13,4\n' } })
    expect(nodes.diagnostics).toEqual([])
    expect(nodes.topology.nodes[0]).toEqual({ id: 'de:fra', network: 'de', label: 'Frankfurt', lat: 50.11, lon: 8.68 })
  })

  it('reads a link list and implies the nodes from the link ends', () => {
    const { topology, diagnostics } = parseLinkCsv(LINKS, { file: 'de.csv' })
    expect(diagnostics).toEqual([])
    expect(topology).toEqual({
      networks: ['de'],
      nodes: [{ id: 'de:fra', network: 'de' }, { id: 'de:ber', network: 'de' }, { id: 'de:muc', network: 'de' }],
      links: [
        { a: 'de:fra', b: 'de:ber', metric: 10, capacity: 100_000, latencyMs: 4.5 },
        { a: 'de:fra', b: 'de:muc', metric: 12 },
        { a: 'de:ber', b: 'de:muc' },
      ],
    })
  })

  it('accepts header spellings such as Source, Target and latencyMs', () => {
    const { topology, diagnostics } = parseLinkCsv('Source,Target,latencyMs\nx,y,3\n', { file: 'n.csv' })
    expect(diagnostics).toEqual([])
    expect(topology.links).toEqual([{ a: 'n:x', b: 'n:y', latencyMs: 3 }])
  })

  it('reads a node list and reports link ends missing from it with the link line', () => {
    const nodes = 'id,label,lat,lon,site,devices\nfra,Frankfurt,50.11,8.68,site-fra,rt-1;rt-2\nber,Berlin,52.52,13.40,,\n'
    const r = parseLinkCsv(LINKS, { file: 'de.csv' }, { nodes: { text: nodes, file: 'de-nodes.csv' } })
    expect(codes(r)).toEqual(['unknown_node@de.csv:3', 'unknown_node@de.csv:4'])
    expect(r.topology.nodes).toEqual([
      { id: 'de:fra', network: 'de', label: 'Frankfurt', lat: 50.11, lon: 8.68, site: 'site-fra', devices: ['rt-1', 'rt-2'] },
      { id: 'de:ber', network: 'de', label: 'Berlin', lat: 52.52, lon: 13.4 },
    ])
    expect(r.topology.links).toHaveLength(1)
  })

  it('reports a missing column on the header line and reads no rows', () => {
    const r = parseLinkCsv('a,metric\nx,1\n', { file: 'n.csv' })
    expect(codes(r)).toEqual(['missing_column@n.csv:1'])
    expect(r.topology.links).toEqual([])
  })

  it('keeps a link whose capacity or latency does not read (10G, 5 ms), with a warning, since routing uses neither; a bad metric stays an error', () => {
    const r = parseLinkCsv('a,b,metric,capacity,latency_ms\nfra,ber,10,10G,5 ms\nber,muc,x1,1000,4\n', { file: 'de.csv' })
    expect(r.topology.links[0]).toEqual({ a: 'de:fra', b: 'de:ber', metric: 10 })
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['unread_link_field', 'warning'], ['unread_link_field', 'warning'], ['invalid_field', 'error']])
    expect(formatDiagnostic(r.diagnostics[0]!)).toMatchInlineSnapshot(`"de.csv:2: warning: field "capacity" has the value "10G"; expected a number of 0 or more. The link is kept without it, as routing uses neither a capacity nor a latency (write the number alone to keep it)."`)
  })

  it('reports bad numbers, empty ends and short rows with their lines and keeps the good rows', () => {
    const r = parseLinkCsv('a,b,metric,capacity\nx,y,0,1\nx,,1,1\nx,z,1\ny,z,abc,-5\nx,z,1,1\n', { file: 'n.csv' })
    expect(codes(r)).toEqual(['invalid_field@n.csv:2', 'invalid_field@n.csv:3', 'malformed_csv@n.csv:4', 'invalid_field@n.csv:5', 'unread_link_field@n.csv:5'])
    expect(r.topology.links).toEqual([{ a: 'n:x', b: 'n:y', capacity: 1 }, { a: 'n:y', b: 'n:z' }, { a: 'n:x', b: 'n:z', metric: 1, capacity: 1 }])
  })
})
