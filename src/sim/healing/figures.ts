// Hourly figures of a run (the view's charts) and the daily timeline of the report. Cheap figures are computed
// every hour; those that need a pass over the agents (counts, coverage) at every slow tick and carried between.
import type { HealingFigures, TimelineEntry } from './types'
import type { EngineState } from './engine'
import type { World } from './setup'
import type { CellRates } from './rates'
import { MODE } from './agents'

const { activated: ACTIVATED, spreading: SPREADING, pigmenting: PIGMENTING } = MODE
import { escharAndMends, openFractionAt } from './wound'
import { healingParam } from './healingParams'

export const FIGURE_NAMES: (keyof HealingFigures)[] = [
  'openEpidermisFraction',
  'escharFraction',
  'mendsPerMm2',
  'repigmentationFraction',
  'melanocytesInLesion',
  'activatedPrecursors',
  'tCellsInLesion',
  'mmp2Relative',
  'growthFactorRelative',
  'uvStimulus',
  'precursorStimulus',
  'topicalExposure',
]

/** Open, eschar and MEND figures of all sessions at an hour (sessions do not overlap in practice; capped at 1). */
export function woundFigures(
  w: Pick<World, 'sessions' | 'grid'>,
  hour: number,
): { open: number; eschar: number; mends: number } {
  const areaMm2 = (w.grid.widthUm * w.grid.lengthUm) / 1e6
  let open = 0
  let eschar = 0
  let mends = 0
  for (const s of w.sessions) {
    const after = hour - s.hour
    if (after < 0) continue
    open += openFractionAt(s.wound.closure, after)
    const e = escharAndMends(s.wound, after, areaMm2)
    eschar += e.escharFraction
    mends += e.mendsPerMm2
  }
  return { open: Math.min(1, open), eschar: Math.min(1, eschar), mends }
}

export class FigureRecorder {
  readonly series: Record<keyof HealingFigures, Float32Array>
  private readonly slowH = healingParam('heal.clock.slowTickHours')
  private last = { repig: 0, inLesion: 0, activated: 0, tCells: 0, uv: 0, stimulus: 0, topical: 0 }

  constructor(
    private readonly w: World,
    private readonly rates: CellRates,
  ) {
    const length = w.endHours + 1
    this.series = Object.fromEntries(FIGURE_NAMES.map((name) => [name, new Float32Array(length)])) as Record<
      keyof HealingFigures,
      Float32Array
    >
  }

  private countAgents(): void {
    const { w } = this
    const s = w.melanocytes
    let inLesion = 0
    let activated = 0
    for (let i = 0; i < s.count; i++) {
      const m = s.mode[i]
      if (m === ACTIVATED) activated++
      else if ((m === SPREADING || m === PIGMENTING) && w.lesionShare[w.gridIndex(s.xUm[i], s.yUm[i])] >= 0.5)
        inLesion++
    }
    this.last = {
      ...this.last,
      repig: this.rates.repigmentationFraction(),
      inLesion,
      activated,
      tCells: w.tCells.alive(),
    }
  }

  record(hour: number, st: EngineState): void {
    if (hour % this.slowH === 0 || st.w.sessions.some((s) => s.hour === hour)) this.countAgents()
    const wound = woundFigures(this.w, hour)
    const s = this.series
    s.openEpidermisFraction[hour] = wound.open
    s.escharFraction[hour] = wound.eschar
    s.mendsPerMm2[hour] = wound.mends
    s.repigmentationFraction[hour] = this.last.repig
    s.melanocytesInLesion[hour] = this.last.inLesion
    s.activatedPrecursors[hour] = this.last.activated
    s.tCellsInLesion[hour] = this.last.tCells
    s.mmp2Relative[hour] = st.mmp2.active ? this.rates.lesionMean(st.mmp2.values) : 0
    s.growthFactorRelative[hour] = st.gf.active ? this.rates.lesionMean(st.gf.values) : 0
    if (hour % this.slowH === 0) {
      this.last.uv = this.rates.lesionMean(this.rates.uv)
      this.last.stimulus = this.rates.lesionMean(this.rates.stimulusFollicle)
      this.last.topical = this.rates.lesionMean(this.rates.topicalBasal)
    }
    s.uvStimulus[hour] = this.last.uv
    s.precursorStimulus[hour] = this.last.stimulus
    s.topicalExposure[hour] = this.last.topical
  }

  /** One entry per day (day 0 … end), read from the hourly series. */
  timeline(): TimelineEntry[] {
    const s = this.series
    const entries: TimelineEntry[] = []
    for (let day = 0; day * 24 <= this.w.endHours; day++) {
      const h = day * 24
      entries.push({
        day,
        openEpidermisFraction: s.openEpidermisFraction[h],
        repigmentationFraction: s.repigmentationFraction[h],
        melanocytesInLesion: s.melanocytesInLesion[h],
        activatedPrecursors: s.activatedPrecursors[h],
        tCellsInLesion: s.tCellsInLesion[h],
        mmp2Relative: s.mmp2Relative[h],
      })
    }
    return entries
  }
}
