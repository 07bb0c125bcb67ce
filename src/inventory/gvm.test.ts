import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { collect } from './formats.case.test.js'
import { parseInventory } from './parse.js'

const REPORT = readFileSync(new URL('../../test/fixtures/inventory/gvm-report.xml', import.meta.url), 'utf8')

/**
 * The devices of the gvm-report.xml fixture: what the NVTs quoted of the devices and the CPEs its
 * product detections registered, not the OS detection's guess (10.0.0.9's best_os_cpe).
 */
const DEVICES = [
  {
    id: '10.0.0.5', name: 'cam-lobby.example.net', manufacturer: 'cpe:/h:hikvision:ip_camera',
    macs: ['bc:ad:28:00:00:07'],
    banners: [{ protocol: 'http', field: 'server', text: 'App-webs/' }],
  },
  {
    id: '10.0.0.1', name: 'rt-fra-01.example.net', manufacturer: 'cpe:/h:huawei:ne40e', serial: '2102351234',
    macs: ['00:e0:fc:12:34:56'],
    snmp: {
      sysObjectID: '1.3.6.1.4.1.2011.2.62.2.9',
      sysDescr: 'Huawei Versatile Routing Platform Software\nVRP (R) software, Version 8.180 (NE40E V800R011C00SPC200)\nCopyright (C) 2012-2018 Huawei Technologies Co., Ltd.\nHUAWEI NE40E-X8',
    },
    banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }],
  },
  { id: '10.0.0.9' },
]

/** The same scan as Greenbone's "CSV Results" export (the report format's header; rows sorted by severity). */
const CSV_HEADER = 'IP,Hostname,Port,Port Protocol,CVSS,Severity,Solution Type,NVT Name,Summary,Specific Result,NVT OID,CVEs,Task ID,Task Name,Timestamp,Result ID,Impact,Solution,Affected Software/OS,Vulnerability Insight,Vulnerability Detection Method,Product Detection Result,BIDs,CERTs,Other References'
const row = (ip: string, hostname: string, port: string, nvt: string, result: string, oid: string, product = '') =>
  `${ip},${hostname},${port},tcp,0.0,Log,"","${nvt}","","${result.replaceAll('"', '""')}",${oid},"",2b0f0a39-0f36-4c16-8a3c-0cf2a2c6f5c1,"Branch office",2025-03-04T09:13:05Z,0c7f1b8e-3a55-4a0e-9d2b-27a1f6d5e101,"","","","","","${product}","","",""`
const CSV = [
  CSV_HEADER,
  row('10.0.0.5', 'cam-lobby.example.net', '80', 'Hikvision IP Camera Web Interface Multiple Vulnerabilities', 'Installed version: 5.4.5', '1.3.6.1.4.1.25623.1.0.113712',
    'Product: cpe:/h:hikvision:ip_camera\nMethod: Hikvision IP Camera Detection (HTTP)\n(OID: 1.3.6.1.4.1.25623.1.0.107332)\n'),
  row('10.0.0.1', 'rt-fra-01.example.net', '22', 'SSH Server type and version', 'Remote SSH server banner: SSH-2.0-HUAWEI-1.5\nRemote SSH supported authentication: password,publickey\nRemote SSH text/login banner: (not available)', '1.3.6.1.4.1.25623.1.0.10267'),
  row('10.0.0.7', '', '21', 'FTP Banner Detection', 'Remote FTP server banner:\n\n220 ZXHN F660 FTP version 1.0 ready\n\nThis is probably: ZTE', '1.3.6.1.4.1.25623.1.0.10092'),
  row('10.0.0.5', 'cam-lobby.example.net', '80', 'HTTP Server type and version', 'The remote HTTP Server banner is:\n\nServer: App-webs/', '1.3.6.1.4.1.25623.1.0.10107'),
  row('10.0.0.7', '', '23', 'Telnet Banner Reporting', 'Remote Telnet banner:\n\nF660\nLogin:', '1.3.6.1.4.1.25623.1.0.10281'),
  row('10.0.0.1', 'rt-fra-01.example.net', '161', 'SNMP Information Detection and Reporting', 'The following SNMP sysDescr (OID: 1.3.6.1.2.1.1.1.0) was extracted from the remote device:\n\nHuawei Versatile Routing Platform Software\nVRP (R) software, Version 8.180 (NE40E V800R011C00SPC200)', '1.3.6.1.4.1.25623.1.0.103416'),
].join('\n') + '\n'

describe('Greenbone (OpenVAS, GVM) reports', () => {
  it('read an exported XML report as one device per host, with the MACs, banners, SNMP identity and detected hardware maker', () => {
    const { devices, diagnostics } = parseInventory(REPORT, { file: 'report.xml' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual(DEVICES)
  })

  it('read gvmd\'s get_reports answer the same way, also from standard input in chunks of any size', async () => {
    const inner = REPORT.replace(/^<\?xml[^>]*>\n/, '')
    const answer = `<get_reports_response status="200" status_text="OK">${inner}<filters id=""><term>first=1 rows=-1</term></filters><report_count>1<filtered>1</filtered><page>1</page></report_count></get_reports_response>\n`
    expect(parseInventory(answer, { file: 'answer.xml' }).devices).toEqual(DEVICES)
    const fromStdin = await collect(REPORT.match(/[\s\S]{1,7}/g)!, { file: '<stdin>' })
    expect(fromStdin.devices).toEqual(DEVICES)
    expect(fromStdin.codes).toEqual([])
  })

  it('take no maker from the OS detection (best_os_cpe, its report) nor from software CPEs', () => {
    const linux = parseInventory(REPORT, { file: 'report.xml' }).devices.find((d) => d.id === '10.0.0.9')
    expect(linux).toEqual({ id: '10.0.0.9' })
  })

  it('read the older sysDescr output and take the chassis maker the device reports over a CPE', () => {
    const report = `<report id="r"><report id="r"><results>
<result id="a"><host>10.0.0.3</host><port>161/udp</port><nvt oid="1.3.6.1.4.1.25623.1.0.103416"><name>SNMP sysDescr Detection and Reporting</name></nvt><threat>Log</threat>
<description>The following SNMP sysDescr (OID: 1.3.6.1.2.1.1.1.0) was extracted from the remote device:

ZXR10 ROS Version V4.08.23 ZXR10_M6000</description></result>
<result id="b"><host>10.0.0.3</host><nvt oid="x"><name>SNMP Information Detection and Reporting</name></nvt><description>The following SNMP information was extracted from the remote device:
  Manufacturer Name (OID: 1.3.6.1.2.1.47.1.1.1.1.12.1) :   ZTE Corporation
  Model Name (OID: 1.3.6.1.2.1.47.1.1.1.1.13.1) :          ZXR10 M6000-8S</description></result>
</results><host><ip>10.0.0.3</ip><detail><name>App</name><value>cpe:/h:example:router</value></detail></host></report></report>`
    expect(parseInventory(report, { file: 'report.xml' }).devices).toEqual([
      { id: '10.0.0.3', manufacturer: 'ZTE Corporation', model: 'ZXR10 M6000-8S', snmp: { sysDescr: 'ZXR10 ROS Version V4.08.23 ZXR10_M6000' } },
    ])
  })

  it('take a maker from the OS CPE of one maker\'s devices, but not from a device maker\'s server system or a general OS', () => {
    const host = (ip: string, ...cpes: string[]) => `<host><ip>${ip}</ip>${cpes.map((c) => `<detail><name>App</name><value>${c}</value><source><type>nvt</type></source></detail>`).join('')}</host>`
    const report = '<report id="r"><report id="r"><results></results>' +
      // What Greenbone's VRP consolidation registers for a model it could not tell.
      host('10.0.0.1', 'cpe:/o:huawei:vrp_firmware:v200r010c00', 'cpe:/h:huawei:vrp') +
      host('10.0.0.2', 'cpe:/a:mikrotik:winbox', 'cpe:/o:mikrotik:routeros:6.49.7') +
      // Huawei's EulerOS on a server of any maker, beside the packages it found.
      host('10.0.0.3', 'cpe:/o:huawei:euleros:2.0:sp9', 'cpe:/a:openbsd:openssh:7.8') +
      host('10.0.0.4', 'cpe:/o:linux:kernel', 'cpe:/o:vmware:esxi:7.0.3') +
      '</report></report>'
    const { devices, diagnostics } = parseInventory(report, { file: 'report.xml' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '10.0.0.1', manufacturer: 'cpe:/h:huawei:vrp' },
      { id: '10.0.0.2', manufacturer: 'cpe:/o:mikrotik:routeros:6.49.7' },
      { id: '10.0.0.3' },
      { id: '10.0.0.4' },
    ])
  })

  it('read the CSV Results export by grouping its rows by host, with FTP and Telnet banners and the product a vulnerability names', () => {
    const { devices, diagnostics } = parseInventory(CSV, { file: 'results.csv' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '10.0.0.5', name: 'cam-lobby.example.net', manufacturer: 'cpe:/h:hikvision:ip_camera', banners: [{ protocol: 'http', field: 'server', text: 'App-webs/' }] },
      {
        id: '10.0.0.1', name: 'rt-fra-01.example.net',
        snmp: { sysDescr: 'Huawei Versatile Routing Platform Software\nVRP (R) software, Version 8.180 (NE40E V800R011C00SPC200)' },
        banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }],
      },
      { id: '10.0.0.7', banners: [{ protocol: 'ftp', text: '220 ZXHN F660 FTP version 1.0 ready' }, { protocol: 'telnet', text: 'F660\nLogin:' }] },
    ])
  })

  it('report a CSV row with the wrong number of fields, and malformed XML, with the line', () => {
    const short = parseInventory(`${CSV_HEADER}\n10.0.0.1,rt-fra-01\n`, { file: 'results.csv' })
    expect(short.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_csv@2'])
    const broken = parseInventory('<report id="r">\n<report id="r">\n<results>\n</report>\n', { file: 'report.xml' })
    expect(broken.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_xml@4'])
    expect(formatDiagnostic(broken.diagnostics[0]!)).toMatch(/\(the XML of a Greenbone \(OpenVAS, GVM\) report \(<report> or <get_reports_response>\) is expected\)\.$/)
  })
})
