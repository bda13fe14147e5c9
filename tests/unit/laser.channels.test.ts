// REFERENCE case 3 (Haak 2012, CO2 AFXL on swine) and case 4 (model vs histology); monotonic trends.
import { describe, expect, it } from 'vitest'
import { DEFAULT_PULSE, laserParam, simulatePulse, type PulseInput } from '../../src/sim/laser'

// Haak's spot size is not in the reference: the Hantash 2007 micro-beam (1/e² 120 µm) is assumed; 1 ms pulses.
const haak = (energyMj: number): PulseInput => ({
  ...DEFAULT_PULSE,
  energyMj,
  spotDiameterUm: laserParam('laser.haakSpotDiameterUm'),
})

describe('deep channels (case 3)', () => {
  it.each([
    [37, 300],
    [190, 1400],
    [380, 2100],
  ])('%i mJ per channel → ≈ %i µm deep (±25%)', (energyMj, expectedUm) => {
    const result = simulatePulse(haak(energyMj))
    console.log(
      `${energyMj} mJ: depth ${result.ablationDepthUm.toFixed(0)} µm (${((result.ablationDepthUm / expectedUm - 1) * 100).toFixed(1)}%), ` +
        `crater Ø ${result.ablationDiameterUm.toFixed(0)} µm, rim ${result.coagulationThicknessUm.toFixed(1)} µm, ` +
        `below bottom ${result.coagulationBelowBottomUm.toFixed(1)} µm`,
    )
    expect(Math.abs(result.ablationDepthUm / expectedUm - 1)).toBeLessThanOrEqual(0.25)
  })
})

describe('trends with energy', () => {
  it('depth, crater diameter and lesion width never decrease with energy (5–160 mJ)', () => {
    const results = [5, 10, 20, 40, 80, 160].map((energyMj) => simulatePulse({ ...DEFAULT_PULSE, energyMj }))
    for (let k = 1; k < results.length; k++) {
      expect(results[k].ablationDepthUm).toBeGreaterThanOrEqual(results[k - 1].ablationDepthUm)
      expect(results[k].ablationDiameterUm).toBeGreaterThanOrEqual(results[k - 1].ablationDiameterUm)
      expect(results[k].lesionWidthUm).toBeGreaterThanOrEqual(results[k - 1].lesionWidthUm)
      expect(results[k].thermalDamageDepthUm).toBeGreaterThanOrEqual(results[k - 1].thermalDamageDepthUm)
    }
  })

  it('stacking pulses on one spot deepens the channel', () => {
    const single = simulatePulse({ ...DEFAULT_PULSE, energyMj: 20 })
    const stacked = simulatePulse({ ...DEFAULT_PULSE, energyMj: 20, stackedPulses: 3, stackIntervalMs: 1 })
    expect(stacked.ablationDepthUm).toBeGreaterThan(1.5 * single.ablationDepthUm)
    expect(stacked.energy.deliveredMj).toBeCloseTo(60, 6)
  })
})

describe('default micro-beam (30 mJ, 120 µm, 1 ms, forearm)', () => {
  const result = simulatePulse(DEFAULT_PULSE)

  it('makes an MTZ: a crater lined by a coagulated rim, within the textbook ranges', () => {
    console.log(
      JSON.stringify({
        depthUm: result.ablationDepthUm,
        diameterUm: result.ablationDiameterUm,
        rimUm: result.coagulationThicknessUm,
        belowBottomUm: result.coagulationBelowBottomUm,
        damageDepthUm: result.thermalDamageDepthUm,
        lesionWidthUm: result.lesionWidthUm,
        peakC: result.peakTemperatureC,
        thresholdJPerCm2: result.thresholdFluenceJPerCm2,
      }),
    )
    expect(result.ablationDepthUm).toBeGreaterThan(result.ablationDiameterUm) // a channel, not a dish
    expect(result.coagulationThicknessUm).toBeGreaterThan(0)
    expect(result.thermalDamageDepthUm).toBeGreaterThan(result.ablationDepthUm)
    expect(result.lesionWidthUm).toBeGreaterThan(result.ablationDiameterUm)
    // Remaining tissue sits on the 100 °C boiling plateau at most (a little above in dried, low-water layers).
    expect(result.peakTemperatureC).toBeGreaterThanOrEqual(100)
    expect(result.peakTemperatureC).toBeLessThan(130)
  })

  it('its emergent threshold lies well below the micro-beam fluence (energy-limited, REFERENCE §2.2)', () => {
    expect(result.thresholdFluenceJPerCm2).toBeGreaterThan(1)
    expect(result.thresholdFluenceJPerCm2).toBeLessThan(5)
    expect(result.peakFluenceJPerCm2 / result.thresholdFluenceJPerCm2).toBeGreaterThan(50)
  })

  it('reports the histology equivalent as the model value shrunk by 1.21 (depth) and 1.12 (width) (case 4)', () => {
    expect(result.histologyEquivalent.ablationDepthUm).toBeCloseTo(result.ablationDepthUm / 1.21, 6)
    expect(result.histologyEquivalent.ablationDiameterUm).toBeCloseTo(result.ablationDiameterUm / 1.12, 6)
  })

  it('gives cooling maps at the end of the pulse and +2, +10, +50 ms, with the crater marked NaN', () => {
    const times = result.temperatureSnapshots.map((s) => s.timeMs)
    expect(times).toHaveLength(4)
    ;[1, 3, 11, 51].forEach((t, k) => expect(times[k]).toBeCloseTo(t, 6))
    for (const s of result.temperatureSnapshots) {
      expect(s.temperatureC).toHaveLength(s.nr * s.nz)
      expect(Number.isNaN(s.temperatureC[0])).toBe(true) // the crater mouth on the axis
    }
    const hottest = result.temperatureSnapshots.map((s) =>
      Math.max(...s.temperatureC.filter((t) => !Number.isNaN(t))),
    )
    console.log('hottest tissue in each map (°C):', hottest.map((t) => t.toFixed(1)).join(', '))
    // Cells holding vaporised water stay on the 100 °C plateau for a while; after that the channel cools.
    for (let k = 1; k < hottest.length; k++) expect(hottest[k]).toBeLessThanOrEqual(hottest[k - 1])
    expect(hottest[hottest.length - 1]).toBeLessThan(60)
  })
})
