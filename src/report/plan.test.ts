import { describe, expect, it } from 'vitest'
import { compareSubsidyRules } from '../plan/subsidy.js'
import type { Plan } from '../plan/types.js'
import { formatInfeasibilityText, formatPlanCsv, formatPlanText, formatSubsidyText } from './plan.js'

const REQUESTS = [
  { operator: 'op-de', requested: 100, candidates: [{ deviceId: 'r1', cost: 100, value: 500 }] },
  { operator: 'op-it', requested: 100, candidates: [{ deviceId: 'r2', cost: 100, value: 0 }] },
]

describe('formatSubsidyText', () => {
  it('says that the volume still exposed is that of the flows replacements can clean when others cross nodes no replacement cleans', () => {
    const subsidy = compareSubsidyRules(200, REQUESTS)
    const last = (text: string) => text.trimEnd().split('\n').at(-1)
    expect(last(formatSubsidyText(subsidy))).toBe('  value still exposed (volume × class weight, counted once, not per phase as in the plan\'s value): 0 under proration, 0 when paying by impact')
    expect(last(formatSubsidyText(subsidy, 4))).toBe('  value still exposed (volume × class weight, counted once, not per phase as in the plan\'s value): 0 under proration, 0 when paying by impact ' +
      '(of the flows replacements can clean; 4 more cross nodes no replacement cleans)')
    expect(last(formatSubsidyText(subsidy, 1))).toMatch(/; 1 more crosses nodes no replacement cleans\)$/)
    // The request is every candidate's replacement, which may cost more than the plan.
    expect(formatSubsidyText(subsidy).split('\n')[0]).toBe('Subsidy of $200 against $200 requested to replace every candidate device ' +
      '(equal proration pays 100.0% of each request):')
  })
})

describe('formatSubsidyText, with a cutoff date', () => {
  it('says which candidates are dated after the fund\'s cutoff and what the operators pay for them alone', () => {
    // The FCC program pays for covered equipment obtained on or before 2020-06-30: a router bought in
    // 2021 is in no request.
    const c = { ...compareSubsidyRules(200, REQUESTS), ineligible: { cutoff: '2020-06-30', devices: [{ deviceId: 'r3', cost: 233_000, value: 2_500, date: '2021-03-01' }] } }
    const lines = formatSubsidyText(c).split('\n')
    expect(lines[0]).toMatch(/^Subsidy of \$200 against \$200 requested to replace every eligible candidate device /)
    expect(lines).toContain('  1 candidate device dated after 2020-06-30 (--subsidy-cutoff) is not eligible and in no request: $233,000 for the operators alone (r3 2021-03-01); ' +
      'the value it cleans, 2,500, is not counted as exposed above')
  })
})

describe('formatSubsidyText, what stays exposed', () => {
  it('counts what stays exposed in the plan\'s value (volume × class weight), and says so, not as the exposure\'s volume', () => {
    // A secret flow of 2,500 Mbit/s through one router: exposure reports 2,500, the plan's value is 25,000.
    const c = compareSubsidyRules(100, [{ operator: 'us', requested: 233_000, candidates: [{ deviceId: 'kc-core-1', cost: 233_000, value: 25_000 }] }])
    expect(formatSubsidyText(c)).toContain('\n  value still exposed (volume × class weight, counted once, not per phase as in the plan\'s value): 25,000 under proration, 25,000 when paying by impact')
  })
})

describe('formatSubsidyText, with money left over', () => {
  it('says how much of the fund paying by impact leaves unallocated, where its table showed only $0 grants', () => {
    // Two core routers of $233,000 (the default NE40E-class figure) and a fund of $200,000.
    const requests = [
      { operator: 'geant', requested: 233_000, candidates: [{ deviceId: 'fr-core-1', cost: 233_000, value: 3 }] },
      { operator: 'us', requested: 233_000, candidates: [{ deviceId: 'kc-core-1', cost: 233_000, value: 25_000 }] },
    ]
    const lines = formatSubsidyText(compareSubsidyRules(200_000, requests)).trimEnd().split('\n')
    expect(lines.at(-1)).toBe('  paying by impact leaves $200,000 of the fund unallocated: it pays whole replacements, and each one still unfunded costs more than that')
    expect(formatSubsidyText(compareSubsidyRules(1_000_000, requests))).toContain(
      '\n  equal proration meets every request in full and leaves $534,000 of the fund unallocated\n')
  })
})

describe('formatPlanText, replacements of devices to confirm', () => {
  it('marks the replacement of a device to confirm "confirm before ordering" with what to confirm, and says how many such replacements cost what', () => {
    const plan: Plan = {
      objective: 'max-clean', status: 'optimal', gap: 0, value: 10, totalCost: 233_350,
      actions: [
        { deviceId: 'fra-core1', phase: '2027', cost: 233_000, reasons: ['cleans flow base-ministry from 2027'], findingsCleared: ['ban'] },
        { deviceId: 'kas-lte1', phase: '2027', cost: 350, reasons: ['cleans flow stu-ham from 2027'], findingsCleared: ['ban'], confirmBeforeOrdering: ['weak_evidence', 'acquired_date_undecided'] },
      ],
      spend: [{ phase: '2027', spent: 233_350, budget: null, left: null }], flowsCleaned: [{ phase: '2027', flows: ['base-ministry', 'stu-ham'] }],
      findingsCleared: [{ phase: '2027', count: 2 }], solver: { name: 'highs', milliseconds: 1, variables: 1, constraints: 1 },
    }
    const lines = formatPlanText(plan).split('\n')
    expect(lines).toContain('1 replacement ($350) is of a device whose findings are to confirm (the maker rests on weak evidence; ' +
      'the date it was bought or installed is missing): confirm before ordering (kas-lte1).')
    expect(lines.find((l) => l.includes('kas-lte1 '))).toMatch(/\$350 {2}confirm before ordering \(the maker rests on weak evidence; the date it was bought or installed is missing\); cleans flow stu-ham from 2027$/)
    expect(lines.find((l) => l.includes('fra-core1 '))).toMatch(/\$233,000 {2}cleans flow base-ministry from 2027$/)
    expect(formatPlanText({ ...plan, actions: [plan.actions[0]!] })).not.toContain('confirm')
  })
})

describe('formatInfeasibilityText', () => {
  it('sets what the deadlines need by the end of a phase against the budgets of every phase up to it, since a device may go earlier', () => {
    // Topology Zoo's Deltacom with a router on most nodes: cameras prohibited (due in 2026), core
    // routers due by 2028-12-31, $3M a year. The routers can be replaced in 2026, 2027 or 2028:
    // by the end of 2028 the plan needs $10.9M and has $9M, which is the $1.9M increase.
    const text = formatInfeasibilityText({
      phases: [
        { phase: '2026', requiredByDeadlines: 169_162, budget: 3_000_000 },
        { phase: '2027', requiredByDeadlines: 0, budget: 3_000_000 },
        { phase: '2028', requiredByDeadlines: 10_759_500, budget: 3_000_000 },
        { phase: '2029', requiredByDeadlines: 0, budget: 3_000_000 },
      ],
      increases: [{ phase: '2028', amount: 1_928_662 }],
    })
    expect(text.split('\n').slice(0, 4)).toEqual([
      'No plan meets every deadline within the budgets.',
      '  by the end of 2028: deadlines require $10,928,662, the budgets of 2026-2028 give $9,000,000',
      'Smallest budget increases that make it feasible:',
      '  2028: +$1,928,662',
    ])
  })

  it('says what to change and offers no --objective min-cost, which needs the same money and more', () => {
    // Abilene (Topology Zoo), six core routers due by 2028 and --budget 400k: min-cost with the same
    // budgets is no plan either, so offering it sent the planner to a second dead end.
    const text = formatInfeasibilityText({
      phases: [{ phase: '2027', requiredByDeadlines: 600, budget: 400_000 }, { phase: '2028', requiredByDeadlines: 1_021_000, budget: 400_000 }],
      increases: [{ phase: '2028', amount: 221_600 }],
      carryOver: true,
    })
    expect(text).not.toContain('min-cost')
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      'Raise these budgets (--budget), or move deadlines (a later remove-by date or an exemption in the policy, or --deadline-rules).')
  })

  it('keeps the sums of each operator\'s budget apart, and names the one phase when the first falls short', () => {
    const text = formatInfeasibilityText({
      phases: [
        { phase: '2026', network: 'op-de', requiredByDeadlines: 500, budget: 300 },
        { phase: '2026', network: 'op-it', requiredByDeadlines: 100, budget: 300 },
        { phase: '2027', network: 'op-de', requiredByDeadlines: 0, budget: 100 },
        { phase: '2027', network: 'op-it', requiredByDeadlines: 600, budget: 300 },
      ],
      increases: [{ phase: '2026', network: 'op-de', amount: 200 }, { phase: '2027', network: 'op-it', amount: 100 }],
    })
    expect(text).toContain('\n  op-de by the end of 2026: deadlines require $500, the budget of 2026 is $300\n')
    expect(text).toContain('\n  op-it by the end of 2027: deadlines require $700, the budgets of 2026-2027 give $600\n')
    // op-de by the end of 2027 still lacks money, but nothing more falls due then: no line.
    expect(text).not.toContain('op-de by the end of 2027')
  })
})

describe('formatInfeasibilityText, when the sums fit', () => {
  it('says that a phase pays whole replacements and what it does not spend is lost, and offers --carry-over', () => {
    // Abilene (Topology Zoo) with three core routers of $233,000 due by 2028 and
    // --budget 2026=500k,2027=100k,2028=100k: $700,000 by 2028 for $699,000 of routers, yet
    // 2026 pays two of them and 2027 and 2028 none.
    const lines = formatInfeasibilityText({
      phases: [
        { phase: '2026', requiredByDeadlines: 0, budget: 500_000 },
        { phase: '2027', requiredByDeadlines: 0, budget: 100_000 },
        { phase: '2028', requiredByDeadlines: 699_000, budget: 100_000 },
      ],
      increases: [{ phase: '2028', amount: 133_000 }],
      carryOver: false,
      dearestDue: { deviceId: 'kc-core-1', cost: 233_000 },
    }).split('\n')
    expect(lines).toEqual([
      'No plan meets every deadline within the budgets.',
      '  by the end of every phase the budgets add up to what the deadlines require, but each replacement is paid whole from the budget of ' +
        'the phase it is done in, and what a phase does not spend is lost (the dearest device due, kc-core-1, costs $233,000)',
      'Smallest budget increases that make it feasible:',
      '  2028: +$133,000',
      'Raise these budgets (--budget), keep unspent money for later phases (--carry-over), or move deadlines.',
      '',
    ])
  })

  it('names the dearest device due beside an id that says nothing to the reader', () => {
    const text = formatInfeasibilityText({
      phases: [{ phase: '2026', requiredByDeadlines: 233_000, budget: 300_000 }, { phase: '2027', requiredByDeadlines: 233_000, budget: 200_000 }],
      increases: [{ phase: '2027', amount: 33_000 }],
      carryOver: false,
      dearestDue: { deviceId: '101', name: 'kc-core-1', cost: 233_000 },
    })
    expect(text).toContain('(the dearest device due, 101 (kc-core-1), costs $233,000)')
  })
})

describe('formatPlanText', () => {
  const plan = (objective: Plan['objective'], value: number, greedy: Plan['greedy']): Plan => ({
    objective, status: 'optimal', gap: 0, value, totalCost: 3_772_376, actions: [], spend: [], flowsCleaned: [], findingsCleared: [], greedy,
    solver: { name: 'highs', milliseconds: 300, variables: 78, constraints: 72 },
  })

  it('compares a min-cost plan with the greedy baseline by cost, and shows no "value" that is only the cost again', () => {
    // Bics (Topology Zoo) with --objective min-cost: the objective value is the plan's cost.
    const lines = formatPlanText(plan('min-cost', 3_772_376, { value: 4_526_851, totalCost: 4_526_851, feasible: true })).split('\n')
    expect(lines[0]).toBe('Plan (min-cost): optimal; 0 replacements, $3,772,376 in all (highs, 78 variables, 72 constraints, 0.3 s).')
    expect(lines[1]).toBe('Greedy baseline: cost $4,526,851 (20.0% more than this plan).')
    expect(formatPlanText(plan('min-cost', 3_772_376, { value: 3_772_376, totalCost: 3_772_376, feasible: true })).split('\n')[1])
      .toBe('Greedy baseline: cost $3,772,376 (the same as this plan).')
  })

  it('names a device beside its id and keeps the costs in line when a name makes the device column wider', () => {
    // The demo's inventory names de-kbh-camera-01 "Kindsbach cell site camera 1"; NetBox's ids are numbers.
    const actions = [
      { deviceId: '101', name: 'rt-fra-01', phase: '2026', cost: 120_000, reasons: ['deadline 2026-12-31 (rule core)'], findingsCleared: ['core'] },
      { deviceId: 'de-kbh-camera-01', name: 'Kindsbach cell site camera 1', phase: '2026', cost: 12_844, reasons: ['prohibited (rule zone): due in the first phase, 2026'], findingsCleared: ['zone'] },
      { deviceId: 'core-3', phase: '2027', cost: 120_000, reasons: ['deadline 2027-12-31 (rule core)'], findingsCleared: ['core'] },
    ]
    const rows = formatPlanText({ ...plan('max-clean', 0, undefined), actions }).split('\n').filter((l) => l.startsWith('  '))
    expect(rows).toEqual([
      '  101 (rt-fra-01)                                     $120,000  deadline 2026-12-31 (rule core)',
      '  de-kbh-camera-01 (Kindsbach cell site camera 1)      $12,844  prohibited (rule zone): due in the first phase, 2026',
      '  core-3                                              $120,000  deadline 2027-12-31 (rule core)',
    ])
  })

  it('shows the escape sequences and bidirectional controls of a device id and name, rather than sending them to the terminal', () => {
    const actions = [
      { deviceId: 'rt\u001b[2J', name: 'evil\u202Eexe', phase: '2026', cost: 120_000, reasons: ['deadline 2026-12-31 (rule core)'], findingsCleared: ['core'] },
      // The flows a replacement cleans are named by the labels and ids of topology files.
      { deviceId: 'core-3', phase: '2026', cost: 120_000, reasons: ['deadline 2026-12-31 (rule core)', 'cleans flow a\u001b[2J>b from 2026'], findingsCleared: ['core'] },
    ]
    const text = formatPlanText({ ...plan('max-clean', 0, undefined), actions, unmetDeadlines: [{ deviceId: 'x\u001b]8;;http://evil\u0007', deadline: '2026-12-31' }] })
    expect(text).not.toMatch(/[\u001b\u0007\u202e]/)
    expect(text.split('\n').filter((l) => l.startsWith('  '))).toEqual([
      '  rt\\x1B[2J (evil\\u202Eexe)      $120,000  deadline 2026-12-31 (rule core)',
      '  core-3                         $120,000  deadline 2026-12-31 (rule core); cleans flow a\\x1B[2J>b from 2026',
    ])
    expect(text).toContain('x\\x1B]8;;http://evil\\x07 due 2026-12-31')
  })

  it('compares a max-clean plan with the greedy baseline by the value of the flows they clean', () => {
    const lines = formatPlanText(plan('max-clean', 226_000, { value: 90_000, totalCost: 3_772_376, feasible: false })).split('\n')
    expect(lines[0]).toMatch(/; value 226,000 \(highs/)
    expect(lines[1]).toBe('Greedy baseline: value 90,000 (39.8% of this plan), cost $3,772,376, misses a deadline or budget.')
    expect(lines[2]).toBe('Value: each flow made clean counts its volume × class weight once for every phase it is clean in, so cleaning earlier counts more.')
    // Flows only through unknown nodes: nothing to clean, a value of 0 for both.
    expect(formatPlanText(plan('max-clean', 0, { value: 0, totalCost: 699_000, feasible: true })).split('\n')[1])
      .toBe('Greedy baseline: value 0 (the same as this plan), cost $699,000.')
  })
})

describe('formatPlanText and formatPlanCsv, a phase of many replacements', () => {
  it('lists 25 replacements of a phase in the text and points at the CSV, which holds every one', () => {
    const actions = Array.from({ length: 27 }, (_, i) => ({ deviceId: `rt-${String(i).padStart(2, '0')}`, phase: '2027', cost: 233_000, reasons: ['deadline 2029-12-31 (rule phase-out)'], findingsCleared: ['phase-out'] }))
    const plan: Plan = {
      objective: 'max-clean', status: 'optimal', gap: 0, value: 0, totalCost: 27 * 233_000, actions,
      spend: [{ phase: '2027', spent: 27 * 233_000, budget: null, left: null }], flowsCleaned: [{ phase: '2027', flows: [] }],
      findingsCleared: [{ phase: '2027', count: 27 }], solver: { name: 'highs', milliseconds: 5, variables: 27, constraints: 1 },
    }
    expect(formatPlanText(plan)).toContain('\n  … and 2 more (see --format csv or json)\n')
    const csv = formatPlanCsv(plan).trimEnd().split('\n')
    expect(csv).toHaveLength(28)
    expect(csv[27]).toBe('2027,rt-26,,,233000,deadline 2029-12-31 (rule phase-out),phase-out,')
  })
})
