import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { detectTopologyFormat } from './detect.js'
import { parseNetboxCables } from './netbox-cables.js'

const API = 'https://netbox.example.net/api'
const codes = (r: { diagnostics: { code: string; at: { line?: number } }[] }) => r.diagnostics.map((d) => `${d.code}@${d.at.line}`)
const links = (r: ReturnType<typeof parseNetboxCables>) => r.topology.links.map((l) => `${l.a} - ${l.b}`)

/** A device as NetBox 4 nests it in a port: its brief fields. */
const device = (id: number, name: string | null) => ({
  id, url: `${API}/dcim/devices/${id}/`, display: name ?? `Cisco C9300-48P (${id})`, name, description: '',
})

/** One entry of `a_terminations`/`b_terminations` for a device port (NetBox 3.3 and later). */
let portIds = 100
function port(type: 'interface' | 'frontport' | 'rearport' | 'powerport' | 'poweroutlet' | 'consoleport' | 'consoleserverport', dev: ReturnType<typeof device>, name: string) {
  const id = portIds++
  return {
    object_type: `dcim.${type}`, object_id: id,
    object: { id, url: `${API}/dcim/${type}s/${id}/`, display: name, device: dev, name, description: '', cable: null, _occupied: true },
  }
}

/** A circuit termination as NetBox 4 nests it. */
function circuitEnd(cid: string, side: 'A' | 'Z') {
  const id = portIds++
  return {
    object_type: 'circuits.circuittermination', object_id: id,
    object: {
      id, url: `${API}/circuits/circuit-terminations/${id}/`, display: `${cid}: Termination ${side}`,
      circuit: { id: 7, url: `${API}/circuits/circuits/7/`, display: cid, provider: { id: 2, url: `${API}/circuits/providers/2/`, display: 'Colt', name: 'Colt', slug: 'colt', description: '' }, cid, description: '' },
      term_side: side, description: '', cable: null, _occupied: true,
    },
  }
}

let cableIds = 1
function cable(a: unknown[], b: unknown[], extra: { status?: string; type?: string; label?: string } = {}) {
  const id = cableIds++
  const status = extra.status ?? 'connected'
  return {
    id, url: `${API}/dcim/cables/${id}/`, display_url: `https://netbox.example.net/dcim/cables/${id}/`, display: `#${id}`,
    type: extra.type ?? 'smf', a_terminations: a, b_terminations: b,
    status: { value: status, label: status[0]!.toUpperCase() + status.slice(1) },
    tenant: null, label: extra.label ?? '', color: '', length: 12.5, length_unit: { value: 'm', label: 'Meters' },
    description: '', comments: '', tags: [], custom_fields: {}, created: '2024-03-01T10:00:00.000000Z', last_updated: '2024-03-01T10:00:00.000000Z',
  }
}

/** An answer of `/api/dcim/cables/` as NetBox writes it, indented as `jq .` shows it. */
const page = (results: unknown[], next: string | null = null) => JSON.stringify({ count: results.length, next, previous: null, results }, null, 2)

const FRA1 = device(1, 'fra-core-1')
const FRA2 = device(2, 'fra-core-2')
const BER1 = device(3, 'ber-core-1')
const PANEL_A = device(10, 'fra-pp-01')
const PANEL_B = device(11, 'ber-pp-01')
const PDU = device(12, 'fra-pdu-1')

describe('parseNetboxCables', () => {
  it('links the devices at the ends of each cable of a NetBox 4 answer, named by their NetBox names', () => {
    const text = page([
      cable([port('interface', FRA1, 'xe-0/0/0')], [port('interface', FRA2, 'xe-0/0/0')], { label: 'FRA-FRA-1' }),
      cable([port('interface', FRA1, 'xe-0/0/1')], [port('interface', BER1, 'xe-0/0/1')]),
      // A LAG member beside the first cable: the same two devices, one link.
      cable([port('interface', FRA2, 'xe-0/0/2')], [port('interface', FRA1, 'xe-0/0/2')]),
    ])
    const r = parseNetboxCables(text, { file: 'cables.json', network: 'de' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes).toEqual([
      { id: 'de:fra-core-1', network: 'de', devices: ['fra-core-1'] },
      { id: 'de:fra-core-2', network: 'de', devices: ['fra-core-2'] },
      { id: 'de:ber-core-1', network: 'de', devices: ['ber-core-1'] },
    ])
    expect(r.topology.links).toEqual([{ a: 'de:fra-core-1', b: 'de:fra-core-2', label: 'FRA-FRA-1' }, { a: 'de:fra-core-1', b: 'de:ber-core-1' }])
  })

  it('follows a path through two patch panels to the devices at its ends', () => {
    const text = page([
      cable([port('interface', FRA1, 'et-0/0/0')], [port('frontport', PANEL_A, '1')]),
      cable([port('rearport', PANEL_A, '1')], [port('rearport', PANEL_B, '1')]),
      cable([port('frontport', PANEL_B, '1')], [port('interface', BER1, 'et-0/0/0')]),
    ])
    const r = parseNetboxCables(text, { file: 'cables.json', network: 'de' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes.map((n) => n.id)).toEqual(['de:fra-core-1', 'de:ber-core-1'])
    expect(links(r)).toEqual(['de:fra-core-1 - de:ber-core-1'])
  })

  it('pairs front ports of the same position across a trunk between panels with one rear port each', () => {
    const x1 = device(21, 'fra-acc-1')
    const x2 = device(22, 'fra-acc-2')
    const y1 = device(23, 'ber-acc-1')
    const y2 = device(24, 'ber-acc-2')
    const text = page([
      cable([port('interface', x1, 'ge-0/0/0')], [port('frontport', PANEL_A, '1')]),
      cable([port('interface', x2, 'ge-0/0/0')], [port('frontport', PANEL_A, '2')]),
      cable([port('rearport', PANEL_A, 'MPO-1')], [port('rearport', PANEL_B, 'MPO-1')], { type: 'mmf' }),
      cable([port('frontport', PANEL_B, '1')], [port('interface', y1, 'ge-0/0/0')]),
      cable([port('frontport', PANEL_B, '2')], [port('interface', y2, 'ge-0/0/0')]),
    ])
    const r = parseNetboxCables(text, { file: 'cables.json', network: 'de' })
    expect(r.diagnostics).toEqual([])
    expect(links(r).toSorted()).toEqual(['de:fra-acc-1 - de:ber-acc-1', 'de:fra-acc-2 - de:ber-acc-2'])
  })

  it('warns once about patch panel ports whose way on the cable list does not tell', () => {
    const text = page([
      cable([port('interface', FRA1, 'et-0/0/0')], [port('frontport', PANEL_A, '1')]),
      cable([port('rearport', PANEL_A, 'A')], [port('interface', BER1, 'et-0/0/0')]),
      cable([port('rearport', PANEL_A, 'B')], [port('interface', FRA2, 'et-0/0/0')]),
    ])
    const r = parseNetboxCables(text, { file: 'cables.json', network: 'de' })
    expect(codes(r)).toEqual(['patch_paths_unresolved@6'])
    expect(r.topology.links).toEqual([])
    expect(formatDiagnostic(r.diagnostics[0]!)).toMatchInlineSnapshot(`"cables.json:6 (results[0]): warning: 3 patch panel ports (on "fra-pp-01") could lead on through several ports, and the cable list does not say which; the paths through them are not followed. Name each front port like the rear port it leads to in NetBox, so that the path can be followed."`)
  })

  it('leaves out power, console and planned cables with one warning that counts them, and keeps decommissioning ones', () => {
    const text = page([
      cable([port('powerport', FRA1, 'PSU0')], [port('poweroutlet', PDU, 'Outlet 1')], { type: 'power' }),
      cable([port('powerport', FRA2, 'PSU0')], [port('poweroutlet', PDU, 'Outlet 2')], { type: 'power' }),
      cable([port('consoleport', FRA1, 'Console')], [port('consoleserverport', FRA2, 'Port 1')], { type: 'cat6' }),
      cable([port('interface', FRA1, 'xe-0/0/5')], [port('interface', BER1, 'xe-0/0/5')], { status: 'planned' }),
      cable([port('interface', FRA1, 'xe-0/0/6')], [port('interface', FRA2, 'xe-0/0/6')], { status: 'decommissioning' }),
    ])
    const r = parseNetboxCables(text, { file: 'cables.json', network: 'de' })
    expect(codes(r)).toEqual(['cables_skipped@6'])
    expect(r.diagnostics[0]).toMatchObject({ reasons: { power: 2, console: 1, planned: 1 } })
    expect(links(r)).toEqual(['de:fra-core-1 - de:fra-core-2'])
    expect(r.topology.nodes.map((n) => n.id)).not.toContain('de:fra-pdu-1')
    expect(formatDiagnostic(r.diagnostics[0]!)).toMatchInlineSnapshot(`"cables.json:6 (results[0]): warning: cables left out of the topology, as they carry no traffic between devices: 2 power cables, 1 console cable, 1 planned cable (not in place yet). A planned cable counts once its status in NetBox is connected."`)
  })

  it('makes a provider circuit a node between the devices cabled to its two ends', () => {
    const text = page([
      cable([port('interface', FRA1, 'xe-0/1/0')], [circuitEnd('DE-4711', 'A')]),
      cable([circuitEnd('DE-4711', 'Z')], [port('interface', BER1, 'xe-0/1/0')]),
    ])
    const r = parseNetboxCables(text, { file: 'cables.json', network: 'de' })
    expect(r.diagnostics).toEqual([])
    expect(r.topology.nodes[1]).toEqual({ id: 'de:circuit/colt/DE-4711', network: 'de', label: 'DE-4711 (colt)' })
    expect(links(r)).toEqual(['de:fra-core-1 - de:circuit/colt/DE-4711', 'de:circuit/colt/DE-4711 - de:ber-core-1'])
  })

  it('reads the NetBox 2.x to 3.2 shape, one termination per side, as Nautobot writes it too', () => {
    const text = JSON.stringify({
      count: 1, next: null, previous: null,
      results: [{
        id: 4, url: `${API}/dcim/cables/4/`, display: '#4',
        termination_a_type: 'dcim.interface', termination_a_id: 31,
        termination_a: { id: 31, url: `${API}/dcim/interfaces/31/`, display: 'Gi1/0/1', device: { id: 1, url: `${API}/dcim/devices/1/`, display: 'hq-sw-1', name: 'hq-sw-1' }, name: 'Gi1/0/1', cable: 4, _occupied: true },
        termination_b_type: 'dcim.interface', termination_b_id: 32,
        termination_b: { id: 32, url: `${API}/dcim/interfaces/32/`, display: 'GE0/0/1', device: { id: 2, url: `${API}/dcim/devices/2/`, display: 'hq-fw-1', name: 'hq-fw-1' }, name: 'GE0/0/1', cable: 4, _occupied: true },
        type: 'cat6', status: { value: 'connected', label: 'Connected' }, tenant: null, label: '', color: '', length: null, length_unit: null, tags: [], custom_fields: {},
      }],
    })
    const r = parseNetboxCables(text, { file: 'hq.json' })
    expect(r.diagnostics).toEqual([])
    expect(links(r)).toEqual(['hq:hq-sw-1 - hq:hq-fw-1'])
  })

  it('reads pages written one after another, and one per line, with the line of each cable', () => {
    const first = page([cable([port('interface', FRA1, 'a')], [port('interface', FRA2, 'a')])], `${API}/dcim/cables/?limit=1&offset=1`)
    const second = page([cable([port('interface', FRA2, 'b')], [{ object_type: 'dcim.interface', object_id: 9, object: { id: 9, name: 'b' } }])])
    const r = parseNetboxCables(`${first}\n${second}\n`, { file: 'pages.json', network: 'de' })
    expect(links(r)).toEqual(['de:fra-core-1 - de:fra-core-2'])
    const line = first.split('\n').length + 6
    expect(codes(r)).toEqual([`invalid_field@${line}`])
    expect(formatDiagnostic(r.diagnostics[0]!)).toContain('the port\'s "device" with its "name" (ask Nautobot 2 with ?depth=2)')

    const lines = [first, second].map((p) => JSON.stringify(JSON.parse(p))).join('\n')
    expect(codes(parseNetboxCables(lines, { file: 'pages.jsonl', network: 'de' }))).toEqual(['invalid_field@2'])
  })

  it('names an unnamed device netbox-<id> as the inventory does, and tells apart devices that share a name', () => {
    const text = page([
      cable([port('interface', device(5, null), 'Gi1/0/1')], [port('interface', device(6, 'sw-1'), 'Gi1/0/48')]),
      cable([port('interface', device(6, 'sw-1'), 'Gi1/0/47')], [port('interface', device(7, 'sw-1'), 'Gi1/0/48')]),
    ])
    const r = parseNetboxCables(text, { file: 'cables.json', network: 'x' })
    expect(codes(r)).toEqual(['duplicate_device_name@undefined'])
    expect(r.topology.nodes.map((n) => [n.id, n.label, n.devices])).toEqual([
      ['x:netbox-5', undefined, ['netbox-5']], ['x:sw-1#6', 'sw-1', ['sw-1']], ['x:sw-1#7', 'sw-1', ['sw-1']],
    ])
  })

  it('reports a file that is not a cable list, and malformed JSON, with the line', () => {
    expect(codes(parseNetboxCables('{"count": 1, "results": [{"id": 1, "name": "sw-1"}]}', { file: 'c.json' }))).toEqual(['invalid_field@1'])
    const broken = parseNetboxCables('{"results": [\n  {"a_terminations": []\n  ]}', { file: 'c.json' })
    expect(codes(broken)[0]).toBe('malformed_json@3')
  })

  it('reads the CSV import format, with the site of each device', () => {
    const text = [
      'side_a_site,side_a_device,side_a_type,side_a_name,side_b_site,side_b_device,side_b_type,side_b_name,type,status,label,length,length_unit',
      'fra1,fra-core-1,dcim.interface,xe-0/0/0,fra1,fra-core-2,dcim.interface,xe-0/0/0,smf,connected,FRA-FRA-1,2,m',
      'fra1,fra-core-1,dcim.powerport,PSU0,fra1,fra-pdu-1,dcim.poweroutlet,1,power,connected,,,',
      'fra1,fra-core-2,dcim.interface,xe-0/0/1,,,dcim.interface,xe-0/0/1,smf,connected,,,',
    ].join('\n')
    const r = parseNetboxCables(text, { file: 'cables.csv', network: 'de' })
    expect(codes(r)).toEqual(['cables_skipped@3', 'invalid_field@4'])
    expect(r.topology.nodes).toEqual([
      { id: 'de:fra-core-1', network: 'de', site: 'fra1', devices: ['fra-core-1'] },
      { id: 'de:fra-core-2', network: 'de', site: 'fra1', devices: ['fra-core-2'] },
    ])
    expect(r.topology.links).toEqual([{ a: 'de:fra-core-1', b: 'de:fra-core-2', label: 'FRA-FRA-1' }])
  })

  it('reads the cable table the UI exports, and warns that it does not say what cables end on', () => {
    const v4 = [
      'ID,Label,Termination A,Termination B,Device A,Device B,Site A,Site B,Status,Type',
      '1,,xe-0/0/0,xe-0/0/0,fra-core-1,fra-core-2,fra1,fra1,Connected,Singlemode Fiber',
      '2,,PSU0,Outlet 1,fra-core-1,fra-pdu-1,fra1,fra1,Connected,Power',
      // A breakout cable: one QSFP port to four servers.
      '3,,et-0/0/0,"eth0,eth0",fra-core-2,"srv-1,srv-2",fra1,fra1,Connected,DAC (Passive)',
    ].join('\n')
    const r = parseNetboxCables(v4, { file: 'netbox_cables.csv', network: 'de' })
    expect(codes(r)).toEqual(['cable_ends_untyped@1', 'cables_skipped@3'])
    expect(links(r)).toEqual(['de:fra-core-1 - de:fra-core-2', 'de:fra-core-2 - de:srv-1', 'de:fra-core-2 - de:srv-2'])

    const v3 = 'ID,Side A,Termination A,Side B,Termination B,Status,Type\n7,hq-sw-1,Gi1/0/1,hq-fw-1,GE0/0/1,Connected,CAT6\n'
    expect(links(parseNetboxCables(v3, { file: 'old.csv', network: 'hq' }))).toEqual(['hq:hq-sw-1 - hq:hq-fw-1'])
  })

  it('reports a CSV without the device columns on the header line', () => {
    const r = parseNetboxCables('side_a_name,side_b_name\nxe-0/0/0,xe-0/0/0\n', { file: 'c.csv' })
    expect(codes(r)).toContain('missing_column@1')
  })
})

describe('detectTopologyFormat on NetBox cables', () => {
  it('knows the API answer and the CSV exports by their content, whatever the extension', () => {
    expect(detectTopologyFormat('cables.json', page([cable([port('interface', FRA1, 'a')], [port('interface', FRA2, 'a')])]))).toBe('netbox-cables')
    expect(detectTopologyFormat('export.txt', '[{"id": 4, "termination_a_type": "dcim.interface"}]')).toBe('netbox-cables')
    expect(detectTopologyFormat('cables.csv', 'side_a_device,side_a_type,side_a_name,side_b_device,side_b_type,side_b_name\n')).toBe('netbox-cables')
    expect(detectTopologyFormat('netbox_cables.csv', '\ufeff"ID","Label","Termination A","Termination B","Device A","Device B"\n')).toBe('netbox-cables')
    // Saved by Excel for Mac: lines end in a carriage return alone.
    expect(detectTopologyFormat('netbox_cables.csv', '"ID","Termination A","Termination B","Device A"\r1,xe-0/0/0,xe-0/0/1,sw1\r')).toBe('netbox-cables')
    expect(detectTopologyFormat('links.csv', 'a,b,metric\nfra,ber,3\n')).toBe('csv')
    expect(detectTopologyFormat('de.json', '{"nodes":[{"id":"a"}],"links":[]}')).toBe('json')
  })
})
