import { TrustpathError } from '../errors.js'
import { partialDate, partialDateSpan, suggestDate } from '../util/dates.js'

/** Parses a --now / --at date (yyyy-mm-dd) into a Date at midnight UTC. */
export function parseDateOption(value: string, option: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined
  if (date === undefined || date.toISOString().slice(0, 10) !== value) {
    // A layout that reads one way only (30.06.2020, 2020/06/30) is told as the date it means, as in a policy.
    const meant = suggestDate(value)
    // A year or a month alone is not a day; which day is meant (its first, its last) is the user's to say.
    const partial = partialDate(value)
    if (partial !== undefined) {
      const [first, last] = partialDateSpan(partial)
      throw new TrustpathError('usage', `${option}: "${value}" is ${partial.month === undefined ? 'a year' : 'a month'}, not a day`,
        { hint: `Write the day as YYYY-MM-DD: ${first} for the start of it, ${last} for its end.` })
    }
    throw new TrustpathError('usage', `${option}: "${value}" is not a date`, { hint: meant !== undefined ? `Write it as ${meant}.` : 'Write it as YYYY-MM-DD, e.g. 2026-12-31.' })
  }
  return date
}
