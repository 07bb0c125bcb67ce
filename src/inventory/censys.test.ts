import { describe, expect, it } from 'vitest'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { parseInventory } from './parse.js'

// A host in the shape of Censys Search v2 (`censys view`), trimmed: Censys writes many more keys.
const HOST = {
  ip: '198.51.100.7',
  services: [
    {
      _decoded: 'ssh', port: 22, service_name: 'SSH', extended_service_name: 'SSH', transport_protocol: 'TCP',
      banner: 'SSH-2.0-HUAWEI-1.5', software: [{ vendor: 'Huawei', product: 'VRP' }],
    },
    {
      _decoded: 'http', port: 443, service_name: 'HTTP', extended_service_name: 'HTTPS', transport_protocol: 'TCP',
      banner: 'HTTP/1.1 200 OK\r\nServer: HuaweiHTTP\r\nContent-Type: text/html\r\n',
      http: { response: { status_code: 200, headers: { Server: ['HuaweiHTTP'], _encoding: { Server: 'DISPLAY_UTF8' } }, html_title: 'Huawei Web Manager' } },
    },
    // Nothing captured: no banner.
    { _decoded: 'banner_grab', port: 443, service_name: 'UNKNOWN', extended_service_name: 'UNKNOWN', transport_protocol: 'QUIC', banner: '' },
  ],
  location: { country: 'Germany', coordinates: { latitude: 50.11, longitude: 8.68 } },
  dns: { reverse_dns: { names: ['rt1.example.net'] } },
  operating_system: { vendor: 'Huawei', product: 'VRP' },
  autonomous_system: { asn: 64500, name: 'EXAMPLE' },
}

describe('Censys hosts', () => {
  it('reads a host as one device with the banners of its services and its position', () => {
    const { devices, diagnostics } = parseInventory(JSON.stringify(HOST, null, 2), { file: 'host.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{
      id: '198.51.100.7', name: 'rt1.example.net',
      banners: [
        { protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' },
        { protocol: 'https', text: 'HTTP/1.1 200 OK\r\nServer: HuaweiHTTP\r\nContent-Type: text/html' },
        { protocol: 'https', field: 'title', text: 'Huawei Web Manager' },
      ],
      lat: 50.11, lon: 8.68,
    }])
  })

  it('reads a list of hosts, and the Server header of a service whose answer was not kept', () => {
    const bare = { ip: '198.51.100.8', services: [{ port: 80, service_name: 'HTTP', http: { response: { headers: { Server: ['DNVRS-Webs'] } } } }] }
    const { devices } = parseInventory(JSON.stringify([HOST, bare]), { file: 'hosts.json' })
    expect(devices.map((d) => d.id)).toEqual(['198.51.100.7', '198.51.100.8'])
    expect(devices[1]).toEqual({ id: '198.51.100.8', name: '198.51.100.8', banners: [{ protocol: 'http', field: 'server', text: 'DNVRS-Webs' }] })
    const catalog = loadDefaultCatalog()
    expect(devices.map((d) => identify(d, catalog).group)).toEqual(['huawei', 'hikvision'])
  })

  it("does not take Censys's own guesses of the software as evidence", () => {
    const guessed = { ...HOST, services: [{ port: 22, service_name: 'SSH', banner: '', software: [{ vendor: 'Huawei' }] }] }
    const [device] = parseInventory(JSON.stringify(guessed), { file: 'host.json' }).devices
    expect(device).toEqual({ id: '198.51.100.7', name: 'rt1.example.net', lat: 50.11, lon: 8.68 })
    expect(identify(device!, loadDefaultCatalog()).group).toBeUndefined()
  })

  // The Censys Platform API's answers, as Cortex XSOAR's Censys integration is tested with them
  // (demisto/content, Packs/Censys/Integrations/CensysV2/test_data/search_host_response.json and
  // view_host_response.json): a service names its `protocol`, its web answers are under `endpoints`.
  const PLATFORM_HOST = {
    ip: '198.51.100.9',
    location: { continent: 'Asia', country_code: 'TR', coordinates: { latitude: 39.90861, longitude: 41.27694 } },
    autonomous_system: { asn: 9121, name: 'Company Inc' },
    services: [
      { port: 53, protocol: 'DNS', transport_protocol: 'udp', ip: '198.51.100.9', scan_time: '2026-01-15T00:29:02Z', dns: { server_type: 'forwarding' } },
      { port: 443, protocol: 'UNKNOWN', transport_protocol: 'quic', ip: '198.51.100.9' },
      {
        port: 1024, protocol: 'HTTP', transport_protocol: 'tcp', ip: '198.51.100.9', banner_hash_sha256: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
        endpoints: [{ hostname: '198.51.100.9', port: 1024, path: '/', endpoint_type: 'HTTP', http: { uri: 'http://198.51.100.9:1024/', status_code: 401, headers: { 'Content-Length': { headers: ['0'] }, Server: { headers: ['DNVRS-Webs'] } } } }],
      },
      { port: 22, protocol: 'SSH', transport_protocol: 'tcp', ip: '198.51.100.9', banner: 'SSH-2.0-HUAWEI-1.5' },
    ],
    service_count: 4,
    dns: { reverse_dns: { resolve_time: '2026-01-12T23:38:51Z', names: ['198-51-100-9.dynamic.example.com'] } },
  }

  it("reads the Platform API's search hits and host view, one device a host, with the banners and headers of its services", () => {
    const expected = [{
      id: '198.51.100.9', name: '198-51-100-9.dynamic.example.com',
      banners: [{ protocol: 'http', field: 'server', text: 'DNVRS-Webs' }, { protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }],
      lat: 39.90861, lon: 41.27694,
    }]
    const search = { result: { hits: [{ host_v1: { resource: PLATFORM_HOST }, extensions: {}, matched_services: [{ protocol: 'HTTP', port: 1024, transport_protocol: 'tcp' }] }] } }
    const view = { result: { resource: PLATFORM_HOST, extensions: {} } }
    for (const [file, answer] of [['search.json', search], ['view.json', view]] as const) {
      const { devices, diagnostics } = parseInventory(JSON.stringify(answer, null, 4), { file })
      expect(diagnostics, file).toEqual([])
      expect(devices, file).toEqual(expected)
    }
  })

  it("reads the Search API v2's search answer, its hits under result", () => {
    const answer = { code: 200, status: 'OK', result: { query: 'services.service_name: SSH', total: 1, duration: 120, hits: [HOST], links: { prev: '', next: '' } } }
    const { devices, diagnostics } = parseInventory(JSON.stringify(answer), { file: 'search.json' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => d.id)).toEqual(['198.51.100.7'])
  })
})

describe('certificates of Censys hosts', () => {
  it('reads the subject of a certificate the device issued itself, in v2\'s leaf_data and the Platform\'s cert, and not a public authority\'s', () => {
    // v2's leaf_data and the Platform's cert.parsed as Cortex XSOAR's Censys tests hold them
    // (demisto/content, Packs/Censys/Integrations/CensysV2/test_data/ip_enrichment_response.json:
    // "issuer_dn": "C=US, O=Company Inc, CN=Generic CA", "subject_dn": "CN=dns.example.com"); the
    // FortiGate's names are those nmap's ssl-cert printed for a FortiGate VM, in Censys's order.
    const fortigate = {
      ip: '192.0.2.10',
      services: [{
        port: 443, service_name: 'HTTP', extended_service_name: 'HTTPS', transport_protocol: 'TCP',
        tls: { certificates: { leaf_data: { subject_dn: 'C=US, ST=California, O=Fortinet Ltd., CN=FortiGate', issuer_dn: 'C=US, ST=California, O=Fortinet, CN=FGVMEVMBF57GNJF3' } } },
      }],
    }
    const platform = {
      result: {
        resource: {
          ip: '0.0.0.1',
          services: [{
            port: 443, protocol: 'HTTP', transport_protocol: 'tcp',
            cert: { parsed: { issuer_dn: 'C=US, O=Company Inc, CN=Generic CA', subject_dn: 'CN=dns.example.com' } },
          }],
        },
      },
    }
    const { devices, diagnostics } = parseInventory([fortigate, platform].map((r) => JSON.stringify(r)).join('\n'), { file: 'censys.jsonl' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => d.banners)).toEqual([[{ protocol: 'https', field: 'certificate', text: 'C=US, ST=California, O=Fortinet Ltd., CN=FortiGate' }], undefined])
    expect(identify(devices[0]!, loadDefaultCatalog()).group).toBe('fortinet')
  })
})

describe('what Censys concluded of a host', () => {
  // Search v2 hits as an OSINT site's front end keeps them for its sample organisation (Simon
  // Fraser University's network, hits updated 2024-11-14, with Censys's keys; the site credits
  // Mazin Ahmed and others; trimmed of their location and most services), and a hit of an Akamai
  // edge server printed in a tutorial of the censys library (Kylansito/Hackathon-Code-Examples,
  // censysSummary.md).
  const FORTIGATE = {
    last_updated_at: '2024-11-14T09:25:04.174Z',
    autonomous_system: { description: 'SFU-AS', bgp_prefix: '142.58.0.0/16', asn: 11105, country_code: 'CA', name: 'SFU-AS' },
    ip: '142.58.74.50',
    dns: { reverse_dns: { names: ['vpr-db34.dc.sfu.ca'] } },
    operating_system: {
      other: [{ key: 'family', value: 'FortiOS' }, { key: 'device', value: 'Firewall' }],
      source: 'OSI_APPLICATION_LAYER', part: 'o', product: 'FortiOS', cpe: 'cpe:2.3:o:fortinet:fortios:*:*:*:*:*:*:*:*', vendor: 'Fortinet',
    },
    services: [
      { transport_protocol: 'TCP', extended_service_name: 'HTTP', service_name: 'HTTP', port: 80 },
      { certificate: 'cece452211a601a6fde0d3b21c81a4d4a6edb44b8c7a00e64a097f7ea71b1151', transport_protocol: 'TCP', extended_service_name: 'HTTPS', service_name: 'HTTP', port: 443 },
    ],
  }
  const AKAMAI = {
    ip: '23.4.189.49',
    dns: { reverse_dns: { names: ['a23-4-189-49.deploy.static.akamaitechnologies.com'] } },
    operating_system: {
      part: 'o', vendor: 'Akamai', component_uniform_resource_identifiers: [],
      other: [{ key: 'family', value: 'Linux' }, { key: 'device', value: 'Web Proxy' }], cpe: '', source: 'OSI_APPLICATION_LAYER',
    },
    services: [{ transport_protocol: 'TCP', extended_service_name: 'HTTP', service_name: 'HTTP', port: 80 }],
  }

  it("reads the operating system Censys named by a CPE of one maker's devices as a weak banner of field cpe", () => {
    const { devices, diagnostics } = parseInventory(JSON.stringify([FORTIGATE]), { file: 'censys.json' })
    expect(diagnostics).toEqual([])
    expect(devices[0]!.banners).toEqual([{ protocol: 'other', field: 'cpe', text: 'cpe:2.3:o:fortinet:fortios:*:*:*:*:*:*:*:*' }])
    const found = identify(devices[0]!, loadDefaultCatalog())
    expect(found.group).toBe('fortinet')
    expect(found.confidence).toBeLessThan(0.5)
  })

  it("does not read what Censys estimated from another source than a service's answer, as nmap's OS detection is not read", () => {
    // The FortiGate's entry as it would be if Censys had estimated it from the host's TCP/IP
    // fingerprint rather than read it from a service's answer.
    const guessed = { ...FORTIGATE, operating_system: { ...FORTIGATE.operating_system, source: 'OSI_TRANSPORT_LAYER' } }
    const [device] = parseInventory(JSON.stringify([guessed]), { file: 'censys.json' }).devices
    expect(device!.banners).toBeUndefined()
  })

  it('reads a product Censys named without a CPE by its vendor and product, and nothing of an application or a general operating system', () => {
    const host = {
      ip: '198.51.100.10',
      services: [{
        port: 22, service_name: 'SSH', banner: '',
        software: [
          { uniform_resource_identifier: 'cpe:2.3:a:openbsd:openssh:7.4:*:*:*:*:*:*:*', part: 'a', vendor: 'OpenBSD', product: 'OpenSSH' },
          { uniform_resource_identifier: 'cpe:2.3:o:linux:linux_kernel:*:*:*:*:*:*:*:*', part: 'o', vendor: 'Linux', product: 'Linux Kernel' },
        ],
      }],
      operating_system: { part: 'o', vendor: 'Huawei', product: 'VRP' },
    }
    const { devices } = parseInventory(JSON.stringify([host, AKAMAI]), { file: 'censys.json' })
    expect(devices.map((d) => d.banners)).toEqual([
      [{ protocol: 'other', field: 'product', text: 'Huawei VRP' }],
      // Akamai runs its own servers: the vendor of their system is no maker of this catalog's.
      [{ protocol: 'other', field: 'product', text: 'Akamai' }],
    ])
    const catalog = loadDefaultCatalog()
    expect(devices.map((d) => identify(d, catalog).group ?? null)).toEqual(['huawei', null])
  })
})
