import { describe, expect, it } from 'vitest'
import { EARTH_RADIUS_KM, haversineKm } from './haversine.js'

describe('haversineKm', () => {
  it('gives about 878 km from Berlin to Paris', () => {
    expect(haversineKm(52.52, 13.405, 48.8566, 2.3522)).toBeCloseTo(877.5, 0)
  })

  it('gives a quarter of the circumference from the equator to a pole, and 0 for one point', () => {
    expect(haversineKm(0, 0, 90, 0)).toBeCloseTo((Math.PI / 2) * EARTH_RADIUS_KM, 6)
    expect(haversineKm(10, 20, 10, 20)).toBe(0)
  })

  it('gives half the circumference for antipodes', () => {
    expect(haversineKm(0, 0, 0, 180)).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6)
  })
})
