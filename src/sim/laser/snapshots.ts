// Coarse temperature maps of a run, taken while it runs (for the cooling animation of the Treat view).
import type { TemperatureSnapshot } from './types'
import type { Grid, SimState } from './grid'
import { TISSUE } from './physics'

/** Side of a map cell, µm: the grid cells are averaged in blocks of about this size. */
const SNAPSHOT_CELL_UM = 10

/** The temperature field now, averaged over blocks of cells; NaN where the whole block is crater. */
export function temperatureMap(grid: Grid, state: SimState, timeS: number): TemperatureSnapshot {
  const factor = Math.max(1, Math.round(SNAPSHOT_CELL_UM / (grid.cellM * 1e6)))
  const nr = Math.ceil(grid.nr / factor)
  const nz = Math.ceil(grid.nz / factor)
  const { theta, removed } = state
  const temperatureC = new Float32Array(nr * nz)
  for (let cz = 0; cz < nz; cz++) {
    for (let cr = 0; cr < nr; cr++) {
      let sum = 0
      let count = 0
      for (let j = cz * factor; j < Math.min(grid.nz, (cz + 1) * factor); j++) {
        for (let i = cr * factor; i < Math.min(grid.nr, (cr + 1) * factor); i++) {
          const idx = j * grid.nr + i
          if (removed[idx]) continue
          sum += theta[idx]
          count++
        }
      }
      temperatureC[cz * nr + cr] = count > 0 ? TISSUE.baselineC + sum / count : NaN
    }
  }
  return { timeMs: timeS * 1e3, temperatureC, nr, nz, cellUm: factor * grid.cellM * 1e6 }
}
