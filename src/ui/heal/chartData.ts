// The chart's data (uPlot's AlignedData) from a healing run: x is the position on the DRAWN timeline (the piecewise
// scale of the scrubber), so the pulse, the first hours and the months each get room and the chart lines up with
// the timeline bar. Sub-hour points come from figuresAt (the run's interpolation), then hourly points for the first
// week and one point every 6 h after that (the hourly series is smooth at that scale). Counts are drawn on a log
// axis, where 0 cannot be drawn: a zero count is a gap (null), not a fake small number.
import { figuresAt, timelinePosition, type HealingFigures, type HealingRun } from '../../sim/healing'

export const CHART_SERIES = [
  { key: 'repigmentationFraction', label: 'Repigmentation', unit: '%', color: '#f0e442', scale: '%' },
  { key: 'openEpidermisFraction', label: 'Open epidermis', unit: '%', color: '#ff8a80', scale: '%' },
  {
    key: 'melanocytesInLesion',
    label: 'Melanocytes in lesion',
    unit: 'cells',
    color: '#ff9f43',
    scale: 'cells',
  },
  {
    key: 'activatedPrecursors',
    label: 'Activated precursors',
    unit: 'cells',
    color: '#7fa7ff',
    scale: 'cells',
  },
  { key: 'tCellsInLesion', label: 'T cells in lesion', unit: 'cells', color: '#3fe0a5', scale: 'cells' },
] as const satisfies readonly {
  key: keyof HealingFigures
  label: string
  unit: string
  color: string
  scale: '%' | 'cells'
}[]

/** Sub-hour sample times, days: log-spaced from 1 µs to 1 h (the pulse, heat and the first closure). */
const EARLY_SAMPLES = 24
const FIRST_S = 1e-6
const HOUR_DAYS = 1 / 24
/** Hourly points until this day, then every COARSE_STEP_H hours. */
const FINE_UNTIL_DAYS = 7
const COARSE_STEP_H = 6

/** Sample times (days) for the chart, increasing, from 0 to the run's end. */
export function chartTimesDays(endDays: number): number[] {
  const times = [0]
  for (let k = 0; k < EARLY_SAMPLES; k++) {
    const s = FIRST_S * Math.pow(3600 / FIRST_S, k / EARLY_SAMPLES)
    times.push(s / 86400)
  }
  const endH = Math.round(endDays * 24)
  for (let h = 1; h <= endH; h += h < FINE_UNTIL_DAYS * 24 ? 1 : COARSE_STEP_H) times.push(h * HOUR_DAYS)
  if (times[times.length - 1] < endDays) times.push(endDays)
  return times
}

export type ChartData = [number[], ...(number | null)[][]]

export function chartData(run: HealingRun): { data: ChartData; timesDays: number[] } {
  const timesDays = chartTimesDays(run.endDays)
  const x = timesDays.map((d) => timelinePosition(run.phases, d))
  const ys = CHART_SERIES.map(() => [] as (number | null)[])
  for (const d of timesDays) {
    const f = figuresAt(run, d)
    CHART_SERIES.forEach((s, k) => {
      const v = f[s.key]
      ys[k].push(s.scale === '%' ? 100 * v : v > 0 ? v : null)
    })
  }
  return { data: [x, ...ys], timesDays }
}

/** Index of the sample nearest to position u (x increasing). */
export function nearestIndex(x: number[], u: number): number {
  let lo = 0
  let hi = x.length - 1
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    if (x[mid] <= u) lo = mid
    else hi = mid
  }
  return Math.abs(x[hi] - u) < Math.abs(x[lo] - u) ? hi : lo
}
