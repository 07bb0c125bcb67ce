// MAC → IEEE block lookups per second: trustpath's table against the npm lookup packages.
//
//   npm run build && node --expose-gc bench/mac-lookup.mjs [--count 1000000] [--seed 1]
//
// Half of the generated MACs fall in registered blocks (so lookups hit), half are random. Every
// contender gets the same strings (aa:bb:cc:dd:ee:ff, lower case), each is run three times after a
// warm-up, and the best run counts. Not a vitest test: it measures, it does not assert.
import { createRequire } from 'node:module'
import { performance } from 'node:perf_hooks'
import { formatMac, parseMac } from '../dist/catalog/mac.js'
import { buildOuiTable, lookupMac } from '../dist/catalog/oui.js'
import { loadDefaultOuiEntries } from '../dist/io/data-tables.js'
import { buildPrng } from '../dist/util/prng.js'

const require = createRequire(import.meta.url)
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i === -1 ? fallback : Number(args[i + 1])
}
const COUNT = option('count', 1_000_000)
const SEED = option('seed', 1)
const RUNS = 3

// A seeded generator, so every run measures the same addresses.
const rng = (seed) => buildPrng(seed).next

const memory = () => {
  globalThis.gc?.()
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}

// ── build ────────────────────────────────────────────────────────────────────────────────────
const mem0 = memory()
let t0 = performance.now()
const entries = loadDefaultOuiEntries()
const loadMs = performance.now() - t0
const mem1 = memory()
t0 = performance.now()
const table = buildOuiTable(entries)
const buildMs = performance.now() - t0
const mem2 = memory()

// ── inputs ───────────────────────────────────────────────────────────────────────────────────
const random = rng(SEED)
let macs = new Array(COUNT)
const numbers = new Float64Array(COUNT)
for (let i = 0; i < COUNT; i++) {
  let mac
  if (i % 2 === 0) {
    const e = entries[Math.floor(random() * entries.length)]
    const bits = e.prefix.length * 4
    const prefix = Number.parseInt(e.prefix, 16)
    mac = prefix * 2 ** (48 - bits) + Math.floor(random() * 2 ** (48 - bits))
  } else {
    mac = Math.floor(random() * 2 ** 24) * 2 ** 24 + Math.floor(random() * 2 ** 24)
  }
  numbers[i] = mac
  macs[i] = formatMac(mac)
}
// Flat strings, as a file reader or JSON.parse produces them (formatMac builds rope strings).
macs = JSON.parse(JSON.stringify(macs))

// ── contenders ───────────────────────────────────────────────────────────────────────────────
const ouiData = require('oui-data')
const { getVendor } = require('mac-oui-lookup')
const { toVendor } = require('@network-utils/vendor-lookup')

/** The naive way: normalise the string, then try the 36-, 28- and 24-bit keys of oui-data's object. */
function naiveOuiData(text) {
  const hex = text.replace(/[^0-9a-fA-F]/g, '').toUpperCase()
  return ouiData[hex.slice(0, 9)] ?? ouiData[hex.slice(0, 7)] ?? ouiData[hex.slice(0, 6)]
}

const found = (v) => v !== undefined && v !== null && v !== '' && v !== '<unknown>' && v !== '<random MAC>'

// One loop per contender, so that every call site stays monomorphic.
const contenders = [
  {
    name: 'trustpath (number)', loop: () => {
      let hits = 0
      for (let i = 0; i < numbers.length; i++) if (table.lookup(numbers[i]) !== undefined) hits++
      return hits
    },
  },
  {
    name: 'trustpath (string: lookupMac)', loop: () => {
      let hits = 0
      for (let i = 0; i < macs.length; i++) if (lookupMac(table, macs[i]) !== undefined) hits++
      return hits
    },
  },
  {
    name: 'trustpath (string: parseMac, then lookup)', loop: () => {
      let hits = 0
      for (let i = 0; i < macs.length; i++) {
        const n = parseMac(macs[i])
        if (n !== undefined && table.lookup(n) !== undefined) hits++
      }
      return hits
    },
  },
  {
    name: 'trustpath parseMac alone', loop: () => {
      let hits = 0
      for (let i = 0; i < macs.length; i++) if (parseMac(macs[i]) !== undefined) hits++
      return hits
    },
  },
  {
    name: 'oui-data object, naive', peer: true, loop: () => {
      let hits = 0
      for (let i = 0; i < macs.length; i++) if (found(naiveOuiData(macs[i]))) hits++
      return hits
    },
  },
  {
    name: 'mac-oui-lookup 1.1.4', peer: true, loop: () => {
      let hits = 0
      for (let i = 0; i < macs.length; i++) if (found(getVendor(macs[i]))) hits++
      return hits
    },
  },
  {
    name: '@network-utils/vendor-lookup 1.0.12', peer: true, loop: () => {
      let hits = 0
      for (let i = 0; i < macs.length; i++) if (found(toVendor(macs[i]))) hits++
      return hits
    },
  },
]

function measure(c) {
  c.loop() // warm-up
  let best = Infinity
  let hits = 0
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now()
    hits = c.loop()
    best = Math.min(best, performance.now() - start)
  }
  return { ...c, ms: best, perSecond: (COUNT / best) * 1000, hits }
}

// How fast this machine is right now: trivial integer loop iterations per nanosecond (a desktop
// core does about 1). Compare runs on different machines through this figure or the peer ratio.
function calibrate() {
  let s = 0
  const n = 50_000_000
  const start = performance.now()
  for (let i = 0; i < n; i++) s = (s + Math.imul(i, 0x9e3779b1)) | 0
  return { opsPerNs: n / ((performance.now() - start) * 1e6), s }
}

// Agreement: the same data must give the same organisation as the naive scan, except in the IAB
// blocks the catalog ships and oui-data lacks (there the naive scan finds the IEEE's own MA-L
// block that holds them, or nothing).
let disagree = 0
let inIab = 0
for (let i = 0; i < COUNT; i++) {
  const match = table.lookup(numbers[i])
  if (match?.registry === 'IAB') {
    inIab++
    continue
  }
  const ours = match?.organization
  const naive = naiveOuiData(macs[i])?.split('\n')[0]
  if ((ours ?? '') !== (naive ?? '').trim() && !(ours === 'Private' && naive === undefined)) disagree++
}

const results = contenders.map(measure)
const fastestPeer = Math.max(...results.filter((r) => r.peer).map((r) => r.perSecond))

const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 0 })
const MB = (b) => `${(b / 1048576).toFixed(1)} MB`
console.log(`node ${process.version}, ${COUNT.toLocaleString('en-US')} MACs (half in registered blocks), best of ${RUNS} runs; machine speed ${calibrate().opsPerNs.toFixed(2)} loop iterations/ns`)
console.log(`oui-data entries: ${fmt(entries.length)}; load ${loadMs.toFixed(0)} ms (+${MB(mem1 - mem0)}), buildOuiTable ${buildMs.toFixed(0)} ms (+${MB(mem2 - mem1)})${globalThis.gc ? '' : ' (run with --expose-gc for exact memory)'}`)
console.log(`agreement with the naive oui-data scan: ${disagree === 0 ? 'all' : `${fmt(disagree)} differ`} ` +
  `(leaving out the ${fmt(inIab)} MACs in IAB blocks, which oui-data lacks)`)
console.log('')
const rows = results.map((r) => [r.name, fmt(r.perSecond), `${(r.perSecond / fastestPeer).toFixed(1)}x`, fmt(r.hits), r.ms.toFixed(0)])
const head = ['contender', 'lookups/s', 'vs fastest peer', 'hits', 'ms']
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
console.log(line(head))
console.log(widths.map((w) => '-'.repeat(w)).join('  '))
for (const r of rows) console.log(line(r))
