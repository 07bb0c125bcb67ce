// Throughput of the streaming hot path: `npx vitest bench src/test-support`.
import { bench, describe } from 'vitest'
import type { Site } from '../domain/site.js'
import { checkDevice, compilePolicy, newCheckState } from '../policy/evaluate.js'
import { item, policyOf } from './policy.js'

const NOW = new Date('2026-09-01T00:00:00Z')
const GROUPS = ['cisco', 'nokia', 'ericsson', 'juniper', 'arista', 'huawei', 'axis', 'zte', 'hikvision', 'dahua']
const ROLES = ['core', 'ran', 'access', 'camera'] as const
const SITES = new Map<string, Site>(Array.from({ length: 100 }, (_, i) => [`s${i}`, { id: `s${i}`, lat: 49 + i / 100, lon: 7.5 }]))
const ITEMS = Array.from({ length: 10_000 }, (_, i) => item(`d${i}`, GROUPS[i % GROUPS.length], {
  role: ROLES[i % ROLES.length], network: i % 2 === 0 ? 'op-de' : 'op-fr', site: `s${i % 100}`,
}))

const SIMPLE = compilePolicy(policyOf('version: 1\nrules:\n  - { id: ban, lists: [ndaa-889], effect: prohibit }\n'), SITES)
const FULL = compilePolicy(policyOf(`
version: 1
lists: { extra: [fiberhome, uniview] }
sites: [{ id: base, kind: military-base, lat: 49.4369, lon: 7.6003 }]
rules:
  - { id: s889, lists: [ndaa-889], effect: prohibit }
  - { id: core, lists: [fcc-covered], scope: { roles: [core], networks: [op-de] }, effect: { remove-by: 2026-12-31 } }
  - { id: zone, lists: [ndaa-889, extra], scope: { near: { kind: military-base, km: 5 } }, effect: prohibit }
  - { id: parts, lists: [fcc-covered], match: components, effect: flag }
exemptions:
  - { device: d5, rule: s889, until: 2027-01-01, reason: r }
`), SITES)

describe('checkDevice, 10,000 devices per iteration', () => {
  for (const [name, compiled] of [['one rule', SIMPLE], ['four rules with scope and geofence', FULL]] as const) {
    const state = newCheckState(compiled)
    bench(name, () => {
      for (const { device, attribution } of ITEMS) checkDevice(compiled, device, attribution, NOW, state)
    })
  }
})
