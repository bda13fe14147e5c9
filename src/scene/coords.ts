// Sim (µm) <-> world (mm) mapping and the geometry of the cross-section. No science here: only drawing.
//
// World units: 1 unit = 1 mm, true relative scale on every axis.
//   world x =  (xUm − widthUm/2) / 1000
//   world y = −depthUm / 1000                 (skin surface at y = 0, tissue below)
//   world z =  (lengthUm/2 − yUm) / 1000      (sim y runs from the front (z = +L/2) to the back)
// The sign of z keeps the mapping a proper rotation (no mirror image): sim (x, y, up) is right-handed, and so is
// world (x, up, −y). The front of the block (sim y = 0) therefore faces the default camera at +z.
import type { SkinBlock } from '../sim'

/** Thickness of the "thick section" behind the cut face in which follicles and cells are shown, µm. */
export const SLAB_UM = 400

/** Where the cross-section and the retained part of the block are, in world units (mm). */
export interface SectionFrame {
  halfW: number
  halfL: number
  /** y of the block's bottom face (negative). */
  bottomY: number
  /** z of the cut face (sim y = cutFraction · lengthUm). Tissue with z > cutZ is removed. */
  cutZ: number
  /** z of the back of the thick-section slab. */
  slabBackZ: number
  /** z of the block's back face (sim y = lengthUm). */
  backZ: number
}

export function sectionFrame(block: SkinBlock, cutFraction: number): SectionFrame {
  const halfW = block.widthUm / 2000
  const halfL = block.lengthUm / 2000
  const cut = Math.min(0.9, Math.max(0, Number.isFinite(cutFraction) ? cutFraction : 0))
  const cutZ = halfL - (cut * block.lengthUm) / 1000
  return {
    halfW,
    halfL,
    bottomY: -block.depths.blockBottomUm / 1000,
    cutZ,
    slabBackZ: Math.max(-halfL, cutZ - SLAB_UM / 1000),
    backZ: -halfL,
  }
}

export function worldX(block: SkinBlock, xUm: number): number {
  return (xUm - block.widthUm / 2) / 1000
}
export function worldY(depthUm: number): number {
  return -depthUm / 1000
}
export function worldZ(block: SkinBlock, yUm: number): number {
  return (block.lengthUm / 2 - yUm) / 1000
}
export function simXUm(block: SkinBlock, x: number): number {
  return x * 1000 + block.widthUm / 2
}
export function simYUm(block: SkinBlock, z: number): number {
  return block.lengthUm / 2 - z * 1000
}
export function simDepthUm(y: number): number {
  return -y * 1000
}

/** Writes the world position of a sim point into out (no allocation). */
export function toWorld(
  block: SkinBlock,
  xUm: number,
  yUm: number,
  depthUm: number,
  out: { x: number; y: number; z: number },
): void {
  out.x = worldX(block, xUm)
  out.y = worldY(depthUm)
  out.z = worldZ(block, yUm)
}

/** True where a structure's point below the surface is drawn: inside the block bounds and the thick-section slab. */
export function inVisibleSlab(f: SectionFrame, x: number, y: number, z: number, marginMm = 0): boolean {
  if (z > f.cutZ + marginMm) return false
  if (y >= 0) return true
  return (
    z >= f.slabBackZ - marginMm &&
    z >= f.backZ - marginMm &&
    Math.abs(x) <= f.halfW + marginMm &&
    y >= f.bottomY - marginMm
  )
}
