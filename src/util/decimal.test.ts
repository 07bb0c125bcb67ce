import { describe, expect, it } from 'vitest'
import { parseDecimal } from './decimal.js'

describe('parseDecimal', () => {
  it('reads decimal points, exponents and decimal commas, and nothing else', () => {
    expect(['50.11', ' -8.68 ', '+1e-3', '.5', '7', '49,4369', '-7,6'].map(parseDecimal)).toEqual([50.11, -8.68, 0.001, 0.5, 7, 49.4369, -7.6])
    expect(['', '8°6', '1,234,567', '1.234,5', '0x10', 'Infinity', '50,'].map(parseDecimal)).toEqual(Array(7).fill(undefined))
  })
})
