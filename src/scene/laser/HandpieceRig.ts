// The handpiece, its beam and pulse flash, moved along the scan order by update(plan, t) once per frame (no
// allocation: a few numbers and one matrix). Fractional mode: after each pulse the handpiece dwells briefly,
// then glides to the next MTZ and arrives as it fires. Continuous mode: it follows the sweep with the beam on.
// Before the first pulse it comes down from above; after the last one it lifts away and hides. Over the part of
// the block cut away for the view (in front of the cut face) it is drawn as a faint ghost without its flash: the
// pass covers the whole treated area, but there is no tissue drawn there to treat.
import * as THREE from 'three'
import type { SkinBlock } from '../../sim'
import { firedCountAt, sweepPositionAt, type TreatmentPlan } from '../../sim/treatment'
import handpieceVert from '../../../shaders/handpiece.vert?raw'
import handpieceFrag from '../../../shaders/handpiece.frag?raw'
import flashVert from '../../../shaders/flash.vert?raw'
import flashFrag from '../../../shaders/flash.frag?raw'
import { LIGHT_DIR, RENDER_ORDER } from '../materials'
import { buildFlashGeometry, buildHandpieceGeometry } from './handpieceGeometry'

/** How high the handpiece starts and ends above the skin, mm, and how long lifting away takes, s (display). */
const LIFT_MM = 0.9
const LIFT_S = 0.8
/** Share of each interval the handpiece dwells on the MTZ it has just fired before moving on. */
const DWELL = 0.35
/** Drawing scale of the handpiece (it is not to scale anyway); small enough to leave the block in view. */
const HANDPIECE_SCALE = 0.8
/** Opacity of the handpiece over the cut-away part, and the distance over which it fades at the cut, mm. */
const GHOST_OPACITY = 0.28
const GHOST_FADE_MM = 0.08
/** Decay time of the flash on the display clock, s. */
const FLASH_DECAY_S = 0.07

const smooth = (e0: number, e1: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)))
  return t * t * (3 - 2 * t)
}

export class HandpieceRig {
  readonly group = new THREE.Group()
  private readonly body: THREE.Mesh<THREE.BufferGeometry, THREE.ShaderMaterial>
  private readonly glow: THREE.Mesh
  private readonly glowUniforms = { uBeam: { value: 0 }, uFlash: { value: 0 } }
  private readonly bodyUniforms = { uLightDir: { value: LIGHT_DIR.clone() }, uOpacity: { value: 1 } }
  private readonly at = { xUm: 0, yUm: 0 }

  constructor() {
    this.group.name = 'laser-handpiece'
    this.group.visible = false
    this.group.scale.setScalar(HANDPIECE_SCALE)
    this.body = new THREE.Mesh(
      buildHandpieceGeometry(),
      new THREE.ShaderMaterial({
        name: 'handpiece',
        uniforms: this.bodyUniforms,
        vertexShader: handpieceVert,
        fragmentShader: handpieceFrag,
        vertexColors: true,
        transparent: true,
      }),
    )
    this.body.name = 'handpiece-body'
    this.body.renderOrder = RENDER_ORDER.overlay
    this.glow = new THREE.Mesh(
      buildFlashGeometry(),
      new THREE.ShaderMaterial({
        name: 'handpiece-flash',
        uniforms: this.glowUniforms,
        vertexShader: flashVert,
        fragmentShader: flashFrag,
        transparent: true,
        depthWrite: false,
        blending: THREE.AdditiveBlending,
        side: THREE.DoubleSide,
      }),
    )
    this.glow.name = 'handpiece-flash'
    this.glow.renderOrder = RENDER_ORDER.overlay + 1
    this.body.frustumCulled = false
    this.glow.frustumCulled = false
    this.group.add(this.body, this.glow)
  }

  private place(block: SkinBlock, xUm: number, yUm: number, liftMm: number): void {
    this.group.position.set((xUm - block.widthUm / 2) / 1000, liftMm, (block.lengthUm / 2 - yUm) / 1000)
  }

  /**
   * Poses the handpiece for scan-clock time t; flashes are skipped when the user asks for reduced motion. cutZ: the
   * world z of the cut face (tissue in front of it is not drawn).
   */
  update(
    plan: TreatmentPlan | null,
    block: SkinBlock,
    t: number,
    reducedMotion: boolean,
    cutZ = Infinity,
  ): void {
    const timing = plan?.timing
    if (!plan || !timing || plan.mode === 'none' || t >= timing.scanEndS + LIFT_S) {
      this.group.visible = false
      return
    }
    this.group.visible = true
    const approach = LIFT_MM * (1 - smooth(0, timing.leadInS, t))
    const leave = LIFT_MM * smooth(timing.scanEndS, timing.scanEndS + LIFT_S, t)
    let beam = 0
    let flash = 0
    if (plan.mode === 'continuous' && plan.sweep) {
      sweepPositionAt(plan.sweep, t, this.at)
      const on = t >= plan.sweep.startS && t <= timing.scanEndS - timing.pulseDisplayS
      beam = on ? 1 : 0
      flash = on ? 0.75 + 0.25 * Math.sin(t * 47) : 0
      this.place(block, this.at.xUm, this.at.yUm, approach + leave)
    } else {
      const order = plan.mtzOrder
      const n = order.length
      if (n === 0) {
        this.group.visible = false
        return
      }
      const fired = firedCountAt(order, plan.fireTimeS, t)
      const last = Math.max(0, fired - 1)
      const from = order[last]
      const to = order[Math.min(n - 1, fired)]
      let f = 0
      if (fired > 0 && fired < n) {
        const t0 = plan.fireTimeS[from]
        f = smooth(DWELL, 1, (t - t0) / Math.max(1e-6, plan.fireTimeS[to] - t0))
      }
      const c = plan.centresUm
      const x = fired === 0 ? c[2 * to] : c[2 * from] + (c[2 * to] - c[2 * from]) * f
      const y = fired === 0 ? c[2 * to + 1] : c[2 * from + 1] + (c[2 * to + 1] - c[2 * from + 1]) * f
      this.place(block, x, y, approach + leave)
      if (fired > 0) {
        const age = t - plan.fireTimeS[from]
        beam = age <= Math.max(timing.pulseDisplayS, 0.03) ? 1 : 0
        flash = Math.exp(-age / FLASH_DECAY_S)
      }
    }
    // over the cut-away part: a ghost, no flash (GHOST_FADE_MM of blending at the cut face)
    const kept = 1 - smooth(cutZ - GHOST_FADE_MM, cutZ + GHOST_FADE_MM, this.group.position.z)
    this.bodyUniforms.uOpacity.value = GHOST_OPACITY + (1 - GHOST_OPACITY) * kept
    this.body.material.depthWrite = kept > 0.99
    this.glowUniforms.uBeam.value = reducedMotion ? 0 : beam * kept
    this.glowUniforms.uFlash.value = reducedMotion ? 0 : flash * kept
  }

  dispose(): void {
    for (const m of [this.body, this.glow]) {
      m.geometry.dispose()
      ;(m.material as THREE.Material).dispose()
    }
  }
}
