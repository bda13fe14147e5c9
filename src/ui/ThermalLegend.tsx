import {
  HEAT_RANGE_C,
  HEAT_TICKS_C,
  HEAT_VISIBLE_FROM_C,
  TREAT_COLOURS,
  cssColour,
  heatFraction,
  heatOpacity,
  infernoSrgb,
} from '../scene/laser/colormap'
import { PALETTE } from '../scene/palette'
import { useDermaStore } from '../state/store'

const STOPS = 16
/** The map as the tissue shows it: each colour over the dermis with the shaders' opacity. */
const GRADIENT = `linear-gradient(to right, ${Array.from({ length: STOPS + 1 }, (_, k) => `${cssColour(infernoSrgb(k / STOPS), heatOpacity(k / STOPS))} ${((k / STOPS) * 100).toFixed(1)}%`).join(', ')}), ${PALETTE.reticularDermis}`

const KEY = [
  { colour: TREAT_COLOURS.crater, label: 'Ablated (vaporised) channel' },
  { colour: TREAT_COLOURS.eschar, label: 'Eschar lining' },
  { colour: TREAT_COLOURS.coagulated, label: 'Coagulated rim (Ω ≥ 1)' },
]

function ms(v: number): string {
  return v < 10 ? `${Math.round(v * 10) / 10} ms` : `${Math.round(v)} ms`
}

function seconds(v: number): string {
  return v < 10 ? `${Math.round(v * 10) / 10} s` : `${Math.round(v)} s`
}

/** While a pass animates: the slowed time scale, in words, at the top of the view. */
export function TimeScaleNote() {
  const animating = useDermaStore((s) => s.treatment.animating)
  const timing = useDermaStore((s) => s.treatment.plan?.timing)
  if (!animating || !timing) return null
  return (
    <p className="time-note" role="note">
      Time slowed ×{timing.slowFactor}: one pulse lasts {ms(timing.pulseEndMs)} (
      {seconds(timing.pulseDisplayS)} on screen), its {ms(timing.coolEndMs - timing.pulseEndMs)} of cooling{' '}
      {seconds(timing.coolDisplayS - timing.pulseDisplayS)}. Handpiece speed and size not to scale.
    </p>
  )
}

/** The temperature colour map with °C ticks and the settled colours of a column. */
export function ThermalLegend() {
  const phase = useDermaStore((s) => s.treatment.phase)
  const peakC = useDermaStore((s) => s.treatment.pulse?.peakTemperatureC ?? null)
  if (phase === 'idle') return null
  return (
    <div className="thermal-legend" role="group" aria-label="Temperature legend">
      <p className="thermal-title">Tissue temperature (°C)</p>
      <div className="thermal-bar" style={{ background: GRADIENT }} aria-hidden="true" />
      <div className="thermal-ticks" aria-hidden="true">
        {HEAT_TICKS_C.map((t) => (
          <span key={t} style={{ left: `${heatFraction(t) * 100}%` }}>
            {t}
          </span>
        ))}
      </div>
      <p className="visually-hidden">
        Colour map from {HEAT_RANGE_C[0]} °C (tissue colour) through purple, red and orange to{' '}
        {HEAT_RANGE_C[1]} °C and above (pale yellow).
      </p>
      <p className="thermal-note">
        Own colour &lt; {Math.round(HEAT_VISIBLE_FROM_C)} °C; pale yellow ≥ {HEAT_RANGE_C[1]} °C
        {peakC !== null && <> (wall peak {Math.round(peakC)} °C)</>}
      </p>
      <ul className="thermal-key">
        {KEY.map((k) => (
          <li key={k.label}>
            <span className="legend-mark" style={{ background: k.colour }} aria-hidden="true" />
            {k.label}
          </li>
        ))}
      </ul>
    </div>
  )
}
