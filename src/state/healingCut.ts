// Where the Heal view's cross-section should be so that it shows the laser columns: like the Treat view
// (cutFractionThroughCraters), a cut that misses every MTZ of the first session moves onto the nearest row of them,
// through their centres (where each column is deepest). Works on the run's fine wound raster, so it holds for any
// pattern; a continuous wound is cut anywhere.
import type { HealingRun } from '../sim/healing'

/** Share of an MTZ's radius around its centre that counts as "through the column" (its deep part). */
const CORE_SHARE = 0.5

/** The cut fraction (0..maxFraction of the block's length) to show; the given one when it already hits a column. */
export function cutFractionThroughWounds(run: HealingRun, cutFraction: number, maxFraction: number): number {
  const c = run.closures[0]
  if (!c || c.sortedCloseHours.length === 0) return cutFraction
  const maxClose = c.sortedCloseHours[c.sortedCloseHours.length - 1]
  // a cell of an MTZ's core closes late: its distance to the rim is most of the radius
  const coreHours = maxClose * CORE_SHARE
  const hits = (j: number): boolean => {
    for (let i = 0; i < c.fineNx; i++) if (c.closeAfterHours[j * c.fineNx + i] >= coreHours) return true
    return false
  }
  const lengthUm = c.fineNy * c.fineCellUm
  const rowOf = (f: number) => Math.min(c.fineNy - 1, Math.max(0, Math.floor((f * lengthUm) / c.fineCellUm)))
  const here = rowOf(cutFraction)
  if (hits(here)) return cutFraction
  const last = rowOf(maxFraction)
  for (let d = 1; d < c.fineNy; d++) {
    for (const j of [here - d, here + d]) {
      if (j < 0 || j > last || !hits(j)) continue
      // the row's centre, rounded to the cut control's 1 % steps only if that still hits
      const exact = ((j + 0.5) * c.fineCellUm) / lengthUm
      const rounded = Math.round(exact * 100) / 100
      return hits(rowOf(rounded)) ? rounded : exact
    }
  }
  return cutFraction
}
