// The scenario's `topical` section: which agent is applied, how strong, for how long and how soon after the
// laser. A partial object merges onto the current settings; every bad field gives one error line with its path
// (topical.concentrationPercent: …, topical.custom.logP: …). Same style as scenarioLaser.ts.
//
// Numeric ranges and defaults are the registered ParamDefs (src/sim/transport/transportParams.ts): 5% (5-FU cream,
// REFERENCE §4.3), 3 h and 0 h after the laser (issue 5's example), custom MW 300 and log P 1. Default agent
// '5-fu': the agent whose marketed strength (5%) is the default concentration. Choosing another agent without
// giving a concentration in the same object sets that agent's clinical strength (clobetasol 0.05%, 5-FU 5%, PRP
// 2.86e-5% = its 286 ng/mL of PDGF-AB + TGF-β1, custom 1%): a 5% clobetasol cream does not exist.
import type { TopicalAgentId, TopicalSettings } from './transport/types'
import type { SectionCheck, SectionProblem } from './scenarioLaser'
import { transportParamDef } from './transport/transportParams'
import { defaultConcentrationPercent } from './transport/vehicle'
import { describeValue } from './describeValue'
import { numberIn } from './fieldChecks'

export type { TopicalSettings, TopicalAgentId }

export const TOPICAL_AGENTS: TopicalAgentId[] = ['corticosteroid', '5-fu', 'prp', 'custom']

export const TOPICAL_FIELD_PARAMS = {
  concentrationPercent: transportParamDef('transport.concentrationPercent'),
  hours: transportParamDef('transport.hours'),
  applyAfterLaserHours: transportParamDef('transport.applyAfterLaserHours'),
  molecularWeight: transportParamDef('transport.custom.molecularWeight'),
  logP: transportParamDef('transport.custom.logP'),
} as const

export const DEFAULT_TOPICAL: TopicalSettings = Object.freeze({
  agent: '5-fu',
  concentrationPercent: TOPICAL_FIELD_PARAMS.concentrationPercent.default,
  hours: TOPICAL_FIELD_PARAMS.hours.default,
  applyAfterLaserHours: TOPICAL_FIELD_PARAMS.applyAfterLaserHours.default,
  custom: Object.freeze({
    molecularWeight: TOPICAL_FIELD_PARAMS.molecularWeight.default,
    logP: TOPICAL_FIELD_PARAMS.logP.default,
  }),
}) as TopicalSettings

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const SCALARS = {
  concentrationPercent: numberIn(TOPICAL_FIELD_PARAMS.concentrationPercent),
  hours: numberIn(TOPICAL_FIELD_PARAMS.hours),
  applyAfterLaserHours: numberIn(TOPICAL_FIELD_PARAMS.applyAfterLaserHours),
}
const CUSTOM = {
  molecularWeight: numberIn(TOPICAL_FIELD_PARAMS.molecularWeight),
  logP: numberIn(TOPICAL_FIELD_PARAMS.logP),
}

export const TOPICAL_FIELD_NAMES = ['agent', ...Object.keys(SCALARS), 'custom']

function checkCustom(value: unknown, current: TopicalSettings['custom'], problems: SectionProblem[]) {
  if (!isObject(value)) {
    const message = `must be an object such as {"molecularWeight": 300, "logP": 1}, got ${describeValue(value)}`
    problems.push({ subPath: '.custom', message })
    return current
  }
  const merged = { ...current }
  for (const key of Object.keys(value)) {
    if (!(key in CUSTOM)) {
      problems.push({
        subPath: `.custom.${describeValue(key)}`,
        message: 'unknown key; the keys are molecularWeight, logP',
      })
      continue
    }
    const field = key as keyof typeof CUSTOM
    const check = CUSTOM[field](value[key])
    if (check.ok) merged[field] = check.value
    else problems.push({ subPath: `.custom.${field}`, message: check.error })
  }
  return merged
}

/** Merges a partial topical object onto `current`; unknown keys and bad values are reported all at once. */
export function checkTopicalSection(
  value: unknown,
  current: TopicalSettings = DEFAULT_TOPICAL,
): SectionCheck<TopicalSettings> {
  if (!isObject(value)) {
    const message = `must be an object such as {"agent": "5-fu", "hours": 3}, got ${describeValue(value)}`
    return { ok: false, problems: [{ subPath: '', message }] }
  }
  const merged: TopicalSettings = {
    ...DEFAULT_TOPICAL,
    ...current,
    custom: { ...(current.custom ?? DEFAULT_TOPICAL.custom) },
  }
  const problems: SectionProblem[] = []
  for (const key of Object.keys(value)) {
    const raw = value[key]
    if (key === 'agent') {
      if (typeof raw === 'string' && (TOPICAL_AGENTS as string[]).includes(raw))
        merged.agent = raw as TopicalAgentId
      else {
        const message = `${describeValue(raw)} is not a topical agent; use one of ${TOPICAL_AGENTS.join(', ')}`
        problems.push({ subPath: '.agent', message })
      }
    } else if (key === 'custom') {
      merged.custom = checkCustom(raw, merged.custom, problems)
    } else if (key in SCALARS) {
      const field = key as keyof typeof SCALARS
      const check = SCALARS[field](raw)
      if (check.ok) merged[field] = check.value
      else problems.push({ subPath: `.${field}`, message: check.error })
    } else {
      const message = `unknown topical key; the keys are ${TOPICAL_FIELD_NAMES.join(', ')}`
      problems.push({ subPath: `.${describeValue(key)}`, message })
    }
  }
  if (merged.agent !== current.agent && !('concentrationPercent' in value)) {
    merged.concentrationPercent = defaultConcentrationPercent(merged.agent)
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: merged }
}
