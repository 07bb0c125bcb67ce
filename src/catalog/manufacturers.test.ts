import { describe, expect, it } from 'vitest'
import { MANUFACTURERS, groupOf, manufacturerMap } from './manufacturers.js'

const bySlug = manufacturerMap()
const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/

describe('MANUFACTURERS', () => {
  it('gives every manufacturer a unique slug', () => {
    const slugs = MANUFACTURERS.map((m) => m.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
  })

  it('names only parents that are in the catalog', () => {
    for (const m of MANUFACTURERS) {
      for (const r of m.parents) expect(bySlug.has(r.parent), `${m.slug} -> ${r.parent}`).toBe(true)
    }
  })

  it('writes relation dates as ISO dates with from before until', () => {
    for (const m of MANUFACTURERS) {
      for (const r of m.parents) {
        if (r.from !== undefined) expect(r.from).toMatch(ISO)
        if (r.until !== undefined) expect(r.until).toMatch(ISO)
        if (r.from !== undefined && r.until !== undefined) expect(r.from < r.until, m.slug).toBe(true)
      }
    }
  })

  it('gives every source a title and a url', () => {
    for (const m of MANUFACTURERS) {
      for (const s of [...m.sources, ...m.parents.map((r) => r.source)]) {
        expect(s.title.length, m.slug).toBeGreaterThan(0)
        expect(s.url, m.slug).toMatch(/^https?:\/\//)
      }
    }
  })

  it('lists every covered group and the group members others rely on', () => {
    const required = [
      'huawei', 'zte', 'hytera', 'hikvision', 'dahua', 'kaspersky', 'china-mobile', 'china-telecom',
      'china-unicom', 'pacific-networks', 'comnet', 'huawei-device', 'hisilicon', 'honor', 'hmn-tech',
      'huawei-symantec', 'h3c', 'sanechips', 'nubia', 'ezviz', 'hilook', 'hiwatch', 'hikrobot', 'imou',
      'lorex', 'sepura', 'cisco', 'juniper', 'nokia', 'ericsson', 'arista', 'mikrotik', 'ubiquiti', 'axis',
      'hanwha-vision', 'fiberhome', 'tp-link', 'netgear', 'hpe', 'dell', 'fortinet', 'palo-alto-networks',
      'samsung', 'nec', 'fujitsu', 'zyxel', 'd-link', 'ciena', 'extreme-networks', 'bosch',
      'motorola-solutions', 'uniview', 'amcrest', 'honeywell', 'tenda', 'ruijie', 'sonicwall', 'checkpoint',
      'f5', 'apple', 'intel', 'broadcom', 'qualcomm', 'mediatek', 'realtek', 'dji', 'autel-robotics',
      'digitalsystem-technology', 'hikmicro', 'huaray', 'teltronic', 'lancom', 'draytek', 'adtran', 'commscope',
      'arris', 'netapp', 'yealink', 'grandstream', 'poly', 'snom', '3com', 'ruckus', 'brocade', 'foundry',
      'avaya', 'citrix', 'watchguard', 'sophos', 'cambium', 'enterasys',
      // Cameras, operator CPE, industrial and cellular makers.
      'vivotek', 'mobotix', 'sony', 'i-pro', 'milesight', 'reolink', 'foscam', 'xiongmai', 'tvt', 'tiandy',
      'sagemcom', 'vantiva', 'arcadyan', 'sercomm', 'askey', 'calix', 'dzs', 'siemens', 'moxa', 'hirschmann', 'teltonika',
      'cradlepoint', 'sierra-wireless', 'quectel', 'fibocom', 'allied-telesis', 'edgecore', 'accton', 'ale',
    ]
    for (const slug of required) expect(bySlug.has(slug), slug).toBe(true)
  })

  it('gives every manufacturer a name and at least one alias', () => {
    for (const m of MANUFACTURERS) {
      expect(m.name.length).toBeGreaterThan(0)
      expect(m.aliases.length, m.slug).toBeGreaterThan(0)
    }
  })

  it('leaves no covered group with a parent of its own', () => {
    for (const slug of ['huawei', 'zte', 'hytera', 'hikvision', 'dahua']) expect(bySlug.get(slug)?.parents).toEqual([])
  })
})

describe('groupOf', () => {
  it('puts an Honor device of 2019 in the Huawei group', () => {
    expect(groupOf('honor', '2019-06-01', bySlug)).toMatchObject({ group: 'huawei', chain: ['honor', 'huawei'], undated: [], via: [{ parent: 'huawei', kind: 'brand', from: '2013', until: '2020-11-17' }] })
  })

  it('leaves an Honor device of 2022 with Honor', () => {
    expect(groupOf('honor', '2022-03-01', bySlug)).toMatchObject({ group: 'honor', chain: ['honor'], undated: [] })
  })

  it('leaves an undated Honor device with Honor and reports the Huawei relation as undated', () => {
    const result = groupOf('honor', undefined, bySlug)
    expect(result.group).toBe('honor')
    expect(result.undated.map((r) => r.parent)).toEqual(['huawei'])
  })

  it('treats the day a relation ends as outside it', () => {
    expect(groupOf('honor', '2020-11-17', bySlug).group).toBe('honor')
    expect(groupOf('honor', '2020-11-16', bySlug).group).toBe('huawei')
  })

  it('follows open relations of an undated device without reporting earlier ties to the same parent', () => {
    expect(groupOf('nubia', undefined, bySlug)).toMatchObject({ group: 'zte', chain: ['nubia', 'zte'], undated: [] })
  })

  it('follows the relation that held at the date when a member changed hands within its group', () => {
    expect(groupOf('nubia', '2018-05-01', bySlug).group).toBe('zte')
    expect(groupOf('h3c', '2005-01-01', bySlug).group).toBe('huawei')
    expect(groupOf('h3c', '2006-06-01', bySlug).group).toBe('huawei')
    // Once Huawei had sold its last 49%, H3C was 3Com's, and through 3Com Hewlett-Packard's.
    expect(groupOf('h3c', '2012-01-01', bySlug).chain).toEqual(['h3c', '3com', 'hpe'])
  })

  it('reports a relation known only to the year as undated when the date falls in that year', () => {
    // Hytera sold Sepura in 2022; the day of the sale was not read.
    const result = groupOf('sepura', '2022-05-01', bySlug)
    expect(result.group).toBe('sepura')
    expect(result.undated.map((r) => r.parent)).toEqual(['hytera'])
    expect(groupOf('sepura', '2021-05-01', bySlug).group).toBe('hytera')
  })

  it('ends Huawei\'s hold on HMN Technologies on 6 Mar 2020, when its 51% passed to Hengtong (Hengtong\'s announcement of 9 Mar 2020)', () => {
    const relation = bySlug.get('hmn-tech')?.parents.find((r) => r.parent === 'huawei')
    expect(relation).toMatchObject({ until: '2020-03-06' })
    expect(relation?.source.title).toContain('6 Mar 2020')
    // Made before the transfer: Huawei's; after it: not, and the date decides it (no longer "2020, known no closer").
    expect(groupOf('hmn-tech', '2020-02-01', bySlug)).toMatchObject({ group: 'huawei', undated: [] })
    expect(groupOf('hmn-tech', '2020-05-01', bySlug)).toMatchObject({ group: 'hmn-tech', undated: [], ruledOut: [{ manufacturer: 'hmn-tech', relation: { parent: 'huawei' } }] })
  })

  it('keeps H3C Huawei\'s affiliate until 3Com\'s purchase of Huawei\'s 49% closed on 29 Mar 2007 (3Com\'s SEC filing)', () => {
    const relation = bySlug.get('h3c')?.parents.find((r) => r.parent === 'huawei' && r.kind === 'affiliate')
    expect(relation).toMatchObject({ from: '2006-01-27', until: '2007-03-29' })
    expect(relation?.source.url).toBe('https://www.sec.gov/Archives/edgar/data/738076/000095013507003558/b656883cexv99w3.htm')
    expect(relation?.source.title).toContain('"The Acquisition closed on March 29, 2007"')
    // A switch of February 2007 is a covered entity's affiliate's; one of June 2007 is 3Com's, and the date decides both.
    expect(groupOf('h3c', '2007-02-01', bySlug)).toMatchObject({ group: 'huawei', chain: ['h3c', 'huawei'], undated: [] })
    const june = groupOf('h3c', '2007-06-01', bySlug)
    expect(june).toMatchObject({ group: '3com', chain: ['h3c', '3com'], undated: [] })
    expect(june.ruledOut.map((r) => r.relation.parent)).toContain('huawei')
  })

  it('reads a date bought or installed (../date) as on or before it: it decides a change after it, not one before it', () => {
    // Bought before Honor and xFusion left Huawei: made before, Huawei's.
    expect(groupOf('honor', '../2019-05-01', bySlug)).toMatchObject({ group: 'huawei', undated: [] })
    expect(groupOf('xfusion', '../2021-03-01', bySlug)).toMatchObject({ group: 'huawei', undated: [] })
    // Bought after the sale: made before or after it.
    expect(groupOf('honor', '../2021-02-01', bySlug)).toMatchObject({ group: 'honor', undated: [{ parent: 'huawei', until: '2020-11-17' }] })
    expect(groupOf('xfusion', '../2022-01-10', bySlug)).toMatchObject({ group: 'xfusion', undated: [{ parent: 'huawei' }] })
    // Bought before Dahua bought Lorex: not Dahua's; bought after: made before or after the purchase.
    expect(groupOf('lorex', '../2017-05-01', bySlug)).toMatchObject({ group: 'lorex', undated: [] })
    expect(groupOf('lorex', '../2019-05-01', bySlug)).toMatchObject({ group: 'lorex', undated: [{ parent: 'dahua', from: '2018-02-06' }] })
    expect(groupOf('sepura', '../2017-03-01', bySlug)).toMatchObject({ group: 'sepura', undated: [] })
    expect(groupOf('sepura', '../2019-01-01', bySlug)).toMatchObject({ group: 'sepura', undated: [{ parent: 'hytera' }] })
    // A year bought holds the change as a year made does.
    expect(groupOf('honor', '../2020', bySlug)).toMatchObject({ group: 'honor', undated: [{ parent: 'huawei' }] })
  })

  it('takes a device bought after Huawei founded Honor (2013), or of that year, as made after it: the brand made nothing before', () => {
    expect(bySlug.get('honor')!.parents[0]).toMatchObject({ from: '2013', founded: true })
    expect(groupOf('honor', '../2014-06-01', bySlug)).toMatchObject({ group: 'huawei', undated: [] })
    expect(groupOf('honor', '2013', bySlug)).toMatchObject({ group: 'huawei', undated: [] })
  })

  it('puts Teltronic with Sepura before Hytera bought Sepura, and with Hytera after', () => {
    expect(groupOf('teltronic', '2016-01-01', bySlug)).toMatchObject({ group: 'sepura', chain: ['teltronic', 'sepura'] })
    expect(groupOf('teltronic', '2019-01-01', bySlug)).toMatchObject({ group: 'hytera', chain: ['teltronic', 'sepura', 'hytera'] })
    expect(groupOf('teltronic', '2023-01-01', bySlug)).toMatchObject({ group: 'hytera', chain: ['teltronic', 'hytera'] })
    expect(groupOf('teltronic', '2014-01-01', bySlug).group).toBe('teltronic')
  })

  it('puts Sepura in Hytera\'s group from the day Hytera completed its purchase (25 May 2017), not from the start of that year', () => {
    expect(groupOf('sepura', '2017-03-01', bySlug)).toMatchObject({ group: 'sepura', undated: [] })
    expect(groupOf('sepura', '2017-06-01', bySlug)).toMatchObject({ group: 'hytera', chain: ['sepura', 'hytera'] })
  })

  it('puts a Lorex device in Dahua\'s group until the day Dahua sold Lorex to Skywatch, 24 Nov 2022', () => {
    expect(groupOf('lorex', '2022-11-23', bySlug).group).toBe('dahua')
    expect(groupOf('lorex', '2022-11-24', bySlug)).toMatchObject({ group: 'lorex', undated: [] })
  })

  it('cites Dahua\'s own announcement for Imou (Hangzhou Huacheng) being its controlling subsidiary, and keeps it open while the 2025 sale is not on record as done', () => {
    const [relation] = bySlug.get('imou')!.parents
    expect(relation).toMatchObject({ parent: 'dahua', kind: 'subsidiary', source: { url: expect.stringContaining('/gonggao/002236/') } })
    expect(relation).not.toHaveProperty('until')
    expect(groupOf('imou', '2026-06-01', bySlug).group).toBe('dahua')
  })

  it('leaves the FY25 NDAA s.1709 entities as groups of their own', () => {
    expect(groupOf('dji', undefined, bySlug).group).toBe('dji')
    expect(groupOf('autel-robotics', undefined, bySlug).group).toBe('autel-robotics')
  })

  it('walks a chain of more than one step', () => {
    const map = manufacturerMap([
      { slug: 'a', name: 'A', aliases: ['A'], parents: [{ parent: 'b', kind: 'brand', source: { title: 't' } }], sources: [] },
      { slug: 'b', name: 'B', aliases: ['B'], parents: [{ parent: 'c', kind: 'subsidiary', source: { title: 't' } }], sources: [] },
      { slug: 'c', name: 'C', aliases: ['C'], parents: [], sources: [] },
    ])
    expect(groupOf('a', '2020-01-01', map)).toMatchObject({ group: 'c', chain: ['a', 'b', 'c'] })
  })

  it('stops at a cycle instead of looping', () => {
    const src = { title: 't' }
    const map = manufacturerMap([
      { slug: 'a', name: 'A', aliases: ['A'], parents: [{ parent: 'b', kind: 'affiliate', source: src }], sources: [] },
      { slug: 'b', name: 'B', aliases: ['B'], parents: [{ parent: 'a', kind: 'affiliate', source: src }], sources: [] },
    ])
    expect(groupOf('a', undefined, map).chain).toEqual(['a', 'b'])
  })

  it('returns an unknown slug as its own group', () => {
    expect(groupOf('no-such-maker', undefined, bySlug)).toEqual({ group: 'no-such-maker', chain: ['no-such-maker'], undated: [], via: [], ruledOut: [] })
  })

  it('rejects a date that is not ISO', () => {
    expect(() => groupOf('honor', '17/11/2020', bySlug)).toThrow(expect.objectContaining({ code: 'usage' }))
  })

  it('follows Ruckus through its owners by date: Brocade, ARRIS, then CommScope', () => {
    // Brocade's own Broadcom parent begins only in Nov 2017, after Ruckus had gone to ARRIS.
    expect(groupOf('ruckus', '2016-09-01', bySlug).group).toBe('brocade')
    expect(groupOf('ruckus', '2016-09-01', bySlug).chain).toEqual(['ruckus', 'brocade'])
    expect(groupOf('ruckus', '2018-06-01', bySlug).chain).toEqual(['ruckus', 'arris'])
    expect(groupOf('ruckus', '2020-01-01', bySlug).chain).toEqual(['ruckus', 'commscope'])
    expect(groupOf('ruckus', undefined, bySlug).group).toBe('commscope')
    expect(groupOf('ruckus', '2015-01-01', bySlug).group).toBe('ruckus')
  })

  it('puts none of the IT, storage, printer and power makers without a recorded owner in another group', () => {
    for (const slug of [
      'synology', 'qnap', 'supermicro', 'lenovo', 'inspur', 'microsoft', 'asus', 'xiaomi', 'hp-inc', 'canon',
      'brother', 'epson', 'xerox', 'ricoh', 'kyocera', 'eaton', 'raspberry-pi',
    ]) {
      expect(bySlug.has(slug), slug).toBe(true)
      expect(groupOf(slug, undefined, bySlug).group, slug).toBe(slug)
    }
    // HP Inc. and Hewlett Packard Enterprise are two companies since the split of 1 Nov 2015.
    expect(groupOf('hp-inc', undefined, bySlug).group).not.toBe(groupOf('hpe', undefined, bySlug).group)
  })

  it('puts Juniper (and Mist under it) in Hewlett Packard Enterprise\'s group from 2 July 2025', () => {
    expect(groupOf('juniper', '2025-07-01', bySlug).group).toBe('juniper')
    expect(groupOf('juniper', '2025-07-02', bySlug).group).toBe('hpe')
    expect(groupOf('juniper', undefined, bySlug).group).toBe('hpe')
    expect(groupOf('mist', '2026-01-01', bySlug).chain).toEqual(['mist', 'juniper', 'hpe'])
  })

  it('knows HPE by its Aruba business\'s current name and puts Silver Peak in its group from 2020', () => {
    expect(bySlug.get('hpe')?.aliases).toContain('HPE Aruba Networking')
    expect(groupOf('silver-peak', '2019-06-01', bySlug).group).toBe('silver-peak')
    expect(groupOf('silver-peak', '2021-01-01', bySlug).chain).toEqual(['silver-peak', 'hpe'])
  })

  it('puts Nest under Google from 7 Feb 2014, Tripp Lite under Eaton from 17 Mar 2021 and the Mercusys brand under TP-Link', () => {
    expect(groupOf('nest', '2014-02-06', bySlug).group).toBe('nest')
    expect(groupOf('nest', '2014-02-07', bySlug).group).toBe('google')
    expect(groupOf('tripp-lite', '2021-03-16', bySlug).group).toBe('tripp-lite')
    expect(groupOf('tripp-lite', '2021-03-17', bySlug).group).toBe('eaton')
    expect(groupOf('mercusys', undefined, bySlug).group).toBe('tp-link')
  })

  it('puts Foundry under Brocade and Brocade under Broadcom from their acquisitions, and Enterasys under Extreme', () => {
    expect(groupOf('foundry', '2008-06-01', bySlug).group).toBe('foundry')
    expect(groupOf('foundry', '2010-06-01', bySlug).chain).toEqual(['foundry', 'brocade'])
    expect(groupOf('brocade', '2018-01-01', bySlug).group).toBe('broadcom')
    expect(groupOf('enterasys', '2013-10-30', bySlug).group).toBe('enterasys')
    expect(groupOf('enterasys', '2014-01-01', bySlug).group).toBe('extreme-networks')
  })

  it('puts none of the camera, CPE, industrial and cellular makers without a recorded owner in a group but their own', () => {
    for (const slug of ['vivotek', 'sony', 'milesight', 'reolink', 'foscam', 'xiongmai', 'tvt', 'tiandy',
      'sagemcom', 'vantiva', 'arcadyan', 'sercomm', 'askey', 'calix', 'dzs', 'siemens', 'moxa', 'hirschmann', 'teltonika',
      'quectel', 'fibocom', 'allied-telesis', 'edgecore', 'accton']) {
      expect(groupOf(slug, undefined, bySlug).group, slug).toBe(slug)
    }
    // Ericsson agreed to buy Cradlepoint in September 2020; only the year of closing is on record,
    // so a device made in 2020 is left undated and one made before is Cradlepoint's alone.
    expect(groupOf('cradlepoint', undefined, bySlug).chain).toEqual(['cradlepoint', 'ericsson'])
    expect(groupOf('cradlepoint', '2019-06-01', bySlug).group).toBe('cradlepoint')
    const during = groupOf('cradlepoint', '2020-10-01', bySlug)
    expect(during.group).toBe('cradlepoint')
    expect(during.undated.map((r) => r.parent)).toEqual(['ericsson'])
    expect(groupOf('cradlepoint', '2021-03-01', bySlug).group).toBe('ericsson')
  })

  it('puts none of the router, storage and phone makers in a covered group', () => {
    for (const slug of ['lancom', 'draytek', 'adtran', 'commscope', 'netapp', 'yealink', 'grandstream', 'snom']) {
      expect(groupOf(slug, undefined, bySlug).group, slug).toBe(slug)
    }
    // ARRIS is CommScope's from the day its 8-K gives, and its own before.
    expect(groupOf('arris', '2019-04-03', bySlug).group).toBe('arris')
    expect(groupOf('arris', '2019-04-04', bySlug).chain).toEqual(['arris', 'commscope'])
    expect(groupOf('arris', undefined, bySlug).group).toBe('commscope')
  })
})

describe('groupOf for the owners of makers outside the covered groups', () => {
  it('puts an ALE switch made after the 2014 sale under China Huaxin, and one made before with ALE alone', () => {
    expect(groupOf('ale', '2016-05-01', bySlug)).toMatchObject({ group: 'huaxin-post-telecom', chain: ['ale', 'huaxin-post-telecom'] })
    expect(groupOf('ale', '2013-05-01', bySlug).group).toBe('ale')
    // Only the month of closing is on record: a device of October 2014 is left undated.
    const during = groupOf('ale', '2014-10-15', bySlug)
    expect(during.group).toBe('ale')
    expect(during.undated.map((r) => r.parent)).toEqual(['huaxin-post-telecom'])
    expect(groupOf('ale', undefined, bySlug).group).toBe('huaxin-post-telecom')
  })

  it('follows Lexmark from its own to Ninestar in 2016 and to Xerox from 1 Jul 2025', () => {
    expect(groupOf('lexmark', '2015-06-01', bySlug).group).toBe('lexmark')
    expect(groupOf('lexmark', '2019-06-01', bySlug)).toMatchObject({ group: 'ninestar', chain: ['lexmark', 'ninestar'] })
    expect(groupOf('lexmark', '2025-06-30', bySlug).group).toBe('ninestar')
    expect(groupOf('lexmark', '2025-07-01', bySlug).group).toBe('xerox')
    // An undated Lexmark is Xerox's today, and the Ninestar years are reported as undated.
    const undated = groupOf('lexmark', undefined, bySlug)
    expect(undated.group).toBe('xerox')
    expect(undated.undated.map((r) => r.parent)).toEqual(['ninestar'])
  })

  it('keeps Ninestar off the covered groups: the UFLPA Entity List is a source, not a Covered List entry', () => {
    expect(groupOf('ninestar', undefined, bySlug).group).toBe('ninestar')
    expect(bySlug.get('ninestar')?.sources.some((s) => /Uyghur Forced Labor Prevention Act Entity List/.test(s.title))).toBe(true)
  })

  it('puts VMware under Broadcom from the closing day, 22 Nov 2023', () => {
    expect(groupOf('vmware', '2023-11-21', bySlug).group).toBe('vmware')
    expect(groupOf('vmware', '2023-11-22', bySlug).chain).toEqual(['vmware', 'broadcom'])
  })

  it('puts Coriant under Infinera from 1 Oct 2018, and both under Nokia from 28 Feb 2025', () => {
    expect(groupOf('coriant', '2018-09-30', bySlug).group).toBe('coriant')
    expect(groupOf('coriant', '2019-06-01', bySlug).chain).toEqual(['coriant', 'infinera'])
    expect(groupOf('infinera', '2025-02-27', bySlug).group).toBe('infinera')
    expect(groupOf('coriant', '2025-02-28', bySlug).chain).toEqual(['coriant', 'infinera', 'nokia'])
    expect(groupOf('infinera', undefined, bySlug).group).toBe('nokia')
  })

  it('puts Ixia under Keysight from April 2017, and leaves ECI Telecom and the other operator-network makers alone', () => {
    expect(groupOf('ixia', '2016-12-01', bySlug).group).toBe('ixia')
    expect(groupOf('ixia', '2017-04-10', bySlug).undated.map((r) => r.parent)).toEqual(['keysight'])
    expect(groupOf('ixia', '2018-01-01', bySlug).group).toBe('keysight')
    // ECI's sale to Ribbon was read only as an agreement; no closing, so no parent.
    for (const slug of ['eci-telecom', 'ribbon', 'tellabs', 'siklu', 'spirent', 'tejas-networks', 'v-sol', 'utstarcom']) {
      expect(groupOf(slug, undefined, bySlug).group, slug).toBe(slug)
    }
  })

  it('puts Force10 under Dell from 2011, Meru under Fortinet from 8 Jul 2015 and Metamako under Arista from September 2018', () => {
    expect(groupOf('force10', '2010-06-01', bySlug).group).toBe('force10')
    expect(groupOf('force10', '2011-08-01', bySlug).undated.map((r) => r.parent)).toEqual(['dell'])
    expect(groupOf('force10', '2012-01-01', bySlug).group).toBe('dell')
    expect(groupOf('meru-networks', '2015-07-07', bySlug).group).toBe('meru-networks')
    expect(groupOf('meru-networks', '2015-07-08', bySlug).group).toBe('fortinet')
    expect(groupOf('metamako', '2018-08-31', bySlug).group).toBe('metamako')
    expect(groupOf('metamako', '2019-01-01', bySlug).group).toBe('arista')
  })

  it('puts OneAccess under Ekinops from October 2017 and Avocent under Vertiv from November 2016', () => {
    expect(groupOf('oneaccess', '2017-06-01', bySlug).group).toBe('oneaccess')
    expect(groupOf('oneaccess', '2018-01-01', bySlug).group).toBe('ekinops')
    // Avocent's years under Emerson (2009 to 2016) are not recorded: Emerson is not in the catalog.
    expect(groupOf('avocent', '2012-01-01', bySlug).group).toBe('avocent')
    expect(groupOf('avocent', '2017-01-01', bySlug).chain).toEqual(['avocent', 'vertiv'])
    expect(groupOf('vertiv', undefined, bySlug).group).toBe('vertiv')
  })

  it('puts World Wide Packets under Ciena from 2008, Arbor under NETSCOUT from 14 Jul 2015 and Paradyne under Zhone (DZS) from 2006', () => {
    expect(groupOf('world-wide-packets', '2007-06-01', bySlug).group).toBe('world-wide-packets')
    // The day of closing was not read: within 2008 the relation is undated.
    expect(groupOf('world-wide-packets', '2008-03-03', bySlug).undated.map((r) => r.parent)).toEqual(['ciena'])
    expect(groupOf('world-wide-packets', '2009-01-01', bySlug).chain).toEqual(['world-wide-packets', 'ciena'])
    expect(groupOf('arbor-networks', '2015-07-13', bySlug).group).toBe('arbor-networks')
    expect(groupOf('arbor-networks', '2015-07-14', bySlug).chain).toEqual(['arbor-networks', 'netscout'])
    expect(groupOf('arbor-networks', undefined, bySlug).group).toBe('netscout')
    expect(groupOf('paradyne', '2004-06-01', bySlug).group).toBe('paradyne')
    expect(groupOf('paradyne', '2006-03-01', bySlug).undated.map((r) => r.parent)).toEqual(['dzs'])
    expect(groupOf('paradyne', '2010-01-01', bySlug).chain).toEqual(['paradyne', 'dzs'])
    // Each keeps its own name: the buyer is the group, not the maker.
    for (const slug of ['world-wide-packets', 'arbor-networks', 'paradyne']) expect(bySlug.get(slug)?.parents).toHaveLength(1)
  })

  it('puts Acme Packet under Oracle from 28 Mar 2013, Opengear under Digi from 13 Dec 2019 and BTI Systems under Juniper from 2016', () => {
    expect(groupOf('acme-packet', '2012-12-31', bySlug).group).toBe('acme-packet')
    expect(groupOf('acme-packet', '2013-03-28', bySlug).chain).toEqual(['acme-packet', 'oracle'])
    expect(groupOf('opengear', '2019-12-12', bySlug).group).toBe('opengear')
    expect(groupOf('opengear', '2020-01-01', bySlug).chain).toEqual(['opengear', 'digi-international'])
    expect(groupOf('bti-systems', '2015-12-31', bySlug).group).toBe('bti-systems')
    // The day of closing was not read: within 2016 the relation is undated.
    expect(groupOf('bti-systems', '2016-06-01', bySlug).undated.map((r) => r.parent)).toEqual(['juniper'])
    expect(groupOf('bti-systems', '2017-01-01', bySlug).group).toBe('juniper')
    expect(groupOf('occam-networks', '2010-12-31', bySlug).group).toBe('occam-networks')
    expect(groupOf('occam-networks', '2012-01-01', bySlug).chain).toEqual(['occam-networks', 'calix'])
    // No purchase of these was read: each stands as its own group.
    for (const slug of ['colubris', 'raritan', 'server-technology', 'alvarion', 'infoblox', 'alaxala', 'teracom-datacom']) {
      expect(groupOf(slug, undefined, bySlug).group, slug).toBe(slug)
    }
  })

  it('puts APC under Schneider Electric from February 2007', () => {
    expect(groupOf('apc', '2006-12-01', bySlug).group).toBe('apc')
    expect(groupOf('apc', '2007-02-10', bySlug).undated.map((r) => r.parent)).toEqual(['schneider-electric'])
    expect(groupOf('apc', '2010-01-01', bySlug).group).toBe('schneider-electric')
  })

  it('puts Sierra Wireless under Semtech from 12 Jan 2023', () => {
    expect(groupOf('sierra-wireless', '2023-01-11', bySlug).group).toBe('sierra-wireless')
    expect(groupOf('sierra-wireless', '2023-01-12', bySlug).group).toBe('semtech')
  })

  it('puts Mobotix under Konica Minolta after 2016 and i-PRO under Polaris Capital after September 2019', () => {
    expect(groupOf('mobotix', '2015-06-01', bySlug).group).toBe('mobotix')
    expect(groupOf('mobotix', '2016-06-01', bySlug).undated.map((r) => r.parent)).toEqual(['konica-minolta'])
    expect(groupOf('mobotix', '2018-01-01', bySlug).group).toBe('konica-minolta')
    expect(groupOf('i-pro', '2019-09-30', bySlug).group).toBe('i-pro')
    expect(groupOf('i-pro', '2020-01-01', bySlug).group).toBe('polaris-capital')
  })

  it('puts Poly under HP Inc. from August 2022 and 3Com under Hewlett-Packard (hpe) after 2010', () => {
    expect(groupOf('poly', '2021-01-01', bySlug).group).toBe('poly')
    expect(groupOf('poly', '2023-01-01', bySlug).group).toBe('hp-inc')
    expect(groupOf('3com', '2009-06-01', bySlug).group).toBe('3com')
    expect(groupOf('3com', '2012-06-01', bySlug).group).toBe('hpe')
    // Poly and 3Com end in the two different halves of the Hewlett-Packard split.
    expect(groupOf('poly', undefined, bySlug).group).not.toBe(groupOf('3com', undefined, bySlug).group)
  })

  it('puts Citrix (and NetScaler) under Cloud Software Group from 30 Sep 2022 and Sophos under Thoma Bravo after 2020', () => {
    expect(groupOf('citrix', '2022-09-29', bySlug).group).toBe('citrix')
    expect(groupOf('citrix', '2022-09-30', bySlug).group).toBe('cloud-software-group')
    expect(groupOf('sophos', '2019-06-01', bySlug).group).toBe('sophos')
    expect(groupOf('sophos', '2021-06-01', bySlug).group).toBe('thoma-bravo')
  })

  it('follows H3C after Huawei: 3Com, Hewlett-Packard through 3Com, then Unisplendour from May 2016', () => {
    // 3Com held 51% from 27 Jan 2006, but while Huawei kept its 49% the group stays Huawei's.
    expect(groupOf('h3c', '2006-06-01', bySlug).chain).toEqual(['h3c', 'huawei'])
    expect(groupOf('h3c', '2008-06-01', bySlug)).toMatchObject({ group: '3com', chain: ['h3c', '3com'], undated: [] })
    // Hewlett-Packard's purchase of 3Com is known to the year: a device of 2010 stops at 3Com.
    const hp2010 = groupOf('h3c', '2010-06-01', bySlug)
    expect(hp2010.group).toBe('3com')
    expect(hp2010.undated.map((r) => r.parent)).toEqual(['hpe'])
    expect(groupOf('h3c', '2015-06-01', bySlug).chain).toEqual(['h3c', '3com', 'hpe'])
    // The 51% changed hands in May 2016 (day not on record): a device of that month is undated.
    const may2016 = groupOf('h3c', '2016-05-15', bySlug)
    expect(may2016.group).toBe('h3c')
    expect(may2016.undated.map((r) => r.parent)).toEqual(['3com', 'unisplendour', 'hpe'])
    expect(groupOf('h3c', '2018-01-01', bySlug)).toMatchObject({ group: 'tsinghua-unigroup', chain: ['h3c', 'unisplendour', 'tsinghua-unigroup'] })
    expect(groupOf('h3c', undefined, bySlug).chain).toEqual(['h3c', 'unisplendour', 'tsinghua-unigroup'])
  })

  it('records HPE as an affiliate of H3C from May 2016, with its stake still open', () => {
    const hpe = bySlug.get('h3c')?.parents.find((r) => r.parent === 'hpe')
    expect(hpe).toMatchObject({ kind: 'affiliate', from: '2016-05' })
    expect(hpe?.until).toBeUndefined()
    // The majority owner comes first, so the affiliate does not decide the group.
    expect(groupOf('h3c', '2025-01-01', bySlug).group).toBe('tsinghua-unigroup')
  })

  it('keeps the owner notes of TP-Link, Lenovo and Inspur as sources, not parents', () => {
    for (const slug of ['tp-link', 'lenovo', 'inspur']) {
      expect(bySlug.get(slug)?.parents, slug).toEqual([])
      expect(groupOf(slug, undefined, bySlug).group, slug).toBe(slug)
    }
    expect(bySlug.get('tp-link')?.sources.some((s) => /TP-Link Systems Inc\. \(Irvine\)/.test(s.title))).toBe(true)
    expect(bySlug.get('lenovo')?.sources.some((s) => /Legend Holdings/.test(s.title))).toBe(true)
    expect(bySlug.get('inspur')?.sources.some((s) => /Entity List/.test(s.title))).toBe(true)
  })

  it('leaves the owners themselves without parents', () => {
    for (const slug of ['huaxin-post-telecom', 'ninestar', 'schneider-electric', 'semtech', 'konica-minolta', 'polaris-capital', 'cloud-software-group', 'thoma-bravo', 'tsinghua-unigroup']) {
      expect(bySlug.get(slug)?.parents, slug).toEqual([])
    }
  })
})

describe('the makers of the most common blocks that resolved to nobody', () => {
  it('puts Ring under Amazon from 2018, eero from 2019 and LCFC under Lenovo, and no other of them in a group but its own', () => {
    expect(groupOf('ring', '2017-06-01', bySlug).group).toBe('ring')
    expect(groupOf('ring', '2020-01-01', bySlug).group).toBe('amazon')
    expect(groupOf('eero', '2018-06-01', bySlug).group).toBe('eero')
    expect(groupOf('eero', '2019-06-01', bySlug).undated.map((r) => r.parent)).toEqual(['amazon'])
    expect(groupOf('eero', undefined, bySlug).group).toBe('amazon')
    // LCFC, Lenovo's notebook joint venture with Compal (51%), is Lenovo's.
    expect(groupOf('lcfc', '2015-01-01', bySlug).group).toBe('lenovo')
    // No source for a common owner was read: each phone brand and ODM stands alone.
    for (const slug of ['oppo', 'vivo', 'realme', 'oneplus', 'itel', 'tecno', 'infinix', 'hon-hai', 'quanta', 'compal', 'lg-electronics', 'toshiba']) {
      expect(bySlug.get(slug)?.parents, slug).toEqual([])
    }
  })

  it('marks the module and chip makers as interface makers, each with a source, and the ODMs and brands as makers', () => {
    for (const slug of [
      'texas-instruments', 'espressif', 'silicon-labs', 'azurewave', 'murata', 'lite-on', 'usi', 'ampak', 'fn-link', 'ai-link',
      'u-blox', 'nxp', 'telink', 'bouffalo', 'tuya', 'microchip', 'lg-innotek', 'em-microelectronic',
    ]) {
      const m = bySlug.get(slug)
      expect(m?.interfaceMaker?.url, slug).toMatch(/^https?:\/\//)
      expect(m?.sources, slug).toContainEqual(m?.interfaceMaker)
    }
    // ODMs build whole devices: a MAC of theirs names the device's maker.
    for (const slug of ['hon-hai', 'quanta', 'compal', 'pegatron', 'wnc', 'wistron', 'tw-electronics', 'gaoshengda', 'goertek', 'amazon', 'google', 'oppo', 'lg-electronics', 'panasonic']) {
      expect(bySlug.get(slug)?.interfaceMaker, slug).toBeUndefined()
    }
  })
})

describe('the covered groups\' own brands', () => {
  it('puts HiLook in Hikvision\'s group on HiLook\'s own manual, not on a Wikipedia mirror alone', () => {
    const hilook = bySlug.get('hilook')!
    expect(hilook.parents).toEqual([expect.objectContaining({ parent: 'hikvision', kind: 'brand' })])
    const source = hilook.parents[0]!.source
    expect(source.title).toMatch(/HiLook Network Camera User Manual.*"Thank you for choosing Hikvision products"/)
    expect(source.url).toMatch(/^https:\/\/www\.scribd\.com\/document\/604975984\//)
    // The mirror stays among its sources, named for what it is.
    expect(hilook.sources.map((s) => s.title)).toContainEqual(expect.stringMatching(/^Wikipedia \(mirror/))
  })
})
