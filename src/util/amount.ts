/**
 * Numbers as a spreadsheet writes them into a CSV file: with thousands separators in either
 * convention (`1,250,000.50`, `1.250.000,50`, `1 250 000,50`, `1'250'000.50`), with a decimal
 * comma (`50,25`) and, for money, a dollar sign or code (`$150,000`, `150000 USD`). Which mark is
 * the decimal one is told from the text alone:
 *
 * - both `,` and `.` appear: the last one is the decimal mark, the other groups thousands;
 * - one of them appears more than once: it groups thousands (`1.234.567`);
 * - one of them appears once: it is the decimal mark, unless exactly three digits follow it after a
 *   group of one to three digits (`150.000`, `1,000`). Money has cents, not thousandths, so an
 *   amount then reads it as a thousands separator; a quantity (a flow's volume) may have three
 *   decimals, so a comma there is refused as ambiguous and a dot stays the decimal point, as before.
 *
 * A group that does not have three digits (`1,50,000`), a sign, or another currency is refused with
 * the reason, never read as some other number.
 */

/** What `parseWrittenNumber` read: a number, or why the text is none. */
export type WrittenNumber =
  | { value: number }
  | { problem: 'empty' }
  | { problem: 'negative' }
  /** An amount in another currency than the US dollar (`€`, `EUR`, `£`...); `currency` as written. */
  | { problem: 'currency'; currency: string }
  /** `1,000` as a quantity: a thousand, or one with a decimal comma. */
  | { problem: 'ambiguous'; readings: [number, number] }
  | { problem: 'not_number' }

/** Options of `parseWrittenNumber`. */
export type ParseWrittenNumberOptions = {
  /**
   * An amount of US dollars: a `$`, `US$` or `USD` is allowed, so are `k`, `M` and `B` suffixes as
   * in `--budget`, and one separator before exactly three digits groups thousands.
   * @default false
   */
  money?: boolean
}

/**
 * The dollar sign or code before or after an amount. Blanks between it and the number are trimmed
 * apart: `\s*` before a pattern anchored at the end was tried from every blank of a long run of
 * them, and a cell of 40,000 spaces took seconds.
 */
const DOLLAR_BEFORE = /^(?:US\s?\$|\$|USD)\s*/i
const DOLLAR_AFTER = /(?:US\s?\$|\$|USD)$/i
/** ISO 4217 codes a sheet may write beside an amount (USD among them, which money allows). */
const CODES = 'USD|EUR|GBP|CHF|JPY|CNY|RMB|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|RON|BGN|TRY|INR|KRW|BRL|MXN|ZAR|SGD|HKD|TWD|ILS|AED|SAR|RUB|UAH'
/** Signs and codes of other currencies, at either end of the amount. */
const OTHER_CURRENCY = new RegExp(`^(?:[€£¥₹₩₽₺₪฿]|(?:${CODES})(?=[\\s\\d]))|(?:[€£¥₹₩₽₺₪฿]|(?<=[\\d\\s])(?:${CODES}))$`, 'i')
/** Spaces and apostrophes that group thousands (French and Swiss spreadsheets). */
const GROUP_SPACES = /[\s\u00a0\u202f'’_]/g
const SUFFIX: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, b: 1e9 }

/** Whether `digits` split by `mark` are thousands groups: a first group of 1-3 digits (not a lone 0), then groups of three. */
function isGrouped(text: string, mark: string): boolean {
  const groups = text.split(mark)
  return /^[1-9]\d{0,2}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g))
}

/**
 * Reads a number written in a spreadsheet cell (see the module comment for which mark is which).
 * @example
 * parseWrittenNumber('$1,250,000', { money: true }) // { value: 1250000 }
 * parseWrittenNumber('1.000,5') // { value: 1000.5 }
 * parseWrittenNumber('150.000', { money: true }) // { value: 150000 }
 * parseWrittenNumber('250 000 €', { money: true }) // { problem: 'currency', currency: '€' }
 */
export function parseWrittenNumber(text: string, options: ParseWrittenNumberOptions = {}): WrittenNumber {
  let s = text.trim()
  if (s === '') return { problem: 'empty' }
  const other = OTHER_CURRENCY.exec(s)
  if (other !== null && !(options.money === true && /^USD$/i.test(other[0]))) return { problem: 'currency', currency: other[0] }
  if (options.money === true) {
    // One sign or code, the one before the number if there is one, as written.
    const before = DOLLAR_BEFORE.exec(s)
    const after = before === null ? DOLLAR_AFTER.exec(s) : null
    if (before !== null) s = s.slice(before[0].length)
    else if (after !== null) s = s.slice(0, after.index).trimEnd()
  }
  if (/^[-−(]/.test(s)) return { problem: 'negative' }
  let multiplier = 1
  if (options.money === true) {
    const suffix = /[kmb]$/i.exec(s)
    const number = suffix === null ? '' : s.slice(0, suffix.index).trimEnd()
    if (suffix !== null && /\d/.test(number)) {
      multiplier = SUFFIX[suffix[0].toLowerCase()]!
      s = number
    }
  }
  s = s.replace(/^\+/, '').replace(GROUP_SPACES, '')
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) {
    // `1e3` and `.5` as a program writes them.
    const n = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(s) ? Number(s) : Number.NaN
    return Number.isFinite(n) ? { value: n * multiplier } : { problem: 'not_number' }
  }
  const commas = s.split(',').length - 1
  const dots = s.split('.').length - 1
  let integer: string
  let fraction = ''
  if (commas > 0 && dots > 0) {
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.'
    const group = decimal === ',' ? '.' : ','
    const at = s.lastIndexOf(decimal)
    integer = s.slice(0, at)
    fraction = s.slice(at + 1)
    if (integer.includes(decimal) || !isGrouped(integer, group)) return { problem: 'not_number' }
    integer = integer.split(group).join('')
  } else if (commas + dots > 1) {
    const mark = commas > 0 ? ',' : '.'
    if (!isGrouped(s, mark)) return { problem: 'not_number' }
    integer = s.split(mark).join('')
  } else if (commas + dots === 1) {
    const mark = commas > 0 ? ',' : '.'
    const [before, after] = s.split(mark) as [string, string]
    if (isGrouped(s, mark)) {
      const grouped = Number(before + after)
      const decimal = Number(`${before}.${after}`)
      if (options.money === true) return { value: grouped * multiplier }
      if (mark === ',') return { problem: 'ambiguous', readings: [grouped, decimal] }
    }
    integer = before
    fraction = after
  } else integer = s
  const value = Number(fraction === '' ? integer : `${integer}.${fraction}`) * multiplier
  return { value: options.money === true ? Math.round(value * 100) / 100 : value }
}

/**
 * What a cell should hold instead, for the `expected` of an `invalid_field` diagnostic about a
 * number `parseWrittenNumber` refused; `what` says what the number is (`an amount in US dollars`).
 */
export function expectedInstead(result: Exclude<WrittenNumber, { value: number }>, what: string, examples = '250000, 250,000.50 or 250.000,50'): string {
  switch (result.problem) {
    case 'empty': return `${what}; the cell is empty (write 0 if there is none)`
    case 'negative': return `${what}; this one is negative`
    case 'currency': return `${what}; this one is in ${result.currency}: convert it`
    case 'ambiguous': {
      const [grouped, decimal] = result.readings
      return `${what}; the comma may group thousands (${grouped}) or be a decimal comma (${decimal}): write ${grouped} or ${decimal}`
    }
    case 'not_number': return `${what}, such as ${examples}`
  }
}
