import { describe, expect, it } from 'vitest'
import { manufacturerMap } from './manufacturers.js'
import { OEM_RELATIONS } from './oem.js'

const bySlug = manufacturerMap()

describe('OEM_RELATIONS', () => {
  it('names only brands and makers that are in the catalog', () => {
    for (const r of OEM_RELATIONS) {
      expect(bySlug.has(r.brand), r.brand).toBe(true)
      expect(bySlug.has(r.maker), r.maker).toBe(true)
      expect(r.brand).not.toBe(r.maker)
    }
  })

  it('gives every relation a source with a title and a url', () => {
    for (const r of OEM_RELATIONS) {
      expect(r.source.title.length).toBeGreaterThan(0)
      expect(r.source.url).toMatch(/^https?:\/\//)
    }
  })

  it('orders from before until', () => {
    for (const r of OEM_RELATIONS) {
      if (r.from !== undefined && r.until !== undefined) expect(r.from < r.until).toBe(true)
    }
  })
})
