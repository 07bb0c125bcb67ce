import { describe, expect, it } from 'vitest'
import { PRODUCT_OID_MODULES } from './product-oid-data.js'
import { buildProductOidTable, formatProductDefinition, productNameOf, type ProductOidModule } from './product-oids.js'

const table = buildProductOidTable(PRODUCT_OID_MODULES)

describe('product OIDs', () => {
  it('names the product of a sysObjectID as the maker\'s MIB defines it', () => {
    // HUAWEI-MIB: s5328C-EI ::= { lanSw 95 }, lanSw ::= { hwProducts 23 }, hwProducts ::= { huawei 2 }
    const p = table.lookup('1.3.6.1.4.1.2011.2.23.95')
    expect(p).toMatchObject({ name: 'S5328C-EI', manufacturer: 'huawei', module: 'HUAWEI-MIB', symbol: 's5328C-EI' })
    expect(formatProductDefinition(p!)).toBe('HUAWEI-MIB s5328C-EI ::= { lanSw 95 }')
    expect(table.lookup('1.3.6.1.4.1.2011.2.23.114')?.name).toBe('S2700-9TP-EI-AC')
    expect(table.lookup('1.3.6.1.4.1.2011.2.23.406')?.name).toBe('S5720-28X-LI-AC')
    // s5720-28X-SI-AC ::= { lanSw 327 }, s5320-52P-EI-DC ::= { lanSw 311 }, s5300-10P-PWR-LI-AC-new ::= { lanSw 359 }
    expect(table.lookup('1.3.6.1.4.1.2011.2.23.327')?.name).toBe('S5720-28X-SI-AC')
    expect(table.lookup('1.3.6.1.4.1.2011.2.23.311')?.name).toBe('S5320-52P-EI-DC')
    expect(table.lookup('1.3.6.1.4.1.2011.2.23.359')?.name).toBe('S5300-10P-PWR-LI-AC-new')
    expect(table.lookup('1.3.6.1.4.1.2011.2.23.200')?.name).toBe('S3700-52P-PWR-SI')
    // HH3C-PRODUCT-ID-MIB: hh3c-s5500-28C-EI ::= { hh3cProductId 1 }, hh3cProductId ::= { hh3c 1 }
    expect(table.lookup('1.3.6.1.4.1.25506.1.1')).toMatchObject({ name: 'S5500-28C-EI', manufacturer: 'h3c' })
    expect(table.lookup('1.3.6.1.4.1.25506.1.57')?.name).toBe('AR28-09')
  })

  it('takes the marketed name a comment of the module gives beside a symbol that differs from it', () => {
    // s5700-28X-EI OBJECT IDENTIFIER ::= { lanSw 167 }  -- S5710-28C-EI
    expect(table.lookup('1.3.6.1.4.1.2011.2.23.167')).toMatchObject({ name: 'S5710-28C-EI', symbol: 's5700-28X-EI' })
  })

  it('names the HP switch of a Comware recording (LibreNMS comware.snmprec) by its symbol', () => {
    expect(table.lookup('1.3.6.1.4.1.25506.11.1.172')).toMatchObject({ name: 'hpFF570040XG2QSFPPlus', parent: 'hpSwitch', arc: 172 })
  })

  it('names the kind of device of Dahua\'s product nodes, and nothing for the arc a Dahua recorder was seen reporting', () => {
    // DAHUA-SNMP-MIB: nvr ::= { products 2 }, products ::= { device 10 }, device ::= { dahua 2 }
    expect(table.lookup('1.3.6.1.4.1.1004849.2.10.2')).toMatchObject({ name: 'nvr', manufacturer: 'dahua' })
    // LibreNMS tests/snmpsim/dahua-nvr.snmprec (a DH-NVR4108HS-8P-4KS2)
    expect(table.lookup('1.3.6.1.4.1.1004849.3.2.10')).toBeUndefined()
  })

  it('matches a product node exactly: a family node, an undefined arc or an OID below a product names none', () => {
    expect(table.lookup('1.3.6.1.4.1.2011.2.23')).toBeUndefined()
    expect(table.lookup('1.3.6.1.4.1.2011.2.23.1')).toBeUndefined() // lswCommon
    expect(table.lookup('1.3.6.1.4.1.2011.2.23.495')).toBeUndefined() // reserved for U2000
    expect(table.lookup('1.3.6.1.4.1.2011.2.23.95.1')).toBeUndefined()
    expect(table.lookup('1.3.6.1.4.1.25506.1.56')).toBeUndefined()
  })

  it('derives a name from an SMI symbol: the module prefix dropped, the series letters upper-cased', () => {
    expect(productNameOf('s5328C-EI')).toBe('S5328C-EI')
    expect(productNameOf('ce6875-48S4CQ-EI')).toBe('CE6875-48S4CQ-EI')
    expect(productNameOf('hh3c-ar28-09', 'hh3c-')).toBe('AR28-09')
    expect(productNameOf('cloudedge')).toBe('cloudedge')
  })

  it('refuses data lines that are not <arc> <symbol> [name], and an OID defined twice', () => {
    const mod = (products: string): ProductOidModule => ({
      module: 'TEST-MIB', manufacturer: 'huawei', parent: 'p', oid: '1.3.6.1.4.1.2011.9', source: { title: 't' }, products,
    })
    expect(() => buildProductOidTable([mod('x s1')])).toThrow(/malformed line "x s1"/)
    expect(() => buildProductOidTable([mod('1 s1 S1 extra')])).toThrow(/malformed line/)
    expect(() => buildProductOidTable([mod('1 s1\n1 s2')])).toThrow(/1.3.6.1.4.1.2011.9.1 defined twice/)
  })

  it('holds each product under the enterprise number of its manufacturer', () => {
    const numbers = { huawei: 2011, h3c: 25506, dahua: 1004849 } as Record<string, number>
    for (const m of PRODUCT_OID_MODULES) expect(m.oid.startsWith(`1.3.6.1.4.1.${numbers[m.manufacturer]}.`)).toBe(true)
  })
})
