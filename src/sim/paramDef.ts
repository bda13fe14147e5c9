// Small constructor for ParamDef entries, shared by the registries (params.ts, siteParams.ts).
import type { Confidence, ParamDef } from './types'

export function def(
  key: string,
  label: string,
  unit: string,
  range: readonly [number, number],
  value: number,
  source: string,
  confidence: Confidence,
  note?: string,
): ParamDef {
  const entry: ParamDef = {
    key,
    label,
    unit,
    min: range[0],
    max: range[1],
    default: value,
    source,
    confidence,
  }
  if (note !== undefined) entry.note = note
  return entry
}

/** A range of ±fraction around a value, for figures whose source gives no spread (stated in each note). */
export function spread(value: number, fraction: number): [number, number] {
  return [round3(value * (1 - fraction)), round3(value * (1 + fraction))]
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000
}
