import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { collect } from './formats.case.test.js'
import { parseInventory } from './parse.js'

// Records as masscan's out-json.c writes them: a port's status, then what --banners captured on it
// (the banner escaped with \u00XX, as masscan escapes control characters and quotes).
const STATUS = '{   "ip": "192.0.2.7",   "timestamp": "1700000000", "ports": [ {"port": 22, "proto": "tcp", "status": "open", "reason": "syn-ack", "ttl": 64} ] }'
const SSH = '{   "ip": "192.0.2.7",   "timestamp": "1700000001", "ports": [ {"port": 22, "proto": "tcp", "service": {"name": "ssh", "banner": "SSH-2.0-HUAWEI-1.5"} } ] }'
const SERVER = '{   "ip": "192.0.2.8",   "timestamp": "1700000002", "ports": [ {"port": 80, "proto": "tcp", "service": {"name": "http.server", "banner": "DNVRS-Webs"} } ] }'
const CERT = '{   "ip": "192.0.2.8",   "timestamp": "1700000003", "ports": [ {"port": 443, "proto": "tcp", "service": {"name": "X509", "banner": "MIIDdzCCAl+gAwIBAgIE"} } ] }'
const TELNET = '{   "ip": "192.0.2.9",   "timestamp": "1700000004", "ports": [ {"port": 23, "proto": "tcp", "service": {"name": "telnet", "banner": "\\u000d\\u000aWarning: Telnet is not a secure protocol\\u000d\\u000aLogin authentication\\u000d\\u000a"} } ] }'

const EXPECTED = [
  { id: '192.0.2.7:22', name: '192.0.2.7' },
  { id: '192.0.2.7:22/ssh', name: '192.0.2.7', banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }] },
  { id: '192.0.2.8:80/http.server', name: '192.0.2.8', banners: [{ protocol: 'http', field: 'server', text: 'DNVRS-Webs' }] },
  // A certificate is not a banner of the device.
  { id: '192.0.2.8:443/X509', name: '192.0.2.8' },
  { id: '192.0.2.9:23/telnet', name: '192.0.2.9', banners: [{ protocol: 'telnet', text: 'Warning: Telnet is not a secure protocol\r\nLogin authentication' }] },
]

describe('masscan JSON', () => {
  it('reads each record of -oJ as a device, a port ip:port and what was captured on it ip:port/name', async () => {
    const text = `[\n${[STATUS, SSH, SERVER, CERT, TELNET].join('\n,\n')}\n]\n`
    const { devices, diagnostics } = parseInventory(text, { file: 'scan.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual(EXPECTED)
    const chunked = await collect([...text], { file: 'scan.json' })
    expect(chunked.codes).toEqual([])
    expect(chunked.devices).toEqual(EXPECTED)
  })

  it('reads -oD, one record a line', () => {
    const { devices, diagnostics } = parseInventory([STATUS, SSH, SERVER, CERT, TELNET].join('\n'), { file: 'scan.ndjson' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual(EXPECTED)
  })

  it('reads the output of masscan before 1.3: no brackets, a comma after each record, {finished: 1} last', () => {
    const old = (r: string) => r.replace(/"timestamp": "\d+", /, '')
    const text = `${[STATUS, SSH, SERVER, CERT, TELNET].map((r) => `${old(r)},`).join('\n')}\n{finished: 1}\n`
    const { devices, diagnostics } = parseInventory(text, { file: 'scan.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual(EXPECTED)
    // Between the two, the records were in brackets and {finished: 1} still last.
    const between = parseInventory(`[\n${[STATUS, SSH].join('\n,\n')}\n,\n{finished: 1}\n]\n`, { file: 'scan.json' })
    expect(between.diagnostics).toEqual([])
    expect(between.devices.map((d) => d.id)).toEqual(['192.0.2.7:22', '192.0.2.7:22/ssh'])
  })

  it('still reports a line that is not JSON, with its line', () => {
    const { devices, diagnostics } = parseInventory(`${STATUS}\n{"ip": "192.0.2.10", ports: []}\n${SSH}\n`, { file: 'scan.ndjson' })
    expect(devices.map((d) => d.id)).toEqual(['192.0.2.7:22', '192.0.2.7:22/ssh'])
    expect(diagnostics.map((d) => formatDiagnostic(d).split(':').slice(0, 2).join(':'))).toEqual(['scan.ndjson:2'])
  })

  it('identifies the makers from the captured banners; a port without one stays unknown', () => {
    const catalog = loadDefaultCatalog()
    const { devices } = parseInventory([STATUS, SSH, SERVER].join('\n'), { file: 'scan.ndjson' })
    expect(devices.map((d) => [d.id, identify(d, catalog).group ?? 'unknown'])).toEqual([
      ['192.0.2.7:22', 'unknown'], ['192.0.2.7:22/ssh', 'huawei'], ['192.0.2.8:80/http.server', 'hikvision'],
    ])
  })
})
