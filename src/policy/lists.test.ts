import { describe, expect, it } from 'vitest'
import { BUILTIN_LISTS } from './lists.js'
import { PURPOSES } from './policy.js'

const fcc = BUILTIN_LISTS.get('fcc-covered')!
const s889 = BUILTIN_LISTS.get('ndaa-889')!

describe('BUILTIN_LISTS', () => {
  it('holds every manufacturer entity of the FCC Covered List (snapshot 2026-08-20)', () => {
    expect([...new Set(fcc.entries.map((e) => e.group))].sort()).toEqual([
      'autel-robotics', 'china-mobile', 'china-telecom', 'china-unicom', 'comnet', 'dahua', 'digitalsystem-technology',
      'dji', 'hikvision', 'huawei', 'hytera', 'kaspersky', 'pacific-networks', 'zte',
    ])
    expect(fcc.categories).toHaveLength(4)
  })

  it('marks the section 214 entries as covering the services those companies provide, not equipment', () => {
    expect(fcc.entries.filter((e) => e.covers === 'services').map((e) => e.group)).toEqual([
      'china-mobile', 'china-telecom', 'pacific-networks', 'comnet', 'china-unicom', 'digitalsystem-technology',
    ])
    for (const e of fcc.entries.filter((x) => x.covers === 'services')) expect(e.text).toMatch(/services provided by .* subject to section 214/)
  })

  it('dates each Covered List entry and cites the FCC page', () => {
    for (const entry of fcc.entries) {
      expect(entry.since).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(entry.source?.url).toBe('https://www.fcc.gov/supplychain/coveredlist')
      expect(entry.text).toBeTruthy()
    }
    expect(fcc.entries.find((e) => e.group === 'huawei')?.since).toBe('2021-03-12')
    expect(fcc.entries.filter((e) => e.group === 'kaspersky').map((e) => e.since)).toEqual(['2022-03-25', '2024-07-23'])
  })

  it('holds the five s.889 groups with the purpose limitation on Hytera, Hikvision and Dahua only', () => {
    expect(s889.entries.map((e) => [e.group, e.purposes?.length ?? 0])).toEqual([
      ['huawei', 0], ['zte', 0], ['hytera', 4], ['hikvision', 4], ['dahua', 4],
    ])
    expect(s889.source?.url).toContain('PLAW-115publ232')
    expect(s889.entries[0]?.text).toContain('or any subsidiary or affiliate of such entities')
  })

  it('uses the same purpose limitation on both lists', () => {
    for (const list of [fcc, s889]) {
      const limited = list.entries.filter((e) => e.purposes !== undefined)
      expect(limited.map((e) => e.group)).toEqual(['hytera', 'hikvision', 'dahua'])
      for (const e of limited) expect(e.purposes).toEqual(PURPOSES)
    }
  })
})
