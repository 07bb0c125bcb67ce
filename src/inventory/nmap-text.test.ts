import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { identify } from '../identify/identify.js'
import { formatEvidence } from '../report/words.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { collect } from './formats.case.test.js'
import { detectInventoryFormat } from './formats.js'
import { parseInventory } from './parse.js'

const fixture = (name: string): string => readFileSync(new URL(`../../test/fixtures/inventory/${name}`, import.meta.url), 'utf8')

/**
 * What `nmap -sV --script banner,http-server-header,http-title > scan.txt` printed on a terminal:
 * a Huawei router (VRP SSH banner, Huawei MAC), a Hikvision camera (its web server's header and
 * title, HTTPS with a product and extra info), a host whose ports only -sV named, a host that is down.
 */
const TERMINAL = `Starting Nmap 7.94 ( https://nmap.org ) at 2026-03-12 10:00 CET
Nmap scan report for rt-fra-01.example.net (192.0.2.1)
Host is up (0.00042s latency).
Not shown: 997 closed tcp ports (reset)
PORT    STATE SERVICE  VERSION
22/tcp  open  ssh      Huawei VRP sshd (protocol 2.0)
|_banner: SSH-2.0-HUAWEI-1.5
23/tcp  open  telnet?
443/tcp open  ssl/http Huawei HTTPd 1.0 (NE40E web config)
MAC Address: 00:E0:FC:12:34:56 (Huawei Technologies)
Service Info: OS: VRP; Device: router; CPE: cpe:/o:huawei:vrp

Nmap scan report for 192.0.2.64
Host is up (0.00061s latency).
Not shown: 996 closed tcp ports (reset)
PORT     STATE SERVICE  VERSION
80/tcp   open  http     Hikvision IP camera httpd
|_http-server-header: App-webs/
| http-title: Site doesn't have a title
|_Requested resource was /doc/page/login.asp?_1700000000000
443/tcp  open  ssl/http Hikvision IP camera httpd ((Hikvision DS-2CD2143G0-I))
|_http-title: Site doesn't have a title (text/html).
554/tcp  open  rtsp     Hikvision 7513 POE IP camera rtspd
8000/tcp open  ipcam?
MAC Address: BC:AD:28:00:00:07 (Hangzhou Hikvision Digital Technology)
Service Info: Device: webcam

Nmap scan report for 192.0.2.80
Host is up (0.00090s latency).
Not shown: 998 closed tcp ports (reset)
PORT   STATE SERVICE VERSION
22/tcp open  ssh     OpenSSH 8.4p1 Debian 5+deb11u3 (protocol 2.0)
80/tcp open  http    nginx 1.18.0
Service Info: OS: Linux; CPE: cpe:/o:linux:linux_kernel

Service detection performed. Please report any incorrect results at https://nmap.org/submit/ .
Nmap done: 256 IP addresses (3 hosts up) scanned in 21.37 seconds
`

const TERMINAL_DEVICES = [
  {
    id: '192.0.2.1', name: 'rt-fra-01.example.net', macs: ['00:e0:fc:12:34:56'],
    banners: [
      { protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' },
      // Service Info's CPE stands for what -sV concluded (the product of port 443 among it).
      { protocol: 'other', field: 'cpe', text: 'cpe:/o:huawei:vrp' },
    ],
  },
  {
    // "Service Info: Device: webcam": nmap's device type makes the host a camera, an endpoint.
    id: '192.0.2.64', role: 'camera', macs: ['bc:ad:28:00:00:07'],
    banners: [
      { protocol: 'http', field: 'server', text: 'App-webs/' },
      { protocol: 'http', field: 'title', text: 'Site doesn\'t have a title\nRequested resource was /doc/page/login.asp?_1700000000000' },
      { protocol: 'https', field: 'title', text: 'Site doesn\'t have a title (text/html).' },
      { protocol: 'rtsp', field: 'product', text: 'Hikvision 7513 POE IP camera rtspd' },
    ],
  },
  {
    id: '192.0.2.80',
    banners: [
      // The bracketed extra information apart from the product; identification finds no maker in it.
      { protocol: 'ssh', field: 'product', text: 'OpenSSH 8.4p1 Debian 5+deb11u3' },
      { protocol: 'ssh', field: 'extrainfo', text: 'protocol 2.0' },
      { protocol: 'http', field: 'product', text: 'nginx 1.18.0' },
    ],
  },
]

describe("nmap's normal output", () => {
  it('gives one device per host that is up: the address, name and MAC, the scripts\' banners, and the products -sV named where no script captured the answer', () => {
    const { devices, diagnostics } = parseInventory(TERMINAL, { file: 'scan.txt' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual(TERMINAL_DEVICES)
  })

  it('gives the devices the XML of the same scan gives, however the text is cut', async () => {
    const xml = parseInventory(fixture('scan.xml'), { file: 'scan.xml' })
    const text = parseInventory(fixture('scan.nmap'), { file: 'scan.nmap' })
    expect(text.diagnostics).toEqual([])
    expect(text.devices).toEqual(xml.devices)
    expect(JSON.stringify(text.devices)).toBe(JSON.stringify(xml.devices))
    const chunked = await collect(fixture('scan.nmap').match(/[\s\S]{1,5}/g)!, { file: '<stdin>' })
    expect(chunked.codes).toEqual([])
    expect(chunked.devices).toEqual(xml.devices)
    // Each device at its "Nmap scan report for" line.
    expect(chunked.lines).toEqual([3, 19, 30, 39])
  })

  it('skips hosts that are down and reads scans appended to one file one after another', () => {
    const appended = `# Nmap 7.94 scan initiated Thu Mar 12 10:00:00 2026 as: nmap -v -sn -oN sweep.nmap --append-output 192.0.2.0/30
Nmap scan report for 192.0.2.0 [host down, received no-response]
Nmap scan report for 192.0.2.1
Host is up, received arp-response (0.00030s latency).
MAC Address: 00:E0:FC:12:34:56 (Huawei Technologies)
Nmap scan report for 192.0.2.2 [host down]
# Nmap done at Thu Mar 12 10:00:02 2026 -- 4 IP addresses (1 host up) scanned in 2.01 seconds
# Nmap 7.94 scan initiated Thu Mar 12 11:00:00 2026 as: nmap -v -sn -oN sweep.nmap --append-output 192.0.2.4/30
Nmap scan report for 192.0.2.5
Host is up (0.00041s latency).
MAC Address: 54:C4:15:00:00:09 (Hangzhou Hikvision Digital Technology)
# Nmap done at Thu Mar 12 11:00:02 2026 -- 4 IP addresses (1 host up) scanned in 2.00 seconds
`
    const { devices, diagnostics } = parseInventory(appended, { file: 'sweep.nmap' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: '192.0.2.1', macs: ['00:e0:fc:12:34:56'] }, { id: '192.0.2.5', macs: ['54:c4:15:00:00:09'] }])
  })

  it('reads the VERSION column by its place in the header, also with --reason and a service with RPC details', () => {
    const reason = `Nmap scan report for 192.0.2.9
Host is up, received echo-reply ttl 64 (0.0010s latency).
PORT    STATE SERVICE                REASON         VERSION
111/tcp open  rpcbind (rpcbind V2-4) syn-ack ttl 64 2-4 (RPC #100000)
554/tcp open  rtsp                   syn-ack ttl 64 Dahua IP camera rtspd
`
    expect(parseInventory(reason, { file: 'scan.txt' }).devices).toEqual([{
      id: '192.0.2.9',
      banners: [
        { protocol: 'other', field: 'product', text: '2-4' }, { protocol: 'other', field: 'extrainfo', text: 'RPC #100000' },
        { protocol: 'rtsp', field: 'product', text: 'Dahua IP camera rtspd' },
      ],
    }])
    // A table whose spaces were squeezed (pasted into a ticket): the version follows the service.
    const squeezed = 'Nmap scan report for 192.0.2.9\nPORT STATE SERVICE VERSION\n554/tcp open rtsp Dahua IP camera rtspd\n'
    expect(parseInventory(squeezed, { file: 'scan.txt' }).devices[0]!.banners).toEqual([{ protocol: 'rtsp', field: 'product', text: 'Dahua IP camera rtspd' }])
  })

  it('identifies the Huawei router and the Hikvision camera, and not the host -sV found nothing of', () => {
    const catalog = loadDefaultCatalog()
    const { devices } = parseInventory(TERMINAL, { file: 'scan.txt' })
    expect(devices.map((d) => [d.id, identify(d, catalog).group ?? null])).toEqual([
      ['192.0.2.1', 'huawei'], ['192.0.2.64', 'hikvision'], ['192.0.2.80', null],
    ])
  })

  it('names a router known only by the CPEs of Service Info, and nobody for an OS guess or a Linux kernel', () => {
    const catalog = loadDefaultCatalog()
    const { devices } = parseInventory(fixture('scan.nmap'), { file: 'scan.nmap' })
    const router = devices.find((d) => d.id === '10.0.0.2')!
    expect(router.banners).toEqual([{ protocol: 'other', field: 'cpe', text: 'cpe:/h:huawei:hg8245t' }])
    const a = identify(router, catalog)
    expect([a.group, a.evidence.map((e) => e.value)]).toEqual(['huawei', ['cpe:/h:huawei:hg8245t']])
    // Weak alone, as a product -sV named: below the line under which findings are warnings.
    expect(a.confidence).toBeLessThan(0.5)
    // OpenSSH and OS detection's "OS CPE: cpe:/h:hikvision:..." name nobody.
    expect(identify(devices.find((d) => d.id === '10.0.0.3')!, catalog).group).toBeUndefined()
  })

  it('reads the extra information of a match as the XML does, also alone, and no maker from Service Info\'s OS or device type', () => {
    const text = `Nmap scan report for 192.0.2.30
PORT     STATE SERVICE VERSION
1900/tcp open  upnp    MiniUPnP 1.9 (ZTE broadband router; UPnP 1.0)
8000/tcp open  telnet  (model: DS-2CD2032-I)
Service Info: OS: VRP; Device: broadband router; CPE: cpe:/a:miniupnp_project:miniupnpd:1.9

Nmap scan report for 192.0.2.31
PORT   STATE SERVICE VERSION
23/tcp open  telnet  Huawei VRP telnetd
Service Info: OS: VRP; Device: router
`
    const xml = '<nmaprun><host><status state="up"/><address addr="192.0.2.30" addrtype="ipv4"/><ports>' +
      '<port protocol="tcp" portid="1900"><state state="open"/><service name="upnp" product="MiniUPnP" version="1.9" extrainfo="ZTE broadband router; UPnP 1.0" devicetype="broadband router" method="probed" conf="10"><cpe>cpe:/a:miniupnp_project:miniupnpd:1.9</cpe></service></port>' +
      '<port protocol="tcp" portid="8000"><state state="open"/><service name="telnet" extrainfo="model: DS-2CD2032-I" method="probed" conf="10"/></port>' +
      '</ports></host><host><status state="up"/><address addr="192.0.2.31" addrtype="ipv4"/><ports>' +
      '<port protocol="tcp" portid="23"><state state="open"/><service name="telnet" product="Huawei VRP telnetd" ostype="VRP" devicetype="router" method="probed" conf="10"/></port>' +
      '</ports></host></nmaprun>'
    const { devices, diagnostics } = parseInventory(text, { file: 'scan.txt' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      {
        id: '192.0.2.30', banners: [
          { protocol: 'upnp', field: 'product', text: 'MiniUPnP 1.9' }, { protocol: 'upnp', field: 'extrainfo', text: 'ZTE broadband router; UPnP 1.0' },
          { protocol: 'telnet', field: 'extrainfo', text: 'model: DS-2CD2032-I' },
        ],
      },
      { id: '192.0.2.31', banners: [{ protocol: 'telnet', field: 'product', text: 'Huawei VRP telnetd' }] },
    ])
    expect(parseInventory(xml, { file: 'scan.xml' }).devices).toEqual(devices)
    const catalog = loadDefaultCatalog()
    // Two makers from one scan's guesses: a conflict of weak evidence, and no more than weak.
    const a = identify(devices[0]!, catalog)
    expect(a.evidence.map((e) => `${e.manufacturer}: ${e.value}`)).toEqual(['zte: ZTE broadband router; UPnP 1.0', 'hikvision: model: DS-2CD2032-I'])
    expect(a.confidence).toBeLessThan(0.5)
  })

  it('reads a run of nmap -v copied from the terminal, which starts with a progress line', () => {
    // https://github.com/ant-thomas/zsgx1hacks/issues/35 (its first lines, the fingerprint strings cut short)
    const text = `Completed NSE at 19:46, 0.03s elapsed
Nmap scan report for 192.168.2.3
Host is up (0.00053s latency).
Not shown: 995 closed ports
PORT     STATE SERVICE    VERSION
23/tcp   open  telnet
| fingerprint-strings: 
|   GenericLines: 
|     CAMERA login: 
|_    ^YIP CAMERA login:
843/tcp  open  unknown
8001/tcp open  rtsp
`
    for (const source of [{ file: 'scan.txt' }, { file: 'scan.txt', format: 'nmap' as const }]) {
      const { devices, diagnostics } = parseInventory(text, source)
      expect(diagnostics, source.format).toEqual([])
      expect(devices.map((d) => d.id)).toEqual(['192.168.2.3'])
    }
  })

  it('refuses a CSV file read as nmap\'s output, at its first line', () => {
    const { devices, diagnostics } = parseInventory('\nip,mac\n192.0.2.1,00:e0:fc:12:34:56\n', { file: 'hosts.txt', format: 'nmap' })
    expect(devices).toEqual([])
    // Asked for with --input-format nmap, a CSV is refused at its first line as what it is.
    expect(diagnostics.map((d) => `${d.code}@${d.at.line}`)).toEqual(['format_mismatch@2'])
    expect(formatDiagnostic(diagnostics[0]!)).toMatch(/^hosts\.txt:2: error: the text does not start as .*nmap.* does, which --input-format nmap asks for: it starts like CSV, and is not read/)
  })
})

describe("nmap's grepable output", () => {
  it('gives each host that is up with its name and the products -sV named (no MACs or scripts there)', () => {
    const { devices, diagnostics } = parseInventory(fixture('scan.gnmap'), { file: 'scan.gnmap' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '10.0.0.1', name: 'rt-fra-01.example.net', banners: [{ protocol: 'ssh', field: 'product', text: 'Huawei VRP sshd' }] },
      { id: '10.0.0.5', banners: [{ protocol: 'http', field: 'product', text: 'Hikvision IP camera httpd' }] },
    ])
  })

  it('turns the "|" nmap writes for "/" back, keeps a ", " inside a version, and reads the extra info apart', () => {
    const text = '# Nmap 7.94 scan initiated Thu Mar 12 10:00:00 2026 as: nmap -sV -oG - 192.0.2.0/24\n' +
      'Host: 192.0.2.64 (cam-gate-2.example.net)\tPorts: 443/open/tcp//ssl|http//Hikvision IP camera httpd ((Hikvision DS-2CD2143G0-I))/, 8080/open/tcp//http-proxy//lighttpd|1.4.59, patched (build 7)/\tIgnored State: closed (998)\n' +
      '# Nmap done at Thu Mar 12 10:00:09 2026 -- 256 IP addresses (1 host up) scanned in 9.00 seconds\n'
    expect(parseInventory(text, { file: '-' }).devices).toEqual([{
      id: '192.0.2.64', name: 'cam-gate-2.example.net',
      banners: [
        { protocol: 'https', field: 'product', text: 'Hikvision IP camera httpd' },
        { protocol: 'https', field: 'extrainfo', text: '(Hikvision DS-2CD2143G0-I)' },
        { protocol: 'http', field: 'product', text: 'lighttpd/1.4.59, patched' },
        { protocol: 'http', field: 'extrainfo', text: 'build 7' },
      ],
    }])
  })

  it('reports a line that is no part of it, and a Ports field it cannot read, with the line', () => {
    const text = '# Nmap 7.94 scan initiated Thu Mar 12 10:00:00 2026 as: nmap -sV -oG scan.gnmap 192.0.2.0/24\n' +
      'Host: 192.0.2.1 ()\tStatus: Up\n' +
      'Host: 192.0.2.1 ()\tPorts: 22/open/tcp//ssh//Huawei VRP sshd/, 23/open/tcp\n' +
      'copied from the ticket: 192.0.2.7 is the NVR\n' +
      'Host: 192.0.2.7 ()\tStatus: Up\n'
    const { devices, diagnostics } = parseInventory(text, { file: 'scan.gnmap' })
    expect(devices.map((d) => d.id)).toEqual(['192.0.2.1', '192.0.2.7'])
    expect(devices[0]!.banners).toEqual([{ protocol: 'ssh', field: 'product', text: 'Huawei VRP sshd' }])
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'scan.gnmap:3: error: "23/open/tcp" is not a line of this scan output; it is skipped. Expected a port of the Ports field as nmap writes it, port/state/protocol/owner/service/rpc/version/ (a "/" in the version written as "|"). Keep the file as the scanner wrote it, or mark added text with a leading #.',
      'scan.gnmap:4: error: "copied from the ticket: 192.0.2.7 is the NVR" is not a line of this scan output; it is skipped. Expected a "# ..." comment or a "Host: <address> (<name>)<tab><field>: ..." line of nmap\'s grepable output (-oG). Keep the file as the scanner wrote it, or mark added text with a leading #.',
    ])
  })
})

/**
 * Two FortiGates as nmap -sV -sC saw them, trimmed to their hosts: one on AWS from a published
 * `nmap -Pn -v -sV -sC -oA tcp_top_1000_service` run (nmap 7.91; its ssl-cert subject and issuer
 * are the same, its favicon Fortinet's), and a FortiGate VM from an attack-simulation write-up,
 * whose certificate its own Fortinet authority signed; then an Azure gateway of the same run, whose
 * certificate Microsoft's authority issued to a host name.
 */
const FORTIGATES = `# Nmap 7.91 scan initiated Tue Apr 20 12:31:35 2021 as: nmap -Pn -v -sV -sC --script-timeout=30 -iL ../hosts.txt -oA tcp_top_1000_service
Nmap scan report for ec2-99-79-129-39.ca-central-1.compute.amazonaws.com (99.79.129.39)
Host is up (0.17s latency).
Not shown: 998 filtered ports
PORT    STATE SERVICE   VERSION
443/tcp open  ssl/https
|_http-favicon: Fortinet
| http-methods: 
|_  Supported Methods: GET POST OPTIONS
| ssl-cert: Subject: commonName=FortiGate/organizationName=Fortinet Ltd.
| Issuer: commonName=FortiGate/organizationName=Fortinet Ltd.
| Public Key type: rsa
| Public Key bits: 2048
| Not valid before: 2020-06-25T20:48:29
|_Not valid after:  2022-09-28T20:48:29

Nmap scan report for 10.0.0.1
Host is up (0.00050s latency).
PORT    STATE  SERVICE   VERSION
22/tcp  open   ssh       FortiSSH (protocol 2.0)
443/tcp open   ssl/https
| ssl-cert: Subject: commonName=FortiGate/organizationName=Fortinet Ltd./stateOrProvinceName=California/countryName=US
| Subject Alternative Name: IP Address:192.168.1.10, IP Address:10.0.0.1
| Issuer: commonName=FGVMEVMBF57GNJF3/organizationName=Fortinet/stateOrProvinceName=California/countryName=US
| Public Key type: rsa
|_Not valid after:  2027-05-31T22:28:01

Nmap scan report for 40.69.101.196
Host is up (0.16s latency).
PORT      STATE SERVICE          VERSION
8443/tcp  open  ssl/https-alt
|_http-server-header: Microsoft-HTTPAPI/2.0
| ssl-cert: Subject: commonName=8f19d5aa-5831-4d44-9814-628955ea5299.gwt.cloudapp.net
| Subject Alternative Name: DNS:azuregateway-8f19d5aa-5831-4d44-9814-628955ea5299-4e67defc5220.gwt.cloudapp.net
| Issuer: commonName=AME INFRA CA 01
|_Not valid after:  2022-03-06T01:04:47
`

describe('certificates and favicons in nmap\'s script output', () => {
  it('reads the subject of a certificate the device issued itself and the application nmap names by the favicon', () => {
    const { devices, diagnostics } = parseInventory(FORTIGATES, { file: 'tcp_top_1000_service.nmap' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, d.banners])).toEqual([
      ['99.79.129.39', [
        { protocol: 'https', field: 'product', text: 'Fortinet' },
        { protocol: 'https', field: 'certificate', text: 'commonName=FortiGate/organizationName=Fortinet Ltd.' },
      ]],
      ['10.0.0.1', [
        { protocol: 'ssh', field: 'product', text: 'FortiSSH' },
        { protocol: 'ssh', field: 'extrainfo', text: 'protocol 2.0' },
        { protocol: 'https', field: 'certificate', text: 'commonName=FortiGate/organizationName=Fortinet Ltd./stateOrProvinceName=California/countryName=US' },
      ]],
      // A certificate another organisation's authority issued names the site, not the device's maker.
      ['40.69.101.196', [{ protocol: 'https', field: 'server', text: 'Microsoft-HTTPAPI/2.0' }]],
    ])
  })

  it('names Fortinet for both FortiGates, and nobody for the Azure gateway', () => {
    const catalog = loadDefaultCatalog()
    const { devices } = parseInventory(FORTIGATES, { file: 'tcp_top_1000_service.nmap' })
    expect(devices.map((d) => [d.id, identify(d, catalog).group ?? null])).toEqual([
      ['99.79.129.39', 'fortinet'], ['10.0.0.1', 'fortinet'], ['40.69.101.196', null],
    ])
    // The VM's SSH server alone, as -sV names it: nmap's name for FortiOS's SSH server.
    const ssh = { ...devices[1]!, banners: devices[1]!.banners!.filter((b) => b.protocol === 'ssh') }
    expect(identify(ssh, catalog).evidence.map((e) => [e.manufacturer, e.method === 'banner' ? e.pattern : undefined])).toEqual([['fortinet', 'fortinet-fortissh-scanner-product']])
  })

  it('names ZTE for a home gateway whose certificate ZTE issued itself', () => {
    // The ssl-cert lines of a home-network write-up's nmap scan of its ZTE router.
    const text = 'Nmap scan report for 114.69.235.183\nHost is up.\nPORT    STATE SERVICE   VERSION\n443/tcp open  ssl/https\n' +
      '| ssl-cert: Subject: commonName=192.168.1.1/organizationName=ZTE/stateOrProvinceName=JiangSu/countryName=CN\n' +
      '|_Issuer: organizationName=ZTE/stateOrProvinceName=JiangSu/countryName=CN\n'
    const a = identify(parseInventory(text, { file: 'scan.nmap' }).devices[0]!, loadDefaultCatalog())
    // The organisation's name alone: weak, so its findings are warnings until a stronger piece confirms it.
    expect([a.group, a.confidence < 0.5]).toEqual(['zte', true])
    expect(a.evidence.map((e) => [e.method, e.method === 'banner' ? e.pattern : undefined])).toEqual([['banner', 'certificate-names-manufacturer']])
    expect(formatEvidence(a.evidence[0]!)).toBe('the https certificate the device issued itself names it as its organisation: "commonName=192.168.1.1/organizationName=ZTE/stateOrProvince…" (weak)')
  })

  it('reads no certificate whose issuer it is not told or another organisation is, and no favicon nmap does not know', () => {
    const host = (scripts: string) => parseInventory(`Nmap scan report for 192.0.2.9\nHost is up.\nPORT    STATE SERVICE VERSION\n443/tcp open  ssl/https\n${scripts}\n`, { file: 'scan.nmap' }).devices[0]!.banners
    // The subject alone, as a write-up quotes it: who issued it is not known.
    expect(host('|_ssl-cert: Subject: commonName=FE400FT922000101/organizationName=Fortinet/stateOrProvinceName=California/countryName=US')).toBeUndefined()
    // www.huawei.com's web server as an nmap scan of it printed its certificate, without the issuer:
    // the same shape as a device's own, which is why a subject alone is not read.
    expect(host('| ssl-cert: Subject: commonName=*.huawei.com/organizationName=Huawei Technologies Co., Ltd/stateOrProvinceName=Guangdong/countryName=CN\n| Subject Alternative Name: DNS:huawei.com, DNS:*.huawei.com\n| Not valid before: 2021-05-26T08:16:35\n|_Not valid after:  2022-05-26T08:16:35')).toBeUndefined()
    // A public authority's certificate for a website of an organisation that is also a maker's name.
    expect(host('| ssl-cert: Subject: commonName=www.example.com/organizationName=Huawei Technologies Co., Ltd./countryName=CN\n|_Issuer: commonName=DigiCert Global G2 TLS RSA SHA256 2020 CA1/organizationName=DigiCert Inc/countryName=US')).toBeUndefined()
    expect(host('|_http-favicon: Unknown favicon MD5: 6E8AD0B2C1F5F25C19E5F6C8F0D67E2A')).toBeUndefined()
  })
})

describe('telling nmap\'s outputs apart', () => {
  it('takes the -oA names and any name from the first line: .nmap, .gnmap, .txt, .csv, standard input', () => {
    expect(['scan.nmap', 'scan.gnmap', 'scan.xml', 'scan.txt'].map(detectInventoryFormat)).toEqual(['nmap', 'nmap', 'nmap', undefined])
    const expected = parseInventory(fixture('scan.xml'), { file: 'scan.xml' }).devices
    for (const file of ['scan.txt', '-', 'scan.csv', 'scan']) {
      const { devices, diagnostics } = parseInventory(fixture('scan.nmap'), { file })
      expect(diagnostics, file).toEqual([])
      expect(devices, file).toEqual(expected)
    }
    expect(parseInventory(TERMINAL, { file: '-' }).devices).toEqual(TERMINAL_DEVICES)
    // The grepable lines alone, as grep leaves them.
    const up = fixture('scan.gnmap').split('\n').filter((l) => l.startsWith('Host:')).join('\n')
    expect(parseInventory(up, { file: '-' }).devices.map((d) => d.id)).toEqual(['10.0.0.1', '10.0.0.5'])
  })

  it('reads XML or text with --input-format nmap, told by the first character', () => {
    const xml = parseInventory(fixture('scan.xml'), { file: 'scan.out', format: 'nmap' }).devices
    expect(parseInventory(fixture('scan.nmap'), { file: 'scan.out', format: 'nmap' }).devices).toEqual(xml)
    expect(parseInventory(`\n\n${fixture('scan.gnmap')}`, { file: 'scan.out', format: 'nmap' }).devices.map((d) => d.id)).toEqual(['10.0.0.1', '10.0.0.5'])
    // An empty scan file holds no devices (it is no malformed XML).
    for (const file of ['scan.nmap', 'scan.xml']) {
      expect(parseInventory('\n', { file }).diagnostics.map((d) => d.code), file).toEqual(['empty_input'])
    }
  })
})
