// Number formatting for the Drugs & UV view (projector-legible, honest about what the model can say).

/** Enhancement ratios above this are shown as "> 10⁶": beyond it the intact arm is ≈ 0 and the ratio means nothing. */
export const RATIO_CAP = 1e6

export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio) || ratio > RATIO_CAP) return '> 10⁶ ×'
  if (ratio >= 100) return `${Math.round(ratio).toLocaleString('en-GB')} ×`
  return `${Number(ratio.toPrecision(2))} ×`
}

/** Hours as a readable duration: seconds, minutes or hours. */
export function formatDuration(hours: number): string {
  const s = hours * 3600
  if (s < 1) return '< 1 s'
  if (s < 90) return `${Math.round(s)} s`
  if (hours < 1.5) return `${Math.round(s / 60)} min`
  return `${hours.toFixed(1)} h`
}

export function formatReach(hours: number | null, totalH: number): string {
  return hours === null ? `not within ${formatHours(totalH)}` : formatDuration(hours)
}

export function formatHours(hours: number): string {
  return `${Number(hours.toFixed(2))} h`
}

/** Clock readout h:mm. */
export function formatClock(hours: number): string {
  const totalMin = Math.round(hours * 60)
  return `${Math.floor(totalMin / 60)}:${String(totalMin % 60).padStart(2, '0')} h`
}

/** A positive quantity with 2 significant digits, in plain or scientific notation. */
/** Below this (µg/cm² or µg/cm³) an amount is shown as "≈ 0": the model's numbers there have no physical meaning. */
export const NEGLIGIBLE_AMOUNT = 1e-12

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
