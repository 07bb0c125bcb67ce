/**
 * Starting the worker threads of `runInventoryInParallel` (parallel-inventory.ts): apart from it, so
 * that a command can start them before it loads the modules it needs itself.
 */
import { Worker } from 'node:worker_threads'
import type { WorkerSetup } from './parallel-inventory-worker.js'

/** Worker threads for `runInventoryInParallel`, started before the policy is read. */
export type InventoryWorkers = {
  readonly workers: readonly Worker[]
  /** Resolves once every worker has loaded its catalog; rejects when one failed to. */
  readonly ready: Promise<void>
  close(): Promise<void>
}

/**
 * Starts `jobs` workers at once, so that they load the catalog while the main thread loads its own
 * and reads the policy (started after that, they made a small check take twice as long).
 */
export function startInventoryWorkers(jobs: number, setup: WorkerSetup): InventoryWorkers {
  const workers = Array.from({ length: jobs }, () => new Worker(new URL('./parallel-inventory-worker.js', import.meta.url), { workerData: setup }))
  const ready = Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
    w.once('error', reject)
    w.once('message', () => resolve())
  }))).then(() => undefined)
  ready.catch(() => {}) // reported to whoever awaits it
  return { workers, ready, close: async () => { await Promise.all(workers.map((w) => w.terminate())) } }
}
