import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { ValidateFunction } from 'ajv'

/**
 * A validator of the official SARIF 2.1.0 schema (as @microsoft/jest-sarif ships it), for tests.
 * The schema is draft-04 (`id`); ajv 8 validates it as draft-07 once the top-level id is renamed,
 * and the schema uses no other draft-04-only keyword. One of its patterns (language tags) is not a
 * valid unicode regex, so ajv compiles patterns without the u flag.
 */
export function sarifValidator(): ValidateFunction {
  const raw = JSON.parse(readFileSync(new URL('../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')) as Record<string, unknown>
  const { id, $schema: _draft04, ...rest } = raw
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false })
  ;(addFormatsModule as unknown as (ajv: Ajv) => Ajv)(ajv)
  return ajv.compile({ ...rest, $id: id as string, $schema: 'http://json-schema.org/draft-07/schema#' })
}
