import { describe, expect, it } from 'vitest'
import { parsePrefixTable } from './address-prefixes.js'
import { recordAddresses, toRecordFlows } from './record-flows.js'
import { parseFlowRecords } from '../topology/import/flow-records.js'
import type { DeviceEndMatch } from './node-trust.js'

const PREFIXES = 'prefix,node,class\n10.20.30.0/24,embassy,secret\n10.20.0.0/16,berlin,\n10.9.0.0/16,paris,\n'
const table = parsePrefixTable(PREFIXES, { file: 'prefixes.csv' }).value
const nodes = new Map([['embassy', 'de:emb'], ['berlin', 'de:ber'], ['paris', 'fr:par']])
const prefixes = { table, nodes }
// The same table without classes: every flow of the capture counts.
const plain = { table: parsePrefixTable(PREFIXES.replace(',secret', ','), { file: 'prefixes.csv' }).value, nodes }

// Ten seconds of records: the embassy to Paris both ways, Berlin to Paris, and a host in no prefix.
const RECORDS = parseFlowRecords([
  'ts,te,td,sa,da,ibyt,obyt',
  '2026-11-20 12:00:00.000,2026-11-20 12:00:04.000,4.000,10.20.30.7,10.9.0.1,1000000,250000',
  '2026-11-20 12:00:05.000,2026-11-20 12:00:10.000,5.000,10.20.30.8,10.9.0.2,250000,0',
  '2026-11-20 12:00:05.000,2026-11-20 12:00:06.000,1.000,10.20.1.1,10.9.0.2,125000,0',
  '2026-11-20 12:00:06.000,2026-11-20 12:00:07.000,1.000,192.0.2.1,10.9.0.2,500,0',
  '2026-11-20 12:00:07.000,2026-11-20 12:00:08.000,1.000,192.0.2.1,10.9.0.3,700,0',
  '2026-11-20 12:00:08.000,2026-11-20 12:00:09.000,1.000,198.51.100.9,10.9.0.3,5000,0',
].join('\n'), { file: 'flows.csv' }).value

describe('toRecordFlows', () => {
  it('sums the records per node pair and class, in Mbit/s over the time all records span', () => {
    const { value, diagnostics } = toRecordFlows(RECORDS, { prefixes })
    expect(value.flows).toEqual([
      // (1,000,000 + 250,000) bytes × 8 / 10 s / 10⁶
      { id: 'de:emb>fr:par [secret]', src: 'de:emb', dst: 'fr:par', volume: 1, class: 'secret' },
      // The reply to the embassy is as secret as the request: a sensitive prefix at either end.
      { id: 'fr:par>de:emb [secret]', src: 'fr:par', dst: 'de:emb', volume: 0.2, class: 'secret' },
    ])
    expect(value.lines.get('de:emb>fr:par [secret]')).toBe(2)
    // One warning per address, however many records it has; the most bytes first.
    expect(diagnostics.filter((d) => d.code === 'unknown_address')).toEqual([
      { code: 'unknown_address', severity: 'warning', at: { file: 'flows.csv', line: 7 }, address: '198.51.100.9', records: 1, bytes: 5000, prefixes: true },
      { code: 'unknown_address', severity: 'warning', at: { file: 'flows.csv', line: 5 }, address: '192.0.2.1', records: 2, bytes: 1200, prefixes: true },
    ])
  })

  it('leaves out the ordinary traffic of a capture when the table classes some prefixes, and counts it', () => {
    // Berlin's office to Paris: neither end's prefix gives a class, where the embassy's is secret.
    const { value, diagnostics } = toRecordFlows(RECORDS, { prefixes })
    expect(value.flows.map((f) => f.id)).not.toContain('de:ber>fr:par')
    expect(diagnostics.filter((d) => d.code === 'unclassified_flows')).toEqual([
      // 125,000 bytes × 8 / 10 s / 10⁶ = 0.1 Mbit/s, at the line of its first record.
      { code: 'unclassified_flows', severity: 'warning', at: { file: 'flows.csv', line: 4 }, flows: 1, bytes: 125000, volume: 0.1, classes: ['secret'] },
    ])
  })

  it('names a flow by the names it is given for its nodes, as all-pairs flows name theirs', () => {
    const labels = new Map([['de:emb', 'Embassy'], ['fr:par', 'Paris']])
    const { value } = toRecordFlows(RECORDS, { prefixes, names: (node) => labels.get(node) ?? node })
    expect(value.flows.map((f) => [f.id, f.src, f.dst])).toEqual([
      ['Embassy>Paris [secret]', 'de:emb', 'fr:par'], ['Paris>Embassy [secret]', 'fr:par', 'de:emb'],
    ])
    expect(value.lines.get('Embassy>Paris [secret]')).toBe(2)
  })

  it('counts every flow when the table gives no class at all', () => {
    const { value, diagnostics } = toRecordFlows(RECORDS, { prefixes: plain })
    expect(value.flows).toContainEqual({ id: 'de:ber>fr:par', src: 'de:ber', dst: 'fr:par', volume: 0.1 })
    expect(value.flows.map((f) => f.id)).toContain('de:emb>fr:par')
    expect(diagnostics.map((d) => d.code)).not.toContain('unclassified_flows')
  })

  it('places an inventory device\'s address on its node before any prefix', () => {
    const devices = (address: string): DeviceEndMatch => (address === '10.20.1.1' ? { kind: 'node', node: 'de:fra' } : { kind: 'none' })
    const { value } = toRecordFlows(RECORDS, { prefixes: plain, devices })
    expect(value.flows.map((f) => f.id)).toContain('de:fra>fr:par')
    expect(value.flows.map((f) => f.id)).not.toContain('de:ber>fr:par')
  })

  it('says that an address is a device\'s on no node, rather than no device\'s', () => {
    const devices = (address: string): DeviceEndMatch => (address === '192.0.2.1' ? { kind: 'unplaced' } : { kind: 'none' })
    const { diagnostics } = toRecordFlows(RECORDS, { prefixes, devices })
    expect(diagnostics.find((d) => d.code === 'unknown_address' && d.address === '192.0.2.1')).toMatchObject({ unplacedDevice: true })
    expect(diagnostics.find((d) => d.code === 'unknown_address' && d.address === '198.51.100.9')).not.toHaveProperty('unplacedDevice')
  })

  it('says that an address devices on several nodes give tells no node, and where its records went', () => {
    const devices = (address: string): DeviceEndMatch =>
      address === '10.20.1.1' || address === '192.0.2.1' ? { kind: 'ambiguous', matches: ['de:ber', 'de:fra'] } : { kind: 'none' }
    const { value, diagnostics } = toRecordFlows(RECORDS, { prefixes: plain, devices })
    // 10.20.1.1 is in Berlin's prefix: its records go there, as without the devices.
    expect(value.flows.map((f) => f.id)).toContain('de:ber>fr:par')
    expect(value.flows.map((f) => f.id)).not.toContain('de:fra>fr:par')
    expect(diagnostics.filter((d) => d.code === 'shared_device_address')).toEqual([
      { code: 'shared_device_address', severity: 'warning', at: { file: 'flows.csv', line: 4 }, address: '10.20.1.1', nodes: ['de:ber', 'de:fra'], placedOn: 'de:ber', records: 1, bytes: 125000 },
      { code: 'shared_device_address', severity: 'warning', at: { file: 'flows.csv', line: 5 }, address: '192.0.2.1', nodes: ['de:ber', 'de:fra'], records: 2, bytes: 1200 },
    ])
    // One warning for an address, not also an unknown_address one.
    expect(diagnostics.filter((d) => d.code === 'unknown_address').map((d) => d.address)).toEqual(['198.51.100.9'])
  })

  it('takes records that span no time over one second, and says so', () => {
    const one = parseFlowRecords('ts,te,td,sa,da,ibyt\n2026-11-20 12:00:00,2026-11-20 12:00:00,0.000,10.20.1.1,10.9.0.1,1000000\n', { file: 'one.csv' }).value
    const { value, diagnostics } = toRecordFlows(one, { prefixes: plain })
    expect(value.flows).toEqual([{ id: 'de:ber>fr:par', src: 'de:ber', dst: 'fr:par', volume: 8 }])
    expect(diagnostics).toEqual([{ code: 'flow_records_no_span', severity: 'warning', at: { file: 'one.csv' }, records: 1 }])
  })

  it('lists each address once, as the devices are looked up', () => {
    expect([...recordAddresses(RECORDS)].sort()).toEqual(['10.20.1.1', '10.20.30.7', '10.20.30.8', '10.9.0.1', '10.9.0.2', '10.9.0.3', '192.0.2.1', '198.51.100.9'])
  })
})
