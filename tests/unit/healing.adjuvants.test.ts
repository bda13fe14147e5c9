// The Heal model's adjuvant terms driven by the transport and UV models: each agent by its mechanism, scaled by its
// delivered exposure (Emax), the bulge dose for the follicular terms, the basal dose for the basal and T-cell
// terms, NB-UVB gaining from channels only while they are open, and the 5-FU hypothesis switching off cleanly.
import { describe, expect, it } from 'vitest'
import type { AdjuvantDoses, CourseSettings, TopicalAgent } from '../../src/sim/healing'
import { runHealing } from '../../src/sim/healing/engine'
import { adjuvantDosesFor, emax, halfEffectUgPerCm3, topicalDays } from '../../src/sim/healing/adjuvants'
import { runReducedPatient, type ReducedArm } from '../../src/sim/healing/reduced'
import { samplePatient } from '../../src/sim/healing/cohort'
import { sessionResponse } from '../../src/sim/healing/sessionResponse'
import { calibrationOf } from '../../src/sim/healing/setup'
import { withHealingParams } from '../../src/sim/healing/healingParams'
import { homeExposures } from '../../src/sim/transport/adjuvantDoses'
import { createRng } from '../../src/sim/rng'
import { DEFAULT_LASER } from '../../src/sim/scenarioLaser'

const COURSE: CourseSettings = {
  laserSessions: 1,
  intervalDays: 28,
  uv: 'none',
  uvPerWeek: 2,
  uvStartDay: 5,
  topical: 'none',
  days: 30,
}

describe('doses in the units the healing model uses', () => {
  it('divides the free concentration by the agent’s half-effect level', () => {
    const d = adjuvantDosesFor('forearm', DEFAULT_LASER, 'corticosteroid')
    const free = homeExposures('forearm', 'corticosteroid', 'daily').home.basalFreeUgPerCm3
    expect(d.topicalHome.basal).toBeCloseTo(free / halfEffectUgPerCm3('corticosteroid'), 9)
    // daily clobetasol through intact skin exceeds its (nanomolar) half-effect level
    expect(d.topicalHome.basal).toBeGreaterThan(1)
    expect(emax(0)).toBe(0)
    expect(emax(1)).toBe(0.5)
    const none = adjuvantDosesFor('forearm', DEFAULT_LASER, 'none')
    expect(none.topicalHome).toEqual({ basal: 0, bulge: 0 })
  })

  it('uses the after-laser application only on laser days; home use resumes the next day', () => {
    const days = topicalDays({ ...COURSE, topical: '5-fu', days: 3 }, [0])
    expect(days).toEqual([
      { day: 0, afterLaser: true },
      { day: 1.5, afterLaser: false },
      { day: 2.5, afterLaser: false },
    ])
  })
})

/** One reduced patient (forearm) under a course and doses. */
function reduced(course: CourseSettings, doses: AdjuvantDoses, days = [60]): number[] {
  const arm: ReducedArm = {
    course,
    laserMode: course.laserSessions > 0 ? 'fractional' : 'none',
    response: course.laserSessions > 0 ? sessionResponse('forearm', DEFAULT_LASER) : null,
    doses,
    calibration: calibrationOf(),
    uvReference: 0.324,
  }
  return runReducedPatient(samplePatient(3, 0, 'forearm'), arm, days, createRng(3).fork('adherence'))
}

function doses(over: Partial<AdjuvantDoses> = {}): AdjuvantDoses {
  return {
    uvBasalDoseFraction: () => 0.324,
    uvBulgeDoseFraction: () => 0,
    topicalHome: { basal: 0, bulge: 0 },
    topicalAfterLaser: { basal: 0, bulge: 0 },
    ...over,
  }
}

describe('each agent acts by its mechanism, where it is delivered', () => {
  const withUv: CourseSettings = { ...COURSE, uv: 'nb-uvb', days: 60 }
  const course = (topical: TopicalAgent) => ({ ...withUv, topical })

  it('PRP at the bulge raises the follicular (precursor) terms; at the basal layer the basal ones', () => {
    const none = reduced(course('prp'), doses())[0]
    const bulge = reduced(course('prp'), doses({ topicalAfterLaser: { basal: 0, bulge: 20 } }))[0]
    const basal = reduced(course('prp'), doses({ topicalAfterLaser: { basal: 20, bulge: 0 } }))[0]
    expect(bulge).toBeGreaterThan(none)
    expect(basal).toBeGreaterThan(none)
    expect(bulge).not.toBeCloseTo(basal, 6)
  })

  it('the corticosteroid acts on T cells at the basal layer only: a bulge-only exposure does nothing', () => {
    const none = reduced(course('corticosteroid'), doses())[0]
    const basal = reduced(course('corticosteroid'), doses({ topicalHome: { basal: 1000, bulge: 0 } }))[0]
    const bulge = reduced(course('corticosteroid'), doses({ topicalHome: { basal: 0, bulge: 1000 } }))[0]
    expect(basal).toBeGreaterThan(none + 0.01)
    expect(bulge).toBe(none)
  })

  it('NB-UVB gains from the channels only while they are open', () => {
    // the transport's series: a big gain for 24 h after a session, intact after
    const open = doses({ uvBasalDoseFraction: (h) => (h < 24 ? 3 : 0.324) })
    const late = { ...withUv, uvStartDay: 5 }
    expect(reduced(late, open)).toEqual(reduced(late, doses()))
    const early = { ...withUv, uvStartDay: 0 } // first session 12 h after the laser: channels open
    expect(reduced(early, open)[0]).toBeGreaterThan(reduced(early, doses())[0])
  })
})

describe('the agent model', () => {
  const run = (topical: TopicalAgent, laser = DEFAULT_LASER) =>
    runHealing({ site: 'forearm', seed: 1, laser, course: { ...COURSE, topical } })
  const none = run('none')

  it('corticosteroid lowers the T-cell load', () => {
    const steroid = run('corticosteroid')
    expect(steroid.timeline[30].tCellsInLesion).toBeLessThan(0.6 * none.timeline[30].tCellsInLesion)
  })

  it('PRP after the laser raises the precursors’ stimulus; laser alone and the steroid do not', () => {
    const prp = run('prp')
    const day1 = 24
    expect(prp.series.topicalExposure[day1]).toBeGreaterThan(0.1)
    expect(prp.series.precursorStimulus[day1]).toBeGreaterThan(none.series.precursorStimulus[day1] + 0.01)
    const steroid = run('corticosteroid')
    expect(steroid.series.precursorStimulus[day1]).toBeCloseTo(none.series.precursorStimulus[day1], 6)
  })

  it('5-FU’s melanocyte hypothesis is flagged, adds to the stimulus, and switches off cleanly', () => {
    const fu = run('5-fu')
    expect(fu.fluorouracilHypothesisActive).toBe(true)
    expect(none.fluorouracilHypothesisActive).toBe(false)
    expect(fu.series.precursorStimulus[24]).toBeGreaterThan(none.series.precursorStimulus[24] + 0.01)
    const off = withHealingParams({ 'heal.topical.fluorouracilStimulusWeight': 0 }, () => run('5-fu'))
    expect(off.fluorouracilHypothesisActive).toBe(false)
    expect(off.series.precursorStimulus[24]).toBeCloseTo(none.series.precursorStimulus[24], 6)
    // no epidermal injury (no laser): no stimulation even with the hypothesis on
    const noLaser = { ...DEFAULT_LASER, mode: 'none' as const }
    expect(run('5-fu', noLaser).series.precursorStimulus[24]).toBeCloseTo(
      run('none', noLaser).series.precursorStimulus[24],
      9,
    )
  })
})
