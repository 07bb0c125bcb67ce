import { SingleBar } from 'cli-progress'
import { onInterrupt } from '../io/interrupt.js'
import type { CliContext } from './context.js'
import { holdProgressLine } from './context.js'

/** A progress bar on standard error, or nothing when stderr is not a terminal or --quiet is set. */
export type Progress = { update(done: number, devices: number): void; stop(): void }

const NONE: Progress = { update() {}, stop() {} }

/**
 * Starts a byte-based progress bar for reading an input of `total` bytes (unknown for stdin), that
 * counts what it has read in `unit` (devices of an inventory, records of a flow log).
 */
export function startProgress(ctx: CliContext, total: number | undefined, quiet: boolean | undefined, unit = 'devices'): Progress {
  if (quiet || !ctx.stderr.isTTY || total === undefined || total < 4 * 1024 * 1024) return NONE
  const bar = new SingleBar({
    stream: ctx.stderr,
    format: `  reading [{bar}] {percentage}% | {devices} ${unit} | {duration_formatted} elapsed, eta {eta_formatted}`,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
    fps: 5,
  })
  bar.start(total, 0, { devices: 0 })
  // Diagnostics printed while the bar is drawn go above it (see println).
  const release = holdProgressLine(ctx.stderr, () => bar.render())
  const interrupted = restoreTerminalOnInterrupt(bar)
  return {
    update: (done, devices) => bar.update(done, { devices: devices.toLocaleString('en-US') }),
    stop: () => {
      interrupted()
      release()
      bar.stop()
    },
  }
}

/**
 * A bar hides the cursor and turns line wrapping off while it is drawn; a run interrupted then
 * (Ctrl-C) stops it, which erases it and turns both back on, rather than leave the shell's
 * terminal without a cursor.
 */
function restoreTerminalOnInterrupt(bar: SingleBar): () => void {
  return onInterrupt(() => bar.stop())
}

/** A count-based progress bar: `tick` with the number done so far, `stop` when finished. */
export type CountProgress = { tick(done: number): void; stop(): void }

/**
 * A progress bar over the flows of an exposure run (`total` of them), drawn once the run has lasted
 * `delayMs`: routing a few thousand flows takes a blink, but `--flows all-pairs` on a network of
 * thousands of nodes, or a sample of millions, runs for minutes with nothing on the screen. None
 * when stderr is not a terminal, with --quiet, or when the total is not known.
 */
export function startFlowProgress(
  ctx: CliContext, total: number | undefined, quiet: boolean | undefined, opts: { delayMs?: number; clock?: () => number } = {},
): CountProgress {
  if (quiet || !ctx.stderr.isTTY || total === undefined || total <= 0) return { tick() {}, stop() {} }
  const clock = opts.clock ?? Date.now
  const started = clock()
  let stopped = false
  const delay = opts.delayMs ?? 1000
  let bar: SingleBar | undefined
  let release: (() => void) | undefined
  return {
    tick(done) {
      if (bar === undefined) {
        if (stopped || clock() - started < delay) return
        bar = new SingleBar({
          stream: ctx.stderr,
          format: '  routing [{bar}] {percentage}% | {done} of {all} flows | {duration_formatted} elapsed, eta {eta_formatted}',
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 50,
          fps: 5,
        })
        bar.start(total, done, { done: done.toLocaleString('en-US'), all: total.toLocaleString('en-US') })
        const drawn = bar
        const held = holdProgressLine(ctx.stderr, () => drawn.render())
        const interrupted = restoreTerminalOnInterrupt(drawn)
        release = () => {
          interrupted()
          held()
        }
        return
      }
      bar.update(done, { done: done.toLocaleString('en-US') })
    },
    stop() {
      release?.()
      bar?.stop()
      release = undefined
      bar = undefined
      stopped = true
    },
  }
}

/**
 * A line on a terminal that says what a long step is doing while it runs, erased when it ends:
 * the MILP solver gives no progress to draw (it holds the thread until it returns), and a plan
 * may take the whole --time-limit. Nothing when stderr is not a terminal or with --quiet.
 */
export function startStatusLine(ctx: CliContext, text: string, quiet: boolean | undefined): { stop(): void } {
  if (quiet || !ctx.stderr.isTTY) return { stop() {} }
  const columns = ctx.stderr.columns || 80 // 0 on a terminal that does not tell its size
  const shown = text.length < columns ? text : `${text.slice(0, Math.max(1, columns - 2))}…`
  const draw = () => ctx.stderr.write(`\x1b[1G\x1b[2K${shown}`)
  draw()
  const release = holdProgressLine(ctx.stderr, draw)
  let stopped = false
  return {
    stop() {
      if (stopped) return
      stopped = true
      release()
      ctx.stderr.write('\x1b[1G\x1b[2K')
    },
  }
}
