// Writes the shipped IEEE blocks (oui-data and the IAB registry) packed for fast loading, beside
// the compiled catalog: see src/catalog/oui-blocks.ts. Run by `npm run build` after tsc.
import { writeFileSync } from 'node:fs'
import { packOuiBlocks } from '../dist/catalog/oui-blocks.js'
import { defaultOuiSource, loadDefaultOuiEntries, PACKED_OUI_FILE } from '../dist/io/data-tables.js'

const entries = loadDefaultOuiEntries()
const bytes = packOuiBlocks(entries, defaultOuiSource().source)
writeFileSync(PACKED_OUI_FILE, bytes)
console.log(`packed ${entries.length} IEEE blocks into ${PACKED_OUI_FILE.pathname.split('/').slice(-3).join('/')} (${(bytes.length / 1e6).toFixed(1)} MB)`)
