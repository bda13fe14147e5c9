// Geometry of the stylised fractional CO2 handpiece (drawing only; not to scale: a real handpiece is about
// 20 mm across, ten times this 2 mm block). Local units mm, origin where the beam meets the skin, y up.
// One merged mesh with vertex colours and a per-vertex finish (see shaders/handpiece.frag), so the whole
// handpiece is one draw call; the beam and the pulse flash are a second, additive one.
import * as THREE from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'

const FINISH = { paint: 0, metal: 1, light: 2, rubber: 3 } as const
type Finish = keyof typeof FINISH

/** Height of the nozzle's aperture above the skin, mm (the distance guide holds it there). */
export const NOZZLE_HEIGHT = 0.27

function finish(g: THREE.BufferGeometry, colour: string, kind: Finish): THREE.BufferGeometry {
  const geo = g.index ? g.toNonIndexed() : g
  const n = geo.getAttribute('position').count
  const c = new THREE.Color(colour)
  const colours = new Float32Array(n * 3)
  for (let i = 0; i < n; i++) colours.set([c.r, c.g, c.b], 3 * i)
  geo.setAttribute('color', new THREE.Float32BufferAttribute(colours, 3))
  geo.setAttribute('aFinish', new THREE.Float32BufferAttribute(new Float32Array(n).fill(FINISH[kind]), 1))
  if (geo.getAttribute('uv')) geo.deleteAttribute('uv')
  return geo
}

function latheOf(points: [number, number][], segments = 40): THREE.BufferGeometry {
  return new THREE.LatheGeometry(
    points.map(([r, y]) => new THREE.Vector2(r, y)),
    segments,
  )
}

/** A slender strut between two points. */
function strut(a: THREE.Vector3, b: THREE.Vector3, radius: number): THREE.BufferGeometry {
  const length = a.distanceTo(b)
  const g = new THREE.CylinderGeometry(radius, radius, length, 8, 1)
  const dir = b.clone().sub(a).normalize()
  g.applyQuaternion(new THREE.Quaternion().setFromUnitVectors(new THREE.Vector3(0, 1, 0), dir))
  const mid = a.clone().add(b).multiplyScalar(0.5)
  g.translate(mid.x, mid.y, mid.z)
  return g
}

export function buildHandpieceGeometry(): THREE.BufferGeometry {
  const parts: THREE.BufferGeometry[] = []
  // distance guide: a ring resting on the skin and three struts up to the nozzle
  const ring = new THREE.TorusGeometry(0.17, 0.0075, 8, 56)
  ring.rotateX(Math.PI / 2)
  ring.translate(0, 0.008, 0)
  parts.push(finish(ring, '#c9d2db', 'metal'))
  for (let k = 0; k < 3; k++) {
    const a = (k / 3) * Math.PI * 2 + 0.5
    const foot = new THREE.Vector3(Math.cos(a) * 0.17, 0.01, Math.sin(a) * 0.17)
    const top = new THREE.Vector3(Math.cos(a) * 0.062, NOZZLE_HEIGHT + 0.05, Math.sin(a) * 0.062)
    parts.push(finish(strut(foot, top, 0.0065), '#b8c2cc', 'metal'))
  }
  // nozzle: polished cone with a dark aperture
  parts.push(
    finish(
      latheOf([
        [0.016, NOZZLE_HEIGHT],
        [0.04, NOZZLE_HEIGHT],
        [0.058, NOZZLE_HEIGHT + 0.05],
        [0.075, NOZZLE_HEIGHT + 0.13],
        [0.079, NOZZLE_HEIGHT + 0.14],
      ]),
      '#d9e0e6',
      'metal',
    ),
  )
  parts.push(
    finish(
      new THREE.CircleGeometry(0.017, 24).rotateX(Math.PI / 2).translate(0, NOZZLE_HEIGHT + 0.002, 0),
      '#050607',
      'rubber',
    ),
  )
  const base = NOZZLE_HEIGHT + 0.14
  // status light ring, then the painted body with a rubber grip, a rounded shoulder and the cable
  parts.push(
    finish(
      latheOf([
        [0.08, base],
        [0.086, base + 0.004],
        [0.086, base + 0.03],
        [0.08, base + 0.034],
      ]),
      '#56b4e9',
      'light',
    ),
  )
  parts.push(
    finish(
      latheOf([
        [0.08, base + 0.034],
        [0.094, base + 0.05],
        [0.097, base + 0.12],
        [0.097, base + 0.6],
        [0.09, base + 0.66],
        [0.07, base + 0.7],
        [0.04, base + 0.72],
      ]),
      '#3a4656',
      'paint',
    ),
  )
  for (let k = 0; k < 6; k++) {
    const y0 = base + 0.16 + k * 0.055
    parts.push(
      finish(
        latheOf([
          [0.097, y0],
          [0.103, y0 + 0.008],
          [0.103, y0 + 0.035],
          [0.097, y0 + 0.043],
        ]),
        '#171c22',
        'rubber',
      ),
    )
  }
  parts.push(
    finish(
      latheOf(
        [
          [0.04, base + 0.72],
          [0.032, base + 0.78],
          [0.03, base + 1.3],
        ],
        20,
      ),
      '#20262d',
      'rubber',
    ),
  )
  const merged = mergeGeometries(parts, false)
  for (const p of parts) p.dispose()
  if (!merged) throw new Error('handpiece geometry')
  merged.computeBoundingSphere()
  return merged
}

/** The beam (aGlow 0) from the aperture to the skin and the flash disc (aGlow 1) on the skin. */
export function buildFlashGeometry(): THREE.BufferGeometry {
  const beam = new THREE.CylinderGeometry(0.011, 0.016, NOZZLE_HEIGHT, 16, 1, true).toNonIndexed()
  beam.translate(0, NOZZLE_HEIGHT / 2 + 0.002, 0)
  const disc = new THREE.PlaneGeometry(0.42, 0.42).toNonIndexed()
  disc.rotateX(-Math.PI / 2)
  disc.translate(0, 0.004, 0)
  const tag = (g: THREE.BufferGeometry, v: number) =>
    g.setAttribute(
      'aGlow',
      new THREE.Float32BufferAttribute(new Float32Array(g.getAttribute('position').count).fill(v), 1),
    )
  tag(beam, 0)
  tag(disc, 1)
  const merged = mergeGeometries([beam, disc], false)
  beam.dispose()
  disc.dispose()
  if (!merged) throw new Error('flash geometry')
  return merged
}
