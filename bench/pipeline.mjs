// identify+check throughput and peak memory on generated inventories of growing size.
// Usage: node bench/pipeline.mjs [sizes, default 250000,1000000]
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const here = new URL('.', import.meta.url).pathname
const sizes = (process.argv[2] ?? '250000,1000000').split(',').map(Number)
const dir = mkdtempSync(join(tmpdir(), 'trustpath-bench-'))
const policy = join(dir, 'policy.yaml')
writeFileSync(policy, `version: 1
effective: 2026-01-01
rules:
  - { id: s889-ban, lists: [ndaa-889], effect: prohibit }
  - { id: core-deadline, lists: [fcc-covered], scope: { roles: [core, aggregation] }, effect: { remove-by: 2026-12-31 } }
  - { id: components, lists: [fcc-covered], match: components, effect: flag }
`)
console.log('identify+check end to end (read, parse, identify, check, format findings), one process per size')
console.log('devices     file MB   devices/s   peak RSS MB   findings')
try {
  for (const n of sizes) {
    const file = join(dir, `inventory-${n}.csv`)
    execFileSync(process.execPath, [join(here, 'generate-inventory.mjs'), String(n), file])
    const out = JSON.parse(execFileSync(process.execPath, [join(here, 'pipeline-worker.mjs'), file, policy], { encoding: 'utf8' }))
    console.log(`${String(n).padStart(9)} ${(statSync(file).size / 1e6).toFixed(0).padStart(8)} ${String(out.devicesPerSecond).padStart(11)} ` +
      `${String(out.maxRssMB).padStart(13)} ${String(out.findings).padStart(10)}`)
    rmSync(file)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
