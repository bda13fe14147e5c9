// The vitiligo lesion: a star-shaped, irregular patch whose border crosses the block, so that depigmented skin
// lies beside healthy skin. Its shape is illustrative (no shape data in REFERENCE): a circle perturbed by a few
// low harmonics with seeded amplitudes and phases.
//
// Contract with the GLSL shader (shaders/skinSectionCommon.glsl, lesionSd): the radius r(θ) is stored at N equally
// spaced angles θ_i = 2π·i/N (θ measured with atan2(dy, dx) from the centre, in [0, 2π)) and linearly
// interpolated between them; a point is in the lesion when its distance from the centre is ≤ r(θ).
import type { Lesion } from './types'
import type { Rng } from './rng'
import { paramValue } from './params'

/** Number of stored radii; the shader's uniform array holds at most 64 (MAX_LESION_RADII). */
export const LESION_RADII_COUNT = 64
/** The harmonics (number of lobes) that shape the border: low ones, so the border is wavy but not spiky. */
const HARMONICS = [2, 3, 4, 5]
/** Grid used to measure the area fraction (N × N samples: ±0.5% accuracy, well under the test tolerance). */
const AREA_GRID = 100

const TAU = Math.PI * 2

export function generateLesion(rng: Rng, widthUm: number, lengthUm: number): Lesion {
  const centreXUm = paramValue('lesion.centreXFraction') * widthUm
  const centreYUm = paramValue('lesion.centreYFraction') * lengthUm
  const meanRadiusUm = paramValue('lesion.meanRadiusFraction') * widthUm
  const maxAmplitude = paramValue('lesion.harmonicAmplitude')
  // Each harmonic gets an amplitude between lesion.harmonicAmplitudeMinShare and all of the maximum, and a random
  // phase; the sum stays ≤ 4 × 0.15 = 0.6 of the mean radius at the registry's maximum, so every radius stays positive (star-shaped).
  const waves = HARMONICS.map((k) => ({
    k,
    amplitude: maxAmplitude * rng.range(paramValue('lesion.harmonicAmplitudeMinShare'), 1),
    phase: rng.range(0, TAU),
  }))
  const radiiUm: number[] = []
  for (let i = 0; i < LESION_RADII_COUNT; i++) {
    const theta = (TAU * i) / LESION_RADII_COUNT
    let factor = 1
    for (const w of waves) factor += w.amplitude * Math.cos(w.k * theta + w.phase)
    radiiUm.push(meanRadiusUm * factor)
  }
  const lesion: Lesion = {
    centreXUm,
    centreYUm,
    meanRadiusUm,
    radiiUm,
    borderBandUm: paramValue('lesion.borderBandUm'),
    areaFraction: 0,
  }
  lesion.areaFraction = measureAreaFraction(lesion, widthUm, lengthUm)
  return lesion
}

/** Index of the segment holding the angle, and the position inside it (0..1). */
function segmentAt(lesion: Lesion, angleRad: number): { i0: number; i1: number; t: number } {
  const n = lesion.radiiUm.length
  let a = angleRad % TAU
  if (a < 0) a += TAU
  const s = (a / TAU) * n
  const i0 = Math.min(n - 1, Math.floor(s))
  return { i0, i1: (i0 + 1) % n, t: s - i0 }
}

export function lesionRadiusAtUm(lesion: Lesion, angleRad: number): number {
  const { i0, i1, t } = segmentAt(lesion, angleRad)
  return lesion.radiiUm[i0] + (lesion.radiiUm[i1] - lesion.radiiUm[i0]) * t
}

export function isInLesion(lesion: Lesion, xUm: number, yUm: number): boolean {
  const dx = xUm - lesion.centreXUm
  const dy = yUm - lesion.centreYUm
  return Math.hypot(dx, dy) <= lesionRadiusAtUm(lesion, Math.atan2(dy, dx))
}

/**
 * Signed distance to the border, µm: negative inside the lesion. The radial gap r − r(θ) is scaled by the cosine
 * between the radial direction and the border's normal (r(θ) / √(r(θ)² + (dr/dθ)²)), which is exact for a
 * locally straight border and a good approximation within a few hundred µm of it.
 */
export function distanceToLesionBorderUm(lesion: Lesion, xUm: number, yUm: number): number {
  const dx = xUm - lesion.centreXUm
  const dy = yUm - lesion.centreYUm
  const angle = Math.atan2(dy, dx)
  const radius = lesionRadiusAtUm(lesion, angle)
  const { i0, i1 } = segmentAt(lesion, angle)
  const slope = (lesion.radiiUm[i1] - lesion.radiiUm[i0]) / (TAU / lesion.radiiUm.length)
  const cosine = radius / Math.hypot(radius, slope)
  return (Math.hypot(dx, dy) - radius) * cosine
}

/**
 * Points of the border, counter-clockwise from θ = 0, as a closed polyline: `segments + 1` points, the last
 * equal to the first. Not clipped to the block (the border runs outside it where the lesion does).
 */
export function lesionBorderPolyline(lesion: Lesion, segments: number): { xUm: number; yUm: number }[] {
  const n = Math.max(3, Math.floor(segments))
  const points: { xUm: number; yUm: number }[] = []
  for (let j = 0; j <= n; j++) {
    const theta = (TAU * (j % n)) / n
    const r = lesionRadiusAtUm(lesion, theta)
    points.push({ xUm: lesion.centreXUm + r * Math.cos(theta), yUm: lesion.centreYUm + r * Math.sin(theta) })
  }
  return points
}

function measureAreaFraction(lesion: Lesion, widthUm: number, lengthUm: number): number {
  let inside = 0
  for (let i = 0; i < AREA_GRID; i++) {
    for (let j = 0; j < AREA_GRID; j++) {
      if (isInLesion(lesion, ((i + 0.5) / AREA_GRID) * widthUm, ((j + 0.5) / AREA_GRID) * lengthUm)) inside++
    }
  }
  return inside / (AREA_GRID * AREA_GRID)
}
