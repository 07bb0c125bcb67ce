import { describe, expect, it } from 'vitest'
import { runSolverSuite } from '../../plan/solver.case.test.js'
import { createHighsSolver } from './highs.js'

runSolverSuite(() => createHighsSolver())
runSolverSuite(() => createHighsSolver({ via: 'lp' }))

describe('createHighsSolver', () => {
  it('is named highs', () => {
    expect(createHighsSolver().name).toBe('highs')
  })
})
