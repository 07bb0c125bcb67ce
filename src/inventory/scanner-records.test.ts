import { describe, expect, it } from 'vitest'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { parseInventory } from './parse.js'

// Internet scanners' API answers read through the JSON column names: one record per service
// (an IP and a port), what the service sent under `banner`.
describe('records of internet scanners read as column names', () => {
  const catalog = loadDefaultCatalog()

  it("reads Hunter's banners, a record per port known by ip:port, the protocol it names", () => {
    // Hunter (Qianxin) /openApi/search: {"code", "data": {"total", "arr": [...]}, "message"}, each
    // entry's fields as in projectdiscovery/uncover, sources/agent/hunter/response.go.
    const answer = {
      code: 200,
      data: {
        total: 2, time: 1270,
        arr: [
          { web_title: '', ip: '203.0.113.6', port: 22, base_protocol: 'tcp', protocol: 'ssh', domain: '', component: [], os: '', country: '中国', is_web: '否', banner: 'SSH-2.0-ZTE_SSH.2.0', header: '' },
          { web_title: '', ip: '203.0.113.6', port: 80, base_protocol: 'tcp', protocol: 'http', domain: '', component: [{ name: 'ZTE-路由器', version: '' }], is_web: '是', banner: 'HTTP/1.1 200 OK\r\nServer: ZTE web server 1.0 ZTE corp 2015.\r\nContent-Type: text/html\r\n\r\n', header: '' },
        ],
        consume_quota: '消耗积分：2', rest_quota: '今日剩余积分：498',
      },
      message: 'success',
    }
    const { devices, diagnostics } = parseInventory(JSON.stringify(answer), { file: 'hunter.json' })
    expect(diagnostics).toEqual([])
    // Known by the IP alone, the second service was skipped as a duplicate, its banner with it.
    expect(devices.map((d) => [d.id, d.name, d.banners?.map((b) => b.protocol)])).toEqual([
      ['203.0.113.6:22', '203.0.113.6', ['ssh']],
      ['203.0.113.6:80', '203.0.113.6', ['http']],
    ])
    const results = devices.map((d) => identify(d, catalog))
    expect(results.map((r) => r.group)).toEqual(['zte', 'zte'])
    expect(results[0]!.evidence).toMatchObject([{ method: 'banner', value: 'SSH-2.0-ZTE_SSH.2.0', protocol: 'ssh' }])
  })

  it("reads a web service's response head under header when its banner is empty", () => {
    // Hunter's `header` beside `banner` (projectdiscovery/uncover, sources/agent/hunter/response.go).
    const answer = { code: 200, data: { total: 1, arr: [{ web_title: '', ip: '203.0.113.7', port: 8000, protocol: 'http', base_protocol: 'tcp', banner: '', header: 'HTTP/1.1 200 OK\r\nServer: DNVRS-Webs\r\nContent-Type: text/html\r\n' }] }, message: 'success' }
    const { devices } = parseInventory(JSON.stringify(answer), { file: 'hunter.json' })
    expect(devices.map((d) => [d.id, d.banners?.map((b) => b.protocol)])).toEqual([['203.0.113.7:8000', ['http']]])
    expect(identify(devices[0]!, catalog)).toMatchObject({ group: 'hikvision', evidence: [{ method: 'banner', value: 'DNVRS-Webs' }] })
  })

  it("reads Netlas's services, each wrapped under data, by their Server header", () => {
    // Netlas /api/responses/: {"items": [{"data": {...}}], "took"}, as in projectdiscovery/uncover,
    // sources/agent/netlas/response.go (http.headers.server a list).
    const answer = {
      items: [
        { data: { ip: '203.0.113.7', port: 80, protocol: 'http', prot4: 'tcp', prot7: 'http', host: '203.0.113.7', uri: 'http://203.0.113.7:80/', path: '/', http: { headers: { server: ['DNVRS-Webs'], content_type: ['text/html'] }, status_code: 200, status_line: '200 OK' } } },
        { data: { ip: '203.0.113.7', port: 8080, protocol: 'http', prot4: 'tcp', prot7: 'http', host: '203.0.113.7', http: { headers: { server: ['App-webs/'] }, status_code: 200 } } },
      ],
      took: 12,
    }
    const { devices, diagnostics } = parseInventory(JSON.stringify(answer), { file: 'netlas.json' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, d.banners])).toEqual([
      ['203.0.113.7:80', [{ protocol: 'http', field: 'server', text: 'DNVRS-Webs' }]],
      ['203.0.113.7:8080', [{ protocol: 'http', field: 'server', text: 'App-webs/' }]],
    ])
    expect(identify(devices[0]!, catalog).group).toBe('hikvision')
  })

  it("reads Criminal IP's banner under ip_address and open_port_no", () => {
    // Criminal IP /v1/banner/search: {"data": {"count", "result": [...]}, "message", "status"},
    // as in projectdiscovery/uncover, sources/agent/criminalip/example.json.
    const answer = {
      data: {
        count: 1, filters: {},
        result: [{ as_name: 'CHINANET', banner: 'SSH-2.0-HUAWEI-1.5', city: 'Shenzhen', country: 'CN', hostname: null, ip_address: '203.0.113.5', open_port_no: 22, product: '', service_name: 'SSH', socket_type: 'TCP', status_code: 0, tags: [], tech_stacks: [], title: '' }],
        search_keyword: 'ssh',
      },
      message: 'Success', status: 200,
    }
    const { devices } = parseInventory(JSON.stringify(answer), { file: 'criminalip.json' })
    expect(devices).toEqual([{ id: '203.0.113.5:22', name: '203.0.113.5', banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }] }])
    expect(identify(devices[0]!, catalog)).toMatchObject({ group: 'huawei', evidence: [{ method: 'banner', pattern: 'huawei-vrp-ssh' }] })
  })

  it("reads ZoomEye's banner one level down, under portinfo", () => {
    // ZoomEye /host/search: {"total", "available", "matches": [{"ip", "portinfo": {"port", "service",
    // "banner", ...}, "protocol": {...}}]}, as in r4b3rt/DarkEye, zoomeye/config.go.
    const answer = {
      total: 1, available: 1,
      matches: [{ ip: '203.0.113.5', portinfo: { port: 22, service: 'ssh', app: '', banner: 'SSH-2.0-HUAWEI-1.5\n', title: null, hostname: '', device: '', os: '' }, protocol: { application: 'SSH', transport: 'tcp', probe: '' }, honeypot: 0 }],
    }
    const { devices } = parseInventory(JSON.stringify(answer), { file: 'zoomeye.json' })
    expect(devices.map((d) => [d.id, d.banners])).toEqual([['203.0.113.5:22', [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }]]])
    expect(identify(devices[0]!, catalog).group).toBe('huawei')
  })

  it("names a ZoomEye record by its IP, not by the kind of device ZoomEye guessed", () => {
    const answer = { total: 1, matches: [{ ip: '203.0.113.7', portinfo: { port: 80, service: 'http', app: 'Hikvision IP camera httpd', banner: 'HTTP/1.1 200 OK\r\nServer: DNVRS-Webs\r\n\r\n', hostname: '', device: 'webcam', os: '' } }] }
    const { devices } = parseInventory(JSON.stringify(answer), { file: 'zoomeye.json' })
    expect(devices.map((d) => [d.id, d.name])).toEqual([['203.0.113.7:80', '203.0.113.7']])
    expect(identify(devices[0]!, catalog)).toMatchObject({ group: 'hikvision', evidence: [{ method: 'banner', value: 'DNVRS-Webs', protocol: 'http' }] })
  })

  it("reads what an ONYPHE datascan record captured, under data", () => {
    // ONYPHE /api/v2/search: {"count", "error", "results": [{"@category": "datascan", "ip", "port",
    // "protocol", "data", "app": {"http": {"title"}}, "product", ...}]}, as in
    // projectdiscovery/uncover, sources/agent/onyphe/example.json.
    const answer = {
      count: 1, error: 0, max_page: 1, page: '1',
      results: [{ '@category': 'datascan', '@timestamp': '2025-04-08T09:35:55.000Z', app: { http: { title: '' } }, ip: '203.0.113.6', port: 80, protocol: 'http', transport: 'tcp', data: 'HTTP/1.0 200 OK\r\nServer: ZTE web server 1.0 ZTE corp 2015.\r\nContent-Type: text/html\r\n\r\n<html></html>', hostname: ['gw.example.cn'], product: '', source: 'datascan', version: 'v3' }],
    }
    const { devices } = parseInventory(JSON.stringify(answer), { file: 'onyphe.json' })
    expect(devices.map((d) => [d.id, d.name, d.banners?.map((b) => b.protocol)])).toEqual([['203.0.113.6:80', 'gw.example.cn', ['http']]])
    expect(identify(devices[0]!, catalog)).toMatchObject({ group: 'zte', evidence: [{ method: 'banner', pattern: 'zte-mini-web-server' }] })
  })

  it("reads LeakIX's service events by their Server header and title, else by what the service sent", () => {
    // LeakIX's l9format events (LeakIX/l9format, l9event.go and l9event.json: `http.header`, a map
    // of the answer's headers as sent, `Server` capitalised; `summary`; `ssh.banner`); its API
    // answers a host with {"Services": [...], "Leaks": [...]}.
    const answer = {
      Services: [
        { event_type: 'service', event_source: 'HttpPlugin', ip: '203.0.113.5', host: '', port: '80', transport: ['tcp', 'http'], protocol: 'http', http: { root: '', url: '/', status: 200, length: 480, header: { 'Content-Type': 'text/html', Server: 'App-webs/' }, title: '' }, summary: 'HTTP/1.1 200 OK\r\nServer: App-webs/\r\n\r\n', service: { software: { name: '', version: '', os: '', modules: [], fingerprint: '' } } },
        { event_type: 'service', event_source: 'RtspPlugin', ip: '203.0.113.5', host: '', port: '554', transport: ['tcp'], protocol: 'rtsp', summary: 'RTSP/1.0 401 Unauthorized\r\nCSeq: 1\r\nWWW-Authenticate: Digest realm="Hikvision", nonce="0a1b2c3d", stale="FALSE"\r\n\r\n' },
        { event_type: 'service', event_source: 'SSHOpenPlugin', ip: '203.0.113.6', host: '', port: '22', protocol: 'ssh', ssh: { fingerprint: 'aa', version: 2, banner: 'SSH-2.0-HUAWEI-1.5', motd: '' }, summary: 'SSH-2.0-HUAWEI-1.5\n' },
      ],
      // A leak of one of the host's services: no device of its own, its summary no banner.
      Leaks: [{ event_type: 'leak', event_source: 'DotEnvConfigPlugin', ip: '203.0.113.5', host: '', port: '80', protocol: 'http', summary: 'Env config file found:\n\n XYZ=\n', leak: { severity: 'high', dataset: { rows: 0, files: 0, size: 0 } } }],
    }
    const { devices, diagnostics } = parseInventory(JSON.stringify(answer), { file: 'leakix-host.json' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, d.banners?.map((b) => [b.protocol, b.field])])).toEqual([
      ['203.0.113.5:80', [['http', 'server']]],
      ['203.0.113.5:554', [['rtsp', undefined]]],
      ['203.0.113.6:22', [['ssh', undefined]]],
    ])
    // Each was a device without evidence but the SSH one.
    expect(devices.map((d) => identify(d, catalog).group)).toEqual(['hikvision', 'hikvision', 'huawei'])
  })

  it("reads Quake's services by what the port answered, HTTPS for http/ssl, its product guesses left out", () => {
    // Quake (360) /api/v3/search/quake_service: the fields its own client reads (360quake/quake_rs,
    // src/quake.rs: ip, port, service.name, service.response, service.http.title and
    // response_headers, components[].product_name_cn, location).
    const answer = {
      code: 0, message: 'Successful.',
      data: [
        { ip: '203.0.113.9', port: 80, time: '2024-05-01T00:00:00.000Z', service: { name: 'http', response: 'HTTP/1.1 200 OK\r\nServer: App-webs/\r\nContent-Type: text/html\r\n\r\n', http: { title: '', host: '203.0.113.9' } }, components: [{ product_name_cn: '海康威视-摄像头', version: '' }], location: { country_cn: '中国', city_cn: '杭州', owner: '' } },
        { ip: '203.0.113.9', port: 22, service: { name: 'ssh', response: 'SSH-2.0-HUAWEI-1.5\r\n' }, location: { city_cn: '杭州' } },
        { ip: '203.0.113.10', port: 443, service: { name: 'http/ssl', http: { title: 'HG8245H', response_headers: 'HTTP/1.1 200 OK\r\nServer: HUAWEI HG8245H\r\n' } } },
      ],
      meta: { pagination: { count: 3, page_index: 1, page_size: 10, total: 3 } },
    }
    const { devices, diagnostics } = parseInventory(JSON.stringify(answer), { file: 'quake.json' })
    // Quake's components were an error each: no hardware part of the device.
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, d.components, d.banners?.map((b) => [b.protocol, b.field])])).toEqual([
      ['203.0.113.9:80', undefined, [['http', undefined]]],
      ['203.0.113.9:22', undefined, [['ssh', undefined]]],
      ['203.0.113.10:443', undefined, [['https', undefined], ['https', 'title']]],
    ])
    expect(devices.map((d) => identify(d, catalog).group)).toEqual(['hikvision', 'huawei', 'huawei'])
  })

  it("reads the Server headers LeakIX's first API kept at the top of a service, each a list", () => {
    // smicallef/spiderfoot, modules/sfp_leakix.py: a host's Services, each with `headers.Server` a list.
    const answer = { Services: [{ ip: '203.0.113.5', port: '8000', protocol: 'http', headers: { Server: ['DNVRS-Webs'] } }], Leaks: [] }
    const { devices } = parseInventory(JSON.stringify(answer), { file: 'leakix-host.json' })
    expect(devices.map((d) => [d.id, d.banners])).toEqual([['203.0.113.5:8000', [{ protocol: 'http', field: 'server', text: 'DNVRS-Webs' }]]])
  })

  it("leaves a LeakIX leak's summary, which describes the leak, unread", () => {
    // The leak event of LeakIX/l9format, l9event.json.
    const leak = { event_type: 'leak', event_source: 'DotEnvConfigPlugin', ip: '203.0.113.9', host: 'site1.example.com', port: '8080', protocol: 'https', summary: 'Env config file found:\n\n XYZ=\n', http: { root: '/site1', url: '/site1/.env', status: 200, header: { 'Content-Type': 'application/text' } } }
    const { devices } = parseInventory(JSON.stringify([leak]), { file: 'leakix.json' })
    expect(devices.map((d) => [d.id, d.banners])).toEqual([['203.0.113.9:8080', undefined]])
  })

  it('keeps a device record with a model or serial, its address and switch port, known by its address', () => {
    // As a CSV row of a device list is: a scanner's record of a service has neither.
    const list = [{ ip: '10.0.0.7', port: 12, model: 'DS-2CD2143G0-I', serial: 'DS-2CD2143G0-I20190101AAWRC12345678', banner: 'HTTP/1.1 200 OK\r\nServer: App-webs/\r\n' }]
    const { devices } = parseInventory(JSON.stringify(list), { file: 'devices.json' })
    expect(devices.map((d) => [d.id, d.name])).toEqual([['10.0.0.7', '10.0.0.7']])
  })

  it('keeps a record with an id of its own known by it, its port no part of it', () => {
    const { devices } = parseInventory(JSON.stringify([{ id: 'n1', ip: '10.0.0.1', port: 161, banner: 'SSH-2.0-HUAWEI-1.5' }]), { file: 'x.json' })
    expect(devices.map((d) => d.id)).toEqual(['n1'])
  })
})

describe("FOFA's search answer", () => {
  // /api/v1/search/all with fields=ip,port,protocol,banner: each result the fields' values, unnamed
  // (projectdiscovery/uncover, sources/agent/fofa/response.go).
  const answer = {
    error: false, size: 2, page: 1, mode: 'extended', query: 'app="HUAWEI-Router"',
    results: [['203.0.113.5', '22', 'ssh', 'SSH-2.0-HUAWEI-1.5'], ['203.0.113.6', '80', 'http', 'HTTP/1.1 200 OK\r\nServer: ZTE web server 1.0 ZTE corp 2015.\r\n']],
  }

  it('is refused with one error naming the table to make, where each result was an error of its own', () => {
    let caught: unknown
    try {
      parseInventory(JSON.stringify(answer), { file: 'fofa.json' })
    } catch (err) {
      caught = err
    }
    expect(caught).toMatchObject({ code: 'input_invalid', at: { file: 'fofa.json' } })
    expect((caught as { hint: string }).hint).toContain(`jq '[["ip","port","protocol","banner"]] + .results'`)
  })

  it('is read as the table the hint makes, a device per service with its banner', () => {
    const table = [['ip', 'port', 'protocol', 'banner'], ...answer.results]
    const { devices, diagnostics } = parseInventory(JSON.stringify(table), { file: 'fofa.json' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, d.banners?.[0]?.protocol])).toEqual([['203.0.113.5:22', 'ssh'], ['203.0.113.6:80', 'http']])
  })
})

describe("internet scanners' exports as CSV", () => {
  const catalog = loadDefaultCatalog()

  it('knows each row by ip:port, its banner of the protocol the row names, server and title as HTTP banners', () => {
    // FOFA's fields (ip, port, protocol, server, title, banner: xiecat/fofax-doc, docs/guide/output.md)
    // as a header, a row per service, as fofax and FOFA's CSV download write them.
    const csv = [
      'ip,port,protocol,server,title,banner',
      '203.0.113.6,22,ssh,,,SSH-2.0-ZTE_SSH.2.0',
      '203.0.113.6,80,http,ZTE web server 1.0 ZTE corp 2015.,,"HTTP/1.1 200 OK\\r\\nServer: ZTE web server 1.0 ZTE corp 2015.\\r\\n"',
      '203.0.113.5,8000,http,DNVRS-Webs,,',
    ].join('\n')
    const { devices, diagnostics } = parseInventory(csv, { file: 'fofa.csv' })
    // port and protocol are read; nothing is left unknown.
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, d.banners?.map((b) => `${b.protocol}${b.field === undefined ? '' : `/${b.field}`}`)])).toEqual([
      ['203.0.113.6:22', ['ssh']],
      // The Server header the captured response holds is not counted twice.
      ['203.0.113.6:80', ['http']],
      ['203.0.113.5:8000', ['http/server']],
    ])
    expect(devices.map((d) => identify(d, catalog).group)).toEqual(['zte', 'zte', 'hikvision'])
  })

  it("reads FOFA's header column, the response head of a web service", () => {
    const { devices } = parseInventory('ip,port,protocol,banner,header\n203.0.113.7,8000,http,,"HTTP/1.1 200 OK\\r\\nServer: DNVRS-Webs\\r\\n"\n', { file: 'fofa.csv' })
    expect(identify(devices[0]!, catalog)).toMatchObject({ group: 'hikvision', evidence: [{ method: 'banner', value: 'DNVRS-Webs', protocol: 'http' }] })
  })

  it('reads a banner column without a protocol column by what each banner announces', () => {
    // Hunter's and FOFA's fields kept to ip, port and banner (projectdiscovery/uncover,
    // sources/agent/hunter/response.go; xiecat/fofax-doc, docs/guide/output.md).
    const csv = 'ip,port,banner\n203.0.113.6,22,SSH-2.0-HUAWEI-1.5\n203.0.113.6,80,"HTTP/1.1 200 OK\r\nServer: App-webs/\r\n"\n'
    const { devices } = parseInventory(csv, { file: 'hunter.csv' })
    expect(devices.map((d) => [d.id, d.banners?.[0]?.protocol])).toEqual([['203.0.113.6:22', 'other'], ['203.0.113.6:80', 'other']])
    // The SSH line was a weak mention of Huawei, the camera's answer no evidence at all.
    expect(devices.map((d) => identify(d, catalog))).toMatchObject([
      { group: 'huawei', evidence: [{ pattern: 'huawei-vrp-ssh' }] },
      { group: 'hikvision', evidence: [{ pattern: 'hikvision-webs-server', value: 'App-webs/' }] },
    ])
  })

  it('leaves a device list with a Port column but no banner (the switch port a device is on) known by its name', () => {
    const list = parseInventory('name,port,manufacturer\nsw-1,12,Huawei\nsw-2,12,Huawei\n', { file: 'devices.csv' })
    expect(list.devices.map((d) => d.id)).toEqual(['sw-1', 'sw-2'])
  })

  it('leaves a device list with a banner, a model or serial and the switch Port each device is on known by its name', () => {
    // A row per device (its model, serial and captured banner), not per service: ids stay the names
    // a topology and the other files know the devices by.
    const csv = 'name,port,model,serial,banner_ssh\ncam-7,12,DS-2CD2143G0-I,DS-2CD2143G0-I20190101AAWRC12345678,\nsw-core-1,48,S5735-L48T4S-A,2102351234,SSH-2.0-HUAWEI-1.5\n'
    const { devices, diagnostics } = parseInventory(csv, { file: 'devices.csv' })
    expect(devices.map((d) => d.id)).toEqual(['cam-7', 'sw-core-1'])
    expect(diagnostics).toMatchObject([{ code: 'unknown_column', columns: ['port'] }])
  })
})
