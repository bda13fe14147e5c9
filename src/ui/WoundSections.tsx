import type { WoundSection } from '../sim/treat/woundSection'
import { PALETTE } from '../scene/palette'
import { TREAT_COLOURS } from '../scene/laser/colormap'

/** Drawing width of a strip, px; both axes share one scale (true proportions). */
const STRIP_PX = 290
const LABEL_PX = 16

function um(v: number): string {
  return `${Math.round(v)} µm`
}

/** SVG path of the region between the surface (y = 0) and `depthUm` along the strip, in strip pixels. */
function areaPath(depthUm: Float32Array, stepUm: number, pxPerUm: number): string {
  const parts = [`M0,0`]
  for (let k = 0; k < depthUm.length; k++) {
    const x = ((k + 0.5) * stepUm * pxPerUm).toFixed(1)
    parts.push(`L${x},${(depthUm[k] * pxPerUm).toFixed(1)}`)
  }
  parts.push(`L${(depthUm.length * stepUm * pxPerUm).toFixed(1)},0Z`)
  return parts.join('')
}

function Strip({ s, title, depthUm, y }: { s: WoundSection; title: string; depthUm: number; y: number }) {
  const k = STRIP_PX / s.widthUm
  const h = depthUm * k
  const band = (top: number, bottom: number, colour: string) => (
    <rect
      x={0}
      y={top * k}
      width={STRIP_PX}
      height={Math.max(0, (Math.min(bottom, depthUm) - top) * k)}
      fill={colour}
    />
  )
  return (
    <g transform={`translate(0, ${y})`}>
      <text x={0} y={-4} className="section-title">
        {title}
      </text>
      {band(0, s.junctionUm, PALETTE.viableEpidermis)}
      {band(s.junctionUm, s.papillaryBottomUm, PALETTE.papillaryDermis)}
      {band(s.papillaryBottomUm, depthUm, PALETTE.reticularDermis)}
      <path d={areaPath(s.damageDepthUm, s.stepUm, k)} fill={TREAT_COLOURS.coagulated} />
      <path d={areaPath(s.craterDepthUm, s.stepUm, k)} fill={TREAT_COLOURS.crater} />
      {s.criticalScarDepthUm < depthUm && (
        <line
          x1={0}
          x2={STRIP_PX}
          y1={s.criticalScarDepthUm * k}
          y2={s.criticalScarDepthUm * k}
          className="section-scar-line"
        />
      )}
      <rect x={0} y={0} width={STRIP_PX} height={h} fill="none" className="section-frame" />
    </g>
  )
}

/**
 * The fractional and the continuous wound of the current settings in cross-section, to scale on both axes (a 2 mm
 * line across the treated area; fractional: through one row of MTZs), with the critical depth for scarring.
 * Drawing only: the profiles come from src/sim/treat/woundSection.ts.
 */
export function WoundSections({
  fractional,
  continuous,
}: {
  fractional: WoundSection
  continuous: WoundSection
}) {
  const deepest = Math.max(
    fractional.damageDepthUm.reduce((a, b) => Math.max(a, b), 0),
    continuous.damageDepthUm.reduce((a, b) => Math.max(a, b), 0),
  )
  // show down past the damage and the scar line, within the dermis
  const depthUm = Math.min(
    fractional.reticularBottomUm,
    Math.max(deepest, fractional.criticalScarDepthUm) * 1.12,
  )
  const stripH = (depthUm * STRIP_PX) / fractional.widthUm
  const gap = LABEL_PX + 10
  const total = LABEL_PX + stripH + gap + stripH + 30
  const summary =
    `Cross-sections to scale. Fractional: columns ${um(fractional.ablationDepthUm)} ` +
    `deep every ${um(fractional.pitchUm ?? 0)}, intact skin between them. Continuous: the whole surface ablated to ` +
    `${um(continuous.ablationDepthUm)}. Dashed line: depth beyond which wounds scar, ${um(fractional.criticalScarDepthUm)}.`
  const scaleUm = 500
  const scalePx = (scaleUm * STRIP_PX) / fractional.widthUm
  return (
    <figure className="wound-sections">
      <svg viewBox={`0 0 ${STRIP_PX} ${total}`} width="100%" role="img" aria-label={summary}>
        <Strip
          s={fractional}
          title="Fractional: columns with intact bridges"
          depthUm={depthUm}
          y={LABEL_PX}
        />
        <Strip
          s={continuous}
          title="Continuous: the whole surface"
          depthUm={depthUm}
          y={LABEL_PX + stripH + gap}
        />
        <g transform={`translate(0, ${total - 14})`}>
          <line x1={0} x2={scalePx} y1={0} y2={0} className="section-scale" />
          <text x={scalePx + 6} y={4} className="section-note">
            {scaleUm} µm (both axes)
          </text>
          <line x1={STRIP_PX - 86} x2={STRIP_PX - 66} y1={0} y2={0} className="section-scar-line" />
          <text x={STRIP_PX} y={4} textAnchor="end" className="section-note">
            scars below
          </text>
        </g>
      </svg>
      <figcaption className="hint">
        To scale, a 2 mm line across the treated area: crater (dark), coagulated tissue (pale), epidermis and
        dermis in their legend colours; dashed: the depth beyond which wounds scar (
        {um(fractional.criticalScarDepthUm)}, a third of the skin, Dunkin 2007).
      </figcaption>
    </figure>
  )
}
