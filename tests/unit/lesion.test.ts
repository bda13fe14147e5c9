import { describe, it, expect } from 'vitest'
import {
  createRng,
  generateLesion,
  isInLesion,
  lesionRadiusAtUm,
  distanceToLesionBorderUm,
  lesionBorderPolyline,
} from '../../src/sim'

const W = 2000
const L = 2000

describe('generateLesion', () => {
  it('is star-shaped around an off-centre point with 64 positive radii', () => {
    for (let seed = 0; seed < 20; seed++) {
      const lesion = generateLesion(createRng(seed), W, L)
      expect(lesion.radiiUm).toHaveLength(64)
      for (const r of lesion.radiiUm) expect(r).toBeGreaterThan(0.4 * lesion.meanRadiusUm)
      expect(lesion.centreXUm).toBeCloseTo(0.72 * W, 6)
      expect(lesion.centreYUm).toBeCloseTo(0.5 * L, 6)
      expect(lesion.borderBandUm).toBeGreaterThan(0)
    }
  })

  it('covers 30-70% of the surface (measured area matches a fine grid)', () => {
    for (let seed = 0; seed < 20; seed++) {
      const lesion = generateLesion(createRng(seed), W, L)
      expect(lesion.areaFraction).toBeGreaterThan(0.3)
      expect(lesion.areaFraction).toBeLessThan(0.7)
      let inside = 0
      const n = 300
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) if (isInLesion(lesion, ((i + 0.5) / n) * W, ((j + 0.5) / n) * L)) inside++
      expect(Math.abs(inside / (n * n) - lesion.areaFraction)).toBeLessThan(0.01)
    }
  })

  it('has healthy skin on the left and lesion on the right', () => {
    const lesion = generateLesion(createRng(1), W, L)
    expect(isInLesion(lesion, 50, L / 2)).toBe(false)
    expect(isInLesion(lesion, 0.72 * W, L / 2)).toBe(true)
  })

  it('is deterministic per stream', () => {
    expect(generateLesion(createRng(4), W, L)).toEqual(generateLesion(createRng(4), W, L))
    expect(generateLesion(createRng(4), W, L)).not.toEqual(generateLesion(createRng(5), W, L))
  })
})

describe('lesion geometry', () => {
  const lesion = generateLesion(createRng(2), W, L)
  const n = lesion.radiiUm.length

  it('interpolates the radius linearly between the stored angles (shader contract)', () => {
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i) / n
      expect(lesionRadiusAtUm(lesion, a)).toBeCloseTo(lesion.radiiUm[i], 9)
      expect(lesionRadiusAtUm(lesion, a + 2 * Math.PI)).toBeCloseTo(lesion.radiiUm[i], 6)
      expect(lesionRadiusAtUm(lesion, a - 2 * Math.PI)).toBeCloseTo(lesion.radiiUm[i], 6)
      const mid = a + Math.PI / n
      expect(lesionRadiusAtUm(lesion, mid)).toBeCloseTo(
        (lesion.radiiUm[i] + lesion.radiiUm[(i + 1) % n]) / 2,
        9,
      )
    }
  })

  it('gives a signed distance that agrees with isInLesion', () => {
    const rng = createRng(77)
    for (let k = 0; k < 2000; k++) {
      const x = rng.range(0, W)
      const y = rng.range(0, L)
      const d = distanceToLesionBorderUm(lesion, x, y)
      if (Math.abs(d) < 1e-6) continue
      expect(d < 0).toBe(isInLesion(lesion, x, y))
    }
    expect(distanceToLesionBorderUm(lesion, lesion.centreXUm, lesion.centreYUm)).toBeLessThan(
      -0.5 * lesion.meanRadiusUm,
    )
  })

  it('approximates the true distance to the border polyline near the border', () => {
    const border = lesionBorderPolyline(lesion, 2000)
    const trueDistance = (x: number, y: number) =>
      Math.min(...border.map((p) => Math.hypot(p.xUm - x, p.yUm - y)))
    const rng = createRng(3)
    for (let k = 0; k < 200; k++) {
      const a = rng.range(0, 2 * Math.PI)
      const r = lesionRadiusAtUm(lesion, a) + rng.range(-150, 150)
      const x = lesion.centreXUm + r * Math.cos(a)
      const y = lesion.centreYUm + r * Math.sin(a)
      const approx = Math.abs(distanceToLesionBorderUm(lesion, x, y))
      expect(Math.abs(approx - trueDistance(x, y))).toBeLessThan(0.15 * trueDistance(x, y) + 5)
    }
  })

  it('returns a closed border polyline on the border', () => {
    const border = lesionBorderPolyline(lesion, 128)
    expect(border).toHaveLength(129)
    expect(border[128].xUm).toBeCloseTo(border[0].xUm, 9)
    expect(border[128].yUm).toBeCloseTo(border[0].yUm, 9)
    for (const p of border)
      expect(Math.abs(distanceToLesionBorderUm(lesion, p.xUm, p.yUm))).toBeLessThan(1e-6)
  })
})
