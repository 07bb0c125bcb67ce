import { describe, expect, it } from 'vitest'
import type { Topology } from '../domain/topology.js'
import { canonicalAddress, parseIpAddress, parsePrefixTable, validatePrefixNodes } from './address-prefixes.js'
import { buildNodeResolver, buildNodeSuggester } from './node-trust.js'
import { formatDiagnostic } from '../diagnostics/format.js'

// A planner's table: the embassy's LAN inside the PoP's block, a ministry's IPv6 block, a default.
const PREFIXES = `prefix,node,class
10.20.0.0/16,berlin,
10.20.30.0/24,embassy,secret
2001:db8:20::/48,ministry,restricted
2001:db8::/32,berlin,
0.0.0.0/0,internet,
`

describe('parsePrefixTable', () => {
  const { value: table, diagnostics } = parsePrefixTable(PREFIXES, { file: 'prefixes.csv' })

  it('reads every row without a problem', () => {
    expect(diagnostics).toEqual([])
    expect(table.entries.map((e) => e.prefix)).toEqual(['10.20.0.0/16', '10.20.30.0/24', '2001:db8:20::/48', '2001:db8::/32', '0.0.0.0/0'])
  })

  it('places an address by its longest prefix, IPv4 and IPv6', () => {
    expect(table.lookup('10.20.30.7')).toMatchObject({ node: 'embassy', class: 'secret', at: { file: 'prefixes.csv', line: 3 } })
    expect(table.lookup('10.20.31.7')?.node).toBe('berlin')
    expect(table.lookup('192.0.2.1')?.node).toBe('internet')
    expect(table.lookup('2001:db8:20:1::5')).toMatchObject({ node: 'ministry', class: 'restricted' })
    expect(table.lookup('2001:DB8:0021::5')?.node).toBe('berlin')
    // IPv4 prefixes never hold IPv6 addresses (the /0 is IPv4's).
    expect(table.lookup('2001:db9::1')).toBeUndefined()
    expect(table.lookup('not-an-address')).toBeUndefined()
  })

  it('gives a flow between two classes the class the table names first', () => {
    expect(table.flowClass('restricted', 'secret')).toBe('secret')
    expect(table.flowClass(undefined, 'restricted')).toBe('restricted')
    expect(table.flowClass(undefined, undefined)).toBeUndefined()
  })

  it('reports a prefix that does not read, and one with host bits, at their lines', () => {
    const bad = parsePrefixTable('prefix,node\n10.20.1.0/16,berlin\n10.300.0.0/16,paris\n10.0.0.0/33,rome\n2001:db8::/48,oslo\n2001:db8::/48,bergen\n', { file: 'p.csv' })
    expect(bad.diagnostics).toEqual([
      { code: 'invalid_prefix', severity: 'error', at: { file: 'p.csv', line: 2 }, value: '10.20.1.0/16', problem: 'host_bits', network: '10.20.0.0/16' },
      { code: 'invalid_prefix', severity: 'error', at: { file: 'p.csv', line: 3 }, value: '10.300.0.0/16', problem: 'not_an_address' },
      { code: 'invalid_prefix', severity: 'error', at: { file: 'p.csv', line: 4 }, value: '10.0.0.0/33', problem: 'length' },
      { code: 'duplicate_prefix', severity: 'warning', at: { file: 'p.csv', line: 6 }, prefix: '2001:db8::/48', first: { file: 'p.csv', line: 5 } },
    ])
    expect(bad.value.lookup('2001:db8::1')?.node).toBe('oslo')
  })

  it('reads a table without a header line, its columns prefix,node[,class], at the lines of the file', () => {
    const { value, diagnostics } = parsePrefixTable('10.20.0.0/16;berlin;secret\n10.30.0.0/16;paris;\n10.40.1.0/16;rome;\n', { file: 'ipam.csv' })
    expect(value.lookup('10.20.1.1')).toMatchObject({ node: 'berlin', class: 'secret', at: { file: 'ipam.csv', line: 1 } })
    expect(value.lookup('10.30.1.1')?.node).toBe('paris')
    expect(diagnostics).toEqual([{ code: 'invalid_prefix', severity: 'error', at: { file: 'ipam.csv', line: 3 }, value: '10.40.1.0/16', problem: 'host_bits', network: '10.40.0.0/16' }])
  })

  it('reports a table without a node column', () => {
    const { diagnostics: d } = parsePrefixTable('prefix,class\n10.0.0.0/8,secret\n', { file: 'p.csv' })
    expect(d.map((x) => x.code)).toContain('missing_column')
  })
})

describe('validatePrefixNodes', () => {
  const topology: Topology = { networks: ['de'], nodes: [{ id: 'de:ber', label: 'Berlin', network: 'de' }, { id: 'de:fra', label: 'Frankfurt', network: 'de' }], links: [] }

  it('resolves nodes by label and reports one naming no node, with what it may have meant', () => {
    const { value: table } = parsePrefixTable('prefix,node\n10.1.0.0/16,berlin\n10.2.0.0/16,Frankfrut\n', { file: 'p.csv' })
    const { value, diagnostics } = validatePrefixNodes(table, buildNodeResolver(topology), buildNodeSuggester(topology))
    expect(value.get('berlin')).toBe('de:ber')
    expect(diagnostics).toEqual([
      { code: 'prefix_unknown_node', severity: 'error', at: { file: 'p.csv', line: 3 }, node: 'Frankfrut', prefix: '10.2.0.0/16', suggestions: [{ node: 'de:fra' }] },
    ])
  })

  it('offers a node by the label the table\'s writer knows, with its id beside it', () => {
    const { value: table } = parsePrefixTable('prefix,node\n10.2.0.0/16,Frankfrut\n', { file: 'p.csv' })
    const labels = new Map(topology.nodes.map((n) => [n.id, n.label!]))
    const { diagnostics } = validatePrefixNodes(table, buildNodeResolver(topology), buildNodeSuggester(topology), (id) => labels.get(id))
    expect(diagnostics[0]).toMatchObject({ suggestions: [{ node: 'de:fra', label: 'Frankfurt' }] })
    expect(formatDiagnostic(diagnostics[0]!)).toContain('Did you mean "Frankfurt" (de:fra)?')
  })
})

describe('canonicalAddress', () => {
  it('writes IPv6 as RFC 5952 does, and refuses what is no address', () => {
    expect(canonicalAddress('2001:DB8:0:0:0:0:0:1')).toBe('2001:db8::1')
    expect(canonicalAddress('2001:db8:0:0:1:0:0:1')).toBe('2001:db8::1:0:0:1')
    expect(canonicalAddress('::ffff:192.0.2.1')).toBe('::ffff:c000:201')
    expect(canonicalAddress('10.0.0.1')).toBe('10.0.0.1')
    expect(canonicalAddress('fe80::1%eth0')).toBe('fe80::1')
    expect(canonicalAddress('00:17:58')).toBeUndefined()
    expect(parseIpAddress('1:2:3:4:5:6:7:8:9')).toBeUndefined()
    // Only the dotted four-part IPv4 form that logs write: not the classful shorthand `10.1` nor hex parts.
    expect(parseIpAddress('10.1')).toBeUndefined()
    expect(parseIpAddress('0x0a.0.0.1')).toBeUndefined()
    expect(parseIpAddress('10.0.0.256')).toBeUndefined()
  })
})
