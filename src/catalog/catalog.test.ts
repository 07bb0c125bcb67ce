import { describe, expect, it } from 'vitest'
import { identify } from '../identify/identify.js'
import { buildCatalog } from './catalog.js'

describe('buildCatalog', () => {
  it('reads IEEE blocks given as a function at the first MAC lookup, not when built (loadDefaultCatalog reads its file so)', () => {
    let reads = 0
    const catalog = buildCatalog({
      ouiEntries: () => {
        reads++
        return [{ prefix: '00E0FC', registry: 'MA-L', organization: 'HUAWEI TECHNOLOGIES CO.,LTD' }]
      },
      meta: { oui: { source: 'test' }, enterprise: { source: 'test' } },
    })
    identify({ id: 'sw', manufacturer: 'Cisco' }, catalog)
    expect(reads).toBe(0)
    expect(identify({ id: 'rt', macs: ['00:e0:fc:12:34:56'] }, catalog).group).toBe('huawei')
    identify({ id: 'rt2', macs: ['00:e0:fc:12:34:57'] }, catalog)
    expect(reads).toBe(1)
  })
})
