// The parallel check and identify against the sequential ones, in process, on the built worker (the
// worker thread runs the compiled JavaScript, so this test imports the build). Parts of a few bytes put
// the cuts everywhere: inside quoted fields that span lines, inside multi-byte characters' lines,
// between a repeated id and its first use.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../src/diagnostics/diagnostic.js'
import { testdir } from '../src/test-support/testdir.js'
import type * as CheckInventory from '../src/check/check-inventory.js'
import type * as LoadCatalog from '../src/io/load-catalog.js'
import type * as ParallelInventory from '../src/io/parallel-inventory.js'
import type * as WorkerPool from '../src/io/worker-pool.js'
import type * as ReadInventory from '../src/io/read-inventory.js'
import type * as Evaluate from '../src/policy/evaluate.js'
import type * as Parse from '../src/policy/parse.js'
import type * as Attributions from '../src/report/attributions.js'
import type * as Findings from '../src/report/findings.js'
import type * as Writer from '../src/report/findings-writer.js'
import type * as Identify from '../src/identify/identify.js'

const dist = (m: string) => new URL(`../dist/${m}`, import.meta.url).href
const { runInventoryInParallel } = await import(dist('io/parallel-inventory.js')) as typeof ParallelInventory
const { startInventoryWorkers } = await import(dist('io/worker-pool.js')) as typeof WorkerPool
const { checkInventory } = await import(dist('check/check-inventory.js')) as typeof CheckInventory
const { loadDefaultCatalog } = await import(dist('io/load-catalog.js')) as typeof LoadCatalog
const { readInventory } = await import(dist('io/read-inventory.js')) as typeof ReadInventory
const { compilePolicy, exemptionDiagnostics } = await import(dist('policy/evaluate.js')) as typeof Evaluate
const { parsePolicy } = await import(dist('policy/parse.js')) as typeof Parse
const { addToSummary, mergeSummary, newSummary } = await import(dist('report/findings.js')) as typeof Findings
const { addToTally, buildAttributionsWriter, mergeTally, newAttributionTally } = await import(dist('report/attributions.js')) as typeof Attributions
const { identify } = await import(dist('identify/identify.js')) as typeof Identify
const { buildFindingsWriter } = await import(dist('report/findings-writer.js')) as typeof Writer

const catalog = loadDefaultCatalog()
const POLICY_TEXT = `version: 1
rules:
  - { id: ban, lists: [ndaa-889], effect: prohibit }
exemptions:
  - { device: r7, rule: ban, until: 2030-01-01, reason: lab unit }
  - { device: never-seen, rule: ban, until: 2030-01-01, reason: stale entry }
`
const { policy } = parsePolicy(POLICY_TEXT, { file: 'policy.yaml' }, { manufacturers: new Set(catalog.manufacturers.keys()) })
const compiled = compilePolicy(policy!, new Map(), { keepWaived: true })
const NOW = '2026-11-23T00:00:00.000Z'
const FORMAT = 'sarif' as const

type Outcome = { out: string; diagnostics: Diagnostic[]; devices: number; summary: Findings.CheckSummary; after: Diagnostic[] }

async function sequential(path: string): Promise<Outcome> {
  const writer = buildFindingsWriter(FORMAT, { sarif: sarifContext(path), manufacturers: catalog.manufacturers, continued: true })
  const diagnostics: Diagnostic[] = []
  const summary = newSummary()
  let out = ''
  const result = await checkInventory(readInventory(path), {
    catalog, policy: compiled, now: new Date(NOW),
    onFindings: (found, line) => {
      addToSummary(summary, found)
      out += writer.device(found, line)
    },
    onBatch: (_, d) => { diagnostics.push(...d) },
  })
  return { out: out.replace(/^,/, ''), diagnostics, devices: result.devices, summary, after: result.diagnostics }
}

async function parallel(path: string, partBytes: number): Promise<Outcome> {
  const summary = newSummary()
  const run = await inWorkers(path, partBytes, 'sarif', { kind: 'check', policy: policy!, policyFile: 'policy.yaml', sites: [], keepWaived: compiled.keepWaived }, (counts) => {
    if (counts.kind === 'check') mergeSummary(summary, counts.summary)
  })
  const used = new Uint8Array(compiled.exemptions.length)
  run.used.forEach((u, i) => { if (u) used[i] = 1 })
  return { ...run, summary, after: exemptionDiagnostics(compiled, { used }, new Date(NOW)) }
}

async function inWorkers(
  path: string, partBytes: number, format: 'sarif' | 'json', task: Parameters<typeof runInventoryInParallel>[1]['task'],
  onCounts: Parameters<typeof runInventoryInParallel>[1]['onCounts'],
): Promise<{ out: string; diagnostics: Diagnostic[]; devices: number; used: Uint8Array }> {
  const chunks: Buffer[] = []
  const diagnostics: Diagnostic[] = []
  const pool = startInventoryWorkers(2, { file: path, dataDir: undefined, now: NOW, format, inventoryFile: path, toolVersion: 'test', width: 160 })
  try {
    const result = await runInventoryInParallel(pool, {
      path, file: path, format: path.endsWith('.jsonl') ? 'jsonl' : 'csv', task, detectDuplicates: true, partBytes, onCounts, commaFirst: true,
      write: (data, done) => {
        chunks.push(Buffer.from(data)) // a copy: the buffer goes back to its worker
        done()
      },
      onProgress: () => {},
      onDiagnostics: (d) => { diagnostics.push(...d) },
    })
    return { out: Buffer.concat(chunks).toString('utf8'), diagnostics, devices: result.devices, used: result.used }
  } finally {
    await pool.close()
  }
}

function sarifContext(path: string) {
  return { policyFile: 'policy.yaml', inventoryFile: path, rules: policy!.rules, toolVersion: 'test' }
}

const HEADER = 'id,name,role,manufacturer,model,macs,sys_descr'
const hw = (i: number) => `r${i},rt-${i},core,Huawei,NE40E-X8,00:e0:fc:00:${(i % 256).toString(16).padStart(2, '0')}:01,`

/** Rows of every kind a real export has, good and bad, in an order that puts them across cuts. */
function awkwardRows(): string[] {
  const rows: string[] = []
  for (let i = 0; i < 160; i++) {
    switch (i % 16) {
      case 1: rows.push(`${hw(i)}"Huawei Versatile Routing Platform Software\nVRP (R) software, Version 8.180\n(NE40E V800R011C00)"`); break
      case 2: rows.push(`c${i},cam-Zürich-${i},camera,Lorex,LNB8005,74:c9:29:00:00:02,"Kamera ""Süd"" 📷"`); break
      case 3: rows.push(`r${i - 2},again-${i},core,Cisco,,,`); break // the id of a row a few lines up
      case 4: rows.push(`r${i},too,few`); break
      case 5: rows.push(`r${i},a"b,core,Huawei,,,`); break // a stray quote
      case 6: rows.push(''); break
      case 7: rows.push(`r${i},sw-${i},toaster,Huawei,,,`); break // a bad role: the row is dropped
      case 8: rows.push(`r3,dup-far-${i},core,Huawei,,,`); break // the id of a row far up
      case 9: rows.push(`j${i},sw-${i},access,Juniper,EX4300,28:8a:1c:00:00:01,"a\r\nb"\r`); break
      case 10: rows.push(`r${i},rt\r${i},core,Huawei,,,`); break // a carriage return pasted into a name
      case 11: rows.push(i % 32 === 11 ? `e${i},eui-${i},core,,,00:e0:fc:ff:fe:00:00:${(i % 256).toString(16).padStart(2, '0')};00:12:4b:00:01:02:03:04,` : 'Total,,,,,,160'); break // an EUI-64 with a MAC and one without; a total row
      default: rows.push(hw(i))
    }
  }
  rows.push('r7,exempted,core,Huawei,,,')
  return rows
}

describe('checkCsvInParallel', () => {
  it('gives the sequential output, diagnostics and counts wherever the parts are cut', async () => {
    const dir = await testdir({
      'awkward.csv': `${HEADER}\n${awkwardRows().join('\n')}\nlast,no-newline,core,Huawei,,,"unclosed`,
      'crlf.csv': `\ufeff${HEADER}\r\n${awkwardRows().slice(0, 40).join('\r\n')}\r\n`,
    })
    for (const name of ['awkward.csv', 'crlf.csv']) {
      const path = join(dir, name)
      const want = await sequential(path)
      expect(want.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['duplicate_device', 'malformed_csv', 'invalid_field', 'invalid_mac', 'total_row']))
      for (const partBytes of [7, 61, 1024, 1 << 18]) {
        const got = await parallel(path, partBytes)
        expect(got.out, `${name} in parts of ${partBytes} bytes`).toBe(want.out)
        expect(got.diagnostics, `${name} in parts of ${partBytes} bytes`).toEqual(want.diagnostics)
        expect(got.devices).toBe(want.devices)
        expect(got.summary).toEqual(want.summary)
        expect(got.after).toEqual(want.after)
      }
    }
  }, 120_000)

  it('reads a header after blank and broken lines, a header only, an empty file and a header without an id', async () => {
    const dir = await testdir({
      'late-header.csv': `\n"broken\n\n${HEADER}\n${hw(1)}\n`,
      'header-only.csv': `${HEADER}\n`,
      'empty.csv': '',
      'no-id.csv': 'name_of_thing,role\nx,core\n"y,core\nz"q,core\n',
    })
    for (const name of ['late-header.csv', 'header-only.csv', 'empty.csv', 'no-id.csv']) {
      const path = join(dir, name)
      const want = await sequential(path)
      const got = await parallel(path, 5)
      expect(got.out, name).toBe(want.out)
      expect(got.diagnostics, name).toEqual(want.diagnostics)
      expect(got.devices, name).toBe(want.devices)
      expect(got.after, name).toEqual(want.after)
    }
  }, 120_000)

  it('reads JSON Lines in parts as one thread does: a byte order mark, bad lines, blank lines, repeated ids, a document on one line', async () => {
    const lines = Array.from({ length: 120 }, (_, i) => {
      switch (i % 12) {
        case 1: return '{"id":"r1","name":"again","manufacturer":"Cisco"}' // the id of an earlier line
        case 2: return '{"id": "broken"'
        case 3: return ''
        case 4: return `{"devices":[{"id":"doc-${i}","manufacturer":"Huawei"},{"id":"r0","manufacturer":"ZTE"}]}` // one line, two devices
        case 5: return `{"id":"z${i}","name":"Zürich 📷","manufacturer":"Lorex","macs":["74:c9:29:00:00:02"]}`
        default: return `{"id":"r${i}","name":"rt-${i}","role":"core","manufacturer":"Huawei","macs":["00:e0:fc:00:00:${(i % 256).toString(16).padStart(2, '0')}"]}`
      }
    })
    const dir = await testdir({ 'devices.jsonl': `\ufeff${lines.join('\n')}\n{"id":"last-without-newline"}` })
    const path = join(dir, 'devices.jsonl')
    const want = await sequential(path)
    expect(want.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['duplicate_device', 'malformed_json']))
    for (const partBytes of [5, 333, 1 << 18]) {
      const got = await parallel(path, partBytes)
      expect(got.out, `parts of ${partBytes} bytes`).toBe(want.out)
      expect(got.diagnostics, `parts of ${partBytes} bytes`).toEqual(want.diagnostics)
      expect(got.devices).toBe(want.devices)
      expect(got.summary).toEqual(want.summary)
    }
  }, 60_000)

  it('identifies as the sequential run does, with the same tally', async () => {
    const dir = await testdir({ 'awkward.csv': `${HEADER}\n${awkwardRows().join('\n')}\n` })
    const path = join(dir, 'awkward.csv')
    const writer = buildAttributionsWriter('json', catalog, { continued: true })
    const want = { out: '', diagnostics: [] as Diagnostic[], tally: newAttributionTally() }
    for await (const batch of readInventory(path)) {
      want.diagnostics.push(...batch.diagnostics)
      for (const device of batch.devices) {
        const a = identify(device, catalog, { at: '2019-01-01' })
        want.out += writer.row(device, a)
        addToTally(want.tally, a)
      }
    }
    for (const partBytes of [13, 4096]) {
      const tally = newAttributionTally()
      const got = await inWorkers(path, partBytes, 'json', { kind: 'identify', at: '2019-01-01' }, (counts) => {
        if (counts.kind === 'identify') mergeTally(tally, counts.tally)
      })
      expect(got.out).toBe(want.out.replace(/^,/, ''))
      expect(got.diagnostics).toEqual(want.diagnostics)
      expect(tally).toEqual(want.tally)
      expect(got.devices).toBe(want.tally.devices)
    }
  }, 60_000)
})
