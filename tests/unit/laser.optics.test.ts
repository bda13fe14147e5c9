// REFERENCE case 1: water absorption at 10.6 µm (Hale & Querry k, linear interpolation).
import { describe, expect, it } from 'vitest'
import { tissueAbsorptionPerCm, waterAbsorptionPerCm } from '../../src/sim/laser'

describe('laser optics (case 1)', () => {
  it('water µa at 10.6 µm is 800–860 1/cm (≈ 857)', () => {
    const muA = waterAbsorptionPerCm()
    console.log(`water µa(10.6 µm) = ${muA.toFixed(1)} 1/cm`)
    expect(muA).toBeGreaterThanOrEqual(800)
    expect(muA).toBeLessThanOrEqual(860)
  })

  it('penetration depth 1/µa ≈ 12 µm in water (±1 µm)', () => {
    const depthUm = 1e4 / waterAbsorptionPerCm()
    expect(Math.abs(depthUm - 12)).toBeLessThanOrEqual(1)
  })

  it('penetration depth ≈ 17 µm in 70%-water tissue (±1.5 µm)', () => {
    const depthUm = 1e4 / tissueAbsorptionPerCm(0.7)
    console.log(`1/µa at 70% water = ${depthUm.toFixed(2)} µm`)
    expect(Math.abs(depthUm - 17)).toBeLessThanOrEqual(1.5)
  })
})
