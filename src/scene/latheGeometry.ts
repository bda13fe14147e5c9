// Mesh builders for the follicles' merged geometry: a vertex/triangle accumulator that records each triangle's
// part and follicle (for hover labels), surfaces of revolution through rings along an axis, and a torus (the
// bulge's marker ring). Drawing only.
import * as THREE from 'three'

export class Builder {
  pos: number[] = []
  nrm: number[] = []
  col: number[] = []
  root: number[] = []
  idx: number[] = []
  triPart: number[] = []
  triFollicle: number[] = []
  vertex(p: THREE.Vector3, n: THREE.Vector3, c: THREE.Color, rootZ: number): number {
    this.pos.push(p.x, p.y, p.z)
    this.nrm.push(n.x, n.y, n.z)
    this.col.push(c.r, c.g, c.b)
    this.root.push(rootZ)
    return this.pos.length / 3 - 1
  }
  tri(a: number, b: number, c: number, part: number, follicle: number): void {
    this.idx.push(a, b, c)
    this.triPart.push(part)
    this.triFollicle.push(follicle)
  }
}

export interface Ring {
  centre: THREE.Vector3
  radius: number
  /** 0: ring perpendicular to the axis; 1: ring in the horizontal plane (the opening lies flat in the surface). */
  flat?: number
  /** dr/ds along the axis (for normals). */
  slope: number
  color: THREE.Color
  part: number
}

const tmpA = new THREE.Vector3()
const tmpB = new THREE.Vector3()
const tmpN = new THREE.Vector3()
const ringU = new THREE.Vector3()
const ringW = new THREE.Vector3()
const flatU = new THREE.Vector3()
const flatW = new THREE.Vector3()

/** A surface of revolution through the rings around axis D with frame (U, W); phi from phi0 to phi1. */
export function lathe(
  b: Builder,
  rings: Ring[],
  D: THREE.Vector3,
  U: THREE.Vector3,
  W: THREE.Vector3,
  segments: number,
  phi0: number,
  phi1: number,
  follicle: number,
  rootZ: number,
  clampToSurface: boolean,
): void {
  const closed = Math.abs(phi1 - phi0 - Math.PI * 2) < 1e-6
  const cols = closed ? segments : segments + 1
  const start = b.pos.length / 3
  flatU.set(U.x, 0, U.z).normalize()
  flatW.set(W.x, 0, W.z).normalize()
  for (const r of rings) {
    const h = r.flat ?? 0
    ringU.copy(U).lerp(flatU, h).normalize()
    ringW.copy(W).lerp(flatW, h).normalize()
    for (let j = 0; j < cols; j++) {
      const phi = phi0 + ((phi1 - phi0) * j) / segments
      const c = Math.cos(phi)
      const s = Math.sin(phi)
      tmpA.copy(ringU).multiplyScalar(c).addScaledVector(ringW, s) // radial unit vector
      tmpN.copy(tmpA).addScaledVector(D, -r.slope).normalize()
      tmpB.copy(r.centre).addScaledVector(tmpA, r.radius)
      // never above the skin: the opening lies in the surface
      if (clampToSurface && tmpB.y > 0) tmpB.y = 0
      b.vertex(tmpB, tmpN, r.color, rootZ)
    }
  }
  // outward-facing winding whichever way the rings run along the axis
  const down =
    tmpB
      .copy(rings[rings.length - 1].centre)
      .sub(rings[0].centre)
      .dot(D) >= 0
  for (let i = 0; i < rings.length - 1; i++) {
    const part = rings[i + 1].part
    for (let j = 0; j < segments; j++) {
      const j1 = closed ? (j + 1) % cols : j + 1
      const a = start + i * cols + j
      const bb = start + i * cols + j1
      const c = start + (i + 1) * cols + j
      const d = start + (i + 1) * cols + j1
      if (down) {
        b.tri(a, bb, c, part, follicle)
        b.tri(bb, d, c, part, follicle)
      } else {
        b.tri(a, c, bb, part, follicle)
        b.tri(bb, c, d, part, follicle)
      }
    }
  }
}

export function torus(
  b: Builder,
  centre: THREE.Vector3,
  D: THREE.Vector3,
  U: THREE.Vector3,
  W: THREE.Vector3,
  R: number,
  r: number,
  color: THREE.Color,
  part: number,
  follicle: number,
  rootZ: number,
): void {
  const seg = 18
  const tubeSeg = 6
  const start = b.pos.length / 3
  const radial = new THREE.Vector3()
  const p = new THREE.Vector3()
  const n = new THREE.Vector3()
  for (let i = 0; i < seg; i++) {
    const phi = (i / seg) * Math.PI * 2
    radial.copy(U).multiplyScalar(Math.cos(phi)).addScaledVector(W, Math.sin(phi))
    for (let j = 0; j < tubeSeg; j++) {
      const th = (j / tubeSeg) * Math.PI * 2
      n.copy(radial).multiplyScalar(Math.cos(th)).addScaledVector(D, Math.sin(th))
      p.copy(centre).addScaledVector(radial, R).addScaledVector(n, r)
      b.vertex(p, n, color, rootZ)
    }
  }
  for (let i = 0; i < seg; i++) {
    for (let j = 0; j < tubeSeg; j++) {
      const a = start + i * tubeSeg + j
      const bb = start + ((i + 1) % seg) * tubeSeg + j
      const c = start + i * tubeSeg + ((j + 1) % tubeSeg)
      const d = start + ((i + 1) % seg) * tubeSeg + ((j + 1) % tubeSeg)
      b.tri(a, bb, c, part, follicle)
      b.tri(c, bb, d, part, follicle)
    }
  }
}
