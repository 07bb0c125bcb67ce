import { describe, expect, it } from 'vitest'
import { SCANNER_CPE_PATTERN, SYSDESCR_NAME_PATTERN, type Attribution } from '../domain/evidence.js'
import { fitDeviceLabel, formatConflict, formatEvidence, summarizeEvidence, summarizeEvidenceBriefly, tableDeviceLabel } from './words.js'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'

describe('formatEvidence', () => {
  it('names the banner pattern and what it captured', () => {
    expect(formatEvidence({ method: 'banner', manufacturer: 'huawei', value: 'SSH-2.0-HUAWEI-1.5', pattern: 'huawei-vrp-ssh', protocol: 'ssh', version: '1.5' }))
      .toBe('ssh banner huawei-vrp-ssh 1.5')
  })

  it('quotes a sysDescr that only names the maker, shortened, and says the evidence is weak', () => {
    const value = 'HUAWEI TECH. CO., LTD. EchoLife HG8245H'
    expect(formatEvidence({ method: 'banner', manufacturer: 'huawei', value, pattern: SYSDESCR_NAME_PATTERN, protocol: 'snmp' }))
      .toBe(`sysDescr names it: "${value}" (weak)`)
    const long = formatEvidence({ method: 'banner', manufacturer: 'zte', value: 'x'.repeat(100), pattern: SYSDESCR_NAME_PATTERN, protocol: 'snmp' })
    expect(long).toBe(`sysDescr names it: "${'x'.repeat(59)}…" (weak)`)
  })

  it("shows the CPE a scanner concluded and says it is weak, for a service or for the host (Censys's operating_system)", () => {
    const cpe = 'cpe:2.3:o:fortinet:fortios:*:*:*:*:*:*:*:*'
    const host = { method: 'banner', manufacturer: 'fortinet', value: cpe, pattern: SCANNER_CPE_PATTERN, protocol: 'other' } as const
    expect(formatEvidence(host)).toBe(`the scanner's CPE for the host names it: ${cpe} (weak)`)
    expect(formatEvidence({ ...host, protocol: 'https' })).toBe(`the scanner's CPE for the https service names it: ${cpe} (weak)`)
    const attribution: Attribution = { deviceId: 'fw', manufacturer: 'fortinet', group: 'fortinet', confidence: 0.4, conflicts: [], componentGroups: [], unrecognised: [], evidence: [host] }
    expect(summarizeEvidenceBriefly(attribution)).toBe('scanner CPE names it (weak)')
  })
})

describe('summarizeEvidence', () => {
  const unknown = (unrecognised: Attribution['unrecognised']): Attribution => ({
    deviceId: 'd1', manufacturer: undefined, group: undefined, confidence: 0, conflicts: [], componentGroups: [], unrecognised, evidence: [],
  })

  it('says a MAC of a block the registry lists as Private has an unpublished holder, not one the catalog lacks', () => {
    // mam.csv lists 741AE09 as "Private", with no address.
    expect(summarizeEvidence(unknown([{ method: 'oui', value: '74:1a:e0:91:22:33', organization: 'Private' }]))).toBe('MAC OUI of a private block (its holder is not published)')
    expect(summarizeEvidence(unknown([{ method: 'oui', value: '08:ea:44:00:00:01', organization: 'Acme Widgets' }]))).toBe('MAC OUI Acme Widgets (not in catalog)')
  })

  // LibreNMS tests/snmpsim/linux.snmprec (a Linux host's Net-SNMP agent) and windows.snmprec (a Windows
  // server's agent): the catalog knows both numbers, as the agents' and not a maker's.
  it('says a Linux host\'s or a Windows server\'s sysObjectID names no manufacturer and whose it is, where it said the number was not in the catalog', () => {
    const catalog = loadDefaultCatalog()
    const linux = identify({ id: 'host', snmp: { sysObjectID: '1.3.6.1.4.1.8072.3.2.10', sysDescr: 'Linux some.host.name 4.9.0 #1 SMP Mon Dec 12 14:44:53 CST 2016 x86_64' } }, catalog)
    expect(linux.manufacturer).toBeUndefined()
    const line = summarizeEvidence(linux)
    expect(line).toContain("SNMP enterprise 1.3.6.1.4.1.8072.3.2.10 names no manufacturer (Net-SNMP's: the default sysObjectID of its agent")
    expect(line).not.toContain('not in catalog')
    const windows = identify({ id: 'srv', snmp: { sysObjectID: '1.3.6.1.4.1.311.1.1.3.1.2', sysDescr: 'Hardware: Intel64 Family 6 Model 26 Stepping 4 AT/AT COMPATIBLE - Software: Windows Version 6.1 (Build 7601 Multiprocessor Free)' } }, catalog)
    expect(windows.unrecognised.find((u) => u.method === 'snmp_enterprise')?.noMaker).toContain("Microsoft's: the SNMP agent of Windows")
    // A number the catalog does not know at all is still said to be missing from it.
    expect(summarizeEvidence(unknown([{ method: 'snmp_enterprise', value: '1.3.6.1.4.1.49136' }]))).toBe('SNMP enterprise 1.3.6.1.4.1.49136 (not in catalog)')
  })

  it('says a MAC that only the IEEE\'s own block holds lies in a block the registry data lacks, where it said the IEEE was not in the catalog', () => {
    // 70-B3-D5 is the IEEE Registration Authority's, divided into MA-S blocks; 70B3D5000 is in none of the files of 2026-05-21.
    expect(summarizeEvidence(unknown([{ method: 'oui', value: '70:b3:d5:00:00:01', organization: 'IEEE Registration Authority' }])))
      .toBe("MAC OUI of the IEEE's own block, in a smaller block the registry data lacks (refresh the MA-M, MA-S and IAB registries)")
  })

  it('says the evidence of two MACs of one block once, as identify\'s CSV writes it', () => {
    const a: Attribution = {
      deviceId: 'sw-core-01', manufacturer: 'huawei', group: 'huawei', confidence: 0.993, conflicts: [], componentGroups: [], unrecognised: [], chain: [],
      evidence: [
        { method: 'declared', manufacturer: 'huawei', value: 'Huawei' },
        { method: 'oui', manufacturer: 'huawei', value: '00:e0:fc:12:34:56', prefix: '00E0FC', registry: 'MA-L', organization: 'HUAWEI TECHNOLOGIES CO.,LTD' },
        { method: 'oui', manufacturer: 'huawei', value: '00:e0:fc:12:34:57', prefix: '00E0FC', registry: 'MA-L', organization: 'HUAWEI TECHNOLOGIES CO.,LTD' },
      ],
    }
    expect(summarizeEvidence(a)).toBe('huawei: declared "Huawei"; huawei: MAC OUI 00E0FC (MA-L HUAWEI TECHNOLOGIES CO.,LTD)')
  })
})

describe('summarizeEvidenceBriefly', () => {
  it('says each piece in few words, naming a maker only when it is not the device\'s, each once', () => {
    const a: Attribution = {
      deviceId: 'd1', manufacturer: 'huawei', group: 'huawei', confidence: 0.97, conflicts: [], componentGroups: [], unrecognised: [], chain: [],
      evidence: [
        { method: 'declared', manufacturer: 'huawei', value: 'Huawei' },
        { method: 'oui', manufacturer: 'huawei', value: '00:e0:fc:00:00:01', prefix: '00E0FC', registry: 'MA-L', organization: 'HUAWEI TECHNOLOGIES CO.,LTD' },
        { method: 'oui', manufacturer: 'huawei', value: '00:e0:fc:00:00:02', prefix: '00E0FC', registry: 'MA-L', organization: 'HUAWEI TECHNOLOGIES CO.,LTD' },
        { method: 'snmp_enterprise', manufacturer: 'huawei', value: '1.3.6.1.4.1.2011.2.62', enterprise: 2011, organization: 'HUAWEI Technology Co.,Ltd', product: 'NE40E' },
        { method: 'banner', manufacturer: 'huawei', value: 'Huawei Versatile Routing Platform', pattern: 'huawei-vrp', protocol: 'snmp', product: 'a routing platform of a long description' },
        { method: 'model', manufacturer: 'huawei', value: 'DS-2CD2032-I', pattern: 'hikvision-ds', serial: 'DS-2CD2032-I20150507CCWR516358487' },
        { method: 'oui', manufacturer: 'intel', value: '00:1b:21:00:00:01', prefix: '001B21', registry: 'MA-L', organization: 'Intel Corporate', interfaceOnly: true },
      ],
    }
    expect(summarizeEvidenceBriefly(a)).toBe('declared "Huawei", MAC 00E0FC, sysObjectID 2011 NE40E, sysDescr huawei-vrp, model DS-2CD2032-I (from the serial), intel: MAC 001B21 (interface)')
  })
})

describe('tableDeviceLabel', () => {
  it('names a device known by a row number by its name, with the number after it', () => {
    expect(tableDeviceLabel('101', 'ams-core-01')).toBe('ams-core-01 (101)')
    expect(tableDeviceLabel('sw2', 'sw2-name')).toBe('sw2')
    expect(tableDeviceLabel('101', undefined)).toBe('101')
    expect(tableDeviceLabel('101', '101')).toBe('101')
  })
})

describe('formatConflict', () => {
  it('says how a declared brand of the maker\'s own group belongs to it, with the dates, rather than calling it an OEM', () => {
    const catalog = loadDefaultCatalog()
    const text = (device: Parameters<typeof identify>[0]) =>
      identify(device, catalog).conflicts.filter((c) => c.kind === 'oem_rebrand').map((c) => formatConflict(c, catalog.manufacturers))
    expect(text({ id: 'cpe', manufacturer: 'Honor', macs: ['08:19:a6:48:f9:3b'], manufactured: '2019-11-20' })).toEqual([
      'declared Honor Device; MAC OUI says Huawei Technologies (Honor Device was a brand of Huawei Technologies from 2013 until 2020-11-17)',
    ])
    expect(text({ id: 'cam', manufacturer: 'EZVIZ', model: 'DS-2CD2032-I' })).toEqual([
      'declared EZVIZ; model number says Hangzhou Hikvision Digital Technology (EZVIZ is a subsidiary of Hangzhou Hikvision Digital Technology)',
    ])
    // A brand of another group keeps its OEM relation and source; an unexplained one is possible.
    expect(text({ id: 'cam2', manufacturer: 'Lorex', macs: ['3c:ef:8c:00:00:01'], manufactured: '2024-01-01' })[0]).toMatch(/\(known OEM\/rebrand: .*source: /)
    expect(text({ id: 'r', manufacturer: 'Cisco', macs: ['00:e0:fc:00:00:01'] })[0]).toMatch(/\(possible OEM\/rebrand\)$/)
  })

  it('says when the two makers were one group, for a device made after that time or of no known date', () => {
    const catalog = loadDefaultCatalog()
    const text = (device: Parameters<typeof identify>[0]) =>
      identify(device, catalog).conflicts.filter((c) => c.kind === 'oem_rebrand').map((c) => formatConflict(c, catalog.manufacturers))
    const tie = 'declared Honor Device; MAC OUI says Huawei Technologies (possible OEM/rebrand; Honor Device was a brand of Huawei Technologies from 2013 until 2020-11-17)'
    expect(text({ id: 'cpe', manufacturer: 'Honor', macs: ['08:19:a6:48:f9:3b'], manufactured: '2022-03-01' })).toEqual([tie])
    expect(text({ id: 'cpe', manufacturer: 'Honor', macs: ['08:19:a6:48:f9:3b'] })).toEqual([tie])
  })
})

describe('formatConflict of an ownership the device\'s date cannot decide', () => {
  it('says the device has no date only when it has none, and otherwise that its date falls in the year a sale is known to', () => {
    const catalog = loadDefaultCatalog()
    const text = (device: Parameters<typeof identify>[0]) =>
      identify(device, catalog).conflicts.filter((c) => c.kind === 'relation_date_unknown').map((c) => formatConflict(c, catalog.manufacturers))
    // Sepura, Hytera's from 2017-05-25 until its sale, known only as "2022".
    expect(text({ id: 'sub', manufacturer: 'Sepura', manufactured: '2022-05-01' })).toEqual([
      'Sepura belonged to Hytera Communications from 2017-05-25 until 2022; the date it is attributed at, 2022-05-01, ' +
      'and its end, 2022, both fall in 2022, known no closer, so it is not attributed to Hytera Communications',
    ])
    expect(text({ id: 'sub', manufacturer: 'Sepura' })).toEqual([
      'Sepura belonged to Hytera Communications from 2017-05-25 until 2022; the device has no manufactured date, so it is attributed as of today',
    ])
    expect(text({ id: 'sub', manufacturer: 'Sepura', manufactured: '2021-05-01' })).toEqual([])
  })

  it('names which bound of a relation with two the device\'s year holds: Dahua\'s purchase of Lorex for a recorder of 2018, its sale for one of 2022', () => {
    const catalog = loadDefaultCatalog()
    const text = (manufactured: string) => identify({ id: 'nvr', manufacturer: 'Lorex', manufactured }, catalog).conflicts
      .filter((c) => c.kind === 'relation_date_unknown').map((c) => formatConflict(c, catalog.manufacturers))
    expect(text('2018')).toEqual(['Lorex Technology belonged to Zhejiang Dahua Technology from 2018-02-06 until 2022-11-24; the date it is attributed at, 2018, ' +
      'and its start, 2018-02-06, both fall in 2018, known no closer, so it is not attributed to Zhejiang Dahua Technology'])
    expect(text('2022')).toEqual(['Lorex Technology belonged to Zhejiang Dahua Technology from 2018-02-06 until 2022-11-24; the date it is attributed at, 2022, ' +
      'and its end, 2022-11-24, both fall in 2022, known no closer, so it is not attributed to Zhejiang Dahua Technology'])
  })
})

describe('fitDeviceLabel', () => {
  it('pads a label that fits, and cuts a longer one in the middle so that neighbours stay apart', () => {
    expect(fitDeviceLabel('de-fra-core-01', 20)).toBe('de-fra-core-01      ')
    const [a, b] = ['de-fra-aggregation-01', 'de-fra-aggregation-02'].map((l) => fitDeviceLabel(l, 20))
    expect(a).toBe('de-fra-aggreg…ion-01')
    expect(b).toHaveLength(20)
    expect(a).not.toBe(b)
    expect(fitDeviceLabel('Kindsbach cell site cpe 2 (101)', 22)).toBe('Kindsbach cell…2 (101)')
  })
})
