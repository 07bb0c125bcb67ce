import { describe, expect, it } from 'vitest'
import { deadlinePhase, parseBudgets, parseMoney, parsePhases, phaseOf } from './phases.js'
import type { TrustpathError } from '../errors.js'

const ids = (spec: string): string[] => parsePhases(spec).map((p) => p.id)
const usage = expect.objectContaining({ name: 'TrustpathError', code: 'usage' })

describe('parsePhases', () => {
  it('reads years, year ranges, quarters and quarter ranges', () => {
    expect(ids('2026,2027,2028,2029')).toEqual(['2026', '2027', '2028', '2029'])
    expect(ids('2026-2029')).toEqual(['2026', '2027', '2028', '2029'])
    expect(ids('2026..2027')).toEqual(['2026', '2027'])
    expect(ids('2026-Q1, 2026q2')).toEqual(['2026-Q1', '2026-Q2'])
    expect(ids('2026Q3..2027Q2')).toEqual(['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2'])
  })

  it('gives each phase its first and last day', () => {
    expect(parsePhases('2026')[0]).toEqual({ id: '2026', start: '2026-01-01', end: '2026-12-31' })
    expect(parsePhases('2026-Q2,2026-Q4').map((p) => [p.start, p.end])).toEqual([['2026-04-01', '2026-06-30'], ['2026-10-01', '2026-12-31']])
  })

  it('reads a phase with hundreds of thousands of blanks in it at once (splitting it was quadratic: at this length it would outlast the time limit of a test by far)', () => {
    expect(ids(`Q1${' '.repeat(1_000_000)}2026`)).toEqual(['2026-Q1'])
    expect(ids(`2026${' '.repeat(400_000)}..2027`)).toEqual(['2026', '2027'])
  })

  it('sorts phases by start', () => {
    expect(ids('2028,2026')).toEqual(['2026', '2028'])
  })

  it('rejects bad parts, mixes, repeats and backward ranges with a usage error', () => {
    for (const bad of ['', '2026,,2027', '26', '2026-Q5', '2026,2026-Q1', '2026,2026', '2029-2026', '2026-20000', '1000-9999']) {
      expect(() => parsePhases(bad), bad).toThrow(usage)
    }
    try {
      parsePhases('2026,next-year')
    } catch (e) {
      expect((e as Error).message).toContain('"next-year"')
      expect((e as { hint?: string }).hint).toContain('--phases 2026-2029')
    }
  })
})

describe('parsePhases, as documents write phases', () => {
  it('reads a range with an en dash, quarters written quarter first, and a quarter range with a hyphen', () => {
    const ids = (spec: string): string[] => parsePhases(spec).map((p) => p.id)
    expect(ids('2026–2029')).toEqual(['2026', '2027', '2028', '2029'])
    expect(ids('Q1 2026,Q2 2026')).toEqual(['2026-Q1', '2026-Q2'])
    expect(ids('Q3/2026..Q2 2027')).toEqual(['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2'])
    expect(ids('2026Q3-2027Q1')).toEqual(['2026-Q3', '2026-Q4', '2027-Q1'])
    expect(() => parsePhases('Phase 1')).toThrow('--phases: "Phase 1" is not a year, a quarter or a range of them.')
    expect(parseBudgets(['Q3 2026=1M'], parsePhases('Q3 2026,Q4 2026'), []).shared).toEqual({ '2026-Q3': 1e6, '2026-Q4': 0 })
  })
})

describe('parseBudgets', () => {
  const phases = parsePhases('2026-2029')
  const networks = ['op-de', 'op-fr']

  it('reads one shared budget for every phase', () => {
    expect(parseBudgets(['5000000'], phases, networks)).toEqual({
      carryOver: false,
      shared: { 2026: 5e6, 2027: 5e6, 2028: 5e6, 2029: 5e6 },
    })
  })

  it('says to give an every-phase amount beside phases\' amounts in a --budget of its own, where it said only that the amount had no "="', () => {
    // Every year $1.2M but 2028, when nothing may be spent.
    for (const [spec, hint] of [['1.2M,2028=0', '--budget 1.2M --budget 2028=0'], ['op-de:2026=3M,1.2M', '--budget op-de:1.2M --budget op-de:2026=3M']] as const) {
      const error = (() => { try { parseBudgets([spec], phases, networks) } catch (e) { return e as TrustpathError } })()
      expect(error?.code).toBe('usage')
      expect(error?.hint).toBe(`An amount for every phase goes in a --budget of its own, and the phases' amounts override it: ${hint}.`)
    }
    expect(parseBudgets(['1.2M', '2028=0'], phases, networks).shared).toEqual({ 2026: 1.2e6, 2027: 1.2e6, 2028: 0, 2029: 1.2e6 })
  })

  it('tells an amount whose thousands a space groups (--budget 400 000), which the shell splits in two, rather than "000" given twice', () => {
    const error = (() => { try { parseBudgets(['400', '000'], phases, networks) } catch (e) { return e as TrustpathError } })()
    expect([error?.code, error?.message, error?.hint]).toEqual(['usage', '--budget 400 000: the space splits one amount in two, as the shell passes it.',
      'Write it without the space (400000), or quote the whole budget.'])
    const phase = (() => { try { parseBudgets(['2027=1', '500'], phases, networks) } catch (e) { return e as TrustpathError } })()
    expect(phase?.hint).toBe('Write it without the space (1500), or quote the whole budget.')
  })

  it('reads budgets per phase, leaving unlisted phases at 0', () => {
    expect(parseBudgets(['2026=4000000,2027=6000000'], phases, networks).shared).toEqual({ 2026: 4e6, 2027: 6e6, 2028: 0, 2029: 0 })
  })

  it('reads budgets per operator, with suffixes, and carry-over', () => {
    expect(parseBudgets(['op-de:2026=3M', 'op-fr:1.5M', '10M'], phases, networks, { carryOver: true })).toEqual({
      carryOver: true,
      shared: { 2026: 1e7, 2027: 1e7, 2028: 1e7, 2029: 1e7 },
      byNetwork: {
        'op-de': { 2026: 3e6, 2027: 0, 2028: 0, 2029: 0 },
        'op-fr': { 2026: 1.5e6, 2027: 1.5e6, 2028: 1.5e6, 2029: 1.5e6 },
      },
    })
  })

  it('says that the word after an amount written with a space (--budget 5 M) is no amount, rather than a second budget', () => {
    for (const [specs, word] of [[['5', 'M'], 'M'], [['5', 'millions'], 'millions']] as const) {
      const err = (() => { try { parseBudgets(specs, phases, networks) } catch (e) { return e as TrustpathError } })()
      expect(err?.code).toBe('usage')
      expect(err?.message).toBe(`--budget ${word}: "${word}" is not an amount.`)
    }
    expect(() => parseBudgets(['5M', '6M'], phases, networks)).toThrow('--budget 6M: an every-phase budget for all operators was already given.')
  })

  it('lets a per-phase budget override an every-phase budget of the same scope', () => {
    expect(parseBudgets(['2026=4M', '5M'], phases, networks).shared).toEqual({ 2026: 4e6, 2027: 5e6, 2028: 5e6, 2029: 5e6 })
  })

  it('reads quarter phases written either way', () => {
    const q = parsePhases('2026-Q1..2026-Q2')
    expect(parseBudgets(['2026Q1=1k,2026-q2=2k'], q, []).shared).toEqual({ '2026-Q1': 1000, '2026-Q2': 2000 })
  })

  it('names the bad part of a budget with a usage error', () => {
    const cases: [string[], string][] = [
      [['lots'], '"lots"'],
      [['2030=1'], '"2030"'],
      [['op-xx:1'], '"op-xx"'],
      [['2026=1,2026=2'], 'phase 2026'],
      [['1', '2'], 'every-phase'],
      [['2026'], ''],
      [['2026:4'], '"2026"'],
      [[''], 'empty'],
    ]
    for (const [specs, part] of cases) {
      let error: unknown
      try {
        parseBudgets(specs, phases, networks)
      } catch (e) {
        error = e
      }
      expect(error, specs.join(' ')).toEqual(usage)
      expect((error as Error).message, specs.join(' ')).toContain(part)
    }
  })

  it('asks for the colon of an operator network\'s budget written with "=" (op-de=3M), and gives the examples otherwise', () => {
    const hintOf = (spec: string) => {
      try {
        parseBudgets([spec], phases, networks)
      } catch (e) {
        return (e as { hint?: string }).hint
      }
      return undefined
    }
    expect(hintOf('op-de=3M')).toBe('An operator network\'s budget is written with a colon: op-de:3M (every phase) or op-de:2026=3M (one phase).')
    expect(hintOf('2030=3M')).toMatch(/^Examples: /)
    expect(hintOf('op-de:fy26=3M')).toMatch(/^Examples: /)
  })

  it('rejects a comma that is not a thousands separator instead of reading "1,5M" as 15M, and says what to write', () => {
    for (const spec of ['1,5M', '2,75', '2026=1,5M', 'op-de:1,5M', '1,50,000']) {
      expect(() => parseBudgets([spec], phases, networks), spec).toThrow(usage)
    }
    let error: { message: string; hint?: string } | undefined
    try {
      parseBudgets(['1,5M'], phases, networks)
    } catch (e) {
      error = e as typeof error
    }
    expect(error!.message).toContain('"1,5M"')
    expect(error!.hint).toBe('Write "1.5M" or "1500000" if you mean 1,500,000.')
    expect(parseMoney('1,5M')).toBeUndefined()
    expect(parseMoney('2,75')).toBeUndefined()
  })

  it('refuses 300.000 as a budget, which was read as $300 where a German or Italian planner means 300,000', () => {
    let error: { message: string; hint?: string } | undefined
    try {
      parseBudgets(['2026=300.000'], phases, networks)
    } catch (e) {
      error = e as typeof error
    }
    expect(error).toMatchObject({ code: 'usage' })
    expect(error!.message).toBe('--budget 2026=300.000: "300.000" may be 300,000 (a dot grouping thousands) or 300 (a decimal point): it is not read either way.')
    expect(error!.hint).toBe('Write "300000" or "300k" if you mean 300,000.')
    expect(() => parseBudgets(['1.500.000'], phases, networks)).toThrow(expect.objectContaining({ hint: 'Write "1500000" or "1.5M" if you mean 1,500,000.' }))
    expect(parseMoney('1.500.000')).toBeUndefined()
    expect(parseMoney('1.500M')).toBe(1_500_000)
    expect(parseMoney('300.00')).toBe(300)
    expect(parseMoney('0.125')).toBe(0.13)
  })

  it('says that a budget in euros is in another currency, where it said only that it was not an amount, and reads one in USD', () => {
    expect(() => parseBudgets(['€300k'], phases, networks)).toThrow('--budget €300k: "€300k" is in €: amounts are US dollars.')
    expect(() => parseBudgets(['2026=3M EUR'], phases, networks)).toThrow('"3M EUR" is in EUR: amounts are US dollars.')
    expect(parseMoney('300k USD')).toBe(300_000)
    expect(parseMoney('US$ 1,500,000')).toBe(1_500_000)
  })

  it('finds an operator network whatever the case, as the topology file names it (Abilene for abilene)', () => {
    expect(parseBudgets(['OP-DE:2026=3M'], phases, networks).byNetwork).toEqual({ 'op-de': { 2026: 3e6, 2027: 0, 2028: 0, 2029: 0 } })
    expect(() => parseBudgets(['op-x:3M'], phases, networks)).toThrow(usage)
  })

  it('tells a phase written with a colon (2026: 1M) or phases parted by semicolons to be written 2026=1M,2027=2M', () => {
    expect(() => parseBudgets(['2026: 1M'], phases, networks)).toThrow(expect.objectContaining({
      message: '--budget 2026: 1M: "2026" is a phase, and a colon follows an operator network.', hint: 'Write 2026=1M for the phase (op-de:2026=1M for one operator\'s).',
    }))
    expect(() => parseBudgets(['2026=1M;2027=2M'], phases, networks)).toThrow(expect.objectContaining({ hint: 'Write 2026=1M,2027=2M.' }))
  })

  it('says why a negative amount or one in exponent notation is refused', () => {
    expect(() => parseBudgets(['-5M'], phases, networks)).toThrow(/"-5M" is not an amount: an amount cannot be negative\./)
    expect(() => parseBudgets(['2026=1e6'], phases, networks)).toThrow(/"1e6" is not an amount: write it in digits/)
    expect(parseMoney('1e6')).toBeUndefined()
  })

  it('keeps thousands separators valid, also in per-phase budgets', () => {
    expect(parseMoney('1,500,000')).toBe(1_500_000)
    expect(parseMoney('$1,200,000.50')).toBe(1_200_000.5)
    expect(parseMoney('1,500k')).toBe(1_500_000)
    expect(parseBudgets(['1,500,000'], phases, networks).shared![2026]).toBe(1_500_000)
    expect(parseBudgets(['2026=1,500,000,2027=2,000,000'], phases, networks).shared).toEqual({ 2026: 1.5e6, 2027: 2e6, 2028: 0, 2029: 0 })
  })

  it('tells to budget per quarter when a year is given for quarter phases', () => {
    expect(() => parseBudgets(['2026=1'], parsePhases('2026-Q1'), [])).toThrow(expect.objectContaining({ hint: expect.stringContaining('quarters') }))
  })
})

describe('deadlinePhase and phaseOf', () => {
  const phases = parsePhases('2026-2029')

  it('picks the last phase that ends on or before the deadline', () => {
    expect(deadlinePhase('2026-12-31', phases)).toBe(0)
    expect(deadlinePhase('2027-01-01', phases)).toBe(0)
    expect(deadlinePhase('2029-06-30', phases)).toBe(2)
    expect(deadlinePhase('2029-12-31', phases)).toBe(3)
    expect(deadlinePhase('2035-01-01', phases)).toBe(3)
  })

  it('puts a deadline before the first phase ends (a prohibition) in the first phase', () => {
    expect(deadlinePhase('2020-01-01', phases)).toBe(0)
    expect(deadlinePhase('2026-06-30', phases)).toBe(0)
  })

  it('finds the phase containing a date', () => {
    expect(phaseOf('2027-05-03', phases)).toBe(1)
    expect(phaseOf('2031-01-01', phases)).toBeUndefined()
    expect(phaseOf('2026-08-15', parsePhases('2026Q1..2026Q4'))).toBe(2)
  })

  it('rejects a date that is not YYYY-MM-DD or does not exist', () => {
    expect(() => deadlinePhase('end of 2026', phases)).toThrow(usage)
    expect(() => phaseOf('2026-02-30', phases)).toThrow(usage)
    expect(() => deadlinePhase('2026-12-31', [])).toThrow(usage)
  })
})
