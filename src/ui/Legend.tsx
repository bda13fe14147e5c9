import { PALETTE, type PaletteKey } from '../scene/palette'

export interface LegendEntry {
  colour: PaletteKey
  label: string
  shape?: 'swatch' | 'dot' | 'line'
}

const TISSUE: LegendEntry[] = [
  { colour: 'skinSurface', label: 'Skin surface (healthy)' },
  { colour: 'skinSurfaceLesion', label: 'Skin surface (vitiligo lesion)' },
  { colour: 'stratumCorneum', label: 'Stratum corneum' },
  { colour: 'viableEpidermis', label: 'Viable epidermis (healthy)' },
  { colour: 'viableEpidermisLesion', label: 'Viable epidermis (vitiligo lesion)' },
  { colour: 'papillaryDermis', label: 'Papillary dermis' },
  { colour: 'reticularDermis', label: 'Reticular dermis' },
  { colour: 'subcutis', label: 'Subcutis (fat)' },
  { colour: 'lesionBorder', label: 'Lesion border', shape: 'line' },
]

const STRUCTURES: LegendEntry[] = [
  { colour: 'outerRootSheath', label: 'Follicle: outer root sheath' },
  { colour: 'bulgeMarker', label: 'Follicle: bulge (stem-cell niche)', shape: 'line' },
  { colour: 'bulb', label: 'Follicle: bulb' },
  { colour: 'dermalPapilla', label: 'Follicle: dermal papilla' },
  { colour: 'hairShaftPigmented', label: 'Hair shaft (pigmented)', shape: 'line' },
  { colour: 'hairShaftWhite', label: 'Hair shaft (white, in lesion)', shape: 'line' },
  { colour: 'melanocyte', label: 'Basal melanocyte', shape: 'dot' },
  { colour: 'precursor', label: 'Dormant melanocyte precursor', shape: 'dot' },
  { colour: 'tCell', label: 'CD8+ T lymphocyte', shape: 'dot' },
]

export function Entry({ entry }: { entry: LegendEntry }) {
  return (
    <li>
      <span
        className={`legend-mark legend-${entry.shape ?? 'swatch'}`}
        style={{ background: PALETTE[entry.colour] }}
        aria-hidden="true"
      />
      {entry.label}
    </li>
  )
}

export function Legend() {
  return (
    <section className="panel-section" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <div className="legend-columns">
        <ul className="legend">
          {TISSUE.map((e) => (
            <Entry key={e.label} entry={e} />
          ))}
        </ul>
        <ul className="legend">
          {STRUCTURES.map((e) => (
            <Entry key={e.label} entry={e} />
          ))}
        </ul>
      </div>
    </section>
  )
}
