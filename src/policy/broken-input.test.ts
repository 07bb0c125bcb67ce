import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { expectReadsBrokenInput } from '../test-support/broken-input.js'
import { KNOWN } from '../test-support/policy.js'
import { parsePolicy } from './parse.js'
import { parseSites } from './sites.js'

/** The example policy of docs/policy.md: lists, sites, rules of every effect and scope, an exemption. */
const POLICY = readFileSync(new URL('../../test/fixtures/policy/example.yaml', import.meta.url), 'utf8')
const SITES = 'slug,name,type,latitude,longitude\nramstein,Ramstein Air Base,military-base,49.4369,7.6003\nber-emb,Embassy,embassy,52.5163,13.3777\n'

describe('policy readers given broken files', () => {
  it('start from files they read with no error', () => {
    expect(parsePolicy(POLICY, { file: 'policy.yaml' }, KNOWN).diagnostics).toEqual([])
    expect(parseSites(SITES, { file: 'sites.csv' }).diagnostics).toEqual([])
  })

  it('refuse or read a policy cut, edited or garbled, never crash', () => {
    expectReadsBrokenInput((text) => parsePolicy(text, { file: 'policy.yaml' }, KNOWN), POLICY, { runs: 100, cutStep: 7 })
  })

  it('refuse or read a policy written as JSON cut, edited or garbled, never crash', () => {
    const { policy } = parsePolicy(POLICY, { file: 'policy.yaml' }, KNOWN)
    const json = JSON.stringify({ version: 1, lists: { 'huawei-zte': ['huawei', 'zte'] }, rules: policy!.rules.slice(0, 2).map((r) => ({ id: r.id, lists: ['ndaa-889'], effect: 'prohibit' })) }, null, 2)
    expectReadsBrokenInput((text) => parsePolicy(text, { file: 'policy.json' }, KNOWN), json, { runs: 100, cutStep: 3 })
  })

  it('refuse or read a site list cut, edited or garbled, never crash', () => {
    expectReadsBrokenInput((text) => parseSites(text, { file: 'sites.csv' }), SITES, { runs: 300 })
  })
})
