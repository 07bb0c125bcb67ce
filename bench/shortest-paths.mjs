// Single-source shortest paths on a generated 100k-node / 1M-link graph: trustpath's CSR Dijkstra
// against graphology's Dijkstra in the same run, and igraph's C code when python3-igraph is there.
//
//   npm run build && node bench/shortest-paths.mjs [--nodes 100000] [--links 1000000] [--seed 1] [--sources 10]
//
// The graph is a small world: nodes on a ring, 90% of links to a node a few steps away
// (exponential offset, mean 20), 10% to a uniformly random node; integer metrics 1..100. Every
// contender gets the same links and the same sources. Timed: the search only (igraph: the
// `distances` call, which includes turning 100k distances into a Python list). Not a vitest
// test: it measures, it does not assert.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { buildGraphFromEdges } from '../dist/topology/graph.js'
import { buildShortestPathTree, shortestPathsAssign } from '../dist/topology/algorithms/shortest-paths.js'
import { buildPrng } from '../dist/util/prng.js'

const require = createRequire(import.meta.url)

/** A seeded generator, so every run measures the same graph. */
export const rng = (seed) => buildPrng(seed).next

/** The benchmark graph as edge arrays (see the header). */
export function generateEdges({ nodes, links, seed }) {
  const random = rng(seed)
  const from = new Uint32Array(links)
  const to = new Uint32Array(links)
  const weights = new Float64Array(links)
  for (let e = 0; e < links; e++) {
    const a = Math.floor(random() * nodes)
    const b = random() < 0.9 ? (a + 1 + Math.floor(-Math.log(1 - random()) * 20)) % nodes : Math.floor(random() * nodes)
    from[e] = a
    to[e] = b
    weights[e] = 1 + Math.floor(random() * 100)
  }
  const ids = Array.from({ length: nodes }, (_, i) => `n${i}`)
  return { ids, from, to, weights }
}

export function option(args, name, fallback) {
  const i = args.indexOf(`--${name}`)
  return i === -1 ? fallback : Number(args[i + 1])
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

function timeIt(fn) {
  const t0 = performance.now()
  const value = fn()
  return { ms: performance.now() - t0, value }
}

/** igraph through Debian's python3-igraph; null when no Python with igraph is found. */
function igraphTimings(edges, sources) {
  const python = ['/usr/bin/python3', 'python3'].find((exe) => {
    try {
      execFileSync(exe, ['-c', 'import igraph'], { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  })
  if (python === undefined) return null
  const dir = mkdtempSync(join(tmpdir(), 'trustpath-bench-'))
  try {
    const file = join(dir, 'edges.bin')
    writeFileSync(file, Buffer.concat([edges.from, edges.to, edges.weights].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))))
    const script = `
import array, json, sys, time, igraph
n, m, file = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
sources = json.loads(sys.argv[4])
raw = open(file, 'rb').read()
a = array.array('I'); a.frombytes(raw[:4 * m])
b = array.array('I'); b.frombytes(raw[4 * m:8 * m])
w = array.array('d'); w.frombytes(raw[8 * m:])
t = time.perf_counter()
g = igraph.Graph(n=n, edges=list(zip(a, b)))
g.es['weight'] = list(w)
build = (time.perf_counter() - t) * 1000
runs, sums = [], []
g.distances(source=[sources[0]], weights='weight')
for s in sources:
    t = time.perf_counter()
    d = g.distances(source=[s], weights='weight')[0]
    runs.append((time.perf_counter() - t) * 1000)
    sums.append(sum(x for x in d if x != float('inf')))
print(json.dumps({'version': igraph.__version__, 'build': build, 'runs': runs, 'sums': sums}))
`
    const out = execFileSync(python, ['-c', script, String(edges.ids.length), String(edges.from.length), file, JSON.stringify(sources)], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    })
    return JSON.parse(out)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function main() {
  const args = process.argv.slice(2)
  const NODES = option(args, 'nodes', 100_000)
  const LINKS = option(args, 'links', 1_000_000)
  const SEED = option(args, 'seed', 1)
  const SOURCES = option(args, 'sources', 10)
  const PEER_SOURCES = Math.min(SOURCES, 3)

  const edges = generateEdges({ nodes: NODES, links: LINKS, seed: SEED })
  const random = rng(SEED + 1)
  const sources = Array.from({ length: SOURCES }, () => Math.floor(random() * NODES))
  console.log(`single-source shortest paths, ${NODES.toLocaleString('en-US')} nodes, ${LINKS.toLocaleString('en-US')} links (seed ${SEED})`)

  // trustpath
  const built = timeIt(() => buildGraphFromEdges(edges))
  const graph = built.value
  const tree = buildShortestPathTree(graph)
  shortestPathsAssign(graph, sources[0], {}, tree) // warm-up
  const ours = []
  const ourSums = []
  for (const s of sources) {
    ours.push(timeIt(() => shortestPathsAssign(graph, s, {}, tree)).ms)
    let sum = 0
    for (const d of tree.dist) if (d !== Infinity) sum += d
    ourSums.push(sum)
  }
  const rows = [{ name: 'trustpath (CSR, binary heap, ECMP DAG)', build: built.ms, runs: ours }]

  // graphology, built from the same (collapsed) graph
  const { UndirectedGraph } = require('graphology')
  const dijkstra = require('graphology-shortest-path/dijkstra')
  const gBuilt = timeIt(() => {
    const g = new UndirectedGraph()
    for (const id of graph.ids) g.addNode(id)
    for (let u = 0; u < graph.nodeCount; u++) {
      for (let k = graph.offsets[u]; k < graph.offsets[u + 1]; k++) {
        const v = graph.targets[k]
        if (u < v) g.addEdge(graph.ids[u], graph.ids[v], { weight: graph.weights[k] })
      }
    }
    return g
  })
  const gg = gBuilt.value
  dijkstra.brandes(gg, graph.ids[sources[0]], 'weight') // warm-up
  const paths = []
  const brandes = []
  for (const s of sources.slice(0, PEER_SOURCES)) {
    paths.push(timeIt(() => dijkstra.singleSource(gg, graph.ids[s], 'weight')).ms)
    brandes.push(timeIt(() => dijkstra.brandes(gg, graph.ids[s], 'weight')).ms)
  }
  rows.push({ name: 'graphology dijkstra.singleSource (paths)', build: gBuilt.ms, runs: paths })
  rows.push({ name: 'graphology dijkstra.brandes (pred. DAG)', build: gBuilt.ms, runs: brandes })

  let agree = 'not checked'
  const ig = igraphTimings(edges, sources)
  if (ig === null) console.log('igraph: skipped (no python3 with igraph; on Debian: apt-get install -y python3-igraph)')
  else {
    rows.push({ name: `igraph ${ig.version} (C, via Python) distances`, build: ig.build, runs: ig.runs })
    const worst = Math.max(...ig.sums.map((x, i) => Math.abs(x - ourSums[i]) / Math.max(1, x)))
    agree = worst < 1e-9 ? 'yes (sum of distances per source)' : `NO (relative difference ${worst})`
  }

  const base = median(ours)
  console.log('')
  console.log('contender                                   build ms   median ms/source   sources   × trustpath')
  for (const r of rows) {
    const m = median(r.runs)
    console.log(`${r.name.padEnd(42)} ${r.build.toFixed(0).padStart(9)} ${m.toFixed(1).padStart(18)} ${String(r.runs.length).padStart(9)} ${(m / base).toFixed(1).padStart(13)}`)
  }
  console.log('')
  console.log(`trustpath and igraph distances agree: ${agree}`)
  console.log(`graph: ${graph.nodeCount.toLocaleString('en-US')} nodes, ${(graph.arcCount / 2).toLocaleString('en-US')} distinct links after collapsing parallel ones`)
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main()
