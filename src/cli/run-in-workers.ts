import type { Writable } from 'node:stream'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { PartCounts, WorkerTask } from '../io/parallel-inventory-worker.js'
import type { ParallelResult } from '../io/parallel-inventory.js'
import { runInventoryInParallel } from '../io/parallel-inventory.js'
import type { CliContext } from './context.js'
import { write, writeThen } from './context.js'
import { emptyInventoryError, type InventoryOptions } from './inventory-source.js'
import type { InventoryThreads } from './inventory-workers.js'
import { startProgress } from './progress.js'

/**
 * Runs an inventory through started workers, writing `head` and then the rows to `out`, with a
 * progress bar on a terminal. The head goes out with the first rows: a file that holds no device
 * (a header and a spreadsheet's empty rows) is refused as one thread refuses it, with nothing written.
 */
export async function runInWorkers(
  ctx: CliContext, threads: InventoryThreads, inventory: string, opts: InventoryOptions, out: Writable,
  handlers: { head: string; task: WorkerTask; commaFirst: boolean; onDiagnostics: (d: readonly Diagnostic[]) => void; onCounts: (counts: PartCounts) => void },
): Promise<ParallelResult> {
  const bar = startProgress(ctx, threads.totalBytes, opts.quiet)
  let head: string | undefined = handlers.head
  let empty: Diagnostic | undefined
  try {
    const result = await runInventoryInParallel(threads.workers, {
      path: threads.path, file: inventory, format: threads.format, task: handlers.task,
      detectDuplicates: opts.duplicateCheck !== false, commaFirst: handlers.commaFirst,
      write: async (data, done) => {
        if (head !== undefined) {
          const text = head
          head = undefined
          await write(out, text)
        }
        await writeThen(out, data, done)
      },
      onProgress: (bytes, devices) => bar.update(bytes, devices),
      onDiagnostics: (diagnostics) => {
        const e = diagnostics.find((d) => d.code === 'empty_input' && d.severity === 'error')
        if (e !== undefined) empty = e
        handlers.onDiagnostics(e === undefined ? diagnostics : diagnostics.filter((d) => d !== e))
      },
      onCounts: handlers.onCounts,
    })
    if (empty !== undefined && result.devices === 0) throw emptyInventoryError(empty.at, empty.code === 'empty_input' ? empty.readAs : undefined)
    if (head !== undefined) await write(out, head)
    return result
  } finally {
    bar.stop()
  }
}
