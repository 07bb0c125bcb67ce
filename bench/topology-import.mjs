// Topology import timing: reads every GraphML / SNDlib / JSON / CSV topology in a directory with
// readTopology and prints nodes, links, flows, diagnostics and the import time of each. Run after
// `npm run build`:
//   node bench/topology-import.mjs <dir> [repeat=20]
// e.g. with the Internet Topology Zoo files (Knight et al., IEEE JSAC 2011, CC BY 4.0).
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { readTopology } from '../dist/io/read-topology.js'

const dir = process.argv[2]
const repeat = Number(process.argv[3] ?? 20)
if (dir === undefined) {
  console.error('usage: node bench/topology-import.mjs <dir> [repeat=20]')
  process.exit(2)
}
const files = (await readdir(dir)).filter((f) => /\.(graphml|xml|json|csv|txt|sndlib)$/i.test(f)).sort((a, b) => a.localeCompare(b))
const rows = []
let errors = 0
for (const f of files) {
  const path = join(dir, f)
  const first = performance.now()
  const r = await readTopology(path)
  const firstMs = performance.now() - first
  const start = performance.now()
  for (let i = 0; i < repeat; i++) await readTopology(path)
  const ms = (performance.now() - start) / repeat
  const bad = r.diagnostics.filter((d) => d.severity === 'error').length
  errors += bad
  rows.push({
    file: f, format: r.format, nodes: r.topology.nodes.length, links: r.topology.links.length, flows: r.flows.length,
    'no coords': r.topology.nodes.filter((n) => n.lat === undefined).length,
    errors: bad, other: r.diagnostics.length - bad, 'first ms': firstMs.toFixed(2), 'mean ms': ms.toFixed(2),
  })
}
console.table(rows)
console.log(`${files.length} files, ${errors} error diagnostics, node ${process.version}`)
process.exitCode = errors > 0 ? 1 : 0
