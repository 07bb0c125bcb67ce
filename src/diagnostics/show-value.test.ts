import { describe, expect, it } from 'vitest'
import { showValue } from './show-value.js'

describe('showValue', () => {
  it('shows strings as written or quoted, other values as JSON, cut to a length', () => {
    expect(showValue('rt 1')).toBe('rt 1')
    expect(showValue('rt 1', { quoteStrings: true })).toBe('"rt 1"')
    expect(showValue({ a: [1, 2] })).toBe('{"a":[1,2]}')
    expect(showValue(undefined)).toBe('undefined')
    expect(showValue('x'.repeat(100), { max: 10 })).toBe('xxxxxxx...')
  })

  it('names a value too deeply nested for JSON.stringify instead of throwing', () => {
    const deep = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`) as unknown
    expect(showValue(deep)).toBe('[a list nested too deeply to show]')
  })
})
