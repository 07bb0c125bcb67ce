import { describe, expect, it } from 'vitest'
import { formatRecordsRead } from './network-options.js'

const spanOf = (span: number): string => /over (.*?) in /.exec(formatRecordsRead({ file: 'nfcapd.csv', records: 2, span }, 1))![1]!

describe('the span a flow log\'s volumes are averaged over, as the run names it', () => {
  it('is said in the units a capture is told in', () => {
    expect(spanOf(10)).toBe('10s')
    expect(spanOf(0.25)).toBe('0.25s')
    expect(spanOf(300)).toBe('5m 0s')
    expect(spanOf(5400)).toBe('1h 30m')
  })

  it('never shows 60 seconds or 60 minutes: an hour\'s capture a moment short of the hour is an hour', () => {
    // nfcapd rotates every 5 minutes: twelve files of an hour, the last record ending 90 ms before it.
    expect(spanOf(3599.91)).toBe('1h 0m')
    expect(spanOf(119.6)).toBe('2m 0s')
    expect(spanOf(59.9999)).toBe('1m 0s')
    expect(spanOf(7199)).toBe('2h 0m')
  })
})
