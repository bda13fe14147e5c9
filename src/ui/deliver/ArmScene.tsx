// What one half of the stage draws inside its drei View: the background, the tissue slab and, in the NB-UVB map,
// the beam of light above it.
import type * as THREE from 'three'
import { useDermaStore } from '../../state/store'
import { TissueSlab } from '../../scene/deliver/TissueSlab'
import { UvBeam } from '../../scene/deliver/UvBeam'

const BACKGROUND = '#0f1720'

export function ArmScene({
  arm,
  texture,
  lut,
}: {
  arm: 'intact' | 'lasered'
  texture: THREE.Texture
  lut: THREE.Texture
}) {
  const data = useDermaStore((s) => s.deliver.data)
  const field = useDermaStore((s) => s.deliver.field)
  return (
    <>
      <color attach="background" args={[BACKGROUND]} />
      {data && <TissueSlab key={arm} data={data} field={field} texture={texture} lut={lut} />}
      {data && field === 'uv' && <UvBeam radiusUm={data.radiusUm} filmUm={-data.topUm} />}
    </>
  )
}
