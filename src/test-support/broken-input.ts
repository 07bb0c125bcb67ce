/**
 * Broken input for property tests of the readers: a small valid example of a format, mutated the
 * ways users' files come (cut short, a line dropped or repeated, two characters swapped, a quote,
 * a NUL or an odd Unicode character inserted, a number made huge, negative or NaN, a field
 * emptied, a stretch repeated), then read. A reader may refuse such a text with a TrustpathError
 * or read it with diagnostics; any other exception is a bug, and so is a read that takes too long.
 */
import fc from 'fast-check'
import { expect } from 'vitest'
import { TrustpathError } from '../errors.js'

/** What may be inserted: markup and separators, odd characters, numbers no reader expects. */
const INSERTS = [
  '"', "'", '\0', '\u202e', '\ufeff', '\ud800', '𝔘', '\u2028', '\u00a0', '\r', '\n', '\t', '<', '>', '&', '{', '}', '[', ']',
  ',', ';', ':', '#', '\\', '=', '|', '1e309', '-1', 'NaN', '99999999999999999999999999', '', 'null', '__proto__', 'constructor',
] as const
/** What a number of the text may become. */
const NUMBERS = ['1e309', '-1', 'NaN', '-0', 'Infinity', '99999999999999999999999999', '0', '', '1e-400', '4294967296', '1.5'] as const

export type Mutation =
  | { kind: 'cut' | 'drop_line' | 'swap' | 'empty_field'; at: number }
  | { kind: 'repeat_line'; at: number; times: number }
  | { kind: 'insert' | 'number'; at: number; what: string }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'delete'; at: number; length: number }

/** One mutation of `text`, at a position inside it. */
export function mutation(text: string): fc.Arbitrary<Mutation> {
  const at = fc.nat({ max: Math.max(text.length, 1) })
  return fc.oneof(
    fc.record({ kind: fc.constantFrom('cut', 'drop_line', 'swap', 'empty_field'), at }),
    fc.record({ kind: fc.constant('repeat_line'), at, times: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ kind: fc.constant('insert'), at, what: fc.constantFrom(...INSERTS) }),
    fc.record({ kind: fc.constant('number'), at, what: fc.constantFrom(...NUMBERS) }),
    fc.record({ kind: fc.constant('repeat'), at, length: fc.nat({ max: 400 }), times: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ kind: fc.constant('delete'), at, length: fc.nat({ max: 60 }) }),
  )
}

function lineAround(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1
  const end = text.indexOf('\n', at)
  return [start, end === -1 ? text.length : end + 1]
}

/** `text` with one mutation applied (a position past the end is the end). */
export function mutate(text: string, m: Mutation): string {
  const at = Math.min(m.at, text.length)
  switch (m.kind) {
    case 'cut': return text.slice(0, at)
    case 'drop_line': {
      const [start, end] = lineAround(text, at)
      return text.slice(0, start) + text.slice(end)
    }
    case 'repeat_line': {
      const [start, end] = lineAround(text, at)
      return text.slice(0, end) + text.slice(start, end).repeat(m.times) + text.slice(end)
    }
    case 'swap': return at + 1 < text.length ? text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2) : text
    case 'insert': return text.slice(0, at) + m.what + text.slice(at)
    case 'number': {
      const re = /-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi
      re.lastIndex = at
      const found = re.exec(text)
      return found === null ? text : text.slice(0, found.index) + m.what + text.slice(found.index + found[0].length)
    }
    case 'empty_field': {
      const re = /[^,\s"<>:=;|{}[\]]+/g
      re.lastIndex = at
      const found = re.exec(text)
      return found === null ? text : text.slice(0, found.index) + text.slice(found.index + found[0].length)
    }
    case 'repeat': {
      const end = at + m.length
      return text.slice(0, end) + text.slice(at, end).repeat(m.times) + text.slice(end)
    }
    case 'delete': return text.slice(0, at) + text.slice(at + m.length)
  }
}

export type BrokenInputOptions = {
  /**
   * Runs of up to three mutations each; a failure prints the seed and the shrunk mutations.
   * @default 100
   */
  runs?: number
  /** @default 1 */
  seed?: number
  /**
   * The longest one read may take; a reader that loops forever fails the test by its timeout.
   * @default 2000
   */
  timeLimitMs?: number
  /**
   * Cut the text at every this many characters (a slow reader, such as a workbook's, at fewer).
   * @default 1
   */
  cutStep?: number
}

const DEFAULTS = { runs: 100, seed: 1, timeLimitMs: 2000, cutStep: 1 } satisfies Required<BrokenInputOptions>

/** Reads `text` broken: throws what `read` threw unless it is a TrustpathError, or a read that took too long. */
function readBroken(read: (text: string) => unknown, text: string, timeLimitMs: number): void {
  const start = performance.now()
  try {
    read(text)
  } catch (err) {
    if (!(err instanceof TrustpathError)) throw err
  }
  expect(performance.now() - start, `reading ${JSON.stringify(text.slice(0, 200))}`).toBeLessThan(timeLimitMs)
}

/**
 * Reads `text` cut at every point (every `cutStep`), then `runs` mutated versions of it, and fails on any exception
 * that is not a TrustpathError and on any read slower than the time limit.
 */
export function expectReadsBrokenInput(read: (text: string) => unknown, text: string, options: BrokenInputOptions = {}): void {
  const { runs, seed, timeLimitMs, cutStep } = { ...DEFAULTS, ...options }
  for (let i = 0; i <= text.length; i += cutStep) readBroken(read, text.slice(0, i), timeLimitMs)
  fc.assert(
    fc.property(fc.array(mutation(text), { minLength: 1, maxLength: 3 }), (ms) => {
      readBroken(read, ms.reduce(mutate, text), timeLimitMs)
    }),
    { numRuns: runs, seed },
  )
}
