// The treatment pass: planTreatment(block, pattern, pulse) → the serpentine order and display time of every MTZ,
// what each column does to the melanocytes, precursors, T cells and follicles of the block, and the hit counts.
// Deterministic; no React, three.js or DOM. The view draws this plan and computes nothing of its own.
//
// Depth rule (see treat/effects.ts): ablated above the crater depth at the point's radius from the MTZ axis,
// coagulated between the crater depth and the Ω ≥ 1 depth; in continuous mode the whole surface is ablated to
// the pulse's ablation depth and coagulated to its thermal-damage depth.
// A column that reaches a follicle's bulge matters for vitiligo: the bulge holds the melanocyte stem cells that
// repigment the lesion (REFERENCE §5.1), so the figures count follicles damaged down to the bulge.
import type { SkinBlock } from './types'
import type { Pattern } from './pattern/types'
import type { PulseResult } from './laser/types'
import type { Scenario } from './scenario'
import type { ContinuousSweep, ScanTiming, TreatmentPlan } from './treat/types'
import { patternForLaser, pulseForLaser } from './laserPulse'
import { generateSkinBlock } from './anatomy'
import { continuousSchedule, fractionalSchedule, mtzProfileOf } from './treat/scan'
import { CentreBuckets, cellEffectsOf, follicleHitsOf } from './treat/effects'

export type * from './treat/types'
export {
  SLOW_FACTOR,
  SCAN_TARGET_S,
  LEAD_IN_S,
  profileAt,
  firedCountAt,
  sweepPositionAt,
  sweepTimeAt,
  serpentineOrder,
  cutFractionThroughCraters,
} from './treat/scan'
export { CentreBuckets, effectAtPoint, effectAtRadius, type PointEffect } from './treat/effects'
export {
  woundMaskTexels,
  profileTexels,
  radiusByDepthTexels,
  thermalTexels,
  WOUND_MASK_SIZE,
  type ThermalTexels,
} from './treat/texels'

/** Largest radius of the follicles' epithelial tubes, µm (how far from an MTZ a follicle can still be hit). */
function widestFollicleUm(block: SkinBlock): number {
  let widest = 0
  for (const f of block.follicles) widest = Math.max(widest, f.outerRootSheathRadiusUm, f.bulbRadiusUm)
  return widest
}

/** Plans one pass of `pattern` (made with `pulse`) over `block`. Mode 'none' gives an empty plan. */
export function planTreatment(block: SkinBlock, pattern: Pattern, pulse: PulseResult): TreatmentPlan {
  const profile = mtzProfileOf(pulse)
  const fractional = pattern.mode === 'fractional'
  let mtzOrder: Uint32Array = new Uint32Array(0)
  let fireTimeS: Float32Array = new Float32Array(0)
  let sweep: ContinuousSweep | null = null
  let timing: ScanTiming
  if (fractional) {
    const s = fractionalSchedule(pattern, pulse)
    ;({ order: mtzOrder, fireTimeS, timing } = s)
  } else {
    const s = continuousSchedule(pattern.widthUm, pattern.lengthUm, pulse)
    timing = s.timing
    if (pattern.mode === 'continuous') sweep = s.sweep
  }
  const centresUm = fractional ? pattern.centresUm : new Float32Array(0)
  const core = { mode: pattern.mode, centresUm, fireTimeS, sweep, profile }
  const buckets = fractional
    ? new CentreBuckets(
        centresUm,
        pattern.widthUm,
        pattern.lengthUm,
        profile.damageRadiusUm + widestFollicleUm(block),
      )
    : null
  const cells = cellEffectsOf(core, buckets, block)
  const follicleHits = follicleHitsOf(core, buckets, block.follicles)
  let hit = 0
  let toBulge = 0
  for (let i = 0; i < block.follicles.length; i++) {
    hit += follicleHits.hit[i]
    toBulge += follicleHits.reachesBulge[i]
  }
  return {
    ...core,
    widthUm: pattern.widthUm,
    lengthUm: pattern.lengthUm,
    mtzCount: fractional ? pattern.count : 0,
    mtzOrder,
    timing,
    cellEffects: cells.effects,
    cellHitBy: cells.hitBy,
    cellHitTimeS: cells.hitTimeS,
    follicleHits,
    hitCounts: { ...cells.counts, follicles: { hit, toBulge, total: block.follicles.length } },
  }
}

/**
 * The pulse and the pattern behind simulateScenario's report, built from the same inputs (report.ts), for the
 * plan and the view. null for laser mode 'none'. The unit tests check that both agree with the report.
 */
export function scenarioTreatmentInputs(
  scenario: Scenario,
  block: SkinBlock = generateSkinBlock(scenario.site, scenario.seed),
): { block: SkinBlock; pulse: PulseResult; pattern: Pattern } | null {
  const laser = scenario.laser
  if (laser.mode === 'none') return null
  const pulse = pulseForLaser(scenario.site, laser)
  const pattern = patternForLaser({ ...laser, mode: laser.mode }, pulse, block, scenario.seed)
  return { block, pulse, pattern }
}
