// The checks the scenario sections share (scenarioLaser.ts, scenarioCourse.ts, scenarioTopical.ts): a field's
// accepted value, or one error line without the path, which the section prefixes (`laser.energyMj: …`).
import { describeValue } from './describeValue'
import type { ParamDef } from './types'

export type FieldCheck<T> = { ok: true; value: T } | { ok: false; error: string }

/** A finite number within the parameter's range (an integer if asked), its unit in the message. */
export function numberIn(def: ParamDef, integer = false) {
  return (value: unknown): FieldCheck<number> => {
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      value >= def.min &&
      value <= def.max &&
      (!integer || Number.isInteger(value))
    if (ok) return { ok: true, value }
    const kind = integer ? 'an integer' : 'a number'
    const unit = def.unit === '' || def.unit === '%' ? def.unit : ` ${def.unit}`
    return {
      ok: false,
      error: `must be ${kind} from ${def.min} to ${def.max}${unit}, got ${describeValue(value)}`,
    }
  }
}

/** One of a list of names. */
export function oneOf<T extends string>(choices: T[], what: string) {
  return (value: unknown): FieldCheck<T> =>
    typeof value === 'string' && (choices as string[]).includes(value)
      ? { ok: true, value: value as T }
      : { ok: false, error: `${describeValue(value)} is not ${what}; use one of ${choices.join(', ')}` }
}
