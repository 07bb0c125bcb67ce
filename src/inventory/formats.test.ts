import { describe, expect, it } from 'vitest'
import { runInventoryFormatSuite, SMALL_NETWORK } from './formats.case.test.js'
import { parseInventory } from './parse.js'

/** SMALL_NETWORK as a spreadsheet export: BOM, CRLF, aliases in the header, quoted cells. */
const NETWORK_CSV = '\ufeff' + [
  'ID,Name,site,Role,network,Vendor,model,Serial Number,mac,sysObjectID,sys_descr,banner_ssh,banner_http_server,banner_rtsp,banner_sip_user-agent,firmware_version,firmware-sha256,components,manufactured,purpose,latitude,lon',
  'd1,rt-fra-01,fra,Core,op-de,Huawei,NE40E-X8,2102351931P0K9000123,00:E0:FC:12:34:56;00-e0-fc-12-34-57,1.3.6.1.4.1.2011.2.62,"Huawei Versatile Routing Platform Software, VRP (R) software, Version 8.180",SSH-2.0-HUAWEI-1.5,,,,V800R011C00,9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08,,2018-03-14,,,',
  'd2,cam-ber-07,ber,camera,op-de,Acme Vision,AV-IPC-2,,bcad.2800.0007,,,,App-webs/,"RTSP/1.0 ""Hikvision"" server, rev 2",,,,HiSilicon:Hi3516:soc,,government-facility-security,52.52,13.405',
  'd3,enb-muc-3,muc,ran,op-de,ZTE,ZXSDR B8200,,00:19:c6:aa:bb:cc,.1.3.6.1.4.1.3902.1015,"ZTE eNodeB\nmulti-line sysDescr",,,,,,,ZTE:ZX279:radio;Sanechips::soc,,,,',
  'd4,sw-ham-1,,access,,Cisco,C9300-48P,,,1.3.6.1.4.1.9.1.2494,,SSH-2.0-Cisco-1.25,,,Cisco-SIPGateway/IOS-15.x,,,,,,,',
  'd5,"Zürich “edge”, ünïcode ✓ 𝔘",,,op-ch,,,,001b21010203,,,,,,,,,,,,,',
].join('\r\n') + '\r\n'

/** SMALL_NETWORK as JSON input, written the way people write it (aliases, case, other MAC styles). */
const RAW = [
  {
    id: 'd1', name: 'rt-fra-01', site: 'fra', role: 'CORE', network: 'op-de', vendor: 'Huawei', model: 'NE40E-X8',
    serial: '2102351931P0K9000123', macs: ['00:E0:FC:12:34:56', '00-e0-fc-12-34-57'],
    snmp: { sysObjectID: '1.3.6.1.4.1.2011.2.62', sysDescr: 'Huawei Versatile Routing Platform Software, VRP (R) software, Version 8.180' },
    banners: [{ protocol: 'SSH', text: 'SSH-2.0-HUAWEI-1.5' }],
    firmware: { version: 'V800R011C00', sha256: '9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08' },
    manufactured: '2018-03-14',
  },
  {
    id: 'd2', name: 'cam-ber-07', site: 'ber', role: 'camera', network: 'op-de', manufacturer: 'Acme Vision', model: 'AV-IPC-2',
    macs: ['bcad.2800.0007'],
    banners: [{ protocol: 'http', field: 'Server', text: 'App-webs/' }, { protocol: 'rtsp', text: 'RTSP/1.0 "Hikvision" server, rev 2' }],
    components: [{ manufacturer: 'HiSilicon', model: 'Hi3516', kind: 'soc' }],
    purpose: 'government-facility-security', lat: 52.52, lon: 13.405,
  },
  {
    id: 'd3', name: 'enb-muc-3', site: 'muc', role: 'ran', network: 'op-de', manufacturer: 'ZTE', model: 'ZXSDR B8200',
    macs: ['00:19:c6:aa:bb:cc'], snmp: { sysObjectID: '.1.3.6.1.4.1.3902.1015', sysDescr: 'ZTE eNodeB\nmulti-line sysDescr' },
    components: [{ manufacturer: 'ZTE', model: 'ZX279', kind: 'radio' }, { manufacturer: 'Sanechips', kind: 'soc' }],
  },
  {
    id: 'd4', name: 'sw-ham-1', role: 'access', manufacturer: 'Cisco', model: 'C9300-48P', snmp: { sysObjectID: '1.3.6.1.4.1.9.1.2494' },
    banners: [{ protocol: 'ssh', text: 'SSH-2.0-Cisco-1.25' }, { protocol: 'sip', field: 'user-agent', text: 'Cisco-SIPGateway/IOS-15.x' }],
    site: '', serial: null,
  },
  { id: 'd5', name: 'Zürich “edge”, ünïcode ✓ 𝔘', network: 'op-ch', macs: '001b21010203' },
]

const NETWORK_JSON = `[\n${RAW.map((d) => JSON.stringify(d)).join(',\n')}\n]\n`
const NETWORK_JSONL = RAW.map((d) => JSON.stringify(d)).join('\n\n') + '\n'
const NETWORK_WRAPPED = JSON.stringify({ version: 1, devices: RAW }, null, 2)
/** Lines where the elements of the pretty-printed `devices` array open. */
const WRAPPED_LINES = NETWORK_WRAPPED.split('\n').flatMap((l, i) => (l === '    {' ? [i + 1] : []))

runInventoryFormatSuite({ name: 'CSV', file: 'network.csv', text: NETWORK_CSV, lines: [2, 3, 4, 6, 7] })
runInventoryFormatSuite({ name: 'JSON array', file: 'network.json', text: NETWORK_JSON, lines: [2, 3, 4, 5, 6] })
runInventoryFormatSuite({ name: 'JSON Lines', file: 'network.jsonl', text: NETWORK_JSONL, lines: [1, 3, 5, 7, 9] })
runInventoryFormatSuite({ name: '{"devices": [...]}', file: 'network.json', text: NETWORK_WRAPPED, lines: WRAPPED_LINES })
runInventoryFormatSuite({ name: 'JSON array from stdin (format sniffed)', file: '<stdin>', text: NETWORK_JSON, lines: [2, 3, 4, 5, 6] })
runInventoryFormatSuite({ name: 'CSV from stdin (format sniffed)', file: '<stdin>', text: NETWORK_CSV, lines: [2, 3, 4, 6, 7] })

describe('the same network in every format', () => {
  it('gives identical Device objects from CSV, a JSON array and JSON Lines', () => {
    const csv = parseInventory(NETWORK_CSV, { file: 'network.csv' }).devices
    const json = parseInventory(NETWORK_JSON, { file: 'network.json' }).devices
    const jsonl = parseInventory(NETWORK_JSONL, { file: 'network.jsonl' }).devices
    expect(json).toEqual(csv)
    expect(jsonl).toEqual(csv)
    expect(JSON.stringify(jsonl)).toBe(JSON.stringify(csv))
    expect(csv).toEqual(SMALL_NETWORK)
  })
})
