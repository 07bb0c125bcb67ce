import { describe, expect, it } from 'vitest'
import { csvField, csvLine } from './csv.js'

describe('csvField', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines', 3, undefined])).toBe('"a,b","say ""hi""","two\nlines",3,\n')
  })

  it('writes a text a spreadsheet would run as a formula with a leading quote, and leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"')
    expect(csvField('@SUM(1)')).toBe("'@SUM(1)")
    expect(csvField('+cmd')).toBe("'+cmd")
    expect(csvField('-2+3')).toBe("'-2+3")
    expect(csvField('\tx')).toBe("'\tx")
    expect(csvField('-12.5')).toBe('-12.5')
    expect(csvField(-3)).toBe('-3')
    expect(csvField('rt-fra-01')).toBe('rt-fra-01')
  })
})
