import { describe, expect, it } from 'vitest'
import { withoutPagerPrompts } from './pager.js'

describe('withoutPagerPrompts', () => {
  it('leaves a text without an erase sequence as it is, a --More-- of its own included', () => {
    const text = 'r1 r2 10\n--More--\n---- More ----\n'
    expect(withoutPagerPrompts(text)).toBe(text)
  })

  it('passes over a million backspaces and blanks that erase no prompt at once', () => {
    // Unbounded runs were tried from every backspace to the end of the blanks: time in the square of their length.
    const text = `${'\b'.repeat(1_000_000)}x${' '.repeat(1_000_000)}`
    expect(withoutPagerPrompts(text)).toBe(text)
  })
})
