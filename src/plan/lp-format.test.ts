import { describe, expect, it } from 'vitest'
import { formatLp, toLpNames } from './lp-format.js'
import { ProgramBuilder } from './program.js'

describe('formatLp', () => {
  it('writes objective, rows, bounds and integers in CPLEX LP format', () => {
    const b = new ProgramBuilder('max')
    const x = b.binary('x[core-1,2026]', 3)
    const y = b.continuous('s[0,2026]', 0, 1, 2.5)
    b.row('budget[all,2026]', [{ var: x, coef: 120 }], { hi: 100 })
    b.row('s<=x', [{ var: y, coef: 1 }, { var: x, coef: -1 }], { hi: 0 })
    b.row('range', [{ var: y, coef: 1 }], { lo: 0.25, hi: 0.75 })
    expect(formatLp(b.build())).toMatchInlineSnapshot(`
      "\\ 2 variables, 3 rows
      Maximize
       obj: 3 x_core_1_2026_ + 2.5 s_0_2026_ 
      Subject To
       budget_all_2026_: 120 x_core_1_2026_ <= 100
       s__x: s_0_2026_ - x_core_1_2026_ <= 0
       range_lo: s_0_2026_ >= 0.25
       range_hi: s_0_2026_ <= 0.75
      Bounds
       0 <= x_core_1_2026_ <= 1
       0 <= s_0_2026_ <= 1
      General
       x_core_1_2026_
      End
      "
    `)
  })

  it('makes names LP-safe and unique', () => {
    expect(toLpNames(['a b', 'a_b', '3x', 'e1', 'ok'], 'v')).toEqual(['a_b', 'a_b_2', 'v_3x', 'v_e1', 'ok'])
  })
})
