// Regenerates the column table of docs/inventory.md from the parser's own column list.
// Usage: npm run build && node scripts/write-inventory-docs.mjs
import { readFileSync, writeFileSync } from 'node:fs'
import { BANNER_COLUMN, INVENTORY_COLUMNS } from '../dist/inventory/columns.js'

const file = new URL('../docs/inventory.md', import.meta.url)
const doc = readFileSync(file, 'utf8')
const code = (s) => `\`${s}\``
let table = '| column | also accepted | meaning | example |\n|---|---|---|---|\n'
for (const c of INVENTORY_COLUMNS) {
  table += `| ${code(c.name)} | ${c.aliases.map(code).join(', ')} | ${c.description.replaceAll('|', '\\|')} | ${code(c.example)} |\n`
}
table += `| ${code(BANNER_COLUMN.name)} | | ${BANNER_COLUMN.description} | ${BANNER_COLUMN.examples.map(code).join(', ')} |\n`
const start = doc.indexOf('| column |')
const end = doc.indexOf('\n\n', start)
writeFileSync(file, doc.slice(0, start) + table.trimEnd() + doc.slice(end))
