import { describe, expect, it } from 'vitest'
import { MANUFACTURERS } from '../catalog/manufacturers.js'
import { buildNameResolver } from '../catalog/org-name.js'
import { REGISTRY_ALIASES } from '../catalog/registry-aliases.js'
import { BUILTIN_LISTS } from './lists.js'

const bySlug = new Map(MANUFACTURERS.map((m) => [m.slug, m]))
const resolve = buildNameResolver(MANUFACTURERS, REGISTRY_ALIASES)
const groups = [...new Set([...BUILTIN_LISTS.values()].flatMap((list) => list.entries.map((e) => e.group)))].sort()

describe('BUILTIN_LISTS against the catalog', () => {
  it('names groups at all', () => {
    expect(groups.length).toBeGreaterThan(0)
  })

  it('names only groups the catalog lists', () => {
    expect(groups.filter((g) => !bySlug.has(g))).toEqual([])
  })

  it('gives every covered group an alias that resolves back to it', () => {
    const unresolvable = groups.filter((g) => !(bySlug.get(g)?.aliases ?? []).some((a) => resolve(a) === g))
    expect(unresolvable).toEqual([])
  })

  it('resolves the name each list entry gives to its group, when it resolves at all', () => {
    for (const list of BUILTIN_LISTS.values()) {
      for (const entry of list.entries) {
        const slug = resolve(entry.name)
        if (slug !== undefined) expect(slug, `${list.id}: ${entry.name}`).toBe(entry.group)
      }
    }
  })
})
