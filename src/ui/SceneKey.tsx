import { useDermaStore } from '../state/store'
import { Entry, type LegendEntry } from './Legend'

const LESION: LegendEntry = { colour: 'skinSurfaceLesion', label: 'Vitiligo lesion' }
const BORDER: LegendEntry = { colour: 'lesionBorder', label: 'Lesion border', shape: 'line' }
const BULGE: LegendEntry = { colour: 'bulgeMarker', label: 'Bulge (stem-cell niche)', shape: 'line' }
const MELANOCYTE: LegendEntry = { colour: 'melanocyte', label: 'Melanocyte', shape: 'dot' }
const PRECURSOR: LegendEntry = { colour: 'precursor', label: 'Dormant precursor', shape: 'dot' }
const T_CELL: LegendEntry = { colour: 'tCell', label: 'CD8+ T cell', shape: 'dot' }

/**
 * The few colours a lecture needs on screen, in one row along the foot of the 3D view (the full legend stays in
 * the panel, below the laser settings, where a projector's first screen does not reach). Only what is shown is
 * listed.
 */
export function SceneKey() {
  const view = useDermaStore((s) => s.view)
  const entries = [
    LESION,
    BORDER,
    ...(view.showFollicles ? [BULGE] : []),
    ...(view.showMelanocytes ? [MELANOCYTE, PRECURSOR] : []),
    ...(view.showTCells ? [T_CELL] : []),
  ]
  return (
    <div className="scene-key" role="group" aria-label="Key to the block">
      <ul className="legend">
        {entries.map((e) => (
          <Entry key={e.label} entry={e} />
        ))}
      </ul>
    </div>
  )
}
