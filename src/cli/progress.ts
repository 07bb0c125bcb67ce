import { SingleBar } from 'cli-progress'
import type { CliContext } from './context.js'
import { holdProgressLine } from './context.js'

/** A progress bar on standard error, or nothing when stderr is not a terminal or --quiet is set. */
export type Progress = { update(done: number, devices: number): void; stop(): void }

const NONE: Progress = { update() {}, stop() {} }

/** Starts a byte-based progress bar for reading an input of `total` bytes (unknown for stdin). */
export function startProgress(ctx: CliContext, total: number | undefined, quiet: boolean | undefined): Progress {
  if (quiet || !ctx.stderr.isTTY || total === undefined || total < 4 * 1024 * 1024) return NONE
  const bar = new SingleBar({
    stream: ctx.stderr,
    format: '  reading [{bar}] {percentage}% | {devices} devices | {duration_formatted} elapsed, eta {eta_formatted}',
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
    fps: 5,
  })
  bar.start(total, 0, { devices: 0 })
  // Diagnostics printed while the bar is drawn go above it (see println).
  const release = holdProgressLine(ctx.stderr, () => bar.render())
  return {
    update: (done, devices) => bar.update(done, { devices: devices.toLocaleString('en-US') }),
    stop: () => {
      release()
      bar.stop()
    },
  }
}
