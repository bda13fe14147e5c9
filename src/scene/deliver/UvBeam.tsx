// In the NB-UVB map, a translucent column of light above the slab: where the light comes from. Its colour is a
// cue, not data (the tissue carries the dose on the cividis scale).
import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import vert from '../../../shaders/deliverBeam.vert?raw'
import frag from '../../../shaders/deliverBeam.frag?raw'
import { UM_PER_UNIT } from './TissueSlab'

const BEAM_HEIGHT = 1.6

export function UvBeam({ radiusUm, filmUm }: { radiusUm: number; filmUm: number }) {
  const r = radiusUm / UM_PER_UNIT
  const geometry = useMemo(() => {
    const g = new THREE.BoxGeometry(2 * r * 0.96, BEAM_HEIGHT, r * 0.96)
    g.translate(0, BEAM_HEIGHT / 2, -r / 2)
    return g
  }, [r])
  const material = useMemo(
    () =>
      new THREE.ShaderMaterial({
        vertexShader: vert,
        fragmentShader: frag,
        uniforms: {
          uHeight: { value: BEAM_HEIGHT },
          uColor: { value: new THREE.Color('#b39dff') },
          uOpacity: { value: 0.6 },
        },
        transparent: true,
        depthWrite: false,
        blending: THREE.AdditiveBlending,
        side: THREE.DoubleSide,
      }),
    [],
  )
  useEffect(() => () => geometry.dispose(), [geometry])
  useEffect(() => () => material.dispose(), [material])
  return (
    <mesh geometry={geometry} material={material} position={[0, filmUm / UM_PER_UNIT, 0]} renderOrder={1} />
  )
}
