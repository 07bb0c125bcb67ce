import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { collect } from './formats.case.test.js'
import { parseInventoryJson } from './parse.js'
import { parseInventory } from './parse.js'
import { resolveColumn } from './columns.js'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'

const codes = (text: string, file = 'devices.json') =>
  parseInventory(text, { file }).diagnostics.map((d) => `${d.code}@${d.at.line}`)

describe('JSON Lines', () => {
  it('reads one device per line and skips blank lines', () => {
    const { devices, diagnostics } = parseInventory('{"id":"a"}\n\n  \n{"id":"b"}\r\n', { file: 'x.jsonl' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'a' }, { id: 'b' }])
  })

  it('reports a malformed line with its line and column and reads the others', () => {
    const { devices, diagnostics } = parseInventory('{"id":"a"}\n{"id": "b",}\n{"id":"c"}\n', { file: 'x.jsonl' })
    expect(devices.map((d) => d.id)).toEqual(['a', 'c'])
    expect(diagnostics).toMatchObject([{ code: 'malformed_json', at: { file: 'x.jsonl', line: 2, column: 12 } }])
    expect(formatDiagnostic(diagnostics[0]!)).toMatchInlineSnapshot(`"x.jsonl:2:12: error: not valid JSON: a comma before the closing }, which JSON does not allow after the last member: remove it. Fix the JSON syntax on this line (one JSON object per line for JSON Lines)."`)
  })

  it('names a comma after the last member or element, where JSON.parse names what it expected instead', () => {
    const { devices, diagnostics } = parseInventory('{"id":"a","macs":["00e0fc000001",]}\n{"id":"b","name":"x", }\n{"id":"c","name":"y"}\n', { file: 'x.jsonl' })
    expect(devices.map((d) => d.id)).toEqual(['c'])
    expect(diagnostics.map((d) => `${d.at.line}:${d.at.column} ${'problem' in d ? d.problem : ''}`)).toEqual([
      '1:34 a comma before the closing ], which JSON does not allow after the last element: remove it',
      '2:23 a comma before the closing }, which JSON does not allow after the last member: remove it',
    ])
  })

  it('reports a line that is not an object as an invalid device', () => {
    expect(codes('{"id":"a"}\n[1,2]\n"text"\n', 'x.ndjson')).toEqual(['invalid_field@2', 'invalid_field@3'])
  })

  it('expands a one-line {"devices": [...]} document', () => {
    const { devices } = parseInventory('{"source":"netbox","devices":[{"id":"a"},{"id":"b"}]}', { file: 'x.json' })
    expect(devices).toEqual([{ id: 'a' }, { id: 'b' }])
  })
})

describe('JSON arrays', () => {
  it('reads an array whose elements span several lines, with the line each starts on', async () => {
    const text = '[\n  {\n    "id": "a"\n  },\n  {"id": "b",\n   "name": "x, ] } {"}\n]'
    const { devices, lines } = await collect([text], { file: 'x.json' })
    expect(devices).toEqual([{ id: 'a' }, { id: 'b', name: 'x, ] } {' }])
    expect(lines).toEqual([2, 5])
  })

  it('handles escaped quotes and backslashes inside strings', () => {
    const { devices } = parseInventoryJson(String.raw`[{"id":"a\\","name":"say \"]\" \\\"}"}]`, { file: 'x.json' })
    expect(devices).toEqual([{ id: 'a\\', name: 'say "]" \\"}' }])
  })

  it('reports a malformed element on its own line and reads the rest of the array', () => {
    const text = '[\n{"id":"a"},\n{"id":"b" "name":"x"},\n{"id":"c"}\n]\n'
    const { devices, diagnostics } = parseInventoryJson(text, { file: 'x.json' })
    expect(devices.map((d) => d.id)).toEqual(['a', 'c'])
    expect(diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_json@3'])
  })

  it('reports an array that is never closed', () => {
    expect(codes('[{"id":"a"},\n{"id":"b"')).toEqual(['malformed_json@2'])
  })

  it('reads every whole device of a file cut short, the last one before its "," or "]" too, and says the file was cut', () => {
    // A download or copy that stopped after the last device's "}" lost that device as well.
    // Each text with the line named: the file's end, or where the device cut in two starts.
    const cut = [['[{"id":"a"},{"id":"b"}', 1], ['{"devices": [\n{"id":"a"},\n{"id":"b"}\n', 4], ['[{"id":"a"},\n{"id":"b"},\n{"id":"c","ma', 3]] as const
    for (const [text, line] of cut) {
      const { devices, diagnostics } = parseInventoryJson(text, { file: 'export.json' })
      expect(devices.map((d) => d.id), text).toEqual(['a', 'b'])
      expect(diagnostics.map((d) => `${d.code}@${d.at.line}`), text).toEqual([`malformed_json@${line}`])
    }
    expect(formatDiagnostic(parseInventoryJson('[\n{"id":"a"},\n{"id":"b","ma', { file: 'export.json' }).diagnostics[0]!)).toMatchInlineSnapshot(`"export.json:3: error: not valid JSON: Unexpected end of JSON input: the array is never closed, as the file ends inside it: it was cut short (a download, copy or export that did not finish) or lacks its closing brackets. What comes before it was read; get the whole file again, or close the brackets."`)
  })

  it('names the object when a single record is cut short, and the array when a device list is', () => {
    const problems = (text: string) => parseInventoryJson(text, { file: 'x.json' }).diagnostics.map((d) => 'problem' in d ? d.problem : d.code)
    expect(problems('{"id":"a",\n"mac":')).toEqual(['Unexpected end of JSON input: the object is never closed'])
    expect(problems('{"devices": [\n{"id":"a"},\n{"id":"b"}\n')).toEqual(['Unexpected end of JSON input: the array is never closed'])
  })

  it('reports data after the end of the array once', () => {
    expect(codes('[{"id":"a"}]\nfoo\nbar\n')).toEqual(['malformed_json@2'])
    expect(codes('{\n "id": "a", "model": "NE40E"\n}\nfoo\nbar\n')).toEqual(['malformed_json@4'])
  })

  it('reports elements that are not objects, and reads an empty array as empty input', () => {
    expect(codes('[{"id":"a"}, 42, null]')).toEqual(['invalid_field@1', 'invalid_field@1'])
    expect(codes('[ ]')).toEqual(['empty_input@undefined'])
  })

  it('reports a pretty-printed object without a devices array', () => {
    expect(codes('{\n  "things": []\n}\n')).toEqual(['malformed_json@1'])
    // A JSON-RPC error answer is no device.
    expect(codes('{\n  "jsonrpc": "2.0",\n  "error": {"code": -32602},\n  "id": 1\n}\n')).toEqual(['malformed_json@1'])
  })

  it('reads the one list of device records of an answer under a key of its own, pretty-printed or on one line', async () => {
    const expected = [{ id: 'sw1', name: 'sw1', manufacturer: 'Huawei', macs: ['00:e0:fc:12:34:56'] }]
    for (const key of ['assets', 'records', 'equipment']) {
      const answer = { total: 1, page: 1, [key]: [{ hostname: 'sw1', vendor: 'Huawei', mac_address: '00:e0:fc:12:34:56' }] }
      for (const text of [JSON.stringify(answer), JSON.stringify(answer, null, 2)]) {
        const { devices, diagnostics } = parseInventory(text, { file: 'export.json' })
        expect(diagnostics, key).toEqual([])
        expect(devices, key).toEqual(expected)
      }
      const { devices } = await collect([...JSON.stringify(answer, null, 2)], { file: 'export.json' })
      expect(devices).toEqual(expected)
    }
    // A device without an id that lists its interfaces is one device, not a list of them, with their MACs.
    expect(parseInventory('{"hostname": "sw1", "interfaces": [{"name": "eth0", "mac": "00:e0:fc:12:34:56"}]}', { file: 'x.json' }).devices).toEqual([{ id: 'sw1', name: 'sw1', macs: ['00:e0:fc:12:34:56'] }])
    // Lists of records that describe no device (a policy's rules), and two lists, are no device list.
    expect(codes('{\n  "rules": [{"id": "ban", "lists": ["fcc-covered"]}]\n}\n')).toEqual(['malformed_json@1'])
    expect(codes('{\n  "switches_a": [{"hostname": "a"}],\n  "routers_b": [{"hostname": "b"}]\n}\n')).toEqual(['malformed_json@1'])
  })

  it('reads the MACs a device lists under its interfaces, not those of the devices it lists', () => {
    const text = JSON.stringify({ devices: [
      { hostname: 'sw1', networkAdapters: [{ name: 'eth0', macAddress: '00:e0:fc:12:34:56' }, { name: 'eth1', macAddress: null }] },
      // An access point's clients and a switch's neighbours are other devices.
      { hostname: 'ap1', clients: [{ mac: '00:e0:fc:00:00:01' }], neighbors: [{ mac_address: '28:8a:1c:00:00:01' }] },
      // MACs of its own win over those of its interfaces.
      { hostname: 'sw2', mac_address: '28:8a:1c:00:00:02', interfaces: [{ mac_address: '00:e0:fc:00:00:02' }] },
    ] })
    expect(parseInventory(text, { file: 'x.json' }).devices).toEqual([
      { id: 'sw1', name: 'sw1', macs: ['00:e0:fc:12:34:56'] }, { id: 'ap1', name: 'ap1' }, { id: 'sw2', name: 'sw2', macs: ['28:8a:1c:00:00:02'] },
    ].map((d) => expect.objectContaining(d)))
  })

  it('reads a GraphQL answer of NetBox devices with their interfaces (NetBox 4.1 and 4.2 shapes)', () => {
    const answer = { data: { device_list: [
      { name: 'sw-fra-1', serial: '2102351', device_type: { model: 'S5735-L24T4S-A', manufacturer: { name: 'Huawei' } }, interfaces: [{ name: 'GE0/0/1', mac_address: '00:E0:FC:00:00:01' }, { name: 'GE0/0/2', mac_address: null }] },
      { name: 'rt-fra-1', device_type: { model: 'MX204', manufacturer: { name: 'Juniper' } }, interfaces: [{ name: 'et-0/0/0', primary_mac_address: { mac_address: '28:8A:1C:00:00:01' }, mac_addresses: [{ mac_address: '28:8A:1C:00:00:01' }, { mac_address: '28:8A:1C:00:00:02' }] }] },
    ] } }
    for (const text of [JSON.stringify(answer), JSON.stringify(answer, null, 2)]) {
      const { devices, diagnostics } = parseInventory(text, { file: 'graphql.json' })
      expect(diagnostics).toEqual([])
      expect(devices).toMatchObject([
        { id: 'sw-fra-1', manufacturer: 'Huawei', model: 'S5735-L24T4S-A', macs: ['00:e0:fc:00:00:01'] },
        { id: 'rt-fra-1', manufacturer: 'Juniper', model: 'MX204', macs: ['28:8a:1c:00:00:01', '28:8a:1c:00:00:02'] },
      ])
    }
  })

  it('reads a pretty-printed object that is one device, in any chunks, with the line it starts on', async () => {
    const text = '\n{\n  "id": "d1",\n  "macs": ["00:e0:fc:12:34:56"],\n  "snmp": {"sysDescr": "VRP"}\n}\n'
    for (const chunks of [[text], [...text]]) {
      const { devices, lines, codes: c } = await collect(chunks, { file: 'device.json' })
      expect(c).toEqual([])
      expect(devices).toEqual([{ id: 'd1', macs: ['00:e0:fc:12:34:56'], snmp: { sysDescr: 'VRP' } }])
      expect(lines).toEqual([2])
    }
  })

  it('streams a {"devices": [...]} document that has other keys before the array', async () => {
    const text = '{\n "meta": {"devices": "not this"},\n "devices": [\n  {"id": "a"},\n  {"id": "b"}\n ],\n "count": 2\n}\n'
    const { devices, lines, codes: c } = await collect([...text], { file: 'x.json' })
    expect(c).toEqual([])
    expect(devices).toEqual([{ id: 'a' }, { id: 'b' }])
    expect(lines).toEqual([4, 5])
  })
})

describe('JSON values one after another', () => {
  // `jq '.[]' devices.json` prints each object pretty-printed, one after another, with no array around them.
  const jq = '{\n  "id": "a",\n  "manufacturer": "Huawei",\n  "macs": [\n    "00:e0:fc:00:00:01"\n  ]\n}\n{\n  "id": "b",\n  "model": "DS-2CD2032-I"\n}\n'

  it('reads pretty-printed objects one after another, in any chunks, with the line each starts on', async () => {
    for (const file of ['devices.json', 'devices.jsonl']) {
      for (const chunks of [[jq], [...jq]]) {
        const { devices, lines, codes: c } = await collect(chunks, { file })
        expect(c).toEqual([])
        expect(devices.map((d) => d.id)).toEqual(['a', 'b'])
        expect(devices[0]).toMatchObject({ manufacturer: 'Huawei', macs: ['00:e0:fc:00:00:01'] })
        expect(lines).toEqual([1, 8])
      }
    }
  })

  it('reads each object as a device whether or not the first has an id, and arrays one after another', () => {
    const read = (text: string) => parseInventory(text, { file: 'x.json' })
    const noIds = read('{\n "hostname": "x", "vendor": "Huawei"\n}\n{\n "hostname": "y"\n}\n')
    expect(noIds.diagnostics).toEqual([])
    expect(noIds.devices.map((d) => [d.id, d.manufacturer])).toEqual([['x', 'Huawei'], ['y', undefined]])
    // An array's inside copied without its brackets: the commas between the objects are skipped.
    expect(read('{\n "id": "x"\n},\n{\n "id": "y"\n}\n').devices.map((d) => d.id)).toEqual(['x', 'y'])
    expect(read('[{"id": "p"}]\n[{"id": "q"},\n {"id": "r"}]\n').devices.map((d) => d.id)).toEqual(['p', 'q', 'r'])
    expect(read('[{"id":"a"}]\n{"id":"b"}\n{"id":"c"}\n').devices.map((d) => d.id)).toEqual(['a', 'b', 'c'])
  })

  it('reads API pages saved one after another, each page\'s devices', () => {
    const page = (n: number) => `{\n  "count": 2,\n  "next": null,\n  "results": [\n    {"id": ${n}, "name": "dev-${n}"}\n  ]\n}\n`
    const { devices, diagnostics } = parseInventory(page(1) + page(2), { file: 'pages.json' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => d.name)).toEqual(['dev-1', 'dev-2'])
  })

  it('reports a malformed object, text between objects and an object cut short, each on its line, and reads the rest', () => {
    const text = '{\n "id": "x"\n}\nfoo\n{\n "id": "y", bad\n}\n{\n "id": "z"\n}\n{ "id": "w"\n'
    const { devices, diagnostics } = parseInventory(text, { file: 'x.json' })
    expect(devices.map((d) => d.id)).toEqual(['x', 'z'])
    expect(diagnostics.map((d) => `${d.at.line}:${d.at.column}`)).toEqual(['4:1', '6:13', '11:1'])
    expect(formatDiagnostic(diagnostics[2]!)).toContain('the object is never closed')
    // Text between values asks for its removal, not for one object per line: pretty-printed objects are read.
    expect(formatDiagnostic(diagnostics[0]!)).toBe('x.json:4:1: error: not valid JSON: text after a JSON value (each value is an object or an array); it is skipped, ' +
      'and the JSON values before and after it are read (only the first such text is reported). Remove the text that is no JSON ' +
      '(a message a command printed into the file), or make it a JSON value.')
  })
})

describe('NetBox API pages', () => {
  const page = {
    count: 2, next: null, previous: null,
    results: [
      { id: 1, name: 'rt-fra-01', site: { slug: 'fra' }, role: { slug: 'core-router', name: 'Core Router' }, device_type: { model: 'NE40E-X8', manufacturer: { name: 'Huawei' } } },
      { id: 2, name: null, site: { slug: 'muc' }, device_role: { slug: 'access-switch' }, device_type: { model: 'C9300-48P', manufacturer: { name: 'Cisco' } } },
    ],
  }

  it('reads the devices of a pretty-printed page, with their lines', () => {
    const { devices, diagnostics } = parseInventoryJson(JSON.stringify(page, null, 2), { file: 'netbox.json' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, d.role, d.manufacturer, d.model])).toEqual([
      ['rt-fra-01', 'core', 'Huawei', 'NE40E-X8'], ['netbox-2', 'access', 'Cisco', 'C9300-48P'],
    ])
  })

  it('reads a page written on one line', () => {
    const { devices } = parseInventoryJson(JSON.stringify(page), { file: 'netbox.json' })
    expect(devices.map((d) => d.id)).toEqual(['rt-fra-01', 'netbox-2'])
  })

  it('reads a page with its count first and each device over a few lines, also in chunks', async () => {
    const text = '{"count": 2, "results": [\n{"id": 1, "name": "a",\n "device_type": {"manufacturer": {"name": "ZTE"}, "model": "x"}},\n{"id": 2, "name": "b"}\n]}\n'
    for (const size of [text.length, 7]) {
      const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, k) => text.slice(k * size, (k + 1) * size))
      const { devices, codes } = await collect(chunks, { file: 'page.json' })
      expect(codes).toEqual([])
      expect(devices.map((d) => [d.id, d.manufacturer])).toEqual([['a', 'ZTE'], ['2', undefined]])
    }
  })

  it('still reads JSON Lines whose first line is malformed, and a document that is not a page', () => {
    expect(parseInventory('{"id": "a",}\n{"id":"b"}\n', { file: 'x.json' }).devices.map((d) => d.id)).toEqual(['b'])
    expect(parseInventory('{"meta": {"v": 1}, "devices": [{"id": "a"}]}\n', { file: 'x.json' }).devices.map((d) => d.id)).toEqual(['a'])
  })
})

describe('JSON of other tools', () => {
  it('reads the device list of an API answer under result, response, rows, items or data, after keys of plain values', () => {
    const zabbix = '{"jsonrpc": "2.0", "result": [\n{"hostid": "10084", "host": "cam-1", "inventory": {"vendor": "Dahua", "macaddress_a": "74:c9:29:00:00:01"}}\n], "id": 1}\n'
    const { devices, diagnostics } = parseInventory(zabbix, { file: 'hosts.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: '10084', name: 'cam-1', manufacturer: 'Dahua', macs: ['74:c9:29:00:00:01'] }])
    for (const key of ['response', 'rows', 'items', 'data']) {
      expect(parseInventory(`{"version": "1.0", "${key}": [{"id": "a"}]}`, { file: 'x.json' }).devices, key).toEqual([{ id: 'a' }])
    }
    // A device with an id before a list is a device (JSON Lines), not a document.
    expect(parseInventory('{"id": "d1", "data": [1]}\n{"id": "d2"}\n', { file: 'x.json' }).devices.map((d) => d.id)).toEqual(['d1', 'd2'])
  })

  it('reads ServiceNow\'s Table API: a reference by its display value, never by its sys_id', () => {
    // `GET /api/now/table/cmdb_ci_ip_router`: reference fields are {link, value: <sys_id>}, and
    // carry a display_value as well with sysparm_display_value=all.
    const link = (table: string, id: string) => ({ link: `https://example.service-now.com/api/now/table/${table}/${id}`, value: id })
    const answer = JSON.stringify({ result: [
      { sys_id: '0c43b0f5c6112275019abd2bb3dcd78f', name: 'rt-fra-01', ip_address: '192.0.2.1', serial_number: '2102351234', firmware_version: 'V800R011C00',
        manufacturer: link('core_company', 'b7e9e843c0a80169009a5a485bb2a2b5'), model_id: link('cmdb_model', '46b87022a9fe198101a78787e40d7547'),
        location: link('cmn_location', '25ab9c4d0a0a0bb300f7dabdc0ca7c1c') },
      { sys_id: '1c43b0f5c6112275019abd2bb3dcd78f', name: 'sw-fra-02', serial_number: 'FOC1234X0AB',
        manufacturer: { display_value: 'Cisco Systems', ...link('core_company', 'aaaae843c0a80169009a5a485bb2a2b5') },
        model_id: { display_value: 'Cisco Systems C9300-48P', ...link('cmdb_model', 'bbbb7022a9fe198101a78787e40d7547') },
        location: { display_value: 'Frankfurt', ...link('cmn_location', 'cccc9c4d0a0a0bb300f7dabdc0ca7c1c') } },
    ] })
    const { devices, diagnostics } = parseInventory(answer, { file: 'cmdb_ci_ip_router.json' })
    // The first record's maker, model and site are sys_ids, said once.
    expect(diagnostics).toEqual([{ code: 'references_without_names', severity: 'warning', at: { file: 'cmdb_ci_ip_router.json', line: 1 }, fields: ['manufacturer', 'model_id', 'location'] }])
    expect(devices).toEqual([
      { id: 'rt-fra-01', addresses: ['192.0.2.1'], name: 'rt-fra-01', serial: '2102351234', firmware: { version: 'V800R011C00' } },
      { id: 'sw-fra-02', name: 'sw-fra-02', site: 'Frankfurt', manufacturer: 'Cisco Systems', model: 'Cisco Systems C9300-48P', serial: 'FOC1234X0AB' },
    ])
  })

  it('says once that a Table API answer without display values gave its references by sys_id, and which fields it left out', () => {
    // A cmdb_ci answer of a developer instance as a public script quotes it (a cmdb_ci_ip_router
    // with its model and asset as references), cut to the fields a device is read by, and a
    // cmdb_ci_netgear record of another instance (a public test's EXAMPLE_SNOW_ASSET), cut alike.
    const answer = `{
    "result": [
        {
        "operational_status": "6",
        "asset_tag": "nsg-cmdb-testing",
        "install_status": "1",
        "name": "iad1-bb01",
        "subcategory": "IP",
        "sys_class_name": "cmdb_ci_ip_router",
        "manufacturer": "",
        "sys_id": "73d994e20721011074e4ff4c7c1ed065",
        "mac_address": "",
        "vendor": "",
        "model_number": "",
        "serial_number": "",
        "ip_address": "10.10.10.3",
        "model_id": {
            "link": "https://dev78298.service-now.com/api/now/table/cmdb_model/d92cdce60721011074e4ff4c7c1ed035",
            "value": "d92cdce60721011074e4ff4c7c1ed035"
        },
        "location": "",
        "asset": {
            "link": "https://dev78298.service-now.com/api/now/table/alm_asset/552cdce60721011074e4ff4c7c1ed037",
            "value": "552cdce60721011074e4ff4c7c1ed037"
        },
        "category": "Resource"
        },
        {
        "name": "San Diego Gateway",
        "sys_class_name": "cmdb_ci_netgear",
        "manufacturer": {
            "link": "https://dev85142.service-now.com/api/now/table/core_company/31e83f333723100044e0bfc8bcbe5da7",
            "value": "31e83f333723100044e0bfc8bcbe5da7"
        },
        "sys_id": "10884798c61122750108b095e21e4080",
        "ip_address": "198.17.34.1",
        "model_id": {
            "link": "https://dev85142.service-now.com/api/now/table/cmdb_model/0faa6b3f3763100044e0bfc8bcbe5d95",
            "value": "0faa6b3f3763100044e0bfc8bcbe5d95"
        }
        }
    ]
}`
    const { devices, diagnostics } = parseInventory(answer, { file: 'cmdb_ci.json' })
    expect(devices).toEqual([
      { id: 'iad1-bb01', name: 'iad1-bb01', addresses: ['10.10.10.3'] },
      { id: 'San Diego Gateway', name: 'San Diego Gateway', addresses: ['198.17.34.1'] },
    ])
    // Read without a word, the maker and model were lost in silence.
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'cmdb_ci.json:3: warning: "model_id" is a reference to another record by its id alone (as ServiceNow\'s Table API answers without display values), which names nothing outside the tool: left out of every device. Ask for display values (sysparm_display_value=true), or export the list as CSV.',
    ])
  })

  it('reads ServiceNow\'s Table API asked with sysparm_display_value=all, where every field is a display value and a value', () => {
    const both = (display: string, value = display) => ({ display_value: display, value })
    const answer = JSON.stringify({ result: [
      { sys_id: both('0c43b0f5c6112275019abd2bb3dcd78f'), name: both('rt-fra-01'), serial_number: both('2102351234'), mac_address: both('00:e0:fc:12:34:56'),
        install_status: both('Retired', '7'), manufacturer: { ...both('Huawei', 'b7e9e843c0a80169009a5a485bb2a2b5'), link: 'https://example.service-now.com/api/now/table/core_company/b7e9e843c0a80169009a5a485bb2a2b5' } },
    ] })
    const { devices, diagnostics } = parseInventory(answer, { file: 'cmdb_ci_ip_router.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: 'rt-fra-01', name: 'rt-fra-01', manufacturer: 'Huawei', serial: '2102351234', macs: ['00:e0:fc:12:34:56'], status: 'Retired' },
    ])
  })

  it('keeps another tool\'s {link, value} object by its value when the value is not a ServiceNow sys_id', () => {
    const { devices } = parseInventory(JSON.stringify([{ hostname: 'sw-1', vendor: { link: '/api/vendors/3', value: 'Cisco' } }]), { file: 'x.json' })
    expect(devices).toEqual([{ id: 'sw-1', name: 'sw-1', manufacturer: 'Cisco' }])
  })

  it('reads the keys of inventory exports as CSV headers are read, the best ranked winning', () => {
    const libre = '[{"device_id": 7, "hostname": "10.1.1.1", "sysName": "sw-1", "sysDescr": "ZTE Ethernet Switch ZXR10 5950-52TM, Version: V2.05.11B12", "hardware": "ZXR10 5950", "serial": "S1", "os": "zxr10"}]'
    expect(parseInventory(libre, { file: 'devices.json' }).devices).toEqual([{
      id: '7', addresses: ['10.1.1.1'], name: 'sw-1', model: 'ZXR10 5950', serial: 'S1',
      snmp: { sysDescr: 'ZTE Ethernet Switch ZXR10 5950-52TM, Version: V2.05.11B12' },
    }])
    // Without an id, the name is the id; the shape's own keys win over aliases.
    expect(parseInventory('[{"hostname": "rt-1", "vendor": "Huawei", "mac_address": "00e0-fc12-3456", "macs": ["00:e0:fc:00:00:01"]}]', { file: 'x.json' }).devices)
      .toEqual([{ id: 'rt-1', name: 'rt-1', manufacturer: 'Huawei', macs: ['00:e0:fc:00:00:01'] }])
  })
})

describe('API answers of monitoring and inventory tools', () => {
  it('reads a device list whose key is capitalised (Device42), with MACs given as objects', () => {
    const device42 = '{"Devices": [\n {"device_id": 17, "name": "olt-ams-01", "hw_model": "MA5800-X7", "mac_addresses": [{"mac": "d8:da:f1:00:11:22", "port_name": "mgmt0"}]}\n], "total_count": 1}\n'
    for (const text of [device42, device42.replaceAll('\n', '')]) {
      const { devices, diagnostics } = parseInventory(text, { file: 'devices.json' })
      expect(diagnostics).toEqual([])
      expect(devices).toEqual([{ id: '17', name: 'olt-ams-01', model: 'MA5800-X7', macs: ['d8:da:f1:00:11:22'] }])
    }
  })

  it('reads devices keyed by their ids (Observium), pretty-printed, on one line and in chunks', async () => {
    const observium = '{\n  "status": "ok",\n  "count": 2,\n  "devices": {\n    "12": {"device_id": "12", "hostname": "sw-1", "sysObjectID": ".1.3.6.1.4.1.2011.2.23.96", "hardware": "S5720-52X-SI-AC"},\n    "13": {"device_id": "13", "hostname": "cam-1", "lat": "52.5200", "lng": "13.4050"}\n  }\n}\n'
    const expected = [
      { id: '12', name: 'sw-1', model: 'S5720-52X-SI-AC', snmp: { sysObjectID: '1.3.6.1.4.1.2011.2.23.96' } },
      { id: '13', name: 'cam-1', lat: 52.52, lon: 13.405 },
    ]
    for (const chunks of [[observium], [...observium], [observium.replaceAll('\n', '')]]) {
      const { devices, codes: c, lines } = await collect(chunks, { file: 'devices.json' })
      expect(c).toEqual([])
      expect(devices).toEqual(expected)
      if (chunks.length > 1) expect(lines).toEqual([5, 6])
    }
    // A value of a devices object that is not a device is reported where it is.
    expect(codes('{\n  "devices": {\n "total": 2}\n}\n')).toEqual(['invalid_field@3'])
  })

  it('reads runZero asset exports: the first name (else address) is the name, its own guesses are no evidence', () => {
    // Trimmed records of runZero's /export/org/assets.json (also .jsonl, one a line).
    const switchAsset = {
      id: 'bf707048-7ce9-4249-a58c-0aaa257d69f0', addresses: ['192.0.2.3', 'fe80::2e0:fcff:fe12:3456'], addresses_extra: [], alive: true,
      names: ['sw-fra-01', 'sw-fra-01.example.net'], macs: ['00:e0:fc:12:34:56'], mac_vendors: ['Huawei Technologies Co.,Ltd'],
      hw: 'Huawei S5720', hw_vendor: 'Huawei', os: 'Huawei VRP', os_vendor: 'Huawei', os_version: '5.170', type: 'Switch', site_name: 'Primary',
      tags: { rack: 'A3' }, service_count: 3,
    }
    // Only runZero's fingerprint and MAC-vendor guesses name the maker here: nothing to identify by.
    const guessed = { id: 'c0707048-7ce9-4249-a58c-0aaa257d69f1', addresses: ['192.0.2.4'], names: [], newest_mac: null, mac_vendors: ['Huawei Technologies Co.,Ltd'], hw: 'Huawei S5720', os: 'Huawei VRP', type: 'Switch' }
    for (const [text, file] of [[JSON.stringify([switchAsset, guessed], null, 2), 'assets.json'], [`${JSON.stringify(switchAsset)}\n${JSON.stringify(guessed)}\n`, 'assets.jsonl']] as const) {
      const { devices, diagnostics } = parseInventory(text, { file })
      expect(diagnostics).toEqual([])
      expect(devices).toEqual([
        { id: switchAsset.id, name: 'sw-fra-01', site: 'Primary', model: 'Switch', macs: ['00:e0:fc:12:34:56'], addresses: ['192.0.2.3', 'fe80::2e0:fcff:fe12:3456'], firmware: { version: '5.170' } },
        { id: guessed.id, name: '192.0.2.4', model: 'Switch' },
      ])
    }
    const catalog = loadDefaultCatalog()
    const { devices } = parseInventory(JSON.stringify([switchAsset, guessed]), { file: 'assets.json' })
    expect(devices.map((d) => identify(d, catalog).group ?? 'unknown')).toEqual(['huawei', 'unknown'])
    // runZero's newest_mac alone (an export with chosen fields) is a MAC too.
    expect(parseInventory(JSON.stringify([{ id: 'a1', names: ['cam-1'], newest_mac: 'c0:56:e3:00:00:01' }]), { file: 'assets.json' }).devices)
      .toEqual([{ id: 'a1', name: 'cam-1', macs: ['c0:56:e3:00:00:01'] }])
  })

  it('reads the node list of OpenNMS, its asset record one level down (its node type is no model)', () => {
    const opennms = {
      node: [{
        id: '12', type: 'A', label: 'sw-fra-03', location: 'Default', labelSource: 'S', foreignSource: 'core', foreignId: 'sw3',
        sysObjectId: '.1.3.6.1.4.1.3902.3.100.15', sysName: 'sw-fra-03', sysLocation: 'Frankfurt DC1',
        sysDescription: 'ZXR10 5950-52TM, ZTE ZXR10 Software Version: V2.05.11B12',
        assetRecord: { id: 12, manufacturer: 'ZTE', vendor: '', modelNumber: 'ZXR10 5950-52TM', serialNumber: 'ZTE12345', latitude: 50.11, longitude: 8.68 },
        categories: [{ id: 1, name: 'Switches' }],
      }],
      count: 1, totalCount: 1, offset: 0,
    }
    for (const text of [JSON.stringify(opennms), JSON.stringify(opennms, null, 2)]) {
      const { devices, diagnostics } = parseInventory(text, { file: 'nodes.json' })
      expect(diagnostics).toEqual([])
      expect(devices).toEqual([{
        id: '12', name: 'sw-fra-03', site: 'Default', manufacturer: 'ZTE', model: 'ZXR10 5950-52TM', serial: 'ZTE12345',
        snmp: { sysObjectID: '1.3.6.1.4.1.3902.3.100.15', sysDescr: 'ZXR10 5950-52TM, ZTE ZXR10 Software Version: V2.05.11B12' }, lat: 50.11, lon: 8.68,
      }])
    }
  })

  it('reads Jamf Pro\'s computer inventory by the name in its general section and both MACs of its hardware section', () => {
    // GET /api/v1/computers-inventory?section=GENERAL&section=HARDWARE (the sections as in
    // jensenbox/python-jamf, docs/ComputerInventoryResponse.md, ComputerGeneral.md, ComputerHardware.md).
    const jamf = {
      totalCount: 2,
      results: [
        {
          id: '1', udid: '5ba3d5a2-0000-4d1c-a4d2-000000000001',
          general: { name: 'KIOSK-07', lastIpAddress: '10.20.0.7', platform: 'Windows', site: { id: '-1', name: 'None' } },
          hardware: { make: 'HUAWEI', model: 'MateBook D 14', serialNumber: '7CN0220520001234', macAddress: '3C:EF:8C:00:00:01', altMacAddress: '00:E0:FC:11:22:33' },
        },
        { id: '2', general: { name: 'MAC-0042' }, hardware: { make: 'Apple', model: 'MacBook Pro (16-inch, 2019)', serialNumber: 'C02XK0ABJG5J', macAddress: 'A4:83:E7:11:22:33' } },
      ],
    }
    const { devices, diagnostics } = parseInventory(JSON.stringify(jamf, null, 2), { file: 'computers.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '1', name: 'KIOSK-07', manufacturer: 'HUAWEI', model: 'MateBook D 14', serial: '7CN0220520001234', macs: ['3c:ef:8c:00:00:01', '00:e0:fc:11:22:33'] },
      { id: '2', name: 'MAC-0042', manufacturer: 'Apple', model: 'MacBook Pro (16-inch, 2019)', serial: 'C02XK0ABJG5J', macs: ['a4:83:e7:11:22:33'] },
    ])
  })

  it('reads device records of Netdisco (known by their sysName) and device tables of PRTG (by objid)', () => {
    const netdisco = [{
      ip: '192.0.2.11', dns: 'sw-fra-02.example.net', name: 'sw-fra-02', location: 'Frankfurt DC1', mac: '00:e0:fc:12:34:57', serial: '2102351234',
      model: 'S5720-52X-SI-AC', vendor: 'huawei', os: 'vrp', os_ver: '5.170', layers: '00000110', last_discover: '2026-11-30 08:00',
    }]
    expect(parseInventory(JSON.stringify(netdisco), { file: 'devices.json' }).devices).toEqual([{
      id: 'sw-fra-02', addresses: ['192.0.2.11'], name: 'sw-fra-02', site: 'Frankfurt DC1', manufacturer: 'huawei', model: 'S5720-52X-SI-AC', serial: '2102351234',
      macs: ['00:e0:fc:12:34:57'], firmware: { version: '5.170' },
    }])
    const prtg = '{"prtg-version":"23.1.82.2175","treesize":2,"devices":[{"objid":2040,"probe":"Local Probe","group":"Core","device":"rt-fra-01","host":"192.0.2.1"},{"objid":2041,"probe":"Local Probe","group":"Core","device":"rt-fra-01","host":"192.0.2.2"}]}'
    const { devices, diagnostics } = parseInventory(prtg, { file: 'devices.json' })
    // Two devices of one name are two devices: objid tells them apart.
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: '2040', addresses: ['192.0.2.1'], name: 'rt-fra-01' }, { id: '2041', addresses: ['192.0.2.2'], name: 'rt-fra-01' }])
  })

  it('reads Armis device records, their site an object with a name', () => {
    // Trimmed records of the Armis API's device list (also written one a line).
    const armis = {
      accessSwitch: 'sw-core-1', boundaries: 'Corporate', category: 'Network Equipment', customProperties: {}, displayTitle: 'cam-gate-2',
      id: 469, ipAddress: '192.0.2.60', ipv6: [], macAddress: 'C0:56:E3:00:00:02', manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I',
      name: 'cam-gate-2', names: 'cam-gate-2', operatingSystem: 'Embedded', operatingSystemVersion: 'V5.7.3', riskLevel: 80,
      sensor: { name: 'sw-core-1', type: 'Access Switch' }, site: { location: 'Geneva', name: 'Geneva Enterprise' }, tags: ['Camera'],
      type: 'IP Cameras', typeEnum: 'IP_CAMERA',
    }
    const { devices, diagnostics } = parseInventory(`${JSON.stringify(armis)}\n`, { file: 'armis.jsonl' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{
      id: '469', addresses: ['192.0.2.60'], name: 'cam-gate-2', site: 'Geneva Enterprise', manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I',
      macs: ['c0:56:e3:00:00:02'], firmware: { version: 'V5.7.3' },
    }])
  })

  it('reads JSON:API resources (Auvik, Open-AudIT) by their attributes, with the resource id', () => {
    const auvik = '{"data":[{"type":"device","id":"123456789","attributes":{"deviceName":"sw-branch-02","deviceType":"switch","makeModel":"Huawei S5720-28X-LI-AC","vendorName":"Huawei","serialNumber":"2102351234ABC"}}],"links":{}}'
    const { devices, diagnostics } = parseInventory(auvik, { file: 'auvik.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: '123456789', name: 'sw-branch-02', manufacturer: 'Huawei', model: 'Huawei S5720-28X-LI-AC', serial: '2102351234ABC' }])
  })

  it('reads ManageEngine OpManager\'s device list by the name it shows (displayName), and a Windows computer\'s "Microsoft" as the vendor of its operating system', () => {
    // `GET /api/json/device/listDevices` answers a bare array of records, as a published
    // connector's documentation of OpManager's records shows them: `deviceName` is OpManager's own
    // key (the address, or the address and the object id), `displayName` the name shown, and a
    // computer's device template names its operating system and that system's vendor. The switch
    // was named "10.170.1.1", and the desktop declared Microsoft's.
    const answer = [
      { id: '20000000022', displayName: '10.170.2.55', deviceName: '10.170.2.55.20000000001', ipaddress: '10.170.2.55', type: 'Windows 10', vendorName: 'Microsoft', category: 'Desktop', statusStr: 'UnManaged', probeName: 'ECGProbe3', mapName: 'Desktops_Map.netmap', addedTime: '18 Sep 2024 06:26:58 PM UTC', moid: 20000000022, isSNMP: false, interfaceCount: 0 },
      { id: '20000000031', displayName: 'core-sw-01', deviceName: '10.170.1.1', ipaddress: '10.170.1.1', type: 'Huawei S5720-28X-LI-AC', vendorName: 'Huawei', category: 'Switch', statusStr: 'Clear', moid: 20000000031, isSNMP: true, interfaceCount: 28 },
      { id: '20000000040', displayName: 'srv-app-02', deviceName: 'srv-app-02', ipaddress: '10.170.4.2', type: 'Windows 2019', vendorName: 'Dell Inc.', category: 'Server', statusStr: 'Clear', moid: 20000000040, isSNMP: true, interfaceCount: 2 },
    ]
    const { devices, diagnostics } = parseInventory(JSON.stringify(answer, null, 2), { file: 'listDevices.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '20000000022', name: '10.170.2.55', model: 'Windows 10' },
      { id: '20000000031', addresses: ['10.170.1.1'], name: 'core-sw-01', manufacturer: 'Huawei', model: 'Huawei S5720-28X-LI-AC' },
      { id: '20000000040', addresses: ['10.170.4.2'], name: 'srv-app-02', manufacturer: 'Dell Inc.', model: 'Windows 2019' },
    ])
    const catalog = loadDefaultCatalog()
    expect(devices.map((d) => identify(d, catalog).group)).toEqual([undefined, 'huawei', 'dell'])
    // The same records as CSV (`jq -r` and `@csv` of these keys): the name column ranked first is
    // the name, as in any CSV, but Microsoft beside Windows declares nothing there either.
    const csv = 'id,displayName,deviceName,ipaddress,type,vendorName,category\r\n' +
      '20000000022,10.170.2.55,10.170.2.55.20000000001,10.170.2.55,Windows 10,Microsoft,Desktop\r\n'
    expect(parseInventory(csv, { file: 'listDevices.csv' }).devices).toEqual([{ id: '20000000022', name: '10.170.2.55.20000000001', model: 'Windows 10', addresses: ['10.170.2.55'] }])
    // A Surface beside its maker, and an address beside no name, stay as they were.
    expect(parseInventory('[{"id": "s1", "vendorName": "Microsoft Corporation", "type": "Surface Pro 7", "deviceName": "10.0.0.9"}]', { file: 'x.json' }).devices)
      .toEqual([{ id: 's1', name: '10.0.0.9', manufacturer: 'Microsoft Corporation', model: 'Surface Pro 7' }])
  })

  it('reads a runZero asset with attributes as the asset it is, not as a JSON:API resource whose attributes hide its MACs and names', () => {
    // runZero's Asset (its API's SDK) has a `type` (the kind of asset) and `attributes` (a map of strings) beside its other fields.
    const asset = {
      id: '5a0b1c2d', type: 'Router', addresses: ['10.20.0.1'], names: ['core-fra-1'], macs: ['00:e0:fc:12:34:56'],
      mac_vendors: ['HUAWEI TECHNOLOGIES CO.,LTD'], hw: 'Huawei NE40E-X8', os: 'Huawei VRP', attributes: { 'ip.ttl.hops': '1' },
    }
    const { devices, diagnostics } = parseInventory(`${JSON.stringify(asset)}\n`, { file: 'runzero-assets.jsonl' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: '5a0b1c2d', addresses: ['10.20.0.1'], name: 'core-fra-1', model: 'Router', macs: ['00:e0:fc:12:34:56'] }])
  })

  it('reads a firmware version given alone and knows an unnamed device by its serial (Meraki)', () => {
    const meraki = '[{"name":"HQ-AP-01","serial":"Q2XD-ABCD-1234","model":"MR46","mac":"9c:e3:30:01:02:03","firmware":"wireless-29-6","lat":52.52,"lng":13.405},\n {"name":null,"serial":"Q2MV-IJKL-9012","model":"MV12WE","firmware":"camera-4-18","networkId":"L_1"}]'
    const { devices, diagnostics } = parseInventory(meraki, { file: 'meraki.json' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, d.name, d.firmware?.version])).toEqual([
      ['HQ-AP-01', 'HQ-AP-01', 'wireless-29-6'], ['Q2MV-IJKL-9012', undefined, 'camera-4-18'],
    ])
    // Nothing to know it by: still reported.
    expect(codes('[{"name": null, "networkId": "L_1"}]')).toEqual(['missing_id@1'])
    // A name written "Unknown" names nobody: such devices are not one device repeated.
    const unknowns = parseInventory('[{"name":"Unknown","serial":"SN-1"},{"name":"Unknown","serial":"SN-2"},{"name":"N/A","serial":"N/A"}]', { file: 'x.json' })
    expect(unknowns.devices.map((d) => d.id)).toEqual(['SN-1', 'SN-2'])
    expect(unknowns.diagnostics.map((d) => d.code)).toEqual(['missing_id'])
  })
})

describe('more list keys', () => {
  it('reads the list of an OData answer (Microsoft Graph: Intune) and of Aruba Central (aps, switches, gateways)', () => {
    const graph = '{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#deviceManagement/managedDevices","@odata.count":1,"value":[{"id":"705c034c","deviceName":"MATEBOOK-14","manufacturer":"HUAWEI","model":"KLVL-WXX9","serialNumber":"GKSBB21A06001234","wiFiMacAddress":"d8daf1001122","ethernetMacAddress":null}]}'
    expect(parseInventory(graph, { file: 'managedDevices.json' }).devices).toEqual([
      { id: '705c034c', name: 'MATEBOOK-14', manufacturer: 'HUAWEI', model: 'KLVL-WXX9', serial: 'GKSBB21A06001234', macs: ['d8:da:f1:00:11:22'] },
    ])
    // A laptop with a docking station's wired MAC: both are read, as both MAC columns of its CSV export are.
    const docked = graph.replace('"ethernetMacAddress":null', '"ethernetMacAddress":"00e0fc123456"')
    expect(parseInventory(docked, { file: 'managedDevices.json' }).devices[0]?.macs).toEqual(['d8:da:f1:00:11:22', '00:e0:fc:12:34:56'])
    for (const key of ['aps', 'switches', 'gateways']) {
      const aruba = `{"${key}": [\n{"name": "AP-Lobby", "serial": "CNF7K0ABCD", "macaddr": "20:4c:03:11:22:33", "model": "515", "firmware_version": "8.10.0.6"}\n], "count": 1}\n`
      expect(parseInventory(aruba, { file: 'central.json' }).devices, key).toEqual([
        { id: 'AP-Lobby', name: 'AP-Lobby', model: '515', serial: 'CNF7K0ABCD', macs: ['20:4c:03:11:22:33'], firmware: { version: '8.10.0.6' } },
      ])
    }
  })
})

describe('JSON-RPC answers', () => {
  it('reads a FortiManager answer (id first, results holding data lists), on one line, pretty-printed and in chunks', async () => {
    const answer = { id: 1, result: [{ data: [{ name: 'FGT-HQ', sn: 'FG100FTK21012345', platform_str: 'FortiGate-100F', ip: '10.9.0.1' }], status: { code: 0, message: 'OK' }, url: '/dvmdb/adom/root/device' }] }
    for (const text of [JSON.stringify(answer), JSON.stringify(answer, null, 2)]) {
      for (const chunks of [[text], [...text]]) {
        const { devices, codes: c } = await collect(chunks, { file: 'fmg.json' })
        expect(c).toEqual([])
        expect(devices).toEqual([{ id: 'FGT-HQ', addresses: ['10.9.0.1'], name: 'FGT-HQ', model: 'FortiGate-100F', serial: 'FG100FTK21012345' }])
      }
    }
    // A device with an id and other keys beside a result list is still a device.
    expect(parseInventory('{"id": "d1", "name": "x", "result": [1]}\n', { file: 'x.json' }).devices).toEqual([{ id: 'd1', name: 'x' }])
  })
})

describe('byte order marks', () => {
  it('reads a JSON array, JSON Lines and CSV that start with a BOM, named or not', async () => {
    for (const [text, file] of [
      ['\ufeff[{"id":"a"},{"id":"b"}]', 'x.json'], ['\ufeff{"id":"a"}\r\n{"id":"b"}\r\n', 'x.jsonl'],
      ['\ufeff[{"id":"a"},{"id":"b"}]', '-'], ['\ufeffid\r\na\r\nb\r\n', '-'],
    ] as const) {
      const { devices, diagnostics } = parseInventory(text, { file })
      expect(diagnostics, `${file} ${JSON.stringify(text)}`).toEqual([])
      expect(devices.map((d) => d.id)).toEqual(['a', 'b'])
    }
    // the mark in a first chunk of one character, the rest later
    const { devices } = await collect(['\ufeff', '[{"id":"a"}]'], { file: '-' })
    expect(devices.map((d) => d.id)).toEqual(['a'])
  })
})

describe('exports of network access control, OT monitoring, asset and automation tools', () => {
  const catalog = loadDefaultCatalog()
  const groups = (text: string, file: string) => parseInventory(text, { file }).devices.map((d) => identify(d, catalog).group ?? 'unknown')

  it('reads the endpoints of a ClearPass answer under _embedded.items, on one line, pretty-printed and in chunks', async () => {
    // GET /api/endpoint: a HAL answer, its list one level down.
    const answer = {
      _links: { self: { href: 'https://cppm.example.net/api/endpoint' } },
      _embedded: { items: [{ id: 4814, mac_address: 'c056e3000001', status: 'Known', attributes: {}, _links: { self: { href: 'https://cppm.example.net/api/endpoint/4814' } } }] },
    }
    for (const text of [JSON.stringify(answer), JSON.stringify(answer, null, 2)]) {
      for (const chunks of [[text], [...text]]) {
        const { devices, codes: c } = await collect(chunks, { file: 'endpoints.json' })
        expect(c).toEqual([])
        expect(devices).toEqual([{ id: '4814', macs: ['c0:56:e3:00:00:01'] }])
      }
    }
    expect(groups(JSON.stringify(answer), 'endpoints.json')).toEqual(['hikvision'])
    // An _embedded without a list is still no device list.
    expect(codes('{\n  "_embedded": {"total": 2}\n}\n')).toEqual(['malformed_json@1'])
  })

  it('reads Nozomi Networks assets: the product name is the model, its MAC vendor guess is left out', () => {
    // An asset of the Open API's query answer (`{"result": [...], "header": [...], "total": n}`), trimmed.
    const nozomi = {
      result: [{
        name: '192.0.2.44', level: '2', id: '03a0c54b-f196-4817-8198-66b06fba8739', ip: ['192.0.2.44'], mac_address: ['c0:56:e3:00:00:02'],
        mac_address_level: { 'c0:56:e3:00:00:02': 'confirmed' }, mac_vendor: ['Hangzhou Hikvision Digital Technology Co.,Ltd.'], os: '',
        vendor: 'Hikvision', 'vendor:info': { source: 'passive' }, firmware_version: 'V5.7.3', serial_number: 'E12345678',
        product_name: 'DS-2CD2143G2-I', 'product_name:info': { source: 'passive' }, type: 'camera', zones: ['Lobby'], custom_fields: {},
      }],
      header: ['name', 'level', 'id'], total: 1,
    }
    const { devices, diagnostics } = parseInventory(JSON.stringify(nozomi, null, 4), { file: 'assets.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{
      id: '03a0c54b-f196-4817-8198-66b06fba8739', name: '192.0.2.44', manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I', serial: 'E12345678',
      macs: ['c0:56:e3:00:00:02'], firmware: { version: 'V5.7.3' },
    }])
  })

  it('reads GLPI network equipment by its dropdown names, and skips the row ids written where they are not expanded', () => {
    // GET /apirest.php/NetworkEquipment?expand_dropdowns=true; the second as GLPI writes an empty dropdown, or any without expanding.
    const glpi = [
      { id: 1, entities_id: 'Root entity', name: 'sw-glpi-1', serial: '2102351234', otherserial: 'INV-9', locations_id: 'Bologna > CED', networkequipmenttypes_id: 'Switch', networkequipmentmodels_id: 'S5720-28X-LI-AC', manufacturers_id: 'Huawei', networkequipmentfirmwares_id: 'V200R019C10', is_deleted: 0 },
      { id: 2, name: 'sw-glpi-2', locations_id: 3, manufacturers_id: 12, networkequipmentmodels_id: 0, networkequipmenttypes_id: 0, serial: '' },
    ]
    const { devices, diagnostics } = parseInventory(JSON.stringify(glpi), { file: 'glpi.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '1', name: 'sw-glpi-1', site: 'Bologna > CED', manufacturer: 'Huawei', model: 'S5720-28X-LI-AC', serial: '2102351234', firmware: { version: 'V200R019C10' } },
      { id: '2', name: 'sw-glpi-2' },
    ])
  })

  it('refuses an API\'s answer to a failed request (JSON-RPC error, GraphQL errors, Kaseya VSA error) with its message, where it was a device or a record without an id', async () => {
    // JSON-RPC 2.0, 5.1 Error object (Zabbix answers so); GraphQL, Response: errors without data;
    // Kaseya VSA's REST response model (Result, ResponseCode, Status, Error).
    const answers: [unknown, string][] = [
      [{ jsonrpc: '2.0', error: { code: -32602, message: 'Invalid params.', data: 'Not authorised.' }, id: 1 }, 'Invalid params. Not authorised.'],
      [{ errors: [{ message: 'Unauthorized: invalid token', extensions: { code: 'UNAUTHENTICATED' } }], data: null }, 'Unauthorized: invalid token'],
      [{ Result: null, ResponseCode: 401, Status: 'Unauthorized', Error: 'Session expired, please authenticate again' }, 'Session expired, please authenticate again (response code 401)'],
      // TP-Link Omada's Open API (Open API Access Guide, 1.2 General Error Code In Result) and Armis's API.
      [{ errorCode: -44112, msg: 'The access token has expired. Please re-initiate the refreshToken process to obtain the access token.' }, 'The access token has expired. Please re-initiate the refreshToken process to obtain the access token. (error code -44112)'],
      [{ message: 'Invalid access token.', success: false }, 'Invalid access token.'],
    ]
    for (const [answer, message] of answers) {
      for (const text of [JSON.stringify(answer), JSON.stringify(answer, null, 2)]) {
        const { devices, diagnostics } = parseInventory(text, { file: 'answer.json' })
        expect(devices).toEqual([])
        expect(diagnostics.map((d) => d.code)).toEqual(['malformed_json'])
        expect(formatDiagnostic(diagnostics[0]!)).toContain(`an API's answer to a request that failed ("${message}")`)
      }
    }
    // An answer that succeeded is read as before.
    expect(parseInventory(JSON.stringify({ jsonrpc: '2.0', result: [{ hostid: '10084', host: 'sw-1' }], id: 1 }), { file: 'ok.json' }).devices).toEqual([{ id: '10084', name: 'sw-1' }])
    expect(parseInventory(JSON.stringify({ TotalRecords: 1, Result: [{ ComputerName: 'PC-1' }], ResponseCode: 0, Status: 'OK', Error: 'None' }), { file: 'ok.json' }).devices).toEqual([{ id: 'PC-1', name: 'PC-1' }])
  })

  it('reads a paged answer whose page is under the answer\'s list key: TP-Link Omada\'s clients and devices, Armis\'s search, also when cut short', () => {
    // Omada's Open API, GET /openapi/v1/{omadacId}/sites/{siteId}/clients (its documented response:
    // errorCode, msg, result with totalRows, currentPage, currentSize, data and clientStat), trimmed.
    // Both were refused as answers without a device list. A client's apMac, switchMac and
    // gatewayMac are the MACs of the access point, switch or gateway it is on, not its own; its
    // vendor is the controller's identification of it, no declaration.
    const clients = {
      errorCode: 0, msg: 'Success.',
      result: {
        totalRows: 2, currentPage: 1, currentSize: 100,
        data: [
          { id: 'c1', mac: 'E4-5F-01-11-22-33', name: 'reception-pc', hostName: 'reception-pc', vendor: 'Raspberry Pi Trading Ltd', connectDevType: 'ap', wireless: true, ssid: 'Office', apName: 'EAP-Lobby', apMac: '50-91-E3-AA-BB-CC', switchMac: '', gatewayMac: '', active: true },
          { id: 'c3', mac: '00-E0-FC-12-34-56', name: '', hostName: 'ont-wan', ip: '192.168.0.1', connectDevType: 'gateway', wireless: false, apMac: '', switchMac: '', gatewayMac: '40-ED-00-01-02-03', gatewayName: 'ER605', port: 1, active: true },
        ],
        clientStat: { total: 2, wireless: 1, wired: 1 },
      },
    }
    // Its device list (/sites/{siteId}/devices, as jokob-sk/NetAlertX's Omada plugin reads it): a
    // device's uplinkDeviceMac is the switch it hangs off.
    const devices = { errorCode: 0, msg: 'Success.', result: { totalRows: 1, currentPage: 1, currentSize: 10, data: [{ mac: '40-ED-00-77-88-99', name: 'SG2210P-core', type: 'switch', model: 'SG2210P', ip: '192.168.0.2', status: 1, sn: '22345A0001234', site: 'HQ', uplinkDeviceMac: '40-ED-00-01-02-03', lastSeen: 1700000000000 }] } }
    // Armis's search API (GET /api/v1/search/?aql=in:devices ...), as demisto/content's Armis
    // integration tests answer it: {"data": {"results": [...], ...}}.
    const armis = { data: { count: 1, next: null, prev: null, results: [{ id: 469, name: 'cam-gate-2', ipAddress: '192.0.2.60', macAddress: 'C0:56:E3:00:00:02', manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I', site: { location: 'Geneva', name: 'Geneva Enterprise' } }], total: 1 }, success: true }
    const expected = [
      [clients, [{ id: 'c1', name: 'reception-pc', macs: ['e4:5f:01:11:22:33'] }, { id: 'c3', addresses: ['192.168.0.1'], name: 'ont-wan', macs: ['00:e0:fc:12:34:56'] }]],
      [devices, [{ id: 'SG2210P-core', addresses: ['192.168.0.2'], name: 'SG2210P-core', site: 'HQ', model: 'SG2210P', serial: '22345A0001234', macs: ['40:ed:00:77:88:99'] }]],
      [armis, [{ id: '469', addresses: ['192.0.2.60'], name: 'cam-gate-2', site: 'Geneva Enterprise', manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I', macs: ['c0:56:e3:00:00:02'] }]],
    ] as const
    for (const [answer, read] of expected) {
      for (const text of [JSON.stringify(answer), JSON.stringify(answer, null, 2)]) {
        const { devices: got, diagnostics } = parseInventory(text, { file: 'answer.json' })
        expect(diagnostics).toEqual([])
        expect(got).toEqual(read)
      }
    }
    // Cut short after the first client: that client is read, and the cut is reported at its line.
    const text = JSON.stringify(clients, null, 2)
    const cut = text.slice(0, text.indexOf('"id": "c3"'))
    const { devices: got, diagnostics } = parseInventory(cut, { file: 'clients.json' })
    expect(got.map((d) => d.id)).toEqual(['c1'])
    expect(diagnostics.map((d) => d.code)).toEqual(['malformed_json'])
    expect(formatDiagnostic(diagnostics[0]!)).toContain('it was cut short')
  })

  it('reads Junos Space\'s device list, its devices an array under "device" beside the collection\'s attributes', () => {
    // GET /api/space/device-management/devices as JSON (um-flint/space-device42 reads
    // `r.json()['devices']['device']`; the fields as dlete/juniper-csd-api's examples show a device).
    // The attributes were each reported as a device that is not an object, and no device was read.
    const answer = {
      devices: {
        '@uri': '/api/space/device-management/devices', '@size': '2',
        device: [
          { '@key': '31358978', '@uri': '/api/space/device-management/devices/31358978', name: 'dist2-testlab', deviceFamily: 'junos', OSVersion: '19.2R3.5', platform: 'MX104', serialNumber: 'BB606', ipAddr: '87.44.48.100', managedStatus: 'In Sync', connectionStatus: 'up' },
          { '@key': '31358990', '@uri': '/api/space/device-management/devices/31358990', name: 'ex-access-7', deviceFamily: 'junos-ex', OSVersion: '21.4R3-S4.9', platform: 'EX4300-48P', serialNumber: 'PE3718AF0123', ipAddr: '10.1.7.2', managedStatus: 'Out Of Sync', connectionStatus: 'down' },
        ],
      },
    }
    for (const text of [JSON.stringify(answer), JSON.stringify(answer, null, 2)]) {
      const { devices, diagnostics } = parseInventory(text, { file: 'space-devices.json' })
      expect(diagnostics).toEqual([])
      expect(devices).toEqual([
        { id: 'dist2-testlab', name: 'dist2-testlab', model: 'MX104', serial: 'BB606', firmware: { version: '19.2R3.5' } },
        { id: 'ex-access-7', name: 'ex-access-7', model: 'EX4300-48P', serial: 'PE3718AF0123', firmware: { version: '21.4R3-S4.9' } },
      ])
    }
    // Observium's devices keyed by id are read as before.
    expect(parseInventory('{"status": "ok", "devices": {"12": {"device_id": "12", "hostname": "sw-1"}}}', { file: 'obs.json' }).devices).toEqual([{ id: '12', name: 'sw-1' }])
  })

  it('reads i-doit\'s objects (cmdb.objects.read) by their title, with their CMDB status', () => {
    // The i-doit knowledge base's example answer of cmdb.objects.read, trimmed. The objects were
    // read as bare ids: no name, no status.
    const answer = {
      id: 1, jsonrpc: '2.0',
      result: [
        { id: '26', title: 'sw-core-01', sysid: 'SYSID_1651224253', type: '10', created: '2022-04-29 11:23:47', updated: '2022-04-29 11:24:53', type_title: 'Switch', type_icon: 'images/icons/silk/computer.png', type_group_title: null, status: '2', cmdb_status: '6', cmdb_status_title: 'in operation' },
        { id: '27', title: 'cam-gate-01', sysid: 'SYSID_1651224275', type: '47', type_title: 'IP camera', status: '2', cmdb_status: '11', cmdb_status_title: 'stored' },
      ],
    }
    const { devices, diagnostics } = parseInventory(JSON.stringify(answer, null, 2), { file: 'idoit-objects.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: '26', name: 'sw-core-01', status: 'in operation' }, { id: '27', name: 'cam-gate-01', status: 'stored' }])
    // cmdb.object.read answers one object, as its result.
    const one = { jsonrpc: '2.0', result: { id: '1000', title: 'ESXi1', sysid: 'VHOST_1426338622', objecttype: '58', type_title: 'Virtual host', status: '2', cmdb_status: '6', cmdb_status_title: 'in operation' }, id: 1 }
    expect(parseInventory(JSON.stringify(one), { file: 'idoit-object.json' }).devices).toEqual([{ id: '1000', name: 'ESXi1', status: 'in operation' }])
  })

  it('reads Ralph\'s data center assets with the manufacturer their model record names, and their rack\'s data center as the site', () => {
    // GET /api/data-center-assets/ (a Django REST framework page), its records as allegro/ralph's
    // docs/api.md shows one, trimmed. The manufacturer under the model was lost: Dell's server and
    // Huawei's firewall were declared by nobody.
    const page = {
      count: 2, next: null, previous: null,
      results: [
        { id: 11105, url: 'http://ralph.example/api/data-center-assets/11105/', hostname: 'aws-proxy-1.my-dc', status: 'used', sn: '12345', barcode: '54321', price: '55500.00', position: 12, orientation: 'front',
          service_env: { id: 11, service: { id: 1, name: 'AWS Proxy' }, environment: { id: 2, name: 'prod' } },
          model: { id: 168, name: 'R630', type: 'data_center', cores_count: 8, has_parent: false, manufacturer: { id: 33, url: 'http://ralph.example/api/manufacturers/33/', name: 'Dell' } },
          rack: { id: 15, name: 'Rack 123', server_room: { id: 1, name: 'Room 1', data_center: { id: 99, name: 'New York' } } } },
        { id: 11106, hostname: 'fw-edge-2.my-dc', status: 'new', sn: '2102351234ABC', barcode: '54322', model: { id: 201, name: 'USG6650', type: 'data_center', manufacturer: { id: 40, name: 'Huawei' } } },
      ],
    }
    const { devices, diagnostics } = parseInventory(JSON.stringify(page, null, 2), { file: 'ralph-assets.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '11105', name: 'aws-proxy-1.my-dc', site: 'New York', manufacturer: 'Dell', model: 'R630', serial: '12345', status: 'used' },
      { id: '11106', name: 'fw-edge-2.my-dc', manufacturer: 'Huawei', model: 'USG6650', serial: '2102351234ABC', status: 'new' },
    ])
    // A manufacturer of the record's own is not replaced by its model's.
    expect(parseInventory(JSON.stringify([{ id: 1, hostname: 'x', manufacturer: { name: 'Lenovo' }, model: { name: 'SR650', manufacturer: { name: 'IBM' } } }]), { file: 'a.json' }).devices)
      .toEqual([{ id: '1', name: 'x', manufacturer: 'Lenovo', model: 'SR650' }])
  })

  it('reads Ubiquiti UISP\'s devices by their identification section, without the device they are uplinked to, their roles mapped', () => {
    // GET /nms/api/v2.1/devices: a bare array of Device records, each known by its
    // `identification` (id, name, mac, model, modelName, serialNumber, firmwareVersion, site,
    // role, type), as nycmeshnet/meshdb types them from UISP's Swagger file. `uplinkDevice`
    // holds the identification of another device. Every role was an error.
    const ident = (id: string, name: string, mac: string, model: string, role: string, site: string) =>
      ({ id, name, displayName: name, hostname: name, mac, model, modelName: model, serialNumber: mac.replaceAll(':', '').toUpperCase(), firmwareVersion: 'v8.7.11', category: 'wireless', type: 'airMax', role, site: { id: `s-${site}`, name: site, status: 'active', type: 'site' } })
    const devices = [
      { enabled: true, identification: ident('d1', 'AP-North-Sector', '74:83:c2:11:22:33', 'R5AC-PTMP', 'ap', 'North Tower'), ipAddress: '10.20.0.2/24', overview: { status: 'active', cpu: 12 }, uplinkDevice: { identification: { id: 'd0', name: 'core-rt', mac: '00:e0:fc:99:88:77', model: 'UNKNOWN' } } },
      { enabled: true, identification: ident('d2', 'BH-North-South', '74:83:c2:44:55:66', 'AF60-LR', 'ptp', 'North Tower'), ipAddress: '10.20.0.3/24' },
      { enabled: true, identification: ident('d3', 'CPE-Smith', 'e0:63:da:77:88:99', 'LBE-5AC-Gen2', 'station', 'Smith residence'), ipAddress: '10.20.1.17/24', uplinkDevice: { identification: { id: 'd1', name: 'AP-North-Sector', mac: '74:83:c2:11:22:33', model: 'R5AC-PTMP' } } },
    ]
    const { devices: read, diagnostics } = parseInventory(JSON.stringify(devices, null, 2), { file: 'uisp-devices.json' })
    expect(diagnostics).toEqual([])
    expect(read.map((d) => [d.name, d.site, d.role, d.model, d.macs])).toEqual([
      ['AP-North-Sector', 'North Tower', 'access', 'R5AC-PTMP', ['74:83:c2:11:22:33']],
      ['BH-North-South', 'North Tower', 'transport', 'AF60-LR', ['74:83:c2:44:55:66']],
      ['CPE-Smith', 'Smith residence', 'cpe', 'LBE-5AC-Gen2', ['e0:63:da:77:88:99']],
    ])
  })

  it('refuses a JSON-RPC answer whose result holds no device list, on one line as pretty-printed, where one line was a device named by the request id', () => {
    // Zabbix's apiinfo.version and host.create answers (JSON-RPC 2.0: the `id` is the request's).
    for (const answer of [{ jsonrpc: '2.0', result: '7.0.0', id: 1 }, { jsonrpc: '2.0', result: { hostids: ['10105'] }, id: 1 }]) {
      for (const text of [JSON.stringify(answer), JSON.stringify(answer, null, 2)]) {
        const { devices, diagnostics } = parseInventory(text, { file: 'answer.json' })
        expect(devices).toEqual([])
        expect(diagnostics.map((d) => [d.code, d.at.line])).toEqual([['malformed_json', 1]])
        expect(formatDiagnostic(diagnostics[0]!)).toContain('the top-level object has no list of devices')
      }
    }
    // One record as the result is that record, as Kaseya VSA's under its Result.
    expect(parseInventory(JSON.stringify({ jsonrpc: '2.0', result: { hostid: '10084', host: 'sw-1' }, id: 1 }), { file: 'one.json' }).devices).toEqual([{ id: '10084', name: 'sw-1' }])
  })

  it('reads Domotz\'s devices without the vendor it discovered from their MAC, and with what the user wrote in user_data first', () => {
    // GET /agent/{agent_id}/device, records of domotz/terraform-provider-domotz's Device
    // (internal/client/models.go: `vendor` auto-discovered, "Ubiquiti Inc"; `user_data` the user's
    // name, vendor and model). The vendor restates the IEEE entry of the MAC read beside it: the
    // camera was declared Hikvision's by it, one registry entry counted as two pieces of evidence.
    const devices = [
      { id: 1001, agent_id: 55, display_name: 'Lobby camera', protocol: 'IP', ip_addresses: ['192.168.10.21'], vendor: 'Hangzhou Hikvision Digital Technology Co.,Ltd.', model: 'DS-2CD2143G2-I', user_data: {}, importance: 'VITAL', hw_address: 'C0:56:E3:11:22:33' },
      { id: 1003, agent_id: 55, display_name: 'Laptop', protocol: 'IP', ip_addresses: ['192.168.10.50'], vendor: 'Hon Hai Precision Ind. Co.,Ltd.', user_data: { vendor: 'Huawei', model: 'MateBook 14' }, importance: 'FLOATING', hw_address: '00:01:6C:AA:BB:CC' },
    ]
    const { devices: read, diagnostics } = parseInventory(JSON.stringify(devices, null, 2), { file: 'domotz-devices.json' })
    expect(diagnostics).toEqual([])
    expect(read).toEqual([
      { id: '1001', name: 'Lobby camera', model: 'DS-2CD2143G2-I', macs: ['c0:56:e3:11:22:33'], addresses: ['192.168.10.21'] },
      { id: '1003', name: 'Laptop', manufacturer: 'Huawei', model: 'MateBook 14', macs: ['00:01:6c:aa:bb:cc'], addresses: ['192.168.10.50'] },
    ])
    const catalog = loadDefaultCatalog()
    const camera = identify(read[0]!, catalog)
    expect(camera.group).toBe('hikvision')
    expect(camera.evidence.map((e) => e.method)).not.toContain('declared')
    expect(identify(read[1]!, catalog).group).toBe('huawei')
  })

  it('reads Lansweeper\'s Data API answer, its assets under data.site.assetResources.items, by their basic info and custom sections', async () => {
    // The GraphQL query `site(id) { assetResources(fields: [...]) { total items } }`
    // (DeskproApps/lansweeper, src/services/lansweeper/searchDevicesService.ts) with the fields of
    // panoramicdata/LanSweeper.Api's fragments (assetBasicInfo.name, ipAddress, mac, type;
    // assetCustom.manufacturer, model, serialNumber, location, stateName). It was refused as an
    // answer without a device list, and its items' names were taken for a related record's.
    const answer = { data: { site: { assetResources: { total: 2, pagination: { limit: 100, current: null, next: null, page: 'FIRST' }, items: [
      { key: 'NDAxZDE1M2QtQDEwNDI=', url: 'https://app.lansweeper.com/acme/asset/1042/summary', assetBasicInfo: { name: 'cam-lobby-01', domain: '', ipAddress: '192.0.2.40', mac: 'C0:56:E3:00:00:01', type: 'Camera', fqdn: '' }, assetCustom: { manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I', serialNumber: 'J12345678', location: 'HQ Frankfurt', stateName: 'Active' } },
      { key: 'NDAxZDE1M2QtQDEwNDM=', url: 'https://app.lansweeper.com/acme/asset/1043/summary', assetBasicInfo: { name: 'sw-01', ipAddress: '192.0.2.41', mac: '00:E0:FC:12:34:56', type: 'Switch' }, assetCustom: { manufacturer: 'Huawei', model: 'S5720-28X-SI-AC', serialNumber: '2102351234', location: 'Rack room 2', stateName: 'Active' } },
    ] } } } }
    for (const text of [JSON.stringify(answer), JSON.stringify(answer, null, 2)]) {
      const { devices, codes: c } = await collect([text], { file: 'lansweeper.json' })
      expect(c).toEqual([])
      expect(devices).toEqual([
        { id: 'cam-lobby-01', addresses: ['192.0.2.40'], name: 'cam-lobby-01', site: 'HQ Frankfurt', manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I', serial: 'J12345678', macs: ['c0:56:e3:00:00:01'], status: 'Active' },
        { id: 'sw-01', addresses: ['192.0.2.41'], name: 'sw-01', site: 'Rack room 2', manufacturer: 'Huawei', model: 'S5720-28X-SI-AC', serial: '2102351234', macs: ['00:e0:fc:12:34:56'], status: 'Active' },
      ])
    }
    // An answer with no list down its one path is still refused.
    const none = await collect([JSON.stringify({ data: { site: { name: 'acme', assetResources: { total: 0, items: [] } } } }, null, 2)], { file: 'empty.json' })
    expect(none.devices).toEqual([])
    expect(none.codes).toEqual(['malformed_json@1'])
  })

  it('reads ConnectWise Automate\'s computers by their ComputerName and their location\'s Name, never by their client\'s, nor its BIOS maker as theirs', () => {
    // GET /cwa/api/v1/Computers, records of `LabTech.Models.Computer` (asachs01/node-connectwise-automate,
    // src/types/computers.ts): the client and location are related records `{"Id", "Name"}`, and
    // `BiosManufacturer` is the maker of the BIOS (Insyde, American Megatrends), not of the computer.
    // Every computer was named after its client, with no site.
    const computers = [
      { Id: 101, ComputerName: 'ACME-PC-0042', FriendlyName: '', Client: { Id: 7, Name: 'Acme Ltd' }, Location: { Id: 3, Name: 'Berlin Office' }, Status: 'Online', Type: 'Workstation', OperatingSystemName: 'Microsoft Windows 11 Pro x64', OperatingSystemVersion: '10.0.22631', LocalIPAddress: '10.10.1.42', MACAddress: 'D8-DA-F1-00-11-22', SerialNumber: 'HWK1234567', BiosManufacturer: 'Insyde Corp.', BiosFlash: '1.23' },
      { Id: 103, ComputerName: 'ACME-PC-0050', Client: { Id: 7, Name: 'Acme Ltd' }, Location: { Id: 4, Name: 'Shenzhen' }, Type: 'Workstation', OperatingSystemName: 'Microsoft Windows 10 Pro x64', MACAddress: '3C-97-0E-00-11-22', SerialNumber: 'PF3ABCDE', BiosManufacturer: 'LENOVO' },
    ]
    const { devices, diagnostics } = parseInventory(JSON.stringify(computers, null, 2), { file: 'Computers.json' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, d.name, d.site, d.manufacturer, d.serial, d.macs])).toEqual([
      ['101', 'ACME-PC-0042', 'Berlin Office', undefined, 'HWK1234567', ['d8:da:f1:00:11:22']],
      ['103', 'ACME-PC-0050', 'Shenzhen', undefined, 'PF3ABCDE', ['3c:97:0e:00:11:22']],
    ])
    expect(identify(devices[0]!, loadDefaultCatalog()).group).toBe('huawei')
  })

  it('reads Snipe-IT hardware with its MAC in a custom field, and never names a device after a related record', () => {
    // GET /api/v1/hardware: an unnamed asset; its status label, category and location are records with their own id and name.
    const snipe = {
      total: 1,
      rows: [{
        id: 17, name: null, asset_tag: 'A-0017', serial: '2102351234', model: { id: 3, name: 'S5720-28X-LI-AC' }, model_number: 'S5720-28X-LI-AC',
        status_label: { id: 1, name: 'Ready to Deploy', status_type: 'deployable', status_meta: 'deployable' }, category: { id: 2, name: 'Switches' },
        manufacturer: { id: 4, name: 'Huawei' }, location: { id: 1, name: 'HQ' },
        custom_fields: { 'MAC Address': { field: '_snipeit_mac_address_1', value: '00:E0:FC:12:34:56', field_format: 'MAC', element: 'text' } },
      }],
    }
    const { devices, diagnostics } = parseInventory(JSON.stringify(snipe), { file: 'hardware.json' })
    expect(diagnostics).toEqual([])
    // Unnamed, it is named by its asset tag; its location is the site, by its name.
    expect(devices).toEqual([{ id: '17', name: 'A-0017', site: 'HQ', manufacturer: 'Huawei', model: 'S5720-28X-LI-AC', serial: '2102351234', macs: ['00:e0:fc:12:34:56'], status: 'Ready to Deploy' }])
  })

  it('reads Tenable asset exports and Defender for Endpoint machines by their names, and their OS guesses are no evidence', () => {
    // A Tenable Vulnerability Management asset export chunk: lists of names and addresses.
    const tenable = [{ id: '0a1b2c3d-1111-2222-3333-444455556666', has_agent: false, ipv4s: ['192.0.2.1'], ipv6s: [], fqdns: ['rt-1.example.net'], hostnames: ['rt-1'], mac_addresses: ['00:e0:fc:12:34:56'], netbios_names: [], operating_systems: ['Huawei VRP'], system_types: ['router'] }]
    const guessed = [{ ...tenable[0], id: 'b', hostnames: [], fqdns: [], mac_addresses: [] }]
    expect(parseInventory(JSON.stringify([...tenable, ...guessed]), { file: 'assets.json' }).devices).toEqual([
      { id: '0a1b2c3d-1111-2222-3333-444455556666', addresses: ['192.0.2.1'], name: 'rt-1', macs: ['00:e0:fc:12:34:56'] },
      { id: 'b', name: '192.0.2.1' },
    ])
    expect(groups(JSON.stringify([...tenable, ...guessed]), 'assets.json')).toEqual(['huawei', 'unknown'])
    // GET /api/machines of Defender for Endpoint (an OData answer).
    const defender = '{"@odata.context":"https://api.securitycenter.microsoft.com/api/$metadata#Machines","value":[{"id":"1e5bc9d7e413ddd7902c2932e418702b84d0cc07","computerDnsName":"mymachine1.contoso.com","osPlatform":"Windows10","version":"1709","lastIpAddress":"172.17.230.209","healthStatus":"Active"}]}'
    expect(parseInventory(defender, { file: 'machines.json' }).devices).toEqual([
      { id: '1e5bc9d7e413ddd7902c2932e418702b84d0cc07', name: 'mymachine1.contoso.com', addresses: ['172.17.230.209'], firmware: { version: '1709' } },
    ])
  })

  it('reads UniFi devices and clients and Meraki clients as their APIs answer', () => {
    const unifi = { meta: { rc: 'ok' }, data: [{ _id: '5f1a2b3c4d5e6f7a8b9c0d1e', ip: '192.0.2.2', mac: '74:83:c2:00:00:01', model: 'US48P500', type: 'usw', version: '6.5.59.14777', adopted: true, name: 'sw-core', serial: '7483C2000001' }] }
    for (const text of [JSON.stringify(unifi), JSON.stringify(unifi, null, 2)]) {
      expect(parseInventory(text, { file: 'stat-device.json' }).devices).toEqual([
        { id: '5f1a2b3c4d5e6f7a8b9c0d1e', addresses: ['192.0.2.2'], name: 'sw-core', model: 'US48P500', serial: '7483C2000001', macs: ['74:83:c2:00:00:01'], firmware: { version: '6.5.59.14777' } },
      ])
    }
    const meraki = [{ id: 'k74272e', mac: 'c0:56:e3:00:00:01', description: 'cam-lobby', ip: '192.0.2.5', ip6: null, manufacturer: 'Hikvision', os: null, recentDeviceSerial: 'Q234-ABCD-5678', recentDeviceName: 'sw-1', recentDeviceMac: '00:18:0a:00:00:01', status: 'Online', usage: { sent: 1, recv: 2 } }]
    expect(parseInventory(JSON.stringify(meraki), { file: 'clients.json' }).devices).toEqual([
      { id: 'k74272e', name: '192.0.2.5', macs: ['c0:56:e3:00:00:01'] },
    ])
  })

  it('reads OPNsense\'s ARP table without the manufacturer it looked up from each MAC\'s OUI', () => {
    // /api/diagnostics/interface/getArp, whose entries opnsense/core's
    // src/opnsense/scripts/interfaces/list_arp.py writes: `manufacturer` is netaddr's registration
    // of the MAC's OUI. Read as declared, the camera weighed 0.9 on one registry entry.
    const arp = [
      { mac: 'c0:56:e3:11:22:33', ip: '192.168.1.21', intf: 'igb1', expired: false, expires: 1179, permanent: false, type: 'ethernet', manufacturer: 'Hangzhou Hikvision Digital Technology Co.,Ltd.', hostname: 'cam-lobby', intf_description: 'LAN' },
      { mac: '00:01:6c:aa:bb:cc', ip: '192.168.1.50', intf: 'igb1', manufacturer: 'FOXCONN', hostname: '' },
    ]
    const { devices, diagnostics } = parseInventory(JSON.stringify(arp), { file: 'arp.json' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, d.manufacturer])).toEqual([['cam-lobby', undefined], ['192.168.1.50', undefined]])
    const catalog = loadDefaultCatalog()
    const camera = identify(devices[0]!, catalog)
    expect([camera.group, camera.confidence, camera.evidence.map((e) => e.method)]).toEqual(['hikvision', identify({ id: 'mac-only', macs: ['c0:56:e3:11:22:33'] }, catalog).confidence, ['oui']])
    expect(identify(devices[1]!, catalog).evidence.map((e) => e.method)).not.toContain('declared')
  })

  it('reads Meraki\'s clients without the manufacturer Meraki read from their MAC: the MAC alone weighs, and a module maker is no brand', () => {
    // GET /networks/{networkId}/clients, as the Dashboard API answers it (cradcli1/personal-id-system,
    // Servers/README.md: `"manufacturer": "Apple"` beside the client's `mac`). The manufacturer is
    // the registry's name of the MAC's block: read as declared, the camera weighed 0.9 on one
    // registry entry, and the laptop was declared Hon Hai's, the maker of its Wi-Fi module.
    const clients = [
      { id: 'k74272e', mac: 'c0:56:e3:11:22:33', description: 'cam-lobby', ip: '192.0.2.21', ip6: '', user: null, firstSeen: 1518365681, lastSeen: 1526087474, manufacturer: 'Hangzhou Hikvision Digital Technology', os: null, recentDeviceSerial: 'Q234-ABCD-5678', recentDeviceName: 'My AP', recentDeviceMac: '00:18:0a:00:00:01', ssid: null, vlan: 10, switchport: '7', status: 'Online', notes: null },
      { id: 'e53624x', mac: '00:01:6c:aa:bb:cc', description: 'laptop-42', ip: '192.0.2.50', ip6: '', user: 'jdoe', firstSeen: 1518365681, lastSeen: 1526087474, manufacturer: 'Hon Hai', os: 'Windows 10', recentDeviceSerial: 'Q234-ABCD-5678', recentDeviceName: 'My AP', recentDeviceMac: '00:18:0a:00:00:01', ssid: 'Corp', vlan: 20, switchport: null, status: 'Online', notes: null },
    ]
    const { devices, diagnostics } = parseInventory(JSON.stringify(clients, null, 2), { file: 'clients.json' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => d.manufacturer)).toEqual([undefined, undefined])
    const catalog = loadDefaultCatalog()
    const camera = identify(devices[0]!, catalog)
    expect(camera.group).toBe('hikvision')
    expect(camera.evidence.map((e) => e.method)).toEqual(['oui'])
    expect(camera.confidence).toBe(identify({ id: 'mac-only', macs: ['c0:56:e3:11:22:33'] }, catalog).confidence)
    const laptop = identify(devices[1]!, catalog)
    expect(laptop.evidence.map((e) => e.method)).not.toContain('declared')
  })

  it('reads Cisco ISE endpoints from an ERS list (the MAC is the name), an ERS record and the OpenAPI list', async () => {
    // GET /ers/config/endpoint: the list names each endpoint by its MAC and gives nothing else.
    const list = { SearchResult: { total: 2, resources: [
      { id: '1c3d0e10-8c01-11e6-996c-525400b48521', name: 'C0:56:E3:00:00:01' },
      { id: '2c3d0e10-8c01-11e6-996c-525400b48521', name: 'printer-2' },
    ] } }
    for (const text of [JSON.stringify(list), JSON.stringify(list, null, 2)]) {
      for (const chunks of [[text], [...text]]) {
        const { devices, codes: c } = await collect(chunks, { file: 'endpoints.json' })
        expect(c).toEqual([])
        expect(devices).toEqual([
          { id: '1c3d0e10-8c01-11e6-996c-525400b48521', name: 'C0:56:E3:00:00:01', macs: ['c0:56:e3:00:00:01'] },
          { id: '2c3d0e10-8c01-11e6-996c-525400b48521', name: 'printer-2' },
        ])
      }
    }
    expect(groups(JSON.stringify(list), 'endpoints.json')).toEqual(['hikvision', 'unknown'])
    // The wrapper key in another case is found by both readers (a line of JSON Lines, a whole document).
    for (const file of ['endpoints.jsonl', 'endpoints.json']) {
      const { devices } = await collect([JSON.stringify({ searchresult: list.SearchResult })], { file })
      expect(devices.map((d) => d.id), file).toEqual(['1c3d0e10-8c01-11e6-996c-525400b48521', '2c3d0e10-8c01-11e6-996c-525400b48521'])
    }
    // GET /ers/config/endpoint/{id}: one record wrapped under its type; profileId is ISE's own profiling.
    const record = { ERSEndPoint: { id: '1c3d0e10-8c01-11e6-996c-525400b48521', name: '00:E0:FC:12:34:56', description: 'core switch', mac: '00:E0:FC:12:34:56', profileId: '3a91a150-8c00-11e6-996c-525400b48521', staticProfileAssignment: false, groupId: '3a88eec0-8c00-11e6-996c-525400b48521', staticGroupAssignment: false, portalUser: '', identityStore: '', identityStoreId: '' } }
    for (const text of [JSON.stringify(record), JSON.stringify(record, null, 4)]) {
      expect(parseInventory(text, { file: 'endpoint.json' }).devices).toEqual([
        { id: '1c3d0e10-8c01-11e6-996c-525400b48521', name: '00:E0:FC:12:34:56', macs: ['00:e0:fc:12:34:56'] },
      ])
      expect(groups(text, 'endpoint.json')).toEqual(['huawei'])
    }
    // GET /api/v1/endpoint (ISE 3.x OpenAPI): the asset attributes ISE holds for an endpoint.
    const openapi = [{ id: '4c3d0e10-8c01-11e6-996c-525400b48521', name: 'C0:56:E3:00:00:07', mac: 'C0:56:E3:00:00:07', vendor: 'Hikvision', productId: 'DS-2CD2143G2-I', serialNumber: 'E12345678', softwareRevision: 'V5.7.3', hardwareRevision: '1.0', ipAddress: '192.0.2.7', deviceType: 'IP Camera', profileId: '3a91a150-8c00-11e6-996c-525400b48521', groupId: '3a88eec0-8c00-11e6-996c-525400b48521' }]
    expect(parseInventory(JSON.stringify(openapi), { file: 'endpoints.json' }).devices).toEqual([{
      id: '4c3d0e10-8c01-11e6-996c-525400b48521', addresses: ['192.0.2.7'], name: 'C0:56:E3:00:00:07', manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I', serial: 'E12345678',
      macs: ['c0:56:e3:00:00:07'], firmware: { version: 'V5.7.3' },
    }])
  })

  it('reads Forescout hosts (the Web API list and one host with its properties); its classification is no evidence', async () => {
    // GET /api/hosts: each host's id, IP and MAC.
    const hosts = { hosts: [{ hostId: 3232235820, ip: '192.0.2.44', mac: 'c056e3000001' }, { hostId: 3232235777, ip: '192.0.2.1', mac: null }] }
    for (const text of [JSON.stringify(hosts), JSON.stringify(hosts, null, 2)]) {
      for (const chunks of [[text], [...text]]) {
        const { devices, codes: c } = await collect(chunks, { file: 'hosts.json' })
        expect(c).toEqual([])
        expect(devices).toEqual([
          { id: '3232235820', name: '192.0.2.44', macs: ['c0:56:e3:00:00:01'] },
          { id: '3232235777', name: '192.0.2.1' },
        ])
      }
    }
    expect(groups(JSON.stringify(hosts), 'hosts.json')).toEqual(['hikvision', 'unknown'])
    // GET /api/hosts/{id}: the host under `host`, each property an object holding its value.
    const host = { host: { id: 3232235820, ip: '192.0.2.44', mac: 'c056e3000001', fields: { hostname: { value: 'cam-lobby' }, vendor_classification: { value: 'Dahua IP Camera' }, online: { value: 'true' } } } }
    for (const text of [JSON.stringify(host), JSON.stringify(host, null, 2)]) {
      const { devices, diagnostics } = parseInventory(text, { file: 'host.json' })
      expect(diagnostics).toEqual([])
      expect(devices).toEqual([{ id: '3232235820', addresses: ['192.0.2.44'], name: 'cam-lobby', macs: ['c0:56:e3:00:00:01'] }])
      expect(groups(text, 'host.json')).toEqual(['hikvision'])
    }
    // Its `vendor` property is the vendor of the host's network card, read from the MAC: it was
    // read as the declared maker, the MAC's registry entry counted twice.
    const nic = { host: { id: 3232235821, ip: '192.0.2.45', mac: '3ce36b000002', fields: { hostname: { timestamp: 1700000000, value: 'cam-yard' }, vendor: { timestamp: 1700000000, value: 'Zhejiang Dahua Technology Co., Ltd.' }, online: { value: 'true' } } } }
    const { devices, diagnostics } = parseInventory(JSON.stringify(nic, null, 2), { file: 'host.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: '3232235821', addresses: ['192.0.2.45'], name: 'cam-yard', macs: ['3c:e3:6b:00:00:02'] }])
  })

  it('leaves out a vendor given beside the OUI it was read from (UniFi\'s clients), the MAC being read itself', () => {
    // The UniFi controller's clients carry its lookup of the MAC: `vendor` and `vendorOui`.
    const clients = [{ mac: '58:8c:81:11:22:33', vendor: 'Espressif Inc.', vendorOui: '588C81', name: 'plug-1', ip: '10.0.0.9' }]
    const { devices, diagnostics } = parseInventory(JSON.stringify(clients), { file: 'clients.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'plug-1', addresses: ['10.0.0.9'], name: 'plug-1', macs: ['58:8c:81:11:22:33'] }])
  })

  it('reads Claroty CTD assets (objects) and xDome devices; their MAC vendor readings are left out', () => {
    // GET /ranger/assets of CTD: the page's list is `objects`; MACs and addresses are lists.
    const ctd = {
      count_filtered: 1, count_in_page: 1, count_total: 1,
      objects: [{ asset_type: 2, asset_type__: 'eEndpoint', class_type: 'OT', criticality: 0, criticality__: 'eLow', id: 15, insight_names: [], ipv4: ['192.0.2.15'], last_seen: '2020-02-16T10:46:00+00:00', mac: ['00:E0:FC:00:00:15'], name: 'plc-gw', project_parsed: null, resource_id: '15-1', risk_level: 0, site_id: 1, site_name: 'site-1', vendor: 'Huawei', firmware: 'V200R019C10', virtual_zone_name: 'Endpoint: Other' }],
    }
    const { devices, diagnostics } = parseInventory(JSON.stringify(ctd, null, 2), { file: 'assets.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: '15', addresses: ['192.0.2.15'], name: 'plc-gw', site: 'site-1', manufacturer: 'Huawei', macs: ['00:e0:fc:00:00:15'], firmware: { version: 'V200R019C10' } }])
    // The devices of xDome's API (`{"devices": [...]}`), trimmed: `mac_oui_list` is xDome's reading of the MACs.
    const xdome = { devices: [{
      asset_id: 'DLUPOQD', uid: 'ea50eaa8-0fef-4ec2-9076-48bb98e85a4b', device_name: 'cam-gate-3', device_category: 'IoT', device_type: 'IP Camera',
      ip_list: ['192.0.2.60'], mac_list: ['c0:56:e3:00:00:03'], mac_oui_list: ['Hangzhou Hikvision Digital Technology Co.,Ltd.'], manufacturer: 'Hikvision',
      model: 'DS-2CD2143G2-I', model_family: null, serial_number: 'E12345679', site_name: 'Columbia', software_or_firmware_version: 'V5.7.3', os_version: null,
      slot_cards: null, retired: false,
    }, { uid: 'b1b2', device_name: null, ip_list: ['192.0.2.61'], mac_list: [], manufacturer: null, os_version: '10' }] }
    expect(parseInventory(JSON.stringify(xdome), { file: 'devices.json' }).devices).toEqual([
      { id: 'DLUPOQD', addresses: ['192.0.2.60'], name: 'cam-gate-3', site: 'Columbia', manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I', serial: 'E12345679', macs: ['c0:56:e3:00:00:03'], firmware: { version: 'V5.7.3' } },
      { id: 'b1b2', name: '192.0.2.61', firmware: { version: '10' } },
    ])
    expect(groups(JSON.stringify(xdome), 'devices.json')).toEqual(['hikvision', 'unknown'])
  })

  it('reads IP Fabric devices: the hardware serial over its own unique one, the platform when the model is empty, the OS family left out', () => {
    // POST /api/v7.0/tables/inventory/devices, trimmed: `sn` is IP Fabric's unique serial number,
    // `snHw` the device's own; `family` is the operating system ("ios"), `platform` the hardware.
    const answer = {
      data: [
        { id: '1001', sn: 'IPF-2102351234', snHw: '2102351234', hostname: 'sw-core-1', siteName: 'FRA', loginIp: '10.0.0.1', vendor: 'huawei', family: 'vrp', platform: 's5700', model: 'S5720-28X-SI-AC', version: '5.170', mac: '00e0.fc12.3456', devType: 'switch' },
        { id: '1002', sn: 'a15ff98', snHw: 'a15ff98', hostname: 'L21PE152', siteName: 'MPLS', loginIp: '10.21.254.152', vendor: 'cisco', family: 'ios', platform: 'i86bi_linux', model: '', version: '15.2(4)M1', mac: null, devType: 'router' },
        { id: '1003', sn: '7f3a2c81', snHw: 'E12345678', hostname: 'cam-1', siteName: 'RAM', loginIp: '10.0.5.9', vendor: 'hikvision', family: '', platform: '', model: 'DS-2CD2143G0-I', version: 'V5.6.3', mac: 'c0:56:e3:00:00:01', devType: 'camera' },
        { id: '1004', sn: 'ab12cd34', snHw: '', hostname: '', siteName: '_catch_all', loginIp: '10.0.9.9', vendor: '', family: '', platform: '', model: '', version: '', mac: '', devType: 'unknown' },
      ],
      _meta: { limit: 100, start: 0, count: 4, size: 4 },
    }
    const text = JSON.stringify(answer)
    const { devices, diagnostics } = parseInventory(text, { file: 'devices.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '1001', addresses: ['10.0.0.1'], name: 'sw-core-1', site: 'FRA', manufacturer: 'huawei', model: 'S5720-28X-SI-AC', serial: '2102351234', macs: ['00:e0:fc:12:34:56'], firmware: { version: '5.170' } },
      { id: '1002', addresses: ['10.21.254.152'], name: 'L21PE152', site: 'MPLS', manufacturer: 'cisco', model: 'i86bi_linux', serial: 'a15ff98', firmware: { version: '15.2(4)M1' } },
      { id: '1003', addresses: ['10.0.5.9'], name: 'cam-1', site: 'RAM', manufacturer: 'hikvision', model: 'DS-2CD2143G0-I', serial: 'E12345678', macs: ['c0:56:e3:00:00:01'], firmware: { version: 'V5.6.3' } },
      { id: '1004', name: '10.0.9.9', site: '_catch_all', serial: 'ab12cd34' },
    ])
    expect(groups(text, 'devices.json')).toEqual(['huawei', 'cisco', 'hikvision', 'unknown'])
  })

  it('reads Infoblox NetMRI devices by their Device* fields; its OUI reading is left out', () => {
    // GET /api/3/devices: `DeviceOUI` is NetMRI's reading of the MAC, `DeviceType` its category.
    const answer = {
      current: 2, start: 0, limit: 1000, total: 2,
      devices: [
        { DeviceID: 11, DeviceName: 'sw-core-1', DeviceIPDotted: '10.0.0.1', DeviceMAC: '00:e0:fc:12:34:56', DeviceVendor: 'Huawei', DeviceModel: 'S5720-28X-SI-AC', DeviceVersion: 'V200R019C10', DeviceType: 'Switch', DeviceSysName: 'sw-core-1', DeviceSysDescr: 'Huawei Versatile Routing Platform Software', DeviceOUI: 'Huawei' },
        { DeviceID: 12, DeviceName: '', DeviceIPDotted: '10.0.0.2', DeviceMAC: '', DeviceVendor: '', DeviceModel: '', DeviceVersion: '', DeviceSysName: 'gw-2', DeviceSysDescr: '', DeviceOUI: 'Hikvision' },
      ],
    }
    const text = JSON.stringify(answer)
    expect(parseInventory(text, { file: 'devices.json' }).devices).toEqual([
      { id: '11', addresses: ['10.0.0.1'], name: 'sw-core-1', manufacturer: 'Huawei', model: 'S5720-28X-SI-AC', macs: ['00:e0:fc:12:34:56'], snmp: { sysDescr: 'Huawei Versatile Routing Platform Software' }, firmware: { version: 'V200R019C10' } },
      { id: '12', addresses: ['10.0.0.2'], name: 'gw-2' },
    ])
    expect(groups(text, 'devices.json')).toEqual(['huawei', 'unknown'])
  })

  it('reads ExtremeCloud IQ devices by their product type and Aruba Central inventory by its model, else its part number', () => {
    // GET /devices of ExtremeCloud IQ, trimmed: `product_type` is the model, `device_function` a category.
    const xiq = {
      page: 1, count: 2, total_pages: 1, total_count: 2,
      data: [
        { id: 917843, serial_number: '2102351234', mac_address: '00E0FC123456', device_function: 'SWITCH', product_type: 'S5720-28X-SI-AC', hostname: 'sw-1', ip_address: '10.0.0.1', software_version: 'V200R019C10' },
        { id: 917844, serial_number: '1234567890', mac_address: '', device_function: 'AP', product_type: 'AP_230', hostname: 'ap-1', ip_address: '10.0.0.2', software_version: '10.0r8' },
      ],
    }
    expect(parseInventory(JSON.stringify(xiq), { file: 'devices.json' }).devices).toEqual([
      { id: '917843', addresses: ['10.0.0.1'], name: 'sw-1', model: 'S5720-28X-SI-AC', serial: '2102351234', macs: ['00:e0:fc:12:34:56'], firmware: { version: 'V200R019C10' } },
      { id: '917844', addresses: ['10.0.0.2'], name: 'ap-1', model: 'AP_230', serial: '1234567890', firmware: { version: '10.0r8' } },
    ])
    // GET /platform/device_inventory/v1/devices of Aruba Central: the model may be empty.
    const central = {
      devices: [
        { aruba_part_no: 'R2H28A', customer_id: 'c1', device_type: 'IAP', macaddr: '20:4c:03:00:00:02', model: 'AP-505', serial: 'CNXXXX0002' },
        { aruba_part_no: 'JL679A', customer_id: 'c1', device_type: 'SWITCH', macaddr: '20:4c:03:00:00:01', model: '', serial: 'SGXXXX0001' },
      ],
      total: 2,
    }
    expect(parseInventory(JSON.stringify(central), { file: 'devices.json' }).devices).toEqual([
      { id: 'CNXXXX0002', model: 'AP-505', serial: 'CNXXXX0002', macs: ['20:4c:03:00:00:02'] },
      { id: 'SGXXXX0001', model: 'JL679A', serial: 'SGXXXX0001', macs: ['20:4c:03:00:00:01'] },
    ])
  })

  it('reads the APs of a Ruckus SmartZone query under its list, without the AP MAC that client lists also carry', async () => {
    // POST /wsg/api/public/v9_1/query/ap, trimmed. `apMac` is left out: in SmartZone's client
    // queries (and other tools' client lists) it is the MAC of the AP a client is on, not the client's.
    const answer = { totalCount: 1, hasMore: false, firstIndex: 0, list: [{ deviceName: 'ap-lobby', apMac: 'C0:56:E3:00:00:01', serial: '991234567890', model: 'R750', firmwareVersion: '6.1.2.0.588', zoneName: 'HQ', ip: '10.0.3.4' }] }
    const expected = [{ id: 'ap-lobby', addresses: ['10.0.3.4'], name: 'ap-lobby', model: 'R750', serial: '991234567890', firmware: { version: '6.1.2.0.588' } }]
    for (const text of [JSON.stringify(answer), JSON.stringify(answer, null, 2)]) {
      const { devices, codes: c } = await collect([...text], { file: 'aps.json' })
      expect(c, text).toEqual([])
      expect(devices).toEqual(expected)
    }
    expect(resolveColumn('apMac')).toBeUndefined()
  })

  it('reads the facts NAPALM and Ansible gather as one device each, also printed over several lines', async () => {
    const napalm = { uptime: 151005.57, vendor: 'Huawei', model: 'S5720-28X-LI-AC', hostname: 'core-sw', fqdn: 'core-sw.example.net', os_version: 'V200R019C10SPC500', serial_number: '2102351234', interface_list: ['GigabitEthernet0/0/1', 'Vlanif1'] }
    const ansible = { ansible_facts: { ansible_net_api: 'cliconf', ansible_net_hostname: 'core-sw', ansible_net_model: 'S5720-28X-LI-AC', ansible_net_serialnum: '2102351234', ansible_net_system: 'ce', ansible_net_version: 'V200R019C10SPC500' }, changed: false }
    const device = { id: 'core-sw', name: 'core-sw', model: 'S5720-28X-LI-AC', serial: '2102351234', firmware: { version: 'V200R019C10SPC500' } }
    for (const [facts, expected] of [[napalm, { ...device, manufacturer: 'Huawei' }], [ansible, device], [ansible.ansible_facts, device]] as const) {
      for (const text of [JSON.stringify(facts), JSON.stringify(facts, null, 4), `[${JSON.stringify(facts)}]`]) {
        const { devices, codes: c } = await collect([...text], { file: 'facts.json' })
        expect(c, text).toEqual([])
        expect(devices).toEqual([expected])
      }
    }
    // Ansible's facts name no manufacturer: the model does.
    expect(groups(JSON.stringify(ansible, null, 4), 'facts.json')).toEqual(['huawei'])
  })

  it('reads the host facts of Ansible\'s setup module (ansible -m setup --tree, a fact cache file) as one device each: vendor, product, serial, the MACs of its interfaces', async () => {
    // ansible-core 2.14's setup module, trimmed to what is read, of a Huawei server; "NA" is what it writes on a virtual machine.
    const facts = {
      ansible_hostname: 'db-fra-01', ansible_fqdn: 'db-fra-01.example.net', ansible_system_vendor: 'Huawei', ansible_product_name: '2288H V5',
      ansible_product_serial: '2102311XBSN0J8000123', ansible_interfaces: ['lo', 'eth0', 'br-lan'],
      ansible_lo: { device: 'lo', active: true }, ansible_eth0: { device: 'eth0', macaddress: 'f4:de:af:12:34:56' }, ansible_br_lan: { device: 'br-lan', macaddress: 'f4:de:af:12:34:57' },
      ansible_default_ipv4: { interface: 'eth0', macaddress: 'f4:de:af:12:34:56' },
    }
    const device = { id: 'db-fra-01', name: 'db-fra-01', manufacturer: 'Huawei', model: '2288H V5', serial: '2102311XBSN0J8000123', macs: ['f4:de:af:12:34:56', 'f4:de:af:12:34:57'] }
    for (const record of [{ ansible_facts: facts, changed: false }, facts]) {
      const { devices, codes: c } = await collect([...JSON.stringify(record, null, 4)], { file: 'db-fra-01' })
      expect(c).toEqual([])
      expect(devices).toEqual([device])
    }
    expect(groups(JSON.stringify({ ansible_facts: facts, changed: false }), 'db-fra-01.json')).toEqual(['huawei'])
    // A virtual machine: "NA" everywhere declares nothing.
    const vm = { ansible_facts: { ansible_hostname: 'vm', ansible_system_vendor: 'NA', ansible_product_name: 'NA', ansible_product_serial: 'NA', ansible_interfaces: ['lo'] }, changed: false }
    expect(groups(JSON.stringify(vm), 'vm.json')).toEqual(['unknown'])
  })

  it('reads Cisco Catalyst Center network devices with their sysDescr (description) and sysLocation (snmpLocation)', () => {
    // GET /dna/intent/api/v1/network-device, trimmed from the DNA Center sandbox's answer; the
    // second record is a third-party switch as Catalyst Center lists one, without a platform id.
    const answer = {
      response: [
        { hostname: 'asr1001-x.abc.inc', macAddress: '00:c8:8b:80:bb:00', softwareType: 'IOS-XE', softwareVersion: '16.3.2', family: 'Routers', locationName: null, managementIpAddress: '10.10.22.253', platformId: 'ASR1001-X', series: 'Cisco ASR 1000 Series Aggregation Services Routers', snmpLocation: '', description: 'Cisco IOS Software [Denali], ASR1000 Software (X86_64_LINUX_IOSD-UNIVERSALK9-M), Version 16.3.2, RELEASE SOFTWARE (fc4) Technical Support: http://www.cisco.com/techsupport Copyright (c) 1986-2016 by Cisco Systems, Inc. Compiled Tue 08-Nov-16 18:21 by m', serialNumber: 'FXS1932Q1SE', type: 'Cisco ASR 1001-X Router', location: null, role: 'BORDER ROUTER', id: '6aad2ec7-d1d0-4605-bf32-f62266c5f53e' },
        { hostname: 'sw-3p-1', macAddress: null, softwareVersion: null, family: 'Switches and Hubs', managementIpAddress: '10.10.22.70', platformId: null, snmpLocation: 'Berlin DC1', description: 'Huawei Versatile Routing Platform Software\r\nVRP (R) software, Version 5.170 (S5720 V200R011C10SPC600)', serialNumber: null, type: 'Third Party Device', role: 'ACCESS', id: '7bbd2ec7-d1d0-4605-bf32-f62266c5f53f' },
      ],
      version: '1.0',
    }
    const text = JSON.stringify(answer)
    const { devices, diagnostics } = parseInventory(text, { file: 'network-device.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '6aad2ec7-d1d0-4605-bf32-f62266c5f53e', addresses: ['10.10.22.253'], name: 'asr1001-x.abc.inc', role: 'other', model: 'ASR1001-X', serial: 'FXS1932Q1SE', macs: ['00:c8:8b:80:bb:00'], snmp: { sysDescr: answer.response[0]!.description }, firmware: { version: '16.3.2' } },
      { id: '7bbd2ec7-d1d0-4605-bf32-f62266c5f53f', addresses: ['10.10.22.70'], name: 'sw-3p-1', site: 'Berlin DC1', role: 'access', model: 'Third Party Device', snmp: { sysDescr: answer.response[1]!.description } },
    ])
    expect(groups(text, 'network-device.json')).toEqual(['cisco', 'huawei'])
    // Elsewhere a description is what people wrote about the device, and names no maker.
    const zabbix = '{"jsonrpc": "2.0", "result": [{"hostid": "10501", "host": "sw-9", "description": "Replaces the Huawei S5720 taken out in 2023"}], "id": 1}'
    expect(parseInventory(zabbix, { file: 'hosts.json' }).devices).toEqual([{ id: '10501', name: 'sw-9' }])
    expect(groups(zabbix, 'hosts.json')).toEqual(['unknown'])
    // One device (GET /dna/intent/api/v1/network-device/{id}) comes as the response itself, with
    // its id and sysDescr, pretty-printed or not: it was read one level down, by its host name only.
    for (const i of [0, 1]) {
      const one = { response: answer.response[i], version: '1.0' }
      for (const t of [JSON.stringify(one), JSON.stringify(one, null, 2)]) {
        expect(parseInventory(t, { file: 'device.json' }).devices).toEqual([devices[i]])
      }
    }
  })

  it('reads phpIPAM devices without their device type and location, which it gives as row ids', () => {
    // GET /api/{app}/devices/: `type` and `location` are ids of phpIPAM's device types and locations.
    const answer = '{"code": 200, "success": true, "data": [{"id": "1", "hostname": "sw-core-1", "ip": "10.0.0.1", "type": "1", "description": "Core switch", "sections": "1;2", "rack": null, "location": "3"}, {"id": "2", "hostname": "cam-1", "ip": "10.0.0.3", "type": 4, "location": 2}], "time": 0.002}'
    expect(parseInventory(answer, { file: 'devices.json' }).devices).toEqual([{ id: '1', addresses: ['10.0.0.1'], name: 'sw-core-1' }, { id: '2', addresses: ['10.0.0.3'], name: 'cam-1' }])
    // A location or type in words is read as before.
    expect(parseInventory('[{"hostname": "sw-1", "location": "Berlin DC1", "type": "S5720-28X-SI-AC"}]', { file: 'x.json' }).devices)
      .toEqual([{ id: 'sw-1', name: 'sw-1', site: 'Berlin DC1', model: 'S5720-28X-SI-AC' }])
  })

  it('reads LibreNMS devices whole: sysObjectID in either form, location, version and coordinates; its OS name is no evidence', () => {
    // GET /api/v0/devices, trimmed; an older LibreNMS wrote the sysObjectID as `enterprises.…`.
    const answer = { status: 'ok', count: 2, devices: [
      { device_id: '1', hostname: '10.0.0.1', sysName: 'sw-core-1', ip: '10.0.0.1', sysObjectID: '.1.3.6.1.4.1.2011.2.23.96', sysDescr: 'S5720-52X-SI-AC\r\nHuawei Versatile Routing Platform Software', version: 'V200R011C10SPC500', hardware: 'S5720-52X-SI-AC', features: null, location: 'Berlin DC1', os: 'vrp', type: 'network', serial: '2102351234', lat: '52.5200', lng: '13.4050' },
      { device_id: '4', hostname: '10.0.0.4', sysName: null, ip: '10.0.0.4', sysObjectID: 'enterprises.8072.3.2.10', sysDescr: null, version: null, hardware: null, location: null, os: 'ping', serial: null },
    ] }
    const text = JSON.stringify(answer)
    expect(parseInventory(text, { file: 'devices.json' }).devices).toEqual([
      { id: '1', addresses: ['10.0.0.1'], name: 'sw-core-1', site: 'Berlin DC1', model: 'S5720-52X-SI-AC', serial: '2102351234', snmp: { sysObjectID: '1.3.6.1.4.1.2011.2.23.96', sysDescr: 'S5720-52X-SI-AC\r\nHuawei Versatile Routing Platform Software' }, firmware: { version: 'V200R011C10SPC500' }, lat: 52.52, lon: 13.405 },
      { id: '4', name: '10.0.0.4', snmp: { sysObjectID: '1.3.6.1.4.1.8072.3.2.10' } },
    ])
    // net-snmp's enterprise number names no maker of the box, nor does LibreNMS's OS name.
    expect(groups(text, 'devices.json')).toEqual(['huawei', 'unknown'])
  })

  it("takes the address LibreNMS polls a device at (overwrite_ip) as one of its addresses", () => {
    // GET /api/v0/devices as a LibreNMS client is tested with it (breed007/ha-librenms, tests/fixtures/devices.json), trimmed.
    const answer = { status: 'ok', count: 1, devices: [
      { device_id: '2', hostname: 'ap-garage.lan.example', sysName: 'ap-garage', display: 'Garage AP', status: '0', hardware: 'UniFi U6-Pro', os: 'unifi', version: '6.6.65', serial: null, location: 'Garage', ip: '192.0.2.12', overwrite_ip: '198.51.100.12', sysObjectID: '.1.3.6.1.4.1.41112', type: 'wireless' },
    ] }
    const [device] = parseInventory(JSON.stringify(answer), { file: 'devices.json' }).devices
    expect(device).toMatchObject({ id: '2', name: 'ap-garage', addresses: ['192.0.2.12', '198.51.100.12'] })
  })

  it('reads Cisco Prime Infrastructure devices under queryResponse.entity, their first part number and serial, on one line, pretty-printed and in chunks', async () => {
    // GET /webacs/api/v4/data/Devices.json?.full=true: each entity wraps a devicesDTO, whose
    // manufacturerPartNrs list the chassis (one per member of a stack).
    const entity = (dto: Record<string, unknown>) => ({ '@url': `https://pi.example.net/webacs/api/v4/data/Devices/${String(dto['@id'])}`, '@type': 'Devices', '@dtoType': 'devicesDTO', devicesDTO: dto })
    const answer = { queryResponse: { '@last': 1, '@first': 0, '@count': 2, '@type': 'Devices', '@responseType': 'listEntityInstances', entity: [
      entity({ '@id': '610', '@displayName': 'rt-edge-1', deviceId: 610, deviceName: 'rt-edge-1', deviceType: 'Cisco 4331 Integrated Services Router', ipAddress: '10.0.0.2', location: 'Hamburg', manufacturerPartNrs: { manufacturerPartNr: [{ name: 'Chassis', partNumber: 'ISR4331/K9', serialNumber: 'FDO21230ABC' }] }, productFamily: 'Routers', softwareType: 'IOS-XE', softwareVersion: '16.9.4' }),
      entity({ '@id': '612', '@displayName': '10.0.0.5', deviceId: 612, deviceName: 'sw-stack', deviceType: 'Cisco Catalyst 3850-48P Switch', ipAddress: '10.0.0.5', manufacturerPartNrs: { manufacturerPartNr: [{ name: 'Switch 1', partNumber: 'WS-C3850-48P', serialNumber: 'FOC1111X111' }, { name: 'Switch 2', partNumber: 'WS-C3850-48P', serialNumber: 'FOC2222X222' }] }, softwareVersion: '16.12.4' }),
    ] } }
    const expected = [
      { id: '610', addresses: ['10.0.0.2'], name: 'rt-edge-1', site: 'Hamburg', model: 'ISR4331/K9', serial: 'FDO21230ABC', firmware: { version: '16.9.4' } },
      { id: '612', addresses: ['10.0.0.5'], name: 'sw-stack', model: 'WS-C3850-48P', serial: 'FOC1111X111', firmware: { version: '16.12.4' } },
    ]
    for (const text of [JSON.stringify(answer), JSON.stringify(answer, null, 2)]) {
      for (const chunks of [[text], [...text]]) {
        const { devices, codes: c } = await collect(chunks, { file: 'Devices.json' })
        expect(c).toEqual([])
        expect(devices).toEqual(expected)
      }
    }
    expect(groups(JSON.stringify(answer), 'Devices.json')).toEqual(['cisco', 'cisco'])
    // Without its part numbers the device type is the model, as a type is elsewhere.
    const bare = { queryResponse: { entity: [entity({ '@id': '611', deviceName: 'sw-3p', deviceType: 'Third Party Device' })] } }
    expect(parseInventory(JSON.stringify(bare), { file: 'Devices.json' }).devices).toEqual([{ id: '611', name: 'sw-3p', model: 'Third Party Device' }])
    // An entity list outside a queryResponse is no device list.
    expect(codes('{\n  "entity": [{"id": "a"}]\n}\n')).toEqual(['malformed_json@1'])
  })

  it('reads the hosts Zabbix exports as JSON from its host list (zabbix_export.hosts), each with its inventory, on one line, pretty-printed and in chunks', async () => {
    // Data collection > Hosts > Export > JSON (zabbix_export_hosts.json): the host groups first, then
    // the hosts, as a user's export of Zabbix 7.0 shows them, with the inventory the export carries.
    const host = (h: Record<string, unknown>) => ({ groups: [{ name: 'Network devices' }], interfaces: [{ ip: '10.0.0.1', dns: '', interface_ref: 'if1' }], tags: [{ tag: 'OS', value: 'VRP' }], ...h })
    const exported = { zabbix_export: { version: '7.0', host_groups: [{ uuid: 'ec50fa856fa542bbba85796d423c2e92', name: 'Network devices' }], hosts: [
      host({ host: '10.0.0.1', name: 'core-sw-01', templates: [{ name: 'Huawei VRP by SNMP' }], inventory_mode: 'MANUAL', inventory: { type: 'Switch', vendor: 'Huawei', model: 'S6730-H48X6C', serialno_a: '2102351234ABCD', macaddress_a: '00:e0:fc:11:22:33', location: 'DC1' } }),
      host({ host: 'cam-gate', name: 'cam-gate', interfaces: [{ ip: '10.0.0.9', dns: '', interface_ref: 'if1' }], inventory_mode: 'AUTOMATIC' }),
    ] } }
    // The address of each host's interface is its own (the host name 10.0.0.1 is the name's address, said once).
    const expected = [
      { id: 'core-sw-01', addresses: ['10.0.0.1'], name: 'core-sw-01', site: 'DC1', manufacturer: 'Huawei', model: 'S6730-H48X6C', serial: '2102351234ABCD', macs: ['00:e0:fc:11:22:33'] },
      { id: 'cam-gate', name: 'cam-gate', addresses: ['10.0.0.9'] },
    ]
    for (const text of [JSON.stringify(exported), JSON.stringify(exported, null, 4)]) {
      for (const chunks of [[text], [...text]]) {
        const { devices, codes: c } = await collect(chunks, { file: 'zabbix_export_hosts.json' })
        expect(c).toEqual([])
        expect(devices).toEqual(expected)
      }
    }
    expect(groups(JSON.stringify(exported), 'zabbix_export_hosts.json')).toEqual(['huawei', 'unknown'])
  })

  it('reads the addresses Zabbix polls a host at, which its API keeps only under the host\'s interfaces', () => {
    // host.get with selectInterfaces and selectInventory, as its JSON-RPC answer gives a host: an SNMP
    // interface polled at its address (useip 1), an agent one polled by DNS name (useip 0, ip empty).
    const answer = { jsonrpc: '2.0', result: [
      { hostid: '10084', host: 'rz-core-switch', name: 'rz-core-switch', status: '0', interfaces: [
        { interfaceid: '1', type: '2', main: '1', useip: '1', ip: '192.0.2.21', dns: '', port: '161' },
        { interfaceid: '2', type: '1', main: '1', useip: '1', ip: '192.0.2.21', dns: '', port: '10050' },
      ], inventory: { type: 'Switch', vendor: 'Huawei', model: 'S5720-28X-SI-AC', serialno_a: '21980107133GJ5000123', macaddress_a: '00:e0:fc:12:34:56' } },
      { hostid: '10085', host: 'ns1', name: 'ns1', interfaces: [{ interfaceid: '3', type: '1', main: '1', useip: '0', ip: '', dns: 'ns1.lab.example.com', port: '10050' }], inventory: [] },
    ], id: 1 }
    const { devices, diagnostics } = parseInventory(JSON.stringify(answer, null, 4), { file: 'hosts.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '10084', name: 'rz-core-switch', addresses: ['192.0.2.21'], manufacturer: 'Huawei', model: 'S5720-28X-SI-AC', serial: '21980107133GJ5000123', macs: ['00:e0:fc:12:34:56'] },
      { id: '10085', name: 'ns1' },
    ])
    // A description of an interface that names its peer's address gives the device none.
    const peer = { result: [{ hostid: '1', name: 'rt-1', interfaces: [{ name: 'Gi0/1', description: 'uplink to 192.0.2.1' }] }] }
    expect(parseInventory(JSON.stringify(peer), { file: 'hosts.json' }).devices).toEqual([{ id: '1', name: 'rt-1' }])
  })

  it('reads the LAN address of a Meraki device, and knows an unnamed one by its serial, not that address', () => {
    // GET /organizations/{organizationId}/devices, as the Dashboard API's documentation answers it,
    // and a security appliance never named, as the DevNet sandbox answered (name null, lanIp).
    const devices = [
      { name: 'My AP', lat: 37.4180951010362, lng: -122.098531723022, address: '1600 Pennsylvania Ave', notes: 'My AP note', tags: ['recently-added'], networkId: 'N_24329156', serial: 'Q234-ABCD-5678', model: 'MR34', mac: '00:11:22:33:44:55', lanIp: '1.2.3.4', firmware: 'wireless-25-14', productType: 'wireless' },
      { name: null, serial: 'Q2QN-9J8L-SLPD', mac: 'e0:55:3d:17:d4:23', wan1Ip: '10.10.10.106', wan2Ip: null, lanIp: '10.10.10.106', networkId: 'L_646829496481105433', model: 'MX65', firmware: 'wired-14-40' },
    ]
    const read = parseInventory(JSON.stringify(devices, null, 4), { file: 'devices.json' })
    expect(read.diagnostics).toEqual([])
    expect(read.devices.map((d) => [d.id, d.name, d.serial, d.addresses])).toEqual([
      ['My AP', 'My AP', 'Q234-ABCD-5678', ['1.2.3.4']],
      ['Q2QN-9J8L-SLPD', undefined, 'Q2QN-9J8L-SLPD', ['10.10.10.106']],
    ])
    // Two appliances given the same address one after the other are still two devices.
    const again = parseInventory(JSON.stringify([devices[1], { ...devices[1], serial: 'Q2QN-AAAA-BBBB', mac: 'e0:55:3d:00:00:01' }]), { file: 'devices.json' })
    expect(again.devices.map((d) => d.id)).toEqual(['Q2QN-9J8L-SLPD', 'Q2QN-AAAA-BBBB'])
  })

  it('reads the MACs of a Tenable asset\'s network_interfaces when its own mac_addresses list is empty', () => {
    // An asset of Tenable Vulnerability Management's asset export (GET /assets/export/{uuid}/chunks/{id}),
    // its documented example as a public integration's docs quote it, cut to the fields read and
    // those beside them. Its empty mac_addresses hid the MACs of its interface.
    const chunk = `[
  {
    "id": "95c2725c-7298-4a44-8a1d-63131ca3f01f",
    "has_agent": false,
    "agent_names": [],
    "ipv4s": ["192.0.2.57"],
    "ipv6s": [],
    "fqdns": ["192.0.2.57.lightspeed.hstntx.sbcglobal.net"],
    "mac_addresses": [],
    "netbios_names": [],
    "operating_systems": [],
    "system_types": [],
    "hostnames": [],
    "network_interfaces": [
      {
        "name": "enccw0.0.1234",
        "mac_address": ["00:00:5E:00:53:00", "00:00:5E:00:53:FF"],
        "ipv4": ["192.0.2.57", "192.0.2.177"],
        "ipv6": ["2001:DB8:1234:1234/32"],
        "fqdn": ["example.com"]
      }
    ],
    "acr_score": "3",
    "exposure_score": "721"
  }
]`
    const { devices, diagnostics } = parseInventory(chunk, { file: 'assets.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{
      id: '95c2725c-7298-4a44-8a1d-63131ca3f01f', name: '192.0.2.57.lightspeed.hstntx.sbcglobal.net',
      macs: ['00:00:5e:00:53:00', '00:00:5e:00:53:ff'], addresses: ['192.0.2.57', '192.0.2.177'],
    }])
    // A MAC of its own, even one, is the device's: its interfaces' are not read then.
    const own = JSON.parse(chunk) as Record<string, unknown>[]
    own[0]!['mac_addresses'] = ['00:E0:FC:12:34:56']
    expect(parseInventory(JSON.stringify(own), { file: 'assets.json' }).devices[0]!.macs).toEqual(['00:e0:fc:12:34:56'])
  })

  it("reads a Defender for Endpoint machine's MACs from its ipAddresses and its address from lastIpAddress, not the external one", () => {
    // GET /api/machines/{id}, the response the machine resource's documentation gives
    // (MicrosoftDocs, defender-endpoint/api/get-machine-by-id.md), its tabs kept. Its one MAC, under
    // ipAddresses, was not read, and the machine had no address: an unknown device.
    const machine = [
      '{',
      '\t"id": "1e5bc9d7e413ddd7902c2932e418702b84d0cc07",',
      '\t"computerDnsName": "mymachine1.contoso.com",',
      '\t"firstSeen": "2018-08-02T14:55:03.7791856Z",',
      '\t"osPlatform": "Windows10",',
      '\t"version": "1901",',
      '\t"lastIpAddress": "10.166.113.46",',
      '\t"lastExternalIpAddress": "167.220.203.175",',
      '\t"osBuild": 19042,',
      '\t"healthStatus": "Active",',
      '\t"rbacGroupName": "The-A-Team",',
      '\t"ipAddresses": [',
      '\t\t{',
      '\t\t\t"ipAddress": "10.166.113.47",',
      '\t\t\t"macAddress": "8CEC4B897E73",',
      '\t\t\t"operationalStatus": "Up"',
      '\t\t},',
      '\t\t{',
      '\t\t\t"ipAddress": "2a01:110:68:4:59e4:3916:3b3e:4f96",',
      '\t\t\t"macAddress": "8CEC4B897E73",',
      '\t\t\t"operationalStatus": "Up"',
      '\t\t}',
      '\t]',
      '}',
    ].join('\n')
    const { devices, diagnostics } = parseInventory(machine, { file: 'machine.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{
      id: '1e5bc9d7e413ddd7902c2932e418702b84d0cc07', name: 'mymachine1.contoso.com', macs: ['8c:ec:4b:89:7e:73'],
      addresses: ['10.166.113.46', '10.166.113.47', '2a01:110:68:4:59e4:3916:3b3e:4f96'], firmware: { version: '1901' },
    }])
    expect(identify(devices[0]!, loadDefaultCatalog()).manufacturer).toBe('dell')
  })

  it("reads Endpoint Central's computers under message_response, known by resource_id and named by resource_name, on one line, pretty-printed and in chunks", async () => {
    // GET /api/1.4/som/computers: {"message_type", "message_response": {"computers": [...], "total",
    // "limit", "page"}, "status"}, "--" for a field without a value (dannyota/hotpot,
    // pkg/ingest/meec/computer/client.go). It was refused as a record without an id.
    const answer = {
      message_type: 'computers',
      message_response: { computers: [
        { resource_id: 301, resource_name: 'WS-0412', fqdn_name: 'ws-0412.corp.local', ip_address: '10.1.4.12', mac_address: '00:E0:FC:12:34:56', os_name: 'Windows 11 Professional Edition', computer_live_status: 1, branch_office_name: 'Local Office', owner: '--', location: '--' },
        { resource_id: 302, resource_name: 'WS-0413', ip_address: '10.1.4.13', mac_address: '--', os_name: 'Windows 10', location: '--' },
      ], total: 2, limit: 1000, page: 1 },
      message_version: '1.0', status: 'success',
    }
    const expected = [{ id: '301', addresses: ['10.1.4.12'], name: 'WS-0412', macs: ['00:e0:fc:12:34:56'] }, { id: '302', addresses: ['10.1.4.13'], name: 'WS-0413' }]
    for (const text of [JSON.stringify(answer), JSON.stringify(answer, null, 2)]) {
      for (const chunks of [[text], [...text]]) {
        const { devices, codes: c } = await collect(chunks, { file: 'computers.json' })
        expect(c).toEqual([])
        expect(devices).toEqual(expected)
      }
    }
    expect(groups(JSON.stringify(answer), 'computers.json')).toEqual(['huawei', 'unknown'])
  })

  it('reads Icinga 2 host objects by their attributes: the object type "Host" is no model', () => {
    // GET /v1/objects/hosts: each result is {attrs, joins, meta, name, type}.
    const answer = { results: [
      { attrs: { name: 'sw-core-1', address: '10.0.0.1', display_name: 'Core switch', vars: { os: 'Huawei VRP' } }, joins: {}, meta: {}, name: 'sw-core-1', type: 'Host' },
      { attrs: { name: 'cam-1', address: '10.0.0.3' }, joins: {}, meta: {}, name: 'cam-1', type: 'Host' },
    ] }
    expect(parseInventory(JSON.stringify(answer), { file: 'hosts.json' }).devices).toEqual([{ id: 'sw-core-1', name: 'sw-core-1' }, { id: 'cam-1', name: 'cam-1' }])
  })

  it('reads the MACs that Zabbix\'s agent puts into a host\'s inventory without the interface names in brackets', () => {
    // system.hw.macaddr, the item that fills macaddress_a: "[eth0] 00:11:22:33:44:55" per interface.
    const answer = '{"jsonrpc": "2.0", "result": [{"hostid": "10084", "host": "srv-1", "inventory": {"macaddress_a": "[eth0] 00:e0:fc:12:34:56, [Local Area Connection 2] c0:56:e3:00:00:01"}}], "id": 1}'
    const { devices, diagnostics } = parseInventory(answer, { file: 'hosts.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: '10084', name: 'srv-1', macs: ['00:e0:fc:12:34:56', 'c0:56:e3:00:00:01'] }])
    const csv = parseInventory('host,macaddress_a\nsrv-1,"[eth0] 00:e0:fc:12:34:56, [eth1] 00-E0-FC-12-34-57"\nsrv-2,[eth0]\n', { file: 'hosts.csv' })
    expect(csv.diagnostics.filter((d) => d.code !== 'unknown_column')).toEqual([])
    expect(csv.devices).toEqual([{ id: 'srv-1', name: 'srv-1', macs: ['00:e0:fc:12:34:56', '00:e0:fc:12:34:57'] }, { id: 'srv-2', name: 'srv-2' }])
    // Brackets around the MACs themselves are only taken away.
    expect(parseInventory('id,mac\na,"[00:e0:fc:12:34:56, c0:56:e3:00:00:01]"\nb,[00e0.fc12.3456]\n', { file: 'x.csv' }).devices)
      .toEqual([{ id: 'a', macs: ['00:e0:fc:12:34:56', 'c0:56:e3:00:00:01'] }, { id: 'b', macs: ['00:e0:fc:12:34:56'] }])
    // A list as Python writes one (pandas' to_csv of a column of lists) or as JSON does: the quotes are no part of a MAC.
    const lists = parseInventory('id,mac\na,"[\'00:e0:fc:12:34:56\', \'c0:56:e3:00:00:01\']"\nb,"[""00:e0:fc:12:34:56""]"\n', { file: 'x.csv' })
    expect(lists.diagnostics).toEqual([])
    expect(lists.devices).toEqual([{ id: 'a', macs: ['00:e0:fc:12:34:56', 'c0:56:e3:00:00:01'] }, { id: 'b', macs: ['00:e0:fc:12:34:56'] }])
  })

  it('reads Kea\'s lease file: the hardware address, and the MAC in a client identifier of type 01', () => {
    const text = 'address,hwaddr,client_id,valid_lifetime,expire,subnet_id,fqdn_fwd,fqdn_rev,hostname,state,user_context\n' +
      '192.168.30.2,00:e0:fc:cd:12:44,01:00:e0:fc:cd:12:44,4000,1700935500,1,,,client-30-2,0,\n' +
      '192.168.30.3,,01:3c:ef:8c:0a:6f:c3,4000,1700935500,1,,,client-30-3,0,\n' +
      '192.168.30.4,,ff:00:00:00:01:00:01:2b:8f,4000,1700935500,1,,,client-30-4,0,\n'
    const { devices, diagnostics } = parseInventory(text, { file: 'kea-leases4.csv' })
    // (Read as an address table, kea.test.ts: each lease known by its address, named by its host name.)
    expect(devices.map((d) => [d.id, d.name, d.macs])).toEqual([
      ['192.168.30.2', 'client-30-2', ['00:e0:fc:cd:12:44']], ['192.168.30.3', 'client-30-3', ['3c:ef:8c:0a:6f:c3']], ['192.168.30.4', 'client-30-4', undefined],
    ])
    // A client identifier of type 255 (an IAID and a DUID) holds no MAC to read, and is no malformed MAC to fix.
    expect(diagnostics.filter((d) => d.code === 'invalid_mac')).toEqual([])
    // Seven octets are no client identifier: a malformed MAC, told as one.
    const typo = parseInventory('name,mac\nsw-1,ff:00:00:00:01:00:01\n', { file: 'a.csv' })
    expect(typo.diagnostics.map((d) => d.code)).toEqual(['invalid_mac'])
  })

  it('reads a MAC written as an SNMP octet string or with its maker in parentheses', () => {
    const csv = parseInventory('id,mac\na,00 E0 FC 12 34 56\nb,"00 e0 fc 12 34 56  28 8a 1c 00 00 01"\nc,00:E0:FC:12:34:56 (Huawei Technologies)\nd,0x00E0FC123456\ne,00 e0 fc 12 34\n', { file: 'macs.csv' })
    expect(csv.devices.map((d) => d.macs)).toEqual([['00:e0:fc:12:34:56'], ['00:e0:fc:12:34:56', '28:8a:1c:00:00:01'], ['00:e0:fc:12:34:56'], ['00:e0:fc:12:34:56'], undefined])
    // Five octets are no MAC: each is reported, as before.
    expect(csv.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(Array(5).fill('invalid_mac@6'))
  })

  it('reads the host list of Nagios XI (objects/hoststatus) by host id and name', async () => {
    const answer = { recordcount: '2', hoststatus: [
      { host_id: '8937', name: 'SERVER10', display_name: 'SERVER10', address: 'SERVER10', alias: 'SERVER10', current_state: '1' },
      { host_object_id: '123', host_name: 'sw-core-1', alias: 'Core switch', address: '192.168.1.10', current_state: '0' },
    ] }
    for (const text of [JSON.stringify(answer), JSON.stringify(answer, null, 2)]) {
      const { devices, codes: c } = await collect([text], { file: 'hoststatus.json' })
      expect(c).toEqual([])
      expect(devices).toEqual([{ id: '8937', name: 'SERVER10' }, { id: 'sw-core-1', name: 'sw-core-1' }])
    }
  })

  it('reads Kaseya VSA\'s agents, a list under Result and one agent under Result itself, by their computer names', async () => {
    // The answers of its REST API's `GET /assetmgmt/agents` and `GET /assetmgmt/agents/{agentId}`,
    // in the fields of its help's Get Agent (Sample Response Model). One agent was refused as an
    // answer without a device list.
    const agent = { AgentId: 4251, AgentName: 'pc-0042.hq.acme', Online: 1, OSType: '10', OSInfo: 'Professional x64 Edition Build 19045', OrgId: 1, MachineGroupId: 2, MachineGroup: 'hq.acme', ComputerName: 'PC-0042', IPv6Address: '', IPAddress: '10.1.2.42', OperatingSystem: 'Windows 10', OSVersion: '10.0.19045', LastLoggedInUser: 'jdoe', DefaultGateway: '10.1.2.1', Attributes: {} }
    const list = { TotalRecords: 2, Result: [agent, { ...agent, AgentId: 4252, AgentName: 'srv-01.hq.acme', ComputerName: 'SRV-01', IPAddress: '10.1.2.5' }], ResponseCode: 0, Status: 'OK', Error: 'None' }
    const one = { Result: agent, ResponseCode: 0, Status: 'OK', Error: 'None' }
    for (const text of [JSON.stringify(list), JSON.stringify(list, null, 2)]) {
      const { devices, codes: c } = await collect([text], { file: 'agents.json' })
      expect(c).toEqual([])
      expect(devices).toEqual([{ id: 'PC-0042', addresses: ['10.1.2.42'], name: 'PC-0042', firmware: { version: '10.0.19045' } }, { id: 'SRV-01', addresses: ['10.1.2.5'], name: 'SRV-01', firmware: { version: '10.0.19045' } }])
    }
    for (const text of [JSON.stringify(one), JSON.stringify(one, null, 2)]) {
      const { devices, codes: c } = await collect([text], { file: 'agent-4251.json' })
      expect(c).toEqual([])
      expect(devices).toEqual([{ id: 'PC-0042', addresses: ['10.1.2.42'], name: 'PC-0042', firmware: { version: '10.0.19045' } }])
    }
    // A result that names no device is still no device list.
    const { devices, codes: c } = await collect([JSON.stringify({ Result: { Deleted: true }, ResponseCode: 0, Status: 'OK' }, null, 2)], { file: 'r.json' })
    expect(devices).toEqual([])
    expect(c).toEqual(['malformed_json@1'])
  })

  it('reads Nagios XI\'s answer of one host before 5.7, the host itself under hoststatus rather than a list of one', async () => {
    // The shape of Nagios's KB article "API changes in Nagios XI 5.7": a single result, no array.
    const answer = { recordcount: '1', hoststatus: { '@attributes': { id: '737359' }, instance_id: '1', host_id: '5154', name: 'hosta' } }
    for (const text of [JSON.stringify(answer), JSON.stringify(answer, null, 3)]) {
      const { devices, codes: c } = await collect([text], { file: 'hoststatus.json' })
      expect(c).toEqual([])
      expect(devices).toEqual([{ id: '5154', name: 'hosta' }])
    }
  })

  it('reads a table written as JSON, an array of column names before one array a row (Checkmk\'s view export), also in chunks', async () => {
    const table = [
      ['host', 'inv_hardware_system_manufacturer', 'inv_hardware_system_product', 'inv_hardware_system_serial'],
      ['sw-core-1', '', 'S5720-52X-SI-AC\nHuawei Versatile Routing Platform Software\nVRP (R) software, Version 5.170 (S5720 V200R011C10SPC600)', ''],
      ['srv-1', 'Dell Inc.', 'PowerEdge R640', '7XYZ123'],
    ]
    const expected = [
      { id: 'sw-core-1', name: 'sw-core-1', snmp: { sysDescr: table[1]![2]! } },
      { id: 'srv-1', name: 'srv-1', manufacturer: 'Dell Inc.', serial: '7XYZ123', snmp: { sysDescr: 'PowerEdge R640' } },
    ]
    // Checkmk writes it with json.dumps(indent=True): one space a level.
    for (const text of [JSON.stringify(table), JSON.stringify(table, null, 1)]) {
      for (const chunks of [[text], [...text]]) {
        const { devices, codes: c } = await collect(chunks, { file: 'view.json' })
        expect(c).toEqual([])
        expect(devices).toEqual(expected)
      }
    }
    expect(groups(JSON.stringify(table), 'view.json')).toEqual(['huawei', 'dell'])
    // A row that is an array without a row of names before it is still no device.
    expect(codes('[[1, 2], {"id": "a"}]')).toEqual(['invalid_field@1'])
  })
})

describe('empty objects', () => {
  it('skips an empty object, in an array or on a line of its own, and still reports a record without an id', () => {
    const array = parseInventory('[\n{"id":"d1"},\n{},\n{"model":"S5720"}\n]\n', { file: 'devices.json' })
    expect(array.devices).toEqual([{ id: 'd1' }])
    expect(array.diagnostics.map((d) => d.code)).toEqual(['missing_id'])
    const lines = parseInventory('{"id":"d1"}\n{}\n{"id":"d2"}\n', { file: 'devices.jsonl' })
    expect(lines.devices).toEqual([{ id: 'd1' }, { id: 'd2' }])
    expect(lines.diagnostics).toEqual([])
  })
})

describe('Microsoft Defender for IoT', () => {
  it("reads the device list of its management console, the first of its firmware modules giving version, model and serial", () => {
    // /external/v1/devices, as in MicrosoftDocs/azure-docs,
    // articles/defender-for-iot/organizations/api/management-inventory-apis.md (its response example).
    const devices = [
      {
        sensorId: 7, zoneId: 1, siteId: 1, vendor: null, name: '10.4.14.102',
        firmware: [
          { slot: 'N/A', additionalData: 'N/A', moduleAddress: 'Network: Local network (0), Node: 0, Unit: CPU (0x0)', rack: 'N/A', address: '10.4.14.102', model: 'DS-2CD2143G0-I', serial: 'N/A', firmwareVersion: '20.55' },
          { slot: 'N/A', additionalData: 'N/A', moduleAddress: 'Network: 3, Node: 0, Unit: CPU (0x0)', rack: 'N/A', address: '10.4.14.102', model: 'AAAAAAAAAAAAAAAAAAAA', serial: 'N/A', firmwareVersion: '20.55' },
        ],
        id: 79, macAddresses: ['c0:56:e3:00:00:01'], authorized: true, ipAddresses: ['10.4.14.102'], engineeringStation: false, type: 'IP Camera', operatingSystem: null, protocols: [{ addresses: [], id: 62, name: 'RTSP' }], scanner: false,
      },
      { sensorId: 7, zoneId: 1, siteId: 1, vendor: null, name: '10.4.14.103', firmware: [], id: 80, macAddresses: null, authorized: true, ipAddresses: ['10.4.14.103'], engineeringStation: false, type: 'PLC', operatingSystem: null, protocols: [], scanner: false },
    ]
    const { devices: read, diagnostics } = parseInventory(JSON.stringify(devices), { file: 'devices.json' })
    // Each device was an error for a firmware that was a list.
    expect(diagnostics).toEqual([])
    expect(read).toEqual([
      { id: '79', name: '10.4.14.102', model: 'DS-2CD2143G0-I', macs: ['c0:56:e3:00:00:01'], firmware: { version: '20.55' } },
      { id: '80', name: '10.4.14.103', model: 'PLC' },
    ])
    expect(identify(read[0]!, loadDefaultCatalog()).evidence.map((e) => e.method)).toEqual(['oui', 'model'])
  })

  it('reads its devices without their vendor, its reading of the MAC: a camera weighs on its MAC and model, not on the registry entry twice', () => {
    // The device inventory's `Vendor` is "the name of the device's vendor, as defined in the MAC
    // address" (MicrosoftDocs/azure-docs, articles/defender-for-iot/organizations, the inventory's
    // column reference); the record as /external/v1/devices answers it (api/management-inventory-apis.md).
    const record = (vendor: string | null) => ({
      sensorId: 7, zoneId: 1, siteId: 1, vendor, name: 'cam-gate',
      firmware: [{ slot: 'N/A', additionalData: 'N/A', moduleAddress: 'N/A', rack: 'N/A', address: '10.4.14.110', model: 'DS-2CD2143G0-I', serial: 'N/A', firmwareVersion: 'V5.5.82' }],
      id: 81, macAddresses: ['c0:56:e3:00:00:09'], authorized: true, ipAddresses: ['10.4.14.110'], engineeringStation: false, type: 'IP Camera', operatingSystem: null, protocols: [], scanner: false,
    })
    const catalog = loadDefaultCatalog()
    const { devices: read, diagnostics } = parseInventory(JSON.stringify([record('Hangzhou Hikvision Digital Technology')]), { file: 'devices.json' })
    expect(diagnostics).toEqual([])
    expect(read).toEqual([{ id: '81', name: 'cam-gate', model: 'DS-2CD2143G0-I', macs: ['c0:56:e3:00:00:09'], addresses: ['10.4.14.110'], firmware: { version: 'V5.5.82' } }])
    const camera = identify(read[0]!, catalog)
    expect(camera.group).toBe('hikvision')
    expect(camera.evidence.map((e) => e.method)).toEqual(['oui', 'model'])
    const withoutVendor = parseInventory(JSON.stringify([record(null)]), { file: 'devices.json' }).devices[0]!
    expect(camera.confidence).toBe(identify(withoutVendor, catalog).confidence)
  })
})
