import { describe, expect, it } from 'vitest'
import { parseContainerlab } from './containerlab.js'
import { detectTopologyFormat } from './detect.js'
import { formatDiagnostic } from '../../diagnostics/format.js'
import { CONTAINERLAB_CAMPUS as LAB } from '../../test-support/topology-examples.js'

describe('parseContainerlab', () => {
  it('reads the nodes with their kind as platform and the links of both forms', () => {
    const { topology, diagnostics } = parseContainerlab(LAB, { file: 'campus.clab.yml' })
    expect(topology.networks).toEqual(['campus'])
    expect(topology.nodes).toEqual([
      { id: 'campus:spine1', network: 'campus', devices: ['spine1'], platform: 'nokia_srlinux' },
      { id: 'campus:leaf1', network: 'campus', devices: ['leaf1'], platform: 'huawei_vrp' },
      { id: 'campus:leaf2', network: 'campus', devices: ['leaf2'], platform: 'huawei_vrp' },
      { id: 'campus:client', network: 'campus', devices: ['client'], platform: 'linux' },
    ])
    expect(topology.links).toEqual([
      { a: 'campus:spine1', b: 'campus:leaf1' },
      { a: 'campus:spine1', b: 'campus:leaf2' },
      { a: 'campus:leaf1', b: 'campus:client' },
    ])
    expect(diagnostics).toEqual([{ code: 'links_outside_lab', severity: 'info', at: { file: 'campus.clab.yml', line: 33, column: 7 }, links: 2, ends: ['host', 'mgmt-net'] }])
  })

  it('is recognised by its topology map, whatever the extension', () => {
    expect(detectTopologyFormat('campus.clab.yml', LAB)).toBe('containerlab')
    expect(detectTopologyFormat('lab.txt', LAB)).toBe('containerlab')
    expect(detectTopologyFormat('policy.yaml', 'version: 1\nrules: []\n')).not.toBe('containerlab')
  })

  it('reports a link to a node the lab does not define, with its line', () => {
    const text = 'topology:\n  nodes:\n    r1: {kind: ceos}\n  links:\n    - endpoints: ["r1:eth1", "r9:eth1"]\n'
    const { topology, diagnostics } = parseContainerlab(text, { file: 'lab.clab.yml' })
    expect(topology.links).toEqual([])
    expect(diagnostics.map((d) => [d.code, d.at.line])).toEqual([['unknown_node', 5]])
    expect(formatDiagnostic(diagnostics[0]!)).toContain('lab.clab.yml:5:')
  })

  it('reports a link that does not name two ends, and a YAML syntax error, with their lines', () => {
    const odd = parseContainerlab('topology:\n  nodes:\n    r1: {}\n  links:\n    - endpoints: ["r1"]\n', { file: 'lab.clab.yml' })
    expect(odd.diagnostics.map((d) => [d.code, d.at.line, 'field' in d ? d.field : ''])).toEqual([['invalid_field', 5, 'endpoints']])
    const bad = parseContainerlab('topology:\n  nodes:\n    r1: {kind: ceos\n  links: []\n', { file: 'lab.clab.yml' })
    expect(bad.diagnostics).toHaveLength(1)
    expect(bad.diagnostics[0]).toMatchObject({ code: 'malformed_yaml', severity: 'error', at: { file: 'lab.clab.yml' } })
    expect(bad.topology.nodes).toEqual([])
  })

  it('says in its own words that lists nested thousands of levels deep cannot be read', () => {
    const { diagnostics } = parseContainerlab(`topology:\n  nodes: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, { file: 'lab.clab.yml' })
    // The column is where the parser's stack ran out, which depends on the machine.
    expect(diagnostics).toMatchObject([{ code: 'malformed_yaml', yamlCode: 'RESOURCE_EXHAUSTION', at: { line: 2 } }])
    expect(formatDiagnostic(diagnostics[0]!).replace(/^lab\.clab\.yml:2:\d+: /, '')).toMatchInlineSnapshot(`"error: not valid YAML: its lists or maps are nested too deeply to be read. Fix the YAML syntax on this line (indent with spaces, not tabs)."`)
  })

  it('says so too of list items nested thousands deep on one line, at that line, where the YAML parser overflowed the stack', () => {
    const { diagnostics } = parseContainerlab(`name: lab\n${'- '.repeat(20_000)}\ntopology:\n  nodes:\n    r1: {kind: linux}\n`, { file: 'lab.clab.yml' })
    expect(diagnostics).toEqual([{
      code: 'malformed_yaml', severity: 'error', at: { file: 'lab.clab.yml', line: 2 }, problem: 'its lists or maps are nested too deeply to be read', yamlCode: 'RESOURCE_EXHAUSTION',
    }])
  })

  it('says what is missing when the topology has no nodes map', () => {
    const { diagnostics } = parseContainerlab('name: x\ntopology:\n  links: []\n', { file: 'x.clab.yml' })
    expect(diagnostics).toMatchObject([{ code: 'invalid_field', field: 'topology.nodes', at: { line: 3 } }])
    expect(formatDiagnostic(diagnostics[0]!)).toMatch(/x\.clab\.yml:3:.*a map of node names/)
  })
})
