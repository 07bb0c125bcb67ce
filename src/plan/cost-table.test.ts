import { describe, expect, it } from 'vitest'
import { DEVICE_ROLES } from '../domain/device.js'
import { DEFAULT_COST_TABLE } from './cost-table.js'

describe('DEFAULT_COST_TABLE', () => {
  it('has a role row for every device role', () => {
    const roles = DEFAULT_COST_TABLE.rows.filter((r) => r.model === undefined).map((r) => r.role)
    expect(roles.toSorted()).toEqual([...DEVICE_ROLES].toSorted())
  })

  it('gives every row a source, with a url unless it is a placeholder', () => {
    for (const row of DEFAULT_COST_TABLE.rows) {
      expect(row.source.title.length, row.id).toBeGreaterThan(10)
      if (row.source.kind !== 'placeholder') expect(row.source.url, row.id).toMatch(/^https:\/\//)
      else expect(row.source.title, row.id).toMatch(/placeholder/)
    }
  })

  it('holds finite amounts ≥ 0 and unique ids', () => {
    const ids = new Set<string>()
    for (const row of DEFAULT_COST_TABLE.rows) {
      for (const n of [row.equipment, row.labour, row.siteOverhead]) expect(n >= 0 && Number.isFinite(n), row.id).toBe(true)
      expect(ids.has(row.id), row.id).toBe(false)
      ids.add(row.id)
    }
  })

  it('compiles every model pattern', () => {
    for (const row of DEFAULT_COST_TABLE.rows) {
      if (row.model?.kind === 'pattern') expect(() => new RegExp(row.model?.kind === 'pattern' ? row.model.pattern : '', 'i')).not.toThrow()
    }
  })

  it('prices a RAN site at about the public figure (~$593k: $4.98B over ~8,400 locations)', () => {
    const ran = DEFAULT_COST_TABLE.rows.find((r) => r.id === 'default:ran')!
    expect(ran.equipment + ran.labour + ran.siteOverhead).toBe(593_000)
    expect(Math.round(4.98e9 / 8_400 / 1000)).toBe(593)
  })
})
