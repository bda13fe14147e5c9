// Helpers shared by the parameter tables of each model (laserParams.ts, patternParams.ts, healingParams.ts,
// cohortParams.ts, transportParams.ts): one line per parameter, and a lookup that fails loudly on a typo.
import type { Confidence, ParamDef, SourceRef } from './types'

/** One parameter: value, unit, source id, confidence, a note on why; range defaults to the value alone. */
export function defineParam(
  key: string,
  label: string,
  unit: string,
  value: number,
  source: string,
  confidence: Confidence,
  note: string,
  range: [number, number] = [value, value],
): ParamDef {
  return { key, label, unit, min: range[0], max: range[1], default: value, source, confidence, note }
}

/** Lookup of a table's ParamDef by key; throws `Unknown <model> parameter: key` so typos fail in tests. */
export function paramLookup(table: readonly ParamDef[], model: string): (key: string) => ParamDef {
  const byKey = new Map(table.map((p) => [p.key, p]))
  return (key) => {
    const def = byKey.get(key)
    if (!def) throw new Error(`Unknown ${model} parameter: ${key}`)
    return def
  }
}

/** One entry of a model's citation table (merged into the project registry, src/sim/registry.ts). */
export function defineSource(id: string, citation: string): SourceRef {
  return { id, citation }
}
