import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { identify } from '../identify/identify.js'
import type { Device } from '../domain/device.js'
import { collect } from './formats.case.test.js'
import { isNexposeCsvStart } from './nexpose.js'
import { parseInventory } from './parse.js'

const REPORT = readFileSync(new URL('../../test/fixtures/inventory/nexpose-report.xml', import.meta.url), 'utf8')

/**
 * The devices of the nexpose-report.xml fixture: what the services' configurations quoted, the
 * product a service fingerprint names where nothing was quoted, never the OS fingerprints (10.0.0.9's
 * "ZTE ZXROS" guess) nor a MAC of zeros.
 */
const DEVICES = [
  {
    id: '10.0.0.1', name: 'rt-fra-01.example.net', macs: ['00:e0:fc:12:34:56'],
    banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }],
  },
  {
    id: '10.0.0.5', name: 'cam-lobby.example.net', macs: ['bc:ad:28:00:00:07'],
    banners: [
      { protocol: 'http', field: 'server', text: 'App-webs/' },
      { protocol: 'rtsp', field: 'product', text: 'Hikvision RTSP server' },
    ],
  },
  {
    id: '10.0.0.9',
    banners: [{ protocol: 'ssh', text: 'SSH-2.0-OpenSSH_7.4' }, { protocol: 'ftp', text: '220 (vsFTPd 3.0.3)' }],
  },
]

/** A report of one node around the given endpoints. */
const node = (endpoints: string, attrs = 'address="10.0.0.7" status="alive"') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<NexposeReport version="2.0"><scans><scan id="1" name="s" status="finished"/></scans><nodes>\n<node ${attrs}><endpoints>${endpoints}</endpoints></node>\n</nodes><VulnerabilityDefinitions/></NexposeReport>\n`

describe('Rapid7 Nexpose / InsightVM reports (XML Export 2.0)', () => {
  it('read one device per node, with its MAC, DNS name and the banners its services quoted', () => {
    const { devices, diagnostics } = parseInventory(REPORT, { file: 'report.xml' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual(DEVICES)
  })

  it('read the same from standard input, told by the root element, in chunks of any size', async () => {
    const fromStdin = await collect(REPORT.match(/[\s\S]{1,7}/g)!, { file: '<stdin>' })
    expect(fromStdin.devices).toEqual(DEVICES)
    expect(fromStdin.codes).toEqual([])
  })

  it('attribute the Huawei router and the Hikvision camera, and nothing to the host only Rapid7\'s OS fingerprint names', () => {
    const catalog = loadDefaultCatalog()
    const groups = parseInventory(REPORT, { file: 'report.xml' }).devices.map((d) => [d.id, identify(d as Device, catalog).group ?? null])
    expect(groups).toEqual([['10.0.0.1', 'huawei'], ['10.0.0.5', 'hikvision'], ['10.0.0.9', null]])
  })

  it('take a service fingerprint as the product Rapid7 read off a port with nothing quoted, as nmap -sV\'s', () => {
    const xml = node(`<endpoint protocol="tcp" port="443" status="open"><services><service name="HTTPS">
<fingerprints><fingerprint certainty="0.90" vendor="Huawei" family="VRP" product="HTTPD" version="5.70"/><fingerprint certainty="0.50" vendor="Other" product="X"/></fingerprints>
<configuration><config name="verbs-count">0</config></configuration><tests/></service></services></endpoint>`)
    const [device] = parseInventory(xml, { file: 'r.xml' }).devices
    expect(device).toEqual({ id: '10.0.0.7', banners: [{ protocol: 'https', field: 'product', text: 'Huawei HTTPD 5.70' }] })
    expect(identify(device as Device, loadDefaultCatalog())).toMatchObject({ group: 'huawei', confidence: 0.4 })
  })

  it('read an HTTPS Server header, http.banner when it comes alone, a NetBIOS name, and a MAC with colons', () => {
    const xml = node(
      `<endpoint protocol="tcp" port="8443" status="open"><services><service name="HTTPS"><configuration><config name="http.banner">DNVRS-Webs</config></configuration></service></services></endpoint>`,
      'address="10.0.0.8" status="alive" hardware-address="bc:ad:28:00:00:08"><names><name>CAM-GATE</name></names',
    )
    expect(parseInventory(xml, { file: 'r.xml' }).devices).toEqual([
      { id: '10.0.0.8', name: 'CAM-GATE', macs: ['bc:ad:28:00:00:08'], banners: [{ protocol: 'https', field: 'server', text: 'DNVRS-Webs' }] },
    ])
  })

  it('read the older XML Export (version 1.0) the same way', () => {
    const old = REPORT.replace('<NexposeReport version="2.0">', '<NexposeReport version="1.0">')
    expect(parseInventory(old, { file: 'report.xml' }).devices).toEqual(DEVICES)
  })

  it('report malformed XML with the line, and say a Nexpose report was expected', () => {
    const broken = parseInventory('<NexposeReport version="2.0">\n<nodes>\n<node address="10.0.0.1">\n</nodes>\n', { file: 'report.xml' })
    expect(broken.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_xml@4'])
    expect(formatDiagnostic(broken.diagnostics[0]!)).toMatch(/\(the XML of a Rapid7 Nexpose or InsightVM report \(XML Export 2\.0, <NexposeReport>\) is expected\)\.$/)
  })

  it('read a CSV report of vulnerabilities as one device per asset, with its MACs and names, without a warning for each vulnerability', () => {
    // Column names of InsightVM's CSV report template fields, as the exports read by klezVirus/nx_reporter name them.
    const header = '"Asset IP Address","Asset MAC Addresses","Asset Names","Asset OS Name","Service Name","Service Port","Vulnerability ID","Vulnerability Proof","Vulnerability Severity Level","Vulnerability Title"\n'
    const csv = header +
      '"10.1.1.1","00:E0:FC:12:34:56","sw-core-01.example.net","VRP","SSH","22","ssh-cve-2008-5161","Running SSH service","4","SSH CBC vulnerability"\n' +
      '"10.1.1.2","C0:56:E3:AA:BB:CC","cam-lobby","Linux","HTTP","80","http-trace-method-enabled","Running HTTP service","4","HTTP TRACE Method Enabled"\n' +
      '"10.1.1.1","00:E0:FC:12:34:56","sw-core-01.example.net","VRP","SNMP","161","snmp-read-0001","Running SNMP service","8","SNMP default community"\n' +
      '"10.1.1.2","C0:56:E3:AA:BB:CC","cam-lobby","Linux","HTTPS","443","ssl-self-signed-certificate","Running HTTPS service","4","Self-signed TLS/SSL certificate"\n'
    const { devices, diagnostics } = parseInventory(csv, { file: 'insightvm.csv' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '10.1.1.1', name: 'sw-core-01.example.net', macs: ['00:e0:fc:12:34:56'] },
      { id: '10.1.1.2', name: 'cam-lobby', macs: ['c0:56:e3:aa:bb:cc'] },
    ])
    // Read by one thread, as an asset's rows are apart.
    expect(isNexposeCsvStart(csv)).toBe(true)
    expect(isNexposeCsvStart('"Asset IP Address","Asset MAC Addresses","Asset Names"\n')).toBe(false)
  })

  it('read a CSV report of assets by their names, an asset without a name by its IP address', () => {
    const csv = '"Asset IP Address","Asset MAC Addresses","Asset Names","Asset OS Name"\n' +
      '"10.1.1.1","00:E0:FC:12:34:56","sw-core-01.example.net","Huawei VRP"\n' +
      '"10.1.1.3","00:E0:FC:12:34:99","","Huawei VRP"\n'
    const { devices } = parseInventory(csv, { file: 'assets.csv' })
    expect(devices.map((d) => [d.id, d.name])).toEqual([['sw-core-01.example.net', 'sw-core-01.example.net'], ['10.1.1.3', '10.1.1.3']])
  })
})
