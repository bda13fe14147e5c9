// Shader materials of the Explore view: the layered skin block and the structures of the thick section.
import * as THREE from 'three'
import noiseGlsl from '../../shaders/noise.glsl?raw'
import sectionVert from '../../shaders/skinSection.vert?raw'
import sectionCommonGlsl from '../../shaders/skinSectionCommon.glsl?raw'
import skinLayersGlsl from '../../shaders/skinLayers.glsl?raw'
import sectionFrag from '../../shaders/skinSection.frag?raw'
import structureVert from '../../shaders/structure.vert?raw'
import structureFrag from '../../shaders/structure.frag?raw'
import thermalGlsl from '../../shaders/thermal.glsl?raw'
import { SITES, type SkinBlock } from '../sim'
import { PALETTE } from './palette'
import type { SectionFrame } from './coords'

/** Key light direction shared by the block shader and the structures (world space, normalised). */
export const LIGHT_DIR = new THREE.Vector3(0.38, 0.78, 0.5).normalize()

export const MAX_LESION_RADII = 64
export const MAX_PORES = 64

/** Draw order: opaque block faces, then the cut face (no depth write), then the structures of the slab. */
export const RENDER_ORDER = { occluder: -1, block: 0, cutFace: 1, structures: 2, overlay: 3 } as const

export function linearColor(hex: string): THREE.Color {
  return new THREE.Color(hex)
}

export interface SectionUniforms {
  [name: string]: THREE.IUniform
}

/** One uniforms object shared by the block's faces and the cut face (both materials read the same values). */
export function createSectionUniforms(): SectionUniforms {
  const radii: THREE.Vector4[] = []
  for (let i = 0; i < MAX_LESION_RADII / 4; i++) radii.push(new THREE.Vector4())
  const pores: THREE.Vector4[] = []
  for (let i = 0; i < MAX_PORES; i++) pores.push(new THREE.Vector4())
  return {
    uHalfW: { value: 1 },
    uHalfL: { value: 1 },
    uBottomY: { value: -2 },
    uCutZ: { value: 0 },
    uBackZ: { value: -1 },
    uScBottom: { value: 20 },
    uDej: { value: 80 },
    uPapBottom: { value: 300 },
    uRetBottom: { value: 1500 },
    uBasalUm: { value: 10 },
    uRidgeAmp: { value: 0 },
    uRidgeWl: { value: 200 },
    uLesionC: { value: new THREE.Vector2() },
    uLesionR: { value: radii },
    uLesionN: { value: 0 },
    uBorderBand: { value: 50 },
    uGlabrous: { value: 0 },
    uFollicles: { value: pores },
    uFollicleCount: { value: 0 },
    uLightDir: { value: LIGHT_DIR.clone() },
    uColSC: { value: linearColor(PALETTE.stratumCorneum) },
    uColEpi: { value: linearColor(PALETTE.viableEpidermis) },
    uColEpiLes: { value: linearColor(PALETTE.viableEpidermisLesion) },
    uColBasal: { value: linearColor(PALETTE.basalLayer) },
    uColPap: { value: linearColor(PALETTE.papillaryDermis) },
    uColRet: { value: linearColor(PALETTE.reticularDermis) },
    uColSub: { value: linearColor(PALETTE.subcutis) },
    uColSkin: { value: linearColor(PALETTE.skinSurface) },
    uColSkinLes: { value: linearColor(PALETTE.skinSurfaceLesion) },
    uColBorder: { value: linearColor(PALETTE.lesionBorder) },
  }
}

/** Writes what the sim says about the block into the section uniforms (drawing only, no science). */
export function writeBlockUniforms(u: SectionUniforms, block: SkinBlock): void {
  const d = block.depths
  u.uScBottom.value = d.stratumCorneumBottomUm
  u.uDej.value = d.dermoEpidermalJunctionUm
  u.uPapBottom.value = d.papillaryDermisBottomUm
  u.uRetBottom.value = d.reticularDermisBottomUm
  u.uBasalUm.value = block.layers.basalLayerUm
  u.uRidgeAmp.value = block.ridges.amplitudeUm
  u.uRidgeWl.value = Math.max(1, block.ridges.wavelengthUm)
  const lesion = block.lesion
  ;(u.uLesionC.value as THREE.Vector2).set(lesion.centreXUm, lesion.centreYUm)
  const radii = u.uLesionR.value as THREE.Vector4[]
  const n = Math.min(MAX_LESION_RADII, lesion.radiiUm.length)
  for (let i = 0; i < MAX_LESION_RADII; i++) {
    const v = radii[i >> 2]
    const r = i < n ? lesion.radiiUm[i] : 0
    v.setComponent(i & 3, r)
  }
  u.uLesionN.value = n
  u.uBorderBand.value = lesion.borderBandUm
  // drawing choice: the palm's surface shows friction ridges instead of crossing skin lines
  u.uGlabrous.value = block.site === 'palm' ? 1 : 0
  const pores = u.uFollicles.value as THREE.Vector4[]
  const count = Math.min(MAX_PORES, block.follicles.length)
  const openingToOrs = SITES[block.site]?.follicles.openingRadiusToOrs ?? 1.7
  for (let i = 0; i < count; i++) {
    const f = block.follicles[i]
    pores[i].set(f.xUm, f.yUm, f.outerRootSheathRadiusUm * openingToOrs, f.inLesion ? 1 : 0)
  }
  u.uFollicleCount.value = count
}

export function writeFrameUniforms(u: SectionUniforms, f: SectionFrame): void {
  u.uHalfW.value = f.halfW
  u.uHalfL.value = f.halfL
  u.uBottomY.value = f.bottomY
  u.uCutZ.value = f.cutZ
  u.uBackZ.value = f.backZ
}

/**
 * The section material. `uniforms` must include the treatment uniforms (laser/treatmentUniforms.ts): the faces
 * show the pass (craters, coagulated rims, heat). `woundBed`: the floor left by continuous resurfacing.
 */
export function createSectionMaterial(
  uniforms: SectionUniforms,
  cutFace: boolean,
  woundBed = false,
): THREE.ShaderMaterial {
  const m = new THREE.ShaderMaterial({
    name: woundBed ? 'skin-wound-bed' : cutFace ? 'skin-cut-face' : 'skin-block',
    uniforms,
    vertexShader: sectionVert,
    fragmentShader: [noiseGlsl, thermalGlsl, sectionCommonGlsl, skinLayersGlsl, sectionFrag].join('\n'),
    side: THREE.FrontSide,
    // The cut face does not write depth: the follicles and cells of the thick section behind it draw over it,
    // while the other faces (which write depth) still hide everything inside the block.
    depthWrite: !cutFace,
    defines: woundBed ? { WOUND_BED: '' } : {},
  })
  return m
}

export interface StructureUniforms {
  [name: string]: THREE.IUniform
}

/** Clip and depth-cue uniforms shared by every structure material. */
export function createStructureClipUniforms(): StructureUniforms {
  return {
    uCutZ: { value: 0 },
    uSlabBackZ: { value: -0.4 },
    uHalfW: { value: 1 },
    uBackZ: { value: -1 },
    uBottomY: { value: -2 },
    uLightDir: { value: LIGHT_DIR.clone() },
    uFadeTint: {
      value: linearColor(PALETTE.reticularDermis).lerp(linearColor(PALETTE.papillaryDermis), 0.5),
    },
    uFade: { value: 0.32 },
  }
}

export function writeStructureClip(u: StructureUniforms, f: SectionFrame): void {
  u.uCutZ.value = f.cutZ
  u.uSlabBackZ.value = f.slabBackZ
  u.uHalfW.value = f.halfW
  u.uBackZ.value = f.backZ
  u.uBottomY.value = f.bottomY
}

export interface StructureMaterialOptions {
  name: string
  /** Shared clip uniforms (the same objects are referenced, so one write updates every structure material). */
  clip: StructureUniforms
  color?: string
  vertexColors?: boolean
  emissive?: string
  emissiveStrength?: number
  rimDark?: number
  bias?: boolean
  /** The geometry has a per-vertex aRootZ (follicles): hair shafts above the surface follow their root. */
  rootZ?: boolean
  /** Shared treatment uniforms (laser/treatmentUniforms.ts), needed by `wound` and `effect`. */
  treat?: { [name: string]: THREE.IUniform }
  /** Craters cut the structure and the coagulated zone greys it (follicles). */
  wound?: boolean
  /** Per-instance aEffect / aHitS attributes: ablated instances vanish, coagulated ones grey (cells). */
  effect?: boolean
}

export function createStructureMaterial(o: StructureMaterialOptions): THREE.ShaderMaterial {
  const emissive = o.emissive
    ? linearColor(o.emissive).multiplyScalar(o.emissiveStrength ?? 0.3)
    : new THREE.Color(0, 0, 0)
  const wound = !!(o.wound && o.treat)
  const effect = !!(o.effect && o.treat)
  const m = new THREE.ShaderMaterial({
    name: o.name,
    uniforms: {
      ...o.clip,
      ...(o.treat ?? {}),
      uColor: { value: linearColor(o.color ?? '#ffffff') },
      uEmissive: { value: emissive },
      uRimDark: { value: o.rimDark ?? 0.45 },
    },
    vertexShader: structureVert,
    fragmentShader: (wound ? thermalGlsl + '\n' : '') + structureFrag,
    vertexColors: o.vertexColors ?? false,
    side: THREE.DoubleSide,
    defines: {
      ...(o.bias ? { USE_BIAS: '' } : {}),
      ...(o.rootZ ? { USE_ROOTZ: '' } : {}),
      ...(wound ? { USE_WOUND: '' } : {}),
      ...(effect ? { USE_EFFECT: '' } : {}),
    },
  })
  return m
}
