/**
 * Whole-document JSON with line numbers: `JSON.parse` for the values, and one quick scan for the
 * line where each element of the top-level arrays starts, so diagnostics can point at it.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js'
import { showValue } from '../../diagnostics/show-value.js'

const LF = 0x0a
const CR = 0x0d
const SPACE = 0x20
const TAB = 0x09
const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d

/** A container open at some point of the scan: `{` or `[`, and for an object the last key read in it. */
type OpenContainer = { c: number; key: string }

/**
 * Scans JSON text once and calls `onElement` with the 1-based line where each array element
 * starts and the containers open around it, outermost first (the array itself last). Keys are
 * read only in objects among the first `keyDepth` containers: deeper keys are not asked for, and
 * reading each would cost a parse in a large file. Assumes valid JSON.
 */
function scanArrayElements(text: string, keyDepth: number, onElement: (open: readonly OpenContainer[], line: number) => void): void {
  const open: OpenContainer[] = []
  let line = 1
  let expectValue = false
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === LF) {
      line++
      continue
    }
    if (c === SPACE || c === TAB || c === CR) continue
    if (expectValue && c !== CLOSE_BRACKET) onElement(open, line)
    expectValue = false
    if (c === QUOTE) {
      let j = i + 1
      while (j < n) {
        const d = text.charCodeAt(j)
        if (d === BACKSLASH) j += 2
        else if (d === QUOTE) break
        else j++
      }
      const top = open[open.length - 1]
      if (top !== undefined && top.c === BRACE && open.length <= keyDepth && /^\s*:/.test(text.slice(j + 1, j + 8))) {
        try {
          top.key = JSON.parse(text.slice(i, j + 1)) as string
        } catch {
          top.key = ''
        }
      }
      // Strings may hold escaped newlines only, so the line count stays right.
      i = j
      continue
    }
    if (c === BRACE || c === BRACKET) {
      open.push({ c, key: '' })
      expectValue = c === BRACKET
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) open.pop()
    else if (c === COMMA) expectValue = open[open.length - 1]?.c === BRACKET
  }
}

/**
 * The 1-based line where each element starts, for the top-level array (key `''`) and for each
 * array that is a value of the top-level object (by its key). Assumes valid JSON.
 *
 * @example
 * arrayElementLines('{"nodes": [\n {"id": "a"},\n {"id": "b"}]}').get('nodes') // [2, 3]
 */
export function arrayElementLines(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>()
  scanArrayElements(text, 1, (open, line) => {
    const owner = open.length === 1 ? '' : open.length === 2 && open[0]!.c === BRACE ? open[0]!.key : undefined
    if (owner === undefined) return
    const lines = out.get(owner)
    if (lines === undefined) out.set(owner, [line])
    else lines.push(line)
  })
  return out
}

/**
 * Parses JSON; on a syntax error pushes `malformed_json` at the line and column `JSON.parse`
 * names (Node 20: "... in JSON at position N", "... after JSON at position N") and returns undefined.
 */
export function parseJsonText(text: string, file: string, diagnostics: Diagnostic[]): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown }
  } catch (err) {
    // Python's json module writes a float NaN as a bare NaN (NetworkX's JSON of a node without
    // coordinates): no value, as `NaN` is in every topology format, so it is read as null.
    const nan = withoutNaN(text)
    if (nan !== undefined) {
      try {
        return { value: JSON.parse(nan) as unknown }
      } catch {
        // Not the only problem: the original text's error is reported below.
      }
    }
    const message = err instanceof Error ? err.message : String(err)
    // "after JSON at position N" for a second document after the first (a file saved twice).
    const m = / (?:in|after) JSON at position (\d+)/.exec(message)
    // A text cut short names no position: the problem is at its end.
    const end = m === null && /^Unexpected end of JSON input/.test(message)
    // A NaN or Infinity, which Python's json module writes by default for a float that is not finite,
    // where a number should be: Node 20 names no position for its unexpected token, and calls
    // -Infinity a minus sign without a number.
    const found = (m === null && !end && /^Unexpected token '[NI]'/.test(message)) || /^No number after minus sign/.test(message) ? specialNumberAt(text) : undefined
    const special = found !== undefined && (m === null || Math.abs(found.pos - Number(m[1])) <= 1) ? found : undefined
    let line = 1
    let column: number | undefined
    if (m !== null || end || special !== undefined) {
      const pos = special !== undefined ? special.pos : m !== null ? Number(m[1]) : text.length
      let lineStart = -1
      for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) {
        line++
        lineStart = i
      }
      column = pos - lineStart
    }
    const at = column === undefined ? { file, line } : { file, line, column }
    const problem = special !== undefined
      ? `${special.token} is no JSON value (Python's json module writes it for a number that is not finite): write null, or a number`
      : message.replace(/ (in|after) JSON at position \d+.*$/s, (_, where: string) => (where === 'after' ? ' after the end of the JSON document' : ''))
    diagnostics.push({ code: 'malformed_json', severity: 'error', at, problem })
    return undefined
  }
}

/** The JSON text with each bare `NaN` outside its strings written `null`; undefined when it has none. */
function withoutNaN(text: string): string | undefined {
  let found = false
  const out = text.replace(/"(?:[^"\\]|\\.)*"|\bNaN\b/g, (m) => {
    if (m !== 'NaN') return m
    found = true
    return 'null'
  })
  return found ? out : undefined
}

/** The first `NaN`, `Infinity` or `-Infinity` outside a string of a JSON text, and where it starts; undefined when there is none. */
function specialNumberAt(text: string): { token: string; pos: number } | undefined {
  const re = /"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)/g
  for (let m = re.exec(text); m !== null; m = re.exec(text)) if (m[1] !== undefined) return { token: m[1], pos: m.index }
  return undefined
}

/** True for a plain JSON object. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** A JSON id: a non-empty string, or a number written as a string; otherwise undefined. */
export function jsonId(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  return undefined
}

/**
 * The 1-based line where each element starts of the array at `path` (keys of nested objects from
 * the top: `['topology', 'nodes']`). Assumes valid JSON; empty when there is no such array.
 *
 * @example
 * arrayElementLinesAt('{"topology": {"nodes": [\n {"name": "R1"}]}}', ['topology', 'nodes']) // [2]
 */
export function arrayElementLinesAt(text: string, path: readonly string[]): number[] {
  const out: number[] = []
  scanArrayElements(text, path.length, (open, line) => {
    if (open.length === path.length + 1 && path.every((k, i) => open[i]!.c === BRACE && open[i]!.key === k)) out.push(line)
  })
  return out
}

/**
 * A JSON value as an `invalid_field` diagnostic shows it; a missing one is empty, as the XML readers
 * show a missing attribute (rather than "undefined").
 */
export function shownValue(v: unknown, options: { quoteStrings: boolean }): string {
  return v === undefined ? '' : showValue(v, options)
}
