// One orbit control for both halves: the two drei Views render with the same (root) camera, so dragging on either
// half turns both: the intact and the lasered skin are always seen from the same place.
import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'

/** What the camera looks at: the middle of the slab's cut face (1 unit = 100 µm). */
export const DELIVER_TARGET: [number, number, number] = [0, -1.55, -0.9]
export const DELIVER_CAMERA: [number, number, number] = [3.4, 1.5, 10.2]

export function SharedOrbit({ element }: { element: HTMLElement | null }) {
  const camera = useThree((s) => s.camera)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    if (!element) return
    camera.position.set(...DELIVER_CAMERA)
    const controls = new OrbitControls(camera, element)
    controls.target.set(...DELIVER_TARGET)
    controls.minDistance = 3
    controls.maxDistance = 20
    controls.update()
    const onChange = () => invalidate()
    controls.addEventListener('change', onChange)
    invalidate()
    return () => {
      controls.removeEventListener('change', onChange)
      controls.dispose()
    }
  }, [camera, element, invalidate])
  return null
}
