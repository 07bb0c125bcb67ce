import { describe, expect, it } from 'vitest'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { parseInventory } from './parse.js'

/**
 * Lines in the shape of nuclei's JSON Lines output (pkg/output/output.go, `ResultEvent`; the first
 * as a scanner adapter's tests quote a line of nuclei -jsonl, the others with the raw response
 * nuclei writes unless -omit-raw). The responses are real captures: a Hikvision camera's 401 with
 * its Server header "App-webs/" (the hikvision-webs-server pattern's sources), and the GoAhead
 * server of a line of a `shodan download` export (webmaster-exit-1/Kamerka_Plus_GUI,
 * .github/workflows/test.json).
 */
const NO_RESPONSE = '{"template-id":"test-http-detect","info":{"name":"Local HTTP Detection Test","author":["seekthreat"],"tags":[],"severity":"info"},"type":"http","host":"http://127.0.0.1:8799","matched-at":"http://127.0.0.1:8799/","extracted-results":["200"],"timestamp":"2026-09-22T10:00:00.000000Z"}'
const CAMERA = JSON.stringify({
  'template-id': 'hikvision-detect', 'template-path': '/root/nuclei-templates/http/technologies/hikvision-detect.yaml',
  info: { name: 'Hikvision Detect', author: ['example'], tags: ['tech', 'hikvision'], severity: 'info' },
  type: 'http', host: '192.0.2.64', port: '80', scheme: 'http', url: 'http://192.0.2.64', path: '/', 'matched-at': 'http://192.0.2.64/',
  request: 'GET / HTTP/1.1\r\nHost: 192.0.2.64\r\n\r\n',
  response: 'HTTP/1.1 401 Unauthorized\r\nContent-Type: text/html\r\nServer: App-webs/\r\nWWW-Authenticate: Digest qop="auth", realm="IP Camera(C6789)", nonce="4e5468694e7a6b354d5451364f4449794d7a4d354e6a673d", stale="FALSE"\r\n\r\n',
  ip: '192.0.2.64', timestamp: '2026-11-01T10:00:00.000000Z', 'matcher-status': true,
})
const GOAHEAD = JSON.stringify({
  'template-id': 'goahead-detect', info: { name: 'GoAhead Web Server Detect', tags: ['tech', 'goahead'], severity: 'info' },
  type: 'http', host: 'https://198.51.100.9:8443', port: '8443', scheme: 'https', 'matched-at': 'https://198.51.100.9:8443/',
  response: 'HTTP/1.1 401 Unauthorized\r\nServer: GoAhead-Webs\r\nDate: Thu Aug 17 01:46:14 2017\r\nWWW-Authenticate: Digest realm="GoAhead", domain=":81",qop="auth", nonce="0226f7e42caa61d16d835f1717f7a475", opaque="5ccc069c403ebaf9f0171e9517f40e41",algorithm="MD5", stale="FALSE"\r\nPragma: no-cache\r\nCache-Control: no-cache\r\nContent-Type: text/html\r\n\r\n',
  ip: '198.51.100.9', 'matcher-status': true,
})

describe('nuclei JSON Lines output', () => {
  it('reads a line as a device host:port whose banner is the raw response, and not the template type as a model', () => {
    const { devices, diagnostics } = parseInventory([NO_RESPONSE, CAMERA, GOAHEAD].join('\n'), { file: 'nuclei.jsonl' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, d.name, d.model, d.banners?.map((b) => b.protocol)])).toEqual([
      ['127.0.0.1:8799', '127.0.0.1', undefined, undefined],
      ['192.0.2.64:80', '192.0.2.64', undefined, ['http']],
      ['198.51.100.9:8443', '198.51.100.9', undefined, ['https']],
    ])
  })

  it('identifies the maker from what the device answered, not from the template that matched', () => {
    const catalog = loadDefaultCatalog()
    const { devices } = parseInventory([NO_RESPONSE, CAMERA, GOAHEAD].join('\n'), { file: 'nuclei.jsonl' })
    expect(devices.map((d) => identify(d, catalog).group ?? null)).toEqual([null, 'hikvision', null])
    // The same camera's line without its response: the template's name is nuclei's conclusion.
    const bare = JSON.parse(CAMERA) as Record<string, unknown>
    delete bare['response']
    expect(identify(parseInventory(JSON.stringify(bare), { file: 'nuclei.jsonl' }).devices[0]!, catalog).group).toBeUndefined()
  })

  it('knows a network template\'s target written host:port', () => {
    const line = JSON.stringify({ 'template-id': 'openssh-detect', info: { name: 'OpenSSH Service - Detect' }, type: 'tcp', host: '192.0.2.20:22', 'matched-at': '192.0.2.20:22', response: 'SSH-2.0-HUAWEI-1.5\r\n' })
    const { devices } = parseInventory(line, { file: 'nuclei.jsonl' })
    expect(devices.map((d) => [d.id, d.banners])).toEqual([['192.0.2.20:22', [{ protocol: 'other', text: 'SSH-2.0-HUAWEI-1.5' }]]])
    expect(identify(devices[0]!, loadDefaultCatalog()).group).toBe('huawei')
  })
})
