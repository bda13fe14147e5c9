// Messages between the main thread and the healing worker (healing.worker.ts). Plain data only: the run and the
// cohort results are made of numbers, strings and typed arrays, whose buffers are transferred (not copied).
import type { CohortConfig, CohortResult, HealingInput, HealingRun } from '../sim/healing'

/** One arm of a cohort comparison (e.g. NB-UVB alone), run with its own course. */
export interface CohortArmRequest {
  id: string
  config: CohortConfig
}

export type HealingRequest =
  | { kind: 'run'; id: number; input: Omit<HealingInput, 'doses'> }
  | { kind: 'cohort'; id: number; arms: CohortArmRequest[] }

export type HealingResponse =
  | { kind: 'run'; id: number; ok: true; run: HealingRun }
  | { kind: 'cohort'; id: number; ok: true; arms: { id: string; result: CohortResult }[]; computeMs: number }
  | { kind: 'progress'; id: number; done: number; total: number }
  | { kind: 'run' | 'cohort'; id: number; ok: false; error: string }

/** Every distinct ArrayBuffer under a value (typed arrays in objects and arrays), for postMessage's transfer list. */
export function transferablesOf(value: unknown, out: Set<ArrayBuffer> = new Set()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) out.add(value.buffer)
  } else if (Array.isArray(value)) {
    for (const v of value) transferablesOf(v, out)
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) transferablesOf(v, out)
  }
  return [...out]
}
