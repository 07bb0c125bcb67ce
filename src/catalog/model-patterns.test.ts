import { describe, expect, it } from 'vitest'
import { manufacturerMap } from './manufacturers.js'
import { MODEL_PATTERNS } from './model-patterns.js'

const bySlug = manufacturerMap()

describe('MODEL_PATTERNS', () => {
  it('gives every pattern a unique name and a known manufacturer', () => {
    const names = MODEL_PATTERNS.map((p) => p.name)
    expect(new Set(names).size).toBe(names.length)
    for (const p of MODEL_PATTERNS) expect(bySlug.has(p.manufacturer), p.name).toBe(true)
  })

  it('anchors every pattern at both ends', () => {
    for (const p of MODEL_PATTERNS) {
      expect(p.pattern.source.startsWith('^'), p.name).toBe(true)
      expect(p.pattern.source.endsWith('$'), p.name).toBe(true)
      expect(p.pattern.global, p.name).toBe(false)
    }
  })

  it('matches all of its examples', () => {
    for (const p of MODEL_PATTERNS) {
      expect(p.examples.length, p.name).toBeGreaterThan(0)
      for (const example of p.examples) expect(p.pattern.test(example), `${p.name}: ${example}`).toBe(true)
    }
  })

  it('matches none of its counter-examples', () => {
    for (const p of MODEL_PATTERNS) {
      for (const c of p.counterExamples ?? []) expect(p.pattern.test(c), `${p.name}: ${c}`).toBe(false)
    }
  })

  it('lets no pattern claim an example of another manufacturer', () => {
    for (const p of MODEL_PATTERNS) {
      for (const example of p.examples) {
        const claimants = MODEL_PATTERNS.filter((q) => q.manufacturer !== p.manufacturer && q.pattern.test(example))
        expect(claimants.map((q) => q.name), `${p.name}: ${example}`).toEqual([])
      }
    }
  })

  it('tells Dahua, HiLook and Imou "IPC-" models apart', () => {
    const makerOf = (model: string) => MODEL_PATTERNS.filter((p) => p.pattern.test(model)).map((p) => p.manufacturer)
    expect(makerOf('IPC-HFW2431S-S-S2')).toEqual(['dahua'])
    expect(makerOf('IPC-B121HE-UC')).toEqual(['hilook'])
    expect(makerOf('IPC-A22EP')).toEqual(['imou'])
    expect(makerOf('ipc-hdw2431t-as-s2')).toEqual(['dahua'])
  })
})
