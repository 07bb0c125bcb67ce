import { describe, expect, it } from 'vitest'
import { parseWrittenNumber } from './amount.js'

describe('parseWrittenNumber', () => {
  it('reads an amount of a US spreadsheet, with a dollar sign and thousands commas', () => {
    expect(parseWrittenNumber('$150,000', { money: true })).toEqual({ value: 150000 })
    expect(parseWrittenNumber('1,250,000.50', { money: true })).toEqual({ value: 1250000.5 })
    expect(parseWrittenNumber('US$ 20,000', { money: true })).toEqual({ value: 20000 })
    expect(parseWrittenNumber('150000 USD', { money: true })).toEqual({ value: 150000 })
  })

  it('reads an amount of a German, French or Swiss spreadsheet', () => {
    expect(parseWrittenNumber('1.250.000,50', { money: true })).toEqual({ value: 1250000.5 })
    expect(parseWrittenNumber('1\u202f250\u00a0000,50', { money: true })).toEqual({ value: 1250000.5 })
    expect(parseWrittenNumber("1'250'000.50", { money: true })).toEqual({ value: 1250000.5 })
    expect(parseWrittenNumber('150,5', { money: true })).toEqual({ value: 150.5 })
  })

  it('reads an amount with hundreds of thousands of blanks in it at once, where trimming its dollar sign and suffix took seconds for a tenth of them (quadratic: this would outlast the time limit of a test by far)', () => {
    expect(parseWrittenNumber(`10${' '.repeat(400_000)}000`, { money: true })).toEqual({ value: 10_000 })
    expect(parseWrittenNumber(`$ 2${' '.repeat(400_000)}k`, { money: true })).toEqual({ value: 2_000 })
    expect(parseWrittenNumber(`7${' '.repeat(400_000)}USD`, { money: true })).toEqual({ value: 7 })
  })

  it('reads 150.000 as an amount of a hundred and fifty thousand dollars, not of 150', () => {
    expect(parseWrittenNumber('150.000', { money: true })).toEqual({ value: 150000 })
    expect(parseWrittenNumber('150.00', { money: true })).toEqual({ value: 150 })
    expect(parseWrittenNumber('1.5M', { money: true })).toEqual({ value: 1500000 })
  })

  it('refuses another currency, a sign and groups that are not of three digits', () => {
    expect(parseWrittenNumber('250.000 €', { money: true })).toEqual({ problem: 'currency', currency: '€' })
    expect(parseWrittenNumber('EUR 250000', { money: true })).toEqual({ problem: 'currency', currency: 'EUR' })
    expect(parseWrittenNumber('-5000', { money: true })).toEqual({ problem: 'negative' })
    expect(parseWrittenNumber('(5,000)', { money: true })).toEqual({ problem: 'negative' })
    expect(parseWrittenNumber('1,50,000', { money: true })).toEqual({ problem: 'not_number' })
    expect(parseWrittenNumber('', { money: true })).toEqual({ problem: 'empty' })
    expect(parseWrittenNumber('tbd', { money: true })).toEqual({ problem: 'not_number' })
    expect(parseWrittenNumber('TBD 5000', { money: true })).toEqual({ problem: 'not_number' })
    expect(parseWrittenNumber('5000 chf', { money: true })).toEqual({ problem: 'currency', currency: 'chf' })
  })

  it('reads a quantity with a decimal comma or thousands groups, keeps a lone dot decimal and calls a lone comma before three digits ambiguous', () => {
    expect(parseWrittenNumber('50,25')).toEqual({ value: 50.25 })
    expect(parseWrittenNumber('1.000,5')).toEqual({ value: 1000.5 })
    expect(parseWrittenNumber('1,000.5')).toEqual({ value: 1000.5 })
    expect(parseWrittenNumber('2.500')).toEqual({ value: 2.5 })
    expect(parseWrittenNumber('1e3')).toEqual({ value: 1000 })
    expect(parseWrittenNumber('1,000')).toEqual({ problem: 'ambiguous', readings: [1000, 1] })
    expect(parseWrittenNumber('$100')).toEqual({ problem: 'not_number' })
  })
})
