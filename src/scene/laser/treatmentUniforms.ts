// The uniforms every treated material shares (the same IUniform objects are spread into each material, so one
// write reaches all of them) and the data textures built from a plan (src/sim/treatment.ts) and its pulse.
import * as THREE from 'three'
import type { SkinBlock } from '../../sim'
import type { PulseResult } from '../../sim/laser/types'
import {
  WOUND_MASK_SIZE,
  profileTexels,
  radiusByDepthTexels,
  sweepPositionAt,
  thermalTexels,
  woundMaskTexels,
  type TreatmentPlan,
} from '../../sim/treatment'
import { linearColor } from '../materials'
import { HEAT_FADE_IN, HEAT_RANGE_C, TREAT_COLOURS } from './colormap'

export interface TreatmentUniforms {
  [name: string]: THREE.IUniform
}

/** Emitter samples along the continuous sweep (plume and flash positions), count. */
const SWEEP_EMITTERS = 160

function floatTexture(data: Float32Array, width: number, height: number, linear: boolean): THREE.DataTexture {
  const t = linear
    ? new THREE.DataTexture(toHalf(data), width, height, THREE.RGBAFormat, THREE.HalfFloatType)
    : new THREE.DataTexture(data, width, height, THREE.RGBAFormat, THREE.FloatType)
  // half floats filter linearly on every WebGL2 device; 32-bit floats are read with nearest filtering only
  t.minFilter = t.magFilter = linear ? THREE.LinearFilter : THREE.NearestFilter
  t.wrapS = t.wrapT = THREE.ClampToEdgeWrapping
  t.generateMipmaps = false
  t.needsUpdate = true
  return t
}

function toHalf(data: Float32Array): Uint16Array {
  const out = new Uint16Array(data.length)
  for (let i = 0; i < data.length; i++) out[i] = THREE.DataUtils.toHalfFloat(data[i])
  return out
}

const EMPTY = floatTexture(new Float32Array([0, 0, -1, 0]), 1, 1, false)
const EMPTY_HALF = floatTexture(new Float32Array([0, 0, 0, 0]), 1, 1, true)

export function createTreatmentUniforms(): TreatmentUniforms {
  return {
    uTreatKind: { value: 0 },
    uClockS: { value: 0 },
    uMsPerDisplayS: { value: 10 },
    uPulseEndMs: { value: 1 },
    uSnapMs: { value: new THREE.Vector4(1, 3, 11, 51) },
    uSettleMs: { value: 10 },
    uWoundMask: { value: EMPTY },
    uBlockUm: { value: new THREE.Vector2(2000, 2000) },
    uProfileTex: { value: EMPTY_HALF },
    uProfileSpanUm: { value: 1 },
    uRadiusTex: { value: EMPTY_HALF },
    uRadiusSpanUm: { value: 1 },
    uThermalTex: { value: EMPTY_HALF },
    uThermalSpanUm: { value: new THREE.Vector2(1, 1) },
    uContinuousUm: { value: new THREE.Vector2(0, 0) },
    uHeatRangeC: { value: new THREE.Vector2(HEAT_RANGE_C[0], HEAT_RANGE_C[1]) },
    uHeatFadeIn: { value: new THREE.Vector2(HEAT_FADE_IN[0], HEAT_FADE_IN[1]) },
    uColEschar: { value: linearColor(TREAT_COLOURS.eschar) },
    uColCoag: { value: linearColor(TREAT_COLOURS.coagulated) },
    uColCrater: { value: linearColor(TREAT_COLOURS.crater) },
    // plume and flash: where and when each emission happens (MTZs in scan order, or samples of the sweep)
    uEmitters: { value: EMPTY },
    uEmitterCount: { value: 0 },
    uEmittersFired: { value: 0 },
  }
}

/** Emitters in scan order: (world x, world z, fire time s, 1), as a width × 1 float texture. */
function emitterTexels(plan: TreatmentPlan, block: SkinBlock): { data: Float32Array; count: number } {
  const toX = (xUm: number) => (xUm - block.widthUm / 2) / 1000
  const toZ = (yUm: number) => (block.lengthUm / 2 - yUm) / 1000
  if (plan.mode === 'continuous' && plan.sweep) {
    const s = plan.sweep
    const data = new Float32Array(SWEEP_EMITTERS * 4)
    const at = { xUm: 0, yUm: 0 }
    const span = s.rows * s.rowDurationS
    for (let k = 0; k < SWEEP_EMITTERS; k++) {
      const t = s.startS + (k / SWEEP_EMITTERS) * span
      sweepPositionAt(s, t, at)
      data.set([toX(at.xUm), toZ(at.yUm), t, 1], 4 * k)
    }
    return { data, count: SWEEP_EMITTERS }
  }
  const n = plan.mtzOrder.length
  const data = new Float32Array(Math.max(1, n) * 4)
  for (let k = 0; k < n; k++) {
    const m = plan.mtzOrder[k]
    data.set([toX(plan.centresUm[2 * m]), toZ(plan.centresUm[2 * m + 1]), plan.fireTimeS[m], 1], 4 * k)
  }
  return { data, count: n }
}

/** Uploads a plan's textures and figures; returns the disposer of its textures. */
export function applyTreatment(
  u: TreatmentUniforms,
  plan: TreatmentPlan,
  pulse: PulseResult,
  block: SkinBlock,
): () => void {
  const t = plan.timing
  const reachUm = Math.max(plan.profile.spanUm, plan.profile.damageRadiusUm)
  const mask = floatTexture(woundMaskTexels(plan, reachUm), WOUND_MASK_SIZE, WOUND_MASK_SIZE, false)
  const profile = floatTexture(profileTexels(plan), plan.profile.radiiUm.length, 1, true)
  const radii = radiusByDepthTexels(plan)
  const radiusTex = floatTexture(radii.data, radii.data.length / 4, 1, true)
  const thermal = thermalTexels(pulse)
  const thermalTex = floatTexture(thermal.data, thermal.nr, thermal.nz, true)
  const emitters = emitterTexels(plan, block)
  const emitterTex = floatTexture(emitters.data, Math.max(1, emitters.count), 1, false)

  u.uTreatKind.value = plan.mode === 'continuous' ? 2 : plan.mode === 'fractional' ? 1 : 0
  u.uClockS.value = 0
  u.uMsPerDisplayS.value = 1000 / t.slowFactor
  u.uPulseEndMs.value = t.pulseEndMs
  ;(u.uSnapMs.value as THREE.Vector4).fromArray(thermal.timesMs)
  u.uSettleMs.value = (t.settleDisplayS * 1000) / t.slowFactor
  u.uWoundMask.value = mask
  ;(u.uBlockUm.value as THREE.Vector2).set(plan.widthUm, plan.lengthUm)
  u.uProfileTex.value = profile
  u.uProfileSpanUm.value = Math.max(1, plan.profile.spanUm)
  u.uRadiusTex.value = radiusTex
  u.uRadiusSpanUm.value = radii.spanUm
  u.uThermalTex.value = thermalTex
  ;(u.uThermalSpanUm.value as THREE.Vector2).set(thermal.nr * thermal.cellUm, thermal.nz * thermal.cellUm)
  ;(u.uContinuousUm.value as THREE.Vector2).set(plan.sweep?.depthUm ?? 0, plan.sweep?.coagulationDepthUm ?? 0)
  u.uEmitters.value = emitterTex
  u.uEmitterCount.value = emitters.count
  u.uEmittersFired.value = 0
  return () => {
    resetTreatmentUniforms(u)
    for (const tex of [mask, profile, radiusTex, thermalTex, emitterTex]) tex.dispose()
  }
}

/** Back to the untreated block. */
export function resetTreatmentUniforms(u: TreatmentUniforms): void {
  u.uTreatKind.value = 0
  u.uClockS.value = 0
  u.uWoundMask.value = EMPTY
  u.uProfileTex.value = EMPTY_HALF
  u.uRadiusTex.value = EMPTY_HALF
  u.uThermalTex.value = EMPTY_HALF
  u.uEmitters.value = EMPTY
  u.uEmitterCount.value = 0
  u.uEmittersFired.value = 0
}
