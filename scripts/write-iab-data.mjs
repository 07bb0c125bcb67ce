// Writes src/catalog/data/ieee-iab.json, the IEEE IAB registry shipped with trustpath (the
// oui-data package carries MA-L, MA-M and MA-S but no IAB blocks), from the official iab.csv.
// Usage: npm run build && node scripts/write-iab-data.mjs path/to/iab.csv YYYY-MM-DD
import { readFileSync, writeFileSync } from 'node:fs'
import { parseIeeeRegistryCsv } from '../dist/catalog/ieee-registry.js'

const [file, date] = process.argv.slice(2)
if (!file || !/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) {
  console.error('usage: node scripts/write-iab-data.mjs iab.csv YYYY-MM-DD (the date of the registry file)')
  process.exit(2)
}
const { value, diagnostics } = parseIeeeRegistryCsv(readFileSync(file, 'utf8'), { file, registry: 'IAB' })
if (diagnostics.some((d) => d.severity === 'error')) {
  console.error(diagnostics)
  process.exit(1)
}
const entries = value.filter((e) => e.registry === 'IAB').map((e) => [e.prefix, e.organization]).sort((a, b) => a[0].localeCompare(b[0]))
const out = {
  source: 'IEEE Registration Authority, IAB registry (iab.csv)',
  url: 'https://standards-oui.ieee.org/iab/iab.csv',
  date,
  entries,
}
writeFileSync(new URL('../src/catalog/data/ieee-iab.json', import.meta.url), `${JSON.stringify(out, null, 0).replace(/\],\[/g, '],\n[')}\n`)
console.log(`${entries.length} IAB blocks written`)
