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

  it.each([
    // [sysObjectID, symbol, parent, arc] as HH3C-PRODUCT-ID-MIB V1.59 writes them
    ['1.3.6.1.4.1.25506.11.1.245', 'hp513048G4SFPPlus1SlotHI', 'hpSwitch', 245],
    ['1.3.6.1.4.1.25506.11.1.283', 'hpe5980-48SFP-6QSFP28', 'hpSwitch', 283],
    ['1.3.6.1.4.1.25506.11.1.289', 'hpe5710-54HT', 'hpSwitch', 289],
    ['1.3.6.1.4.1.25506.11.2.1', 'hpAMSR900', 'hpRouter', 1],
    ['1.3.6.1.4.1.25506.11.2.61', 'hpMSR3044', 'hpRouter', 61],
    ['1.3.6.1.4.1.25506.11.2.148', 'hpMSR3004', 'hpRouter', 148],
    ['1.3.6.1.4.1.25506.11.3.1', 'hpAWA2610EAGNFAT', 'hpWireless', 1],
    ['1.3.6.1.4.1.25506.11.3.17', 'hpWX3024EWCM', 'hpWireless', 17],
    ['1.3.6.1.4.1.25506.11.4.23', 'hpF5000C', 'hpSecurity', 23],
    ['1.3.6.1.4.1.25506.11.4.30', 'hpvLB2000', 'hpSecurity', 30],
  ] as const)('names %s by its HH3C-PRODUCT-ID-MIB symbol %s', (oid, symbol, parent, arc) => {
    expect(table.lookup(oid)).toMatchObject({ name: symbol, symbol, parent, arc, manufacturer: 'h3c', module: 'HH3C-PRODUCT-ID-MIB' })
  })

  it('names Ericsson\'s IPOS and SmartEdge routers under eriRouterProducts', () => {
    // ERICSSON-ROUTER-PRODUCT-MIB: eriRouterrouter6672 ::= { eriRouterProducts 40 }; LibreNMS's
    // ericsson-ipos definition takes 1.3.6.1.4.1.193.218.1.40 for the 6672 and .17 for the SSR 8020.
    const p = table.lookup('1.3.6.1.4.1.193.218.1.40')
    expect(p).toMatchObject({ name: 'Router6672', manufacturer: 'ericsson', symbol: 'eriRouterrouter6672' })
    expect(formatProductDefinition(p!)).toBe('ERICSSON-ROUTER-PRODUCT-MIB eriRouterrouter6672 ::= { eriRouterProducts 40 }')
    expect(table.lookup('1.3.6.1.4.1.193.218.1.17')?.name).toBe('SSR8020')
    expect(table.lookup('1.3.6.1.4.1.193.218.1.10')?.name).toBe('SE800')
    expect(table.lookup('1.3.6.1.4.1.193.218.1.4')?.name).toBe('SMS10000')
    // Nodes the module comments out as obsolete, and arcs it does not define
    expect(table.lookup('1.3.6.1.4.1.193.218.1.5')).toBeUndefined()
    expect(table.lookup('1.3.6.1.4.1.193.218.1.44')).toBeUndefined()
  })

  it('names nothing past the last hpSwitch and hpRouter arcs the module defines', () => {
    expect(table.lookup('1.3.6.1.4.1.25506.11.1.290')).toBeUndefined()
    expect(table.lookup('1.3.6.1.4.1.25506.11.2.149')).toBeUndefined()
    expect(table.lookup('1.3.6.1.4.1.25506.11.1.48')).toBeUndefined() // no hpSwitch 48-50
  })

  it('names the kind of device of Dahua\'s product nodes, and nothing for the arc a Dahua recorder was seen reporting', () => {
    // DAHUA-SNMP-MIB: nvr ::= { products 2 }, products ::= { device 10 }, device ::= { dahua 2 }
    expect(table.lookup('1.3.6.1.4.1.1004849.2.10.2')).toMatchObject({ name: 'nvr', manufacturer: 'dahua' })
    // LibreNMS tests/snmpsim/dahua-nvr.snmprec (a DH-NVR4108HS-8P-4KS2)
    expect(table.lookup('1.3.6.1.4.1.1004849.3.2.10')).toBeUndefined()
  })

  // Two or three definitions of each HUAWEI-MIB node, as the module writes them (V5.43):
  // [sysObjectID, name shown, symbol, parent, arc].
  const HUAWEI_NODES: [string, string, string, string, number][] = [
    ['1.3.6.1.4.1.2011.2.23.563', 'S6720-48Q-SI-48S-AC', 's6720-48Q-SI-48S-AC', 'lanSw', 563],
    ['1.3.6.1.4.1.2011.2.23.679', 'S5730-32C-PWH-SI', 's5730-32C-PWH-SI', 'lanSw', 679],
    ['1.3.6.1.4.1.2011.2.23.611', 'S5320-52X-SI-AC', 's5320-52X-SI-AC-V1', 'lanSw', 611], // -- Real name S5320-52X-SI-AC
    ['1.3.6.1.4.1.2011.2.23.590', 'S2320-52TP-EI-DC', 's2320-52TP-EI-DC', 'lanSw', 590],
    ['1.3.6.1.4.1.2011.2.26.1', 'NE16E', 'ne16E', 'hsr', 1],
    ['1.3.6.1.4.1.2011.2.24.2', 'MA5102', 'ma5102', 'apon', 2],
    ['1.3.6.1.4.1.2011.2.25.1', 'OPTIX155622H', 'optix155622H', 'transmission', 1],
    ['1.3.6.1.4.1.2011.2.38.1', 'IAD132', 'iad132', 'iad', 1],
    ['1.3.6.1.4.1.2011.2.39.2', 'WA1003', 'wlanApWA1003', 'wlanAp', 2],
    ['1.3.6.1.4.1.2011.2.39.10', 'WB2011', 'wlanBridgeWB2011', 'wlanAp', 10],
    ['1.3.6.1.4.1.2011.2.39.11', 'WA1208E', 'wa1208E', 'wlanAp', 11],
    ['1.3.6.1.4.1.2011.2.39.21', 'AP5030DN', 'wlanAp5030DN', 'wlanAp', 21],
    ['1.3.6.1.4.1.2011.2.39.54', 'AP4050DN', 'wlanAP4050DN', 'wlanAp', 54],
    ['1.3.6.1.4.1.2011.2.39.39', 'AD9430DN-24', 'wlanAD9430DN-24', 'wlanAp', 39],
    ['1.3.6.1.4.1.2011.2.62.2.9', 'NE40E-X8', 'ne40E-X8', 'ne5000SysOid', 9],
    ['1.3.6.1.4.1.2011.2.62.2.22', 'NE40E-X3A', 'ne40E-X3A', 'ne5000SysOid', 22],
    ['1.3.6.1.4.1.2011.2.62.14', 'NE40E-X1-M4', 'ne40E-X1-M4', 'ne5000', 14],
    ['1.3.6.1.4.1.2011.2.62.34', 'NE40E-X2-M14B', 'ne40E-X2-M14B', 'ne5000', 34],
    ['1.3.6.1.4.1.2011.2.248', 'MA5608T', 'ma5608T', 'hwProducts', 248],
    ['1.3.6.1.4.1.2011.2.123', 'MA5603T', 'ma5603T', 'hwProducts', 123],
    ['1.3.6.1.4.1.2011.2.300', 'MA5800-X7', 'ma5800-x7', 'hwProducts', 300],
    ['1.3.6.1.4.1.2011.2.51', 'EUDEMON1000', 'eudemon1000', 'hwProducts', 51],
    ['1.3.6.1.4.1.2011.2.80.8', 'MA5600V8', 'ma5600V8', 'ma5600', 8],
    ['1.3.6.1.4.1.2011.2.87.18', 'CX600-X8', 'cX600-X8', 'msp', 18],
    ['1.3.6.1.4.1.2011.2.87.52', 'CX600-M14B', 'cX600-M14B', 'msp', 52],
    ['1.3.6.1.4.1.2011.2.88.6', 'NE20E-S16', 'ne20E-S16', 'ne20E', 6],
    ['1.3.6.1.4.1.2011.2.88.11', 'NE20E-S16B', 'ne20E-S16B', 'ne20E', 11],
    ['1.3.6.1.4.1.2011.2.89.5', 'ME60-X8', 'me60-X8', 'me60', 5],
    ['1.3.6.1.4.1.2011.2.170.3', 'S9312', 's9312', 's9300', 3],
    ['1.3.6.1.4.1.2011.2.170.14', 'S9316', 's9316', 's9300', 14],
    ['1.3.6.1.4.1.2011.2.182.2', 'PTN6900', 'ptn6900', 'ptn', 2],
    ['1.3.6.1.4.1.2011.2.182.30', 'PTN7900E-32', 'ptn7900E-32', 'ptn', 30],
    ['1.3.6.1.4.1.2011.2.187.5', 'NSE1000-4', 'nse1000-4', 'nse', 5],
    ['1.3.6.1.4.1.2011.2.189.2', 'USG9120', 'usg9120', 'usg9100', 2],
    ['1.3.6.1.4.1.2011.2.220.3', 'ATN910', 'atn910', 'atn', 3],
    ['1.3.6.1.4.1.2011.2.220.66', 'ATN980C-IOT', 'atn980C-IOT', 'atn', 66],
    ['1.3.6.1.4.1.2011.2.223.2', 'S7706', 's7706', 's7700', 2],
    ['1.3.6.1.4.1.2011.2.224.5', 'AR2220', 'ar2220', 'ar', 5],
    ['1.3.6.1.4.1.2011.2.224.83', 'AR161FGW-L', 'ar161fgw-l', 'ar', 83],
    ['1.3.6.1.4.1.2011.2.224.235', 'AR502EGRC-LC', 'ar502egrc-lc', 'ar', 235],
    ['1.3.6.1.4.1.2011.2.225.1', 'S12708', 's12708', 's12700', 1],
    ['1.3.6.1.4.1.2011.2.236.3', 'S9712', 's9712', 's9700', 3],
    ['1.3.6.1.4.1.2011.2.239.1', 'CE12804', 'ce12804', 'dcswitch', 1],
    ['1.3.6.1.4.1.2011.2.239.32', 'CE6870-48S6CQ-EI', 'ce6870-48S6CQ-EI', 'dcswitch', 32],
    ['1.3.6.1.4.1.2011.2.239.101', 'CE1800V', 'ce1800V', 'dcswitch', 101],
    ['1.3.6.1.4.1.2011.2.240.6', 'AC6605', 'ac6605', 'wlan', 6],
    ['1.3.6.1.4.1.2011.2.240.19', 'AC6507S', 'ac6507s', 'wlan', 19],
    ['1.3.6.1.4.1.2011.2.244.14', 'SRG2340E', 'srg2340e', 'srg', 14],
    ['1.3.6.1.4.1.2011.2.279.6', 'S12700E-4lsw', 's12700E-4lsw', 's12700lsw', 6],
    ['1.3.6.1.4.1.2011.2.282.1', 'NE16EX-8', 'ne16ex-8', 'application-router', 1],
    ['1.3.6.1.4.1.2011.2.292.2', 'OSN9800-U32', 'osn9800-u32', 'osn-wdm', 2],
    ['1.3.6.1.4.1.2011.2.297.17', 'NE08E-S9', 'ne08E-S9', 'ne0508e', 17],
    ['1.3.6.1.4.1.2011.2.298.8', 'ETN500-F', 'etn500-F', 'etn', 8],
    ['1.3.6.1.4.1.2011.2.314.3', 'VNE9000-CP', 'vne9000-CP', 'vne', 3],
    ['1.3.6.1.4.1.2011.2.321.1.7', 'USG6510', 'usg6510', 'fw', 7],
    ['1.3.6.1.4.1.2011.2.321.1.44', 'USG6380E', 'usg6380e', 'fw', 44],
    ['1.3.6.1.4.1.2011.2.321.1.164', 'EUDEMON1000E-G8-AC', 'eudemon1000e-g8-ac', 'fw', 164],
    ['1.3.6.1.4.1.2011.2.321.2.5', 'USG6000V1', 'usg6000v1', 'vFw', 5],
    ['1.3.6.1.4.1.2011.2.333.2', 'S7908', 's7908', 's7900', 2],
  ]

  it.each(HUAWEI_NODES)('names %s as HUAWEI-MIB defines it (%s)', (oid, name, symbol, parent, arc) => {
    expect(table.lookup(oid)).toMatchObject({ name, symbol, parent, arc, manufacturer: 'huawei', module: 'HUAWEI-MIB' })
    expect(table.bySymbol('HUAWEI-MIB', symbol)?.oid).toBe(oid)
  })

  it('names the AR1220 of a VRP recording (LibreNMS vrp.snmprec: sysObjectID 1.3.6.1.4.1.2011.2.224.1)', () => {
    expect(table.lookup('1.3.6.1.4.1.2011.2.224.1')).toMatchObject({ name: 'AR1220', symbol: 'ar1220', parent: 'ar', arc: 1 })
  })

  it('leaves out the HUAWEI-MIB nodes reserved for U2000, marked deleted, or naming a product line', () => {
    expect(table.lookup('1.3.6.1.4.1.2011.2.170.13')).toBeUndefined() // s9300-NEW-COMM, reserved for U2000
    expect(table.lookup('1.3.6.1.4.1.2011.2.321.1.25')).toBeUndefined() // --25-31 deleted by usgV6R6
    expect(table.lookup('1.3.6.1.4.1.2011.2.321.1.148')).toBeUndefined() // --48 deleted by usgv6r6
    expect(table.lookup('1.3.6.1.4.1.2011.2.224')).toBeUndefined() // ar, the family
    expect(table.lookup('1.3.6.1.4.1.2011.2.224.17')).toBeUndefined() // no node between ar 16 and ar 24
    expect(table.lookup('1.3.6.1.4.1.2011.2.62.2')).toBeUndefined() // ne5000SysOid
    expect(table.lookup('1.3.6.1.4.1.2011.2.239.52')).toBeUndefined() // no dcswitch 52
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

  it('upper-cases the symbols of a module that writes them in lower case, and only those', () => {
    const mod = (upperCase: boolean): ProductOidModule => ({
      module: 'TEST-MIB', manufacturer: 'huawei', parent: 'ar', oid: '1.3.6.1.4.1.2011.9', source: { title: 't' },
      products: '83 ar161fgw-l', ...(upperCase ? { upperCase: true as const } : {}),
    })
    expect(buildProductOidTable([mod(true)]).lookup('1.3.6.1.4.1.2011.9.83')?.name).toBe('AR161FGW-L')
    expect(buildProductOidTable([mod(false)]).lookup('1.3.6.1.4.1.2011.9.83')?.name).toBe('AR161fgw-l')
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
    const numbers = { huawei: 2011, h3c: 25506, dahua: 1004849, ericsson: 193 } as Record<string, number>
    for (const m of PRODUCT_OID_MODULES) expect(m.oid.startsWith(`1.3.6.1.4.1.${numbers[m.manufacturer]}.`)).toBe(true)
  })
})
