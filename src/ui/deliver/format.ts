// Number formatting for the Drugs & UV view (projector-legible, honest about what the model can say).

/**
 * An enhancement ratio with 2 significant digits ("4.1 ×", "110 ×", "410,000 ×"); a lower bound (intact skin below
 * the detection limit) reads "> …". Non-finite ratios (none should reach the view) read "> 10⁶ ×".
 */
export function formatRatio(ratio: number, lowerBound = false): string {
  if (!Number.isFinite(ratio)) return '> 10⁶ ×'
  const prefix = lowerBound ? '> ' : ''
  if (ratio >= 1e7) return `${prefix}${formatAmount(ratio)} ×`
  return `${prefix}${Number(ratio.toPrecision(2)).toLocaleString('en-GB')} ×`
}

/** Hours as a readable duration: seconds, minutes or hours. */
export function formatDuration(hours: number): string {
  const s = hours * 3600
  if (s < 1) return '< 1 s'
  if (s < 90) return `${Math.round(s)} s`
  if (hours < 1.5) return `${Math.round(s / 60)} min`
  return `${hours.toFixed(1)} h`
}

/** When a layer is reached; within the first time step: "immediate (< 1 s)" (no figure inside one step). */
export function formatReach(hours: number | null, totalH: number, withinFirstStepH?: number): string {
  if (hours === null) return `not within ${formatHours(totalH)}`
  if (withinFirstStepH !== undefined) return `immediate (${formatDuration(withinFirstStepH)})`
  return formatDuration(hours)
}

/** A long duration (a lag time) in hours, days or years. */
export function formatLongDuration(hours: number): string {
  if (hours < 48) return formatDuration(hours)
  const days = hours / 24
  if (days < 730) return `${Math.round(days)} days`
  return `${formatAmount(days / 365)} years`
}

/** A strength in % w/w, or in ng/mL or µg/mL when tiny (PRP's growth factors: 286 ng/mL). */
export function formatStrength(percent: number): string {
  if (percent >= 0.01) return `${Number(percent.toPrecision(3))} %`
  return formatConcentrationUgPerMl(percent * 1e4)
}

/** A concentration given in µg/mL, as ng/mL, µg/mL or mg/mL. */
export function formatConcentrationUgPerMl(ugPerMl: number): string {
  if (ugPerMl < 1) return `${Number((ugPerMl * 1000).toPrecision(3))} ng/mL`
  if (ugPerMl < 1000) return `${Number(ugPerMl.toPrecision(3))} µg/mL`
  return `${Number((ugPerMl / 1000).toPrecision(3))} mg/mL`
}

export function formatHours(hours: number): string {
  return `${Number(hours.toFixed(2))} h`
}

/** Clock readout h:mm. */
export function formatClock(hours: number): string {
  const totalMin = Math.round(hours * 60)
  return `${Math.floor(totalMin / 60)}:${String(totalMin % 60).padStart(2, '0')} h`
}

/** Below this (µg/cm² or µg/cm³) an amount is shown as "≈ 0": the model's numbers there have no physical meaning. */
export const NEGLIGIBLE_AMOUNT = 1e-12

/** A positive quantity with 2 significant digits, in plain or scientific notation. */
export function formatAmount(value: number): string {
  if (!(value > 0)) return '0'
  if (value < NEGLIGIBLE_AMOUNT) return '≈ 0'
  if (value >= 0.01 && value < 1e5) return Number(value.toPrecision(2)).toLocaleString('en-GB')
  const exp = Math.floor(Math.log10(value))
  const mant = value / 10 ** exp
  return `${mant.toFixed(1)} × 10${superscript(exp)}`
}

/** A fraction (0–1) as a percentage, with enough digits to stay non-zero. */
export function formatPercent(fraction: number): string {
  const p = fraction * 100
  if (p >= 10) return `${Math.round(p)} %`
  if (p >= 0.1) return `${p.toFixed(1)} %`
  if (p > 0) return `${formatAmount(p)} %`
  return '0 %'
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
}

export function superscript(n: number): string {
  return String(n)
    .split('')
    .map((c) => SUPERSCRIPT[c] ?? c)
    .join('')
}
