// How one step's beam energy is shared among the grid columns.
//
// The micro-beam is a Gaussian (1/e² radius w0) focused on the skin surface. Below the surface it widens as a
// Gaussian beam, w(z) = w0·sqrt(1 + (z/zR)²), zR = π·w0²/(M²·λ) (Siegman 1986); the channel does not guide it
// (no wall reflection). Each column receives the part of the beam that falls on its crater floor, evaluated at
// the depth of that floor; the part that spreads past a column's outer radius before reaching the next column's
// (shallower) floor strikes the channel wall and is credited to that next column. The shares then sum exactly
// to one (the sum telescopes), so energy is conserved however deep the crater is.
import type { Grid, SimState } from './grid'

export interface BeamShape {
  kind: 'gaussian' | 'flatTop'
  waistRadiusM: number
  /** Rayleigh range, m; Infinity when divergence is switched off. */
  rayleighRangeM: number
}

function gaussianOutside(radiusM: number, beamRadiusM: number): number {
  return Math.exp((-2 * radiusM * radiusM) / (beamRadiusM * beamRadiusM))
}

/** Depth of the remaining tissue surface (crater floor) of a column, m. */
export function floorDepthM(grid: Grid, state: SimState, column: number): number {
  return (state.frontRow[column] + 1 - state.frontFraction[column]) * grid.cellM
}

/** Fills `shares` with the fraction of the beam energy that reaches each column; they sum to 1. */
export function columnShares(grid: Grid, state: SimState, beam: BeamShape, shares: Float64Array): void {
  const { nr, cellM } = grid
  if (beam.kind === 'flatTop') {
    shares.fill(0)
    shares[0] = 1
    return
  }
  const w0 = beam.waistRadiusM
  const zR = beam.rayleighRangeM
  let previousBeamRadius = 0
  let total = 0
  for (let i = 0; i < nr; i++) {
    const z = floorDepthM(grid, state, i)
    const beamRadius = Number.isFinite(zR) ? w0 * Math.sqrt(1 + (z / zR) * (z / zR)) : w0
    const inner = i * cellM
    const outer = (i + 1) * cellM
    let share = gaussianOutside(inner, beamRadius) - gaussianOutside(outer, beamRadius)
    // Rays that left the inner (deeper) column sideways hit this column's wall.
    if (i > 0) share += gaussianOutside(inner, previousBeamRadius) - gaussianOutside(inner, beamRadius)
    if (i === nr - 1) share += gaussianOutside(outer, beamRadius)
    shares[i] = Math.max(0, share)
    total += shares[i]
    previousBeamRadius = beamRadius
  }
  // Only a crater that is deeper off-axis than on it can make a share negative; renormalise that case.
  for (let i = 0; i < nr; i++) shares[i] /= total
}
