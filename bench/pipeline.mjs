// identify+check throughput and peak memory on generated inventories of growing size.
// Usage: node bench/pipeline.mjs [sizes, default 250000,1000000]
import { execFileSync, spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'

const here = new URL('.', import.meta.url).pathname
const sizes = (process.argv[2] ?? '250000,1000000').split(',').map(Number)
const cli = []
/** Runs of the CLI per configuration. */
const CLI_RUNS = 3
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
    // In process as the README advises a library caller of this size to run it: with V8's
    // allocation-site pretenuring off, as the CLI sets for itself (without it, about one run in four
    // takes half as long again).
    const out = JSON.parse(execFileSync(process.execPath, ['--no-allocation-site-pretenuring', join(here, 'pipeline-worker.mjs'), file, policy], { encoding: 'utf8' }))
    console.log(`${String(n).padStart(9)} ${(statSync(file).size / 1e6).toFixed(0).padStart(8)} ${String(out.devicesPerSecond).padStart(11)} ` +
      `${String(out.maxRssMB).padStart(13)} ${String(out.findings).padStart(10)}`)
    if (n === sizes[sizes.length - 1]) {
      // The CLI as a user runs it (start-up, catalog, JSON Lines written to /dev/null): one thread,
      // and the default (--jobs auto: a worker thread per core for files of 64 MiB and more).
      // Three runs each, interleaved, reported as the median and the best: one run right after the
      // file was written varied by a quarter from run to run on a two-core machine.
      const runs = { '1': [], auto: [] }
      for (let r = 0; r < CLI_RUNS; r++) {
        for (const jobs of ['1', 'auto']) runs[jobs].push(runCli(file, jobs))
      }
      for (const jobs of ['1', 'auto']) {
        const times = runs[jobs].map((x) => x.s).sort((a, b) => a - b)
        const median = times[Math.floor(times.length / 2)]
        const rss = Math.max(...runs[jobs].map((x) => x.rss))
        const threads = jobs === '1' ? 'one thread' : `default --jobs auto, ${statSync(file).size >= 64 << 20 ? availableParallelism() : 1} worker thread(s) here`
        cli.push(`  trustpath check (${threads}): median ${median.toFixed(2)} s (best ${times[0].toFixed(2)} s of ${times.length}) for ${n.toLocaleString('en-US')} devices = ` +
          `${Math.round(n / median).toLocaleString('en-US')} devices/s (best ${Math.round(n / times[0]).toLocaleString('en-US')})` +
          (Number.isFinite(rss) ? `, peak RSS ${Math.round(rss / 1024)} MB` : ''))
      }
    }
    rmSync(file)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}

/**
 * One run of the CLI as a user runs it (start-up, catalog, JSON Lines written to /dev/null) with
 * `--jobs jobs`: its wall time in seconds and peak memory in KB (GNU time, where it is installed).
 */
function runCli(file, jobs) {
  const t0 = performance.now()
  const args = [join(here, '..', 'dist', 'cli', 'main.js'), 'check', file, '-p', policy, '-f', 'jsonl', '-q', '-o', '/dev/null', '--jobs', jobs]
  const run = existsSync('/usr/bin/time')
    ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' })
  const s = (performance.now() - t0) / 1000
  if (run.status !== 1) throw new Error(`trustpath check exited with ${run.status}: ${run.stderr}`)
  return { s, rss: Number(/(\d+)\s*$/.exec(run.stderr ?? '')?.[1]) }
}
if (cli.length > 0) console.log(`\nthe CLI end to end:\n${cli.join('\n')}`)
