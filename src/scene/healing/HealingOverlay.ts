// The surface and cut-face overlay of the Heal view (shaders/healingOverlay.*): one mesh of two quads, one draw
// call. Every frame update() packs the state's grid fields into one RGBA8 DataTexture (nx × ny = 50 × 50 texels):
// pigment coverage inside the lesion, open epidermis, and the glow of MMP-2 and growth factors. No allocation per
// frame: the texture's bytes are rewritten in place.
import * as THREE from 'three'
import type { HealingRun, HealingState, SkinBlock } from '../../sim'
import noiseGlsl from '../../../shaders/noise.glsl?raw'
import overlayVert from '../../../shaders/healingOverlay.vert?raw'
import overlayFrag from '../../../shaders/healingOverlay.frag?raw'
import type { FieldOverlay } from '../../state/healingSlice'
import type { SectionFrame } from '../coords'
import { RENDER_ORDER } from '../materials'
import {
  COLUMN_COLORS,
  COLUMN_REMODEL_HOURS,
  FIELD_GLOW,
  FIELD_GLOW_SCALE,
  SURFACE_COLORS,
} from './healingPalette'
import { WoundChannels } from './woundChannels'

/** Depths of one pulse's crater and thermal damage, µm (from the laser report; 0 when the laser is off). */
export interface ColumnDepths {
  ablationUm: number
  damageUm: number
}

/** Lift of the surface quad above the skin and of the cut quad in front of the cut face, mm (no z-fighting). */
const LIFT_MM = 0.0004
/** Depth of tissue the cut-face quad covers at least, µm (the glow fades within ≈ 600 µm of the junction). */
const CUT_QUAD_DEPTH_UM = 900

function overlayGeometry(f: SectionFrame, depthUm: number): THREE.BufferGeometry {
  const { halfW: w, cutZ: c, backZ: k } = f
  const y0 = -Math.min(-f.bottomY * 1000, Math.max(CUT_QUAD_DEPTH_UM, depthUm + 50)) / 1000
  const zc = c + LIFT_MM
  // prettier-ignore
  const pos = [
    -w, LIFT_MM, c, w, LIFT_MM, c, w, LIFT_MM, k, -w, LIFT_MM, k, // surface
    -w, y0, zc, w, y0, zc, w, 0, zc, -w, 0, zc, // cut face
  ]
  const g = new THREE.BufferGeometry()
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3))
  g.setAttribute('aFace', new THREE.Float32BufferAttribute([0, 0, 0, 0, 1, 1, 1, 1], 1))
  g.setIndex([0, 1, 2, 0, 2, 3, 4, 5, 6, 4, 6, 7])
  g.computeBoundingSphere()
  return g
}

export class HealingOverlay {
  readonly mesh: THREE.Mesh
  private readonly texture: THREE.DataTexture
  private readonly bytes: Uint8Array
  /** False until the field texture has been uploaded once. */
  private uploaded = false
  private readonly lesionShare: Float32Array
  private readonly material: THREE.ShaderMaterial
  private readonly wounds: WoundChannels
  private readonly quadDepthUm: number
  private readonly glowColors = {
    mmp2: new THREE.Color(FIELD_GLOW.mmp2.color),
    growthFactor: new THREE.Color(FIELD_GLOW.growthFactor.color),
  }

  constructor(run: HealingRun, block: SkinBlock, frame: SectionFrame, depths: ColumnDepths) {
    const { nx, ny } = run.grid
    this.wounds = new WoundChannels(run)
    this.quadDepthUm = depths.damageUm
    this.bytes = new Uint8Array(nx * ny * 4)
    this.lesionShare = run.lesionShare
    this.texture = new THREE.DataTexture(this.bytes, nx, ny, THREE.RGBAFormat, THREE.UnsignedByteType)
    this.texture.magFilter = THREE.LinearFilter
    this.texture.minFilter = THREE.LinearFilter
    this.texture.wrapS = THREE.ClampToEdgeWrapping
    this.texture.wrapT = THREE.ClampToEdgeWrapping
    this.texture.needsUpdate = true
    this.material = new THREE.ShaderMaterial({
      name: 'healing-overlay',
      uniforms: {
        uFields: { value: this.texture },
        uWidthUm: { value: run.grid.nx * run.grid.cellUm },
        uLengthUm: { value: run.grid.ny * run.grid.cellUm },
        uDejUm: { value: block.depths.dermoEpidermalJunctionUm },
        uField: { value: 1 },
        uGlowColor: { value: this.glowColors.mmp2.clone() },
        uPigment: { value: new THREE.Color(SURFACE_COLORS.pigment) },
        uOpen: { value: new THREE.Color(SURFACE_COLORS.openChannel) },
        uEschar: { value: new THREE.Color(SURFACE_COLORS.eschar) },
        uCrater: { value: new THREE.Color(COLUMN_COLORS.crater) },
        uCoag: { value: new THREE.Color(COLUMN_COLORS.coagulated) },
        uGranulation: { value: new THREE.Color(COLUMN_COLORS.granulation) },
        uWounds: { value: this.wounds.texture },
        uWoundSpanUm: { value: this.wounds.spanUm() },
        uHourNow: { value: 0 },
        uStartH: { value: this.wounds.startH },
        uMaxCloseH: { value: this.wounds.maxCloseH },
        uLatest: { value: -1 },
        uEscharShare: { value: 0 },
        uMendShare: { value: 0 },
        uContinuous: { value: 0 },
        uAblationUm: { value: depths.ablationUm },
        uDamageUm: { value: depths.damageUm },
        uRemodelH: { value: COLUMN_REMODEL_HOURS },
      },
      vertexShader: overlayVert,
      fragmentShader: noiseGlsl + '\n' + overlayFrag,
      transparent: false, // stays in the opaque list so renderOrder puts it between the cut face and the cells
      depthWrite: false,
      blending: THREE.CustomBlending,
      blendSrc: THREE.OneFactor,
      blendDst: THREE.OneMinusSrcAlphaFactor,
      side: THREE.DoubleSide,
    })
    this.mesh = new THREE.Mesh(overlayGeometry(frame, this.quadDepthUm), this.material)
    this.mesh.name = 'healing-overlay'
    this.mesh.renderOrder = RENDER_ORDER.cutFace + 0.5
    this.mesh.frustumCulled = false
  }

  setFrame(frame: SectionFrame): void {
    this.mesh.geometry.dispose()
    this.mesh.geometry = overlayGeometry(frame, this.quadDepthUm)
  }

  setField(field: FieldOverlay): void {
    const u = this.material.uniforms
    u.uField.value = field === 'mmp2' ? 1 : field === 'growthFactor' ? 2 : 0
    if (field !== 'none') (u.uGlowColor.value as THREE.Color).copy(this.glowColors[field])
  }

  update(state: HealingState): void {
    const b = this.bytes
    const lesion = this.lesionShare
    const k = -1 / FIELD_GLOW_SCALE
    // the fields change slowly: upload the texture only when one of its 8-bit texels actually changed (every
    // upload is a round of GL calls, which a software renderer makes expensive)
    let changed = false
    for (let i = 0; i < lesion.length; i++) {
      const o = 4 * i
      const r = (255 * Math.min(1, state.coverage[i]) * lesion[i]) | 0
      const g = (255 * Math.min(1, state.openEpidermis[i])) | 0
      const bl = (255 * (1 - Math.exp(k * Math.max(0, state.mmp2[i])))) | 0
      const a = (255 * (1 - Math.exp(k * Math.max(0, state.growthFactor[i])))) | 0
      if (b[o] !== r || b[o + 1] !== g || b[o + 2] !== bl || b[o + 3] !== a) {
        b[o] = r
        b[o + 1] = g
        b[o + 2] = bl
        b[o + 3] = a
        changed = true
      }
    }
    if (changed || !this.uploaded) this.texture.needsUpdate = true
    this.uploaded = true
    const hour = state.timeDays * 24
    this.wounds.update(hour, state.figures)
    const u = this.material.uniforms
    u.uHourNow.value = hour
    u.uLatest.value = this.wounds.latestChannel
    u.uEscharShare.value = this.wounds.escharShare
    u.uMendShare.value = this.wounds.mendShare
    u.uContinuous.value = this.wounds.continuous ? 1 : 0
  }

  dispose(): void {
    this.wounds.dispose()
    this.mesh.geometry.dispose()
    this.material.dispose()
    this.texture.dispose()
  }
}
