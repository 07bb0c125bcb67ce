import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseMac } from './mac.js'
import { buildOuiTable, isPrivateOrganization, lookupMac, lookupUniversalMac, resolveOuiEntries } from './oui.js'
import type { OuiEntry } from './types.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'

const ENTRIES: OuiEntry[] = [
  { prefix: '00E0FC', registry: 'MA-L', organization: 'HUAWEI TECHNOLOGIES CO.,LTD' },
  { prefix: '70B3D5', registry: 'MA-L', organization: 'IEEE Registration Authority' },
  { prefix: '70B3D50AE', registry: 'MA-S', organization: 'Norsat International Inc.' },
  { prefix: 'C85CE2', registry: 'MA-L', organization: 'IEEE Registration Authority' },
  { prefix: 'C85CE27', registry: 'MA-M', organization: 'SYNERGY SYSTEMS AND SOLUTIONS' },
  { prefix: 'C85CE2711', registry: 'MA-S', organization: 'Nested 36-bit block' },
  { prefix: '0050C2F71', registry: 'IAB', organization: 'RF Code' },
  { prefix: '3A72C2', registry: 'CID', organization: 'HUAWEI TECHNOLOGIES CO.,LTD' },
  { prefix: '741AE09', registry: 'MA-M', organization: 'Private' },
]

const table = buildOuiTable(ENTRIES)
const at = (text: string) => lookupMac(table, text)

describe('buildOuiTable', () => {
  it('finds the block of a prefix, or the longest holding it, and counts the longer blocks under it', () => {
    expect(table.block('C85CE2')).toMatchObject({ match: { prefix: 'C85CE2', bits: 24 }, longer: 2 })
    expect(table.block('c85ce27')).toMatchObject({ match: { prefix: 'C85CE27', bits: 28 }, longer: 1 })
    expect(table.block('C85CE2711')).toMatchObject({ match: { prefix: 'C85CE2711', bits: 36 }, longer: 0 })
    expect(table.block('C85CE2712')).toMatchObject({ match: { prefix: 'C85CE27', bits: 28 }, longer: 0 })
    expect(table.block('70B3D5')).toMatchObject({ match: { prefix: '70B3D5' }, longer: 1 })
    expect(table.block('123456')).toEqual({ match: undefined, longer: 0 })
    expect(table.block('12345')).toBeUndefined()
  })

  it('finds a 24-bit block and reports its registry and width', () => {
    expect(at('00:e0:fc:01:02:03')).toMatchObject({ prefix: '00E0FC', registry: 'MA-L', bits: 24 })
  })

  it('prefers a 36-bit block over its 24-bit parent', () => {
    expect(at('70:b3:d5:0a:e1:23')).toMatchObject({ prefix: '70B3D50AE', bits: 36 })
    expect(at('70:b3:d5:0a:f1:23')).toMatchObject({ prefix: '70B3D5', bits: 24 })
  })

  it('takes the longest of 36, 28 and 24 bits under one parent', () => {
    expect(at('c8:5c:e2:71:1f:ff')).toMatchObject({ prefix: 'C85CE2711', bits: 36 })
    expect(at('c8:5c:e2:71:2f:ff')).toMatchObject({ prefix: 'C85CE27', bits: 28 })
    expect(at('c8:5c:e2:81:2f:ff')).toMatchObject({ prefix: 'C85CE2', bits: 24 })
  })

  it('finds a 36-bit block whose 24-bit parent is not in the table', () => {
    expect(at('00:50:c2:f7:10:00')).toMatchObject({ prefix: '0050C2F71', registry: 'IAB' })
    expect(at('00:50:c2:f7:20:00')).toBeUndefined()
  })

  it('finds a 28-bit block whose 24-bit parent is not in the table', () => {
    expect(at('74:1a:e0:9f:ff:ff')).toMatchObject({ prefix: '741AE09', registry: 'MA-M' })
    expect(at('74:1a:e0:af:ff:ff')).toBeUndefined()
  })

  it('marks a CID block with the CID registry', () => {
    expect(at('3a:72:c2:00:00:01')).toMatchObject({ prefix: '3A72C2', registry: 'CID' })
  })

  it('returns undefined for an unassigned prefix and for text that is not a MAC', () => {
    expect(at('12:34:56:78:9a:bc')).toBeUndefined()
    expect(at('not a mac')).toBeUndefined()
  })

  it('counts and lists distinct prefixes, the later of two equal prefixes winning', () => {
    const t = buildOuiTable([
      ...ENTRIES,
      { prefix: '00e0fc', registry: 'MA-L', organization: 'Huawei Technologies Co., Ltd.' },
    ])
    expect(t.size).toBe(ENTRIES.length)
    expect(t.lookup(0x00e0fc000000)?.organization).toBe('Huawei Technologies Co., Ltd.')
    expect([...t.entries()].map((e) => e.prefix)).toContain('00E0FC')
  })

  it('names the manufacturer of a block on its first lookup, once, and of every block it lists', () => {
    const asked: string[] = []
    const resolve = (organization: string) => {
      asked.push(organization)
      return organization.startsWith('HUAWEI') ? 'huawei' : organization.startsWith('Norsat') ? 'norsat' : undefined
    }
    const table = buildOuiTable([...ENTRIES, { prefix: '00E0FD', registry: 'MA-L', organization: 'x', manufacturer: 'zte' }], { resolve })
    expect(asked).toEqual([]) // nothing resolved before it is needed
    expect(table.lookup(0x00e0fc123456)?.manufacturer).toBe('huawei')
    expect(table.lookup(0x00e0fc654321)?.manufacturer).toBe('huawei')
    expect(table.lookup(0x70b3d50ae123)?.manufacturer).toBe('norsat')
    expect(table.lookup(0x00e0fd000001)?.manufacturer).toBe('zte') // named already: not asked
    expect(asked).toEqual(['HUAWEI TECHNOLOGIES CO.,LTD', 'Norsat International Inc.'])
    const listed = new Map([...table.entries()].map((e) => [e.prefix, e.manufacturer]))
    expect(listed.get('00E0FC')).toBe('huawei')
    expect(listed.get('70B3D50AE')).toBe('norsat')
    expect(listed.get('70B3D5')).toBeUndefined()
    expect(asked.filter((a) => a.startsWith('HUAWEI'))).toHaveLength(1)
  })

  it('rejects a prefix that is not 6, 7 or 9 hex digits with catalog_invalid', () => {
    for (const prefix of ['00E0F', '00E0FC12', 'G0E0FC', '']) {
      expect(() => buildOuiTable([{ prefix, registry: 'MA-L', organization: 'x' }]))
        .toThrow(expect.objectContaining({ code: 'catalog_invalid' }))
    }
  })

  it('agrees with a linear longest-prefix scan for random tables and addresses', () => {
    const hex = (digits: number) =>
      fc.integer({ min: 0, max: 16 ** digits - 1 }).map((n) => n.toString(16).toUpperCase().padStart(digits, '0'))
    // Few distinct 24-bit parents so that nested blocks are common.
    const parent = fc.constantFrom('00E0FC', '70B3D5', 'ABCDEF', '000000', 'FFFFFF')
    const entry = fc.oneof(
      fc.tuple(fc.oneof(parent, hex(6))).map(([p]) => p),
      fc.tuple(parent, hex(1)).map(([p, s]) => p + s),
      fc.tuple(parent, hex(3)).map(([p, s]) => p + s),
    )
    fc.assert(
      fc.property(fc.uniqueArray(entry, { maxLength: 60 }), fc.array(fc.oneof(parent, hex(6)), { minLength: 1 }), hex(6), (prefixes, his, lo) => {
        const t = buildOuiTable(prefixes.map((prefix) => ({ prefix, registry: 'MA-L', organization: prefix })))
        for (const hi of his) {
          const text = hi + lo
          const expected = prefixes.filter((p) => text.startsWith(p)).sort((a, b) => b.length - a.length)[0]
          expect(t.lookup(parseMac(text) ?? -1)?.prefix).toBe(expected)
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('lookupMac', () => {
  it('gives what parseMac and lookup give, for MACs in every written form, good or bad', () => {
    const prefix = fc.constantFrom('00E0FC', '70B3D50AE', 'C85CE2711', 'C85CE27', '0050C2F71', '3A72C2', 'ABCDEF')
    const hex = fc.integer({ min: 0, max: 16 ** 12 - 1 }).map((n) => n.toString(16).padStart(12, '0'))
    const digits = fc.oneof(hex, fc.tuple(prefix, hex).map(([p, h]) => (p + h).slice(0, 12)))
    const written = fc.tuple(digits, fc.constantFrom(':', '-', '.', ''), fc.boolean(), fc.nat(16)).map(([d, sep, upper, noise]) => {
      let t = sep === '.' ? d.match(/.{4}/g)!.join('.') : d.match(/../g)!.join(sep)
      if (upper) t = t.toUpperCase()
      // sometimes one character replaced: a bad digit, a mixed separator, a blank
      if (noise < t.length && noise % 3 === 0) t = t.slice(0, noise) + '-: g'[noise % 4] + t.slice(noise + 1)
      return t
    })
    fc.assert(fc.property(written, (text) => {
      const mac = parseMac(text)
      expect(lookupMac(table, text)).toBe(mac === undefined ? undefined : table.lookup(mac))
    }), { numRuns: 3000 })
  })
})

describe('lookupUniversalMac', () => {
  it('gives what lookupMac gives, but nothing for a locally administered or group address, in any written form', () => {
    const table = buildOuiTable([...ENTRIES, { prefix: '02E0FC', registry: 'MA-L', organization: 'x' }, { prefix: '01E0FC', registry: 'MA-L', organization: 'y' }])
    for (const mac of ['00:e0:fc:12:34:56', '00-E0-FC-12-34-56', '00e0.fc12.3456', '00e0fc123456']) {
      expect(lookupUniversalMac(table, mac), mac).toBe(lookupMac(table, mac))
      expect(lookupUniversalMac(table, mac)?.prefix).toBe('00E0FC')
    }
    for (const mac of ['02:e0:fc:12:34:56', '01-E0-FC-12-34-56', '02e0.fc12.3456', '01e0fc123456']) {
      expect(lookupMac(table, mac), mac).toBeDefined()
      expect(lookupUniversalMac(table, mac), mac).toBeUndefined()
    }
  })

  it('gives nothing for the all-zero address, a MAC not learnt, though the block 00-00-00 is registered', () => {
    const table = buildOuiTable([...ENTRIES, { prefix: '000000', registry: 'MA-L', organization: 'XEROX CORPORATION' }])
    for (const mac of ['00:00:00:00:00:00', '00-00-00-00-00-00', '0000.0000.0000', '000000000000']) {
      expect(lookupMac(table, mac)?.organization, mac).toBe('XEROX CORPORATION')
      expect(lookupUniversalMac(table, mac), mac).toBeUndefined()
    }
    // A real address in that block is still the block's.
    expect(lookupUniversalMac(table, '00:00:00:12:34:56')?.organization).toBe('XEROX CORPORATION')
  })
})

describe('resolveOuiEntries', () => {
  it('sets manufacturers from names but never on CID or Private blocks', () => {
    const resolved = resolveOuiEntries(ENTRIES, (name) => (/huawei/i.test(name) ? 'huawei' : undefined))
    const by = new Map(resolved.map((e) => [e.prefix, e.manufacturer]))
    expect(by.get('00E0FC')).toBe('huawei')
    expect(by.get('3A72C2')).toBeUndefined()
    expect(by.get('741AE09')).toBeUndefined()
    expect(by.get('70B3D50AE')).toBeUndefined()
  })

  it('recognises the registries\' Private placeholder in any case', () => {
    expect(isPrivateOrganization(' PRIVATE ')).toBe(true)
    expect(isPrivateOrganization('Private Networks Inc')).toBe(false)
  })
})

describe('lookupMac on the shipped registry', () => {
  const catalog = loadDefaultCatalog()

  it('names the maker of the most common blocks that resolved to nobody, as a DHCP lease list shows them', () => {
    const CASES: [string, string, string][] = [
      ['10:06:1c:12:34:56', 'Espressif Inc.', 'espressif'],
      ['40:f3:b0:12:34:56', 'Texas Instruments', 'texas-instruments'],
      ['e4:40:97:12:34:56', 'GUANGDONG OPPO MOBILE TELECOMMUNICATIONS CORP.,LTD', 'oppo'],
      ['84:28:59:12:34:56', 'Amazon Technologies Inc.', 'amazon'],
      ['54:e0:19:12:34:56', 'Ring LLC', 'ring'],
      ['9c:30:5b:12:34:56', 'Hon Hai Precision Ind. Co.,Ltd.', 'hon-hai'],
      ['60:1a:c7:12:34:56', 'Nintendo Co.,Ltd', 'nintendo'],
      ['38:5c:fb:12:34:56', 'Silicon Laboratories', 'silicon-labs'],
      // A Honeywell unit's block, which the bare name "Honeywell" had not reached.
      ['00:20:3d:12:34:56', 'Honeywell Environmental & Combustion Controls', 'honeywell'],
    ]
    for (const [mac, organization, manufacturer] of CASES) {
      expect(lookupMac(catalog.oui, mac), mac).toMatchObject({ registry: 'MA-L', organization, manufacturer })
    }
  })
})
