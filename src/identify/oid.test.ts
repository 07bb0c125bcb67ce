import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { enterpriseOf, parseOid } from './oid.js'

describe('parseOid', () => {
  it.each([
    ['1.3.6.1.4.1.2011.2.62', 2011],
    ['.1.3.6.1.4.1.3902.3.1', 3902],
    ['iso.3.6.1.4.1.9.1.1208', 9],
    ['SNMPv2-SMI::enterprises.2636.1.1.1.2.25', 2636],
    ['enterprises.25506.1.1', 25506],
    ['  1.3.6.1.4.1.14988.1  ', 14988],
  ])('reads %s as enterprise %i', (text, enterprise) => {
    const arcs = parseOid(text)
    expect(arcs).toBeDefined()
    expect(enterpriseOf(arcs!)).toBe(enterprise)
  })

  it.each(['', 'abc', '1..3', '1.3.6.x', '1.3.6.1.4.1.', '01.3', '1.3.6.1.4.1.99999999999'])(
    'rejects %j',
    (text) => expect(parseOid(text)).toBeUndefined(),
  )

  it('gives no enterprise for OIDs outside the private enterprises arc', () => {
    expect(enterpriseOf(parseOid('1.3.6.1.2.1.1.2.0')!)).toBeUndefined()
    expect(enterpriseOf(parseOid('1.3.6.1.4.1')!)).toBeUndefined()
  })

  it('round-trips any list of arcs written with dots', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 0xffffffff }), { minLength: 2, maxLength: 20 }), (arcs) => {
        expect(parseOid(arcs.join('.'))).toEqual(arcs)
      }),
    )
  })

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => { parseOid(s) }))
  })
})
