import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LineSplitter } from './lines.js'

function split(chunks: readonly string[]): string[] {
  const lines: string[] = []
  const splitter = new LineSplitter()
  for (const c of chunks) splitter.push(c, (l) => lines.push(l))
  splitter.end((l) => lines.push(l))
  return lines
}

describe('LineSplitter', () => {
  it('gives the lines of text fed in chunks cut anywhere, keeping a \\r for the reader and a last line without a break', () => {
    expect(split(['a\r\nb', 'c\n', '\nd'])).toEqual(['a\r', 'bc', '', 'd'])
    expect(split(['', 'x\n'])).toEqual(['x'])
    expect(split([])).toEqual([])
  })

  it('reads a line longer than many chunks', () => {
    const long = 'A'.repeat(1 << 20)
    expect(split([...long.match(/[\s\S]{1,4096}/g)!, '\nz']).map((l) => l.length)).toEqual([long.length, 1])
  })

  it('reads lines that end in a carriage return alone (a list saved by Excel for Mac), however the text is cut', () => {
    const text = '00:e0:fc:00:00:01\r00:19:c6:00:00:02\r\rc0:56:e3:00:00:03\r'
    for (let cut = 0; cut <= text.length; cut++) {
      expect(split([text.slice(0, cut), text.slice(cut)])).toEqual(['00:e0:fc:00:00:01', '00:19:c6:00:00:02', '', 'c0:56:e3:00:00:03'])
    }
    // A CR that ends the text alone is left for the reader to trim, as before a line feed.
    expect(split(['one line\r'])).toEqual(['one line\r'])
    // A stray CR on the first line (in a sysDescr) leaves the lines after it lines.
    expect(split(['a = STRING: x\ry\n', 'b = 1\nc = 2\r\n'])).toEqual(['a = STRING: x', 'y', 'b = 1', 'c = 2'])
  })

  it('gives the same lines however the text is cut (property)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r') }), fc.array(fc.nat()), (text, cuts) => {
      const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((x, y) => x - y)
      const chunks = [0, ...at].map((from, i, all) => text.slice(from, all[i + 1] ?? text.length))
      // The first line break tells what ends lines: a line feed (LF or CRLF), or else a CR alone,
      // and then a CR, a CRLF and a line feed each end one.
      const first = text.search(/[\r\n]/)
      const whole = (first !== -1 && /^\r[^\n]/.test(text.slice(first, first + 2)) ? text.replace(/\r\n?/g, '\n') : text).split('\n')
      if (whole.at(-1) === '') whole.pop()
      expect(split(chunks)).toEqual(whole)
    }))
  })
})
