import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { collect } from './formats.case.test.js'
import { parseInventory } from './parse.js'
import { isQualysCsvStart } from './qualys.js'

const SCAN = readFileSync(new URL('../../test/fixtures/inventory/qualys-scan.xml', import.meta.url), 'utf8')

/** The devices of the qualys-scan.xml fixture: what the device sent, not Qualys's OS fingerprint. */
const DEVICES = [
  { id: '10.0.0.1', name: 'rt-fra-01.example.net', macs: ['00:e0:fc:12:34:56'], banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }] },
  { id: '10.0.0.5', name: 'CAM-LOBBY', macs: ['bc:ad:28:00:00:07'], banners: [{ protocol: 'http', field: 'server', text: 'App-webs/' }] },
  { id: '10.0.0.9' },
]

/** A scan report from a template (Reports > Scan Report > XML), as Qualys writes it. */
const ASSET_DATA_REPORT = `<?xml version="1.0" encoding="UTF-8" ?>

<!DOCTYPE ASSET_DATA_REPORT SYSTEM "https://qualysguard.qg2.apps.qualys.com/asset_data_report.dtd">
<ASSET_DATA_REPORT>
  <HEADER>
    <COMPANY><![CDATA[Example Networks]]></COMPANY>
    <GENERATION_DATETIME>2026-12-04T11:00:00Z</GENERATION_DATETIME>
    <TEMPLATE><![CDATA[Technical Report]]></TEMPLATE>
  </HEADER>
  <RISK_SCORE_PER_HOST>
    <HOSTS>
      <IP_ADDRESS>10.0.0.1</IP_ADDRESS>
      <TOTAL_VULNERABILITIES>3</TOTAL_VULNERABILITIES>
    </HOSTS>
  </RISK_SCORE_PER_HOST>
  <HOST_LIST>
    <HOST>
      <IP network_id="0">10.0.0.1</IP>
      <TRACKING_METHOD>IP</TRACKING_METHOD>
      <DNS><![CDATA[rt-fra-01.example.net]]></DNS>
      <NETBIOS><![CDATA[RT-FRA-01]]></NETBIOS>
      <OPERATING_SYSTEM><![CDATA[Linux 2.4-2.6 / Embedded Device]]></OPERATING_SYSTEM>
      <VULN_INFO_LIST>
        <VULN_INFO>
          <QID id="qid_38050">38050</QID>
          <TYPE>Ig</TYPE>
          <PORT>22</PORT>
          <SERVICE>ssh</SERVICE>
          <PROTOCOL>tcp</PROTOCOL>
          <SSL>false</SSL>
          <RESULT><![CDATA[SSH-2.0-HUAWEI-1.5]]></RESULT>
          <FIRST_FOUND>2026-11-30T21:57:48Z</FIRST_FOUND>
        </VULN_INFO>
        <VULN_INFO>
          <QID id="qid_10464">10464</QID>
          <TYPE>Vuln</TYPE>
          <RESULT><![CDATA[Server: App-webs/ (a page that only mentions a header)]]></RESULT>
        </VULN_INFO>
      </VULN_INFO_LIST>
    </HOST>
    <HOST>
      <IP network_id="0">10.0.0.5</IP>
      <TRACKING_METHOD>IP</TRACKING_METHOD>
      <NETBIOS><![CDATA[CAM-LOBBY]]></NETBIOS>
      <VULN_INFO_LIST>
        <VULN_INFO>
          <QID id="qid_86000">86000</QID>
          <TYPE>Ig</TYPE>
          <PORT>80</PORT>
          <RESULT format="table"><![CDATA[#table\tcols=2
Server Version\tServer Banner
App-webs/\tApp-webs/]]></RESULT>
        </VULN_INFO>
      </VULN_INFO_LIST>
    </HOST>
  </HOST_LIST>
  <GLOSSARY>
    <VULN_DETAILS_LIST>
      <VULN_DETAILS id="qid_38050">
        <QID id="qid_38050">38050</QID>
        <TITLE><![CDATA[SSH Banner]]></TITLE>
      </VULN_DETAILS>
    </VULN_DETAILS_LIST>
  </GLOSSARY>
</ASSET_DATA_REPORT>
`

/** The Host List Detection API's answer (show_igs=1), as the API sends it. */
const DETECTIONS = `<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE HOST_LIST_VM_DETECTION_OUTPUT SYSTEM "https://qualysapi.qg2.apps.qualys.com/api/2.0/fo/asset/host/vm/detection/host_list_vm_detection_output.dtd">
<HOST_LIST_VM_DETECTION_OUTPUT>
  <RESPONSE>
    <DATETIME>2026-12-04T21:59:59Z</DATETIME>
    <HOST_LIST>
      <HOST>
        <ID>2973339</ID>
        <IP>10.0.0.1</IP>
        <TRACKING_METHOD>IP</TRACKING_METHOD>
        <OS><![CDATA[Huawei VRP]]></OS>
        <OS_CPE><![CDATA[cpe:/o:huawei:vrp:::]]></OS_CPE>
        <LAST_SCAN_DATETIME>2026-12-03T23:08:00Z</LAST_SCAN_DATETIME>
        <DETECTION_LIST>
          <DETECTION>
            <QID>6</QID>
            <TYPE>Info</TYPE>
            <RESULTS><![CDATA[IP address\tHost name
10.0.0.1\trt-fra-01.example.net]]></RESULTS>
          </DETECTION>
          <DETECTION>
            <QID>38050</QID>
            <TYPE>Info</TYPE>
            <PORT>22</PORT>
            <PROTOCOL>TCP</PROTOCOL>
            <RESULTS><![CDATA[SSH-2.0-HUAWEI-1.5]]></RESULTS>
          </DETECTION>
        </DETECTION_LIST>
      </HOST>
      <HOST>
        <ID>2973340</ID>
        <IPV6>fd00::7</IPV6>
        <TRACKING_METHOD>IP</TRACKING_METHOD>
        <DETECTION_LIST>
          <DETECTION>
            <QID>43007</QID>
            <TYPE>Info</TYPE>
            <RESULTS><![CDATA[#table\tcols=3
Method\tMAC Address\tVendor
NBTSTAT\tbc-ad-28-00-00-07\tHangzhou Hikvision Digital Technology Co.,Ltd.]]></RESULTS>
          </DETECTION>
          <DETECTION>
            <QID>82044</QID>
            <TYPE>Info</TYPE>
            <RESULTS><![CDATA[CAM-LOBBY]]></RESULTS>
          </DETECTION>
        </DETECTION_LIST>
      </HOST>
    </HOST_LIST>
    <WARNING>
      <CODE>1980</CODE>
      <TEXT>1000 record limit exceeded. Use URL to get next batch of results.</TEXT>
      <URL><![CDATA[https://qualysapi.qg2.apps.qualys.com/api/2.0/fo/asset/host/vm/detection/?action=list&show_igs=1&id_min=2973341]]></URL>
    </WARNING>
  </RESPONSE>
</HOST_LIST_VM_DETECTION_OUTPUT>
`

describe('Qualys results', () => {
  it('read scan results (<SCAN>) as one device per host, with the banners and MACs its QIDs quote, not its OS fingerprint', () => {
    const { devices, diagnostics } = parseInventory(SCAN, { file: 'scan.xml' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual(DEVICES)
  })

  it('are told by the root element, from a file named for nmap or from standard input in chunks of any size', async () => {
    expect(parseInventory(SCAN, { file: 'results', format: 'nmap' }).devices).toEqual(DEVICES)
    const fromStdin = await collect(SCAN.match(/[\s\S]{1,7}/g)!, { file: '<stdin>' })
    expect(fromStdin.devices).toEqual(DEVICES)
    expect(fromStdin.codes).toEqual([])
  })

  it('read a scan report (<ASSET_DATA_REPORT>): the DNS, else the NetBIOS name, and only the results of the QIDs that quote the device', () => {
    const { devices, diagnostics } = parseInventory(ASSET_DATA_REPORT, { file: 'report.xml' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '10.0.0.1', name: 'rt-fra-01.example.net', banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }] },
      { id: '10.0.0.5', name: 'CAM-LOBBY', banners: [{ protocol: 'http', field: 'server', text: 'App-webs/' }] },
    ])
  })

  it('read the Host List Detection API answer, a host known by its IPv6 address only, and the name QID 6 found', () => {
    const { devices, diagnostics } = parseInventory(DETECTIONS.replace(/ *<WARNING>[\s\S]*<\/WARNING>\n/, ''), { file: 'detections.xml' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '10.0.0.1', name: 'rt-fra-01.example.net', banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }] },
      { id: 'fd00::7', name: 'CAM-LOBBY', macs: ['bc:ad:28:00:00:07'] },
    ])
  })

  it('warn that an answer cut at the truncation limit lacks the hosts after it, with the next page\'s URL', () => {
    const { devices, diagnostics } = parseInventory(DETECTIONS, { file: 'detections.xml' })
    expect(devices.map((d) => d.id)).toEqual(['10.0.0.1', 'fd00::7'])
    const line = DETECTIONS.split('\n').findIndex((l) => l.includes('<WARNING>')) + 1
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `detections.xml:${line}: warning: the answer holds only the first page of hosts (the API's truncation limit); the hosts after it are not in this file. ` +
        'Ask again with truncation_limit=0 for every host in one answer, or save the next page ' +
        '(https://qualysapi.qg2.apps.qualys.com/api/2.0/fo/asset/host/vm/detection/?action=list&show_igs=1&id_min=2973341) and read it too.',
    ])
  })

  it('take a DOCTYPE with an empty internal subset, as the older API wrote, and refuse one that declares entities', () => {
    const empty = SCAN.replace('scan-1.dtd">', 'scan-1.dtd"[]>')
    expect(parseInventory(empty, { file: 'scan.xml' }).devices).toEqual(DEVICES)
    const entities = SCAN.replace('scan-1.dtd">', 'scan-1.dtd" [ <!ENTITY a "aaaa"> ]>')
    expect(parseInventory(entities, { file: 'scan.xml' }).diagnostics.map((d) => d.code)).toEqual(['malformed_xml'])
  })

  it('report the API\'s error answer saved in place of results with its code and text, at the line of the text', () => {
    const answer = `<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE SIMPLE_RETURN SYSTEM "https://qualysapi.qg2.apps.qualys.com/api/2.0/simple_return.dtd">
<SIMPLE_RETURN>
  <RESPONSE>
    <DATETIME>2026-12-04T11:00:00Z</DATETIME>
    <CODE>1960</CODE>
    <TEXT>The requested operation is blocked by one or more existing
      Business Objects</TEXT>
  </RESPONSE>
</SIMPLE_RETURN>
`
    const { devices, diagnostics } = parseInventory(answer, { file: 'detections.xml' })
    expect(devices).toEqual([])
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'detections.xml:7: error: this is an error answer of the Qualys API, not results: error 1960 ' +
        '"The requested operation is blocked by one or more existing Business Objects"; it holds no hosts. ' +
        'Qualys limits how many API calls run at once (1960) and in a while (1965): wait, then ask again, and save the answer that holds the hosts.',
    ])
    const badParameter = answer.replace('1960', '1901').replace(/The requested[\s\S]*Objects/, 'Unrecognized parameter(s): show_asset_ids')
    expect(parseInventory(badParameter, { file: 'detections.xml' }).diagnostics.map(formatDiagnostic)).toEqual([
      'detections.xml:7: error: this is an error answer of the Qualys API, not results: error 1901 "Unrecognized parameter(s): show_asset_ids"; ' +
        'it holds no hosts. Fix the request as the text says and ask again, and save the answer that holds the hosts.',
    ])
  })

  it('say that an API answer without an error code holds no hosts, also from standard input', async () => {
    const loggedIn = '<?xml version="1.0" encoding="UTF-8"?>\n<SIMPLE_RETURN>\n  <RESPONSE>\n    <DATETIME>2026-12-04T11:00:00Z</DATETIME>\n    <TEXT>Logged in</TEXT>\n  </RESPONSE>\n</SIMPLE_RETURN>\n'
    const fromStdin = await collect(loggedIn.match(/[\s\S]{1,5}/g)!, { file: '<stdin>' })
    expect(fromStdin.devices).toEqual([])
    expect(fromStdin.codes).toEqual(['qualys_api_answer@5'])
    expect(parseInventory(loggedIn, { file: '<stdin>' }).diagnostics.map(formatDiagnostic)).toEqual([
      '<stdin>:5: error: this is an answer of the Qualys API "Logged in", not results: it holds no hosts. ' +
        'Save the answer of a call that lists hosts (the Host List Detection API), or a scan\'s or report\'s XML download.',
    ])
  })

  it('report a file cut short with its line, keeping the hosts read before it', () => {
    const cut = SCAN.slice(0, SCAN.indexOf('<IP value="10.0.0.9"')) + '<IP value="10.0.0.9" name="No registered hostname">\n  <OS><![CDATA[Huawei'
    const { devices, diagnostics } = parseInventory(cut, { file: 'scan.xml' })
    expect(devices.map((d) => d.id)).toEqual(['10.0.0.1', '10.0.0.5'])
    expect(diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual([`malformed_xml@${cut.split('\n').length}`])
    expect(formatDiagnostic(diagnostics[0]!)).toMatch(/^scan\.xml:\d+: error: .*\(Qualys results as XML \(<SCAN>, <ASSET_DATA_REPORT> or <HOST_LIST_VM_DETECTION_OUTPUT>\) is expected\)\.$/)
  })

  it('read a CSV scan report below its report and scan lines as one device per host, with the banners and MACs its QIDs quote', () => {
    // The findings' columns as in DefectDojo's unittests/scans/qualys/Qualys_Sample_Report.csv and the scan's table
    // above them as scripts that read these reports skip it; `Results` tables a tab between cells, as in the XML.
    const header = '"IP","DNS","NetBIOS","OS","IP Status","QID","Title","Type","Severity","Port","Protocol","FQDN","SSL","CVE ID","Vendor Reference","Bugtraq ID","Threat","Impact","Solution","Exploitability","Associated Malware","Results","PCI Vuln","Instance","Category"\n'
    const row = (ip: string, dns: string, qid: string, title: string, port: string, results: string) =>
      `"${ip}","${dns}","","Linux 2.6","host scanned, found vuln","${qid}","${title}","Ig","1","${port}","tcp","","","","","","","","","","","${results}","no","","Information gathering"\n`
    const csv = '"Scan Results","12/01/2026 at 10:00:00 (GMT+0100)"\n' +
      '"Example Corp","1 Main St","Springfield","IL","United States of America","62701"\n' +
      '"Jane Doe","exmpl_jd","Manager"\n' +
      '"Launch Date","Active Hosts","Total Hosts","Type","Status","Reference","Scanner Appliance","Duration","Scan Title","Asset Groups","IPs","Excluded IPs","Option Profile"\n' +
      '"12/01/2026 at 09:00:00 (GMT+0100)","2","2","On demand","Finished","scan/1764576000.12345","scanner01","00:20:00","Network scan","","10.1.1.1-10.1.1.2","","Initial Options"\n' +
      '\n' + header +
      row('10.1.1.1', 'sw-core-01.example.net', '38050', 'SSH Banner', '22', 'SSH-2.0-HUAWEI-1.5') +
      row('10.1.1.2', '', '86000', 'Web Server Version', '80', 'Server Version\tServer Banner\nApp-webs/\tApp-webs/') +
      row('10.1.1.1', 'sw-core-01.example.net', '43007', 'Network Adapter MAC Address', '', 'Method\tMAC Address\tVendor\nARP\t00:E0:FC:12:34:56\tHUAWEI TECHNOLOGIES CO.,LTD') +
      row('10.1.1.2', '', '43007', 'Network Adapter MAC Address', '', 'Method\tMAC Address\tVendor\nARP\tC0:56:E3:AA:BB:CC\tHangzhou Hikvision Digital Technology Co.,Ltd.') +
      row('10.1.1.1', 'sw-core-01.example.net', '45017', 'Operating System Detected', '', 'Operating System\tTechnique\tID\nHuawei VRP\tTCP/IP Fingerprint\tU3411:22') +
      row('10.1.1.2', '', '38170', 'SSL Certificate - Subject Common Name Does Not Match Server FQDN', '443', 'Certificate #0 CN=IPC')
    const { devices, diagnostics } = parseInventory(csv, { file: 'scan_report.csv' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '10.1.1.1', name: 'sw-core-01.example.net', macs: ['00:e0:fc:12:34:56'], banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }] },
      { id: '10.1.1.2', macs: ['c0:56:e3:aa:bb:cc'], banners: [{ protocol: 'http', field: 'server', text: 'App-webs/' }] },
    ])
    // Without the lines above, read the same; read by one thread, as a host's rows may be apart.
    expect(parseInventory(header + csv.split(header)[1], { file: 'scan_report.csv' }).devices).toEqual(devices)
    expect(isQualysCsvStart(csv)).toBe(true)
  })
})
