// Exposure of 1M sensitive flows on the generated 100k-node / 1M-link graph of
// bench/shortest-paths.mjs: time, and peak memory against the graph's own footprint.
//
//   npm run build && node bench/exposure.mjs [--flows 1000000] [--sources 100] [--untrusted 0.05] [--unknown 0.02] [--seed 1]
//
// Flows leave `--sources` sensitive sites (seeded picks) for uniformly random destinations, each
// site's flows together (the order streamExposure wants). Trust: a seeded share of the nodes is
// untrusted, another unknown (treated as untrusted). Each result is dropped as it comes, as a
// streaming writer would; rows marked JSON also serialize it with JSON.stringify first. Peak RSS is read from process.resourceUsage().maxRSS (in KiB) after the graph is
// built and after each run; runs of growing flow count show whether memory follows the flows.
// CPU seconds (user + system of this process) beside wall seconds tell a busy machine apart.
import { performance } from 'node:perf_hooks'
import { buildGraphFromEdges } from '../dist/topology/graph.js'
import { streamExposure } from '../dist/exposure/exposure.js'
import { generateEdges, option, rng } from './shortest-paths.mjs'

const args = process.argv.slice(2)
const NODES = option(args, 'nodes', 100_000)
const LINKS = option(args, 'links', 1_000_000)
const FLOWS = option(args, 'flows', 1_000_000)
const SOURCES = option(args, 'sources', 100)
const UNTRUSTED = option(args, 'untrusted', 0.05)
const UNKNOWN = option(args, 'unknown', 0.02)
const SEED = option(args, 'seed', 1)
const mb = (kib) => (kib / 1024).toFixed(0)

const t0 = performance.now()
const graph = buildGraphFromEdges(generateEdges({ nodes: NODES, links: LINKS, seed: SEED }))
const buildMs = performance.now() - t0
const random = rng(SEED + 2)
const status = new Uint8Array(NODES)
for (let v = 0; v < NODES; v++) {
  const r = random()
  status[v] = r < UNTRUSTED ? 1 : r < UNTRUSTED + UNKNOWN ? 2 : 0
}
const trust = { status, unknownAs: 'untrusted' }
const graphRssKiB = process.resourceUsage().maxRSS

function* flows(count, seed) {
  const r = rng(seed)
  const sites = Array.from({ length: SOURCES }, () => Math.floor(r() * NODES))
  let i = 0
  for (let s = 0; s < SOURCES; s++) {
    const n = Math.floor(count / SOURCES) + (s < count % SOURCES ? 1 : 0)
    for (let k = 0; k < n; k++, i++) yield { id: `f${i}`, src: sites[s], dst: Math.floor(r() * NODES), volume: 1 + Math.floor(r() * 100) }
  }
}

function run(count, json) {
  const start = performance.now()
  const cpu0 = process.cpuUsage()
  const it = streamExposure(graph, flows(count, SEED + 3), trust)
  let bytes = 0
  let step = it.next()
  for (; !step.done; step = it.next()) if (json) bytes += JSON.stringify(step.value).length
  const cpu = process.cpuUsage(cpu0)
  return { count, ms: performance.now() - start, cpuS: (cpu.user + cpu.system) / 1e6, bytes, summary: step.value, rssKiB: process.resourceUsage().maxRSS }
}

console.log(`exposure of sensitive flows, ${NODES.toLocaleString('en-US')} nodes, ${LINKS.toLocaleString('en-US')} links, ` +
  `${SOURCES} sources, ${UNTRUSTED * 100}% untrusted + ${UNKNOWN * 100}% unknown nodes (seed ${SEED})`)
console.log(`graph built in ${buildMs.toFixed(0)} ms; peak RSS with the graph: ${mb(graphRssKiB)} MB`)
console.log('')
console.log('    flows   JSON     seconds   CPU s     flows/s   JSON MB   peak RSS MB   exposed share   no clean path')
for (const [count, json] of [[FLOWS / 10, true], [FLOWS, false], [FLOWS, true]]) {
  const r = run(count, json)
  console.log(`${count.toLocaleString('en-US').padStart(9)} ${(json ? 'yes' : 'no').padStart(6)} ${(r.ms / 1000).toFixed(1).padStart(11)} ${r.cpuS.toFixed(1).padStart(7)} ${Math.round(count / (r.ms / 1000)).toLocaleString('en-US').padStart(11)} ` +
    `${(r.bytes / 1e6).toFixed(0).padStart(9)} ${mb(r.rssKiB).padStart(13)} ${r.summary.exposedShare.toFixed(3).padStart(15)} ${String(r.summary.flowsWithoutCleanPath).padStart(15)}`)
}
