import { allowedPhases, budgetScopes, groupFlows } from './build-program.js'
import type { PlanInput } from './types.js'

/** The greedy plan: an assignment candidate → phase (-1: not replaced), and whether it met every deadline. */
export type GreedyResult = { phaseOf: Int32Array; feasible: boolean }

type Move = { set: number; gain: number; cost: number; phase: number }

/**
 * Money left per budget scope and phase, honouring carry-over: with it, spending in phase p uses
 * the cumulative budget of p and every later phase.
 */
class Ledger {
  readonly #P: number
  readonly #carry: boolean
  /** room[s * P + p]: what scope s can still spend in phase p (cumulative with carry-over). */
  readonly #room: Float64Array
  readonly #scopesOf: number[][]

  constructor(input: PlanInput) {
    const P = input.phases.length
    const scopes = budgetScopes(input)
    this.#P = P
    this.#carry = input.budgets.carryOver === true
    this.#room = new Float64Array(scopes.length * P)
    this.#scopesOf = input.candidates.map(() => [])
    scopes.forEach((scope, s) => {
      let cumulative = 0
      for (let p = 0; p < P; p++) {
        const amount = scope.amounts[input.phases[p]!.id] ?? 0
        cumulative += amount
        this.#room[s * P + p] = this.#carry ? cumulative : amount
      }
      for (const c of scope.members) this.#scopesOf[c]!.push(s)
    })
  }

  /** Spends (sign 1) or refunds (-1) `items` in phase p; true when no touched budget goes below 0. */
  #apply(items: readonly { c: number; cost: number }[], p: number, sign: 1 | -1): boolean {
    let ok = true
    const last = this.#carry ? this.#P - 1 : p
    for (const { c, cost } of items) {
      for (const s of this.#scopesOf[c]!) {
        for (let q = p; q <= last; q++) {
          const r = (this.#room[s * this.#P + q]! -= sign * cost)
          if (r < -1e-9 * Math.max(1, cost)) ok = false
        }
      }
    }
    return ok
  }

  /** Whether buying `items` in phase p keeps every budget; buys them when `commit` and they fit. */
  fits(items: readonly { c: number; cost: number }[], p: number, commit: boolean): boolean {
    const ok = this.#apply(items, p, 1)
    if (!ok || !commit) this.#apply(items, p, -1)
    return ok
  }

  /** Gives back what buying candidate c in phase p took (to move it to another phase). */
  refund(c: number, cost: number, p: number): void {
    this.#apply([{ c, cost }], p, -1)
  }

  /** Buys regardless of the budgets (already scheduled replacements); false when that breaks one. */
  force(c: number, cost: number, p: number): boolean {
    return this.#apply([{ c, cost }], p, 1)
  }
}

/**
 * The greedy baseline, for comparison and for instances too big for the solver:
 * 1. scheduled replacements stay where they are;
 * 2. deadline-bound candidates, by deadline, dearest first, then id, go into the latest phase (up
 *    to their deadline) with money, leaving early money for early cleaning;
 * 3. `max-clean`: repeatedly buy the missing devices of the path with the best value gained per
 *    cost (gain over every flow the purchase completes, in the earliest phase with money), until
 *    nothing fits; `min-cost`: for each flow that must be clean, the cheapest missing path that fits;
 * 4. `max-clean`: move each deadline-bound device to the earliest phase whose money is left, when
 *    that cleans flows sooner.
 * Evaluation is lazy (a priority queue re-checked on pop), so big instances stay fast.
 */
export function planGreedy(input: PlanInput): GreedyResult {
  const P = input.phases.length
  const cand = input.candidates
  const grouped = groupFlows(input)
  const { sets, groups } = grouped
  const phaseOf = new Int32Array(cand.length).fill(-1)
  const ledger = new Ledger(input)
  let feasible = true

  cand.forEach((c, i) => {
    if (c.scheduledPhase !== undefined) {
      phaseOf[i] = c.scheduledPhase
      if (!ledger.force(i, c.cost, c.scheduledPhase)) feasible = false
    }
  })
  const deadlined = cand.flatMap((c, i) => (c.scheduledPhase === undefined && c.deadlinePhase !== undefined ? [i] : []))
  // Dearest first within a deadline (first-fit decreasing, as bins are packed): placed by id, the
  // cheap ones took the room of each phase in slices, and a router due later found none left
  // though the money of every phase together paid for it.
  deadlined.sort((a, b) => cand[a]!.deadlinePhase! - cand[b]!.deadlinePhase! || cand[b]!.cost - cand[a]!.cost || (cand[a]!.deviceId < cand[b]!.deviceId ? -1 : 1))
  for (const i of deadlined) {
    const [first, last] = allowedPhases(cand[i]!, P)
    let placed = false
    // Latest phase with money first: the deadline is met either way, and early money stays free
    // for cleaning flows early (with carry-over, late spending also leaves every budget most room).
    for (let p = last; p >= first && !placed; p--) {
      if (ledger.fits([{ c: i, cost: cand[i]!.cost }], p, true)) {
        phaseOf[i] = p
        placed = true
      }
    }
    if (!placed) feasible = false
  }

  // When device set s can be clean at the earliest, buying its missing devices in phase p.
  const missingOf = (s: number): number[] => sets[s]!.devices.filter((d) => phaseOf[d]! < 0)
  const earliestFit = (missing: readonly number[]): number => {
    let first = 0
    let last = P - 1
    for (const d of missing) {
      const [a, b] = allowedPhases(cand[d]!, P)
      first = Math.max(first, a)
      last = Math.min(last, b)
    }
    const items = missing.map((c) => ({ c, cost: cand[c]!.cost }))
    for (let p = first; p <= last; p++) if (ledger.fits(items, p, false)) return p
    return -1
  }

  if (input.objective === 'max-clean') {
    const groupsOfSet: number[][] = sets.map(() => [])
    groups.forEach((g, gi) => {
      for (const path of g.paths) groupsOfSet[path.set]!.push(gi)
    })
    const setsOfDevice = new Map<number, number[]>()
    sets.forEach((s, si) => {
      for (const d of s.devices) {
        let list = setsOfDevice.get(d)
        if (!list) setsOfDevice.set(d, (list = []))
        list.push(si)
      }
    })
    const setFrom = sets.map(() => P)
    const groupValue = (gi: number, from: (s: number) => number): number => {
      const g = groups[gi]!
      let v = 0
      for (let p = 0; p < P; p++) {
        let best = g.cleanAlready
        for (const path of g.paths) if (from(path.set) <= p) best = Math.max(best, path.factor)
        v += g.value * best
      }
      return v
    }
    const evaluate = (s: number): Move | undefined => {
      const missing = missingOf(s)
      if (missing.length === 0) return undefined
      const phase = earliestFit(missing)
      if (phase < 0) return undefined
      const bought = new Set(missing)
      // Sets that the purchase completes (or brings forward), and the groups that use them.
      const changed = new Map<number, number>()
      for (const d of missing) {
        for (const t of setsOfDevice.get(d) ?? []) {
          if (changed.has(t)) continue
          let from = phase
          for (const e of sets[t]!.devices) {
            const pe = bought.has(e) ? phase : phaseOf[e]!
            if (pe < 0) {
              from = P
              break
            }
            from = Math.max(from, pe)
          }
          if (from < setFrom[t]!) changed.set(t, from)
        }
      }
      const touched = new Set<number>()
      for (const t of changed.keys()) for (const gi of groupsOfSet[t]!) touched.add(gi)
      let gain = 0
      for (const gi of touched) gain += groupValue(gi, (t) => changed.get(t) ?? setFrom[t]!) - groupValue(gi, (t) => setFrom[t]!)
      if (gain <= 0) return undefined
      let cost = 0
      for (const d of missing) cost += cand[d]!.cost
      return { set: s, gain, cost, phase }
    }
    const ratio = (m: Move): number => (m.cost > 0 ? m.gain / m.cost : Infinity)
    const better = (a: Move, b: Move): boolean => ratio(a) > ratio(b) || (ratio(a) === ratio(b) && (a.gain > b.gain || (a.gain === b.gain && a.set < b.set)))

    const heap = new MoveHeap(better)
    const usedSets = new Set<number>()
    groups.forEach((g) => {
      if (g.value > 0) for (const path of g.paths) if (path.factor > g.cleanAlready) usedSets.add(path.set)
    })
    for (const s of [...usedSets].sort((a, b) => a - b)) {
      const m = evaluate(s)
      if (m) heap.push(m)
    }
    for (;;) {
      const top = heap.pop()
      if (!top) break
      const fresh = evaluate(top.set)
      if (!fresh) continue
      const next = heap.peek()
      if (next && better(next, fresh)) {
        heap.push(fresh)
        continue
      }
      const missing = missingOf(fresh.set)
      ledger.fits(missing.map((c) => ({ c, cost: cand[c]!.cost })), fresh.phase, true)
      for (const d of missing) phaseOf[d] = fresh.phase
      // Re-score the sets that share a bought device: their cost fell, so they may have improved.
      const again = new Set<number>()
      for (const d of missing) {
        for (const t of setsOfDevice.get(d) ?? []) {
          let from = 0
          for (const e of sets[t]!.devices) from = phaseOf[e]! < 0 ? P : Math.max(from, phaseOf[e]!)
          setFrom[t] = Math.min(from, P)
          if (usedSets.has(t)) again.add(t)
        }
      }
      for (const t of again) {
        const m = evaluate(t)
        if (m) heap.push(m)
      }
    }
    // 4. Step 2 put the deadline-bound devices late, to leave early money for cleaning; money
    //    step 3 left in an earlier phase now brings forward those whose replacement cleans flows
    //    sooner (two routers due by 2029 that carry secret flows, and money in 2027 for both, were
    //    replaced in 2028 and 2029).
    const valueOf = (touched: Iterable<number>): number => {
      let v = 0
      for (const gi of touched) v += groupValue(gi, (t) => setFrom[t]!)
      return v
    }
    // Those whose replacement alone would clean the most value earliest go first, as they claim
    // the money left in early phases.
    const soonest = (i: number): number => {
      const touchedSets = setsOfDevice.get(i) ?? []
      if (phaseOf[i]! <= 0 || touchedSets.length === 0) return 0
      const mine = new Set(touchedSets)
      const touched = new Set(touchedSets.flatMap((t) => groupsOfSet[t]!))
      const early = (t: number): number => {
        let from = 0
        for (const e of sets[t]!.devices) from = e === i ? from : phaseOf[e]! < 0 ? P : Math.max(from, phaseOf[e]!)
        return Math.min(from, P)
      }
      let gain = 0
      for (const gi of touched) gain += groupValue(gi, (t) => (mine.has(t) ? early(t) : setFrom[t]!)) - groupValue(gi, (t) => setFrom[t]!)
      return gain
    }
    const gains = new Map(deadlined.map((i) => [i, soonest(i)]))
    const byGain = deadlined.toSorted((a, b) => gains.get(b)! - gains.get(a)!)
    for (const i of byGain) {
      const q = phaseOf[i]!
      const touchedSets = setsOfDevice.get(i) ?? []
      if (q <= 0 || touchedSets.length === 0) continue
      const touched = new Set(touchedSets.flatMap((t) => groupsOfSet[t]!))
      const before = valueOf(touched)
      const cost = cand[i]!.cost
      const [first] = allowedPhases(cand[i]!, P)
      for (let p = first; p < q; p++) {
        ledger.refund(i, cost, q)
        if (!ledger.fits([{ c: i, cost }], p, true)) {
          ledger.force(i, cost, q)
          continue
        }
        phaseOf[i] = p
        const old = touchedSets.map((t) => setFrom[t]!)
        for (const t of touchedSets) {
          let from = 0
          for (const e of sets[t]!.devices) from = phaseOf[e]! < 0 ? P : Math.max(from, phaseOf[e]!)
          setFrom[t] = Math.min(from, P)
        }
        if (valueOf(touched) > before) break
        touchedSets.forEach((t, k) => (setFrom[t] = old[k]!))
        phaseOf[i] = q
        ledger.refund(i, cost, p)
        ledger.force(i, cost, q)
      }
    }
  } else {
    // min-cost: every flow with a cleanable path must be clean by the last phase.
    const order = groups.map((_, gi) => gi).filter((gi) => groups[gi]!.cleanAlready === 0 && groups[gi]!.paths.length > 0)
    order.sort((a, b) => groups[b]!.value - groups[a]!.value || a - b)
    for (const gi of order) {
      const g = groups[gi]!
      if (g.paths.some((path) => sets[path.set]!.devices.every((d) => phaseOf[d]! >= 0))) continue
      const options = g.paths
        .map((path) => {
          const missing = missingOf(path.set)
          return { missing, cost: missing.reduce((sum, d) => sum + cand[d]!.cost, 0), set: path.set }
        })
        .sort((a, b) => a.cost - b.cost || a.set - b.set)
      let done = false
      for (const option of options) {
        const phase = earliestFit(option.missing)
        if (phase < 0) continue
        ledger.fits(option.missing.map((c) => ({ c, cost: cand[c]!.cost })), phase, true)
        for (const d of option.missing) phaseOf[d] = phase
        done = true
        break
      }
      if (!done) feasible = false
    }
  }
  return { phaseOf, feasible }
}

/** A binary heap of moves, best first. */
class MoveHeap {
  readonly #items: Move[] = []
  readonly #better: (a: Move, b: Move) => boolean
  constructor(better: (a: Move, b: Move) => boolean) {
    this.#better = better
  }
  peek(): Move | undefined {
    return this.#items[0]
  }
  push(m: Move): void {
    const a = this.#items
    a.push(m)
    let i = a.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.#better(a[i]!, a[parent]!)) break
      ;[a[i], a[parent]] = [a[parent]!, a[i]!]
      i = parent
    }
  }
  pop(): Move | undefined {
    const a = this.#items
    const top = a[0]
    const last = a.pop()
    if (a.length > 0 && last) {
      a[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < a.length && this.#better(a[l]!, a[m]!)) m = l
        if (r < a.length && this.#better(a[r]!, a[m]!)) m = r
        if (m === i) break
        ;[a[i], a[m]] = [a[m]!, a[i]!]
        i = m
      }
    }
    return top
  }
}
