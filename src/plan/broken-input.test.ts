import { describe, expect, it } from 'vitest'
import { expectReadsBrokenInput } from '../test-support/broken-input.js'
import { buildWorkbook, textSheet } from '../test-support/workbook.js'
import { parseCostOverrides, parseCostWorkbook } from './costs.js'
import { parseBudgets, parsePhases } from './phases.js'
import { parseSchedule } from './schedule.js'

const COSTS = `role,model,equipment,labour,site_overhead
ran,,300000,100000,50000
core,/^NE40E/,150000,20000,10000
camera,DS-2CD2143G2-I,400,200,0
`
const SCHEDULE = 'device,phase,not_before\nrt-1,2027,\nbts-9,,2028-01-01\nbts-10,,2028-03-01\n'
const PHASES = parsePhases('2026-2029')

describe('plan readers given broken files and options', () => {
  it('start from files they read with no error', () => {
    expect(parseCostOverrides(COSTS, { file: 'costs.csv' }).diagnostics).toEqual([])
    expect(parseSchedule(SCHEDULE, { file: 'schedule.csv' }, PHASES).diagnostics).toEqual([])
  })

  it('refuse or read a cost table cut, edited or garbled, never crash', () => {
    expectReadsBrokenInput((text) => parseCostOverrides(text, { file: 'costs.csv' }), COSTS, { runs: 300 })
  })

  it('refuse or read a cost workbook whose sheet XML is cut, edited or garbled, never crash', () => {
    const { sheet, strings } = textSheet('Prices', [['role', 'model', 'equipment', 'labour', 'site_overhead'], ['core', '/^NE40E/', '150000', '20000', '10000']])
    expectReadsBrokenInput((rows) => parseCostWorkbook(buildWorkbook({ sheets: [{ name: 'Prices', rows }], strings }), { file: 'costs.xlsx' }), sheet.rows, { runs: 100, cutStep: 5 })
  })

  it('refuse or read a schedule cut, edited or garbled, never crash', () => {
    expectReadsBrokenInput((text) => parseSchedule(text, { file: 'schedule.csv' }, PHASES), SCHEDULE, { runs: 300 })
  })

  it('refuse --phases and --budget values mistyped with a usage error, never crash', () => {
    expectReadsBrokenInput((spec) => parsePhases(spec), '2026-Q2,2026-Q4,2027-2029', { runs: 300 })
    expectReadsBrokenInput((specs) => parseBudgets(specs.split('|'), PHASES, ['op-de', 'op-fr'], { carryOver: true }), '5M|op-de:2026=3M|op-fr:2027-2028=1.5M', { runs: 300 })
  })
})
