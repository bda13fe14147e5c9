// A scenario: everything needed to reproduce what the app shows (body site, random seed, laser settings, the
// treatment course that the healing timeline runs, optionally a virtual cohort, and the topical application
// compared on intact and lasered skin).
// Versioned, parsed from JSON objects and from URL parameters with one clear error line per bad field.
// Never throws: invalid input yields errors and the base scenario's values are kept.
//
// Extending: add the field (or section, e.g. `laser: {...}`) to Scenario and DEFAULT_SCENARIO, a validator to
// FIELD_VALIDATORS, and (if it can come from a URL) a reader to URL_READERS. Nothing else changes.
// A section's validator merges a partial object onto the current section and reports each bad field with its
// path (laser.energyMj: …); see scenarioLaser.ts.
import type { SiteId } from './types'
import { SITE_IDS } from './sites'
import { describeValue } from './describeValue'
import { DEFAULT_LASER, checkLaserSection, type LaserSettings } from './scenarioLaser'
import {
  DEFAULT_COURSE,
  checkCohortSection,
  checkCourseSection,
  type CohortSettings,
  type CourseSettings,
} from './scenarioCourse'
import { DEFAULT_TOPICAL, checkTopicalSection, type TopicalSettings } from './scenarioTopical'

export { describeValue }

export interface Scenario {
  version: 1
  site: SiteId
  seed: number
  /** Laser settings of the treatment pass (scenarioLaser.ts). */
  laser: LaserSettings
  /** Treatment course: laser sessions, NB-UVB, topical, length (scenarioCourse.ts). */
  course: CourseSettings
  /** Virtual cohort to run with the course, or null for none (scenarioCourse.ts). */
  cohort: CohortSettings | null
  /** A topical application compared on intact and lasered skin (scenarioTopical.ts; Deliver capability). */
  topical: TopicalSettings
}

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] }

export const DEFAULT_SCENARIO: Scenario = Object.freeze({
  version: 1,
  site: 'forearm',
  seed: 1,
  laser: DEFAULT_LASER,
  course: DEFAULT_COURSE,
  cohort: null,
  topical: DEFAULT_TOPICAL,
}) as Scenario

export const MAX_SEED = 2147483647 // 2^31 − 1: fits every 32-bit integer type

/**
 * A field's check: the accepted value, or its problems. A problem's subPath is '' for the field itself, or the
 * path below it for a section ('.energyMj'); the error line is `${field}${subPath}: ${message}`.
 */
type Problem = { subPath: string; message: string }
type Check<T> = { ok: true; value: T } | { ok: false; problems: Problem[] }
/** Validates a received value; sections merge it onto `current` (the base scenario's section). */
type FieldValidator<T> = (value: unknown, current: T) => Check<T>
type FieldValidators = { [K in keyof Scenario]: FieldValidator<Scenario[K]> }

const fail = (message: string): { ok: false; problems: Problem[] } => ({
  ok: false,
  problems: [{ subPath: '', message }],
})

const FIELD_VALIDATORS: FieldValidators = {
  version: (value) => (value === 1 ? { ok: true, value: 1 } : fail(`must be 1, got ${describeValue(value)}`)),
  site: (value) =>
    typeof value === 'string' && (SITE_IDS as string[]).includes(value)
      ? { ok: true, value: value as SiteId }
      : fail(`${describeValue(value)} is not a body site; use one of ${SITE_IDS.join(', ')}`),
  seed: (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_SEED
      ? { ok: true, value }
      : fail(`must be an integer from 0 to ${MAX_SEED}, got ${describeValue(value)}`),
  laser: (value, current) => checkLaserSection(value, current),
  course: (value, current) => checkCourseSection(value, current),
  cohort: (value, current) => checkCohortSection(value, current),
  topical: (value, current) => checkTopicalSection(value, current),
}

const FIELD_NAMES = Object.keys(FIELD_VALIDATORS) as (keyof Scenario)[]

/** A fresh copy of a scenario (sections copied too), so results never alias the base. */
function copyScenario(base: Scenario): Scenario {
  return {
    version: 1,
    site: base.site,
    seed: base.seed,
    laser: { ...DEFAULT_LASER, ...base.laser },
    course: { ...DEFAULT_COURSE, ...base.course },
    cohort: base.cohort ? { patients: base.cohort.patients, months: [...base.cohort.months] } : null,
    topical: {
      ...DEFAULT_TOPICAL,
      ...base.topical,
      custom: { ...DEFAULT_TOPICAL.custom, ...base.topical?.custom },
    },
  }
}

/** Runs a field's validator and either stores the value or adds one error line per problem. */
function applyField(scenario: Scenario, field: keyof Scenario, value: unknown, errors: string[]): void {
  const validator = FIELD_VALIDATORS[field] as FieldValidator<unknown>
  const check = validator(value, scenario[field])
  if (check.ok) (scenario as unknown as Record<string, unknown>)[field] = check.value
  else for (const p of check.problems) errors.push(`${field}${p.subPath}: ${p.message}`)
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Merges a partial scenario onto base. Unknown keys and invalid values are errors (all reported at once). */
export function validateScenario(partial: unknown, base: Scenario = DEFAULT_SCENARIO): ScenarioResult {
  try {
    if (!isPlainRecord(partial)) {
      return {
        ok: false,
        errors: [
          `scenario: must be an object such as {"site": "face", "seed": 3}, got ${describeValue(partial)}`,
        ],
      }
    }
    const merged = copyScenario(base)
    const errors: string[] = []
    for (const key of Object.keys(partial)) {
      if (!(FIELD_NAMES as string[]).includes(key)) {
        errors.push(`${JSON.stringify(key)}: unknown scenario key; the keys are ${FIELD_NAMES.join(', ')}`)
        continue
      }
      applyField(merged, key as keyof Scenario, partial[key], errors)
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, scenario: merged }
  } catch (error) {
    // e.g. a Proxy or a getter that throws: report, never propagate.
    return { ok: false, errors: [`scenario: could not be read (${safeMessage(error)})`] }
  }
}

function safeMessage(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error)
  } catch {
    return 'unknown error'
  }
}

/**
 * How each scenario field is read from a URL parameter (strings) before validation. Fields without a reader
 * are not settable from a URL. The seed must be all digits ("12"), so "1e3", "-1" and "3.5" are rejected.
 */
const URL_READERS: Partial<Record<keyof Scenario, (raw: string) => unknown>> = {
  site: (raw) => raw,
  seed: (raw) => (/^\d{1,10}$/.test(raw) ? Number(raw) : raw),
}

/**
 * Reads `?site=face&seed=3`. Parameters that are not scenario fields (`test`, `view`, `step`, …) are ignored;
 * an invalid value keeps the base value and adds one error line naming the parameter.
 */
export function scenarioFromUrlParams(
  search: string,
  base: Scenario = DEFAULT_SCENARIO,
): { scenario: Scenario; errors: string[] } {
  const scenario = copyScenario(base)
  const errors: string[] = []
  let params: URLSearchParams
  try {
    params = new URLSearchParams(typeof search === 'string' ? search : '')
  } catch {
    return { scenario, errors: ['URL: the query string could not be read'] }
  }
  for (const field of Object.keys(URL_READERS) as (keyof Scenario)[]) {
    const reader = URL_READERS[field]
    const raw = params.get(field)
    if (!reader || raw === null) continue
    applyField(scenario, field, reader(raw), errors)
  }
  return { scenario, errors }
}
