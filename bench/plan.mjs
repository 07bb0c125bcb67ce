// The replacement planner at scale: a seeded instance with 10k candidate devices and 100k flows
// (each over 1-4 untrusted devices, a few hundred distinct device sets), 4 phases, deadlines and
// per-phase budgets. Builds the program, solves it with HiGHS (time limit, default 60 s), runs the
// greedy baseline, and prints a table. Run after `npm run build`:
//   node bench/plan.mjs [seconds=60] [candidates=10000] [flows=100000] [sets=400]
import { performance } from 'node:perf_hooks'
import { buildProgram, valuesFromPhases } from '../dist/plan/build-program.js'
import { scorePlan, explainPlan } from '../dist/plan/explain.js'
import { planGreedy } from '../dist/plan/greedy.js'
import { explainInfeasibility } from '../dist/plan/infeasibility.js'
import { createHighsSolver } from '../dist/io/solvers/highs.js'
import { buildPrng } from '../dist/util/prng.js'

const [seconds = 60, nCandidates = 10_000, nFlows = 100_000, nSets = 400] = process.argv.slice(2).map(Number)

const mulberry32 = (seed) => buildPrng(seed).next

function generate({ reroute, objective, share }) {
  const rnd = mulberry32(20261123)
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1))
  const phases = ['2026', '2027', '2028', '2029'].map((y) => ({ id: y, start: `${y}-01-01`, end: `${y}-12-31` }))
  const networks = ['op-a', 'op-b', 'op-c']
  const candidates = Array.from({ length: nCandidates }, (_, i) => {
    const cost = int(2, 60) * 1000
    const c = { deviceId: `dev-${String(i).padStart(5, '0')}`, network: networks[i % 3], cost, costBreakdown: { equipment: cost, labour: 0, siteOverhead: 0, source: 'bench' }, findings: ['covered-manufacturer'] }
    const r = rnd()
    if (r < 0.04) {
      c.deadlinePhase = int(1, 3)
      c.deadlineRule = 'de-5g-core'
    } else if (r < 0.05) c.earliestPhase = int(1, 2)
    return c
  })
  // Device sets over a pool of "backbone" devices, so sets overlap as real paths do.
  const pool = Math.min(nCandidates, nSets * 3)
  const sets = Array.from({ length: nSets }, () => Array.from({ length: int(1, 4) }, () => candidates[int(0, pool - 1)].deviceId))
  const alternatives = sets.map(() => [0, 1].map(() => ({ deviceIds: sets[int(0, nSets - 1)], stretch: 1 + int(1, 5) / 10 })))
  const weights = [1, 3, 10] // internal, restricted, secret
  const flows = Array.from({ length: nFlows }, (_, f) => {
    const s = Math.floor(nSets * rnd() ** 2) // skewed: a few sets carry many flows
    const paths = [{ deviceIds: sets[s], stretch: 1 }]
    // Flows over the same routed devices share their candidate clean paths (same sites, same topology).
    if (reroute && rnd() < 0.3) paths.push(...alternatives[s].slice(0, int(1, 2)))
    return { id: `flow-${f}`, value: weights[int(0, 2)] * int(1, 100), paths }
  })
  // Budgets: the deadline-bound spend of each phase plus room for `share` of the pool's cost per phase.
  const deadlineCost = phases.map((_, p) => candidates.filter((c) => c.deadlinePhase === p).reduce((s, c) => s + c.cost, 0))
  const shared = Object.fromEntries(phases.map((ph, p) => [ph.id, deadlineCost[p] + Math.round(pool * 31_000 * share)]))
  return { phases, budgets: { shared, carryOver: true }, candidates, flows, objective, reroutePenalty: 0.1 }
}

const rows = []
for (const variant of [
  { name: 'max-clean', reroute: false, objective: 'max-clean', share: 0.05 },
  { name: 'max-clean --allow-reroute', reroute: true, objective: 'max-clean', share: 0.05 },
  { name: 'min-cost', reroute: false, objective: 'min-cost', share: 0.3 },
  { name: 'min-cost, budgets too small', reroute: false, objective: 'min-cost', share: 0.05 },
]) {
  const input = generate(variant)
  let t = performance.now()
  const { program, index } = buildProgram(input)
  const buildMs = performance.now() - t
  t = performance.now()
  const greedy = planGreedy(input)
  const greedyMs = performance.now() - t
  const greedyScore = scorePlan(input, greedy.phaseOf)
  const solver = createHighsSolver()
  const start = greedy.feasible ? valuesFromPhases(program, index, greedy.phaseOf) : undefined
  const solution = await solver.solve(program, { timeLimitMs: seconds * 1000, relGap: 1e-4, ...(start ? { start } : {}) })
  let nnz = 0
  for (const c of program.constraints) nnz += c.terms.length
  const row = {
    instance: variant.name,
    vars: program.variables.length,
    rows: program.constraints.length,
    nonzeros: nnz,
    'build ms': Math.round(buildMs),
    status: solution.status,
    'solve s': (solution.milliseconds / 1000).toFixed(1),
    gap: solution.gap === null ? '-' : `${(solution.gap * 100).toFixed(3)}%`,
    'greedy ms': Math.round(greedyMs),
  }
  if (solution.objective !== null) {
    const plan = explainPlan(input, program, index, solution, solver.name)
    const greedyValue = variant.objective === 'max-clean' ? greedyScore.value : greedyScore.totalCost
    row.value = Math.round(plan.value)
    row['greedy value'] = greedy.feasible ? Math.round(greedyValue) : 'infeasible'
    row['greedy/solver'] = greedy.feasible ? (greedyValue / plan.value).toFixed(4) : '-'
    row.actions = plan.actions.length
  } else if (solution.status === 'infeasible') {
    t = performance.now()
    const why = await explainInfeasibility(input, program, index, solver, { timeLimitMs: seconds * 1000 })
    row.value = `needs +${Math.round(why.increases.reduce((a, i) => a + i.amount, 0))} (${Math.round(performance.now() - t)} ms)`
  }
  rows.push(row)
}
console.log(`planner: ${nCandidates} candidates, ${nFlows} flows, ${nSets} device sets, 4 phases, HiGHS time limit ${seconds} s, Node ${process.version}`)
console.table(rows)
