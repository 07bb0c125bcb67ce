import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { collect } from './formats.case.test.js'
import { parseInventory } from './parse.js'

// `masscan -p22,23,80,443 --banners -oL scan.txt 192.0.2.0/24` as out-text.c writes it: a port's
// status line as it answers, a banner line per text captured on it later, in no order of hosts;
// quotes, `<`, `>`, `&`, `\` and control characters as \xNN (normalize_string).
const LIST = `#masscan
open tcp 22 192.0.2.1 1700000000
open tcp 80 192.0.2.64 1700000001
open tcp 443 192.0.2.64 1700000001
open tcp 23 192.0.2.9 1700000002
banner tcp 22 192.0.2.1 1700000003 ssh SSH-2.0-HUAWEI-1.5
banner tcp 80 192.0.2.64 1700000004 http.server App-webs/
banner tcp 80 192.0.2.64 1700000004 title Document Error: Unauthorized
banner tcp 443 192.0.2.64 1700000005 X509 MIIDdzCCAl+gAwIBAgIE
banner tcp 23 192.0.2.9 1700000006 telnet \\x0d\\x0aWarning: Telnet is not a secure protocol\\x0d\\x0aLogin authentication\\x0d\\x0a
open tcp 443 192.0.2.200 1700000007
# end
`

const DEVICES = [
  { id: '192.0.2.1', banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }] },
  // A certificate is not a banner of the device.
  { id: '192.0.2.64', banners: [{ protocol: 'http', field: 'server', text: 'App-webs/' }, { protocol: 'http', field: 'title', text: 'Document Error: Unauthorized' }] },
  { id: '192.0.2.9', banners: [{ protocol: 'telnet', text: 'Warning: Telnet is not a secure protocol\r\nLogin authentication' }] },
  { id: '192.0.2.200' },
]

describe("masscan's list output (-oL)", () => {
  it('gives one device per address, with the banners captured on its ports, each at its first line', async () => {
    const { devices, diagnostics } = parseInventory(LIST, { file: 'scan.txt' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual(DEVICES)
    const chunked = await collect([...LIST], { file: '<stdin>' })
    expect(chunked.codes).toEqual([])
    expect(chunked.devices).toEqual(DEVICES)
    expect(chunked.lines).toEqual([2, 3, 5, 11])
  })

  it('is told by its first line, also without the #masscan line, or by --input-format masscan', () => {
    const body = LIST.split('\n').slice(1).join('\n')
    expect(parseInventory(body, { file: '-' }).devices).toEqual(DEVICES)
    expect(parseInventory(LIST, { file: 'scan.lst', format: 'masscan' }).devices).toEqual(DEVICES)
    // masscan's JSON with the same option: one record a device, as read from a .json file.
    const json = '{   "ip": "192.0.2.1",   "timestamp": "1700000003", "ports": [ {"port": 22, "proto": "tcp", "service": {"name": "ssh", "banner": "SSH-2.0-HUAWEI-1.5"} } ] }\n'
    expect(parseInventory(json, { file: 'scan.out', format: 'masscan' }).devices).toEqual([{ id: '192.0.2.1:22/ssh', name: '192.0.2.1', banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }] }])
  })

  it('reports a line that is none of its lines with the file and line, and reads the others', () => {
    const { devices, diagnostics } = parseInventory('#masscan\nopen tcp 22 192.0.2.1 1700000000\nDiscovered open port 80/tcp on 192.0.2.64\n# end\n', { file: 'scan.txt' })
    expect(devices).toEqual([{ id: '192.0.2.1' }])
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'scan.txt:3: error: "Discovered open port 80/tcp on 192.0.2.64" is not a line of this scan output; it is skipped. Expected a line of masscan\'s list output (-oL): "open tcp 22 10.0.0.1 1700000000", "banner tcp 22 10.0.0.1 1700000000 ssh SSH-2.0-..." or a "#" comment. Keep the file as the scanner wrote it, or mark added text with a leading #.',
    ])
  })

  it('identifies the makers from the captured banners; a telnet greeting that names no maker and an address without a banner stay unknown', () => {
    const catalog = loadDefaultCatalog()
    const { devices } = parseInventory(LIST, { file: 'scan.txt' })
    expect(devices.map((d) => [d.id, identify(d, catalog).group ?? null])).toEqual([
      ['192.0.2.1', 'huawei'], ['192.0.2.64', 'hikvision'], ['192.0.2.9', null], ['192.0.2.200', null],
    ])
  })
})
