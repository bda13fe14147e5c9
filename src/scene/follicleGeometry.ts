// Merged geometry of every hair follicle of a block (one draw call for all of them), built once per block.
// Each follicle follows the sim's tilted axis (follicleAxisPointUm): funnel-shaped infundibulum, outer root
// sheath with the bulge swelling and an orange marker ring, bulb (opened towards the section's viewer so the
// dermal papilla inside shows), and the hair shaft from the bulb up through the opening to a few hundred µm
// above the surface. Per-triangle part and follicle ids let hover labels name the part under the pointer.
import * as THREE from 'three'
import {
  bulbCentreDepthUm,
  bulbTopDepthUm,
  follicleAxisPointUm,
  SITES,
  type Follicle,
  type SkinBlock,
} from '../sim'
import { PALETTE } from './palette'
import { worldX, worldY, worldZ } from './coords'
import { FOLLICLE_PARTS, type FolliclePartId } from './structureInfo'
import { Builder, lathe, torus, type Ring } from './latheGeometry'

const PART_INDEX: Record<FolliclePartId, number> = Object.fromEntries(
  FOLLICLE_PARTS.map((p, i) => [p, i]),
) as Record<FolliclePartId, number>

export interface FollicleGeometry {
  geometry: THREE.BufferGeometry
  /** Part id (index into FOLLICLE_PARTS) of each triangle. */
  triPart: Uint8Array
  /** Index into block.follicles of each triangle. */
  triFollicle: Uint16Array
  /** World z of each follicle's opening (a hair shaft is shown only while its opening is in the kept tissue). */
  rootZ: Float32Array
}

/** Length of hair shaft drawn above the surface, µm (drawing choice). */
export const SHAFT_ABOVE_UM = { terminal: 480, vellus: 320 } as const

/** World position of the point of a follicle's axis at a depth (from the sim's follicleAxisPointUm). */
export function follicleAxisWorld(
  block: SkinBlock,
  f: Follicle,
  depthUm: number,
  out: THREE.Vector3,
): THREE.Vector3 {
  const p = follicleAxisPointUm(f, depthUm)
  return out.set(worldX(block, p.xUm), worldY(depthUm), worldZ(block, p.yUm))
}

export function buildFollicleGeometry(block: SkinBlock): FollicleGeometry | null {
  if (block.follicles.length === 0) return null
  const b = new Builder()
  const cInf = new THREE.Color(PALETTE.outerRootSheath).lerp(new THREE.Color(PALETTE.viableEpidermis), 0.45)
  const cOrs = new THREE.Color(PALETTE.outerRootSheath)
  const cBulge = new THREE.Color(PALETTE.outerRootSheath).lerp(new THREE.Color(PALETTE.bulgeMarker), 0.22)
  const cMarker = new THREE.Color(PALETTE.bulgeMarker)
  const cBulb = new THREE.Color(PALETTE.bulb)
  const cBulbLesion = new THREE.Color(PALETTE.bulb).lerp(new THREE.Color(PALETTE.outerRootSheath), 0.55)
  const cDp = new THREE.Color(PALETTE.dermalPapilla)
  const cShaft = new THREE.Color(PALETTE.hairShaftPigmented)
  const cShaftWhite = new THREE.Color(PALETTE.hairShaftWhite)
  const rootZ: number[] = []
  const openingToOrs = Math.max(1.05, SITES[block.site]?.follicles.openingRadiusToOrs ?? 1.7)

  const O = new THREE.Vector3()
  const bottom = new THREE.Vector3()
  const D = new THREE.Vector3()
  const U = new THREE.Vector3()
  const W = new THREE.Vector3()
  const zAxis = new THREE.Vector3(0, 0, 1)

  block.follicles.forEach((f, fi) => {
    follicleAxisWorld(block, f, 0, O)
    follicleAxisWorld(block, f, f.bulbBaseDepthUm, bottom)
    D.copy(bottom).sub(O).normalize()
    if (!(D.y < -0.2)) D.set(0, -1, 0)
    const cosT = -D.y
    // U: the direction most facing the viewer of the section (+z), perpendicular to the axis
    U.copy(zAxis).addScaledVector(D, -zAxis.dot(D))
    if (U.lengthSq() < 1e-6) U.set(1, 0, 0)
    U.normalize()
    W.crossVectors(D, U).normalize()
    const rz = O.z
    rootZ.push(rz)

    const mm = (um: number) => um / 1000
    const rOrs = mm(f.outerRootSheathRadiusUm)
    const rBulb = mm(f.bulbRadiusUm)
    const rDp = Math.min(mm(f.dermalPapillaRadiusUm), rBulb * 0.7)
    const rShaft = Math.max(mm(f.hairShaftRadiusUm), 0.004)
    const dInf = Math.max(10, f.infundibulumDepthUm)
    const dBulge = f.bulgeDepthUm
    const dCentre = bulbCentreDepthUm(f)
    const dBulbTop = Math.max(dInf + 20, bulbTopDepthUm(f) + rBulb * 1000 * 0.1 * cosT)
    const bulgeW = Math.max(45, f.outerRootSheathRadiusUm * 1.3)
    const ring = (
      depthUm: number,
      radius: number,
      slope: number,
      color: THREE.Color,
      part: FolliclePartId,
    ): Ring => ({
      centre: follicleAxisWorld(block, f, depthUm, new THREE.Vector3()),
      radius,
      slope,
      color,
      part: PART_INDEX[part],
    })

    // ---- infundibulum + outer root sheath with the bulge swelling (one closed tube)
    const tube: Ring[] = []
    // funnel from the opening (the sim's opening radius) down to the sheath
    const infR = (t: number) => rOrs * (1.02 + (openingToOrs - 1.02) * (1 - t) * (1 - t))
    const nInf = 6
    for (let i = 0; i <= nInf; i++) {
      const t = i / nInf
      const d = dInf * t
      const slope = (-rOrs * 2 * (openingToOrs - 1.02) * (1 - t) * cosT) / mm(dInf)
      tube.push({ ...ring(d, infR(t), slope, cInf, 'follicleInfundibulum'), flat: (1 - t) * (1 - t) })
    }
    const bulgeBump = (d: number) => 0.38 * Math.exp(-(((d - dBulge) / bulgeW) ** 2))
    const depths: number[] = []
    const step = Math.max(40, (dBulbTop - dInf) / 14)
    for (let d = dInf + step; d < dBulbTop; d += step) depths.push(d)
    for (let k = -3; k <= 3; k++) depths.push(dBulge + (k * bulgeW) / 1.6)
    const sorted = depths.filter((d) => d > dInf + 5 && d < dBulbTop - 5).sort((a, b) => a - b)
    for (const d of sorted) {
      const bump = bulgeBump(d)
      const slope = ((-2 * (d - dBulge)) / (bulgeW * bulgeW)) * bump * rOrs * 1000 * cosT
      const isBulge = Math.abs(d - dBulge) < bulgeW * 1.15
      tube.push(
        ring(
          d,
          rOrs * (1 + bump),
          slope,
          isBulge ? cBulge : cOrs,
          isBulge ? 'follicleBulge' : 'follicleOuterRootSheath',
        ),
      )
    }
    // into the bulb: widen from the sheath to the bulb radius
    const bulbColor = f.inLesion ? cBulbLesion : cBulb
    const nNeck = 5
    for (let i = 0; i <= nNeck; i++) {
      const t = i / nNeck
      const d = dBulbTop + (dCentre - dBulbTop) * t
      const e = 0.5 - 0.5 * Math.cos(Math.PI * t)
      const slope = ((rBulb - rOrs) * 0.5 * Math.PI * Math.sin(Math.PI * t) * cosT) / mm(dCentre - dBulbTop)
      tube.push(
        ring(
          d,
          rOrs + (rBulb - rOrs) * e,
          slope,
          i === 0 ? cOrs : bulbColor,
          i === 0 ? 'follicleOuterRootSheath' : 'follicleBulb',
        ),
      )
    }
    lathe(b, tube, D, U, W, 14, 0, Math.PI * 2, fi, rz, true)

    // ---- bulb: lower half of the onion, opened by a wedge towards the viewer so the papilla shows
    const bulb: Ring[] = []
    const rRim = Math.max(rDp * 0.55, rBulb * 0.25)
    const aEnd = Math.asin(Math.min(0.999, rRim / rBulb))
    const nB = 7
    for (let i = 0; i <= nB; i++) {
      const a = Math.PI / 2 - ((Math.PI / 2 - aEnd) * i) / nB // angle from the axis: 90° (equator) -> aEnd
      const along = rBulb * Math.cos(a) // mm below the centre, along the axis
      const radius = rBulb * Math.sin(a)
      const slope = -Math.tan(Math.PI / 2 - a)
      bulb.push(ring(dCentre + along * 1000 * cosT, radius, slope, bulbColor, 'follicleBulb'))
    }
    // close the neck side of the wedge: the same rings from the neck, over the open wedge only, are skipped;
    // the bulb shell runs over phi in [wedge, 2π − wedge]
    const wedge = (55 * Math.PI) / 180
    lathe(b, bulb, D, U, W, 14, wedge, Math.PI * 2 - wedge, fi, rz, false)

    // ---- dermal papilla: an egg inside the bulb, sitting on its lower opening
    const dp: Ring[] = []
    const dpCentre = dCentre + rBulb * 1000 * 0.28 * cosT
    const semiAxis = rDp * 1.3
    const nDp = 8
    for (let i = 0; i <= nDp; i++) {
      const a = (Math.PI * i) / nDp // 0 top .. π bottom
      const along = -Math.cos(a) * semiAxis
      const radius = Math.max(1e-5, Math.sin(a) * rDp)
      const slope = Math.abs(Math.sin(a)) < 1e-3 ? 0 : (rDp * Math.cos(a)) / (semiAxis * Math.sin(a))
      dp.push(ring(dpCentre + along * 1000 * cosT, radius, slope, cDp, 'follicleDermalPapilla'))
    }
    lathe(b, dp, D, U, W, 12, 0, Math.PI * 2, fi, rz, false)

    // ---- bulge marker: a ring around the swelling
    const marker = ring(dBulge, rOrs * 1.38 + Math.max(0.006, rOrs * 0.16), 0, cMarker, 'follicleBulge')
    const tubeR = Math.max(0.006, rOrs * 0.14)
    torus(b, marker.centre, D, U, W, marker.radius, tubeR, cMarker, PART_INDEX.follicleBulge, fi, rz)

    // ---- hair shaft: from the top of the bulb, up the axis, out of the opening and curving above the skin
    const shaftColor = f.inLesion ? cShaftWhite : cShaft
    const shaftPart = PART_INDEX[f.inLesion ? 'follicleHairShaftWhite' : 'follicleHairShaft']
    const above = mm(f.kind === 'terminal' ? SHAFT_ABOVE_UM.terminal : SHAFT_ABOVE_UM.vellus)
    const up = D.clone().negate()
    const lean = new THREE.Vector3(up.x, 0, up.z)
    if (lean.lengthSq() < 1e-8) lean.set(1, 0, 0)
    lean.normalize()
    const shaftRings: Ring[] = []
    const dStart = dBulbTop + (dCentre - dBulbTop) * 0.4
    const sBelow = mm(dStart) / cosT
    const nS = 12
    const centre = new THREE.Vector3()
    for (let i = 0; i <= nS; i++) {
      const s = -sBelow + ((sBelow + above) * i) / nS // arc parameter along the axis, 0 at the opening
      centre.copy(O).addScaledVector(up, s)
      if (s > 0) centre.addScaledVector(lean, (0.12 * s * s) / above)
      const taper = s > above * 0.88 ? 1 - 0.6 * ((s - above * 0.88) / (above * 0.12)) : 1
      shaftRings.push({
        centre: centre.clone(),
        radius: rShaft * taper,
        slope: 0,
        color: shaftColor,
        part: shaftPart,
      })
    }
    // shaft rings are not perpendicular to the bent part; a small error in the normals is invisible at this size
    lathe(b, shaftRings, D, U, W, 8, 0, Math.PI * 2, fi, rz, false)
    // cap the tip
    const tip = shaftRings[shaftRings.length - 1]
    const tipIndex = b.vertex(tip.centre.clone().addScaledVector(up, rShaft), up, shaftColor, rz)
    const lastStart = b.pos.length / 3 - 1 - 8
    for (let j = 0; j < 8; j++) b.tri(lastStart + j, tipIndex, lastStart + ((j + 1) % 8), shaftPart, fi)
  })

  const geometry = new THREE.BufferGeometry()
  geometry.setAttribute('position', new THREE.Float32BufferAttribute(b.pos, 3))
  geometry.setAttribute('normal', new THREE.Float32BufferAttribute(b.nrm, 3))
  geometry.setAttribute('color', new THREE.Float32BufferAttribute(b.col, 3))
  geometry.setAttribute('aRootZ', new THREE.Float32BufferAttribute(b.root, 1))
  geometry.setIndex(b.idx)
  geometry.computeBoundingSphere()
  geometry.computeBoundingBox()
  return {
    geometry,
    triPart: Uint8Array.from(b.triPart),
    triFollicle: Uint16Array.from(b.triFollicle),
    rootZ: Float32Array.from(rootZ),
  }
}
