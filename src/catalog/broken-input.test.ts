import { describe, expect, it } from 'vitest'
import { expectReadsBrokenInput } from '../test-support/broken-input.js'
import { parseIanaEnterpriseNumbers } from './iana-enterprise.js'
import { parseIeeeRegistry } from './ieee-registry.js'

// The layouts of the files `catalog update` reads: IEEE's oui.csv and oui.txt
// (standards-oui.ieee.org), IANA's enterprise-numbers.txt; the organisations are real assignments.
const OUI_CSV = [
  'Registry,Assignment,Organization Name,Organization Address',
  'MA-L,00E0FC,"HUAWEI TECHNOLOGIES CO.,LTD","No.2 Xin Cheng Road, Room R6,Songshan Lake Technology Park Dongguan  CN 523808 "',
  'MA-L,08EA44,Extreme Networks Headquarters,2121 RDU Center Drive  Morrisville NC US 27560 ',
  '',
].join('\r\n')

const OUI_TXT = [
  'OUI/MA-L                                                    Organization                                 ',
  'company_id                                                  Organization                                 ',
  '                                                            Address                                      ',
  '',
  '00-E0-FC   (hex)\t\tHUAWEI TECHNOLOGIES CO.,LTD',
  '00E0FC     (base 16)\t\tHUAWEI TECHNOLOGIES CO.,LTD',
  '\t\t\t\tNo.2 Xin Cheng Road, Room R6,Songshan Lake Technology Park',
  '\t\t\t\tDongguan    523808',
  '\t\t\t\tCN',
  '',
  '00-19-C6   (hex)\t\tzte corporation',
  '0019C6     (base 16)\t\tzte corporation',
  '\t\t\t\t12/F.,zte R&D building,Kejinan Road,',
  '\t\t\t\tShenzhen  Guangdong  518057',
  '\t\t\t\tCN',
  '',
].join('\r\n')

const ENTERPRISE_NUMBERS = `PRIVATE ENTERPRISE NUMBERS

(last updated 2026-05-20)

SMI Network Management Private Enterprise Codes:

Prefix: iso.org.dod.internet.private.enterprise (1.3.6.1.4.1)

Decimal
| Organization
| | Contact
| | | Email
| | | |
9
  ciscoSystems
    Contact Person
      contact&example.com
2011
  HUAWEI Technology Co.,Ltd
    Contact Person
      contact&example.com
4242
  ---none---
End of Document
`

describe('registry readers given broken files', () => {
  it('start from files they read with no error', () => {
    expect(parseIeeeRegistry(OUI_CSV, { file: 'oui.csv', registry: 'MA-L' }).diagnostics).toEqual([])
    expect(parseIeeeRegistry(OUI_TXT, { file: 'oui.txt', registry: 'MA-L' }).diagnostics).toEqual([])
    expect(parseIanaEnterpriseNumbers(ENTERPRISE_NUMBERS, { file: 'enterprise-numbers.txt' }).diagnostics).toEqual([])
  })

  it('refuse or read an IEEE registry CSV cut, edited or garbled, never crash', () => {
    expectReadsBrokenInput((text) => parseIeeeRegistry(text, { file: 'oui.csv', registry: 'MA-L' }), OUI_CSV, { runs: 300 })
  })

  it('refuse or read an IEEE registry text file cut, edited or garbled, never crash', () => {
    expectReadsBrokenInput((text) => parseIeeeRegistry(text, { file: 'oui.txt', registry: 'MA-L' }), OUI_TXT, { runs: 300 })
  })

  it('refuse or read IANA\'s enterprise numbers cut, edited or garbled, never crash', () => {
    expectReadsBrokenInput((text) => parseIanaEnterpriseNumbers(text, { file: 'enterprise-numbers.txt' }), ENTERPRISE_NUMBERS, { runs: 300 })
  })
})
