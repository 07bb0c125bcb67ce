import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatMac, isLocallyAdministered, isMac48, isMulticast, parseMac } from './mac.js'

const HUAWEI_MAC = 0x00e0fc123456

describe('parseMac', () => {
  it.each([
    '00:e0:fc:12:34:56',
    '00:E0:FC:12:34:56',
    '00-e0-fc-12-34-56',
    '00e0.fc12.3456',
    '00E0.FC12.3456',
    '00e0-fc12-3456',
    '00e0fc123456',
    '0:e0:fc:12:34:56',
    '0-E0-FC-12-34-56',
    '  00:e0:fc:12:34:56\t',
    '\n00e0fc123456 ',
    '0x00e0fc123456',
    '0X00E0FC123456',
    // HP ProCurve's and ArubaOS-CX's `show system` ("Base MAC Addr : 7446a0-41a56f")
    '00e0fc-123456',
    '00E0FC-123456',
    // Typed with a Japanese or Chinese input method in full-width mode, or with its long-vowel
    // mark for "-"; copied from a document with Unicode hyphens (U+2010) or minus signs (U+2212).
    '００：Ｅ０：ＦＣ：１２：３４：５６',
    '０0e0fc123456',
    '00ーe0ーfcー12ー34ー56',
    '00\u2010e0\u2010fc\u201012\u201034\u201056',
    '00\u2212E0\u2212FC\u221212\u221234\u221256',
    '００ｅ０．ｆｃ１２．３４５６',
  ])('reads %j as the same 48-bit number', (text) => {
    expect(parseMac(text)).toBe(HUAWEI_MAC)
  })

  it.each([
    '',
    '   ',
    '00:e0:fc:12:34',
    '00:e0:fc:12:34:56:78',
    '00:e0-fc:12:34:56',
    '00-e0-fc-12-34:56',
    '0:e0:fc:12:34:56:',
    '0:e0:fc:12:34',
    '0:e0-fc:12:34:56',
    '000:e0:fc:12:34:56',
    '00e0fc12345g',
    '00e0.fc12-3456',
    '00e0:fc12:3456',
    '00 e0 fc 12 34 56',
    '00e0fc1234567',
    '00:e0:fc:12:34:5x',
    'g0e0fc123456',
    // A digit of another script is no hex digit, whatever NFKC makes of the rest.
    '00e0fc12345\u0666',
    '00ーe0ーfcー12ー34',
    '00:e0:fc 12:34:56',
    '0x00e0fc12345',
    '0x00:e0:fc:12:34:56',
    '0y00e0fc123456',
    '00e0f-c123456',
    '00e0fc:123456',
    '00e0fc-12345',
  ])('rejects %j', (text) => {
    expect(parseMac(text)).toBeUndefined()
  })

  it('reads the highest and lowest addresses', () => {
    expect(parseMac('ff:ff:ff:ff:ff:ff')).toBe(2 ** 48 - 1)
    expect(parseMac('000000000000')).toBe(0)
  })
})

describe('formatMac', () => {
  it('writes every separator style', () => {
    expect(formatMac(HUAWEI_MAC)).toBe('00:e0:fc:12:34:56')
    expect(formatMac(HUAWEI_MAC, { separator: '-', upperCase: true })).toBe('00-E0-FC-12-34-56')
    expect(formatMac(HUAWEI_MAC, { separator: '.' })).toBe('00e0.fc12.3456')
    expect(formatMac(HUAWEI_MAC, { separator: '' })).toBe('00e0fc123456')
  })

  it('throws a RangeError for a value that is not a 48-bit integer', () => {
    expect(() => formatMac(-1)).toThrow(RangeError)
    expect(() => formatMac(2 ** 48)).toThrow(RangeError)
    expect(() => formatMac(1.5)).toThrow(RangeError)
  })
})

describe('address bits', () => {
  it('tells a locally administered address by the U/L bit', () => {
    expect(isLocallyAdministered(parseMac('02:00:00:00:00:01') ?? 0)).toBe(true)
    expect(isLocallyAdministered(parseMac('da:a1:19:00:00:01') ?? 0)).toBe(true)
    expect(isLocallyAdministered(HUAWEI_MAC)).toBe(false)
  })

  it('tells a multicast address by the I/G bit', () => {
    expect(isMulticast(parseMac('01:00:5e:00:00:fb') ?? 0)).toBe(true)
    expect(isMulticast(parseMac('ff:ff:ff:ff:ff:ff') ?? 0)).toBe(true)
    expect(isMulticast(HUAWEI_MAC)).toBe(false)
  })
})

describe('properties', () => {
  const mac48 = fc.integer({ min: 0, max: 2 ** 48 - 1 }).map((n) => n)
  const separator = fc.constantFrom(':', '-', '.', '') as fc.Arbitrary<':' | '-' | '.' | ''>

  it('parses back every formatted 48-bit value in every separator style and case', () => {
    fc.assert(
      fc.property(mac48, separator, fc.boolean(), (mac, sep, upperCase) => {
        expect(isMac48(mac)).toBe(true)
        expect(parseMac(formatMac(mac, { separator: sep, upperCase }))).toBe(mac)
      }),
      { numRuns: 5000 },
    )
  })

  it('formats back every parsed address to its canonical form', () => {
    const hex = fc.constantFrom(...'0123456789abcdefABCDEF')
    fc.assert(
      fc.property(fc.array(hex, { minLength: 12, maxLength: 12 }), (digits) => {
        const text = digits.join('')
        const mac = parseMac(text)
        expect(mac).toBeDefined()
        expect(formatMac(mac ?? 0, { separator: '' })).toBe(text.toLowerCase())
      }),
    )
  })

  it('never throws on junk and returns a 48-bit integer or undefined', () => {
    const near = fc.string({
      unit: fc.constantFrom(...'0123456789abcdefABCDEFgG:-. \t\u00e9\u0000'),
      maxLength: 20,
    })
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), near), (text) => {
        const mac = parseMac(text)
        if (mac !== undefined) expect(isMac48(mac)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})
