import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildOuiTable, lookupMac } from './oui.js'
import { blockEntry, packOuiBlocks, unpackOuiBlocks } from './oui-blocks.js'
import type { OuiEntry } from './types.js'

const ENTRIES: OuiEntry[] = [
  { prefix: '00E0FC', registry: 'MA-L', organization: 'HUAWEI TECHNOLOGIES CO.,LTD' },
  { prefix: '70B3D5', registry: 'MA-L', organization: 'IEEE Registration Authority' },
  { prefix: '70B3D50AE', registry: 'MA-S', organization: 'Norsat International Inc.' },
  { prefix: 'C85CE27', registry: 'MA-M', organization: 'SYNERGY SYSTEMS AND SOLUTIONS' },
  { prefix: '0050C2F71', registry: 'IAB', organization: 'RF Code' },
  { prefix: '3A72C2', registry: 'CID', organization: 'HUAWEI TECHNOLOGIES CO.,LTD' },
  { prefix: '000000', registry: 'MA-L', organization: 'XEROX CORPORATION' },
  { prefix: '00E0FC', registry: 'MA-L', organization: 'Huawei, a later spelling' },
]

describe('packOuiBlocks / unpackOuiBlocks', () => {
  it('gives back every entry, its source and its registry', () => {
    const blocks = unpackOuiBlocks(packOuiBlocks(ENTRIES, 'test data 1'))!
    expect(blocks.source).toBe('test data 1')
    expect(Array.from({ length: blocks.count }, (_, i) => blockEntry(blocks, i))).toEqual(ENTRIES)
    // one name list: the repeated organisation is stored once
    expect(blocks.names).toBe(7)
  })

  it('indexes to the same table as the entries themselves (the later of two equal prefixes wins)', () => {
    const packed = buildOuiTable(unpackOuiBlocks(packOuiBlocks(ENTRIES, 's'))!)
    const plain = buildOuiTable(ENTRIES)
    for (const mac of ['00:e0:fc:01:02:03', '70:b3:d5:0a:e1:23', '70:b3:d5:0a:f1:23', 'c8:5c:e2:71:00:01', '00:50:c2:f7:1a:bc', '00:00:00:00:00:01', '11:22:33:44:55:66']) {
      expect(lookupMac(packed, mac)).toEqual(lookupMac(plain, mac))
    }
    expect(lookupMac(packed, '00:e0:fc:01:02:03')?.organization).toBe('Huawei, a later spelling')
    expect([...packed.entries()]).toEqual([...plain.entries()])
    expect(packed.size).toBe(plain.size)
  })

  it('refuses bytes that are not a packed file of this version: truncated, another magic, the earlier layout', () => {
    const bytes = packOuiBlocks(ENTRIES, 's')
    expect(unpackOuiBlocks(bytes.subarray(0, bytes.length - 1))).toBeUndefined()
    expect(unpackOuiBlocks(new Uint8Array(8))).toBeUndefined()
    const other = bytes.slice()
    other[0] = 0x58
    expect(unpackOuiBlocks(other)).toBeUndefined()
    const earlier = bytes.slice()
    earlier[3] = 0x31 // "TPO1": blocks without their index
    expect(unpackOuiBlocks(earlier)).toBeUndefined()
  })

  it('reads bytes that are not aligned, and reports a damaged block when it is first used', () => {
    const bytes = packOuiBlocks(ENTRIES, 's')
    const shifted = new Uint8Array(bytes.length + 3)
    shifted.set(bytes, 3)
    const moved = unpackOuiBlocks(shifted.subarray(3))!
    expect(lookupMac(buildOuiTable(moved), '00:e0:fc:01:02:03')?.organization).toBe('Huawei, a later spelling')
    const blocks = unpackOuiBlocks(bytes)!
    const damaged = bytes.slice()
    damaged[blocks.bits.byteOffset - bytes.byteOffset] = 25 // the first entry's width
    const table = buildOuiTable(unpackOuiBlocks(damaged)!)
    expect(() => lookupMac(table, '70:b3:d5:01:02:03')).not.toThrow()
    expect(() => blockEntry(unpackOuiBlocks(damaged)!, 0)).toThrow(/damaged at block 0/)
  })

  it('round-trips any valid prefixes (property)', () => {
    const entry = fc.record({
      prefix: fc.oneof(
        fc.stringMatching(/^[0-9A-F]{6}$/), fc.stringMatching(/^[0-9A-F]{7}$/), fc.stringMatching(/^[0-9A-F]{9}$/),
      ),
      registry: fc.constantFrom('MA-L', 'MA-M', 'MA-S', 'IAB', 'CID' as const),
      organization: fc.string({ maxLength: 30 }).filter((s) => !/[\r\n]/.test(s)),
    })
    fc.assert(fc.property(fc.array(entry, { maxLength: 40 }), (entries) => {
      const blocks = unpackOuiBlocks(packOuiBlocks(entries, 'p'))!
      expect(Array.from({ length: blocks.count }, (_, i) => blockEntry(blocks, i))).toEqual(entries)
    }))
  })
})
