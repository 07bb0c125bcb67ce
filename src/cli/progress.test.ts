import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { interruptListenerCount, runInterruptCleanups } from '../io/interrupt.js'
import type { CliContext } from './context.js'
import { println } from './context.js'
import { startFlowProgress, startProgress, startStatusLine } from './progress.js'

/**
 * What a terminal shows of the text written to it: the escape sequences a progress bar uses
 * (cursor to a column, clear to the end of the line or the whole line, save and restore the
 * cursor, auto-wrap off and on, cursor hidden and shown) on a screen that does not scroll.
 */
class Screen extends Writable {
  readonly isTTY = true
  readonly columns: number
  private readonly lines: string[][] = [[]]
  private row = 0
  private col = 0
  private saved = { row: 0, col: 0 }
  private wrap = true
  private cursor = true

  constructor(columns: number) {
    super()
    this.columns = columns
  }

  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    const text = chunk.toString('utf8')
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!
      if (c === '\x1b') {
        const esc = /^\x1b(?:\[(\??)(\d*)([A-Za-z])|([78]))/.exec(text.slice(i))!
        i += esc[0].length - 1
        if (esc[4] === '7') this.saved = { row: this.row, col: this.col }
        else if (esc[4] === '8') ({ row: this.row, col: this.col } = this.saved)
        else if (esc[1] === '?' && esc[2] === '7') this.wrap = esc[3] === 'h'
        else if (esc[1] === '?' && esc[2] === '25') this.cursor = esc[3] === 'h'
        else if (esc[3] === 'G') this.col = Number(esc[2] || 1) - 1
        else if (esc[3] === 'K') this.line().splice(esc[2] === '2' ? 0 : this.col)
        continue
      }
      if (c === '\r') this.col = 0
      else if (c === '\n') {
        this.row++
        this.col = 0
      } else {
        if (this.col >= this.columns) {
          if (!this.wrap) continue
          this.row++
          this.col = 0
        }
        this.line()[this.col++] = c
      }
    }
    done()
  }

  private line(): string[] {
    while (this.lines.length <= this.row) this.lines.push([])
    return this.lines[this.row]!
  }

  /** Whether the cursor is shown and long lines wrap, as a shell expects them. */
  modes(): { cursor: boolean; wrap: boolean } {
    return { cursor: this.cursor, wrap: this.wrap }
  }

  /** The lines shown, without trailing blanks. */
  shown(): string[] {
    return this.lines.map((l) => Array.from(l, (c) => c ?? ' ').join('').trimEnd()).filter((l, i, all) => l !== '' || i < all.length - 1)
  }
}

function contextOn(stderr: Screen): CliContext {
  return { stderr, stdout: new Screen(80), stdin: process.stdin, env: {}, cwd: '/', now: () => new Date(0) }
}

describe('startProgress', () => {
  it('lets a warning written while the bar is drawn stand on its own lines, whole, and clears the bar when done', async () => {
    const screen = new Screen(60)
    const bar = startProgress(contextOn(screen), 8 * 1024 * 1024, false)
    bar.update(4 * 1024 * 1024, 1200)
    const warning = 'captures/README.md: warning: skipped (found in captures): no device was read from it (line 1: missing column "id").'
    println(screen, warning)
    bar.update(8 * 1024 * 1024, 2400)
    bar.stop()
    println(screen, '2,400 devices: 2,400 attributed')
    await new Promise<void>((resolve) => screen.end(resolve))
    expect(screen.shown()).toEqual([warning.slice(0, 60), warning.slice(60), '2,400 devices: 2,400 attributed'])
  })
})

describe('startFlowProgress', () => {
  it('draws a bar over the flows of a run that lasts, with how many of how many are done, and clears it when done', async () => {
    // --flows all-pairs on a network of 1,000 nodes: 999,000 flows, minutes of routing.
    const screen = new Screen(120)
    let now = 0
    const bar = startFlowProgress(contextOn(screen), 999_000, false, { delayMs: 1000, clock: () => now })
    bar.tick(1024)
    expect(screen.shown()).toEqual([]) // a run of a second or less shows no bar
    now = 1500
    bar.tick(499_712)
    expect(screen.shown()).toEqual([expect.stringMatching(/^ {2}routing \[=+-+\] 50% \| 499,712 of 999,000 flows \| \d+s elapsed, eta /)])
    bar.stop()
    println(screen, '999,000 flows, 999,000 Mbit/s of sensitive traffic: 12 Mbit/s (0.0%) crosses untrusted equipment.')
    await new Promise<void>((resolve) => screen.end(resolve))
    expect(screen.shown()).toEqual(['999,000 flows, 999,000 Mbit/s of sensitive traffic: 12 Mbit/s (0.0%) crosses untrusted equipment.'])
  })

  it('draws nothing when the count is unknown, with --quiet, or on a stream that is no terminal', () => {
    const screen = new Screen(120)
    for (const bar of [
      startFlowProgress(contextOn(screen), undefined, false, { delayMs: 0 }),
      startFlowProgress(contextOn(screen), 1000, true, { delayMs: 0 }),
    ]) {
      bar.tick(512)
      bar.stop()
    }
    expect(screen.shown()).toEqual([])
    const pipe = Object.assign(new Screen(120), { isTTY: false })
    const piped = startFlowProgress(contextOn(pipe), 1000, false, { delayMs: 0 })
    piped.tick(512)
    piped.stop()
    expect(pipe.shown()).toEqual([])
  })
})

describe('a progress bar when the run is interrupted (Ctrl-C)', () => {
  it('is erased, and the cursor and line wrapping it turned off come back for the shell', async () => {
    const reading = new Screen(80)
    const bar = startProgress(contextOn(reading), 8 * 1024 * 1024, false)
    bar.update(2 * 1024 * 1024, 600)
    const routing = new Screen(80)
    let now = 0
    const flows = startFlowProgress(contextOn(routing), 999_000, false, { delayMs: 1000, clock: () => now })
    now = 1500
    flows.tick(1024)
    expect([reading.modes(), routing.modes()]).toEqual([{ cursor: false, wrap: false }, { cursor: false, wrap: false }])
    runInterruptCleanups()
    await Promise.all([reading, routing].map((s) => new Promise<void>((resolve) => s.end(resolve))))
    expect([reading.modes(), routing.modes()]).toEqual([{ cursor: true, wrap: true }, { cursor: true, wrap: true }])
    expect([...reading.shown(), ...routing.shown()]).toEqual([])
  })

  it('listens for the signal only while drawn, so that an interruption while none is drawn ends the run at once', () => {
    const bar = startProgress(contextOn(new Screen(80)), 8 * 1024 * 1024, false)
    expect(interruptListenerCount()).toBe(1)
    bar.stop()
    expect(interruptListenerCount()).toBe(0)
  })
})

describe('startStatusLine', () => {
  it('says what a plan is doing while the solver runs, cut to the terminal\'s width, and erases it when done', async () => {
    const screen = new Screen(60)
    const line = startStatusLine(contextOn(screen), '  planning 87 candidate devices, 2,971 flows: HiGHS, at most 60 s (--time-limit)', false)
    expect(screen.shown()).toEqual(['  planning 87 candidate devices, 2,971 flows: HiGHS, at mo…'])
    line.stop()
    println(screen, '87 candidate devices, 2,971 exposed flows.')
    await new Promise<void>((resolve) => screen.end(resolve))
    expect(screen.shown()).toEqual(['87 candidate devices, 2,971 exposed flows.'])
  })

  it('writes nothing with --quiet or on a stream that is no terminal', () => {
    const pipe = Object.assign(new Screen(60), { isTTY: false })
    startStatusLine(contextOn(pipe), 'planning', false).stop()
    const screen = new Screen(60)
    startStatusLine(contextOn(screen), 'planning', true).stop()
    expect([...pipe.shown(), ...screen.shown()]).toEqual([])
  })
})
