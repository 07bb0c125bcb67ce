import { describe, expect, it } from 'vitest'
import { allocateSubsidy, compareSubsidyRules, ineligibleAfter, type SubsidyRequest } from './subsidy.js'
import * as lib from '../index.js'

/**
 * FCC Secure and Trusted Communications Networks Reimbursement Program: $1.9B appropriated against
 * $4.98B of need (FCC letter to Congress, 15 Jul 2022). Three made-up applicants share the $4.98B.
 */
const FCC_LIKE: SubsidyRequest[] = [
  { operator: 'carrier-a', requested: 1.19e9, candidates: [] },
  { operator: 'carrier-b', requested: 2.79e9, candidates: [] },
  { operator: 'carrier-c', requested: 1.0e9, candidates: [] },
]

/** Small hand-checked case: value per dollar is a 5, b1 2, b2 1, a2 0.5, c 0.1. */
const SMALL: SubsidyRequest[] = [
  { operator: 'op-a', requested: 30, candidates: [{ deviceId: 'a1', cost: 10, value: 50 }, { deviceId: 'a2', cost: 20, value: 10 }] },
  { operator: 'op-b', requested: 60, candidates: [{ deviceId: 'b1', cost: 20, value: 40 }, { deviceId: 'b2', cost: 40, value: 40 }] },
  { operator: 'op-c', requested: 10, candidates: [{ deviceId: 'c1', cost: 10, value: 1 }] },
]

describe('allocateSubsidy by proration', () => {
  it('gives every applicant 38.2 % when $4.98B is requested of a $1.9B fund', () => {
    const a = allocateSubsidy(1.9e9, FCC_LIKE, 'prorate')
    expect(a.factor).toBeCloseTo(0.3815, 4)
    expect(a.totals.granted).toBeCloseTo(1.9e9, 0)
    expect(a.operators.map((o) => o.share.toFixed(4))).toEqual(['0.3815', '0.3815', '0.3815'])
  })

  it('reproduces the FCC\'s 39.5 % from the Priority 1 figure ($4,640,284,672) and ~$1.833B allocated', () => {
    // The FCC prorated Priority 1 applicants only, against the fund net of administrative costs.
    const a = allocateSubsidy(1.833e9, [{ operator: 'priority-1', requested: 4_640_284_672, candidates: [] }], 'prorate')
    expect(a.factor).toBeCloseTo(0.395, 3)
  })

  it('pays 100 % once the fund covers all requests (the FY2025 NDAA added $3.08B)', () => {
    const a = allocateSubsidy(1.9e9 + 3.08e9, FCC_LIKE, 'prorate')
    expect(a.factor).toBe(1)
    expect(a.totals.unallocated).toBeCloseTo(0, 0)
    expect(allocateSubsidy(10e9, FCC_LIKE, 'prorate').totals.unallocated).toBeCloseTo(5.02e9, 0)
  })

  it('replaces the best value per dollar first within each grant', () => {
    const a = allocateSubsidy(50, SMALL, 'prorate') // factor 0.5: a 15, b 30, c 5
    expect(a.operators.map((o) => [o.operator, o.granted, o.replaced, o.cleaned, o.exposed])).toEqual([
      ['op-a', 15, ['a1'], 50, 10],
      ['op-b', 30, ['b1'], 40, 40],
      ['op-c', 5, [], 0, 1],
    ])
    expect(a.totals).toEqual({ requested: 100, granted: 50, unallocated: 0, cleaned: 90, exposed: 51 })
  })
})

describe('allocateSubsidy by impact', () => {
  it('funds the most value per dollar across operators until the fund runs out', () => {
    const a = allocateSubsidy(50, SMALL, 'impact')
    // a1 (10) + b1 (20) = 30; b2 (40) does not fit the 20 left; a2 (20) does; c1 no longer fits.
    expect(a.operators.map((o) => [o.operator, o.granted, o.replaced, o.cleaned, o.exposed])).toEqual([
      ['op-a', 30, ['a1', 'a2'], 60, 0],
      ['op-b', 20, ['b1'], 40, 40],
      ['op-c', 0, [], 0, 1],
    ])
    expect(a.totals).toMatchObject({ granted: 50, unallocated: 0, cleaned: 100, exposed: 41 })
    expect(a.factor).toBe(0.5)
  })

  it('never grants an operator more than it requested, and leaves money unallocated when nothing fits', () => {
    const a = allocateSubsidy(100, [{ operator: 'op', requested: 5, candidates: [{ deviceId: 'x', cost: 10, value: 9 }] }], 'impact')
    expect(a.operators[0]).toMatchObject({ granted: 0, replaced: [], exposed: 9 })
    expect(a.totals.unallocated).toBe(100)
  })

  it('funds free replacements first and breaks ties by device id', () => {
    const a = allocateSubsidy(1, [{ operator: 'op', requested: 2, candidates: [
      { deviceId: 'z', cost: 1, value: 1 }, { deviceId: 'y', cost: 1, value: 1 }, { deviceId: 'free', cost: 0, value: 0 },
    ] }], 'impact')
    expect(a.operators[0]!.replaced).toEqual(['free', 'y'])
  })
})

describe('compareSubsidyRules', () => {
  it('shows both rules side by side per operator', () => {
    const c = compareSubsidyRules(50, SMALL)
    expect(c.operators).toEqual([
      { operator: 'op-a', prorate: { granted: 15, cleaned: 50, exposed: 10 }, impact: { granted: 30, cleaned: 60, exposed: 0 } },
      { operator: 'op-b', prorate: { granted: 30, cleaned: 40, exposed: 40 }, impact: { granted: 20, cleaned: 40, exposed: 40 } },
      { operator: 'op-c', prorate: { granted: 5, cleaned: 0, exposed: 1 }, impact: { granted: 0, cleaned: 0, exposed: 1 } },
    ])
    expect(c.impact.totals.exposed).toBeLessThan(c.prorate.totals.exposed)
  })

  it('rejects bad input with stable codes', () => {
    expect(() => allocateSubsidy(-1, SMALL, 'prorate')).toThrow(expect.objectContaining({ code: 'usage' }))
    expect(() => allocateSubsidy(1, SMALL, 'lottery' as 'prorate')).toThrow(expect.objectContaining({ code: 'usage' }))
    expect(() => allocateSubsidy(1, [...SMALL, SMALL[0]!], 'impact')).toThrow(expect.objectContaining({ code: 'input_invalid' }))
    expect(() => allocateSubsidy(1, [{ operator: 'x', requested: 1, candidates: [{ deviceId: 'd', cost: Number.NaN, value: 1 }] }], 'impact'))
      .toThrow(expect.objectContaining({ code: 'input_invalid' }))
  })
})

describe('ineligibleAfter', () => {
  // The FCC reimburses covered equipment obtained on or before 2020-06-30 (FCC, Secure and Trusted
  // Communications Networks Reimbursement Program; reported by Converge Digest, 27 Sep 2021).
  const FCC_CUTOFF = '2020-06-30'
  it('tells a device dated after the cutoff ineligible, by day, month or year, and one that may have been obtained by then eligible', () => {
    expect(['2020-07-01', '2020-07', '2021'].map((d) => ineligibleAfter(d, FCC_CUTOFF))).toEqual([true, true, true])
    expect(['2020-06-30', '2020-06', '2020', '2019-12-31'].map((d) => ineligibleAfter(d, FCC_CUTOFF))).toEqual([false, false, false, false])
  })

  it('refuses a date written otherwise with a usage error, where the dates compared as text gave an answer', () => {
    for (const [date, cutoff, message] of [
      ['2021', '06/30/2020', 'plan/ineligibleAfter: the cutoff "06/30/2020" is not a date'],
      ['30/06/2021', FCC_CUTOFF, 'plan/ineligibleAfter: the device\'s date "30/06/2021" is not an ISO date'],
    ] as const) {
      const error = (() => { try { lib.ineligibleAfter(date, cutoff) } catch (e) { return e } })()
      expect(error).toBeInstanceOf(lib.TrustpathError)
      expect(error).toMatchObject({ code: 'usage', message })
    }
  })
})
