import { describe, expect, it } from 'vitest'
import { compareSubsidyRules } from '../plan/subsidy.js'
import { formatSubsidyText } from './plan.js'

const REQUESTS = [
  { operator: 'op-de', requested: 100, candidates: [{ deviceId: 'r1', cost: 100, value: 500 }] },
  { operator: 'op-it', requested: 100, candidates: [{ deviceId: 'r2', cost: 100, value: 0 }] },
]

describe('formatSubsidyText', () => {
  it('says that the volume still exposed is that of the flows replacements can clean when others cross nodes no replacement cleans', () => {
    const subsidy = compareSubsidyRules(200, REQUESTS)
    const last = (text: string) => text.trimEnd().split('\n').at(-1)
    expect(last(formatSubsidyText(subsidy))).toBe('  sensitive volume still exposed: 0 under proration, 0 when paying by impact')
    expect(last(formatSubsidyText(subsidy, 4))).toBe('  sensitive volume still exposed: 0 under proration, 0 when paying by impact ' +
      '(of the flows replacements can clean; 4 more cross nodes no replacement cleans)')
    expect(last(formatSubsidyText(subsidy, 1))).toMatch(/; 1 more crosses nodes no replacement cleans\)$/)
    // The request is every candidate's replacement, which may cost more than the plan.
    expect(formatSubsidyText(subsidy).split('\n')[0]).toBe('Subsidy of $200 against $200 requested to replace every candidate device ' +
      '(equal proration pays 100.0% of each request):')
  })
})
