import { describe, expect, it } from 'vitest'
import { yamlKindOf, yamlTopLevelKeys } from './yaml-kind.js'

describe('yamlKindOf', () => {
  it('names Compose files, Kubernetes manifests, OpenAPI descriptions and workflows by their top-level keys', () => {
    expect(yamlKindOf(['version', 'services', 'volumes'])).toBe('a Docker Compose file')
    expect(yamlKindOf(['apiVersion', 'kind', 'metadata', 'spec'])).toBe('a Kubernetes manifest')
    // netlab's lab topology (netlab.tools): nodes and links, or nodes and the modules it configures.
    expect([yamlKindOf(['defaults', 'nodes', 'links']), yamlKindOf(['module', 'nodes'])]).toEqual(['a netlab lab topology', 'a netlab lab topology'])
    expect(yamlKindOf(['swagger', 'info', 'paths'])).toBe('an OpenAPI description')
    expect(yamlKindOf(['name', 'on', 'jobs'])).toBe('a GitHub Actions workflow')
    expect(yamlKindOf(['version', 'rules'])).toBeUndefined()
    // Helm's Chart.yaml has an apiVersion but no kind: no guess.
    expect(yamlKindOf(['apiVersion', 'name', 'version'])).toBeUndefined()
  })
})

describe('yamlTopLevelKeys', () => {
  it('reads the keys at the start of lines, past comments, a document start and indented lines', () => {
    expect(yamlTopLevelKeys('# app\n---\nservices:\n  web:\n    image: nginx\nvolumes: {}\n')).toEqual(['services', 'volumes'])
    expect(yamlTopLevelKeys('"openapi": "3.1.0"\r\ninfo:\r\n')).toEqual(['openapi', 'info'])
  })

  it('finds no keys in a CSV header, an SNMP walk or a neighbour table', () => {
    expect(yamlTopLevelKeys('id,name,macs\nd1,sw1,00:e0:fc:00:00:01\n')).toEqual([])
    expect(yamlTopLevelKeys('SNMPv2-MIB::sysDescr.0 = STRING: Huawei\n')).toEqual([])
    expect(yamlTopLevelKeys('Device ID: sw1\n  Entry address(es):\n')).toEqual([])
  })
})
