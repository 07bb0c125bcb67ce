import { describe, expect, it } from 'vitest'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { collect } from './formats.case.test.js'
import { parseInventory } from './parse.js'
import { formatDiagnostic } from '../diagnostics/format.js'
import { isHttpxCsvHeader, isHttpxResult } from './httpx.js'

// httpx -json output of a scan of a BadStore test container, as published in a penetration-test
// session log on GitHub (httpx 1.7; its keys are the json tags of runner/types.go `Result`,
// github.com/projectdiscovery/httpx).
const CAPTURED = '{"timestamp":"2026-02-27T03:31:54.148469284Z","port":"80","url":"http://badstore:80","input":"http://badstore:80","scheme":"http","webserver":"Apache/2.4.65 (Debian)","content_type":"text/html","method":"GET","host":"badstore","host_ip":"192.168.81.2","path":"/","time":"4.432396ms","a":["192.168.81.2"],"tech":["Apache HTTP Server:2.4.65","Debian"],"words":9,"lines":6,"status_code":200,"content_length":116,"failed":false,"knowledgebase":{"PageType":"other","pHash":0},"resolvers":["1.1.1.1:53","1.0.0.1:53","8.8.8.8:53","8.8.4.4:53","127.0.0.11:53"]}'

/**
 * Lines in httpx's shape for devices: the Server headers and titles are real captures, quoted in
 * the catalog's examples (src/catalog/banners.ts): "DNVRS-Webs" of Hikvision recorders (the
 * hikvision-webs-server pattern's sources), "HG532e", the login page title of a Huawei HG532e
 * (nuclei-templates http/exposed-panels/huawei-hg532e-panel.yaml).
 */
const line = (fields: Record<string, unknown>): string => JSON.stringify({
  timestamp: '2026-11-01T10:00:00Z', port: '80', url: 'http://192.0.2.5', input: '192.0.2.5', scheme: 'http', host: '192.0.2.5', path: '/',
  words: 1, lines: 1, status_code: 200, content_length: 10, failed: false, ...fields,
})
const RECORDER = line({ webserver: 'DNVRS-Webs', tech: ['Hikvision'] })
const GATEWAY = line({ url: 'https://192.0.2.6:8443', input: '192.0.2.6:8443', scheme: 'https', host: '192.0.2.6', port: '8443', title: 'HG532e' })

describe('httpx JSON output', () => {
  it('skips the log lines saved with the results (2>&1), with one warning, and reads the results among them', () => {
    // httpx's log lines as it prints them on standard error (a scan printed in projectdiscovery/httpx's
    // README, and a Go test's capture of `httpx -json` run with its standard error).
    const mixed = `[INF] Current httpx version v1.9.0\n[WRN] UI Dashboard is disabled, Use -dashboard option to enable\n${CAPTURED}\n[INF] Found 1 results\n`
    for (const file of ['httpx.jsonl', 'httpx.json', 'httpx.txt']) {
      const { devices, diagnostics } = parseInventory(mixed, { file })
      expect(devices.map((d) => d.id)).toEqual(['badstore:80'])
      expect(diagnostics.map(formatDiagnostic)).toEqual([
        `${file}:1: warning: this line, "[INF] Current httpx version v1.9.0", is a line of the scanner's log saved with its results (its standard error with 2>&1), not a result: it and the log lines after it are skipped. Save the results alone (the scanner's output file, such as httpx -json -o results.jsonl, or its standard output without 2>&1).`,
      ])
    }
  })

  it('reads a line as a device host:port whose Server header is a banner', () => {
    const { devices, diagnostics } = parseInventory(CAPTURED, { file: 'httpx.jsonl' })
    expect(diagnostics).toEqual([])
    // tech (httpx's Wappalyzer guesses) is left out: only what the server sent is evidence.
    expect(devices).toEqual([{ id: 'badstore:80', name: 'badstore', banners: [{ protocol: 'http', field: 'server', text: 'Apache/2.4.65 (Debian)' }] }])
  })

  it('reads the page title, and an HTTPS scheme as the banners\' protocol', () => {
    const { devices } = parseInventory([RECORDER, GATEWAY].join('\n'), { file: 'httpx.jsonl' })
    expect(devices).toEqual([
      { id: '192.0.2.5:80', name: '192.0.2.5', banners: [{ protocol: 'http', field: 'server', text: 'DNVRS-Webs' }] },
      { id: '192.0.2.6:8443', name: '192.0.2.6', banners: [{ protocol: 'https', field: 'title', text: 'HG532e' }] },
    ])
  })

  it('identifies the makers from the Server header and the title', () => {
    const catalog = loadDefaultCatalog()
    const { devices } = parseInventory([RECORDER, GATEWAY, CAPTURED].join('\n'), { file: 'httpx.jsonl' })
    expect(devices.map((d) => identify(d, catalog).group)).toEqual(['hikvision', 'huawei', undefined])
  })

  it('does not take httpx\'s technology guess for evidence', () => {
    const catalog = loadDefaultCatalog()
    // Wappalyzer named Hikvision, but the server sent nothing that says so.
    const [device] = parseInventory(line({ webserver: 'GoAhead-Webs', tech: ['Hikvision'] }), { file: 'httpx.jsonl' }).devices
    expect(identify(device!, catalog).group).toBeUndefined()
  })

  it('reads the response headers of -irh, and puts a probed path after the port', () => {
    // httpx writes the map with names in lower case and `_` for `-` ("www_authenticate":"Basic
    // realm=\"traefik\"" in a report of httpx -irh output published on GitHub); the realm is the
    // one Huawei home gateways answer on their TR-069 port (nmap-service-probes, the catalog's
    // huawei-home-gateway-realm). A map written with the names as sent is read too.
    const text = [
      line({ url: 'http://192.0.2.7:7547', input: '192.0.2.7:7547', host: '192.0.2.7', port: '7547', header: { www_authenticate: 'Basic realm="HuaweiHomeGateway"' } }),
      line({ path: '/login', url: 'http://192.0.2.5/login', header: { Server: ['App-webs/'] } }),
    ].join('\n')
    const { devices } = parseInventory(text, { file: 'httpx.jsonl' })
    expect(devices).toEqual([
      { id: '192.0.2.7:7547', name: '192.0.2.7', banners: [{ protocol: 'http', field: 'www-authenticate', text: 'Basic realm="HuaweiHomeGateway"' }] },
      { id: '192.0.2.5:80/login', name: '192.0.2.5', banners: [{ protocol: 'http', field: 'server', text: 'App-webs/' }] },
    ])
    const catalog = loadDefaultCatalog()
    expect(devices.map((d) => identify(d, catalog).group)).toEqual(['huawei', 'hikvision'])
  })

  it('reads the certificate httpx grabbed (-tls-grab) when the device issued it itself, and not one a public authority issued', () => {
    // The leaf's fields as tlsx writes them inline under "tls" (pkg/tlsx/clients/clients.go); the
    // FortiGate's names are those nmap's ssl-cert printed for a FortiGate VM, in Go's RFC 2253 form.
    const fortigate = line({
      url: 'https://192.0.2.10', input: '192.0.2.10', scheme: 'https', host: '192.0.2.10', port: '443',
      tls: { host: '192.0.2.10', port: '443', probe_status: true, tls_version: 'tls12', self_signed: false, subject_dn: 'CN=FortiGate,O=Fortinet Ltd.,ST=California,C=US', subject_cn: 'FortiGate', subject_org: ['Fortinet Ltd.'], issuer_dn: 'CN=FGVMEVMBF57GNJF3,O=Fortinet,ST=California,C=US', issuer_org: ['Fortinet'] },
    })
    const site = line({
      url: 'https://192.0.2.11', input: '192.0.2.11', scheme: 'https', host: '192.0.2.11', port: '443',
      tls: { subject_dn: 'CN=www.example.com,O=Huawei Technologies Co.\\, Ltd.,C=CN', issuer_dn: 'CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1,O=DigiCert Inc,C=US', issuer_org: ['DigiCert Inc'] },
    })
    const { devices } = parseInventory([fortigate, site].join('\n'), { file: 'httpx.jsonl' })
    expect(devices.map((d) => d.banners)).toEqual([[{ protocol: 'https', field: 'certificate', text: 'CN=FortiGate,O=Fortinet Ltd.,ST=California,C=US' }], undefined])
    const catalog = loadDefaultCatalog()
    expect(devices.map((d) => identify(d, catalog).group ?? null)).toEqual(['fortinet', null])
  })

  it('keeps a target that did not answer as a device with nothing to identify', () => {
    const failed = '{"timestamp":"2026-11-01T10:00:00Z","url":"http://192.0.2.9","input":"192.0.2.9","error":"cause=\\"context deadline exceeded\\"","words":0,"lines":0,"status_code":0,"content_length":0,"failed":true}'
    // older versions of httpx left the status code and the URL out of such a line.
    const older = '{"input":"cam.example.net:8080","error":"context deadline exceeded","failed":true,"lines":0,"words":0}'
    expect(parseInventory([failed, older].join('\n'), { file: 'httpx.jsonl' }).devices).toEqual([
      { id: '192.0.2.9:80', name: '192.0.2.9' },
      { id: 'cam.example.net:8080', name: 'cam.example.net:8080' },
    ])
  })

  it('reads the keys older versions of httpx wrote (status-code, technologies)', () => {
    // runner/runner.go `Result` of those versions: hyphenated keys, `technologies` for `tech`.
    const older = '{"timestamp":"2021-06-01T10:00:00Z","port":"80","url":"http://192.0.2.5:80","input":"192.0.2.5","title":"","scheme":"http","webserver":"DNVRS-Webs","content-type":"text/html","method":"GET","host":"192.0.2.5","path":"/","status-code":200,"content-length":10,"technologies":["Hikvision"],"failed":false,"lines":1,"words":1}'
    expect(parseInventory(older, { file: 'httpx.jsonl' }).devices).toEqual([
      { id: '192.0.2.5:80', name: '192.0.2.5', banners: [{ protocol: 'http', field: 'server', text: 'DNVRS-Webs' }] },
    ])
  })

  it('takes no other tool\'s record for an httpx line', () => {
    // A Shodan banner, a zgrab2 line, a masscan record and an inventory's own device with a URL.
    expect(isHttpxResult({ ip_str: '192.0.2.1', port: 80, data: 'HTTP/1.1 200 OK', http: { title: 'x' } })).toBe(false)
    expect(isHttpxResult({ ip: '192.0.2.1', data: { http: { status: 'success' } } })).toBe(false)
    expect(isHttpxResult({ ip: '192.0.2.1', ports: [{ port: 80, proto: 'tcp', status: 'open' }] })).toBe(false)
    expect(isHttpxResult({ id: 'cam-1', url: 'http://192.0.2.5', status_code: 200 })).toBe(false)
    const [own] = parseInventory('{"id":"cam-1","name":"cam-1","url":"http://192.0.2.5","status_code":200}', { file: 'devices.jsonl' }).devices
    expect(own).toEqual({ id: 'cam-1', name: 'cam-1' })
  })
})

describe('httpx CSV output', () => {
  // The columns of httpx -csv are the csv tags of runner/types.go `Result`; these are its columns
  // of plain values, in their order (a Go map such as `header` is written as Go prints it).
  const HEADER = 'timestamp,cdn_name,cdn_type,sni,port,url,input,location,title,scheme,error,webserver,body,body_preview,content_type,method,host,path,favicon,favicon_path,favicon_url,final_url,raw_header,request,time,jarm,words,lines,status_code,content_length,failed,vhost,websocket,cdn,http2,pipeline'
  const row = (cells: Record<string, string>): string => HEADER.split(',').map((c) => cells[c] ?? '').join(',')

  it('reads each row as the line it stands for', () => {
    const text = [
      HEADER,
      row({ timestamp: '2026-11-01 10:00:00 +0000 UTC', port: '80', url: 'http://192.0.2.5', input: '192.0.2.5', scheme: 'http', webserver: 'DNVRS-Webs', host: '192.0.2.5', path: '/', status_code: '200', failed: 'false' }),
      row({ timestamp: '2026-11-01 10:00:01 +0000 UTC', port: '8443', url: 'https://192.0.2.6:8443', input: '192.0.2.6:8443', scheme: 'https', title: 'HG532e', host: '192.0.2.6', path: '/', status_code: '200', failed: 'false' }),
    ].join('\n') + '\n'
    const { devices, diagnostics } = parseInventory(text, { file: 'httpx.csv' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '192.0.2.5:80', name: '192.0.2.5', banners: [{ protocol: 'http', field: 'server', text: 'DNVRS-Webs' }] },
      { id: '192.0.2.6:8443', name: '192.0.2.6', banners: [{ protocol: 'https', field: 'title', text: 'HG532e' }] },
    ])
  })

  it('reads the CSV the same when it comes in small pieces, as from standard input', async () => {
    const text = `${HEADER}\n${row({ port: '80', url: 'http://192.0.2.5', input: '192.0.2.5', webserver: 'DNVRS-Webs', host: '192.0.2.5', status_code: '200', failed: 'false' })}\n`
    const streamed = await collect(text.match(/[\s\S]{1,7}/g)!, { file: '<stdin>' })
    expect(streamed.devices).toEqual([{ id: '192.0.2.5:80', name: '192.0.2.5', banners: [{ protocol: 'http', field: 'server', text: 'DNVRS-Webs' }] }])
  })

  it('reports a row with another number of cells, with its line', () => {
    const { devices, diagnostics } = parseInventory(`${HEADER}\n2026-11-01,80,http://192.0.2.5\n`, { file: 'httpx.csv' })
    expect(devices).toEqual([])
    expect(diagnostics).toMatchObject([{ code: 'malformed_csv', problem: 'field_count', at: { line: 2 } }])
  })

  it('takes an inventory with a URL and a title column for no httpx output', () => {
    expect(isHttpxCsvHeader(['id', 'name', 'url', 'title', 'status'])).toBe(false)
    const { devices } = parseInventory('id,name,url\ncam-1,cam-1,http://192.0.2.5\n', { file: 'devices.csv' })
    expect(devices).toEqual([{ id: 'cam-1', name: 'cam-1' }])
  })
})

