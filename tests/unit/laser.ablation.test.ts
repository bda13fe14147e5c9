// REFERENCE case 2 (Payne 1997, TEA CO2 on porcine dermis). The ejection onset comes from confined boiling (the
// skin's tensile strength against the saturation pressure of its water); the threshold fluence then EMERGES and is
// compared with Payne's measured 1.15 J/cm², which the model never reads. The heat of ablation is Payne's measured
// input (the removal cost); the test checks that the solver gives it back as the removed mass per absorbed energy.
import { describe, expect, it } from 'vitest'
import { findThresholdFluence, laserParam, tissueAbsorptionPerCm } from '../../src/sim/laser'
import { confinedBoilingOnsetC, ejectionOnsetC, saturationPressurePa } from '../../src/sim/laser/onset'
import { ABLATION } from '../../src/sim/laser/physics'
import { apparentHeatOfAblationKJPerG, simulatePorcineSlab } from '../../src/sim/laser/experiments'

const PORCINE = { kind: 'slab', waterFraction: 0.7 } as const
const SHORT_PULSE_MS = 1e-3 // 1 µs, far below the 0.7 ms thermal relaxation time of the absorbing layer

describe('confined boiling: when the tissue matrix fails (Vogel & Venugopalan 2003)', () => {
  it('the saturation line matches the IAPWS-IF97 verification values (300, 500, 600 K) within 0.1%', () => {
    const within = (kelvin: number, expectedMPa: number) =>
      expect(Math.abs(saturationPressurePa(kelvin - 273.15) / (expectedMPa * 1e6) - 1)).toBeLessThan(1e-3)
    within(300, 0.00353658941)
    within(500, 2.63889776)
    within(600, 12.3443146)
    expect(Math.abs(saturationPressurePa(100) - 101_325)).toBeLessThan(200) // water boils at 100 °C at 1 atm
  })

  it('onset where the vapour pressure exceeds the UTS; a stronger matrix holds the water hotter', () => {
    const ambient = 101_325
    const weak = confinedBoilingOnsetC(2e6, ambient)
    expect(Math.abs(saturationPressurePa(weak) - ambient - 2e6)).toBeLessThan(1e3)
    expect(confinedBoilingOnsetC(10e6, ambient)).toBeGreaterThan(weak)
    // Beyond the critical pressure the saturation line has ended: onset at the critical temperature.
    expect(confinedBoilingOnsetC(40e6, ambient)).toBeCloseTo(647.096 - 273.15, 6)
    const skin = ejectionOnsetC()
    console.log(`skin (UTS ${laserParam('laser.skinTensileStrengthMPa')} MPa): onset ${skin.toFixed(1)} °C`)
    expect(skin).toBeGreaterThan(300)
    expect(skin).toBeLessThanOrEqual(374)
  })
})

describe('ablation on porcine dermis (case 2)', () => {
  it('the short-pulse threshold EMERGES at ε_onset/µa (±5%) and lands 1.0–2.0× Payne’s 1.15 J/cm² (the model: ≈ 1.9×)', () => {
    const threshold = findThresholdFluence({ tissue: PORCINE, pulseDurationMs: SHORT_PULSE_MS, cellUm: 1 })
    const coarse = findThresholdFluence({ tissue: PORCINE, pulseDurationMs: SHORT_PULSE_MS, cellUm: 5 })
    const predicted = ABLATION.onsetJPerM3 / 1e6 / tissueAbsorptionPerCm(0.7) // J/cm³ ÷ 1/cm
    const payne = laserParam('laser.check.payneThresholdJPerCm2')
    console.log(
      `threshold: ${threshold.toFixed(3)} J/cm² (1 µm cells), ${coarse.toFixed(3)} J/cm² (5 µm cells); ` +
        `ε_onset/µa = ${predicted.toFixed(3)} J/cm²; Payne ${payne} J/cm² → ratio ${(threshold / payne).toFixed(2)}`,
    )
    // Mechanism: with no time for conduction, ejection starts when the surface reaches ε_onset.
    expect(Math.abs(threshold / predicted - 1)).toBeLessThan(0.05)
    // Honest comparison: room-temperature skin UTS (21.6 MPa) holds the water almost to its critical point, so the
    // model needs ≈ 1.9× Payne's fluence. Payne's value corresponds to a matrix failing near 2.3 MPa (≈ 220 °C),
    // e.g. collagen weakened by heating, which the model does not include (docs/model-laser.md §3).
    expect(threshold / payne).toBeGreaterThan(1)
    expect(threshold / payne).toBeLessThan(2)
  })

  it('just below the threshold nothing is ejected; just above, a crater appears', () => {
    const threshold = findThresholdFluence({ tissue: PORCINE, pulseDurationMs: SHORT_PULSE_MS, cellUm: 1 })
    expect(simulatePorcineSlab(threshold * 0.97, SHORT_PULSE_MS).ablationDepthUm).toBe(0)
    expect(simulatePorcineSlab(threshold * 1.5, SHORT_PULSE_MS).ablationDepthUm).toBeGreaterThan(0)
  })

  it('a longer pulse needs more fluence (heat leaks out of the absorbing layer during it)', () => {
    const short = findThresholdFluence({ tissue: PORCINE, pulseDurationMs: SHORT_PULSE_MS })
    const long = findThresholdFluence({ tissue: PORCINE, pulseDurationMs: 10 })
    console.log(`threshold 1 µs: ${short.toFixed(2)} J/cm², 10 ms: ${long.toFixed(2)} J/cm²`)
    expect(long).toBeGreaterThan(short * 1.1)
  })

  it('steady state (1 ms, 200 J/cm², no plume): removed mass per absorbed energy gives 3.74 kJ/g (±10%)', () => {
    const fluence = 200
    const h = apparentHeatOfAblationKJPerG(simulatePorcineSlab(fluence, 1), fluence)
    console.log(`apparent heat of ablation: ${h.toFixed(3)} kJ/g`)
    expect(Math.abs(h / 3.74 - 1)).toBeLessThanOrEqual(0.1)
  })

  // The model leaves ≈ 100 µm, 1.9× Payne's 53 µm: the same factor as the threshold, since both scale with the
  // heat a cell holds at ejection, ρc·(T_onset − 37 °C). Both of Payne's numbers point to onset near 220 °C.
  it('thermal injury below the crater after short pulses is tens of µm (Payne: 53 µm; accepted 20–110 µm)', () => {
    for (const fluence of [3, 5, 10, 20]) {
      const zone = simulatePorcineSlab(fluence, SHORT_PULSE_MS).coagulationBelowBottomUm
      console.log(`injury zone at ${fluence} J/cm², 1 µs: ${zone.toFixed(1)} µm`)
      expect(zone).toBeGreaterThanOrEqual(20)
      expect(zone).toBeLessThanOrEqual(110)
    }
  })
})
