/**
 * A value read from user input, as a diagnostic shows it: a string as written (or as a JSON string
 * with `quoteStrings`), anything else as JSON, cut to `max` characters. A value nested too deeply
 * for `JSON.stringify` (possible in crafted input) is shown by its kind: the report of a bad
 * value must never be what crashes.
 */
export function showValue(value: unknown, options: { max?: number; quoteStrings?: boolean } = {}): string {
  const max = options.max ?? 80
  let s: string
  if (typeof value === 'string') s = options.quoteStrings === true ? JSON.stringify(value) : value
  // JSON has no infinities (YAML's .inf): it would show them as null.
  else if (typeof value === 'number' && !Number.isFinite(value)) s = String(value)
  else {
    try {
      s = JSON.stringify(value) ?? String(value)
    } catch {
      s = Array.isArray(value) ? '[a list nested too deeply to show]' : '{an object nested too deeply to show}'
    }
  }
  return s.length > max ? `${s.slice(0, max - 3)}...` : s
}
