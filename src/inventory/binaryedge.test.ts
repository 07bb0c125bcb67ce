import { describe, expect, it } from 'vitest'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { parseInventory } from './parse.js'

// BinaryEdge's API v2 answers, in the layouts of its documentation (api-v2.md: /v2/query/ip/{target}
// and /v2/query/search) and of projectdiscovery/uncover, sources/agent/binaryedge/example.json,
// whose banners write control characters as escapes (`\r\n` as the two characters `\` and `r`).
describe("BinaryEdge's events", () => {
  const catalog = loadDefaultCatalog()

  const event = (ip: string, port: number, service: Record<string, unknown>) => ({
    origin: { type: 'service-simple', module: 'grabber', country: 'us', ts: 1537060019061, ip: '198.51.100.1', port: 41574 },
    target: { ip, port, protocol: 'tcp' },
    result: { data: { state: { state: 'open' }, service } },
  })

  it("reads a host's answer, a device per port known by ip:port, the banner each port sent", () => {
    const answer = {
      total: 3, query: '203.0.113.7', targets_found: 1,
      events: [
        { port: 22, protocol: 'tcp', results: [event('203.0.113.7', 22, { name: 'ssh', method: 'probe_matching', banner: 'SSH-2.0-HUAWEI-1.5\\r\\n' })] },
        { port: 80, protocol: 'tcp', results: [
          event('203.0.113.7', 80, { name: 'http', method: 'table_default', directive: 'table', banner: 'HTTP/1.1 200 OK\\r\\nServer: App-webs/\\r\\nContent-Type: text/html\\r\\n\\r\\n', probe: 'GET / HTTP/1.0\\r\\n\\r\\n' }),
          { origin: { type: 'webv2', ts: 1736141243277 }, target: { ip: '203.0.113.7', port: 80, protocol: 'tcp' }, result: { data: { response: { url: 'http://203.0.113.7/', headers: { headers: { server: 'App-webs/', 'content-type': 'text/html' } } } } } },
        ] },
        { port: 554, protocol: 'tcp', results: [event('203.0.113.7', 554, { name: 'rtsp', method: 'probe_matching', product: 'Hikvision 7513 POE IP camera rtspd' })] },
      ],
    }
    const { devices, diagnostics } = parseInventory(JSON.stringify(answer), { file: 'binaryedge-host.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '203.0.113.7:22', name: '203.0.113.7', banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }] },
      // The webv2 event's Server header is the one the captured answer holds: not counted twice.
      { id: '203.0.113.7:80', name: '203.0.113.7', banners: [{ protocol: 'http', text: 'HTTP/1.1 200 OK\r\nServer: App-webs/\r\nContent-Type: text/html' }] },
      { id: '203.0.113.7:554', name: '203.0.113.7', banners: [{ protocol: 'rtsp', field: 'product', text: 'Hikvision 7513 POE IP camera rtspd' }] },
    ])
    expect(devices.map((d) => identify(d, catalog).group)).toEqual(['huawei', 'hikvision', 'hikvision'])
    // A webv2 event alone gives its Server header.
    const web = { events: [{ port: 443, results: [{ origin: { type: 'webv2', ts: 1736141243277 }, target: { ip: '203.0.113.9', port: 443, protocol: 'tcp' }, result: { data: { response: { url: 'https://203.0.113.9/', headers: { headers: { server: 'DNVRS-Webs' } } } } } }] }] }
    expect(parseInventory(JSON.stringify(web), { file: 'binaryedge-host.json' }).devices).toEqual([
      { id: '203.0.113.9:443', name: '203.0.113.9', banners: [{ protocol: 'https', field: 'server', text: 'DNVRS-Webs' }] },
    ])
  })

  it("reads a search's events, HTTPS for a service nmap names ssl/http", () => {
    const answer = {
      query: 'product:"nginx"', total: 2, page: 1, pagesize: 20,
      events: [
        event('203.0.113.8', 443, { name: 'ssl/http', method: 'probe_matching', product: 'nginx', cpe: ['cpe:/a:igor_sysoev:nginx'], banner: 'HTTP/1.1 400 Bad Request\\r\\nServer: nginx\\r\\n\\r\\n' }),
        event('203.0.113.8', 389, { name: 'ldap', method: 'table_default' }),
      ],
    }
    const { devices, diagnostics } = parseInventory(JSON.stringify(answer), { file: 'binaryedge-search.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '203.0.113.8:443', name: '203.0.113.8', banners: [{ protocol: 'https', text: 'HTTP/1.1 400 Bad Request\r\nServer: nginx' }] },
      // A port of which nothing was concluded: a device without evidence, not dropped.
      { id: '203.0.113.8:389', name: '203.0.113.8' },
    ])
  })
})
