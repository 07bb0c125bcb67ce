import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import * as z from 'zod'
import { KNOWN } from '../test-support/policy.js'
import { parsePolicy } from './parse.js'
import { POLICY_SCHEMA } from './schema.js'

it('pins the JSON Schema that editors use for policy files', async () => {
  const schema = { ...z.toJSONSchema(POLICY_SCHEMA, { io: 'input' }), title: 'trustpath policy' }
  await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot('../../docs/policy.schema.json')
})

it('lets an editor refuse what the parser refuses across keys, and take the policies of docs/policy.md', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  ;(addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020)(ajv)
  const validate = ajv.compile(JSON.parse(readFileSync(new URL('../../docs/policy.schema.json', import.meta.url), 'utf8')) as object)
  const page = readFileSync(new URL('../../docs/policy.md', import.meta.url), 'utf8')
  // The page's policies, up to its Diagnostics section, whose example is wrong on purpose.
  const documented = [...page.slice(0, page.indexOf('## Diagnostics')).matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((yaml) => yaml.startsWith('version: 1'))
  expect(documented.length).toBeGreaterThan(5)
  for (const yaml of documented) expect(validate(parseYaml(yaml)), yaml).toBe(true)
  const rule = '\nrules: [{ id: a, lists: [ndaa-889], effect: prohibit }]\n'
  for (const yaml of [
    `version: 1${rule}sites: [{ id: base, kind: military-base, lat: 49.43 }]\n`,
    `version: 1${rule}exemptions: [{ until: 2027-01-01, reason: lab }]\n`,
    'version: 1\nrules: [{ id: a, lists: [ndaa-889], scope: { acquired: {} }, effect: prohibit }]\n',
    `version: 1${rule}exemptions: [{ site: ramstein, network: op-de, until: 2027-01-01, reason: contracted }]\n`,
  ]) {
    expect(parsePolicy(yaml, { file: 'policy.yaml' }, KNOWN).policy, yaml).toBeUndefined()
    expect(validate(parseYaml(yaml)), yaml).toBe(false)
  }
})
