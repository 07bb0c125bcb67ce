import type { Catalog } from '../catalog/types.js'
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import type { Device } from '../domain/device.js'
import type { Attribution } from '../domain/evidence.js'
import type { Finding } from '../domain/finding.js'
import { identify } from '../identify/identify.js'
import type { CompiledPolicy } from '../policy/evaluate.js'
import { checkDevice, dayOfNow, exemptionDiagnostics, newCheckState, sortFindings } from '../policy/evaluate.js'

/** A slice of a streamed inventory: devices, where each starts, and the problems found on the way. */
export type DeviceBatch = { devices: Device[]; locations?: SourceLocation[]; diagnostics: Diagnostic[] }

/** Options of {@link checkInventory}. */
export type CheckInventoryOptions = {
  catalog: Catalog
  policy: CompiledPolicy
  /** The date deadlines and exemptions are judged at. */
  now: Date
  /**
   * Called for every device once identified and checked (findings may be empty), in inventory order,
   * with where the inventory writes it (file and line) when the reader knows.
   */
  onDevice?: (device: Device, attribution: Attribution, findings: readonly Finding[], at?: SourceLocation) => void
  /**
   * Called for every device with findings, in inventory order, with the device's line and file.
   * When given, findings are handed over here and not kept in the result (bounded memory on huge
   * inventories).
   */
  onFindings?: (findings: Finding[], line: number | undefined, file: string | undefined) => void
  /** Called after each batch with the number of devices so far (for a progress bar). */
  onBatch?: (devices: number, diagnostics: readonly Diagnostic[]) => void | Promise<void>
  /**
   * Stops the check between two batches once aborted (a client that went away, a timeout:
   * `AbortSignal.timeout(ms)`): the promise rejects with the signal's reason, and the batches'
   * iterator is closed (a file stream under `readInventory` is closed with it).
   */
  signal?: AbortSignal
}

/** What a check of a whole inventory found. */
export type CheckResult = {
  devices: number
  /** Findings sorted by device id, then rule (empty when `onFindings` took them). */
  findings: Finding[]
  /** Diagnostics of the policy evaluation (exemptions); input diagnostics go to `onBatch`. */
  diagnostics: Diagnostic[]
  /** The line of each device that has a finding, for SARIF locations. */
  deviceLines: Map<string, number>
}

/**
 * Identifies every device of a streamed inventory and checks it against a compiled policy, in one
 * pass and bounded memory (only findings are kept).
 *
 * @throws TrustpathError `usage` when `opts.now` is not a valid Date; the reason of `opts.signal`
 *   once it is aborted.
 * @example
 * const result = await checkInventory(readInventory('devices.csv'), {
 *   catalog, policy: compilePolicy(policy, sites), now, signal: AbortSignal.timeout(60_000),
 *   onBatch: (devices) => console.log(`${devices} devices checked`),
 * })
 */
export async function checkInventory(batches: AsyncIterable<DeviceBatch>, opts: CheckInventoryOptions): Promise<CheckResult> {
  dayOfNow(opts.now, 'check/checkInventory')
  opts.signal?.throwIfAborted()
  const state = newCheckState(opts.policy)
  const findings: Finding[] = []
  const deviceLines = new Map<string, number>()
  let devices = 0
  for await (const batch of batches) {
    for (let i = 0; i < batch.devices.length; i++) {
      const device = batch.devices[i]!
      const attribution = identify(device, opts.catalog)
      const found = checkDevice(opts.policy, device, attribution, opts.now, state)
      opts.onDevice?.(device, attribution, found, batch.locations?.[i])
      if (found.length > 0) {
        const at = batch.locations?.[i]
        const line = at?.line
        if (opts.onFindings !== undefined) {
          opts.onFindings(found, line, at?.file)
          continue
        }
        for (const f of found) findings.push(f)
        if (line !== undefined) deviceLines.set(device.id, line)
      }
    }
    devices += batch.devices.length
    await opts.onBatch?.(devices, batch.diagnostics)
    opts.signal?.throwIfAborted()
  }
  return { devices, findings: sortFindings(findings), diagnostics: exemptionDiagnostics(opts.policy, state, opts.now), deviceLines }
}
