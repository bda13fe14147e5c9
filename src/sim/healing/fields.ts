// Cytokine and growth-factor fields on a 2D grid over the block's surface, standing for the basal-layer plane
// (a 2D simplification: release, diffusion and decay are treated in the plane where melanocytes move; depth is
// ignored). Each field obeys
//   ∂c/∂t = D·∇²c − k·c + s(x, t),   k = ln 2 / half-life,
// with zero-flux (mirror) boundaries: the treated area is taken to continue beyond the block symmetrically, so no
// mass leaves through the sides. One step = decay and source integrated exactly over the step
// (c ← c·e^{−k·dt} + s·(1 − e^{−k·dt})/k, s held constant), then diffusion (locally one-dimensional backward Euler
// in x then y: unconditionally stable, no oscillation, and it conserves mass exactly). Hence
// mass(t + dt) = mass(t)·e^{−k·dt} + Σs·(1 − e^{−k·dt})/k, which a unit test checks.
//
// Units: relative. A source of 1 per hour for every cell would hold the field at s/k; sources are scaled by k so
// that 1 = the level under a fully wounded surface at peak release.

export interface SurfaceGrid {
  nx: number
  ny: number
  cellUm: number
  widthUm: number
  lengthUm: number
}

export function surfaceGrid(widthUm: number, lengthUm: number, cellUm: number): SurfaceGrid {
  return {
    nx: Math.max(1, Math.round(widthUm / cellUm)),
    ny: Math.max(1, Math.round(lengthUm / cellUm)),
    cellUm,
    widthUm,
    lengthUm,
  }
}

/** Index of the grid cell holding a surface point (clamped to the block). */
export function cellIndex(grid: SurfaceGrid, xUm: number, yUm: number): number {
  const i = Math.min(grid.nx - 1, Math.max(0, Math.floor((xUm / grid.widthUm) * grid.nx)))
  const j = Math.min(grid.ny - 1, Math.max(0, Math.floor((yUm / grid.lengthUm) * grid.ny)))
  return j * grid.nx + i
}

/**
 * Solves (1 + 2r)·u_i − r·(u_{i−1} + u_{i+1}) = b_i with mirror ends ((1 + r)·u_0 − r·u_1 = b_0), in place, by
 * the Thomas algorithm with precomputed elimination factors (the matrix is the same for every line).
 */
class LineSolver {
  private readonly cPrime: Float64Array
  private readonly denom: Float64Array
  constructor(
    private readonly n: number,
    private readonly r: number,
  ) {
    this.cPrime = new Float64Array(n)
    this.denom = new Float64Array(n)
    if (n === 1) {
      this.denom[0] = 1
      return
    }
    let prev = 0
    for (let i = 0; i < n; i++) {
      const diag = i === 0 || i === n - 1 ? 1 + r : 1 + 2 * r
      const d = diag - (i === 0 ? 0 : -r * prev)
      this.denom[i] = d
      prev = -r / d
      this.cPrime[i] = prev
    }
  }

  /** Solves the line u[offset + k·stride], k = 0..n−1, in place. */
  solve(u: Float32Array, offset: number, stride: number, scratch: Float64Array): void {
    const { n, r, cPrime, denom } = this
    if (n === 1) return
    scratch[0] = u[offset] / denom[0]
    for (let i = 1; i < n; i++) scratch[i] = (u[offset + i * stride] + r * scratch[i - 1]) / denom[i]
    u[offset + (n - 1) * stride] = scratch[n - 1]
    for (let i = n - 2; i >= 0; i--) {
      const next = u[offset + (i + 1) * stride]
      u[offset + i * stride] = scratch[i] - cPrime[i] * next
    }
  }
}

export class DiffusionField {
  readonly values: Float32Array
  readonly decayPerH: number
  /** False once the field has decayed to nothing with no source (steps are skipped until a source returns). */
  active = false
  private readonly xSolvers = new Map<number, LineSolver>()
  private readonly ySolvers = new Map<number, LineSolver>()
  private readonly scratch: Float64Array

  constructor(
    readonly grid: SurfaceGrid,
    readonly diffusivityUm2PerH: number,
    halfLifeH: number,
  ) {
    this.values = new Float32Array(grid.nx * grid.ny)
    this.decayPerH = Math.LN2 / halfLifeH
    this.scratch = new Float64Array(Math.max(grid.nx, grid.ny))
  }

  /** Total amount (sum over cells × cell area is proportional; the cell area is left out). */
  mass(): number {
    let sum = 0
    for (let k = 0; k < this.values.length; k++) sum += this.values[k]
    return sum
  }

  mean(weights?: Float32Array): number {
    let sum = 0
    let w = 0
    for (let k = 0; k < this.values.length; k++) {
      const wk = weights ? weights[k] : 1
      sum += this.values[k] * wk
      w += wk
    }
    return w > 0 ? sum / w : 0
  }

  private solverFor(map: Map<number, LineSolver>, n: number, dtH: number): LineSolver {
    let solver = map.get(dtH)
    if (!solver) {
      const r = (this.diffusivityUm2PerH * dtH) / (this.grid.cellUm * this.grid.cellUm)
      solver = new LineSolver(n, r)
      map.set(dtH, solver)
    }
    return solver
  }

  /**
   * Advances by dtH hours. `sourcePerH` (per cell, relative units per hour, already × decay rate) may be null.
   * Returns false when the field is negligible and there is no source (the step was skipped, the field zeroed).
   */
  step(dtH: number, sourcePerH: Float32Array | null): boolean {
    const v = this.values
    const { nx, ny } = this.grid
    const decay = Math.exp(-this.decayPerH * dtH)
    if (sourcePerH) {
      const gain = (1 - decay) / this.decayPerH
      for (let k = 0; k < v.length; k++) v[k] = v[k] * decay + sourcePerH[k] * gain
    } else if (!this.active) return false
    else if (this.mass() < 1e-9 * v.length) {
      v.fill(0)
      this.active = false
      return false
    } else for (let k = 0; k < v.length; k++) v[k] *= decay
    this.active = true
    const sx = this.solverFor(this.xSolvers, nx, dtH)
    const sy = this.solverFor(this.ySolvers, ny, dtH)
    for (let j = 0; j < ny; j++) sx.solve(v, j * nx, 1, this.scratch)
    for (let i = 0; i < nx; i++) sy.solve(v, i, nx, this.scratch)
    return true
  }
}

/**
 * Release pulses after a laser session (relative, peak 1), hours after the session:
 *   MMP-2: (t/tp)^k · e^{k(1 − t/tp)}          (gamma-shaped, up at days 7–21; Reilly 2010)
 *   growth factors: e^{−t/τ1} + a·e^{−t/τ2}     (a burst: TGF-α acts in the first 24 h, Morelli; and a small
 *                                                sustained part during remodelling, anchored on HSP72 from day 2
 *                                                to 3 months, Hantash 2007)
 */
export function mmp2Release(hoursAfter: number, peakH: number, shape: number): number {
  if (hoursAfter <= 0) return 0
  const x = hoursAfter / peakH
  return Math.exp(shape * (Math.log(x) + 1 - x))
}

export function growthFactorRelease(
  hoursAfter: number,
  burstDecayH: number,
  sustainedShare: number,
  sustainedDecayH: number,
): number {
  if (hoursAfter < 0) return 0
  return Math.exp(-hoursAfter / burstDecayH) + sustainedShare * Math.exp(-hoursAfter / sustainedDecayH)
}
