// Heat conduction for one time step: 2-D axisymmetric Pennes bioheat, split into a radial and an axial
// backward-Euler sweep (locally one-dimensional, unconditionally stable, no oscillation at large steps), each a
// tridiagonal system solved with the Thomas algorithm. The unknown is the temperature rise θ = T − 37 °C; the
// enthalpy of each cell is ρc·θ (the tissue water stays confined and does not boil, see onset.ts).
//
// Only the "warm box" is solved: rows from the shallowest crater floor down to `rowEnd`, columns 0 … `colEnd`,
// where the box encloses every cell warmer than WARM_THETA_K plus a buffer of a few diffusion lengths. Inside, the
// box edge is insulated, so energy is conserved exactly; the heat that would cross it is below WARM_THETA_K.
import { TISSUE } from './physics'
import type { Grid, SimState } from './grid'

/** Cells cooler than this (K above baseline) and far from warm ones are left out of the solve. */
const WARM_THETA_K = 1e-2

// The tissue constants as module-level copies: the hot loops below read them millions of times per solve, and a
// module loader that keeps live bindings (Vite's SSR loader, used by the bench and the CLI) would turn every read
// of an imported binding into a property getter call.
const RHO_C = TISSUE.volumetricHeatCapacity
const CONDUCTIVITY = TISSUE.conductivityWPerMK
const PERFUSION_W_PER_M3K = TISSUE.perfusionWPerM3K
const CONVECTION_W_PER_M2K = TISSUE.convectionWPerM2K

export interface ConductionScratch {
  lower: Float64Array
  diag: Float64Array
  upper: Float64Array
  rhs: Float64Array
  /** Rows and columns the last step's box reached: beyond them every cell is cold and was left unchanged. */
  scannedRows: number
  scannedCols: number
}

export function createConductionScratch(grid: Grid): ConductionScratch {
  const n = Math.max(grid.nr, grid.nz)
  return {
    lower: new Float64Array(n),
    diag: new Float64Array(n),
    upper: new Float64Array(n),
    rhs: new Float64Array(n),
    scannedRows: 0,
    scannedCols: 0,
  }
}

/** Rows rowStart … rowEnd − 1 and columns 0 … colEnd − 1: the cells a step solves (every warm cell is inside). */
export interface Box {
  rowStart: number
  rowEnd: number
  colEnd: number
}

/**
 * The box of cells to solve: every warm cell plus a buffer of ≈ 3 diffusion lengths of this step. Only the last
 * box and the cells the laser heated since are searched: beyond them nothing has changed, and all is cold.
 */
function warmBox(grid: Grid, state: SimState, dtS: number, s: ConductionScratch): Box {
  const { nr, nz } = grid
  const { theta } = state
  let rowStart = nz
  for (let i = 0; i < nr; i++) rowStart = Math.min(rowStart, state.frontRow[i])
  const rows = Math.max(s.scannedRows, state.touchedRows)
  const cols = Math.max(s.scannedCols, state.touchedCols)
  state.touchedRows = 0
  state.touchedCols = 0
  let lastRow = -1
  let lastCol = -1
  for (let j = rowStart; j < rows; j++) {
    const base = j * nr
    for (let i = 0; i < cols; i++) {
      if (theta[base + i] > WARM_THETA_K) {
        lastRow = j
        if (i > lastCol) lastCol = i
      }
    }
  }
  const diffusivity = CONDUCTIVITY / RHO_C
  const buffer = 2 + Math.ceil((3 * Math.sqrt(diffusivity * dtS)) / grid.cellM)
  const box = {
    rowStart,
    rowEnd: lastRow < 0 ? rowStart : Math.min(nz, lastRow + 1 + buffer),
    colEnd: lastCol < 0 ? 0 : Math.min(nr, lastCol + 1 + buffer),
  }
  s.scannedRows = box.rowEnd
  s.scannedCols = box.colEnd
  return box
}

/** Solves the tridiagonal system in place; the solution overwrites `rhs`. */
function thomas(
  lower: Float64Array,
  diag: Float64Array,
  upper: Float64Array,
  rhs: Float64Array,
  n: number,
): void {
  for (let i = 1; i < n; i++) {
    const m = lower[i] / diag[i - 1]
    diag[i] -= m * upper[i - 1]
    rhs[i] -= m * rhs[i - 1]
  }
  rhs[n - 1] /= diag[n - 1]
  for (let i = n - 2; i >= 0; i--) rhs[i] = (rhs[i] - upper[i] * rhs[i + 1]) / diag[i]
}

/**
 * Rows below every crater floor have the same radial system (it depends on the column only), so it is factorised
 * once per step: `factor[i]` is the elimination multiplier, `pivotInverse[i]` the inverse of the reduced diagonal.
 */
function factorisePlainRow(
  grid: Grid,
  dtS: number,
  n: number,
  atOuterEdge: boolean,
  s: ConductionScratch,
): void {
  const capacityPerVolume = RHO_C / dtS
  const g = grid.radialConductance
  let previousPivot = 0
  for (let i = 0; i < n; i++) {
    let diag = capacityPerVolume * grid.colVolumeM3[i]
    if (i > 0) diag += g[i - 1]
    if (i < n - 1) diag += g[i]
    else if (atOuterEdge) diag += g[i]
    const factor = i > 0 ? -g[i - 1] * previousPivot : 0
    if (i > 0) diag -= factor * -g[i - 1]
    s.lower[i] = factor
    s.diag[i] = 1 / diag
    previousPivot = 1 / diag
  }
}

function solvePlainRow(
  grid: Grid,
  theta: Float64Array,
  base: number,
  dtS: number,
  n: number,
  s: ConductionScratch,
): void {
  const capacityPerVolume = RHO_C / dtS
  const { lower: factor, diag: pivotInverse, rhs } = s
  const g = grid.radialConductance
  const volume = grid.colVolumeM3
  rhs[0] = capacityPerVolume * volume[0] * theta[base]
  for (let i = 1; i < n; i++)
    rhs[i] = capacityPerVolume * volume[i] * theta[base + i] - factor[i] * rhs[i - 1]
  let x = rhs[n - 1] * pivotInverse[n - 1]
  theta[base + n - 1] = x
  for (let i = n - 2; i >= 0; i--) {
    x = (rhs[i] + g[i] * x) * pivotInverse[i]
    theta[base + i] = x
  }
}

function radialSweep(grid: Grid, state: SimState, dtS: number, s: ConductionScratch, box: Box): void {
  const { nr } = grid
  const { theta, removed, frontRow, frontFraction, tallies } = state
  const capacityPerVolume = RHO_C / dtS
  const h = CONVECTION_W_PER_M2K
  const n = box.colEnd
  const atOuterEdge = n === nr
  let deepestFront = 0
  for (let i = 0; i < n; i++) deepestFront = Math.max(deepestFront, frontRow[i])
  let convectionJ = 0
  let outJ = 0
  // Rows with a crater or a partly ablated cell: general system.
  const { lower, diag, upper, rhs } = s
  for (let j = box.rowStart; j < Math.min(box.rowEnd, deepestFront + 1); j++) {
    const base = j * nr
    for (let i = 0; i < n; i++) {
      const idx = base + i
      lower[i] = 0
      upper[i] = 0
      if (removed[idx]) {
        diag[i] = 1
        rhs[i] = 0
        continue
      }
      const f = j === frontRow[i] ? frontFraction[i] : 1
      const capacity = capacityPerVolume * grid.colVolumeM3[i] * f
      let d = capacity
      if (i > 0) {
        if (removed[idx - 1]) d += h * grid.outerFaceAreaM2[i - 1] * f
        else {
          const fn = j === frontRow[i - 1] ? frontFraction[i - 1] : 1
          const g = grid.radialConductance[i - 1] * (f < fn ? f : fn)
          lower[i] = -g
          d += g
        }
      }
      if (i < n - 1) {
        if (removed[idx + 1]) d += h * grid.outerFaceAreaM2[i] * f
        else {
          const fn = j === frontRow[i + 1] ? frontFraction[i + 1] : 1
          const g = grid.radialConductance[i] * (f < fn ? f : fn)
          upper[i] = -g
          d += g
        }
      } else if (atOuterEdge) d += grid.radialConductance[i] * f
      diag[i] = d
      rhs[i] = capacity * theta[idx]
    }
    thomas(lower, diag, upper, rhs, n)
    for (let i = 0; i < n; i++) {
      const idx = base + i
      if (removed[idx]) continue
      const t = rhs[i]
      theta[idx] = t
      const f = j === frontRow[i] ? frontFraction[i] : 1
      if (i > 0 && removed[idx - 1]) convectionJ += h * grid.outerFaceAreaM2[i - 1] * f * t * dtS
      if (i < n - 1 && removed[idx + 1]) convectionJ += h * grid.outerFaceAreaM2[i] * f * t * dtS
    }
    if (atOuterEdge && !removed[base + n - 1]) {
      const f = j === frontRow[n - 1] ? frontFraction[n - 1] : 1
      outJ += grid.radialConductance[n - 1] * f * theta[base + n - 1] * dtS
    }
  }
  // Plain rows below every crater floor: one factorisation, many cheap solves.
  const firstPlain = Math.max(box.rowStart, deepestFront + 1)
  if (firstPlain < box.rowEnd) {
    factorisePlainRow(grid, dtS, n, atOuterEdge, s)
    for (let j = firstPlain; j < box.rowEnd; j++) {
      solvePlainRow(grid, theta, j * nr, dtS, n, s)
      if (atOuterEdge) outJ += grid.radialConductance[n - 1] * theta[j * nr + n - 1] * dtS
    }
  }
  tallies.convectionJ += convectionJ
  tallies.conductionOutJ += outJ
}

/**
 * Axial sweep, column by column, from the crater floor down to the bottom of the warm box. Being the last sweep of
 * the step, it also sets the enthalpy of the solved cells to ρc·θ.
 */
function axialSweep(grid: Grid, state: SimState, dtS: number, s: ConductionScratch, box: Box): void {
  const { nr, nz } = grid
  const { theta, enthalpy, frontRow, frontFraction, tallies } = state
  const rhoC = RHO_C
  const h = CONVECTION_W_PER_M2K
  const atBottom = box.rowEnd === nz
  const { lower, diag, upper, rhs } = s
  let perfusionJ = 0
  let convectionJ = 0
  let outJ = 0
  for (let i = 0; i < box.colEnd; i++) {
    const top = frontRow[i]
    const n = box.rowEnd - top
    if (n <= 0) continue
    const fTop = frontFraction[i]
    const volume = grid.colVolumeM3[i]
    const capacity = (rhoC * volume) / dtS
    const perfusion = PERFUSION_W_PER_M3K * volume
    const g = grid.axialConductance[i]
    // The partly ablated floor cell is thinner: its centre is closer to the cell below.
    const gFloor = (2 * g) / (1 + fTop)
    const convection = h * grid.colAreaM2[i]
    const plainDiag = capacity + perfusion + 2 * g
    for (let k = 0, idx = top * nr + i; k < n; k++, idx += nr) {
      lower[k] = -g
      upper[k] = -g
      diag[k] = plainDiag
      rhs[k] = capacity * theta[idx]
    }
    // Floor cell: thinner, convective top (skin surface or crater floor).
    lower[0] = 0
    diag[0] = (capacity + perfusion) * fTop + convection + gFloor
    rhs[0] *= fTop
    if (n > 1) {
      upper[0] = -gFloor
      lower[1] = -gFloor
      diag[1] += gFloor - g
    } else upper[0] = 0
    // Last cell: either the domain bottom (held at baseline) or the insulated edge of the warm box.
    upper[n - 1] = 0
    diag[n - 1] += (atBottom ? grid.bottomConductance[i] : 0) - (n > 1 ? g : gFloor)
    thomas(lower, diag, upper, rhs, n)
    let sum = -rhs[0] * (1 - fTop)
    for (let k = 0, idx = top * nr + i; k < n; k++, idx += nr) {
      const t = rhs[k]
      sum += t
      theta[idx] = t
      enthalpy[idx] = rhoC * t
    }
    perfusionJ += perfusion * sum * dtS
    convectionJ += convection * rhs[0] * dtS
    if (atBottom) outJ += grid.bottomConductance[i] * rhs[n - 1] * dtS
  }
  tallies.perfusionJ += perfusionJ
  tallies.convectionJ += convectionJ
  tallies.conductionOutJ += outJ
}

/**
 * One conduction step of length dtS; updates θ and the enthalpy of every remaining cell and the tallies. Returns
 * the box it solved: outside it every cell is colder than WARM_THETA_K (the damage integral can skip them).
 */
export function conductionStep(grid: Grid, state: SimState, dtS: number, scratch: ConductionScratch): Box {
  const box = warmBox(grid, state, dtS, scratch)
  if (box.rowEnd <= box.rowStart || box.colEnd === 0) return box
  if (grid.nr > 1 || grid.lateralBoundaryAmbient) radialSweep(grid, state, dtS, scratch, box)
  axialSweep(grid, state, dtS, scratch, box)
  return box
}
