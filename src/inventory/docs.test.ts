import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { INVENTORY_COLUMNS } from './columns.js'

describe('docs/inventory.md', () => {
  it('documents every CSV column the parser knows', () => {
    const doc = readFileSync(new URL('../../docs/inventory.md', import.meta.url), 'utf8')
    for (const c of INVENTORY_COLUMNS) {
      expect(doc, c.name).toContain(`| \`${c.name}\` |`)
      for (const a of c.aliases) expect(doc, a).toContain(`\`${a}\``)
    }
  })
})
