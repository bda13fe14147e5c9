// Small helpers shared by the bench parts: rounding, median, percentile and the progress line (stderr).
export const progress = (line) => console.error(`[bench] ${line}`)
export const round = (x, digits = 2) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null)
export const median = (xs) => {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
export const percentile = (xs, p) => {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
}
