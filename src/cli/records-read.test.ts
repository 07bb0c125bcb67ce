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

  it('names the times the records run between, and whether they carry a zone', () => {
    const at = (iso: string) => Date.parse(iso) / 1000
    // nfdump writes its local time without a zone: said so, since a capture across a change of
    // daylight-saving time lasted an hour more or less than its times say.
    expect(formatRecordsRead({ file: 'nfcapd.csv', records: 4, span: 3898, window: { start: at('2026-03-29T01:58:00Z'), end: at('2026-03-29T03:02:58Z') }, localTimes: true }, 2))
      .toBe('4 flow records over 1h 5m (2026-03-29 01:58:00 to 03:02:58, local time as written, no zone) in nfcapd.csv: 2 flows between nodes, each volume in Mbit/s averaged over that span.')
    // Zeek's and VPC flow logs' seconds since the epoch are UTC; a window over midnight gives both dates.
    expect(formatRecordsRead({ file: 'conn.log', records: 2, span: 600, window: { start: at('2026-11-20T23:55:00Z'), end: at('2026-11-21T00:05:00Z') }, localTimes: false }, 1))
      .toContain('over 10m 0s (2026-11-20 23:55:00 to 2026-11-21 00:05:00 UTC) in conn.log')
  })
})
