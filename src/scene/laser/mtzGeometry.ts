// One MTZ column as a lathe (surface of revolution) around the y axis, from the pulse's profile (src/sim): the
// crater lining (crater depth by radius; normals into the crater) and the coagulated sleeve (Ω ≥ 1 depth by
// radius; normals outwards), as two geometries. Units: mm, surface at y = 0, tissue below. Per-vertex aPart:
// 0 lining, 1 sleeve (the shader draws them differently).
// Each profile is resampled evenly along its arc length, so deep narrow channels keep their shape.
import * as THREE from 'three'
import type { MtzProfile } from '../../sim/treatment'

/** Points along each profile curve and segments around the axis (about 360 triangles per surface). */
export const PROFILE_POINTS = 11
export const LATHE_SEGMENTS = 18

type Curve = { r: number[]; d: number[] }

/** The curve (radius, depth) from the axis to where the depth reaches 0, µm. */
function profileCurve(profile: MtzProfile, depthAt: (k: number) => number): Curve | null {
  const { radiiUm } = profile
  const r: number[] = [0]
  const d: number[] = [depthAt(0)]
  if (!(d[0] > 0)) return null
  for (let k = 0; k < radiiUm.length; k++) {
    const depth = depthAt(k)
    if (depth > 0) {
      r.push(radiiUm[k])
      d.push(depth)
      continue
    }
    // where the depth reaches 0 between the last column with depth and this one
    const prev = d[d.length - 1]
    const r0 = r[r.length - 1]
    r.push(r0 + (radiiUm[k] - r0) * (prev / Math.max(prev - depth, 1e-6)))
    d.push(0)
    return { r, d }
  }
  r.push(profile.spanUm)
  d.push(0)
  return { r, d }
}

function resample(c: Curve, n: number): Curve {
  const len = [0]
  for (let i = 1; i < c.r.length; i++)
    len.push(len[i - 1] + Math.hypot(c.r[i] - c.r[i - 1], c.d[i] - c.d[i - 1]))
  const total = len[len.length - 1]
  const out: Curve = { r: [], d: [] }
  let j = 1
  for (let i = 0; i < n; i++) {
    const s = (total * i) / (n - 1)
    while (j < len.length - 1 && len[j] < s) j++
    const f = (s - len[j - 1]) / Math.max(len[j] - len[j - 1], 1e-9)
    out.r.push(c.r[j - 1] + (c.r[j] - c.r[j - 1]) * f)
    out.d.push(c.d[j - 1] + (c.d[j] - c.d[j - 1]) * f)
  }
  return out
}

/** Appends a lathe of the curve; inward = normals towards the axis (crater lining). */
function lathe(
  c: Curve,
  inward: boolean,
  part: number,
  pos: number[],
  nrm: number[],
  parts: number[],
  idx: number[],
) {
  const base = pos.length / 3
  const n = c.r.length
  for (let i = 0; i < n; i++) {
    // tangent along the curve (radius outwards, y upwards), outward normal = tangent turned clockwise
    const a = Math.max(0, i - 1)
    const b = Math.min(n - 1, i + 1)
    const tr = c.r[b] - c.r[a]
    const ty = -(c.d[b] - c.d[a])
    const l = Math.hypot(tr, ty) || 1
    const sign = inward ? -1 : 1
    const nr = (sign * ty) / l
    const ny = (-sign * tr) / l
    for (let s = 0; s <= LATHE_SEGMENTS; s++) {
      const th = (s / LATHE_SEGMENTS) * Math.PI * 2
      const cos = Math.cos(th)
      const sin = Math.sin(th)
      pos.push((c.r[i] * cos) / 1000, -c.d[i] / 1000, (c.r[i] * sin) / 1000)
      nrm.push(nr * cos, ny, nr * sin)
      parts.push(part)
    }
  }
  const row = LATHE_SEGMENTS + 1
  const p = (k: number) => new THREE.Vector3(pos[3 * k], pos[3 * k + 1], pos[3 * k + 2])
  const e1 = new THREE.Vector3()
  const e2 = new THREE.Vector3()
  for (let i = 0; i < n - 1; i++) {
    for (let s = 0; s < LATHE_SEGMENTS; s++) {
      const v00 = base + i * row + s
      const quad = [v00, v00 + 1, v00 + row + 1, v00 + row]
      for (const [x, y, z] of [
        [quad[0], quad[1], quad[2]],
        [quad[0], quad[2], quad[3]],
      ]) {
        // wind each triangle so that its front face agrees with the vertex normals (FrontSide culling)
        const pa = p(x)
        e1.copy(p(y)).sub(pa)
        e2.copy(p(z)).sub(pa)
        const face = e1.cross(e2)
        if (face.lengthSq() < 1e-18) continue
        const dot =
          face.x * (nrm[3 * x] + nrm[3 * y]) +
          face.y * (nrm[3 * x + 1] + nrm[3 * y + 1]) +
          face.z * (nrm[3 * x + 2] + nrm[3 * y + 2])
        idx.push(...(dot >= 0 ? [x, y, z] : [x, z, y]))
      }
    }
  }
}

/**
 * One part of the column: 0 the crater lining, 1 the coagulated sleeve (null when the pulse makes none).
 * Each part is its own geometry so that each can be its own InstancedMesh (MtzColumns).
 */
export function buildMtzGeometry(profile: MtzProfile, part: 0 | 1): THREE.BufferGeometry | null {
  const curve =
    part === 0
      ? profileCurve(profile, (k) => profile.craterDepthUm[k])
      : profileCurve(profile, (k) => Math.max(profile.craterDepthUm[k], profile.coagulationDepthUm[k]))
  if (!curve) return null
  const pos: number[] = []
  const nrm: number[] = []
  const parts: number[] = []
  const idx: number[] = []
  lathe(resample(curve, PROFILE_POINTS), part === 0, part, pos, nrm, parts, idx)
  const g = new THREE.BufferGeometry()
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3))
  g.setAttribute('normal', new THREE.Float32BufferAttribute(nrm, 3))
  g.setAttribute('aPart', new THREE.Float32BufferAttribute(parts, 1))
  g.setIndex(idx)
  g.computeBoundingSphere()
  return g
}
