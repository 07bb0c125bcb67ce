import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { collect } from './formats.case.test.js'
import { detectInventoryFormat } from './formats.js'
import { parseInventory } from './parse.js'

const SCAN = readFileSync(new URL('../../test/fixtures/inventory/scan.xml', import.meta.url), 'utf8')

describe('nmap XML inventories', () => {

  it('says the error nmap ended its run with when the scan lists no host', () => {
    // Ullaakut/nmap, tests/xml/scan_error_resolving_name.xml; and nmap 7.92 run without root (an -sS scan).
    const resolving = '<?xml version="1.0" ?>\n<nmaprun scanner="fake_nmap" args="nmap test">\n    <runstats>\n        <finished time="1201481569" timestr="Sun Jan 27 21:52:49 2008" errormsg="Error resolving name localhost"/>\n    </runstats>\n</nmaprun>\n'
    const root = '<?xml version="1.0" encoding="UTF-8"?>\n<nmaprun scanner="nmap" args="nmap -sS -oX - 10.0.1.0/24" version="7.92" xmloutputversion="1.05">\n<runstats><finished time="1790257747" elapsed="0.01" exit="error" errormsg="You requested a scan type which requires root privileges.&#10;QUITTING!"/><hosts up="0" down="0" total="0"/>\n</runstats>\n</nmaprun>\n'
    const said = (text: string) => parseInventory(text, { file: 'scan.xml' }).diagnostics.map(formatDiagnostic)
    expect(said(resolving)).toEqual(['scan.xml: error: the input holds no devices: read as the XML of an nmap scan (nmap -oX), which nmap ended with the error "Error resolving name localhost", it lists none. Check that the scan or export found devices, and that this is the file it wrote.'])
    expect(said(root)).toEqual(['scan.xml: error: the input holds no devices: read as the XML of an nmap scan (nmap -oX), which nmap ended with the error "You requested a scan type which requires root privileges. QUITTING!", it lists none. Check that the scan or export found devices, and that this is the file it wrote.'])
  })
  it('gives one device per host that is up, with its MACs, sysDescr and the banners the scripts captured', () => {
    const { devices, diagnostics } = parseInventory(SCAN, { file: 'scan.xml' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      {
        id: '10.0.0.1', name: 'rt-fra-01.example.net', macs: ['00:e0:fc:12:34:56'],
        snmp: { sysDescr: 'Huawei Versatile Routing Platform Software\nVRP (R) software, Version 8.180 (NE40E V800R011C00SPC200)' },
        banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }],
      },
      {
        id: '10.0.0.5', macs: ['bc:ad:28:00:00:07'],
        banners: [
          { protocol: 'http', field: 'server', text: 'App-webs/' },
          { protocol: 'http', field: 'title', text: 'Site doesn\'t have a title (text/html).' },
          { protocol: 'rtsp', text: 'RTSP/1.0 401 Unauthorized\r\nCSeq: 1' },
        ],
      },
      // The hardware CPE of an open port, not the Linux kernel, the application or a filtered port's.
      { id: '10.0.0.2', banners: [{ protocol: 'other', field: 'cpe', text: 'cpe:/h:huawei:hg8245t' }] },
      // The <osclass> CPE is OS detection's guess; OpenSSH's is an application.
      { id: '10.0.0.3', banners: [{ protocol: 'ssh', field: 'product', text: 'OpenSSH 7.4' }, { protocol: 'ssh', field: 'extrainfo', text: 'protocol 2.0' }] },
    ])
  })

  it('keeps the product and extra information nmap -sV matched in a service answer, with its version, but not a guess from the port number', () => {
    const xml = '<nmaprun><host><status state="up"/><address addr="192.0.2.1" addrtype="ipv4"/><ports>' +
      '<port protocol="tcp" portid="22"><service name="ssh" product="Huawei VRP sshd" extrainfo="protocol 2.0" method="probed" conf="10"/></port>' +
      '<port protocol="tcp" portid="443"><service name="http" product="Hikvision IP camera httpd" version="2.0" tunnel="ssl" method="probed" conf="10"/></port>' +
      '<port protocol="tcp" portid="80"><service name="http" product="nginx" method="table" conf="3"/></port>' +
      '</ports></host></nmaprun>'
    const { devices, diagnostics } = parseInventory(xml, { file: 'sv.xml' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{
      id: '192.0.2.1',
      banners: [
        { protocol: 'ssh', field: 'product', text: 'Huawei VRP sshd' },
        { protocol: 'ssh', field: 'extrainfo', text: 'protocol 2.0' },
        { protocol: 'https', field: 'product', text: 'Hikvision IP camera httpd 2.0' },
      ],
    }])
  })

  it('makes a host whose open port -sV matched as a webcam a camera, an endpoint that puts no node at risk; not on a closed port or a guess from the port number', () => {
    const host = (address: string, port: string) => `<host><status state="up"/><address addr="${address}" addrtype="ipv4"/><ports>${port}</ports></host>\n`
    const scan = '<?xml version="1.0" encoding="UTF-8"?>\n<nmaprun scanner="nmap" args="nmap -sV -oX scan.xml 193.206.135.0/24" version="7.94SVN" xmloutputversion="1.05">\n' +
      host('193.206.135.23', '<port protocol="tcp" portid="554"><state state="open" reason="syn-ack"/><service name="rtsp" product="Hikvision 7513 POE IP camera rtspd" devicetype="webcam" method="probed" conf="10"><cpe>cpe:/h:hikvision:7513_poe</cpe></service></port>') +
      host('193.206.135.24', '<port protocol="tcp" portid="554"><state state="closed" reason="reset"/><service name="rtsp" devicetype="webcam" method="probed" conf="10"/></port>') +
      host('193.206.135.25', '<port protocol="tcp" portid="554"><state state="open" reason="syn-ack"/><service name="rtsp" devicetype="webcam" method="table" conf="3"/></port>') +
      host('193.206.135.1', '<port protocol="tcp" portid="23"><state state="open" reason="syn-ack"/><service name="telnet" product="Huawei VRP telnetd" ostype="VRP" devicetype="router" method="probed" conf="10"/></port>') +
      '</nmaprun>\n'
    const { devices } = parseInventory(scan, { file: 'scan.xml' })
    expect(devices.map((d) => [d.id, d.role])).toEqual([
      ['193.206.135.23', 'camera'], ['193.206.135.24', undefined], ['193.206.135.25', undefined], ['193.206.135.1', undefined],
    ])
  })

  it('takes the CPEs of an open port\'s service that name a device maker, once per vendor, in place of the products', () => {
    const xml = '<nmaprun><host><status state="up"/><address addr="192.0.2.9" addrtype="ipv4"/><ports>' +
      '<port protocol="tcp" portid="22"><state state="open"/><service name="ssh" product="OpenSSH" version="7.4" method="probed" conf="10"><cpe>cpe:/a:openbsd:openssh:7.4</cpe></service></port>' +
      '</ports></host><host><status state="up"/><address addr="192.0.2.10" addrtype="ipv4"/><ports>' +
      '<port protocol="tcp" portid="23"><state state="open"/><service name="telnet" product="Huawei VRP telnetd" ostype="VRP" method="probed" conf="10"><cpe>cpe:/o:huawei:vrp</cpe></service></port>' +
      '<port protocol="tcp" portid="80"><state state="open"/><service name="http" product="Huawei HTTPd" method="probed" conf="10"><cpe>cpe:/h:huawei:ar1220</cpe><cpe>cpe:/o:microsoft:windows</cpe></service></port>' +
      '</ports></host></nmaprun>'
    const { devices, diagnostics } = parseInventory(xml, { file: 'sv.xml' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '192.0.2.9', banners: [{ protocol: 'ssh', field: 'product', text: 'OpenSSH 7.4' }] },
      { id: '192.0.2.10', banners: [{ protocol: 'other', field: 'cpe', text: 'cpe:/o:huawei:vrp' }] },
    ])
  })

  it('reads the subject of the certificate a FortiGate issued itself from ssl-cert\'s output, its lines as the XML writes them', () => {
    // The FortiGate of a published nmap 7.91 -sV -sC run (its normal output), as -oX writes the scripts.
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<nmaprun scanner="nmap" args="nmap -Pn -v -sV -sC -oA tcp_top_1000_service" version="7.91" xmloutputversion="1.05">
<host><status state="up" reason="user-set"/><address addr="99.79.129.39" addrtype="ipv4"/>
<ports><port protocol="tcp" portid="443"><state state="open" reason="syn-ack"/><service name="https" tunnel="ssl" method="probed" conf="10"/>
<script id="http-favicon" output="Fortinet"/>
<script id="ssl-cert" output="Subject: commonName=FortiGate/organizationName=Fortinet Ltd.&#xa;Issuer: commonName=FortiGate/organizationName=Fortinet Ltd.&#xa;Public Key type: rsa&#xa;Public Key bits: 2048"/>
</port></ports></host>
</nmaprun>
`
    const { devices, diagnostics } = parseInventory(xml, { file: 'tcp_top_1000_service.xml' })
    expect(diagnostics).toEqual([])
    expect(devices[0]!.banners).toEqual([
      { protocol: 'https', field: 'product', text: 'Fortinet' },
      { protocol: 'https', field: 'certificate', text: 'commonName=FortiGate/organizationName=Fortinet Ltd.' },
    ])
  })

  it('reads the issuer of ssl-cert from its tables when the text has none, as nmap writes it without -v', () => {
    // The tables as nmap's ssl-cert writes them whatever the verbosity (scripts/ssl-cert.nse,
    // @xmloutput): a ZTE home gateway's names (a write-up's nmap scan of it), and PayPal's
    // certificate from the script's own documentation, which DigiCert issued.
    const port = (portid: string, output: string, subject: string, issuer: string) =>
      `<port protocol="tcp" portid="${portid}"><state state="open" reason="syn-ack"/><service name="https" tunnel="ssl" method="probed" conf="10"/>` +
      `<script id="ssl-cert" output="${output}"><table key="subject">${subject}</table><table key="issuer">${issuer}</table>` +
      '<table key="pubkey"><elem key="type">rsa</elem><elem key="bits">2048</elem></table><elem key="sig_algo">sha256WithRSAEncryption</elem></script></port>'
    const e = (k: string, v: string) => `<elem key="${k}">${v}</elem>`
    const xml = '<?xml version="1.0" encoding="UTF-8"?>\n<nmaprun scanner="nmap" args="nmap -sC -oX scan.xml" version="7.95" xmloutputversion="1.05">\n' +
      '<host><status state="up" reason="syn-ack"/><address addr="114.69.235.183" addrtype="ipv4"/><ports>' +
      port('443', 'Subject: commonName=192.168.1.1/organizationName=ZTE/stateOrProvinceName=JiangSu/countryName=CN&#xa;Not valid before: 2013-06-01T00:00:00&#xa;Not valid after:  2033-05-27T00:00:00',
        e('commonName', '192.168.1.1') + e('countryName', 'CN') + e('organizationName', 'ZTE') + e('stateOrProvinceName', 'JiangSu'),
        e('countryName', 'CN') + e('organizationName', 'ZTE') + e('stateOrProvinceName', 'JiangSu')) +
      '</ports></host>\n<host><status state="up" reason="syn-ack"/><address addr="192.0.2.80" addrtype="ipv4"/><ports>' +
      port('443', 'Subject: commonName=www.paypal.com/organizationName=PayPal, Inc./stateOrProvinceName=California/countryName=US&#xa;Not valid before: 2024-02-08T00:00:00',
        e('commonName', 'www.paypal.com') + e('countryName', 'US') + e('organizationName', 'PayPal, Inc.') + e('stateOrProvinceName', 'California'),
        e('commonName', 'DigiCert SHA2 Extended Validation Server CA') + e('countryName', 'US') + e('organizationName', 'DigiCert Inc') + e('organizationalUnitName', 'www.digicert.com')) +
      '</ports></host>\n</nmaprun>\n'
    const { devices, diagnostics } = parseInventory(xml, { file: 'scan.xml' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => d.banners)).toEqual([
      [{ protocol: 'https', field: 'certificate', text: 'commonName=192.168.1.1/countryName=CN/organizationName=ZTE/stateOrProvinceName=JiangSu' }],
      undefined,
    ])
    // Given twice, in the text (with -v) and in the tables, the subject is one banner.
    const verbose = xml.replace('Subject: commonName=192.168.1.1/organizationName=ZTE/stateOrProvinceName=JiangSu/countryName=CN&#xa;', 'Subject: commonName=192.168.1.1/countryName=CN/organizationName=ZTE/stateOrProvinceName=JiangSu&#xa;Issuer: countryName=CN/organizationName=ZTE/stateOrProvinceName=JiangSu&#xa;')
    expect(parseInventory(verbose, { file: 'scan.xml' }).devices[0]!.banners).toHaveLength(1)
  })

  it('is told by its .xml name or its first character, and reads the same in chunks of any size', async () => {
    expect(detectInventoryFormat('scan.xml')).toBe('nmap')
    const whole = parseInventory(SCAN, { file: 'scan.xml' })
    const fromStdin = await collect(SCAN.match(/[\s\S]{1,7}/g)!, { file: '<stdin>' })
    expect(fromStdin.devices).toEqual(whole.devices)
    expect(fromStdin.codes).toEqual([])
  })

  it('reports malformed XML, another XML document and a DOCTYPE with an internal subset, with the line', () => {
    const broken = parseInventory('<nmaprun>\n<host><status state="up"/>\n<address addr="10.0.0.1" addrtype="ipv4">\n</host>\n</nmaprun>\n', { file: 'x.xml' })
    expect(broken.diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['malformed_xml@4'])
    expect(formatDiagnostic(broken.diagnostics[0]!)).toMatch(/\(the XML of an nmap scan \(nmap -oX\) is expected\)\.$/)
    const svg = parseInventory('<svg xmlns="http://www.w3.org/2000/svg">\n</svg>\n', { file: 'x.xml' }).diagnostics
    expect(formatDiagnostic(svg[0]!)).toMatch(/x\.xml:1: error: this XML is not what is read here: the root element is <svg>; the inventories in XML that trustpath reads are nmap scans \(nmap -oX, <nmaprun>\), Nessus scans/)
    // A topology in XML is refused at once, with the option that takes it.
    expect(() => parseInventory('<graphml>\n</graphml>\n', { file: 'x.xml' })).toThrow(expect.objectContaining({ code: 'input_invalid', hint: expect.stringMatching(/-t \(--topology\)/) }))
    const entities = parseInventory('<!DOCTYPE nmaprun [ <!ENTITY a "aaaa"> ]>\n<nmaprun/>\n', { file: 'x.xml' }).diagnostics
    expect(entities.map((d) => d.code)).toEqual(['malformed_xml'])
  })
})
