/**
 * Counts in messages and reports, with the noun in the singular for exactly one: `1 device`,
 * `2 devices`, `1,204 devices`. Every count printed to people goes through these, so that no
 * message says "1 devices".
 */

/** The noun for `n` things: `singular` for exactly one, else `plural` (the singular with "s" by default). */
export function pluralOf(n: number, singular: string, plural = `${singular}s`): string {
  return n === 1 ? singular : plural
}

/**
 * A count with its noun, the count grouped by thousands as everywhere in the output.
 * @example
 * formatCount(1, 'device') // '1 device'
 * formatCount(1204, 'entry', 'entries') // '1,204 entries'
 */
export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${pluralOf(n, singular, plural)}`
}
