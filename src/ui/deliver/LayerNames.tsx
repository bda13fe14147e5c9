// Names of the skin layers beside the left slab's cut face; LabelProjector (in the canvas) keeps them on their
// depths as the camera moves.
import { useDermaStore } from '../../state/store'
import type { ProjectedLabel } from '../../scene/deliver/LabelProjector'
import { UM_PER_UNIT } from '../../scene/deliver/TissueSlab'

export function LayerNames({ labelsRef }: { labelsRef: React.RefObject<ProjectedLabel[]> }) {
  const data = useDermaStore((s) => s.deliver.data)
  if (!data) return null
  const l = data.layers
  const names: [string, number][] = [
    ['Vehicle (cream)', data.topUm / 2],
    ['Stratum corneum', l.scBottomUm / 2],
    ['Viable epidermis', (l.scBottomUm + l.basalTopUm) / 2],
    ['Basal layer', (l.basalTopUm + l.dejUm) / 2],
    ['Dermis', (l.dejUm + data.bottomUm) / 2],
  ]
  const x = -data.radiusUm / UM_PER_UNIT
  return (
    <ul className="deliver-layer-names" aria-label="Skin layers, top to bottom">
      {names.map(([name, depthUm], k) => (
        <li
          key={name}
          ref={(el) => {
            labelsRef.current[k] = { element: el, x, y: -depthUm / UM_PER_UNIT, z: 0 }
          }}
        >
          <span>{name}</span>
        </li>
      ))}
    </ul>
  )
}
