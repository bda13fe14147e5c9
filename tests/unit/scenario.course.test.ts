// The scenario's `course` and optional `cohort` sections: defaults from registered ParamDefs, partial merges, one
// error line per bad field with its path, old scenario files still valid.
import { describe, expect, it } from 'vitest'
import { DEFAULT_COHORT, DEFAULT_COURSE, DEFAULT_SCENARIO, validateScenario } from '../../src/sim'

describe('scenario course and cohort sections', () => {
  it('defaults: 3 laser sessions 28 days apart, NB-UVB 2×/week from day 5, no topical, 180 days; no cohort', () => {
    expect(DEFAULT_COURSE).toEqual({
      laserSessions: 3,
      intervalDays: 28,
      uv: 'nb-uvb',
      uvPerWeek: 2,
      uvStartDay: 5,
      topical: 'none',
      days: 180,
      activity: 1,
    })
    expect(DEFAULT_SCENARIO.course).toEqual(DEFAULT_COURSE)
    expect(DEFAULT_SCENARIO.cohort).toBeNull()
    expect(DEFAULT_COHORT).toEqual({ patients: 200, months: [6, 12], site: 'mixed' })
  })

  it('old scenario files (no course, no cohort) still validate with the defaults', () => {
    const r = validateScenario({ version: 1, site: 'face', seed: 3, laser: { energyMj: 40 } })
    expect(r.ok && r.scenario.course).toEqual(DEFAULT_COURSE)
    expect(r.ok && r.scenario.cohort).toBeNull()
  })

  it('accepts the issue example and merges partial sections', () => {
    const r = validateScenario({
      course: {
        laserSessions: 3,
        intervalDays: 28,
        uv: 'nb-uvb',
        uvPerWeek: 2,
        uvStartDay: 5,
        topical: 'prp',
        days: 180,
      },
      cohort: { patients: 200, months: [12, 6] },
    })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.scenario.course.topical).toBe('prp')
    expect(r.scenario.cohort).toEqual({ patients: 200, months: [6, 12], site: 'mixed' })
    const next = validateScenario({ course: { uv: 'none' }, cohort: { patients: 50 } }, r.scenario)
    expect(next.ok && next.scenario.course).toEqual({ ...r.scenario.course, uv: 'none' })
    expect(next.ok && next.scenario.cohort).toEqual({ patients: 50, months: [6, 12], site: 'mixed' })
    // the cohort may be put at one site (default: the documented site mix); the lesion's activity is a course field
    const face = validateScenario({ cohort: { site: 'face' }, course: { activity: 2.5 } })
    expect(face.ok && face.scenario.cohort?.site).toBe('face')
    expect(face.ok && face.scenario.course.activity).toBe(2.5)
    expect(validateScenario({ cohort: {} }).ok && validateScenario({ cohort: {} })).toMatchObject({
      scenario: { cohort: DEFAULT_COHORT },
    })
    const removed = validateScenario({ cohort: null }, r.scenario)
    expect(removed.ok && removed.scenario.cohort).toBeNull()
    const mono = validateScenario({ course: { laserSessions: 0 } })
    expect(mono.ok && mono.scenario.course.laserSessions).toBe(0)
  })

  it('reports every bad field with its path, all at once', () => {
    const r = validateScenario({
      course: {
        laserSessions: 2.5,
        uv: 'uva',
        topical: 'honey',
        days: 1000,
        speed: 1,
        uvStartDay: -1,
        activity: 9,
      },
      cohort: { patients: 0, months: [6, 99], site: 'moon' },
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors).toEqual([
      'course.laserSessions: must be an integer from 0 to 12 sessions, got 2.5',
      'course.uv: "uva" is not a UV mode; use one of none, nb-uvb',
      'course.topical: "honey" is not a topical agent; use one of none, corticosteroid, 5-fu, prp',
      'course.days: must be an integer from 7 to 365 days, got 1000',
      'course."speed": unknown course key; the keys are laserSessions, intervalDays, uv, uvPerWeek, uvStartDay, topical, days, activity',
      'course.uvStartDay: must be an integer from 0 to 60 days, got -1',
      'course.activity: must be a number from 0 to 5 ×, got 9',
      'cohort.patients: must be an integer from 1 to 2000 patients, got 0',
      'cohort.months: must be a list of 1 to 6 whole months from 1 to 24, such as [6, 12], got 99 in the list',
      'cohort.site: "moon" is not a site; use one of mixed, forearm, face, trunk, extremity, hand, palm',
    ])
    const notObject = validateScenario({ course: 3, cohort: [6] })
    expect(!notObject.ok && notObject.errors).toEqual([
      'course: must be an object such as {"laserSessions": 2, "uvPerWeek": 3}, got 3',
      'cohort: must be an object such as {"patients": 200, "months": [6, 12]}, got an array',
    ])
  })
})
