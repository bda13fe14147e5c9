// One view over every parameter registry and every citation, for the UI ("where does this number come from?"),
// the docs and the tests. Each capability keeps its own registry next to its code; this file only joins them.
import type { ParamDef, SourceRef } from './types'
import { PARAMS } from './params'
import { SOURCES } from './sources'
import { LASER_PARAMS, LASER_SOURCES } from './laser'
import { PATTERN_PARAMS, PATTERN_SOURCES } from './pattern'
import { COHORT_PARAMS, HEALING_PARAMS, HEALING_SOURCES } from './healing'
import { TRANSPORT_PARAMS, TRANSPORT_SOURCES } from './transport'

/** Every registered parameter of the model, anatomy first. Keys are unique across registries. */
export const ALL_PARAMS: ParamDef[] = [
  ...PARAMS,
  ...LASER_PARAMS,
  ...PATTERN_PARAMS,
  ...HEALING_PARAMS,
  ...COHORT_PARAMS,
  ...TRANSPORT_PARAMS,
]

/** Every citation. Where two registries share an id, the anatomy registry's wording wins (same source). */
export const ALL_SOURCES: Record<string, SourceRef> = {
  ...TRANSPORT_SOURCES,
  ...HEALING_SOURCES,
  ...PATTERN_SOURCES,
  ...LASER_SOURCES,
  ...SOURCES,
}

const byKey = new Map(ALL_PARAMS.map((p) => [p.key, p]))

/** The definition of any registered parameter, or undefined. */
export function findParam(key: string): ParamDef | undefined {
  return byKey.get(key)
}

/** The full citation of a source id, or the id itself if it is unknown. */
export function citationOf(sourceId: string): string {
  return ALL_SOURCES[sourceId]?.citation ?? sourceId
}
