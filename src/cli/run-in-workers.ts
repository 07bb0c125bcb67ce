import type { Writable } from 'node:stream'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { PartCounts, WorkerTask } from '../io/parallel-inventory-worker.js'
import type { ParallelResult } from '../io/parallel-inventory.js'
import { runInventoryInParallel } from '../io/parallel-inventory.js'
import type { CliContext } from './context.js'
import { writeThen } from './context.js'
import type { InventoryOptions } from './inventory-source.js'
import type { InventoryThreads } from './inventory-workers.js'
import { startProgress } from './progress.js'

/** Runs an inventory through started workers, writing to `out`, with a progress bar on a terminal. */
export async function runInWorkers(
  ctx: CliContext, threads: InventoryThreads, inventory: string, opts: InventoryOptions, out: Writable,
  handlers: { task: WorkerTask; commaFirst: boolean; onDiagnostics: (d: readonly Diagnostic[]) => void; onCounts: (counts: PartCounts) => void },
): Promise<ParallelResult> {
  const bar = startProgress(ctx, threads.totalBytes, opts.quiet)
  try {
    return await runInventoryInParallel(threads.workers, {
      path: threads.path, file: inventory, format: threads.format, task: handlers.task,
      detectDuplicates: opts.duplicateCheck !== false, commaFirst: handlers.commaFirst,
      write: (data, done) => writeThen(out, data, done),
      onProgress: (bytes, devices) => bar.update(bytes, devices),
      onDiagnostics: handlers.onDiagnostics,
      onCounts: handlers.onCounts,
    })
  } finally {
    bar.stop()
  }
}
