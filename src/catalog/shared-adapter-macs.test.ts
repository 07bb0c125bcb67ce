import { describe, expect, it } from 'vitest'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { parseMac } from './mac.js'
import { SHARED_ADAPTER_MACS, SHARED_ADAPTER_PREFIXES, sharedAdapterOf } from './shared-adapter-macs.js'

const catalog = loadDefaultCatalog()

describe('shared VPN adapter MACs', () => {
  it('lists each address once, in a block the IEEE assigned to the VPN client\'s maker, with a source', () => {
    expect(new Set(SHARED_ADAPTER_MACS.map((s) => s.mac)).size).toBe(SHARED_ADAPTER_MACS.length)
    for (const s of SHARED_ADAPTER_MACS) {
      expect(s.mac, s.adapter).toMatch(/^[0-9A-F]{12}$/)
      expect(catalog.oui.lookup(Number.parseInt(s.mac, 16))?.manufacturer, s.mac).toBe(s.manufacturer)
      expect(SHARED_ADAPTER_PREFIXES.has(s.mac.slice(0, 6))).toBe(true)
      expect(s.source.title.length).toBeGreaterThan(20)
    }
  })

  it('knows Cisco AnyConnect\'s adapter in any spelling of its MAC, and no other address of the block', () => {
    for (const text of ['00-05-9A-3C-7A-00', '00:05:9a:3c:7a:00', '0005.9a3c.7a00']) expect(sharedAdapterOf(parseMac(text)!)?.manufacturer).toBe('cisco')
    expect(sharedAdapterOf(parseMac('00:05:9a:3c:7a:01')!)).toBeUndefined()
  })
})
