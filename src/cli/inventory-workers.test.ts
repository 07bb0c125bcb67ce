import { availableParallelism } from 'node:os'
import { describe, expect, it } from 'vitest'
import { knowsDevicesByName, parseJobs, workerCount } from './inventory-workers.js'

describe('--jobs', () => {
  it('takes auto or a number of worker threads, and says what it wants otherwise', () => {
    expect(parseJobs(undefined)).toBe('auto')
    expect(parseJobs('auto')).toBe('auto')
    expect(parseJobs('3')).toBe(3)
    for (const bad of ['0', '-1', '1.5', 'two', '65']) expect(() => parseJobs(bad), bad).toThrow(/neither auto nor a number of worker threads/)
  })

  it('uses one worker per core with auto only on files of 64 MiB and more, and none on pipes', () => {
    expect(workerCount('auto', 1 << 20)).toBe(1)
    expect(workerCount('auto', 64 << 20)).toBe(Math.min(availableParallelism(), 4))
    expect(workerCount(4, 1 << 10)).toBe(4)
    expect(workerCount(4, undefined)).toBe(1)
    expect(workerCount('auto', undefined)).toBe(1)
  })

  it('reads by one thread a CSV known by names whose header is below a title, when the start holds only a few rows', () => {
    // Rows of long notes: the first 64 KiB hold a title, the header and two devices.
    const head = 'Device inventory\nname,macs,notes\nsw1,00:e0:fc:12:34:56,' + 'x'.repeat(30_000) + '\nsw1,00:e0:fc:12:34:57,' + 'y'.repeat(30_000) + '\n'
    expect(knowsDevicesByName(head)).toBe(true)
    expect(knowsDevicesByName('Device inventory\nid,name\nd1,sw1\n')).toBe(false)
  })
})
