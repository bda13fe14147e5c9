// One arm's tissue: half of the unit cell around one MTZ (x, z ∈ [−R, R] × [−R, 0], 1 unit = 100 µm), cut through
// the MTZ axis so that the front face is the (r, depth) section, from the top of the vehicle film down to the
// bottom of the view grid. Coloured by tissueMaterial (the field texture); no per-frame work here.
import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import vert from '../../../shaders/deliverTissue.vert?raw'
import frag from '../../../shaders/deliverTissue.frag?raw'
import type { DeliverViewData } from '../../workers/transportProtocol'
import type { DeliverField } from '../../state/deliverSlice'

export const UM_PER_UNIT = 100

export function TissueSlab({
  data,
  field,
  texture,
  lut,
}: {
  data: DeliverViewData
  field: DeliverField
  texture: THREE.Texture
  lut: THREE.Texture
}) {
  const r = data.radiusUm / UM_PER_UNIT
  const top = -data.topUm / UM_PER_UNIT
  const bottom = -data.bottomUm / UM_PER_UNIT
  const geometry = useMemo(() => {
    const g = new THREE.BoxGeometry(2 * r, top - bottom, r)
    g.translate(0, (top + bottom) / 2, -r / 2)
    return g
  }, [r, top, bottom])
  const material = useMemo(
    () =>
      new THREE.ShaderMaterial({
        vertexShader: vert,
        fragmentShader: frag,
        uniforms: {
          uField: { value: null },
          uLut: { value: null },
          uMode: { value: 0 },
          uRadiusUm: { value: 1 },
          uTopUm: { value: 0 },
          uBottomUm: { value: 1 },
          uLayersUm: { value: new THREE.Vector4() },
        },
      }),
    [],
  )
  useEffect(() => {
    const u = material.uniforms
    u.uField.value = texture
    u.uLut.value = lut
    u.uMode.value = field === 'uv' ? 1 : 0
    u.uRadiusUm.value = data.radiusUm
    u.uTopUm.value = data.topUm
    u.uBottomUm.value = data.bottomUm
    const l = data.layers
    ;(u.uLayersUm.value as THREE.Vector4).set(l.scBottomUm, l.basalTopUm, l.dejUm, l.papillaryBottomUm)
  }, [material, texture, lut, field, data])
  useEffect(() => () => geometry.dispose(), [geometry])
  useEffect(() => () => material.dispose(), [material])
  return <mesh geometry={geometry} material={material} />
}
