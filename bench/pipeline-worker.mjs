// One measured run of identify+check over an inventory file, in its own process so that its peak
// memory (maxRSS) is its own. Prints one JSON line. Usage: node bench/pipeline-worker.mjs <file> <policy.yaml>
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { checkInventory } from '../dist/check/check-inventory.js'
import { loadDefaultCatalog } from '../dist/io/load-catalog.js'
import { readInventory } from '../dist/io/read-inventory.js'
import { compilePolicy } from '../dist/policy/evaluate.js'
import { parsePolicy } from '../dist/policy/parse.js'
import { addToSummary, newSummary } from '../dist/report/findings.js'
import { buildFindingsWriter, deviceInto } from '../dist/report/findings-writer.js'
import { ByteOutput } from '../dist/util/byte-output.js'

const [file, policyFile] = process.argv.slice(2)
const t0 = performance.now()
const catalog = loadDefaultCatalog()
void catalog.oui // the MAC block table is built on first use: build it here, with the catalog
const { policy } = parsePolicy(readFileSync(policyFile, 'utf8'), { file: policyFile }, { manufacturers: new Set(catalog.manufacturers.keys()) })
const compiled = compilePolicy(policy, new Map())
const t1 = performance.now()
const writer = buildFindingsWriter('jsonl', { sarif: { policyFile, inventoryFile: file, rules: policy.rules, toolVersion: 'bench' }, manufacturers: catalog.manufacturers })
const summary = newSummary()
let bytes = 0
// Formatted as the CLI formats them (UTF-8 into a buffer per batch), then dropped.
const out = new ByteOutput(1 << 19)
const result = await checkInventory(readInventory(file), {
  catalog, policy: compiled, now: new Date('2026-11-23T00:00:00Z'),
  onFindings: (findings, line) => {
    addToSummary(summary, findings)
    deviceInto(writer, findings, line, out)
  },
  onBatch: () => {
    bytes += out.length
    out.length = 0
  },
})
bytes += out.length
const t2 = performance.now()
console.log(JSON.stringify({
  devices: result.devices, findings: summary.findings, outputBytes: bytes,
  catalogMs: Math.round(t1 - t0), checkMs: Math.round(t2 - t1),
  devicesPerSecond: Math.round(result.devices / ((t2 - t1) / 1000)),
  maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
}))
