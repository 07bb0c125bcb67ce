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
