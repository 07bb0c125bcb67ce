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
      { id: '203.0.113.7:22', name: 'rt1.example.net', banners: [{ protocol: 'ssh', text: SSH.data.trim() }], lat: 49.44, lon: 7.6 },
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
