// Turns the final state of a run into the figures the app shows (crater, coagulated rim, energy budget, maps).
import type { PulseResult } from './types'
import type { RawRun } from './solver'
import type { Grid, SimState } from './grid'
import { laserParam } from './laserParams'
import { TISSUE } from './physics'
import { squaredDistanceToSources } from '../distanceTransform'

function craterDepthsUm(grid: Grid, state: SimState): Float32Array {
  const depths = new Float32Array(grid.nr)
  const cellUm = grid.cellM * 1e6
  for (let i = 0; i < grid.nr; i++) depths[i] = (state.frontRow[i] + 1 - state.frontFraction[i]) * cellUm
  return depths
}

/** ln Ω of a cell for interpolating the Ω = 1 boundary between cell centres (ablated cells count as destroyed). */
function lnOmega(state: SimState, idx: number): number {
  if (state.removed[idx]) return 50
  return state.omega[idx] > 0 ? Math.log(state.omega[idx]) : -50
}

/** Position of ln Ω = 0 between two cell centres a (Ω ≥ 1) and b (Ω < 1), as a fraction of the way to b. */
function crossing(lnA: number, lnB: number): number {
  return Math.min(1, Math.max(0, lnA / (lnA - lnB)))
}

function coagulationDepthsUm(grid: Grid, state: SimState): Float32Array {
  const { nr, nz } = grid
  const cellUm = grid.cellM * 1e6
  const depths = new Float32Array(nr)
  for (let i = 0; i < nr; i++) {
    let deepest = -1
    for (let j = nz - 1; j >= state.frontRow[i]; j--) {
      if (state.omega[j * nr + i] >= 1) {
        deepest = j
        break
      }
    }
    if (deepest < 0) continue
    const below =
      deepest + 1 < nz
        ? crossing(lnOmega(state, deepest * nr + i), lnOmega(state, (deepest + 1) * nr + i))
        : 0.5
    depths[i] = (deepest + 0.5 + below) * cellUm
  }
  return depths
}

/** Outer radius (µm) of the damaged region (crater or Ω ≥ 1) contiguous with the axis in one row. */
function damagedRadiusUm(grid: Grid, state: SimState, row: number): number {
  const { nr } = grid
  const cellUm = grid.cellM * 1e6
  let i = 0
  while (i < nr && (state.removed[row * nr + i] || state.omega[row * nr + i] >= 1)) i++
  if (i === 0) return 0
  if (i === nr) return nr * cellUm
  const last = row * nr + i - 1
  return (i - 0.5 + crossing(lnOmega(state, last), lnOmega(state, last + 1))) * cellUm
}

/**
 * Mean thickness (µm) of the coagulated lining of the crater wall, measured as a pathologist does: from the wall,
 * perpendicular to it, to the nearest tissue with Ω < 1. For each row the crater occupies on the axis, the lining
 * cell is the first tissue cell outward; its thickness is the distance between its centre (half a cell inside the
 * wall) and the centre of the nearest undamaged cell (about half a cell beyond the Ω = 1 edge), 0 if it is itself
 * undamaged. Exact Euclidean distances (distance transform) within the bounding box of the damaged region.
 */
function coagulatedLiningUm(grid: Grid, state: SimState): number {
  const { nr } = grid
  const rows = state.frontRow[0]
  if (rows <= 0) return 0
  const damaged = (idx: number) => state.removed[idx] === 1 || state.omega[idx] >= 1
  let boxRows = rows
  let boxCols = 1
  for (let j = 0; j < grid.nz; j++) {
    for (let i = 0; i < nr; i++) {
      if (!damaged(j * nr + i)) continue
      boxRows = Math.max(boxRows, j + 1)
      boxCols = Math.max(boxCols, i + 1)
    }
  }
  const nx = Math.min(nr, boxCols + 2)
  const ny = Math.min(grid.nz, boxRows + 2)
  const undamaged = new Uint8Array(nx * ny)
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) undamaged[j * nx + i] = damaged(j * nr + i) ? 0 : 1
  const squared = squaredDistanceToSources(undamaged, nx, ny)
  const cellUm = grid.cellM * 1e6
  let total = 0
  for (let j = 0; j < rows; j++) {
    let i = 0
    while (i < nx && state.removed[j * nr + i]) i++
    if (i < nx && !undamaged[j * nx + i]) total += Math.sqrt(squared[j * nx + i]) * cellUm
  }
  return total / rows
}

function craterRadiusUm(grid: Grid, depthsUm: Float32Array): number {
  const edgeUm = laserParam('laser.craterEdgeDepthUm')
  const cellUm = grid.cellM * 1e6
  let i = 0
  while (i < grid.nr && depthsUm[i] >= edgeUm) i++
  if (i === 0) return 0
  if (i === grid.nr) return grid.nr * cellUm
  const fraction = (depthsUm[i - 1] - edgeUm) / (depthsUm[i - 1] - depthsUm[i])
  return (i - 0.5 + fraction) * cellUm
}

export function buildResult(
  run: RawRun,
  thresholdFluenceJPerCm2: number,
  peakFluenceJPerCm2: number,
): PulseResult {
  const { grid, state } = run
  const { nr, nz } = grid
  const cellUm = grid.cellM * 1e6
  const craterDepths = craterDepthsUm(grid, state)
  const coagulationDepths = coagulationDepthsUm(grid, state)
  const radiiUm = Float32Array.from({ length: nr }, (_, i) => (i + 0.5) * cellUm)

  let storedJ = 0
  let peakTheta = 0
  for (let j = 0; j < nz; j++) {
    for (let i = 0; i < nr; i++) {
      const idx = j * nr + i
      if (state.removed[idx]) continue
      const fraction = j === state.frontRow[i] ? state.frontFraction[i] : 1
      storedJ += state.enthalpy[idx] * grid.colVolumeM3[i] * fraction
      peakTheta = Math.max(peakTheta, state.peakTheta[idx])
    }
  }
  const ablationDepthUm = Math.max(...craterDepths)
  const ablationDiameterUm = 2 * craterRadiusUm(grid, craterDepths)
  const coagulationThicknessUm = coagulatedLiningUm(grid, state)
  const thermalDamageDepthUm = Math.max(ablationDepthUm, ...coagulationDepths)
  const lesionWidthUm = 2 * damagedRadiusUm(grid, state, 0)
  const depthFactor = laserParam('laser.histologyDepthFactor')
  const widthFactor = laserParam('laser.histologyWidthFactor')
  const t = state.tallies
  const mJ = (joules: number) => joules * 1e3
  return {
    ablationDepthUm,
    ablationDiameterUm,
    coagulationThicknessUm,
    coagulationBelowBottomUm: Math.max(0, coagulationDepths[0] - craterDepths[0]),
    thermalDamageDepthUm,
    lesionWidthUm,
    peakTemperatureC: TISSUE.baselineC + peakTheta,
    thresholdFluenceJPerCm2,
    peakFluenceJPerCm2,
    energy: {
      deliveredMj: mJ(t.deliveredJ),
      absorbedMj: mJ(t.absorbedJ),
      ablationMj: mJ(t.ablationJ),
      storedHeatMj: mJ(storedJ),
      plumeMj: mJ(t.plumeJ),
      conductionOutMj: mJ(t.conductionOutJ),
      perfusionMj: mJ(t.perfusionJ),
      convectionMj: mJ(t.convectionJ),
    },
    profile: { craterDepthUmByRadius: craterDepths, coagulationDepthUmByRadius: coagulationDepths, radiiUm },
    temperatureSnapshots: run.snapshots,
    histologyEquivalent: {
      ablationDepthUm: ablationDepthUm / depthFactor,
      ablationDiameterUm: ablationDiameterUm / widthFactor,
      coagulationThicknessUm: coagulationThicknessUm / widthFactor,
      thermalDamageDepthUm: thermalDamageDepthUm / depthFactor,
      lesionWidthUm: lesionWidthUm / widthFactor,
    },
    numerics: { cellUm, nr, nz, timeSteps: run.timeSteps, simulatedMs: run.simulatedS * 1e3 },
  }
}
