// Checks name resolution against the official IEEE registry files.
//
//   npm run build && node scripts/check-registries.mjs <dir with oui.csv mam.csv oui36.csv [iab.csv] [cid.csv]>
//
// Prints, per registry and covered group, how many blocks resolve; every organisation name that
// looks like a covered group's (by regex) but does not resolve; every name that resolves to a
// covered group but does not look like one; and how the shipped oui-data package differs from
// the files (oui-data ships no IAB and no CID blocks).
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseIeeeRegistryCsv } from '../dist/catalog/ieee-registry.js'
import { groupOf, manufacturerMap, MANUFACTURERS } from '../dist/catalog/manufacturers.js'
import { buildNameResolver } from '../dist/catalog/org-name.js'
import { REGISTRY_ALIASES } from '../dist/catalog/registry-aliases.js'
import { loadDefaultOuiEntries } from '../dist/io/data-tables.js'

const FILES = [
  ['oui.csv', 'MA-L'], ['mam.csv', 'MA-M'], ['oui36.csv', 'MA-S'], ['iab.csv', 'IAB'], ['cid.csv', 'CID'],
]
const COVERED_GROUPS = ['huawei', 'zte', 'hikvision', 'dahua', 'hytera']
const COVERED_LOOKING = /huawei|hisilicon|honor|\bzte\b|zhongxing|sanechips|nubia|hikvision|hikrobot|microimage|ezviz|dahua|imou|huacheng|huaray|lorex|hytera|sepura|norsat|teltronic/i

const dir = process.argv[2]
if (dir === undefined) {
  console.error('usage: node scripts/check-registries.mjs <directory of IEEE registry CSV files>')
  process.exit(2)
}

const manufacturers = manufacturerMap(MANUFACTURERS)
const resolve = buildNameResolver(MANUFACTURERS, REGISTRY_ALIASES)
/** The covered group a manufacturer belongs to today, or ever (time-bounded relations), if any. */
function coveredGroup(slug) {
  if (slug === undefined) return undefined
  const now = groupOf(slug, undefined, manufacturers)
  if (COVERED_GROUPS.includes(now.group)) return { group: now.group, former: false }
  for (const r of now.undated) {
    const g = groupOf(r.parent, undefined, manufacturers).group
    if (COVERED_GROUPS.includes(g)) return { group: g, former: true }
  }
  return undefined
}

const all = []
for (const [file, registry] of FILES) {
  let text
  try {
    text = await readFile(join(dir, file), 'utf8')
  } catch {
    console.log(`${file}: not found, skipped`)
    continue
  }
  const { value, diagnostics } = parseIeeeRegistryCsv(text, { file, registry })
  for (const d of diagnostics) console.log(`${file}:${d.at.line ?? ''}: ${d.code} ${d.problem ?? ''}`)
  all.push(...value)
}

const counts = new Map() // registry -> group -> count
const unresolved = new Map() // name -> count
const surprising = new Map()
const bySlug = new Map()
for (const e of all) {
  if (e.registry === 'CID') continue // not a MAC block of a manufacturer
  const slug = resolve(e.organization)
  const covered = coveredGroup(slug)
  if (covered !== undefined) {
    const key = covered.former ? `${covered.group} (former)` : covered.group
    const row = counts.get(e.registry) ?? new Map()
    row.set(key, (row.get(key) ?? 0) + 1)
    counts.set(e.registry, row)
    bySlug.set(slug, (bySlug.get(slug) ?? 0) + 1)
    if (!COVERED_LOOKING.test(e.organization)) surprising.set(e.organization, (surprising.get(e.organization) ?? 0) + 1)
  } else if (COVERED_LOOKING.test(e.organization)) {
    const key = `${e.organization}${slug === undefined ? '' : ` -> ${slug}`}`
    unresolved.set(key, (unresolved.get(key) ?? 0) + 1)
  }
}

const sorted = (m) => [...m].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
console.log(`\nblocks read: ${all.length.toLocaleString('en-US')}`)
console.log('\nblocks resolved to covered groups, by registry (CID left out):')
const groups = [...new Set([...counts.values()].flatMap((m) => [...m.keys()]))].sort()
console.log(['registry', ...groups].map((s) => s.padStart(18)).join(''))
for (const [, registry] of FILES) {
  const row = counts.get(registry)
  if (row === undefined) continue
  console.log([registry, ...groups.map((g) => String(row.get(g) ?? 0))].map((s) => s.padStart(18)).join(''))
}
console.log('\nby manufacturer:')
for (const [slug, n] of sorted(bySlug)) console.log(`  ${slug.padEnd(18)} ${n}`)
console.log('\ncovered-looking names that do not resolve to a covered group (check each by hand):')
for (const [name, n] of sorted(unresolved)) console.log(`  ${String(n).padStart(5)}  ${name}`)
console.log('\nnames resolved to a covered group that do not look like one:')
for (const [name, n] of sorted(surprising)) console.log(`  ${String(n).padStart(5)}  ${name}`)

// What the shipped package lacks, or has beyond the files.
const shipped = new Set(loadDefaultOuiEntries().map((e) => e.prefix))
const inFiles = new Set(all.map((e) => e.prefix))
const missing = new Map()
for (const e of all) if (!shipped.has(e.prefix)) missing.set(e.registry, (missing.get(e.registry) ?? 0) + 1)
let extra = 0
for (const p of shipped) if (!inFiles.has(p)) extra++
console.log('\noui-data compared with these files:')
for (const [registry, n] of sorted(missing)) console.log(`  ${registry}: ${n} blocks missing from oui-data`)
console.log(`  ${extra} oui-data blocks not in these files (newer assignments, or files not given)`)
