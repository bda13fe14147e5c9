// The scenario's `laser` section: how the laser is set for one treatment pass. A partial object merges onto the
// current settings; every bad field gives one error line with its path (laser.energyMj: …).
//
// Numeric ranges and defaults are the registered ParamDefs: energy, spot, pulse duration and stacking from
// LASER_PARAMS (Hantash 2007 spot; REFERENCE §3.3 resurfacing 10–50 mJ), density from PATTERN_PARAMS
// (REFERENCE §3.3: 5–20% coverage, T/B). Choices without a number: mode 'fractional' (the treatment this app
// teaches), pattern 'grid' (the simplest scan; 'random' needs a seed), damage model 'henriques' (the pulse
// model's default, DEFAULT_PULSE).
import type { DamageModelId } from './laser/types'
import type { LaserMode, PatternLayout } from './pattern/types'
import { LASER_PARAMS } from './laser/laserParams'
import { paramLookup } from './paramTable'
import { patternParamDef } from './pattern/patternParams'
import { describeValue } from './describeValue'
import { numberIn, oneOf, type FieldCheck } from './fieldChecks'

export interface LaserSettings {
  mode: LaserMode
  /** Energy of one micro-beam pulse, mJ. */
  energyMj: number
  /** 1/e² diameter of the micro-beam at the skin surface, µm. */
  spotDiameterUm: number
  /** Share of the treated surface under the beam spots, %. */
  densityPercent: number
  pattern: PatternLayout
  /** Pulses stacked on each spot (integer). */
  stackedPulses: number
  /** Duration of each pulse, ms. */
  pulseDurationMs: number
  damageModel: DamageModelId
}

export const LASER_MODES: LaserMode[] = ['fractional', 'continuous', 'none']
export const PATTERN_LAYOUTS: PatternLayout[] = ['grid', 'hex', 'random']
export const DAMAGE_MODELS: DamageModelId[] = ['henriques', 'weaver-stoll', 'takata', 'mehta-wong']

const laserParamDef = paramLookup(LASER_PARAMS, 'laser')

/** ParamDef behind each numeric laser field (its range is the accepted range, its default the default). */
export const LASER_FIELD_PARAMS = {
  energyMj: laserParamDef('laser.energyMj'),
  spotDiameterUm: laserParamDef('laser.spotDiameterUm'),
  densityPercent: patternParamDef('pattern.densityPercent'),
  stackedPulses: laserParamDef('laser.stackedPulses'),
  pulseDurationMs: laserParamDef('laser.pulseDurationMs'),
} as const

export const DEFAULT_LASER: LaserSettings = Object.freeze({
  mode: 'fractional',
  energyMj: LASER_FIELD_PARAMS.energyMj.default,
  spotDiameterUm: LASER_FIELD_PARAMS.spotDiameterUm.default,
  densityPercent: LASER_FIELD_PARAMS.densityPercent.default,
  pattern: 'grid',
  stackedPulses: LASER_FIELD_PARAMS.stackedPulses.default,
  pulseDurationMs: LASER_FIELD_PARAMS.pulseDurationMs.default,
  damageModel: 'henriques',
}) as LaserSettings

type LaserValidators = { [K in keyof LaserSettings]: (value: unknown) => FieldCheck<LaserSettings[K]> }

const fieldParams = LASER_FIELD_PARAMS
/** One validator per laser field (the same table style as the scenario's FIELD_VALIDATORS). */
const LASER_VALIDATORS: LaserValidators = {
  mode: oneOf(LASER_MODES, 'a laser mode'),
  energyMj: numberIn(fieldParams.energyMj, false),
  spotDiameterUm: numberIn(fieldParams.spotDiameterUm, false),
  densityPercent: numberIn(fieldParams.densityPercent, false),
  pattern: oneOf(PATTERN_LAYOUTS, 'a pattern'),
  stackedPulses: numberIn(fieldParams.stackedPulses, true),
  pulseDurationMs: numberIn(fieldParams.pulseDurationMs, false),
  damageModel: oneOf(DAMAGE_MODELS, 'a damage model'),
}

export const LASER_FIELD_NAMES = Object.keys(LASER_VALIDATORS) as (keyof LaserSettings)[]

/** One problem inside the section: the path below `laser` ('.energyMj') and the message. */
export interface SectionProblem {
  subPath: string
  message: string
}

export type SectionCheck<T> = { ok: true; value: T } | { ok: false; problems: SectionProblem[] }

/** Merges a partial laser object onto `current`; unknown keys and bad values are reported all at once. */
export function checkLaserSection(value: unknown, current: LaserSettings): SectionCheck<LaserSettings> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const message = `must be an object such as {"energyMj": 40, "densityPercent": 15}, got ${describeValue(value)}`
    return { ok: false, problems: [{ subPath: '', message }] }
  }
  const merged: LaserSettings = { ...DEFAULT_LASER, ...current }
  const problems: SectionProblem[] = []
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!(LASER_FIELD_NAMES as string[]).includes(key)) {
      const message = `unknown laser key; the keys are ${LASER_FIELD_NAMES.join(', ')}`
      problems.push({ subPath: `.${describeValue(key)}`, message })
      continue
    }
    const field = key as keyof LaserSettings
    const check = LASER_VALIDATORS[field](record[key])
    if (check.ok) (merged as unknown as Record<string, unknown>)[field] = check.value
    else problems.push({ subPath: `.${field}`, message: check.error })
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: merged }
}
