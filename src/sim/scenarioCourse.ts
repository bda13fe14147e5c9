// The scenario's `course` section (the treatment course that the Heal timeline runs) and its optional `cohort`
// section (a virtual cohort run with the same course). Same pattern as scenarioLaser.ts: a partial object merges
// onto the current settings; every bad field gives one error line with its path (course.uvPerWeek: …).
//
// Numeric ranges and defaults are registered ParamDefs (src/sim/healing/healingParams.ts, 'course.*' and
// 'cohort.*'): 3 laser sessions 28 days apart (Helou 2014; Cheong 2009), NB-UVB 2×/week from day 5 after each
// laser session (Shin 2012), 180 days (DESIGN.md). Choices without a number: uv 'nb-uvb' (the combination this app
// teaches), topical 'none'. Laser mode 'none' or laserSessions 0 gives the NB-UVB monotherapy arm.
import type { CohortSettings, CourseSettings, TopicalAgent, UvMode } from './healing/types'
import type { SectionCheck, SectionProblem } from './scenarioLaser'
import { healingParamDef } from './healing/healingParams'
import { describeValue } from './describeValue'
import { numberIn, oneOf, type FieldCheck } from './fieldChecks'
import { SITE_IDS } from './sites'

export type { CohortSettings, CourseSettings }

export const UV_MODES: UvMode[] = ['none', 'nb-uvb']
export const TOPICAL_AGENTS: TopicalAgent[] = ['none', 'corticosteroid', '5-fu', 'prp']

/** ParamDef behind each numeric course field (its range is the accepted range, its default the default). */
export const COURSE_FIELD_PARAMS = {
  laserSessions: healingParamDef('course.laserSessions'),
  intervalDays: healingParamDef('course.intervalDays'),
  uvPerWeek: healingParamDef('course.uvPerWeek'),
  uvStartDay: healingParamDef('course.uvStartDay'),
  days: healingParamDef('course.days'),
  activity: healingParamDef('course.activity'),
} as const

export const COHORT_FIELD_PARAMS = {
  patients: healingParamDef('cohort.patients'),
  month: healingParamDef('cohort.month'),
} as const

export const DEFAULT_COURSE: CourseSettings = Object.freeze({
  laserSessions: COURSE_FIELD_PARAMS.laserSessions.default,
  intervalDays: COURSE_FIELD_PARAMS.intervalDays.default,
  uv: 'nb-uvb',
  uvPerWeek: COURSE_FIELD_PARAMS.uvPerWeek.default,
  uvStartDay: COURSE_FIELD_PARAMS.uvStartDay.default,
  topical: 'none',
  days: COURSE_FIELD_PARAMS.days.default,
  activity: COURSE_FIELD_PARAMS.activity.default,
}) as CourseSettings

/** The cohort used when a scenario asks for one without saying more (Bae 2017 reports 6 and 12 months). */
export const DEFAULT_COHORT: CohortSettings = Object.freeze({
  patients: COHORT_FIELD_PARAMS.patients.default,
  months: Object.freeze([6, 12]) as number[],
  site: 'mixed',
}) as CohortSettings

function monthList(value: unknown): FieldCheck<number[]> {
  const def = COHORT_FIELD_PARAMS.month
  const shape = `must be a list of 1 to 6 whole months from ${def.min} to ${def.max}, such as [6, 12]`
  if (!Array.isArray(value) || value.length < 1 || value.length > 6) {
    return { ok: false, error: `${shape}, got ${describeValue(value)}` }
  }
  for (const m of value) {
    if (typeof m !== 'number' || !Number.isInteger(m) || m < def.min || m > def.max) {
      return { ok: false, error: `${shape}, got ${describeValue(m)} in the list` }
    }
  }
  return { ok: true, value: [...new Set(value as number[])].sort((a, b) => a - b) }
}

type Validators<S> = { [K in keyof S]: (value: unknown) => FieldCheck<S[K]> }

const p = COURSE_FIELD_PARAMS
const COURSE_VALIDATORS: Validators<CourseSettings> = {
  laserSessions: numberIn(p.laserSessions, true),
  intervalDays: numberIn(p.intervalDays, true),
  uv: oneOf(UV_MODES, 'a UV mode'),
  uvPerWeek: numberIn(p.uvPerWeek, true),
  uvStartDay: numberIn(p.uvStartDay, true),
  topical: oneOf(TOPICAL_AGENTS, 'a topical agent'),
  days: numberIn(p.days, true),
  activity: numberIn(p.activity, false),
}

const COHORT_VALIDATORS: Validators<CohortSettings> = {
  patients: numberIn(COHORT_FIELD_PARAMS.patients, true),
  months: monthList,
  site: oneOf(['mixed', ...SITE_IDS] as const, 'a site'),
}

export const COURSE_FIELD_NAMES = Object.keys(COURSE_VALIDATORS) as (keyof CourseSettings)[]
export const COHORT_FIELD_NAMES = Object.keys(COHORT_VALIDATORS) as (keyof CohortSettings)[]

function checkSection<S extends object>(
  name: string,
  example: string,
  validators: Validators<S>,
  value: unknown,
  current: S,
): SectionCheck<S> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const message = `must be an object such as ${example}, got ${describeValue(value)}`
    return { ok: false, problems: [{ subPath: '', message }] }
  }
  const merged = { ...current }
  const names = Object.keys(validators)
  const problems: SectionProblem[] = []
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!names.includes(key)) {
      problems.push({
        subPath: `.${describeValue(key)}`,
        message: `unknown ${name} key; the keys are ${names.join(', ')}`,
      })
      continue
    }
    const check = (validators as Record<string, (v: unknown) => FieldCheck<unknown>>)[key](record[key])
    if (check.ok) (merged as Record<string, unknown>)[key] = check.value
    else problems.push({ subPath: `.${key}`, message: check.error })
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: merged }
}

/** Merges a partial course object onto `current`; unknown keys and bad values are reported all at once. */
export function checkCourseSection(value: unknown, current: CourseSettings): SectionCheck<CourseSettings> {
  return checkSection('course', '{"laserSessions": 2, "uvPerWeek": 3}', COURSE_VALIDATORS, value, {
    ...DEFAULT_COURSE,
    ...current,
  })
}

/**
 * The optional cohort: null (or absent) = no cohort; an object merges onto the current cohort, or onto
 * DEFAULT_COHORT when there is none ({} asks for the default cohort).
 */
export function checkCohortSection(
  value: unknown,
  current: CohortSettings | null,
): SectionCheck<CohortSettings | null> {
  if (value === null) return { ok: true, value: null }
  const base = current ?? DEFAULT_COHORT
  return checkSection('cohort', '{"patients": 200, "months": [6, 12]}', COHORT_VALIDATORS, value, {
    patients: base.patients,
    months: [...base.months],
    site: base.site ?? 'mixed',
  })
}
