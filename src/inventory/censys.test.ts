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
})
