/**
 * Conformance suite for inventory parsers: the same small network, written in any supported
 * format, must give these exact `Device` objects. Each format's test calls `runInventoryFormatSuite`
 * with the network written in that format (this file is excluded from direct collection).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Device } from '../domain/device.js'
import { parseInventory, parseInventoryStream } from './parse.js'
import type { InventoryFormat } from './rows.js'

/** The small network every format must reproduce exactly. */
export const SMALL_NETWORK: readonly Device[] = [
  {
    id: 'd1', name: 'rt-fra-01', site: 'fra', role: 'core', network: 'op-de', manufacturer: 'Huawei',
    model: 'NE40E-X8', serial: '2102351931P0K9000123',
    macs: ['00:e0:fc:12:34:56', '00:e0:fc:12:34:57'],
    snmp: { sysObjectID: '1.3.6.1.4.1.2011.2.62', sysDescr: 'Huawei Versatile Routing Platform Software, VRP (R) software, Version 8.180' },
    banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }],
    firmware: { version: 'V800R011C00', sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' },
    manufactured: '2018-03-14',
  },
  {
    id: 'd2', name: 'cam-ber-07', site: 'ber', role: 'camera', network: 'op-de', manufacturer: 'Acme Vision',
    model: 'AV-IPC-2', macs: ['bc:ad:28:00:00:07'],
    banners: [
      { protocol: 'http', field: 'server', text: 'App-webs/' },
      { protocol: 'rtsp', text: 'RTSP/1.0 "Hikvision" server, rev 2' },
    ],
    components: [{ manufacturer: 'HiSilicon', model: 'Hi3516', kind: 'soc' }],
    purpose: 'government-facility-security', lat: 52.52, lon: 13.405,
  },
  {
    id: 'd3', name: 'enb-muc-3', site: 'muc', role: 'ran', network: 'op-de', manufacturer: 'ZTE',
    model: 'ZXSDR B8200', macs: ['00:19:c6:aa:bb:cc'],
    snmp: { sysObjectID: '1.3.6.1.4.1.3902.1015', sysDescr: 'ZTE eNodeB\nmulti-line sysDescr' },
    components: [
      { manufacturer: 'ZTE', model: 'ZX279', kind: 'radio' },
      { manufacturer: 'Sanechips', kind: 'soc' },
    ],
  },
  {
    id: 'd4', name: 'sw-ham-1', role: 'access', manufacturer: 'Cisco', model: 'C9300-48P',
    snmp: { sysObjectID: '1.3.6.1.4.1.9.1.2494' },
    banners: [
      { protocol: 'ssh', text: 'SSH-2.0-Cisco-1.25' },
      { protocol: 'sip', field: 'user-agent', text: 'Cisco-SIPGateway/IOS-15.x' },
    ],
  },
  { id: 'd5', name: 'Zürich “edge”, ünïcode ✓ 𝔘', network: 'op-ch', macs: ['00:1b:21:01:02:03'] },
]

/** One format's rendition of `SMALL_NETWORK`. */
export type FormatCase = {
  name: string
  /** The file name diagnostics use; its extension may decide the format. */
  file: string
  format?: InventoryFormat
  text: string
  /** The 1-based line where each device of `SMALL_NETWORK` starts. */
  lines: readonly number[]
}

/** Splits `text` at the given cut points (any order, duplicates allowed). */
export function chunk(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b)
  const out: string[] = []
  let from = 0
  for (const p of points) {
    out.push(text.slice(from, p))
    from = p
  }
  out.push(text.slice(from))
  return out
}

/** Collects a streamed inventory. */
export async function collect(chunks: Iterable<string>, source: { file: string; format?: InventoryFormat }) {
  const devices: Device[] = []
  const lines: (number | undefined)[] = []
  const codes: string[] = []
  for await (const batch of parseInventoryStream(chunks, source)) {
    devices.push(...batch.devices)
    lines.push(...batch.locations.map((l) => l.line))
    codes.push(...batch.diagnostics.map((d) => `${d.code}@${d.at.line}`))
  }
  return { devices, lines, codes }
}

export function runInventoryFormatSuite(c: FormatCase): void {
  const source = c.format === undefined ? { file: c.file } : { file: c.file, format: c.format }
  describe(`inventory format conformance: ${c.name}`, () => {
    it('reads the small network as exactly the expected devices, with no diagnostics', () => {
      const { devices, diagnostics } = parseInventory(c.text, source)
      expect(diagnostics).toEqual([])
      expect(devices).toEqual(SMALL_NETWORK)
      // same key order too, so serialised output does not depend on the input format
      expect(JSON.stringify(devices)).toBe(JSON.stringify(SMALL_NETWORK))
    })

    it('places every device on the line where it starts', async () => {
      const { lines } = await collect([c.text], source)
      expect(lines).toEqual(c.lines)
    })

    it('gives the same devices however the text is cut into chunks', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.nat({ max: c.text.length }), { maxLength: 12 }), async (cuts) => {
          const { devices, lines, codes } = await collect(chunk(c.text, cuts), source)
          expect(codes).toEqual([])
          expect(devices).toEqual(SMALL_NETWORK)
          expect(lines).toEqual(c.lines)
        }),
        { numRuns: 150 },
      )
    })

    it('gives the same devices when fed one character at a time', async () => {
      const { devices } = await collect([...c.text], source)
      expect(devices).toEqual(SMALL_NETWORK)
    })

  })
}
