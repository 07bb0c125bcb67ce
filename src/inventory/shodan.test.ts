import { describe, expect, it } from 'vitest'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { parseInventory } from './parse.js'

// Records in the shape of Shodan's banner exports (trimmed: Shodan writes many more keys).
const SSH = {
  ip_str: '203.0.113.7', ip: 3405803783, port: 22, transport: 'tcp', org: 'Example Telecom', hostnames: ['rt1.example.net'],
  data: 'SSH-2.0-HUAWEI-1.5\nKey type: ssh-rsa\nKey: AAAAB3NzaC1yc2E\n', location: { country_code: 'DE', latitude: 49.44, longitude: 7.6 },
  _shodan: { module: 'ssh', crawler: 'abc' }, product: 'Huawei VRP sshd', timestamp: '2026-11-01T10:00:00.000000',
}
const HTTP = {
  ip_str: '203.0.113.8', port: 8080, transport: 'tcp', hostnames: [], location: { latitude: null, longitude: null },
  data: 'HTTP/1.1 200 OK\r\nServer: DNVRS-Webs\r\nContent-Type: text/html\r\n\r\n', http: { server: 'DNVRS-Webs', title: 'Index' },
  _shodan: { module: 'http-simple-new' },
}
const RTSP = { ip_str: '203.0.113.7', port: 554, data: 'RTSP/1.0 401 Unauthorized\r\nCSeq: 1\r\nServer: Dahua Rtsp Server\r\n\r\n' }

describe('Shodan banner exports', () => {
  it('knows a banner of an IPv6 host by [address]:port, as 2001:db8::7:22 is another address', () => {
    const { devices } = parseInventory(JSON.stringify({ ...SSH, ip_str: '2001:db8::7' }), { file: 'shodan.json', format: 'jsonl' })
    expect(devices.map((d) => d.id)).toEqual(['[2001:db8::7]:22'])
  })

  it('reads each banner of a JSON Lines export as a device ip:port with its captured text and position', () => {
    const { devices, diagnostics } = parseInventory([SSH, HTTP, RTSP].map((r) => JSON.stringify(r)).join('\n'), { file: 'shodan.json', format: 'jsonl' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      // What Shodan's fingerprints named (`product`) is a banner of field product, as nmap -sV's is.
      {
        id: '203.0.113.7:22', name: 'rt1.example.net', lat: 49.44, lon: 7.6,
        banners: [{ protocol: 'ssh', text: SSH.data.trim() }, { protocol: 'ssh', field: 'product', text: 'Huawei VRP sshd' }],
      },
      {
        id: '203.0.113.8:8080', name: '203.0.113.8',
        banners: [{ protocol: 'http', text: HTTP.data.trim() }, { protocol: 'http', field: 'title', text: 'Index' }],
      },
      // No module: the port tells the protocol.
      { id: '203.0.113.7:554', name: '203.0.113.7', banners: [{ protocol: 'rtsp', text: RTSP.data.trim() }] },
    ])
  })

  it('identifies the makers from the captured texts, the Server header counted once', () => {
    const catalog = loadDefaultCatalog()
    const { devices } = parseInventory(JSON.stringify({ matches: [SSH, HTTP, RTSP], total: 3 }), { file: 'search.json', format: 'json' })
    const found = devices.map((d) => identify(d, catalog))
    expect(found.map((a) => [a.deviceId, a.group])).toEqual([['203.0.113.7:22', 'huawei'], ['203.0.113.8:8080', 'hikvision'], ['203.0.113.7:554', 'dahua']])
    expect(found[1]!.evidence).toHaveLength(1)
  })

  it('takes a port written as digits and a record without captured text (a converted export)', () => {
    const lines = [{ ip_str: '203.0.113.9', port: '22', data: 'SSH-2.0-HUAWEI-1.5' }, { ip_str: '203.0.113.9', port: 23, data: null }]
    const { devices, diagnostics } = parseInventory(lines.map((r) => JSON.stringify(r)).join('\n'), { file: 'shodan.jsonl', format: 'jsonl' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '203.0.113.9:22', name: '203.0.113.9', banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }] },
      { id: '203.0.113.9:23', name: '203.0.113.9' },
    ])
  })

  it('reads the banners of a host answer (its data list) as devices', () => {
    const host = { ip_str: '203.0.113.7', ports: [22, 554], hostnames: ['rt1.example.net'], data: [SSH, RTSP] }
    const { devices, diagnostics } = parseInventory(JSON.stringify(host), { file: 'host.json', format: 'json' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => d.id)).toEqual(['203.0.113.7:22', '203.0.113.7:554'])
  })
})

/**
 * Records as Shodan's exports write them: the search answer of Cortex XSOAR's Shodan integration
 * tests (demisto/content, Packs/Shodan/Integrations/Shodan_v2/test_data/searchresults_SSL_NoNTLM.json,
 * trimmed: a web server whose certificate a public authority issued), and a line of a `shodan
 * download` export (webmaster-exit-1/Kamerka_Plus_GUI, .github/workflows/test.json: a GoAhead
 * server, whose CPE names an application).
 */
const CA_SIGNED = {
  http: { status: 200, title: null, host: '10.2.3.4', server: 'UploadServer' }, transport: 'tcp',
  _shodan: { region: '', module: 'https', ptr: true, options: {}, id: '11111111-aaaa-2222-bbbb-33333333333333', crawler: '91597136eb9b132d7cc954511e0d9cbe7ce2e377' },
  ssl: {
    cert: {
      sig_alg: 'sha256WithRSAEncryption', issued: '20250303070056Z', expires: '20250601075349Z', serial: 1234,
      issuer: { C: 'US', CN: 'T1', O: 'Test Trust Services' }, expired: false, subject: { CN: 'www.example.com' },
    },
  },
  hostnames: ['www.example.com'], org: 'Example LLC', data: 'HTTP/1.1 200 OK\r\n', port: 443, ip_str: '10.2.3.4',
}
const GOAHEAD = {
  hash: -1622739553, http: { status: 401, title: 'Document Error: Unauthorized', server: 'GoAhead-Webs' }, transport: 'tcp',
  cpe23: ['cpe:2.3:a:embedthis:goahead'], cpe: ['cpe:/a:embedthis:goahead'], _shodan: { region: 'na', module: 'auto' }, hostnames: [],
  org: 'Aliyun Computing Co., LTD',
  data: 'HTTP/1.1 401 Unauthorized\r\nServer: GoAhead-Webs\r\nDate: Thu Aug 17 01:46:14 2017\r\nWWW-Authenticate: Digest realm="GoAhead", domain=":81",qop="auth", nonce="0226f7e42caa61d16d835f1717f7a475", opaque="5ccc069c403ebaf9f0171e9517f40e41",algorithm="MD5", stale="FALSE"\r\nPragma: no-cache\r\nCache-Control: no-cache\r\nContent-Type: text/html\r\n\r\n',
  port: 2067, ip_str: '119.23.253.64',
}

describe('what Shodan read of a service besides its answer', () => {
  it('reads the subject of a certificate the device issued itself, and not one a public authority issued', () => {
    // A FortiGate's own certificate (its subject and issuer as nmap's ssl-cert printed them for a
    // FortiGate VM) in the attribute maps Shodan writes.
    const fortigate = {
      ...CA_SIGNED, ip_str: '192.0.2.10', hostnames: [],
      ssl: { cert: { subject: { CN: 'FortiGate', O: 'Fortinet Ltd.', ST: 'California', C: 'US' }, issuer: { CN: 'FGVMEVMBF57GNJF3', O: 'Fortinet', ST: 'California', C: 'US' } } },
    }
    const { devices, diagnostics } = parseInventory([CA_SIGNED, fortigate].map((r) => JSON.stringify(r)).join('\n'), { file: 'shodan.json' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => d.banners)).toEqual([
      [{ protocol: 'https', text: 'HTTP/1.1 200 OK' }],
      [{ protocol: 'https', text: 'HTTP/1.1 200 OK' }, { protocol: 'https', field: 'certificate', text: 'CN=FortiGate,O=Fortinet Ltd.,ST=California,C=US' }],
    ])
    const catalog = loadDefaultCatalog()
    expect(devices.map((d) => identify(d, catalog).group ?? null)).toEqual([null, 'fortinet'])
  })

  it('reads the CPEs that name a device maker as weak evidence, and none of an application', () => {
    const router = { ...GOAHEAD, ip_str: '192.0.2.11', cpe: ['cpe:/a:embedthis:goahead', 'cpe:/h:huawei:hg8245h', 'cpe:/o:linux:linux_kernel'], cpe23: undefined }
    const { devices } = parseInventory([GOAHEAD, router].map((r) => JSON.stringify(r)).join('\n'), { file: 'shodan.json' })
    expect(devices.map((d) => d.banners?.filter((b) => b.field === 'cpe'))).toEqual([[], [{ protocol: 'other', field: 'cpe', text: 'cpe:/h:huawei:hg8245h' }]])
    const catalog = loadDefaultCatalog()
    const [goahead, hg8245h] = devices.map((d) => identify(d, catalog))
    expect(goahead!.group).toBeUndefined()
    expect(hg8245h!.group).toBe('huawei')
    expect(hg8245h!.confidence).toBeLessThan(0.5)
  })
})

describe('the CSV Shodan\'s command-line tool converts an export to', () => {
  // `shodan convert <file>.json.gz csv`: the header shodan/cli/converter/csvc.py writes, lists
  // joined with commas, missing values empty. The first row is the second line of the
  // `shodan download` export above (Kamerka_Plus_GUI, .github/workflows/test.json); the second the
  // SSH banner of this file's first record.
  const HEADER = 'data,hostnames,ip,ip_str,ipv6,org,isp,location.country_code,location.city,location.country_name,location.latitude,location.longitude,os,asn,port,transport,product,version,ssl.cipher.version,ssl.cipher.bits,ssl.cipher.name,ssl.alpn,ssl.versions,ssl.cert.serial,ssl.cert.fingerprint.sha1,ssl.cert.fingerprint.sha256,html,title'
  const CSV = `${HEADER}\r\n` +
    '"HTTP/1.1 401 Unauthorized\r\nServer: GoAhead-Webs\r\nDate: Thu Aug 17 01:46:14 2017\r\nWWW-Authenticate: Digest realm=""GoAhead"", domain="":81"",qop=""auth"", nonce=""0226f7e42caa61d16d835f1717f7a475"", opaque=""5ccc069c403ebaf9f0171e9517f40e41"",algorithm=""MD5"", stale=""FALSE""\r\nPragma: no-cache\r\nCache-Control: no-cache\r\nContent-Type: text/html\r\n\r\n",' +
    'ecs-139-159-141-198.compute.hwclouds-dns.com,2342489542,139.159.141.198,,"Huawei Public Cloud Service (Huawei Software Technologies Co.,Ltd)",Huawei Cloud Service data center,CN,Guangzhou,China,23.11667,113.25,,AS55990,30501,tcp,,,,,,,,,,,,\r\n' +
    '"SSH-2.0-HUAWEI-1.5\nKey type: ssh-rsa\nKey: AAAAB3NzaC1yc2E\n",rt1.example.net,3405803783,203.0.113.7,,Example Telecom,,DE,,,49.44,7.6,,,22,tcp,Huawei VRP sshd,,,,,,,,,,,\r\n'

  it('reads each row as the banner record it was flattened from: ip_str:port, the host name, the captured text, the position', () => {
    const { devices, diagnostics } = parseInventory(CSV, { file: 'shodan.csv' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, d.name, d.banners?.map((b) => b.protocol), d.lat, d.lon])).toEqual([
      ['139.159.141.198:30501', 'ecs-139-159-141-198.compute.hwclouds-dns.com', ['other'], 23.11667, 113.25],
      ['203.0.113.7:22', 'rt1.example.net', ['ssh', 'ssh'], 49.44, 7.6],
    ])
    expect(devices[1]!.banners![1]).toEqual({ protocol: 'ssh', field: 'product', text: 'Huawei VRP sshd' })
    // The integer `ip` names no device, nor does the organisation of the network (Huawei's cloud).
    const catalog = loadDefaultCatalog()
    expect(devices.map((d) => identify(d, catalog).group ?? null)).toEqual([null, 'huawei'])
  })

  it('reports a row with another number of cells, with its line', () => {
    const { diagnostics } = parseInventory(`${HEADER}\n"SSH-2.0-HUAWEI-1.5",,1,192.0.2.1,22\n`, { file: 'shodan.csv' })
    expect(diagnostics.map((d) => [d.code, d.at.line])).toEqual([['malformed_csv', 2]])
  })
})

describe("the product Shodan's fingerprints named", () => {
  // A record of a `shodan search` answer as the ssq tool's README shows it (its fields picked from
  // Shodan's answer, `_shodan.module` as `module`), with Shodan's `data` as an export without the
  // captured text has it; and Cortex XSOAR's Shodan search fixture (demisto/content,
  // Packs/Shodan/Integrations/Shodan_v2/test_data/searchresults_NoSSL.json, trimmed), whose product
  // and CPEs name nobody the catalog knows.
  const MIKROTIK = {
    asn: 'AS21183', domains: ['abcom.al'], hostnames: ['ptr.abcom.al'], ip_str: '217.73.133.213', isp: 'ABCOM Shpk', org: 'ABCOM Shpk',
    port: 8081, timestamp: '2018-09-17T14:44:37.999984', transport: 'tcp', product: 'MikroTik http proxy', version: '', module: 'https-simple-new',
    country: 'Albania', city: 'Tirana', vulns: [], data: null,
  }
  const TEST_PRODUCT = {
    product: 'Test Product', os: 'Test OS', transport: 'tcp', isp: 'Test ISP',
    cpe23: ['cpe:2.3:h:company:device_model', 'cpe:2.3:o:company:os_type:3'], cpe: ['cpe:/h:company:device_model', 'cpe:/o:company:os_type:3'],
    _shodan: { region: 'na', ptr: true, module: 'auto' }, hostnames: ['test-host.example.com'], devicetype: 'router', org: 'Test Org',
    data: "\\xff\\xfd\\x18\\xff\\xfd \\xff\\xfd#\\xff\\xfd\\'\\xff\\xfd$\\xff\\xfd!", port: 23, ip_str: '10.2.3.4',
  }

  it('reads the product, without a CPE of a device maker, as a weak banner of field product', () => {
    const { devices, diagnostics } = parseInventory(JSON.stringify({ matches: [MIKROTIK, TEST_PRODUCT], total: 2 }), { file: 'search.json' })
    expect(diagnostics).toEqual([])
    expect(devices[0]).toEqual({ id: '217.73.133.213:8081', name: 'ptr.abcom.al', banners: [{ protocol: 'other', field: 'product', text: 'MikroTik http proxy' }] })
    // A record with CPEs gives those, not the product they were concluded with.
    expect(devices[1]!.banners!.map((b) => b.field ?? 'data')).toEqual(['data', 'cpe', 'cpe'])
    const catalog = loadDefaultCatalog()
    const [mikrotik, unknown] = devices.map((d) => identify(d, catalog))
    expect(mikrotik!.group).toBe('mikrotik')
    expect(mikrotik!.confidence).toBeLessThan(0.5)
    expect(mikrotik!.evidence.map((e) => e.method === 'banner' && e.pattern)).toEqual(['scanner-product-names-manufacturer'])
    expect(unknown!.group).toBeUndefined()
  })

  it('reads a generic product as naming nobody, and the network\'s owner not at all', () => {
    const goahead = { ...GOAHEAD, product: 'GoAhead-Webs', org: 'Huawei Public Cloud Service (Huawei Software Technologies Co.,Ltd)', isp: 'Huawei Cloud Service data center' }
    const [device] = parseInventory(JSON.stringify(goahead), { file: 'shodan.jsonl', format: 'jsonl' }).devices
    expect(device!.banners!.find((b) => b.field === 'product')).toEqual({ protocol: 'other', field: 'product', text: 'GoAhead-Webs' })
    expect(identify(device!, loadDefaultCatalog()).group).toBeUndefined()
  })
})

describe("Shodan's InternetDB answers", () => {
  // The answer for 1.1.1.1 a Go client of InternetDB quotes in its tests as the real one, and an
  // answer of a Spanish exposure guide's example run (`curl -s https://internetdb.shodan.io/$ip`),
  // whose CPE, nginx under NVD's vendor f5, names an application, not an F5 device.
  const CLOUDFLARE = '{\n\t"cpes":["cpe:/a:cloudflare:cloudflare"],\n\t"hostnames":["one.one.one.one"],\n\t"ip":"1.1.1.1",\n\t"ports":[53,80,443],\n\t"tags":["cdn"],\n\t"vulns":["CVE-2021-44228"]\n}\n'
  const NGINX = '{"cpes":["cpe:/a:f5:nginx"],"hostnames":[],"ip":"203.0.113.10","ports":[80,443],"tags":["cdn"],"vulns":[]}'

  it('reads an answer saved as it came (one object) as the host, known by its IP, named by its first host name', () => {
    const { devices, diagnostics } = parseInventory(CLOUDFLARE, { file: 'internetdb.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: '1.1.1.1', name: 'one.one.one.one' }])
  })

  it("reads a CPE of one maker's operating system as a weak banner of field cpe, and not an application's", () => {
    // The second answer as it would be of a RouterOS host (the CPE nmap and Shodan give RouterOS).
    const routerOs = NGINX.replace('cpe:/a:f5:nginx', 'cpe:/o:mikrotik:routeros').replace('203.0.113.10', '203.0.113.11')
    const { devices, diagnostics } = parseInventory([NGINX, routerOs].join('\n'), { file: 'internetdb.jsonl' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '203.0.113.10', name: '203.0.113.10' },
      { id: '203.0.113.11', name: '203.0.113.11', banners: [{ protocol: 'other', field: 'cpe', text: 'cpe:/o:mikrotik:routeros' }] },
    ])
    const catalog = loadDefaultCatalog()
    const [nginx, mikrotik] = devices.map((d) => identify(d, catalog))
    expect(nginx!.group).toBeUndefined()
    expect(mikrotik!.group).toBe('mikrotik')
    expect(mikrotik!.confidence).toBeLessThan(0.5)
  })
})
