import { expect, it } from 'vitest'
import * as z from 'zod'
import { POLICY_SCHEMA } from './schema.js'

it('pins the JSON Schema that editors use for policy files', async () => {
  const schema = { ...z.toJSONSchema(POLICY_SCHEMA, { io: 'input' }), title: 'trustpath policy' }
  await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot('../../docs/policy.schema.json')
})
