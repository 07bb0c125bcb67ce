import type { SourceLocation } from '../diagnostics/diagnostic.js'
import { formatDiagnostic } from '../diagnostics/format.js'
import { TrustpathError } from '../errors.js'
import type { InventoryBatch, InventoryFormat } from '../inventory/rows.js'
import { statInventory } from '../io/inventory-file.js'
import { readInventory } from '../io/read-inventory.js'
import { println, type CliContext } from './context.js'
import { startProgress } from './progress.js'

/** Inventory options shared by the commands that read one. */
export type InventoryOptions = { inputFormat?: InventoryFormat; sheet?: string; strict?: boolean; quiet?: boolean; duplicateCheck?: boolean }

/** An inventory being read: its batches, a progress hook and a hook to call when done. */
export type InventorySourceHandle = {
  batches: AsyncGenerator<InventoryBatch>
  progress(devices: number): void
  done(): void
}

/** The refusal of an inventory that holds no devices, told before anything is written. */
export function emptyInventoryError(at: SourceLocation): TrustpathError {
  return new TrustpathError('input_invalid', 'the inventory holds no devices (an empty file, or a header line only)', {
    at, hint: 'Check that the export or scan worked, and that this is the file it wrote.',
  })
}

/** Opens an inventory (a path or `-` for standard input) with a progress bar on a terminal. */
export async function openInventory(ctx: CliContext, path: string, opts: InventoryOptions): Promise<InventorySourceHandle> {
  const stat = await statInventory(path)
  const bar = startProgress(ctx, stat.totalBytes, opts.quiet)
  let bytes = 0
  const inner = readInventory(path, {
    ...(opts.inputFormat !== undefined ? { format: opts.inputFormat } : {}),
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    ...(opts.strict ? { strict: true } : {}),
    ...(opts.duplicateCheck === false ? { detectDuplicates: false } : {}),
    stdin: ctx.stdin,
  })
  // The first batch is read now, before the command writes anything: a file refused at its start
  // (compressed, a workbook, binary, another tool's output, unreadable) then fails before a header
  // or an opening bracket reaches standard output.
  let first: IteratorResult<InventoryBatch>
  try {
    first = await inner.next()
    // The reader says `empty_input` once it has read the whole input and found no device in it:
    // that too is a refusal before any row, told as the others are, with nothing written.
    const empty = first.done !== true && first.value.devices.length === 0 ? first.value.diagnostics.find((d) => d.code === 'empty_input' && d.severity === 'error') : undefined
    if (empty !== undefined) {
      // What the reader said of the lines it could not take (a lease whose MAC is unreadable) tells why.
      for (const d of first.value.diagnostics) if (d !== empty) println(ctx.stderr, formatDiagnostic(d))
      throw emptyInventoryError(empty.at)
    }
  } catch (err) {
    bar.stop()
    throw err
  }
  async function* batches(): AsyncGenerator<InventoryBatch> {
    if (first.done) return
    bytes = first.value.bytes
    yield first.value
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
