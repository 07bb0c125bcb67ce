import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { collect } from './formats.case.test.js'
import { detectInventoryFormat } from './formats.js'
import { isNessusCsvStart } from './nessus.js'
import { parseInventory } from './parse.js'

const SCAN = readFileSync(new URL('../../test/fixtures/inventory/scan.nessus', import.meta.url), 'utf8')

/** The devices of the scan.nessus fixture: evidence Nessus captured, not its OS or device-type guesses. */
const DEVICES = [
  {
    id: '10.0.0.1', name: 'rt-fra-01.example.net',
    macs: ['00:e0:fc:12:34:56', '00:e0:fc:12:34:57', '00:e0:fc:12:34:58'],
    snmp: { sysObjectID: '1.3.6.1.4.1.2011.2.62.2.9', sysDescr: 'Huawei Versatile Routing Platform Software\nVRP (R) software, Version 8.180 (NE40E V800R011C00SPC200)' },
    banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }],
  },
  { id: '10.0.0.5', name: 'CAM-LOBBY', macs: ['bc:ad:28:00:00:07'], banners: [{ protocol: 'http', field: 'server', text: 'App-webs/' }] },
  { id: '10.0.0.9' },
]

/** A CSV findings export of the same scan, a host's rows scattered, output as Nessus writes it (a leading line break). */
const CSV = `"Plugin ID","CVE","CVSS","Risk","Host","Protocol","Port","Name","Synopsis","Description","Solution","See Also","Plugin Output"
"10267","","","None","10.0.0.1","tcp","22","SSH Server Type and Version Information","An SSH server is listening on this port.","It is possible to obtain information about the remote SSH server.","n/a","","
SSH version : SSH-2.0-HUAWEI-1.5
SSH supported authentication : password,publickey
"
"10107","","","None","cam-lobby.example.net","tcp","80","HTTP Server Type and Version","A web server is running on the remote host.","This plugin attempts to determine the type and the version of the remote web server.","n/a","","
The remote web server type is :

App-webs/
"
"19506","","","None","10.0.0.9","tcp","0","Nessus Scan Information","Information about the Nessus scan.","","n/a","","Information about this scan : ..."
"10800","","","Medium","10.0.0.1","udp","161","SNMP Query System Information Disclosure","The System Information of the remote host can be obtained via SNMP.","","","","
System information :
 sysDescr     : Huawei Versatile Routing Platform Software
VRP (R) software, Version 8.180 (NE40E V800R011C00SPC200)
 sysObjectID  : 1.3.6.1.4.1.2011.2.62.2.9
 sysUptime    : 12d 3h 4m 5s
"
"86420","","","None","10.0.0.1","tcp","0","Ethernet MAC Addresses","","","n/a","","The following is a consolidated list of detected MAC addresses:
  - 00:E0:FC:12:34:56
"
"86420","","","None","cam-lobby.example.net","tcp","0","Ethernet MAC Addresses","","","n/a","","The following is a consolidated list of detected MAC addresses:
  - bc:ad:28:00:00:07
"
`

describe('Nessus scans', () => {
  it('read a .nessus file as one device per host, with the MACs, sysDescr, sysObjectID and banners its plugins captured', () => {
    const { devices, diagnostics } = parseInventory(SCAN, { file: 'scan.nessus' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual(DEVICES)
  })

  it('read the MACs of a plugin output that holds a long run of blank lines', () => {
    // Each line of the run was a start from which the MAC line pattern went over the rest of the run: 100,000 took minutes.
    const csv = CSV.split('\n', 1)[0] + '\n"86420","","","None","10.0.0.7","tcp","0","Ethernet MAC Addresses","","","n/a","","' +
      'The following is a consolidated list of detected MAC addresses:\n  - 00:E0:FC:12:34:57\n' + ' \n'.repeat(100_000) + '"\n'
    const { devices, diagnostics } = parseInventory(csv, { file: 'export.csv' })
    expect(diagnostics).toEqual([])
    expect(devices).toMatchObject([{ macs: ['00:e0:fc:12:34:57'] }])
  })

  it('are told by the .nessus name, or by the root element of an .xml file or standard input, in chunks of any size', async () => {
    expect(detectInventoryFormat('scan.nessus')).toBe('nessus')
    expect(parseInventory(SCAN, { file: 'scan.xml' }).devices).toEqual(DEVICES)
    // A file that is no XML, asked for as a scan: one error says what the format asked for starts
    // with and what the file looks like, and nothing is read.
    const asked = parseInventory('id\nd1\n', { file: 'hosts.txt', format: 'nessus' })
    expect(asked.devices).toEqual([])
    expect(asked.diagnostics.map(formatDiagnostic)).toEqual([
      'hosts.txt:1: error: the text does not start as a Nessus scan (XML, or a Tenable CSV findings export with its plugin ID column) does, which --input-format nessus asks for: ' +
        'it starts like CSV, and is not read. Leave --input-format out (the format is told from the content), or check that this is the file meant.',
    ])
    expect(parseInventory('\n\nid\nd1\n', { file: 'hosts.txt', format: 'nmap' }).diagnostics).toMatchObject([{ code: 'format_mismatch', severity: 'error', asked: 'nmap', at: { line: 3 } }])
    // The CSV export is a Nessus scan too.
    expect(parseInventory(CSV, { file: 'export.txt', format: 'nessus' })).toEqual(parseInventory(CSV, { file: 'scan.csv' }))
    const fromStdin = await collect(SCAN.match(/[\s\S]{1,7}/g)!, { file: '<stdin>' })
    expect(fromStdin.devices).toEqual(DEVICES)
    expect(fromStdin.codes).toEqual([])
  })

  it('read a CSV findings export by grouping its rows by host, the host names as ids', () => {
    const { devices, diagnostics } = parseInventory(CSV, { file: 'scan.csv' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      {
        id: '10.0.0.1', macs: ['00:e0:fc:12:34:56'],
        snmp: { sysObjectID: '1.3.6.1.4.1.2011.2.62.2.9', sysDescr: 'Huawei Versatile Routing Platform Software\nVRP (R) software, Version 8.180 (NE40E V800R011C00SPC200)' },
        banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }],
      },
      { id: 'cam-lobby.example.net', macs: ['bc:ad:28:00:00:07'], banners: [{ protocol: 'http', field: 'server', text: 'App-webs/' }] },
      { id: '10.0.0.9' },
    ])
  })

  it('take the IP address and FQDN columns of newer CSV exports as id and name', () => {
    const csv = 'Plugin ID,CVE,CVSS,Risk,Host,Protocol,Port,Name,Synopsis,Description,Solution,See Also,Plugin Output,IP Address,FQDN,NetBios\n' +
      '10092,,,None,ftp01,tcp,21,FTP Server Detection,,,,,"\nThe remote FTP banner is :\n\n220 FTP version 1.0 ready\n",10.0.0.7,ftp01.example.net,FTP01\n'
    expect(parseInventory(csv, { file: 'scan.csv' }).devices).toEqual([
      { id: '10.0.0.7', name: 'ftp01.example.net', banners: [{ protocol: 'ftp', text: '220 FTP version 1.0 ready' }] },
    ])
  })

  it('read Tenable Security Center\'s CSV export as one device per IP address, with its MAC column and its plugin outputs', () => {
    // The header of Security Center's vulnerability detail list, as in DefectDojo's unittests/scans/tenable/issue_9612.csv:
    // no Host column, the outputs after "Plugin Output: ", a host's MAC on every one of its rows.
    const header = '"Plugin","Plugin Name","Family","Severity","IP Address","Protocol","Port","Exploit?","Repository","MAC Address","DNS Name","NetBIOS Name","Plugin Output","Synopsis"\n'
    const csv = header +
      '"10267","SSH Server Type and Version Information","Service detection","Info","10.1.1.1","TCP","22","No","Individual Scan","00:e0:fc:12:34:56","sw-core-01.example.net","","Plugin Output: \nSSH version : SSH-2.0-HUAWEI-1.5\nSSH supported authentication : password,publickey\n","An SSH server is listening on this port."\n' +
      '"10107","HTTP Server Type and Version","Web Servers","Info","10.1.1.2","TCP","80","No","Individual Scan","c0:56:e3:aa:bb:cc","","","Plugin Output: \nThe remote web server type is :\n\nApp-webs/","A web server is running on the remote host."\n' +
      '"11936","OS Identification","General","Info","10.1.1.1","TCP","0","No","Individual Scan","00:e0:fc:12:34:56","sw-core-01.example.net","","Plugin Output: \nRemote operating system : Huawei VRP\nConfidence level : 70\n","It is possible to guess the remote operating system."\n' +
      '"42873","SSL Medium Strength Cipher Suites Supported (SWEET32)","General","High","10.1.1.2","TCP","443","No","Individual Scan","c0:56:e3:aa:bb:cc","","","Plugin Output: \n  Medium Strength Ciphers","The remote service supports the use of medium strength SSL ciphers."\n'
    const { devices, diagnostics } = parseInventory(csv, { file: 'sc-vulns.csv' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '10.1.1.1', name: 'sw-core-01.example.net', macs: ['00:e0:fc:12:34:56'], banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }] },
      { id: '10.1.1.2', macs: ['c0:56:e3:aa:bb:cc'], banners: [{ protocol: 'http', field: 'server', text: 'App-webs/' }] },
    ])
    expect(parseInventory(csv, { file: 'export.txt', format: 'nessus' })).toEqual(parseInventory(csv, { file: 'sc-vulns.csv' }))
    // The columns in the order they were chosen in the export, the IP address first.
    const reordered = csv.split('\n').map((l) => l.replace(/^("[^"]*"),("[^"]*"),("[^"]*"),("[^"]*"),("[^"]*"),/, '$5,$1,$2,$3,$4,')).join('\n')
    expect(reordered.startsWith('"IP Address","Plugin","Plugin Name",')).toBe(true)
    expect(parseInventory(reordered, { file: 'sc-vulns.csv' })).toEqual({ devices, diagnostics: [] })
    // Older versions call the output column "Plugin Text".
    expect(parseInventory(csv.replace('"Plugin Output","Synopsis"', '"Plugin Text","Synopsis"'), { file: 'sc-vulns.csv' }).devices).toEqual(devices)
  })

  it('read Tenable Vulnerability Management\'s findings exports as one device per asset, however many findings it has', () => {
    // The export API's fields flattened with dots, as pyTenable's export_vulns_to_csv example writes them.
    const api = 'asset.fqdn,asset.hostname,asset.operating_system,asset.uuid,asset.ipv4,asset.mac_address,plugin.id,plugin.name,port.port,port.protocol,severity,state,output\n' +
      'sw-core-01.example.net,sw-core-01,[\'Huawei VRP\'],7d0d4b6e-3c1a-4b8e-9a53-6c2f3f8a1e01,10.1.1.1,00:e0:fc:12:34:56,10267,SSH Server Type and Version Information,22,TCP,info,OPEN,"\nSSH version : SSH-2.0-HUAWEI-1.5\nSSH supported authentication : password,publickey\n"\n' +
      ',cam-lobby,[\'Linux Kernel 3.0\'],b1f2c3d4-0e5f-4a6b-8c7d-9e0f1a2b3c4d,10.1.1.2,c0:56:e3:aa:bb:cc,10107,HTTP Server Type and Version,80,TCP,info,OPEN,"\nThe remote web server type is :\n\nApp-webs/\n"\n' +
      'sw-core-01.example.net,sw-core-01,[\'Huawei VRP\'],7d0d4b6e-3c1a-4b8e-9a53-6c2f3f8a1e01,10.1.1.1,00:e0:fc:12:34:56,11936,OS Identification,0,TCP,info,OPEN,"\nRemote operating system : Huawei VRP\n"\n' +
      ',cam-lobby,[\'Linux Kernel 3.0\'],b1f2c3d4-0e5f-4a6b-8c7d-9e0f1a2b3c4d,10.1.1.2,c0:56:e3:aa:bb:cc,42873,SSL Medium Strength Cipher Suites Supported (SWEET32),443,TCP,high,OPEN,"\n  Medium Strength Ciphers\n"\n'
    const fromApi = parseInventory(api, { file: 'vulns.csv' })
    expect(fromApi.diagnostics).toEqual([])
    expect(fromApi.devices).toEqual([
      { id: '10.1.1.1', name: 'sw-core-01.example.net', macs: ['00:e0:fc:12:34:56'], banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }] },
      { id: '10.1.1.2', name: 'cam-lobby', macs: ['c0:56:e3:aa:bb:cc'], banners: [{ protocol: 'http', field: 'server', text: 'App-webs/' }] },
    ])
    // The web interface's findings export (Tenable's "Findings Export Fields and Associated CSV Keys"): an asset's
    // addresses as a list, its IP address the device's id.
    const ui = 'asset.name,asset.id,asset.ipv4_addresses,asset.display_fqdn,asset.mac_addresses,definition.id,definition.name,port,protocol,severity,state,output\n' +
      'cam-lobby,b1f2c3d4-0e5f-4a6b-8c7d-9e0f1a2b3c4d,"10.1.1.2, 192.168.0.64",,"c0:56:e3:aa:bb:cc, c0:56:e3:aa:bb:cd",10107,HTTP Server Type and Version,80,TCP,Info,ACTIVE,"\nThe remote web server type is :\n\nApp-webs/\n"\n' +
      'cam-lobby,b1f2c3d4-0e5f-4a6b-8c7d-9e0f1a2b3c4d,"10.1.1.2, 192.168.0.64",,"c0:56:e3:aa:bb:cc, c0:56:e3:aa:bb:cd",42873,SSL Medium Strength Cipher Suites Supported (SWEET32),443,TCP,High,ACTIVE,x\n'.repeat(50)
    const fromUi = parseInventory(ui, { file: 'findings.csv' })
    expect(fromUi.diagnostics).toEqual([])
    expect(fromUi.devices).toEqual([
      { id: '10.1.1.2', name: 'cam-lobby', macs: ['c0:56:e3:aa:bb:cc', 'c0:56:e3:aa:bb:cd'], banners: [{ protocol: 'http', field: 'server', text: 'App-webs/' }] },
    ])
    // The addresses under the key Tenable's host audit findings give them.
    expect(parseInventory(ui.replace('asset.ipv4_addresses', 'asset.ip_addresses'), { file: 'findings.csv' }).devices).toEqual(fromUi.devices)
    // Read by one thread, as Nessus's export is: a host's rows are scattered through the file.
    expect(isNessusCsvStart(api)).toBe(true)
    expect(isNessusCsvStart(ui)).toBe(true)
    expect(isNessusCsvStart('id,name,plugin\n')).toBe(false)
  })

  it('say once which column is missing when a Vulnerability Management export names no asset, rather than that it holds no devices', () => {
    const csv = 'plugin.id,plugin.name,asset.operating_system,output\n' +
      '10267,SSH Server Type and Version Information,Huawei VRP,"\nSSH version : SSH-2.0-HUAWEI-1.5\n"\n' +
      '10107,HTTP Server Type and Version,Linux,"\nThe remote web server type is :\n\nApp-webs/\n"\n'
    const { devices, diagnostics } = parseInventory(csv, { file: 'vulns.csv' })
    expect(devices).toEqual([])
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'vulns.csv:1: error: missing column "asset.id". Expected columns include: asset.uuid, asset.id, asset.name, asset.hostname, asset.host_name, ' +
        'asset.ipv4, asset.display_ipv4_address, asset.ipv4_addresses, asset.ip_addresses. Add the column to the header line.',
    ])
  })

  it('report a CSV row with the wrong number of fields, and malformed XML or another XML document, with the line', () => {
    const short = parseInventory('"Plugin ID","Host","Plugin Output"\n"10267","10.0.0.1"\n', { file: 'scan.csv' })
    expect(short.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_csv@2'])
    const broken = parseInventory('<NessusClientData_v2>\n<Report>\n<ReportHost name="10.0.0.1">\n</Report>\n', { file: 'scan.nessus' })
    expect(broken.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_xml@4'])
    expect(formatDiagnostic(broken.diagnostics[0]!)).toMatch(/\(the XML of a Nessus scan \(\.nessus, NessusClientData_v2\) is expected\)\.$/)
    const entities = parseInventory('<!DOCTYPE NessusClientData_v2 [ <!ENTITY a "aaaa"> ]>\n<NessusClientData_v2/>\n', { file: 'scan.nessus' }).diagnostics
    expect(entities.map((d) => d.code)).toEqual(['malformed_xml'])
  })
})
