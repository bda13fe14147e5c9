// The headless whole-scenario run: default figures, continuous versus fractional, 'none', site layers, determinism.
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO, DEFAULT_LASER, SITES, simulateScenario, type Scenario } from '../../src/sim'
import { DEFAULT_PULSE, simulatePulseCached } from '../../src/sim/laser'

const withLaser = (laser: Partial<Scenario['laser']>, rest: Partial<Scenario> = {}): Scenario => ({
  ...DEFAULT_SCENARIO,
  ...rest,
  laser: { ...DEFAULT_LASER, ...laser },
})

describe('simulateScenario', () => {
  it('default scenario (forearm, 30 mJ, 120 µm, 10%, grid): the documented figures', () => {
    const report = simulateScenario(DEFAULT_SCENARIO)
    expect(report.scenarioVersion).toBe(1)
    expect(report.site).toBe('forearm')
    expect(report.laser).toEqual(DEFAULT_LASER)
    const pulse = report.pulse
    expect(pulse).not.toBeNull()
    if (!pulse) return
    // docs/model-laser.md §8: 357 µm deep, 148 µm wide, 391 µm damage, 246 µm damaged width
    expect(Math.abs(pulse.ablationDepthUm - 357)).toBeLessThan(5)
    expect(Math.abs(pulse.lesionWidthUm - 246)).toBeLessThan(5)
    expect(pulse.histologyEquivalent.ablationDepthUm).toBeCloseTo(pulse.ablationDepthUm / 1.21, 0)
    const p = report.pattern
    expect(p.mtzCount).toBe(36)
    expect(p.mtzPerCm2).toBe(900)
    expect(p.meanSpacingUm).toBeCloseTo(336.3, 1)
    // non-overlapping discs: coverage ≈ N·π(w/2)² / area = 36 × π × 123² / 4e6 = 0.43
    expect(p.coverageFraction).toBeCloseTo((36 * Math.PI * (pulse.lesionWidthUm / 2) ** 2) / 4e6, 2)
    expect(p.meanDistanceToIntactUm as number).toBeCloseTo(pulse.lesionWidthUm / 6, -1)
    // REFERENCE case 5: fractional MTZs < 500 µm close in 10–28 h (Stumpp 2009); ≈ 13 h here
    expect(p.reepithelializationDays * 24).toBeGreaterThanOrEqual(10)
    expect(p.reepithelializationDays * 24).toBeLessThan(16)
    expect(p.scarRisk.level).toBe('low')
  })

  it('continuous mode: coverage 1, no MTZs, slower closure and higher scar risk than fractional', () => {
    const fractional = simulateScenario(DEFAULT_SCENARIO)
    const continuous = simulateScenario(withLaser({ mode: 'continuous' }))
    expect(continuous.pulse).toEqual(fractional.pulse)
    expect(continuous.pattern.coverageFraction).toBe(1)
    expect(continuous.pattern.mtzCount).toBe(0)
    expect(continuous.pattern.mtzPerCm2).toBe(0)
    expect(continuous.pattern.meanSpacingUm).toBeNull()
    expect(continuous.pattern.reepithelializationDays).toBeGreaterThan(
      2 + fractional.pattern.reepithelializationDays,
    )
    expect(continuous.pattern.scarRisk.score).toBeGreaterThan(fractional.pattern.scarRisk.score)
    expect(continuous.pattern.scarRisk.level).not.toBe('low')
  })

  it("mode 'none': pulse null, zero counts, null averages, 0 days, low risk", () => {
    const report = simulateScenario(withLaser({ mode: 'none' }))
    expect(report.pulse).toBeNull()
    expect(report.pattern).toEqual({
      mtzCount: 0,
      mtzPerCm2: 0,
      coverageFraction: 0,
      meanSpacingUm: null,
      meanDistanceToIntactUm: null,
      maxDistanceToIntactUm: null,
      reepithelializationDays: 0,
      scarRisk: { level: 'low', score: 0, reasons: ['No laser is applied, so the skin is not wounded.'] },
    })
  })

  it("uses the site's layers for the pulse", () => {
    const face = simulateScenario(withLaser({}, { site: 'face' }))
    const direct = simulatePulseCached({ ...DEFAULT_PULSE, layers: SITES.face.layers })
    expect(face.pulse?.thermalDamageDepthUm).toBeCloseTo(direct.thermalDamageDepthUm, 1)
    expect(face.pulse?.thresholdFluenceJPerCm2).toBeCloseTo(direct.thresholdFluenceJPerCm2, 3)
  })

  it('is deterministic, and the seed moves a random layout', () => {
    const scenario = withLaser({ pattern: 'random' }, { seed: 5 })
    expect(JSON.stringify(simulateScenario(scenario))).toBe(JSON.stringify(simulateScenario(scenario)))
    const other = simulateScenario(withLaser({ pattern: 'random' }, { seed: 6 }))
    expect(other.pattern.coverageFraction).not.toBe(simulateScenario(scenario).pattern.coverageFraction)
  })

  it('runs in well under a second once the pulse is cached', () => {
    simulateScenario(DEFAULT_SCENARIO)
    const t0 = performance.now()
    simulateScenario(DEFAULT_SCENARIO)
    expect(performance.now() - t0).toBeLessThan(1000)
  })

  it('has no healing section unless asked (the app’s Treat figures stay fast)', () => {
    const report = simulateScenario(DEFAULT_SCENARIO)
    expect(report.healing).toBeUndefined()
    expect(report.cohort).toBeUndefined()
  })

  it('adds `healing` (a daily timeline with the issue’s fields) and `cohort` on request', () => {
    const scenario: Scenario = {
      ...DEFAULT_SCENARIO,
      course: { ...DEFAULT_SCENARIO.course, days: 20 },
      cohort: { patients: 12, months: [6] },
    }
    const report = simulateScenario(scenario, { healing: true })
    expect(report.course).toEqual(scenario.course)
    const healing = report.healing!
    expect(healing.timeline).toHaveLength(21)
    expect(healing.timeline.map((e) => e.day)).toEqual(Array.from({ length: 21 }, (_, d) => d))
    expect(Object.keys(healing.timeline[0]).sort()).toEqual(
      [
        'activatedPrecursors',
        'day',
        'melanocytesInLesion',
        'mmp2Relative',
        'openEpidermisFraction',
        'repigmentationFraction',
        'tCellsInLesion',
      ].sort(),
    )
    expect(healing.timeline[0].openEpidermisFraction).toBeGreaterThan(0.2)
    expect(healing.meanMelanocyteSpeedUmPerH).toBeGreaterThan(0)
    expect(healing.meanMelanocyteSpeedUmPerH).toBeLessThanOrEqual(9)
    expect(healing.phases.map((p) => p.name)[0]).toBe('pulse')
    expect(healing.laserSessions.map((s) => s.day)).toEqual([0])
    const cohort = report.cohort!
    expect(cohort.patients).toBe(12)
    expect(cohort.results).toHaveLength(1)
    expect(Object.keys(cohort.results[0]).sort()).toEqual(['atLeast25', 'atLeast50', 'atLeast75', 'month'])
    expect(cohort.results[0].month).toBe(6)
    expect(cohort.calibration).toMatch(/NB-UVB monotherapy/)
    expect(JSON.parse(JSON.stringify(report))).toEqual(report) // plain JSON
  })

  it('adds `delivery` (intact vs lasered, the issue’s shape) and `uv` on request', () => {
    expect(simulateScenario(DEFAULT_SCENARIO).delivery).toBeUndefined()
    const scenario: Scenario = {
      ...DEFAULT_SCENARIO,
      topical: { ...DEFAULT_SCENARIO.topical, agent: '5-fu' },
    }
    const report = simulateScenario(scenario, { delivery: true })
    const delivery = report.delivery!
    expect(delivery.agent).toBe('5-fu')
    for (const arm of [delivery.intact, delivery.lasered]) {
      expect(Object.keys(arm).sort()).toEqual([
        'amountInSkinUgPerCm2',
        'basalLayerConcentration',
        'depthReachedUm',
      ])
      for (const series of Object.values(arm)) expect(series).toHaveLength(delivery.timesH.length)
    }
    expect(delivery.enhancementAtEnd).toBeGreaterThan(1)
    expect(Object.keys(delivery.timeToBasalThresholdH).sort()).toEqual(['intact', 'lasered'])
    const uv = report.uv!
    expect(uv.basalDoseFraction.lasered).toBeGreaterThanOrEqual(uv.basalDoseFraction.intact)
    expect(uv.bulgeDoseFraction.lasered).toBeGreaterThanOrEqual(uv.bulgeDoseFraction.intact)
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
  })
})
