// Legend of the tissue colours: the map (viridis for the drug, cividis for NB-UVB), its log-scale ticks with
// units, and the keys of what is not coloured by the map (untouched tissue, the coagulated rim, the channel).
import { useDermaStore } from '../../state/store'
import { CIVIDIS, VIRIDIS, cssGradient } from '../../scene/deliver/colormaps'
import { LOG_DECADES } from '../../workers/transportProtocol'
import { formatAmount, superscript } from './format'

export function ColourLegend() {
  const data = useDermaStore((s) => s.deliver.data)
  const field = useDermaStore((s) => s.deliver.field)
  const decades = Array.from({ length: LOG_DECADES + 1 }, (_, k) => k)
  const drug = field === 'drug'
  const title = drug
    ? 'Drug in the tissue, µg/cm³ — log scale, 5 decades'
    : 'NB-UVB (311 nm), % of the dose at the surface — log scale, 5 decades'
  const tick = (k: number) =>
    drug
      ? data
        ? formatAmount(data.appliedUgPerCm3 * 10 ** (k - LOG_DECADES))
        : ''
      : `${Number((100 * 10 ** (k - LOG_DECADES)).toPrecision(1))}`
  return (
    <figure className="deliver-legend" aria-label="Colour legend">
      <figcaption>{title}</figcaption>
      <div className="deliver-legend-bar" style={{ background: cssGradient(drug ? VIRIDIS : CIVIDIS) }} />
      <ol className="deliver-legend-ticks">
        {decades.map((k) => (
          <li key={k} style={{ left: `${(k / LOG_DECADES) * 100}%` }}>
            {tick(k)}
          </li>
        ))}
      </ol>
      <ul className="deliver-legend-keys">
        {drug && (
          <li>
            <span className="swatch swatch-none" aria-hidden="true" /> below 10{superscript(-LOG_DECADES)} ×
            applied (grey)
          </li>
        )}
        {drug && data && (
          <li>
            “Reached” = {formatAmount(data.thresholdUgPerCm3)} µg/cm³ (10{superscript(-4)} × applied)
          </li>
        )}
        <li>
          <span className="swatch swatch-rim" aria-hidden="true" /> coagulated rim
        </li>
      </ul>
    </figure>
  )
}
