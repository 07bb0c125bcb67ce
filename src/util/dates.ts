/** English month names and their abbreviations, by month number (1-based, as written in a date). */
const MONTHS: ReadonlyMap<string, string> = new Map([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
].flatMap((name, i) => {
  const mo = String(i + 1)
  return [[name, mo], [name.slice(0, 3), mo], ...(name === 'september' ? [['sept', mo]] : [])] as [string, string][]
}))

/**
 * Whether `text` is a day, month or year of the calendar written yyyy-mm-dd, yyyy-mm or yyyy (after
 * `../` when `bought` allows it): `2019-13-45` and `2019-02-30` are of the form but name no day,
 * and compared as text they would fall after every real day of 2019.
 */
export function isCalendarDate(text: string, bought = false): boolean {
  const m = /^(?:\.\.\/)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text)
  if (m === null || (!bought && text.startsWith('../'))) return false
  if (m[2] === undefined) return true
  const month = Number(m[2])
  if (month < 1 || month > 12) return false
  if (m[3] === undefined) return true
  const day = Number(m[3])
  return day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate()
}

/**
 * A date written in another common layout, as YYYY-MM-DD, when it reads one way only: 31.12.2026
 * (day first), 2026/12/31, 2026-1-5, 20261231, 2026-12-31T00:00:00Z (the date as written). 12/31/2026
 * and 31/12/2026 are read only when the day is above 12; 01/02/2026 is left alone. A month written
 * in English words reads one way: "March 12, 2021" (the FCC Covered List's dates), "31 December
 * 2023" (the UK's direction for Huawei), "Dec 31 2027".
 */
export function suggestDate(value: unknown): string | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  let ymd: [string, string, string] | undefined
  let m: RegExpExecArray | null
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text)) && MONTHS.has(m[2]!.toLowerCase())) {
    ymd = [m[3]!, MONTHS.get(m[2]!.toLowerCase())!, m[1]!]
  } else if ((m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text)) && MONTHS.has(m[1]!.toLowerCase())) {
    ymd = [m[3]!, MONTHS.get(m[1]!.toLowerCase())!, m[2]!]
  } else if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text))) ymd = [m[1]!, m[2]!, m[3]!]
  else if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(text))) ymd = [m[1]!, m[2]!, m[3]!]
  else if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text))) ymd = [m[3]!, m[2]!, m[1]!]
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text))) {
    const [a, b] = [Number(m[1]), Number(m[2])]
    if (a > 12 && b <= 12) ymd = [m[3]!, m[2]!, m[1]!]
    else if (b > 12 && a <= 12) ymd = [m[3]!, m[1]!, m[2]!]
  }
  if (ymd === undefined) return undefined
  const [y, mo, d] = ymd
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`
  const date = new Date(`${iso}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) && iso !== text ? iso : undefined
}

/**
 * A year alone (2019) or a year and month written where a day is expected, as its parts; undefined
 * for anything else. The month may be written 2019-06, 2019/06, 06/2019, 6.2019, Jun 2019, June 2019
 * or 2019年6月 (a year alone: 2019年), as asset tools' purchase dates often are. Such a value is not
 * a day (its first? its last?): a reader keeps it as the year or month it is.
 */
export function partialDate(value: unknown): { year: string; month?: string } | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  let m: RegExpExecArray | null
  let year: string
  let month: string | undefined
  if ((m = /^(\d{4})(?:[-/.](\d{1,2}))?$/.exec(text)) || (m = /^(\d{4})年(?:\s*(\d{1,2})月)?$/.exec(text))) [year, month] = [m[1]!, m[2]]
  else if ((m = /^(\d{1,2})[/.-](\d{4})$/.exec(text))) [year, month] = [m[2]!, m[1]]
  else if ((m = /^([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text)) && MONTHS.has(m[1]!.toLowerCase())) [year, month] = [m[2]!, MONTHS.get(m[1]!.toLowerCase())]
  else return undefined
  if (month === undefined) return { year }
  const n = Number(month)
  return n >= 1 && n <= 12 ? { year, month: String(n).padStart(2, '0') } : undefined
}

/** The first and last days of a year or a month given by `partialDate`, as YYYY-MM-DD. */
export function partialDateSpan(p: { year: string; month?: string }): [string, string] {
  if (p.month === undefined) return [`${p.year}-01-01`, `${p.year}-12-31`]
  const last = new Date(Date.UTC(Number(p.year), Number(p.month), 0)).getUTCDate()
  return [`${p.year}-${p.month}-01`, `${p.year}-${p.month}-${String(last).padStart(2, '0')}`]
}

/**
 * The year or month that holds both a date and one of the bounds of a relation, either known only
 * to the year or month (`2020` for a device of 2020 and a sale on 2020-11-17; `2020` for a device
 * of 2020-05-01 and a sale "until 2020"); undefined when neither holds the other.
 */
export function sharedPeriod(at: string, bounds: readonly (string | undefined)[]): string | undefined {
  for (const b of bounds) {
    if (b === undefined || b.length === at.length) continue
    const [short, long] = b.length < at.length ? [b, at] : [at, b]
    if (long.startsWith(short)) return short
  }
  return undefined
}

/**
 * How long before it was bought or installed a device is taken to have been made, in years. Network
 * equipment, cameras and phones are sold within months of being made, and stock a distributor held
 * a year or two longer still falls inside: an Honor phone bought in February 2021 may have been made
 * under Huawei (before 2020-11-17), one bought in 2023 was not, and an H3C switch bought in 2017 was
 * not made in Huawei's years (2003 to 2007). Without a bound every change of owner before the purchase
 * was left undecided, and each such device of a fleet was a warning to confirm.
 */
export const MADE_WITHIN_YEARS_BEFORE_PURCHASE = 2

/**
 * The first and last days of a date as YYYY-MM-DD: a day is both; a year (`2019`) or a month
 * (`2019-03`) alone gives its first and last days; a date bought or installed (`../2021-02-01`, see
 * `deviceDate`) gives the day `MADE_WITHIN_YEARS_BEFORE_PURCHASE` years before it
 * (2019-02-01) as its first.
 */
export function dateSpan(at: string): [string, string] {
  if (at.startsWith('../')) {
    const [first, last] = dateSpan(at.slice(3))
    return [`${String(Number(first.slice(0, 4)) - MADE_WITHIN_YEARS_BEFORE_PURCHASE).padStart(4, '0')}${first.slice(4)}`, last]
  }
  if (at.length >= 10) return [at, at]
  const [year, month] = at.split('-') as [string, string | undefined]
  return partialDateSpan(month === undefined ? { year } : { year, month })
}

/**
 * The date a device is attributed at, as `groupOf` reads it: its date of manufacture, or, when it
 * is the date it was bought or installed, the years up to that date (`../2021-02-01`, which
 * `dateSpan` reads as made in the `MADE_WITHIN_YEARS_BEFORE_PURCHASE` years before it); `fallback` (identify's `at`) when it has none.
 */
export function deviceDate(device: { manufactured?: string; dateKind?: 'purchased' }, fallback: string | undefined): string | undefined {
  if (device.manufactured === undefined) return fallback
  return device.dateKind === 'purchased' ? `../${device.manufactured}` : device.manufactured
}

/**
 * The bound of a relation that a date bought or installed (`bought`) falls after, so that the device
 * may have been made before or after it: the latest bound on or before it and in the
 * `MADE_WITHIN_YEARS_BEFORE_PURCHASE` years before it, unless the two share a year or month
 * (`sharedPeriod` says that case). Undefined when none is.
 */
export function boundBoughtAfter(bought: string, bounds: readonly (string | undefined)[]): string | undefined {
  if (sharedPeriod(bought, bounds) !== undefined) return undefined
  const [first, last] = dateSpan(`../${bought}`)
  let after: string | undefined
  for (const b of bounds) if (b !== undefined && dateSpan(b)[1] <= last && dateSpan(b)[1] >= first && (after === undefined || b > after)) after = b
  return after
}

/**
 * Why a date bought or installed after a change of owner does not decide it: `the device was bought
 * or installed on 2021-02-01, after 2020-11-17, and the inventory gives no date of manufacture:
 * made in the 2 years before that, before or after 2020-11-17, not decided`.
 */
export function formatBoughtAfter(bought: string, bound: string): string {
  return `the device was bought or installed ${bought.length >= 10 ? 'on' : 'in'} ${bought}, after ${bound}, and the inventory gives no date of manufacture: ` +
    `made in the ${MADE_WITHIN_YEARS_BEFORE_PURCHASE} years before that, before or after ${bound}, not decided`
}

/**
 * The bound of a relation that a date shares a year or month with, in words, for a relation with
 * both bounds: `its start, 2018-02-06,` (a Lorex camera of 2018 and Dahua's purchase of Lorex) or
 * `its end, 2020-11-17,`; `that change` for a relation with one bound.
 */
export function formatSharedBound(at: string, from: string | undefined, until: string | undefined): string {
  if (from === undefined || until === undefined) return 'that change'
  return sharedPeriod(at, [from]) !== undefined ? `its start, ${from},` : `its end, ${until},`
}
