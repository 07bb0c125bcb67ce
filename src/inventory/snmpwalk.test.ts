import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { chunk, collect } from './formats.case.test.js'
import { detectInventoryFormat } from './formats.js'
import { parseInventory } from './parse.js'
import { SNMPREC_RECORDING as SNMPREC } from '../test-support/inventory-examples.js'

/**
 * `snmpwalk -v2c -c public 10.0.0.7 system`, then `ifPhysAddress` and `entPhysicalTable`, with the
 * MIBs loaded (Net-SNMP's default output): the sysDescr, a DisplayString, printed as the switch
 * wrote it over four lines; ifPhysAddress by its display hint; ENTITY-MIB's enumerations by name.
 */
const HUAWEI_WALK = `SNMPv2-MIB::sysDescr.0 = STRING: S5720-28X-PWR-SI-AC
Huawei Versatile Routing Platform Software
 VRP (R) software,Version 5.170 (S5720 V200R011C10SPC600)
 Copyright (C) 2000-2018 HUAWEI TECH Co., Ltd.
SNMPv2-MIB::sysObjectID.0 = OID: SNMPv2-SMI::enterprises.2011.2.23.420
DISMAN-EVENT-MIB::sysUpTimeInstance = Timeticks: (1512345600) 175 days, 0:57:36.00
SNMPv2-MIB::sysContact.0 = STRING: R&D Beijing, Huawei Technologies co.,Ltd.
SNMPv2-MIB::sysName.0 = STRING: sw-fra-access-07
SNMPv2-MIB::sysLocation.0 = STRING: fra
SNMPv2-MIB::sysServices.0 = INTEGER: 78
SNMPv2-MIB::sysORLastChange.0 = Timeticks: (0) 0:00:00.00
IF-MIB::ifPhysAddress.1 = STRING: 
IF-MIB::ifPhysAddress.5 = STRING: 0:e0:fc:12:34:56
IF-MIB::ifPhysAddress.6 = STRING: 0:e0:fc:12:34:56
IF-MIB::ifPhysAddress.7 = STRING: 0:e0:fc:12:34:57
ENTITY-MIB::entPhysicalDescr.16777216 = STRING: S5720-28X-PWR-SI-AC
ENTITY-MIB::entPhysicalDescr.16842752 = STRING: SFP-GE-LX-SM1310
ENTITY-MIB::entPhysicalClass.16777216 = INTEGER: chassis(3)
ENTITY-MIB::entPhysicalClass.16842752 = INTEGER: port(10)
ENTITY-MIB::entPhysicalSoftwareRev.16777216 = STRING: Version 5.170 V200R011C10SPC600
ENTITY-MIB::entPhysicalSoftwareRev.16842752 = STRING: 
ENTITY-MIB::entPhysicalSerialNum.16777216 = STRING: 21980107353GJ7000123
ENTITY-MIB::entPhysicalSerialNum.16842752 = STRING: FNS17460AB1
ENTITY-MIB::entPhysicalMfgName.16777216 = STRING: Huawei Technologies Co., Ltd.
ENTITY-MIB::entPhysicalMfgName.16842752 = STRING: FINISAR CORP.
ENTITY-MIB::entPhysicalModelName.16777216 = STRING: S5720-28X-PWR-SI-AC
ENTITY-MIB::entPhysicalModelName.16842752 = STRING: FTLF1318P3BTL
`

/** `snmpget -v2c -On` without MIBs for the value: the sysDescr quoted over lines, MACs as hex bytes. */
const NUMERIC_WALK = `.1.3.6.1.2.1.1.1.0 = STRING: "S6720-30C-EI-24S-AC 
Huawei Versatile Routing Platform Software 
 VRP (R) software,Version 5.160 (S6720 V200R009C00SPC500) 
 Copyright (C) 2007 Huawei Technologies Co., Ltd."
.1.3.6.1.2.1.1.2.0 = OID: .1.3.6.1.4.1.2011.2.23.340
.1.3.6.1.2.1.1.3.0 = Timeticks: (779474266) 90 days, 5:12:22.66
.1.3.6.1.2.1.1.4.0 = STRING: 
.1.3.6.1.2.1.1.5.0 = STRING: "core-sw-2"
.1.3.6.1.2.1.2.2.1.6.1 = ""
.1.3.6.1.2.1.2.2.1.6.2 = Hex-STRING: 00 E0 FC 12 34 58 
.1.3.6.1.2.1.2.2.1.6.3 = Hex-STRING: 00 00 00 00 00 00 
`

/** A loop over three hosts, `snmpwalk -v2c -c public $h system` each, without MIBs (Debian's default). */
const THREE_WALKS = `iso.3.6.1.2.1.1.1.0 = STRING: "Huawei AR1220 Huawei Versatile Routing Platform Software  VRP (R) software,Version 5.120 (AR1220 V200R003C01SPC900) Copyright (C) 2011-2013 Huawei Technologies Co., Ltd"
iso.3.6.1.2.1.1.2.0 = OID: iso.3.6.1.4.1.2011.2.224.1
iso.3.6.1.2.1.1.3.0 = Timeticks: (23117) 0:03:51.17
iso.3.6.1.2.1.1.5.0 = STRING: "HUAWEI"
iso.3.6.1.2.1.1.1.0 = STRING: "Cisco IOS Software, C2600 Software (C2600-ADVIPSERVICESK9-M), Version 12.4(25d), RELEASE SOFTWARE (fc1)
Technical Support: http://www.cisco.com/techsupport
Copyright (c) 1986-2010 by Cisco Systems, Inc.
Compiled Wed 18-Aug-10 04:57 by prod_rel_team"
iso.3.6.1.2.1.1.2.0 = OID: iso.3.6.1.4.1.9.1.209
iso.3.6.1.2.1.1.5.0 = STRING: "rt-ber-01"
iso.3.6.1.2.1.1.1.0 = STRING: "Huawei AR1220"
iso.3.6.1.2.1.1.2.0 = OID: iso.3.6.1.4.1.2011.2.224.1
iso.3.6.1.2.1.1.5.0 = STRING: "HUAWEI"
iso.3.6.1.2.1.1.1.0 = STRING: "Linux cam-gw 5.10.0"
iso.3.6.1.2.1.1.2.0 = OID: iso.3.6.1.4.1.8072.3.2.10
`

describe('SNMP walks as inventories', () => {
  it('reads a walk printed with MIBs: a multi-line sysDescr, MACs, and the chassis of ENTITY-MIB', () => {
    const { devices, diagnostics } = parseInventory(HUAWEI_WALK, { file: 'walk.txt' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{
      id: 'sw-fra-access-07', name: 'sw-fra-access-07', site: 'fra', manufacturer: 'Huawei Technologies Co., Ltd.',
      model: 'S5720-28X-PWR-SI-AC', serial: '21980107353GJ7000123', macs: ['00:e0:fc:12:34:56', '00:e0:fc:12:34:57'],
      snmp: {
        sysObjectID: '1.3.6.1.4.1.2011.2.23.420',
        sysDescr: 'S5720-28X-PWR-SI-AC\nHuawei Versatile Routing Platform Software\n VRP (R) software,Version 5.170 (S5720 V200R011C10SPC600)\n Copyright (C) 2000-2018 HUAWEI TECH Co., Ltd.',
      },
      firmware: { version: 'Version 5.170 V200R011C10SPC600' },
      components: [{ manufacturer: 'FINISAR CORP.', model: 'FTLF1318P3BTL', kind: 'port' }],
    }])
    expect(identify(devices[0]!, loadDefaultCatalog()).group).toBe('huawei')
  })

  it('tells and reads a walk saved with a carriage return alone at each line end (Excel for Mac, an old editor), in chunks cut anywhere', async () => {
    const mac = HUAWEI_WALK.replaceAll('\n', '\r')
    const want = parseInventory(HUAWEI_WALK, { file: 'walk.txt' }).devices
    expect(parseInventory(mac, { file: 'walk.txt' })).toMatchObject({ devices: want, diagnostics: [] })
    expect((await collect(chunk(mac, [7, 300]), { file: 'walk.txt' })).devices).toEqual(want)
  })

  it('reads numeric OIDs (-On), a quoted sysDescr over several lines and Hex-STRING MACs, skipping a MAC of zeros', () => {
    const { devices, diagnostics } = parseInventory(NUMERIC_WALK, { file: 'walk.txt' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{
      id: 'core-sw-2', name: 'core-sw-2', macs: ['00:e0:fc:12:34:58'],
      snmp: {
        sysObjectID: '1.3.6.1.4.1.2011.2.23.340',
        sysDescr: 'S6720-30C-EI-24S-AC \nHuawei Versatile Routing Platform Software \n VRP (R) software,Version 5.160 (S6720 V200R009C00SPC500) \n Copyright (C) 2007 Huawei Technologies Co., Ltd.',
      },
    }])
  })

  it('gives one device per walk of a file of walks, the walk\'s order as the id of one without a name or with a name taken', () => {
    const { devices, diagnostics } = parseInventory(THREE_WALKS, { file: 'walks.txt' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, d.name, d.snmp?.sysObjectID])).toEqual([
      ['HUAWEI', 'HUAWEI', '1.3.6.1.4.1.2011.2.224.1'],
      ['rt-ber-01', 'rt-ber-01', '1.3.6.1.4.1.9.1.209'],
      ['HUAWEI/walk-3', 'HUAWEI', '1.3.6.1.4.1.2011.2.224.1'],
      ['walk-4', undefined, '1.3.6.1.4.1.8072.3.2.10'],
    ])
    expect(devices[1]!.snmp?.sysDescr).toMatch(/^Cisco IOS Software, .*\nTechnical Support: .*\nCopyright .*\nCompiled Wed 18-Aug-10 04:57 by prod_rel_team$/)
    const catalog = loadDefaultCatalog()
    expect(devices.map((d) => identify(d, catalog).group)).toEqual(['huawei', 'cisco', 'huawei', undefined])
  })

  it('reads a walk pasted twice (after a blank line, with Windows line breaks) as one device, and says where the copy is', async () => {
    const copy = `\n$ snmpwalk -v2c -c public 10.0.0.7 system\n${HUAWEI_WALK.replace(/\n/g, '\r\n')}`
    const twice = HUAWEI_WALK + copy
    const once = parseInventory(HUAWEI_WALK, { file: 'walk.txt' }).devices
    const { devices, diagnostics } = parseInventory(twice, { file: 'walk.txt' })
    expect(devices).toEqual(once)
    const copyLine = HUAWEI_WALK.split('\n').length + 2
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `walk.txt:${copyLine}: warning: this walk repeats the walk at walk.txt:1 line for line (the same output pasted or saved twice); ` +
        'it is read once, as one device. Remove the copy from the file.',
    ])
    expect((await collect(twice.match(/[\s\S]{1,11}/g)!, { file: '<stdin>' })).codes).toEqual([`repeated_walk@${copyLine}`])
    // Two switches of one model with the default sysName differ in their uptime at least: two devices.
    const twin = THREE_WALKS.split('iso.3.6.1.2.1.1.1.0 = STRING: "Cisco')[0]!
    const other = twin.replace('(23117) 0:03:51.17', '(98211) 0:16:22.11')
    expect(parseInventory(twin + other, { file: 'walks.txt' }).devices.map((d) => d.id)).toEqual(['HUAWEI', 'HUAWEI/walk-2'])
    // Without an uptime, a MAC or a serial number, two equal walks may be two such switches: both are kept.
    const bare = twin.replace(/^iso\.3\.6\.1\.2\.1\.1\.3\.0 .*\n/m, '')
    const { devices: twins, diagnostics: none } = parseInventory(bare + bare, { file: 'walks.txt' })
    expect(twins.map((d) => d.id)).toEqual(['HUAWEI', 'HUAWEI/walk-2'])
    expect(none).toEqual([])
  })

  it('places each device on the line where its walk starts, however the text is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: THREE_WALKS.length }), { maxLength: 12 }), async (cuts) => {
        const { devices, lines, codes } = await collect(chunk(THREE_WALKS, cuts), { file: 'walks.txt' })
        expect(codes).toEqual([])
        expect(devices).toEqual(parseInventory(THREE_WALKS, { file: 'walks.txt' }).devices)
        expect(lines).toEqual([1, 5, 11, 14])
      }),
      { numRuns: 100 },
    )
    expect((await collect([...HUAWEI_WALK], { file: '<stdin>' })).devices).toEqual(parseInventory(HUAWEI_WALK, { file: 'walk.txt' }).devices)
  })

  it('starts a new walk where snmpget of the same objects for the next host begins, in any order of the objects', () => {
    const text = 'SNMPv2-MIB::sysName.0 = STRING: a\nSNMPv2-MIB::sysDescr.0 = STRING: Huawei AR1220\n' +
      'SNMPv2-MIB::sysName.0 = STRING: b\nSNMPv2-MIB::sysDescr.0 = STRING: Cisco IOS\n'
    expect(parseInventory(text, { file: 'get.txt' }).devices).toEqual([
      { id: 'a', name: 'a', snmp: { sysDescr: 'Huawei AR1220' } },
      { id: 'b', name: 'b', snmp: { sysDescr: 'Cisco IOS' } },
    ])
  })

  it('starts a new walk at a sysDescr after the interfaces of a host whose walk had no sysDescr', () => {
    const text = '.1.3.6.1.2.1.1.5.0 = STRING: a\n.1.3.6.1.2.1.2.2.1.6.1 = Hex-STRING: 00 E0 FC 00 00 01 \n' +
      '.1.3.6.1.2.1.1.1.0 = STRING: Huawei AR1220\n.1.3.6.1.2.1.1.5.0 = STRING: b\n'
    expect(parseInventory(text, { file: 'walks.txt' }).devices).toEqual([
      { id: 'a', name: 'a', macs: ['00:e0:fc:00:00:01'] },
      { id: 'b', name: 'b', snmp: { sysDescr: 'Huawei AR1220' } },
    ])
  })

  it('starts a new device at the sysDescr of the next snmpsim recording of a file, after a recording without one', () => {
    // LibreNMS tests/snmpsim/hwg-ste.snmprec (a sysObjectID only) and boss.snmprec, one file after the other.
    const text = '1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.21796.4.1\n' +
      '1.3.6.1.2.1.1.1.0|4|Ethernet Routing Switch 5530-24TFD    HW:32       FW:6.0.0.18  SW:v6.3.2.011 BN:11 (c) Avaya Networks\n' +
      '1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.45.3.65\n'
    const { devices, diagnostics } = parseInventory(text, { file: 'recordings.snmprec' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: 'walk-1', snmp: { sysObjectID: '1.3.6.1.4.1.21796.4.1' } },
      { id: 'walk-2', snmp: { sysObjectID: '1.3.6.1.4.1.45.3.65', sysDescr: expect.stringMatching(/^Ethernet Routing Switch 5530/) } },
    ])
    // A walk printed by Net-SNMP keeps its order of objects: snmpget sysName.0 sysDescr.0 is one host.
    expect(parseInventory('.1.3.6.1.2.1.1.5.0 = STRING: a\n.1.3.6.1.2.1.1.1.0 = STRING: Huawei AR1220\n', { file: 'get.txt' }).devices)
      .toEqual([{ id: 'a', name: 'a', snmp: { sysDescr: 'Huawei AR1220' } }])
  })

  it('names the product of a sysObjectID printed by its MIB name (HUAWEI-MIB) when the catalog\'s MIB table defines it', () => {
    const text = 'SNMPv2-MIB::sysDescr.0 = STRING: S2700-9TP-EI-AC\nSNMPv2-MIB::sysObjectID.0 = OID: HUAWEI-MIB::s2700-9TP-EI-AC\nSNMPv2-MIB::sysName.0 = STRING: sw1\n'
    const { devices, diagnostics } = parseInventory(text, { file: 'walk.txt' })
    expect(diagnostics).toEqual([])
    // s2700-9TP-EI-AC ::= { lanSw 114 }, lanSw ::= { hwProducts 23 }, hwProducts ::= { huawei 2 }
    expect(devices[0]!.snmp).toEqual({ sysObjectID: '1.3.6.1.4.1.2011.2.23.114', sysDescr: 'S2700-9TP-EI-AC' })
    const a = identify(devices[0]!, loadDefaultCatalog())
    expect(a.group).toBe('huawei')
    expect(a.evidence.find((e) => e.method === 'snmp_enterprise')).toMatchObject({ product: 'S2700-9TP-EI-AC' })
  })

  it('names Huawei from a sysObjectID printed by a HUAWEI-MIB name the catalog has no number for', () => {
    // wlanApWA1006 ::= { hwProducts 43 }, a node the catalog's product tables leave out.
    const text = 'SNMPv2-MIB::sysObjectID.0 = OID: HUAWEI-MIB::wlanApWA1006\nSNMPv2-MIB::sysName.0 = STRING: r1\n'
    const { devices, diagnostics } = parseInventory(text, { file: 'walk.txt' })
    expect(diagnostics).toEqual([])
    expect(devices[0]!.snmp).toEqual({ sysObjectID: '1.3.6.1.4.1.2011' })
    expect(identify(devices[0]!, loadDefaultCatalog()).group).toBe('huawei')
  })

  it('reports a sysObjectID named by a MIB it cannot place, with the option that prints its number', () => {
    const text = 'SNMPv2-MIB::sysObjectID.0 = OID: ACME-PRODUCTS-MIB::acmeRouter7\nSNMPv2-MIB::sysName.0 = STRING: r7\n'
    const { devices, diagnostics } = parseInventory(text, { file: 'walk.txt' })
    expect(devices).toEqual([{ id: 'r7', name: 'r7' }])
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'walk.txt:1: warning: the sysObjectID "ACME-PRODUCTS-MIB::acmeRouter7" is a MIB name whose number the walk does not hold; it is not used. ' +
        'Walk with -On (numeric OIDs), e.g. snmpwalk -v2c -c public -On HOST system, so that its enterprise number is read.',
    ])
  })

  it('reads -Oq output (no "=" and no types) and -OQ output (no types)', () => {
    const quick = 'SNMPv2-MIB::sysDescr.0 Huawei AR1220\nSNMPv2-MIB::sysObjectID.0 SNMPv2-SMI::enterprises.2011.2.224.1\n' +
      'SNMPv2-MIB::sysName.0 ar-1\nIF-MIB::ifPhysAddress.2 0:e0:fc:12:34:5a\n'
    const quickE = quick.replace(/^(\S+) /gm, '$1 = ')
    const expected = [{ id: 'ar-1', name: 'ar-1', macs: ['00:e0:fc:12:34:5a'], snmp: { sysObjectID: 'SNMPv2-SMI::enterprises.2011.2.224.1', sysDescr: 'Huawei AR1220' } }]
    for (const text of [quick, quickE]) {
      const { devices, diagnostics } = parseInventory(text, { file: 'walk.txt' })
      expect(diagnostics).toEqual([])
      expect(devices.map((d) => ({ ...d, snmp: { ...d.snmp, sysObjectID: d.snmp?.sysObjectID } }))).toEqual(
        expected.map((d) => ({ ...d, snmp: { ...d.snmp, sysObjectID: '1.3.6.1.4.1.2011.2.224.1' } })))
    }
  })

  it('reads short names (-Os), full paths (-Of), -OX indexes and OIDs under mib-2 of a MIB not loaded', () => {
    const text = 'sysDescr.0 = STRING: Huawei AR1220\n' +
      'sysObjectID.0 = OID: .iso.org.dod.internet.private.enterprises.2011.2.224.1\n' +
      'sysUpTimeInstance = Timeticks: (23117) 0:03:51.17\n' +
      '.iso.org.dod.internet.mgmt.mib-2.system.sysName.0 = STRING: ar-2\n' +
      'IF-MIB::ifPhysAddress[3] = STRING: 0:e0:fc:12:34:5b\n' +
      'SNMPv2-SMI::mib-2.47.1.1.1.1.11.1 = STRING: "2102113089P0B3000042"\n'
    const { devices, diagnostics } = parseInventory(text, { file: 'walk.txt' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{
      id: 'ar-2', name: 'ar-2', serial: '2102113089P0B3000042', macs: ['00:e0:fc:12:34:5b'],
      snmp: { sysObjectID: '1.3.6.1.4.1.2011.2.224.1', sysDescr: 'Huawei AR1220' },
    }])
  })

  it('decodes a sysDescr printed as hex bytes over lines (bytes that are not text), and -OT\'s text beside them', () => {
    const text = '.1.3.6.1.2.1.1.1.0 = Hex-STRING: 48 75 61 77 65 69 20 41 52 31 32 32 30 0D 0A 56  [Huawei AR1220..V]\n' +
      '52 50 20 C2 A9 00  [RP ...]\n.1.3.6.1.2.1.1.5.0 = STRING: ar-3\n'
    const { devices, diagnostics } = parseInventory(text, { file: 'walk.txt' })
    expect(diagnostics).toEqual([])
    expect(devices[0]!.snmp).toEqual({ sysDescr: 'Huawei AR1220\nVRP ©' })
  })

  it('reads an snmpsim recording (.snmprec), one device a file', () => {
    expect(detectInventoryFormat('vrp.snmprec')).toBe('snmpwalk')
    const { devices, diagnostics } = parseInventory(SNMPREC, { file: 'vrp.snmprec' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{
      id: 'ar-ham-02', name: 'ar-ham-02', macs: ['00:e0:fc:12:34:59'],
      snmp: { sysObjectID: '1.3.6.1.4.1.2011.2.224.1', sysDescr: expect.stringMatching(/^Huawei AR1220 Huawei Versatile/) },
    }])
  })

  it('reads an snmpsim value written with Python\'s escapes (tag 4e) and a MAC kept as hex pairs in a string', () => {
    // LibreNMS tests/snmpsim/zxa10_c320.snmprec, a ZTE C320 OLT: sysContact and sysLocation are written
    // with snmpsim's `e` tag (their bytes have a backslash), the LLDP chassis MAC as the text of the
    // Hex-STRING the recording was made from.
    const recording = [
      '1.0.8802.1.1.2.1.3.1.0|2|4',
      '1.0.8802.1.1.2.1.3.2.0|4|d4 c1 c8 18 86 50',
      '1.3.6.1.2.1.1.1.0|4|C320 Version V2.1.0 Software, Copyright (c) by ZTE Corporation Compiled',
      '1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.3902.1082.1001.320.2.1',
      '1.3.6.1.2.1.1.4.0|4e|\\\\"private\\\\"',
      '1.3.6.1.2.1.1.5.0|4|private',
      '1.3.6.1.2.1.1.6.0|4e|\\\\"private\\\\"',
      '',
    ].join('\n')
    const { devices, diagnostics } = parseInventory(recording, { file: 'zxa10_c320.snmprec' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([expect.objectContaining({ id: 'private', site: '\\"private\\"', macs: ['d4:c1:c8:18:86:50'] })])
    expect(identify(devices[0]!, loadDefaultCatalog()).evidence).toContainEqual(expect.objectContaining({ method: 'oui', manufacturer: 'zte' }))
    // The escapes snmpsim writes (its record/snmprec.py): \xHH for a byte, \n, \\ and the quotes.
    const escaped = parseInventory('1.3.6.1.2.1.1.1.0|4e|Huawei\\nVRP \\xc2\\xa9\n1.3.6.1.2.1.2.2.1.6.1|4e|\\x00\\xe0\\xfcAB\\x01\n', { file: 'e.snmprec' })
    expect(escaped.diagnostics).toEqual([])
    expect(escaped.devices[0]).toMatchObject({ snmp: { sysDescr: 'Huawei\nVRP ©' }, macs: ['00:e0:fc:41:42:01'] })
  })

  it('reads BRIDGE-MIB\'s dot1dBaseBridgeAddress as a MAC of the device', () => {
    // LibreNMS tests/snmpsim/huawei-smu_smu02b.snmprec: a Huawei power system's monitoring unit
    // records no interface's MAC, only its bridge address, and Net-SNMP's default sysObjectID.
    const recording = [
      '1.3.6.1.2.1.1.1.0|4|Linux GSE200M 2.6.27-SPEAr310 #776 Thu Aug 16 11:23:18 CST 2018 armv5tejl',
      '1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.8072.3.2.10',
      '1.3.6.1.2.1.17.1.1.0|4x|F4796086F91B',
      '1.3.6.1.4.1.2011.6.164.1.1.1.4.0|4|huawei description',
      '',
    ].join('\n')
    const { devices, diagnostics } = parseInventory(recording, { file: 'huawei-smu_smu02b.snmprec' })
    expect(diagnostics).toEqual([])
    expect(devices[0]!.macs).toEqual(['f4:79:60:86:f9:1b'])
    expect(identify(devices[0]!, loadDefaultCatalog()).evidence).toContainEqual(expect.objectContaining({ method: 'oui', manufacturer: 'huawei' }))
    // As Net-SNMP prints it with BRIDGE-MIB loaded; a bridge port's row is no bridge address.
    const walk = parseInventory('SNMPv2-MIB::sysName.0 = STRING: sw-1\nBRIDGE-MIB::dot1dBaseBridgeAddress.0 = STRING: 30:de:4b:f5:f7:e2\n', { file: 'walk.txt' })
    expect(walk.devices[0]!.macs).toEqual(['30:de:4b:f5:f7:e2'])
  })

  it('leaves out the MACs of the subscribers\' units an OLT lists as its PON ports\' interfaces', () => {
    // LibreNMS tests/snmpsim/vsolution_v1600d.snmprec, a V-SOL EPON OLT: EPON0/1:1, EPON0/1:2... are
    // the ONUs behind its first PON port, with the ONUs' MACs (Intelbras's blocks 24FD0D, D8778B).
    const recording = [
      '1.3.6.1.2.1.1.1.0|4|V1600D',
      '1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.37950.1.1.5.10.14.1',
      '1.3.6.1.2.1.2.2.1.2.7|4|vlan1200',
      '1.3.6.1.2.1.2.2.1.2.8|4|EPON0/1:1',
      '1.3.6.1.2.1.2.2.1.2.9|4|EPON0/1:2',
      '1.3.6.1.2.1.2.2.1.2.12|4|EPON0/1:5',
      '1.3.6.1.2.1.2.2.1.6.7|4x|006D61EE0BF3',
      '1.3.6.1.2.1.2.2.1.6.8|4x|24FD0D2030D9',
      '1.3.6.1.2.1.2.2.1.6.9|4x|24FD0D20FA1F',
      '1.3.6.1.2.1.2.2.1.6.12|4x|D8778B3D26BE',
      '',
    ].join('\n')
    const catalog = loadDefaultCatalog()
    const { devices, diagnostics } = parseInventory(recording, { file: 'vsolution_v1600d.snmprec' })
    expect(diagnostics).toEqual([])
    expect(devices[0]!.macs).toEqual(['00:6d:61:ee:0b:f3'])
    expect(identify(devices[0]!, catalog)).toMatchObject({ group: 'v-sol', conflicts: [] })
    // Behind a third-party OLT, a Huawei ONT makes no Huawei of the OLT.
    const huaweiOnt = parseInventory(recording.replace('24FD0D2030D9', '00E0FC123456'), { file: 'olt.snmprec' })
    expect(identify(huaweiOnt.devices[0]!, catalog).evidence.map((e) => e.manufacturer)).not.toContain('huawei')
    // A walk of ifPhysAddress alone keeps every MAC: nothing tells the subscribers' interfaces.
    const macsOnly = parseInventory(recording.split('\n').filter((l) => !l.startsWith('1.3.6.1.2.1.2.2.1.2.')).join('\n'), { file: 'olt2.snmprec' })
    expect(macsOnly.devices[0]!.macs).toHaveLength(4)
  })

  it('reads the serial number a sysDescr states when ENTITY-MIB names none', () => {
    // LibreNMS tests/snmpsim/dcn-software.snmprec, a Digital China Networks switch.
    const recording = '1.3.6.1.2.1.1.1.0|4|S4600-52P-SI Device, Compiled Jun 06 16:24:54 2016 SoftWare Version 7.0.3.5(R0241.0101) BootRom Version 7.2.16 HardWare Version 1.0.1  Serial No.:SW045010FB16000330 Copyright (C) 2001-2016 by Digital China Networks Limited. All rights reserved\n' +
      '1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.6339.1.1.1.280\n'
    const { devices, diagnostics } = parseInventory(recording, { file: 'dcn-software.snmprec' })
    expect(diagnostics).toEqual([])
    expect(devices[0]!.serial).toBe('SW045010FB16000330')
    // The chassis's entPhysicalSerialNum, where the walk has it, is the serial.
    const both = parseInventory(recording + '1.3.6.1.2.1.47.1.1.1.1.5.1|2|3\n1.3.6.1.2.1.47.1.1.1.1.11.1|4|SW0450X\n', { file: 'b.snmprec' })
    expect(both.devices[0]!.serial).toBe('SW0450X')
  })

  it('names a UPS by UPS-MIB\'s upsIdentManufacturer and upsIdentModel when the walk has no ENTITY-MIB chassis', () => {
    // As LibreNMS tests/snmpsim/huaweiups.snmprec records a Huawei UPS card: a bare kernel line as
    // its sysDescr, no sysObjectID, and the maker only in UPS-MIB.
    const recording = '1.3.6.1.2.1.1.1.0|4|Linux GSE200M\n1.3.6.1.2.1.1.5.0|4|ups-ber-01\n1.3.6.1.2.1.33.1.1.1.0|4|HUAWEI\n'
    const { devices, diagnostics } = parseInventory(recording, { file: 'huaweiups.snmprec' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{ id: 'ups-ber-01', name: 'ups-ber-01', manufacturer: 'HUAWEI', snmp: { sysDescr: 'Linux GSE200M' } }])
    expect(identify(devices[0]!, loadDefaultCatalog()).manufacturer).toBe('huawei')

    const walk = [
      'SNMPv2-MIB::sysDescr.0 = STRING: Linux GSE200M',
      'SNMPv2-MIB::sysName.0 = STRING: ups-ber-02',
      'UPS-MIB::upsIdentManufacturer.0 = STRING: HUAWEI',
      'UPS-MIB::upsIdentModel.0 = STRING: UPS2000-G-3KRTS',
      '',
    ].join('\n')
    const named = parseInventory(walk, { file: 'walk.txt' })
    expect(named.diagnostics).toEqual([])
    expect(named.devices[0]).toMatchObject({ manufacturer: 'HUAWEI', model: 'UPS2000-G-3KRTS' })
  })

  it('names a camera that answers only its maker\'s MIB by the enterprise number and reads Hikvision\'s model object', () => {
    // The shape of LibreNMS tests/snmpsim/hikvision-cam.snmprec: no system group, only objects under
    // Hikvision's 39165, the model first.
    const recording = [
      '1.3.6.1.4.1.39165.1.1.0|4|DS-2CD2143G0-I',
      '1.3.6.1.4.1.39165.1.3.0|4|V5.6.3 build 190923',
      '1.3.6.1.4.1.39165.1.7.0|4|9 PERCENT',
      '',
    ].join('\n')
    const { devices, diagnostics } = parseInventory(recording, { file: 'cam.snmprec' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{
      id: 'walk-1', model: 'DS-2CD2143G0-I', firmware: { version: 'V5.6.3 build 190923' }, snmp: { privateObjects: ['1.3.6.1.4.1.39165.1.1.0'] },
    }])
    const a = identify(devices[0]!, loadDefaultCatalog())
    expect(a.manufacturer).toBe('hikvision')
    expect(a.evidence).toContainEqual(expect.objectContaining({ method: 'snmp_enterprise', enterprise: 39165, privateObject: true }))
    expect(a.evidence).toContainEqual(expect.objectContaining({ method: 'model', value: 'DS-2CD2143G0-I' }))
  })

  it('reads Dahua\'s deviceType as the model of a recorder walked by number', () => {
    const walk = [
      '.1.3.6.1.4.1.1004849.2.1.1.1.0 = STRING: "V4.001.0000000.1.R"',
      '.1.3.6.1.4.1.1004849.2.1.2.4.0 = STRING: "7J0123PAZ00042"',
      '.1.3.6.1.4.1.1004849.2.1.2.6.0 = STRING: "NVR4108HS-4KS2"',
      '',
    ].join('\n')
    const { devices, diagnostics } = parseInventory(walk, { file: 'nvr.txt' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{
      id: 'walk-1', model: 'NVR4108HS-4KS2', serial: '7J0123PAZ00042', firmware: { version: 'V4.001.0000000.1.R' },
      snmp: { privateObjects: ['1.3.6.1.4.1.1004849.2.1.1.1.0'] },
    }])
    const a = identify(devices[0]!, loadDefaultCatalog())
    expect(a.manufacturer).toBe('dahua')
    expect(a.evidence.map((e) => e.method).sort()).toEqual(['model', 'snmp_enterprise'])
  })

  it('reads the makers\' objects by their MIB names too, where both MIBs call the model deviceType', () => {
    const walk = [
      'HIK-DEVICE-MIB::deviceType.0 = STRING: "DS-7608NI-K2"',
      'HIK-DEVICE-MIB::softwVersion.0 = STRING: "V4.30.085 build 200916"',
      '',
      'DAHUA-SNMP-MIB::softwareRevision.0 = STRING: "V4.001.0000000.1.R"',
      'DAHUA-SNMP-MIB::deviceType.0 = STRING: "XVR5108HS-I3"',
      '',
    ].join('\n')
    const { devices, diagnostics } = parseInventory(walk, { file: 'walk.txt' })
    expect(diagnostics).toEqual([])
    // One walk, as nothing starts a system group: the first model read is the device's.
    expect(devices).toHaveLength(1)
    expect(devices[0]).toMatchObject({ model: 'DS-7608NI-K2', snmp: { privateObjects: ['1.3.6.1.4.1.39165', '1.3.6.1.4.1.1004849'] } })
    const hik = parseInventory(walk.split('\n\n')[0]!, { file: 'walk.txt' }).devices[0]!
    expect(identify(hik, loadDefaultCatalog()).manufacturer).toBe('hikvision')
    const dahua = parseInventory(walk.split('\n\n')[1]!, { file: 'walk.txt' }).devices[0]!
    expect(dahua).toMatchObject({ model: 'XVR5108HS-I3', firmware: { version: 'V4.001.0000000.1.R' } })
    expect(identify(dahua, loadDefaultCatalog()).manufacturer).toBe('dahua')
  })

  it('keeps private objects out when the walk has a sysObjectID, and leaves a number no maker owns unknown', () => {
    const withOid = parseInventory('1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.2011.2.23.420\n1.3.6.1.4.1.39165.1.3.0|4|V5\n', { file: 'a.snmprec' })
    expect(withOid.devices[0]!.snmp).toEqual({ sysObjectID: '1.3.6.1.4.1.2011.2.23.420' })
    const unknown = parseInventory('1.3.6.1.4.1.99999.1.1.0|4|X-100\n', { file: 'b.snmprec' })
    expect(unknown.devices[0]!.snmp).toEqual({ privateObjects: ['1.3.6.1.4.1.99999.1.1.0'] })
    expect(identify(unknown.devices[0]!, loadDefaultCatalog()).manufacturer).toBeUndefined()
  })

  it('keeps the private objects beside Net-SNMP\'s default sysObjectID, which names no maker', () => {
    // LibreNMS tests/snmpsim/huawei-smu.snmprec: the monitoring unit of a Huawei power system reports a
    // Linux kernel line and linux's netSnmpAgentOIDs.10, and names itself under Huawei's 2011.
    const recording = [
      '1.3.6.1.2.1.1.1.0|4|Linux GSE200M 2.6.27-SPEAr310 #5 Fri Mar 9 23:07:56 CST 2012 armv5tejl',
      '1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.8072.3.2.10',
      '1.3.6.1.4.1.2011.6.164.1.1.1.4.0|4|HUAWEI SMU',
      '',
    ].join('\n')
    const { devices, diagnostics } = parseInventory(recording, { file: 'huawei-smu.snmprec' })
    expect(diagnostics).toEqual([])
    expect(devices[0]!.snmp).toEqual({
      sysObjectID: '1.3.6.1.4.1.8072.3.2.10', sysDescr: expect.stringMatching(/^Linux GSE200M /), privateObjects: ['1.3.6.1.4.1.2011.6.164.1.1.1.4.0'],
    })
    const a = identify(devices[0]!, loadDefaultCatalog())
    expect(a.manufacturer).toBe('huawei')
    // the private object names Huawei; the card's host name in the kernel line is a hint beside it
    expect(a.evidence).toEqual([
      expect.objectContaining({ method: 'snmp_enterprise', enterprise: 2011, privateObject: true }),
      expect.objectContaining({ method: 'banner', pattern: 'huawei-gse200m-sysdescr' }),
    ])
    // the same walk printed with MIBs, and a plain Linux host whose objects sit under Net-SNMP's and UCD's numbers only
    const walk = parseInventory([
      'SNMPv2-MIB::sysObjectID.0 = OID: NET-SNMP-MIB::netSnmpAgentOIDs.10',
      'SNMPv2-SMI::enterprises.2011.6.164.1.1.1.4.0 = STRING: "HUAWEI SMU"',
      '',
    ].join('\n'), { file: 'walk.txt' })
    expect(walk.devices[0]!.snmp).toEqual({ sysObjectID: '1.3.6.1.4.1.8072.3.2.10', privateObjects: ['1.3.6.1.4.1.2011.6.164.1.1.1.4.0'] })
    const linux = parseInventory('1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.8072.3.2.10\n1.3.6.1.4.1.2021.4.5.0|2|1000\n', { file: 'linux.snmprec' })
    expect(identify(linux.devices[0]!, loadDefaultCatalog()).manufacturer).toBeUndefined()
    // a JSON inventory follows the same rule
    const json = parseInventory(JSON.stringify([
      { id: 'smu', snmp: { sysObjectID: '.1.3.6.1.4.1.8072.3.2.10', privateObjects: ['1.3.6.1.4.1.2011.6.164.1.1.1.4.0'] } },
      { id: 'sw', snmp: { sysObjectID: '1.3.6.1.4.1.25506.1.244', privateObjects: ['1.3.6.1.4.1.2011.6.164.1.1.1.4.0'] } },
    ]), { file: 'devices.json' })
    expect(json.devices.map((d) => d.snmp!.privateObjects)).toEqual([['1.3.6.1.4.1.2011.6.164.1.1.1.4.0'], undefined])
  })

  it('reads the product a UniFi access point\'s IEEE 802.11 MIB names as its model, where nothing else in the walk names the maker', () => {
    // LibreNMS tests/snmpsim/unifi.snmprec (its first lines): dot11manufacturerProductName.6 "UAP",
    // a bare Linux kernel line, and Frogfoot's 10002.1 (which names no maker) as sysObjectID.
    const recording = [
      '1.2.840.10036.3.1.2.1.3.6|4|UAP',
      '1.3.6.1.2.1.1.1.0|4|Linux 3.3.8 #1 Wed Jan 18 09:26:53 PST 2017 mips',
      '1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.10002.1',
      '1.3.6.1.4.1.10002.1.1.1.1.1.0|66|62384',
      '',
    ].join('\n')
    const { devices, diagnostics } = parseInventory(recording, { file: 'unifi.snmprec' })
    expect(diagnostics).toEqual([])
    expect(devices[0]!.model).toBe('UAP')
    const a = identify(devices[0]!, loadDefaultCatalog())
    expect(a.manufacturer).toBe('ubiquiti')
    expect(a.evidence).toEqual([expect.objectContaining({ method: 'model', pattern: 'ubiquiti' })])
    // the same object as snmpwalk prints it with the MIB loaded, and an empty product that names nothing
    const named = parseInventory('IEEE802dot11-MIB::dot11manufacturerProductName.6 = STRING: UAP-AC-PRO\n', { file: 'walk.txt' })
    expect(named.devices[0]!.model).toBe('UAP-AC-PRO')
    const empty = parseInventory('1.2.840.10036.3.1.2.1.3.6|4|\n1.3.6.1.2.1.1.1.0|4|Linux 3.3.8\n', { file: 'e.snmprec' })
    expect(empty.devices[0]!.model).toBeUndefined()
  })

  it('keeps the private objects beside a Windows server\'s sysObjectID, which names no maker, so the server\'s own agent names its maker', () => {
    // LibreNMS tests/snmpsim/windows.snmprec, whole: the Windows agent's sysObjectID (Microsoft's 311),
    // and the chassis model and service tag of the Dell server it runs on, under Dell's 674.
    const recording = [
      '1.3.6.1.2.1.1.1.0|4|Hardware: Intel64 Family 6 Model 26 Stepping 4 AT/AT COMPATIBLE - Software: Windows Version 6.1 (Build 7601 Multiprocessor Free)',
      '1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.311.1.1.3.1.2',
      '1.3.6.1.4.1.674.10892.1.300.10.1.9.1|4|PowerEdge 2650',
      '1.3.6.1.4.1.674.10892.1.300.10.1.11.1|4|1234567',
      '',
    ].join('\n')
    const { devices, diagnostics } = parseInventory(recording, { file: 'windows.snmprec' })
    expect(diagnostics).toEqual([])
    expect(devices[0]!.snmp?.privateObjects).toEqual(['1.3.6.1.4.1.674.10892.1.300.10.1.9.1'])
    const a = identify(devices[0]!, loadDefaultCatalog())
    expect(a.manufacturer).toBe('dell')
    expect(a.evidence).toEqual([expect.objectContaining({ method: 'snmp_enterprise', enterprise: 674, privateObject: true })])
    // a Windows host whose agent answers under Microsoft's number alone names no maker
    const bare = parseInventory('1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.311.1.1.3.1.2\n1.3.6.1.4.1.311.1.1.3.1.2.1.0|2|1\n', { file: 'w.snmprec' })
    expect(identify(bare.devices[0]!, loadDefaultCatalog()).manufacturer).toBeUndefined()
    // a maker's own sysObjectID still keeps another number's objects out (an HP server's agent under Compaq's 232)
    const own = parseInventory('1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.232.9.4.10\n1.3.6.1.4.1.674.10892.1.300.10.1.9.1|4|X\n', { file: 'ilo.snmprec' })
    expect(own.devices[0]!.snmp?.privateObjects).toBeUndefined()
  })

  it('identifies the covered makers\' recordings in LibreNMS\'s test data by their sysObjectID and sysDescr', () => {
    // The system group of tests/snmpsim recordings, as the files hold it (a sysDescr in hex where the file has it so).
    const recordings: [string, string, string, string | undefined][] = [
      // vrp_5720: the model on the first line, the product by its sysObjectID
      ['vrp_5720.snmprec', '1.3.6.1.2.1.1.1.0|4x|53353732302d3536432d5057522d45492d41430a48756177656920566572736174696c6520526f7574696e6720506c6174666f726d20536f667477617265200d0a205652502028522920736f6674776172652c56657273696f6e20352e3137302028533537323020563230305230313043303053504336303029200d0a20436f707972696768742028432920323030372048756177656920546563686e6f6c6f6769657320436f2e2c204c74642e\n1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.2011.2.23.291\n', 'huawei', 'S5720-56C-PWR-EI-AC'],
      // vrp_3: the platform's name alone, no sysObjectID
      ['vrp_3.snmprec', '1.3.6.1.2.1.1.1.0|4|Versatile Routing Platform Software\n', 'huawei', undefined],
      // zxa10: a ZTE C320 OLT
      ['zxa10.snmprec', '1.3.6.1.2.1.1.1.0|4|C320 Version V2.1.0 Software, Copyright (c) by ZTE Corporation Compiled\n1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.3902.1082.1001.320.2.1\n', 'zte', undefined],
      // comware_1: an H3C switch of the Hangzhou years
      ['comware_1.snmprec', '1.3.6.1.2.1.1.1.0|4|Hangzhou H3C Comware Platform Software, Software Version 3.10, Release 2211P06\n1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.25506.1.244\n', 'h3c', undefined],
      // comware_h3c: an HP V1910, whose text names HP and whose sysObjectID (written with a leading dot) is H3C's hpV191048G
      ['comware_h3c.snmprec', '1.3.6.1.2.1.1.1.0|4|HP V1910-48G Switch Software Version 5.20 Release 1111P01\n1.3.6.1.2.1.1.2.0|6|.1.3.6.1.4.1.25506.11.1.85\n', 'h3c', 'hpV191048G'],
      // hikvision: the fixed sysDescr, a sysObjectID under a number that is not Hikvision's
      ['hikvision.snmprec', '1.3.6.1.2.1.1.1.0|4|Hikvision company products\n1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.50001\n1.3.6.1.4.1.39165.1.6.0|4|Hikvision\n', 'hikvision', undefined],
      // microsemitime: a SyncServer time server, whose sysObjectID is an OID under Hikvision's number
      ['microsemitime.snmprec', '1.3.6.1.2.1.1.1.0|4|Linux SyncServer 2.6.10_mvl401-pc_target.Gryphon.2.10.2009.1201126 #18 Thu Mar 10 10:31:17 PST 2016 i686\n1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.39165.1.6\n', 'symmetricom', undefined],
    ]
    const catalog = loadDefaultCatalog()
    for (const [file, text, maker, product] of recordings) {
      const { devices, diagnostics } = parseInventory(text, { file })
      expect(diagnostics, file).toEqual([])
      expect(devices, file).toHaveLength(1)
      const a = identify(devices[0]!, catalog)
      expect(a.manufacturer, file).toBe(maker)
      if (product !== undefined) expect(a.evidence, file).toContainEqual(expect.objectContaining({ method: 'snmp_enterprise', product }))
    }
  })

  it('reads a Synology NAS\'s model from syno_hw_version in hrSystemInitialLoadParameters', () => {
    const walk = [
      'SNMPv2-MIB::sysDescr.0 = STRING: Linux nas-ber-01 4.4.302+ #72806 SMP Thu Sep 5 13:45:09 CST 2024 x86_64',
      'SNMPv2-MIB::sysObjectID.0 = OID: NET-SNMP-MIB::netSnmpAgentOIDs.10',
      'SNMPv2-MIB::sysName.0 = STRING: nas-ber-01',
      'HOST-RESOURCES-MIB::hrSystemInitialLoadParameters.0 = STRING: "BOOT_IMAGE=/zImage console=ttyS0,115200n8 netif_num=4 syno_hw_version=DS918+ HddEnableDynamicPower=1"',
      '',
    ].join('\n')
    const { devices, diagnostics } = parseInventory(walk, { file: 'nas.txt' })
    expect(diagnostics).toEqual([])
    expect(devices[0]).toMatchObject({ id: 'nas-ber-01', model: 'DS918+' })
    expect(identify(devices[0]!, loadDefaultCatalog()).manufacturer).toBe('synology')
    // as DSM answers it: quoted, the command line's line break inside the quotes, the board's revision after the model
    const old = parseInventory([
      'HOST-RESOURCES-MIB::hrSystemInitialLoadParameters.0 = STRING: "console=ttyS0,115200 ip=off initrd=0x00800040,4M root=/dev/md0 rw syno_hw_version=DS207+v10 ihd_num=2',
      '"',
      'HOST-RESOURCES-MIB::hrSystemNumUsers.0 = Gauge32: 0',
      '',
    ].join('\n'), { file: 'nas.txt' })
    expect(old.diagnostics).toEqual([])
    expect(old.devices[0]!.model).toBe('DS207+')
    expect(parseInventory('1.3.6.1.2.1.25.1.4.0|4|root=/dev/md0 syno_hw_version=DS414r1 ihd_num=4\n', { file: 'a.snmprec' }).devices[0]!.model).toBe('DS414')
    // the same object without the word says nothing
    const plain = parseInventory('1.3.6.1.2.1.25.1.4.0|4|BOOT_IMAGE=/vmlinuz root=/dev/sda1\n', { file: 'linux.snmprec' })
    expect(plain.devices[0]!.model).toBeUndefined()
  })

  it('reads the model of a DOCSIS sysDescr\'s MODEL field, and identifies its maker by the VENDOR field', () => {
    const walk = [
      'SNMPv2-MIB::sysDescr.0 = STRING: Hybrid set-top box <<HW_REV: 1.0; VENDOR: Huawei; BOOTR: 2.1.0; SW_REV: V100R003C10; MODEL: EC6108V9>>',
      'SNMPv2-MIB::sysName.0 = STRING: stb-0042',
      '',
    ].join('\n')
    const { devices } = parseInventory(walk, { file: 'stb.txt' })
    expect(devices[0]).toMatchObject({ id: 'stb-0042', model: 'EC6108V9' })
    const a = identify(devices[0]!, loadDefaultCatalog())
    expect(a.manufacturer).toBe('huawei')
    expect(a.evidence).toContainEqual(expect.objectContaining({ method: 'banner', pattern: 'docsis-sysdescr-vendor' }))
  })

  it('keeps the ENTITY-MIB chassis as the device when the walk also has UPS-MIB\'s identity', () => {
    const recording = [
      '1.3.6.1.2.1.1.5.0|4|ups-ber-03',
      '1.3.6.1.2.1.33.1.1.1.0|4|EATON',
      '1.3.6.1.2.1.47.1.1.1.1.5.1|2|3',
      '1.3.6.1.2.1.47.1.1.1.1.12.1|4|Huawei Technologies Co., Ltd.',
      '1.3.6.1.2.1.47.1.1.1.1.13.1|4|UPS5000-E',
      '',
    ].join('\n')
    const { devices } = parseInventory(recording, { file: 'ups.snmprec' })
    expect(devices[0]).toMatchObject({ manufacturer: 'Huawei Technologies Co., Ltd.', model: 'UPS5000-E' })
  })

  it('is told from its first line on standard input and in a .txt file, and read with --input-format snmpwalk', () => {
    for (const file of ['<stdin>', 'walk.txt', 'walk']) expect(parseInventory(NUMERIC_WALK, { file }).devices.map((d) => d.id)).toEqual(['core-sw-2'])
    // a comment line before the walk, a file of one line without a line break
    expect(parseInventory(`# 10.0.0.7\n${HUAWEI_WALK}`, { file: '<stdin>' }).devices.map((d) => d.id)).toEqual(['sw-fra-access-07'])
    expect(parseInventory('.1.3.6.1.2.1.1.5.0 = STRING: "x"', { file: '<stdin>' }).devices).toEqual([{ id: 'x', name: 'x' }])
    expect(parseInventory(SNMPREC, { file: 'dump.dat', format: 'snmpwalk' }).devices.map((d) => d.id)).toEqual(['ar-ham-02'])
    // CSV stays CSV
    expect(parseInventory('id,sys_descr\nd1,x = y\n', { file: '<stdin>' }).devices).toEqual([{ id: 'd1', snmp: { sysDescr: 'x = y' } }])
  })

  it('reports a line that is no walk line with its file and line, and snmpwalk\'s own messages as warnings, and keeps the walks', () => {
    const text = `${NUMERIC_WALK}Timeout: No Response from 10.0.0.9\n.1.3.6.1.2.1.1.3.0 = Timeticks: (5) 0:00:00.05\nhost 10.0.0.10 follows\n.1.3.6.1.2.1.1.5.0 = STRING: sw-10\n`
    const { devices, diagnostics } = parseInventory(text, { file: 'walks.txt' })
    expect(devices.map((d) => d.id)).toEqual(['core-sw-2', 'sw-10'])
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'walks.txt:12: warning: the walk holds a message of the SNMP tool, "Timeout: No Response from 10.0.0.9": the walk of a host here is missing or cut short. Walk that host again.',
      'walks.txt:14: error: "host 10.0.0.10 follows" is not a line of an SNMP walk; it is skipped. Each object is a line "NAME = TYPE: VALUE" as snmpwalk prints it ' +
        '(a STRING value may go on over the next lines), or "OID|TAG|VALUE" in an snmpsim recording. Remove text saved with the walk, or mark it with a leading #.',
    ])
  })

  it('reads a file that holds only what snmpwalk printed when it failed as a walk with that message, not as a CSV', () => {
    // snmpwalk -v2c -c public 10.0.0.1 system > walk.txt 2>&1, on Debian without the MIB files
    const unknown = parseInventory('system: Unknown Object Identifier (Sub-id not found: (top) -> system)\n', { file: 'walk.txt' })
    expect(unknown.devices).toEqual([])
    expect(unknown.diagnostics.map(formatDiagnostic)).toEqual([
      'walk.txt:1: warning: the walk holds a message of the SNMP tool, "system: Unknown Object Identifier (Sub-id not found: (top) -> system)": snmpwalk knew no object of that name (its MIB files are not installed), so nothing was walked. ' +
        'Walk the objects by number: snmpwalk -v2c -c <community> -On <host> .1.3.6.1.2.1.1 (the system group; .1.3.6.1.2.1 for more).',
      'walk.txt: error: the input holds no devices (an empty file, or a header line only): check that the export or scan worked.',
    ])
    const timeout = parseInventory('Timeout: No Response from 10.0.0.1\n', { file: 'walk.txt' })
    expect(timeout.diagnostics.map((d) => d.code)).toEqual(['snmpwalk_message', 'empty_input'])
  })

  it('reports snmpwalk\'s message after a string printed as it is (with MIBs) rather than taking it as the value\'s next line', () => {
    // for h in ...; do snmpget -v2c -c public $h sysName.0 sysDescr.0; done > walks.txt 2>&1, with 10.0.0.9 down
    const text = 'SNMPv2-MIB::sysName.0 = STRING: sw-8\nSNMPv2-MIB::sysDescr.0 = STRING: Huawei Versatile Routing Platform Software\nVRP (R) software, Version 5.170 (S5720 V200R011C10SPC500)\n' +
      'Timeout: No Response from 10.0.0.9\nSNMPv2-MIB::sysName.0 = STRING: sw-10\n'
    const { devices, diagnostics } = parseInventory(text, { file: 'walks.txt' })
    expect(devices).toEqual([
      { id: 'sw-8', name: 'sw-8', snmp: { sysDescr: 'Huawei Versatile Routing Platform Software\nVRP (R) software, Version 5.170 (S5720 V200R011C10SPC500)' } },
      { id: 'sw-10', name: 'sw-10' },
    ])
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'walks.txt:4: warning: the walk holds a message of the SNMP tool, "Timeout: No Response from 10.0.0.9": the walk of a host here is missing or cut short. Walk that host again.',
    ])
  })

  it('skips the command lines of a saved terminal session, at the start and between walks', () => {
    const text = 'admin@nms:~$ snmpwalk -v2c -c public 10.0.0.8 system\nSNMPv2-MIB::sysDescr.0 = STRING: Huawei Versatile Routing Platform Software\n' +
      'SNMPv2-MIB::sysName.0 = STRING: sw-8\n[root@nms ~]# snmpget -v2c -c public 10.0.0.10 sysName.0 sysDescr.0\n' +
      'SNMPv2-MIB::sysName.0 = STRING: sw-10\nSNMPv2-MIB::sysDescr.0 = STRING: H3C Comware Platform Software\n'
    for (const file of ['walks.txt', '<stdin>']) {
      const { devices, diagnostics } = parseInventory(text, { file })
      expect(diagnostics).toEqual([])
      expect(devices).toEqual([
        { id: 'sw-8', name: 'sw-8', snmp: { sysDescr: 'Huawei Versatile Routing Platform Software' } },
        { id: 'sw-10', name: 'sw-10', snmp: { sysDescr: 'H3C Comware Platform Software' } },
      ])
    }
  })

  it('takes a quoted value cut off before its closing quote as ending at the next object line', () => {
    const text = '.1.3.6.1.2.1.1.1.0 = STRING: "Huawei Versatile Routing Platform Software\nVRP (R) software, Version 8.191\n.1.3.6.1.2.1.1.2.0 = OID: .1.3.6.1.4.1.2011.2.239.32\n'
    expect(parseInventory(text, { file: 'walk.txt' }).devices).toEqual([{
      id: 'walk-1', snmp: { sysObjectID: '1.3.6.1.4.1.2011.2.239.32', sysDescr: 'Huawei Versatile Routing Platform Software\nVRP (R) software, Version 8.191' },
    }])
  })

  it('refuses a walk printed with -Ov, whose values have lost the OIDs that say what they are', () => {
    expect(() => parseInventory('STRING: Huawei AR1220\nOID: SNMPv2-SMI::enterprises.2011.2.224.1\n', { file: 'walk.txt' })).toThrow(/-Ov/)
  })
})
