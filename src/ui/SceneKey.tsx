import { useDermaStore } from '../state/store'
import { Entry, type LegendEntry } from './Legend'

const LESION: LegendEntry = { colour: 'skinSurfaceLesion', label: 'Vitiligo lesion (no melanocytes)' }
const BORDER: LegendEntry = { colour: 'lesionBorder', label: 'Lesion border', shape: 'line' }
const BULGE: LegendEntry = { colour: 'bulgeMarker', label: 'Follicle bulge (stem-cell niche)', shape: 'line' }
const MELANOCYTE: LegendEntry = { colour: 'melanocyte', label: 'Basal melanocyte', shape: 'dot' }
const PRECURSOR: LegendEntry = { colour: 'precursor', label: 'Dormant melanocyte precursor', shape: 'dot' }
const T_CELL: LegendEntry = { colour: 'tCell', label: 'CD8+ T lymphocyte', shape: 'dot' }

/**
 * The few colours a lecture needs on screen, in a corner of the 3D view (the full legend stays in the panel, below
 * the laser settings, where a projector's first screen does not reach). Only what is shown is listed.
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
