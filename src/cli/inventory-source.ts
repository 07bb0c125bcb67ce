import type { InventoryBatch, InventoryFormat } from '../inventory/rows.js'
import { statInventory } from '../io/inventory-file.js'
import { readInventory } from '../io/read-inventory.js'
import type { CliContext } from './context.js'
import { startProgress } from './progress.js'

/** Inventory options shared by the commands that read one. */
export type InventoryOptions = { inputFormat?: InventoryFormat; strict?: boolean; quiet?: boolean; duplicateCheck?: boolean }

/** An inventory being read: its batches, a progress hook and a hook to call when done. */
export type InventorySourceHandle = {
  batches: AsyncGenerator<InventoryBatch>
  progress(devices: number): void
  done(): void
}

/** Opens an inventory (a path or `-` for standard input) with a progress bar on a terminal. */
export async function openInventory(ctx: CliContext, path: string, opts: InventoryOptions): Promise<InventorySourceHandle> {
  const stat = await statInventory(path)
  const bar = startProgress(ctx, stat.totalBytes, opts.quiet)
  let bytes = 0
  const inner = readInventory(path, {
    ...(opts.inputFormat !== undefined ? { format: opts.inputFormat } : {}),
    ...(opts.strict ? { strict: true } : {}),
    ...(opts.duplicateCheck === false ? { detectDuplicates: false } : {}),
    stdin: ctx.stdin,
  })
  async function* batches(): AsyncGenerator<InventoryBatch> {
    for await (const batch of inner) {
      bytes = batch.bytes
      yield batch
    }
  }
  return {
    batches: batches(),
    progress: (devices) => bar.update(bytes, devices),
    done: () => bar.stop(),
  }
}
