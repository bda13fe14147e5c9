// How one step's beam energy is shared among the grid columns: on their crater floors and on the channel wall.
//
// The micro-beam is a Gaussian (1/e² radius w0) focused on the skin surface. Below the surface it widens as a
// Gaussian beam, w(z) = w0·sqrt(1 + (z/zR)²), zR = π·w0²/(M²·λ) (Siegman 1986); the channel does not guide it
// (no wall reflection). Each column receives on its floor the part of the beam that falls on its ring, evaluated at
// the depth of that floor. The beam widens self-similarly (each ray keeps r/w(z)), so a ray that is inside radius
// r_i at the depth of column i's floor but outside it at the deeper floor of column i − 1 crossed the cylinder
// r = r_i in between: it strikes the channel wall, i.e. the side of column i between the two floors. That part is
// the wall share of column i, deposited sideways into the wall at the depth where it strikes (ablation.ts). Floor
// and wall shares sum exactly to one (the sum telescopes), so energy is conserved however deep the crater is.
import type { Grid, SimState } from './grid'

export interface BeamShape {
  kind: 'gaussian' | 'flatTop'
  waistRadiusM: number
  /** Rayleigh range, m; Infinity when divergence is switched off. */
  rayleighRangeM: number
}

/** Where the beam lands in one step: fractions of the step's energy, and the depth span of each wall strike. */
export interface BeamShares {
  floor: Float64Array
  wall: Float64Array
  /** Depth (m) of column i's own floor and of the deeper inner neighbour's floor: the wall span that is struck. */
  wallTopM: Float64Array
  wallBottomM: Float64Array
}

export function createBeamShares(nr: number): BeamShares {
  return {
    floor: new Float64Array(nr),
    wall: new Float64Array(nr),
    wallTopM: new Float64Array(nr),
    wallBottomM: new Float64Array(nr),
  }
}

/** Fraction of a Gaussian beam of 1/e² radius `beamRadiusM` that lies outside `radiusM`. */
export function gaussianOutside(radiusM: number, beamRadiusM: number): number {
  return Math.exp((-2 * radiusM * radiusM) / (beamRadiusM * beamRadiusM))
}

/** 1/e² beam radius at depth z, m. */
export function beamRadiusAtM(beam: BeamShape, depthM: number): number {
  const zR = beam.rayleighRangeM
  return Number.isFinite(zR)
    ? beam.waistRadiusM * Math.sqrt(1 + (depthM / zR) * (depthM / zR))
    : beam.waistRadiusM
}

/** Depth of the remaining tissue surface (crater floor) of a column, m. */
export function floorDepthM(grid: Grid, state: SimState, column: number): number {
  return (state.frontRow[column] + 1 - state.frontFraction[column]) * grid.cellM
}

/** Fills `out` with the floor and wall shares of every column; together they sum to 1. */
export function columnShares(grid: Grid, state: SimState, beam: BeamShape, out: BeamShares): void {
  const { nr, cellM } = grid
  const { floor, wall, wallTopM, wallBottomM } = out
  wall.fill(0)
  if (beam.kind === 'flatTop') {
    floor.fill(0)
    floor[0] = 1
    return
  }
  let previousBeamRadius = 0
  let previousDepth = 0
  let total = 0
  for (let i = 0; i < nr; i++) {
    const z = floorDepthM(grid, state, i)
    const beamRadius = beamRadiusAtM(beam, z)
    const inner = i * cellM
    const outer = (i + 1) * cellM
    let share = gaussianOutside(inner, beamRadius) - gaussianOutside(outer, beamRadius)
    if (i === nr - 1) share += gaussianOutside(outer, beamRadius)
    if (i > 0) {
      // Rays that left the inner (deeper) column sideways: they strike this column's wall.
      const strike = gaussianOutside(inner, previousBeamRadius) - gaussianOutside(inner, beamRadius)
      if (strike > 0) {
        wall[i] = strike
        wallTopM[i] = z
        wallBottomM[i] = previousDepth
      } else share += strike // inner column shallower: those rays already landed on its floor
    }
    floor[i] = Math.max(0, share)
    total += floor[i] + wall[i]
    previousBeamRadius = beamRadius
    previousDepth = z
  }
  // Only a crater that is deeper off-axis than on it can make a share negative; renormalise that case.
  for (let i = 0; i < nr; i++) {
    floor[i] /= total
    wall[i] /= total
  }
}

/**
 * Part of column `column`'s wall strike that lands between depths zA and zB (m), as a fraction of that strike:
 * the rays cross the cylinder r = inner radius where w(z)·(r/w) = r, so the fraction is the growth of the
 * outside-fraction at that radius between zA and zB.
 */
export function wallStrikeFraction(
  grid: Grid,
  beam: BeamShape,
  shares: BeamShares,
  column: number,
  zA: number,
  zB: number,
): number {
  const inner = column * grid.cellM
  const top = shares.wallTopM[column]
  const bottom = shares.wallBottomM[column]
  const span =
    gaussianOutside(inner, beamRadiusAtM(beam, bottom)) - gaussianOutside(inner, beamRadiusAtM(beam, top))
  if (!(span > 0)) return 0
  return (
    (gaussianOutside(inner, beamRadiusAtM(beam, zB)) - gaussianOutside(inner, beamRadiusAtM(beam, zA))) / span
  )
}
