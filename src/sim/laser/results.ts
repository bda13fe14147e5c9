// Turns the final state of a run into the figures the app shows (crater, coagulated rim, energy budget, maps).
import type { PulseResult, TemperatureSnapshot } from './types'
import type { RawRun, RawSnapshot } from './solver'
import type { Grid, SimState } from './grid'
import { laserParam } from './laserParams'
import { TISSUE } from './physics'

const SNAPSHOT_CELL_UM = 10

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

/** Mean lateral thickness (µm) of the Ω ≥ 1 rim beside the crater, over the rows the crater occupies on the axis. */
function lateralRimUm(grid: Grid, state: SimState): number {
  const { nr } = grid
  const cellUm = grid.cellM * 1e6
  let total = 0
  let rows = 0
  for (let j = 0; j < state.frontRow[0]; j++) {
    let craterCells = 0
    while (craterCells < nr && state.removed[j * nr + craterCells]) craterCells++
    total += damagedRadiusUm(grid, state, j) - craterCells * cellUm
    rows++
  }
  return rows > 0 ? total / rows : 0
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

function toSnapshot(grid: Grid, raw: RawSnapshot): TemperatureSnapshot {
  const factor = Math.max(1, Math.round(SNAPSHOT_CELL_UM / (grid.cellM * 1e6)))
  const nr = Math.ceil(grid.nr / factor)
  const nz = Math.ceil(grid.nz / factor)
  const temperatureC = new Float32Array(nr * nz)
  for (let cz = 0; cz < nz; cz++) {
    for (let cr = 0; cr < nr; cr++) {
      let sum = 0
      let count = 0
      for (let j = cz * factor; j < Math.min(grid.nz, (cz + 1) * factor); j++) {
        for (let i = cr * factor; i < Math.min(grid.nr, (cr + 1) * factor); i++) {
          const idx = j * grid.nr + i
          if (raw.removed[idx]) continue
          sum += raw.theta[idx]
          count++
        }
      }
      temperatureC[cz * nr + cr] = count > 0 ? TISSUE.baselineC + sum / count : NaN
    }
  }
  return { timeMs: raw.timeS * 1e3, temperatureC, nr, nz, cellUm: factor * grid.cellM * 1e6 }
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
  const t = state.tallies
  const mJ = (joules: number) => joules * 1e3
  return {
    ablationDepthUm,
    ablationDiameterUm,
    coagulationThicknessUm: lateralRimUm(grid, state),
    coagulationBelowBottomUm: Math.max(0, coagulationDepths[0] - craterDepths[0]),
    thermalDamageDepthUm: Math.max(ablationDepthUm, ...coagulationDepths),
    lesionWidthUm: 2 * damagedRadiusUm(grid, state, 0),
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
    temperatureSnapshots: run.snapshots.map((s) => toSnapshot(grid, s)),
    histologyEquivalent: {
      ablationDepthUm: ablationDepthUm / laserParam('laser.histologyDepthFactor'),
      ablationDiameterUm: ablationDiameterUm / laserParam('laser.histologyWidthFactor'),
    },
    numerics: { cellUm, nr, nz, timeSteps: run.timeSteps, simulatedMs: run.simulatedS * 1e3 },
  }
}
