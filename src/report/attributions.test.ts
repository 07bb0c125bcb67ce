import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Device } from '../domain/device.js'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { ByteOutput, textOf } from '../util/byte-output.js'
import { buildAttributionJsonBytes, buildAttributionsWriter, formatAttributionTableRow, toAttributionRow } from './attributions.js'

const catalog = loadDefaultCatalog()

// Devices from small pools, so that evidence and conflicts repeat and come from the caches.
const device: fc.Arbitrary<Device> = fc.record({
  id: fc.constantFrom('a', 'b"quoted"', 'ü-1'),
  name: fc.constantFrom('rt-1', 'cam\n2'),
  manufacturer: fc.constantFrom('Huawei', 'Lorex', 'Cisco', 'Honor', 'Acme Widgets'),
  model: fc.constantFrom('NE40E-X8', 'LNB8005', 'XYZ-100'),
  macs: fc.array(fc.constantFrom('00:e0:fc:12:34:56', '74:c9:29:00:00:02', 'e8:0a:b9:00:00:03', '00:50:c2:f7:10:01'), { maxLength: 2 }),
  snmp: fc.record({ sysObjectID: fc.constantFrom('1.3.6.1.4.1.2011.2.62', '1.3.6.1.4.1.99999.1'), sysDescr: fc.constantFrom('Linux gw 5.10', 'Cisco IOS XR Software') }, { requiredKeys: [] }),
  banners: fc.array(fc.record({ protocol: fc.constantFrom('ssh' as const, 'http' as const), text: fc.constantFrom('SSH-2.0-HUAWEI-1.5', 'DahuaHttp', 'nginx') }), { maxLength: 2 }),
  components: fc.array(fc.record({ manufacturer: fc.constantFrom('HiSilicon', 'Broadcom', 'Nobody Inc'), model: fc.constantFrom('Hi3516', 'BCM1') }), { maxLength: 1 }),
  manufactured: fc.constantFrom('2019-01-01', '2022-01-01', '2020', '2019'),
  dateKind: fc.constant('purchased' as const),
  status: fc.constantFrom('Active', 'Retired', 'In "Stock"'),
}, { requiredKeys: ['id'] })

describe('buildAttributionJsonBytes, read as text', () => {
  it('writes the same text as JSON.stringify of the attribution row, also when parts come from its caches', () => {
    const bytes = buildAttributionJsonBytes(catalog)
    const json = (d: Device, a: ReturnType<typeof identify>) => textOf((out) => bytes(d, a, out))
    fc.assert(fc.property(fc.array(device, { minLength: 1, maxLength: 8 }), (devices) => {
      for (const d of [...devices, ...devices]) {
        const a = identify(d, catalog)
        expect(json(d, a)).toBe(JSON.stringify(toAttributionRow(d, a, catalog)))
      }
    }), { numRuns: 300 })
  })
})

describe('buildAttributionJsonBytes', () => {
  it('writes the UTF-8 of JSON.stringify of the attribution row, also from the pieces it cached', () => {
    const bytes = buildAttributionJsonBytes(catalog)
    const decoder = new TextDecoder()
    fc.assert(fc.property(fc.array(device, { minLength: 1, maxLength: 8 }), (devices) => {
      const out = new ByteOutput(16)
      const want: string[] = []
      for (const d of [...devices, ...devices]) {
        const a = identify(d, catalog)
        bytes(d, a, out)
        want.push(JSON.stringify(toAttributionRow(d, a, catalog)))
      }
      expect(decoder.decode(out.view())).toBe(want.join(''))
    }), { numRuns: 300 })
  })
})

describe('formatAttributionTableRow', () => {
  it('shows the control characters of an id or banner as \\x1B rather than sending an escape sequence to the terminal', () => {
    const d: Device = { id: 'sw\u001b[2J-1', manufacturer: 'Huawei', banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI\u001b[31m' }] }
    const row = formatAttributionTableRow(d, identify(d, catalog), catalog, 200)
    expect(row.slice(0, -1)).not.toMatch(/[\u0000-\u001f]/)
    expect(row).toContain('sw\\x1B[2J-1')
  })

  it('says why a maker is in a group it has left, and why a device made after it left is not, with the relation\'s dates, the device\'s and the source', () => {
    const rows = (['2019', '2022-03-01'] as const).map((manufactured) => {
      const d: Device = { id: `ph-${manufactured}`, manufacturer: 'Honor', manufactured }
      return formatAttributionTableRow(d, identify(d, catalog), catalog, 400)
    })
    const scmp = 'https://www.scmp.com/tech/gear/article/3110117/huawei-sells-honor-ensure-budget-smartphone-brands-survival-amid-us'
    expect(rows).toEqual([
      'ph-2019                honor            huawei       0.60  declared "Honor"\n' +
        `                       = Honor Device was a brand of Huawei Technologies from 2013 until 2020-11-17, which covers 2019, the device's date; source: ${scmp}\n`,
      'ph-2022-03-01          honor            honor        0.60  declared "Honor"\n' +
        '                       ≠ Honor Device was a brand of Huawei Technologies from 2013 until 2020-11-17, which does not cover 2022-03-01, the device\'s date: ' +
        `not attributed to Huawei Technologies; source: ${scmp}\n`,
    ])
    const bought: Device = { id: 'srv-1', manufacturer: 'xFusion', manufactured: '2021-03-01', dateKind: 'purchased' }
    expect(toAttributionRow(bought, identify(bought, catalog), catalog).timedOwners).toEqual([{
      manufacturer: 'xfusion', parent: 'huawei', kind: 'subsidiary', until: '2021-11-05', at: '2021-03-01', atKind: 'purchased',
      source: expect.objectContaining({ url: expect.stringContaining('pandaily.com') }),
      text: expect.stringMatching(/^xFusion Digital Technologies was a subsidiary of Huawei Technologies until 2021-11-05, which covers 2021-03-01, /),
    }])
  })

  it('gives in JSON the relation a device bought before a purchase of its maker was not yet under', () => {
    // A Lorex recorder (no camera role: no OEM relation applies) bought before Dahua bought Lorex on 2018-02-06.
    const nvr: Device = { id: 'nvr-1', manufacturer: 'Lorex', manufactured: '2017-05-01', dateKind: 'purchased' }
    const row = toAttributionRow(nvr, identify(nvr, catalog), catalog)
    expect(row).toMatchObject({ group: 'lorex', conflicts: [] })
    expect(row).not.toHaveProperty('timedOwners')
    expect(row.ruledOutOwners).toEqual([{
      manufacturer: 'lorex', parent: 'dahua', kind: 'subsidiary', from: '2018-02-06', until: '2022-11-24', at: '2017-05-01', atKind: 'purchased',
      source: expect.objectContaining({ title: expect.any(String) }),
      text: expect.stringMatching(/^Lorex Technology was a subsidiary of Zhejiang Dahua Technology from 2018-02-06 until 2022-11-24, which does not cover 2017-05-01, the device's date \(when it was bought or installed: it was made in the 2 years before it\): not attributed to Zhejiang Dahua Technology; source: /),
    }])
  })
})


describe('identify CSV', () => {
  it('gives the texts of the JSON\'s timedOwners and ruledOutOwners in columns of their own', () => {
    const csv = buildAttributionsWriter('csv', catalog)
    const rows = (['2019-06-01', '2022-03-01'] as const).map((manufactured) => {
      const d: Device = { id: `ph-${manufactured}`, manufacturer: 'Honor', manufactured }
      const a = identify(d, catalog)
      return { line: csv.row(d, a), json: toAttributionRow(d, a, catalog) }
    })
    expect(csv.head).toBe('id,name,manufacturer,group,confidence,evidence,conflicts,component_groups,status,lifecycle,timed_owners,ruled_out_owners\n')
    expect(rows[0]!.line).toBe(`ph-2019-06-01,,honor,huawei,0.6,"honor: declared ""Honor""",,,,,"${rows[0]!.json.timedOwners![0]!.text}",\n`)
    expect(rows[1]!.line).toBe(`ph-2022-03-01,,honor,honor,0.6,"honor: declared ""Honor""",,,,,,"${rows[1]!.json.ruledOutOwners![0]!.text}"\n`)
    expect(rows[1]!.line).toContain('which does not cover 2022-03-01')
  })
})

describe('the JSON row of a device merged from several sources (--merge)', () => {
  it('gives its other ids after its name and every record it came from last, the bytes as JSON.stringify writes them', () => {
    const d: Device = {
      id: 'cam-gate-1', name: 'cam-gate-1', manufacturer: 'Lorex', macs: ['3c:ef:8c:5a:21:07'], aliases: ['10.20.5.21'],
      sources: [{ file: 'netbox.csv', line: 11, id: 'cam-gate-1', manufacturer: 'Lorex' }, { file: 'assets.xlsx', sheet: 'Cameras', line: 4, id: '10.20.5.21' }],
    }
    const a = identify(d, catalog, { at: '2026-11-23' })
    const row = toAttributionRow(d, a, catalog)
    expect(Object.keys(row).slice(0, 3)).toEqual(['id', 'name', 'aliases'])
    expect(Object.keys(row).at(-1)).toBe('sources')
    const bytes = buildAttributionJsonBytes(catalog)
    expect(textOf((out) => bytes(d, a, out))).toBe(JSON.stringify(row))
  })
})
