import { describe, expect, it } from 'vitest'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { parseInventory } from './parse.js'
import { isFingerprintxService } from './fingerprintx.js'

// fingerprintx --json output quoted in its README (github.com/praetorian-inc/fingerprintx, 2022:
// the protocol under `service`, as its first releases wrote it): a web server and a telnet server.
const CAPTURED = [
  '{"host":"praetorian.com","ip":"146.148.61.165","port":80,"service":"http","transport":"tcp","metadata":{"responseHeaders":{"Connection":["keep-alive"],"Content-Type":["text/html"],"Date":["Mon, 19 Sep 2022 18:37:55 GMT"],"Etag":["W/\\"5e3e263f-1703\\""],"Keep-Alive":["timeout=20"],"Server":["nginx"],"Vary":["Accept-Encoding"]},"status":"404 Not Found","statusCode":404,"version":"nginx"}}',
  '{"host":"telehack.com","ip":"64.13.139.230","port":23,"service":"telnet","transport":"tcp","metadata":{"serverData":"fffb03"}}',
].join('\n')

/**
 * Lines in the shape of fingerprintx's `Service` (pkg/plugins/types.go: `protocol`, `tls`,
 * `metadata` with the SSH plugin's `banner` and the RTSP plugin's `serverInfo`, the value of the
 * Server header). "SSH-2.0-HUAWEI-1.5" and "Rtsp Server/3.0" are real captures quoted in the
 * catalog (the huawei-vrp-ssh and dahua-rtsp-server-3 patterns' sources).
 */
const SSH = '{"ip":"192.0.2.20","port":22,"protocol":"ssh","tls":false,"transport":"tcp","metadata":{"banner":"SSH-2.0-HUAWEI-1.5\\r\\n","passwordAuthEnabled":true,"algo":"","technologies":["openssh"]}}'
const RTSP = '{"ip":"192.0.2.21","port":554,"protocol":"rtsp","tls":false,"transport":"tcp","metadata":{"serverInfo":"Rtsp Server/3.0"}}'

describe('fingerprintx JSON output', () => {
  it('reads each service as a device ip:port, its server\'s header a banner', () => {
    const { devices, diagnostics } = parseInventory(CAPTURED, { file: 'fingerprintx.jsonl' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '146.148.61.165:80', name: 'praetorian.com', banners: [{ protocol: 'http', field: 'server', text: 'nginx' }] },
      // A telnet server's option negotiation, in hex, is no text to read.
      { id: '64.13.139.230:23', name: 'telehack.com' },
    ])
  })

  it('reads an SSH identification line and an RTSP Server header, not the tool\'s technology guess', () => {
    const { devices } = parseInventory([SSH, RTSP].join('\n'), { file: 'fingerprintx.jsonl' })
    expect(devices).toEqual([
      { id: '192.0.2.20:22', name: '192.0.2.20', banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }] },
      { id: '192.0.2.21:554', name: '192.0.2.21', banners: [{ protocol: 'rtsp', field: 'server', text: 'Rtsp Server/3.0' }] },
    ])
    const catalog = loadDefaultCatalog()
    expect(identify(devices[0]!, catalog).group).toBe('huawei')
  })

  it('takes no other tool\'s record for a fingerprintx line', () => {
    expect(isFingerprintxService({ ip: '192.0.2.1', ports: [{ port: 22, proto: 'tcp' }] })).toBe(false)
    expect(isFingerprintxService({ ip_str: '192.0.2.1', port: 22, transport: 'tcp', data: 'SSH-2.0-x' })).toBe(false)
    expect(isFingerprintxService({ ip: '192.0.2.1', data: { ssh: { status: 'success' } } })).toBe(false)
    expect(isFingerprintxService({ id: 'sw-1', ip: '192.0.2.1', port: 22 })).toBe(false)
    // naabu -json output (v2.6.1), as a public notes file on GitHub quotes it: a port naabu found open.
    const naabu = '{"host":"scanme.nmap.org","ip":"45.33.32.156","timestamp":"2026-08-09T17:10:11.4414392Z","port":80,"protocol":"tcp","tls":false}'
    expect(isFingerprintxService(JSON.parse(naabu) as Record<string, unknown>)).toBe(false)
  })
})

describe('the CPEs fingerprintx concluded', () => {
  // A line captured from fingerprintx 1.1.19 against `python -m http.server` (kforbus3/provenance,
  // deploy/net-scanner/test_app.py): fingerprintx names the technologies of a web answer and their
  // CPEs under `metadata`.
  const PYTHON = '{"ip":"127.0.0.1","port":8099,"protocol":"http","tls":false,"transport":"tcp","version":"SimpleHTTP/0.6 Python/3.14.7","metadata":{"status":"200 OK","statusCode":200,"technologies":["SimpleHTTP:0.6","Python:3.14.7"],"cpes":["cpe:2.3:a:python:python:*:*:*:*:*:*:*:*"]}}'

  it("reads a CPE of one maker's hardware or operating system as a weak banner of field cpe, and not an application's", () => {
    // The same line, of another host, with the CPE of a device's operating system in place of the application's.
    const routerOs = PYTHON.replace('cpe:2.3:a:python:python', 'cpe:2.3:o:mikrotik:routeros').replace('127.0.0.1', '192.0.2.22')
    const { devices, diagnostics } = parseInventory([PYTHON, routerOs].join('\n'), { file: 'fingerprintx.jsonl' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => d.banners)).toEqual([
      undefined,
      [{ protocol: 'http', field: 'cpe', text: 'cpe:2.3:o:mikrotik:routeros:*:*:*:*:*:*:*:*' }],
    ])
    const catalog = loadDefaultCatalog()
    const [python, mikrotik] = devices.map((d) => identify(d, catalog))
    expect(python!.group).toBeUndefined()
    expect(mikrotik!.group).toBe('mikrotik')
    expect(mikrotik!.confidence).toBeLessThan(0.5)
  })
})
