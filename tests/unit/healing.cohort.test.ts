// The virtual cohort: calibration on NB-UVB monotherapy (Bae 2017, REFERENCE case 7) within a stated tolerance,
// the site ordering (a check, not fitted), laser + UV ≥ UV alone by mechanism, determinism, progress, speed shape.
import { describe, expect, it } from 'vitest'
import {
  bae2017Targets,
  monotherapyCohort,
  siteAtLeast75,
  runCohort,
  runHealing,
  NB_UVB_MONOTHERAPY,
  COHORT_PARAMS,
  type CohortResult,
} from '../../src/sim/healing'
import { DEFAULT_LASER } from '../../src/sim/scenarioLaser'
import { cohortReport } from '../../src/sim/healing/report'
import { healingParam, withHealingParams } from '../../src/sim/healing/healingParams'
import { COURSE, NO_LASER, input } from './healing.fixtures'

// The calibration was FITTED on 1,000 patients, seed 2017 (calibrate.ts); it is TESTED here on another sample of
// 1,000 patients (seed 4242). Tolerances, stated per target: the fit's residual (mean over 7 seeds of 1,000
// patients) plus three Monte-Carlo standard deviations (0.012–0.016), rounded up; docs/model-healing.md §3 lists
// both. The largest misfit, ≥ 25 % at 6 months (model ≈ 0.60 vs 0.74), is stated there and in the cohort panel.
const TOLERANCE: Record<string, number> = {
  '≥25% at 6 months': 0.18,
  '≥25% at 12 months': 0.09,
  '≥75% at 6 months': 0.1,
  '≥75% at 12 months': 0.07,
}
const TEST_SEED = 4242
const mono: CohortResult = monotherapyCohort(1000, TEST_SEED)

describe('virtual cohort', () => {
  it('is calibrated on NB-UVB monotherapy only: Bae 2017 within the stated tolerance on an unseen sample', () => {
    const overall = bae2017Targets().filter((t) => t.weight === 1)
    expect(overall).toHaveLength(4)
    for (const t of overall) {
      const got = t.of(mono)
      expect(Math.abs(got - t.share), `${t.name}: ${got} vs ${t.share}`).toBeLessThanOrEqual(
        TOLERANCE[t.name],
      )
    }
    const fitted = COHORT_PARAMS.filter((p) => p.key.startsWith('calibrated.'))
    for (const p of fitted) expect(p.source).toBe('Bae2017')
    expect(fitted).toHaveLength(5)
  })

  it('responses plateau: ≥ 25 % barely moves from 6 to 12 months, and ≥ 50 % stays well above ≥ 75 % (Bae 2017)', () => {
    const [m6, m12] = mono.results
    expect(m12.atLeast25 - m6.atLeast25).toBeLessThan(0.15)
    expect(m12.atLeast75).toBeGreaterThan(m6.atLeast75) // responders still progress
    expect(m12.atLeast50 - m12.atLeast75).toBeGreaterThan(0.1) // not everyone who responds goes on to complete
    expect(m12.atLeast75).toBeLessThan(0.36 + TOLERANCE['≥75% at 12 months'])
  })

  it('orders body sites as Bae 2017 does: face/neck > trunk > extremities > hands/feet ≈ 0', () => {
    const at = (group: string) => siteAtLeast75(mono, group)
    expect(at('face/neck')).toBeGreaterThan(at('trunk'))
    expect(at('trunk')).toBeGreaterThan(at('extremities'))
    expect(at('extremities')).toBeGreaterThan(at('hands/feet'))
    expect(at('hands/feet')).toBeLessThanOrEqual(0.03)
    expect(mono.bySite['hands/feet'].results[0].atLeast75).toBe(0) // Bae: 0 %
    // trunk and extremities near Bae's 26 % and 17 % (fitted); face/neck is the stated misfit (≈ 0.7 vs 0.44)
    expect(Math.abs(at('trunk') - 0.26)).toBeLessThanOrEqual(0.06)
    expect(Math.abs(at('extremities') - 0.17)).toBeLessThanOrEqual(0.1)
  })

  it('laser + NB-UVB ≥ NB-UVB alone, by mechanism (same patients, nothing tuned on laser trials)', () => {
    const combo = runCohort({
      patients: 1000,
      months: [6, 12],
      seed: TEST_SEED,
      course: { ...NB_UVB_MONOTHERAPY, laserSessions: 3, uvStartDay: 5 },
      laser: DEFAULT_LASER,
    })
    for (let m = 0; m < 2; m++) {
      expect(combo.results[m].atLeast25).toBeGreaterThanOrEqual(mono.results[m].atLeast25)
      expect(combo.results[m].atLeast75).toBeGreaterThanOrEqual(mono.results[m].atLeast75)
    }
    // the same holds patient by patient on average
    const mean = (r: CohortResult) => r.repigmentation.reduce((a, b) => a + b, 0) / r.repigmentation.length
    expect(mean(combo)).toBeGreaterThan(mean(mono))
  }, 30_000) // a 1,000-patient laser cohort: ≈ 5 s alone, longer on a shared machine

  it('the agent block shows the same direction: laser + UV repigments more than UV alone', () => {
    const course = { ...COURSE, days: 60 }
    const uvOnly = runHealing(input({ laser: NO_LASER, course }))
    const combo = runHealing(input({ course }))
    expect(combo.timeline[60].repigmentationFraction).toBeGreaterThan(
      uvOnly.timeline[60].repigmentationFraction,
    )
  })

  it('is deterministic, independent of N for the first patients, and reports progress', () => {
    const calls: number[] = []
    const a = runCohort(
      { patients: 20, months: [6], seed: 5, course: NB_UVB_MONOTHERAPY, laser: NO_LASER },
      (done, total) => {
        expect(total).toBe(20)
        calls.push(done)
      },
    )
    expect(calls).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    const b = runCohort({ patients: 20, months: [6], seed: 5, course: NB_UVB_MONOTHERAPY, laser: NO_LASER })
    expect(b.repigmentation).toEqual(a.repigmentation)
    const c = runCohort({ patients: 10, months: [6], seed: 5, course: NB_UVB_MONOTHERAPY, laser: NO_LASER })
    expect(c.repigmentation).toEqual(a.repigmentation.subarray(0, 10))
    expect(a.results[0].atLeast25).toBeGreaterThanOrEqual(a.results[0].atLeast50)
    expect(a.results[0].atLeast50).toBeGreaterThanOrEqual(a.results[0].atLeast75)
  })

  it("honours the scenario's cohort.site (default: the documented mix)", () => {
    const cohort = { patients: 20, months: [6] }
    const course = { ...NB_UVB_MONOTHERAPY, laserSessions: 0 }
    const mixed = cohortReport(5, NO_LASER, course, cohort)
    expect(Object.keys(mixed.bySite).length).toBeGreaterThan(1)
    const palm = cohortReport(5, NO_LASER, course, { ...cohort, site: 'palm' })
    expect(Object.keys(palm.bySite)).toEqual(['hands/feet'])
    expect(palm.bySite['hands/feet'].patients).toBe(20)
    const face = cohortReport(5, NO_LASER, course, { ...cohort, site: 'face' })
    expect(face.results[0].atLeast25).toBeGreaterThan(palm.results[0].atLeast25)
  })

  it('the sensitivity helper changes a healing parameter only inside its call', () => {
    const key = 'heal.gf.halfEffect'
    const before = healingParam(key)
    const inside = withHealingParams({ [key]: 0.5 }, () => healingParam(key))
    expect(inside).toBe(0.5)
    expect(healingParam(key)).toBe(before)
    expect(() => withHealingParams({ 'heal.nope': 1 }, () => 0)).toThrow(/Unknown healing parameter/)
  })
})
