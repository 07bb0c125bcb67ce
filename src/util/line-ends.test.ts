import { describe, expect, it } from 'vitest'
import { endsLinesWithCr, withLineFeeds } from './line-ends.js'

describe('endsLinesWithCr', () => {
  it('tells lines that end in a carriage return alone by the first line break', () => {
    expect(endsLinesWithCr('a\rb\r')).toBe(true)
    expect(endsLinesWithCr('a\r\nb\rc')).toBe(false)
    expect(endsLinesWithCr('a\nb\rc')).toBe(false)
    // One line ending in its CR, or no line break at all, says nothing of other lines.
    expect(endsLinesWithCr('a\r')).toBe(false)
    expect(endsLinesWithCr('a')).toBe(false)
  })

  it('gives such text line feeds, a CRLF among its lines one, and leaves other text as it is', () => {
    expect(withLineFeeds('a\rb\r\nc\r')).toBe('a\nb\nc\n')
    expect(withLineFeeds('a\r\nb\rc')).toBe('a\r\nb\rc')
  })
})
