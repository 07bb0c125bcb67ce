import { describe, expect, it } from 'vitest'
import { formatCount, pluralOf } from './plural.js'

describe('formatCount', () => {
  it('uses the singular for exactly one and the plural otherwise, with thousands grouped', () => {
    expect(formatCount(1, 'device')).toBe('1 device')
    expect(formatCount(0, 'device')).toBe('0 devices')
    expect(formatCount(1204, 'entry', 'entries')).toBe('1,204 entries')
    expect(pluralOf(1, 'flow has', 'flows have')).toBe('flow has')
  })
})
