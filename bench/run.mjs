// `npm run bench`: every benchmark of the project, one after the other, each in its own process.
// Figures are printed side by side with peer libraries measured in the same run.
import { spawnSync } from 'node:child_process'

const here = new URL('.', import.meta.url).pathname
const BENCHES = [
  ['MAC lookups against npm MAC-vendor packages', ['--expose-gc', `${here}mac-lookup.mjs`]],
  ['identify+check end to end on generated inventories', [`${here}pipeline.mjs`, process.env.TRUSTPATH_BENCH_SIZES ?? '250000,1000000']],
  ['single-source shortest paths against graphology (and igraph when python3-igraph is installed)', [`${here}shortest-paths.mjs`]],
  ['exposure of 1M flows on a 100k-node graph', [`${here}exposure.mjs`]],
  ['replacement plan: 10k candidate devices, 100k flows, HiGHS (60 s) against greedy', [`${here}plan.mjs`]],
]
let failed = 0
for (const [title, args] of BENCHES) {
  console.log(`\n== ${title} ==`)
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' })
  if (run.status !== 0) failed++
}
process.exitCode = failed > 0 ? 1 : 0
