import { describe, expect, it } from 'vitest'
import * as lib from '../index.js'

const catalog = lib.loadDefaultCatalog()
const { policy } = lib.parsePolicy('version: 1\nrules:\n  - { id: no-covered, lists: [fcc-covered], effect: prohibit }\n', { file: 'policy.yaml' }, {
  manufacturers: new Set(catalog.manufacturers.keys()),
})
const compiled = lib.compilePolicy(policy!, new Map())
const now = new Date('2026-06-30')

/** Ten batches of one Huawei device each, counting those pulled and telling whether the stream was closed. */
function batches(): { stream: AsyncGenerator<lib.DeviceBatch>; pulled: () => number; closed: () => boolean } {
  let pulled = 0
  let closed = false
  const stream = (async function* () {
    try {
      for (let i = 0; i < 10; i++) {
        pulled++
        yield { devices: [{ id: `r${i}`, macs: [`00:e0:fc:00:00:0${i}`] }], diagnostics: [] }
      }
    } finally {
      closed = true
    }
  })()
  return { stream, pulled: () => pulled, closed: () => closed }
}

describe('checkInventory', () => {
  it('checks every device of the batches, telling progress after each batch', async () => {
    const { stream } = batches()
    const progress: number[] = []
    const result = await lib.checkInventory(stream, { catalog, policy: compiled, now, onBatch: (devices) => { progress.push(devices) } })
    expect([result.devices, result.findings.length, progress.at(-1)]).toEqual([10, 10, 10])
  })

  it('stops between two batches once its signal is aborted, rejecting with the reason and closing the batches', async () => {
    const { stream, pulled, closed } = batches()
    const controller = new AbortController()
    const reason = new Error('the client went away')
    const run = lib.checkInventory(stream, { catalog, policy: compiled, now, signal: controller.signal, onBatch: (devices) => { if (devices === 2) controller.abort(reason) } })
    await expect(run).rejects.toBe(reason)
    expect([pulled(), closed()]).toEqual([2, true])
  })

  it('checks nothing with a signal aborted before it starts', async () => {
    const { stream, pulled } = batches()
    await expect(lib.checkInventory(stream, { catalog, policy: compiled, now, signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' })
    expect(pulled()).toBe(0)
  })
})
