import { describe, expect, it } from 'vitest'
import { testdir } from '../../src/test-support/testdir.js'
import { runCli } from './run-cli.js'

// Lines in httpx's -json shape (runner/types.go `Result`) and a WhatWeb --log-json array
// (lib/logging/json.rb), whose Server headers are real captures the catalog quotes: "DNVRS-Webs"
// of a Hikvision recorder, "ZTE-Webs" of a ZTE MC801 router; "GoAhead-Webs" is the generic server
// many makers ship. httpx's `tech` and WhatWeb's plugin names are the tools' guesses.
const HTTPX = [
  '{"timestamp":"2026-11-01T10:00:00Z","port":"80","url":"http://192.0.2.5","input":"192.0.2.5","title":"","scheme":"http","webserver":"DNVRS-Webs","host":"192.0.2.5","path":"/","status_code":200,"content_length":10,"words":1,"lines":1,"failed":false,"tech":["Hikvision"]}',
  '{"timestamp":"2026-11-01T10:00:01Z","port":"8080","url":"http://192.0.2.6:8080","input":"192.0.2.6:8080","scheme":"http","webserver":"GoAhead-Webs","host":"192.0.2.6","path":"/","status_code":200,"content_length":10,"words":1,"lines":1,"failed":false,"tech":["Hikvision"]}',
].join('\n') + '\n'
const WHATWEB = `[
{"target":"http://192.0.2.7","http_status":200,"request_config":{},"plugins":{"HTTPServer":{"string":["ZTE-Webs"]},"IP":{"string":["192.0.2.7"]}}},
{}
]
`

describe('trustpath identify, web scans of httpx and WhatWeb', () => {
  it('attributes each web server by the Server header it sent, and none by the tool\'s own guess', async () => {
    const dir = await testdir({ 'httpx.jsonl': HTTPX, 'whatweb.json': WHATWEB })
    const run = await runCli(['identify', 'httpx.jsonl', 'whatweb.json', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    const rows = JSON.parse(run.stdout) as { id: string; group: string | null }[]
    expect(rows.map((r) => [r.id, r.group])).toEqual([
      ['192.0.2.5:80', 'hikvision'],
      ['192.0.2.6:8080', null],
      ['192.0.2.7:80', 'zte'],
    ])
    // Worker threads read the same scans the same way.
    const two = await runCli(['identify', 'httpx.jsonl', 'whatweb.json', '-f', 'json', '--jobs', '2'], { cwd: dir })
    expect(two.status, two.stderr).toBe(0)
    expect(two.stdout).toBe(run.stdout)
  })
})

// Internet scanners' API answers: a BinaryEdge host (its API v2 documentation, /v2/query/ip/{target};
// banners with their escapes as in projectdiscovery/uncover, sources/agent/binaryedge/example.json)
// and a LeakIX host (LeakIX/l9format: `{"Services": [...], "Leaks": [...]}`).
const BINARYEDGE = JSON.stringify({
  total: 1, query: '192.0.2.8',
  events: [{ port: 22, results: [{ origin: { type: 'service-simple', module: 'grabber', ts: 1537060019061 }, target: { ip: '192.0.2.8', port: 22, protocol: 'tcp' }, result: { data: { state: { state: 'open' }, service: { name: 'ssh', method: 'probe_matching', banner: 'SSH-2.0-HUAWEI-1.5\\r\\n' } } } }] }],
})
const LEAKIX = JSON.stringify({
  Services: [{ event_type: 'service', event_source: 'HttpPlugin', ip: '192.0.2.9', host: '', port: '80', protocol: 'http', http: { root: '', url: '/', status: 200, header: { Server: 'DNVRS-Webs' }, title: '' }, summary: 'HTTP/1.1 200 OK\r\nServer: DNVRS-Webs\r\n\r\n' }],
  Leaks: null,
})

describe('trustpath identify, internet scanners\' answers', () => {
  it('attributes each service of BinaryEdge\'s and LeakIX\'s answers by the banner it sent', async () => {
    const dir = await testdir({ 'binaryedge.json': BINARYEDGE, 'leakix.json': LEAKIX })
    const run = await runCli(['identify', 'binaryedge.json', 'leakix.json', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    const rows = JSON.parse(run.stdout) as { id: string; group: string | null }[]
    expect(rows.map((r) => [r.id, r.group])).toEqual([['192.0.2.8:22', 'huawei'], ['192.0.2.9:80', 'hikvision']])
  })
})

// Devices known by the certificate they issued themselves, as scanners print it: a ZTE home
// gateway's in nmap's ssl-cert (a home-network write-up's scan), a Huawei home gateway's in a zgrab
// (0.x) line of a 2017 internet scan, and a FortiGate's with the favicon nmap names (a published
// nmap -sV -sC run); and a nuclei line whose raw response is a Hikvision camera's.
const CERT_SCAN = `Nmap scan report for 114.69.235.183
Host is up (0.050s latency).
PORT    STATE SERVICE   VERSION
443/tcp open  ssl/https
| ssl-cert: Subject: commonName=192.168.1.1/organizationName=ZTE/stateOrProvinceName=JiangSu/countryName=CN
|_Issuer: organizationName=ZTE/stateOrProvinceName=JiangSu/countryName=CN

Nmap scan report for ec2-99-79-129-39.ca-central-1.compute.amazonaws.com (99.79.129.39)
Host is up (0.17s latency).
PORT    STATE SERVICE   VERSION
443/tcp open  ssl/https
|_http-favicon: Fortinet
| ssl-cert: Subject: commonName=FortiGate/organizationName=Fortinet Ltd.
|_Issuer: commonName=FortiGate/organizationName=Fortinet Ltd.
`
const ZGRAB = JSON.stringify({
  ip: '190.80.151.141', timestamp: '2017-11-21T02:30:45-05:00',
  data: { http: { response: { status_code: 200, request: { url: { scheme: 'https', host: '190.80.151.141', path: '/' }, tls_handshake: { server_certificates: { certificate: { parsed: {
    issuer_dn: 'C=CN, ST=GD, L=SZ, O=Huawei, OU=Terminal, CN=Terminal, emailAddress=bb@huawei.com',
    subject_dn: 'C=CN, ST=GD, O=Huawei, OU=Terminal, CN=10.0.0.138, CN=192.168.1.1, CN=192.168.1.254, CN=192.168.0.1',
  } } } } } } } },
}) + '\n'
const NUCLEI = JSON.stringify({
  'template-id': 'hikvision-detect', info: { name: 'Hikvision Detect', severity: 'info' }, type: 'http', host: '192.0.2.64', port: '80', scheme: 'http', 'matched-at': 'http://192.0.2.64/',
  response: 'HTTP/1.1 401 Unauthorized\r\nContent-Type: text/html\r\nServer: App-webs/\r\n\r\n', ip: '192.0.2.64', 'matcher-status': true,
}) + '\n'

describe('trustpath check, certificates and nuclei responses', () => {
  it('finds the ZTE and Huawei gateways their own certificates name (weakly) and the Hikvision camera nuclei\'s response shows, and leaves the FortiGate to no rule', async () => {
    const dir = await testdir({ 'scan.nmap': CERT_SCAN, 'zgrab.json': ZGRAB, 'nuclei.jsonl': NUCLEI, 'policy.yaml': 'version: 1\nrules: [{ id: s889-ban, lists: [ndaa-889], effect: prohibit }]\n' })
    const identified = await runCli(['identify', 'scan.nmap', 'zgrab.json', 'nuclei.jsonl', '-f', 'json'], { cwd: dir })
    expect(identified.status, identified.stderr).toBe(0)
    const rows = JSON.parse(identified.stdout) as { id: string; group: string | null }[]
    expect(rows.map((r) => [r.id, r.group])).toEqual([
      ['114.69.235.183', 'zte'], ['99.79.129.39', 'fortinet'], ['190.80.151.141', 'huawei'], ['192.0.2.64:80', 'hikvision'],
    ])
    const checked = await runCli(['check', 'scan.nmap', 'zgrab.json', 'nuclei.jsonl', '-p', 'policy.yaml', '-f', 'json'], { cwd: dir })
    // Findings: exit status 1.
    expect(checked.status, checked.stderr).toBe(1)
    const findings = (JSON.parse(checked.stdout) as { findings: { deviceId: string; confidence: number; toConfirm?: string[] }[] }).findings
    // The gateways rest on their certificates' organisation alone (weak); the camera's Server header
    // is a pattern of Hikvision's own (0.8), its finding a warning only until its purpose is known.
    expect(findings.map((f) => [f.deviceId, f.confidence < 0.5, f.toConfirm?.includes('purpose_not_established') ?? false])).toEqual([
      ['114.69.235.183', true, false], ['190.80.151.141', true, false], ['192.0.2.64:80', false, true],
    ])
  })
})

// What the scanners concluded, in their own records: a Censys v2 search hit of a FortiGate (its
// `operating_system`, from an OSINT site's saved answers for Simon Fraser University's network,
// trimmed), Shodan's product for a MikroTik proxy (a record as the ssq tool's README shows it, with
// an empty `data`) and a Shodan record of a GoAhead server in Huawei's cloud (webmaster-exit-1/
// Kamerka_Plus_GUI, .github/workflows/test.json, trimmed), whose network owner is no maker.
const CENSYS_HIT = JSON.stringify({
  code: 200, status: 'OK',
  result: {
    query: 'autonomous_system.asn: 11105', total: 1,
    hits: [{
      ip: '142.58.74.50', dns: { reverse_dns: { names: ['vpr-db34.dc.sfu.ca'] } },
      operating_system: { other: [{ key: 'family', value: 'FortiOS' }, { key: 'device', value: 'Firewall' }], source: 'OSI_APPLICATION_LAYER', part: 'o', product: 'FortiOS', cpe: 'cpe:2.3:o:fortinet:fortios:*:*:*:*:*:*:*:*', vendor: 'Fortinet' },
      services: [{ transport_protocol: 'TCP', extended_service_name: 'HTTPS', service_name: 'HTTP', port: 443 }],
    }],
  },
})
const SHODAN_LINES = [
  { ip_str: '217.73.133.213', port: 8081, transport: 'tcp', hostnames: ['ptr.abcom.al'], org: 'ABCOM Shpk', product: 'MikroTik http proxy', version: '', data: '' },
  {
    ip_str: '139.159.141.198', port: 30501, transport: 'tcp', hostnames: ['ecs-139-159-141-198.compute.hwclouds-dns.com'],
    org: 'Huawei Public Cloud Service (Huawei Software Technologies Co.,Ltd)', isp: 'Huawei Cloud Service data center',
    cpe23: ['cpe:2.3:a:embedthis:goahead'], cpe: ['cpe:/a:embedthis:goahead'], _shodan: { module: 'auto' },
    data: 'HTTP/1.1 401 Unauthorized\r\nServer: GoAhead-Webs\r\nWWW-Authenticate: Digest realm="GoAhead", domain=":81"\r\n\r\n',
  },
].map((r) => JSON.stringify(r)).join('\n') + '\n'

describe('trustpath identify, what internet scanners concluded', () => {
  it('attributes a device the scanner named by a maker\'s operating system or product, weakly, and none by the network\'s owner', async () => {
    const dir = await testdir({ 'censys.json': CENSYS_HIT, 'shodan.jsonl': SHODAN_LINES })
    const run = await runCli(['identify', 'censys.json', 'shodan.jsonl', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    const rows = JSON.parse(run.stdout) as { id: string; group: string | null; confidence: number }[]
    expect(rows.map((r) => [r.id, r.group])).toEqual([
      ['142.58.74.50', 'fortinet'],
      ['217.73.133.213:8081', 'mikrotik'],
      ['139.159.141.198:30501', null],
    ])
    expect(rows.slice(0, 2).every((r) => r.confidence < 0.5)).toBe(true)
  })
})
