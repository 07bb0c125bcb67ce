import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js'
import { formatDiagnostic, formatDiagnosticMessage } from '../diagnostics/format.js'
import type { CliContext } from './context.js'
import { println } from './context.js'
import { pluralOf } from '../util/plural.js'

/** How many diagnostics of each code are printed before the rest are only counted. */
const MAX_PER_CODE = 10

/** Prints diagnostics to standard error as they arrive, at most a few of each code, and counts them all. */
export class DiagnosticsPrinter {
  readonly counts = { error: 0, warning: 0, info: 0 }
  /** Where the first error is, for a page made from the run to point at it. */
  firstError?: SourceLocation
  private readonly perCode = new Map<string, number>()
  private readonly ctx: CliContext
  private readonly showInfo: boolean
  private readonly limit: number
  /** Whether the command has `--all-diagnostics`, which the count of those not shown then names. */
  private readonly offersAll: boolean
  /** How many devices --merge merged from how many records, told last. */
  private merged: Diagnostic | undefined
  /** `--quiet`: the closing line of --merge is left out too. */
  private readonly quiet: boolean
  /**
   * `all`: the command's `--all-diagnostics`, true to print every diagnostic; given (true or
   * false) by the commands that have the option, so that the count of those not shown names it.
   */
  constructor(ctx: CliContext, opts: { showInfo?: boolean; all?: boolean; quiet?: boolean | undefined } = {}) {
    this.ctx = ctx
    this.quiet = opts.quiet === true
    this.showInfo = opts.showInfo ?? false
    this.limit = opts.all === true ? Infinity : MAX_PER_CODE
    this.offersAll = opts.all !== undefined
  }

  /** `showInfo` overrides the printer's choice for these diagnostics (notes about a file the command was given). */
  add(diagnostics: readonly Diagnostic[], showInfo = this.showInfo): void {
    for (const d of diagnostics) {
      // The closing line of a run with --merge, said once every file is read (see `finish`).
      if (d.code === 'devices_merged') {
        this.merged = d
        continue
      }
      this.counts[d.severity]++
      if (d.severity === 'error' && this.firstError === undefined) this.firstError = d.at
      if (d.severity === 'info' && !showInfo) continue
      const n = (this.perCode.get(d.code) ?? 0) + 1
      this.perCode.set(d.code, n)
      if (n <= this.limit) println(this.ctx.stderr, formatDiagnostic(d))
    }
  }

  /** Prints how many were not shown, and how to see them. */
  finish(): void {
    let hidden = false
    for (const [code, n] of [...this.perCode.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      if (n <= this.limit) continue
      hidden = true
      println(this.ctx.stderr, `… and ${(n - this.limit).toLocaleString('en-US')} more ${code} ${pluralOf(n - this.limit, 'diagnostic')}`)
    }
    // Without the rest, a file with thousands of bad rows could be mended ten rows of a kind a run.
    if (hidden && this.offersAll) println(this.ctx.stderr, '  (--all-diagnostics prints every one, with its line)')
    // Several sources of one network (an inventory export, walks, a scan, an ARP table) name a
    // device by its name in one and its address in another: the counts that follow hold it twice.
    const byMac = this.perCode.get('shared_mac_other_id') ?? 0
    const bySerial = this.perCode.get('shared_serial_other_id') ?? 0
    const byAddress = this.perCode.get('shared_address_other_id') ?? 0
    const twice = byMac + bySerial + byAddress
    if (twice > 0) {
      const what = [...(byMac > 0 ? ['a MAC (shared_mac_other_id above)'] : []), ...(bySerial > 0 ? ['a serial number (shared_serial_other_id above)'] : []),
        ...(byAddress > 0 ? ['an address (shared_address_other_id above)'] : [])]
      println(this.ctx.stderr, `${twice.toLocaleString('en-US')} ${pluralOf(twice, 'device seems', 'devices seem')} to be read under two ids, ` +
        `sharing ${what.join(' or ')}: each is counted twice in the device and finding counts, as devices of different ids are not merged (--merge merges them).`)
    }
    if (this.merged !== undefined && !this.quiet) println(this.ctx.stderr, `info: ${formatDiagnosticMessage(this.merged)}.`)
  }
}

/**
 * False when errors refused every device (a file of another format, rows all bad): the report of
 * nothing does not replace the `-o` file, which may hold the last good one.
 */
export function readSomething(errors: number, devicesRead: number): boolean {
  return devicesRead > 0 || errors === 0
}

/** `; written to out.json`, or `; nothing written to out.json` when `readSomething` refused the run. */
export function writtenTo(output: string | undefined, written: boolean): string {
  return !output ? '' : written ? `; written to ${output}` : `; nothing written to ${output}`
}

/**
 * The closing line of a run with input errors: what was skipped and what to do. With no device
 * read, the errors refused the input whole (a file of another format, a cut-short file): nothing
 * was skipped row by row, and --strict would not help.
 */
export function inputErrorsLine(errors: number, devicesRead: number): string {
  const count = `${errors.toLocaleString('en-US')} input ${pluralOf(errors, 'error')}, listed above`
  return devicesRead === 0
    ? `${count}; no device was read. Fix the input and run again.`
    : `${count}; what they name was skipped. Fix them, or use --strict to stop at the first.`
}
