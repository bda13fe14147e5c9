// All hair follicles of the block in one merged mesh (one draw call), rebuilt only when the block changes.
// Treatment pass: a column's crater cuts the follicle and its coagulated zone greys it (shaders/structure.frag).
import { useEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import * as THREE from 'three'
import { useDermaStore } from '../state/store'
import { buildFollicleGeometry } from './follicleGeometry'
import { createStructureMaterial, RENDER_ORDER, type StructureUniforms } from './materials'
import { useSceneRegistry } from './sceneContext'
import type { TreatmentUniforms } from './laser/treatmentUniforms'

export function Follicles({ clip, treat }: { clip: StructureUniforms; treat: TreatmentUniforms }) {
  const block = useDermaStore((s) => s.block)
  const show = useDermaStore((s) => s.view.showFollicles)
  const registry = useSceneRegistry()
  const invalidate = useThree((s) => s.invalidate)

  const built = useMemo(() => {
    const data = buildFollicleGeometry(block)
    if (!data) return null
    const material = createStructureMaterial({
      name: 'follicles',
      clip,
      vertexColors: true,
      rimDark: 0.42,
      rootZ: true,
      treat,
      wound: true,
    })
    const mesh = new THREE.Mesh(data.geometry, material)
    mesh.name = 'follicles'
    mesh.renderOrder = RENDER_ORDER.structures
    return { data, mesh }
  }, [block, clip, treat])

  useEffect(() => {
    if (!built) return
    registry.follicles = built
    invalidate()
    return () => {
      if (registry.follicles === built) registry.follicles = null
      built.data.geometry.dispose()
      ;(built.mesh.material as THREE.Material).dispose()
    }
  }, [built, registry, invalidate])

  useEffect(() => {
    if (built) built.mesh.visible = show
    invalidate()
  }, [built, show, invalidate])

  if (!built) return null
  return <primitive object={built.mesh} />
}
