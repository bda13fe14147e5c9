// One orbit control for both halves: the two drei Views render with the same (root) camera, so dragging on either
// half turns both: the intact and the lasered skin are always seen from the same place.
import { useEffect } from 'react'
import { PerspectiveCamera } from 'three'
import { useThree } from '@react-three/fiber'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'

/** What the camera looks at: the middle of the slab's cut face (1 unit = 100 µm). */
export const DELIVER_TARGET: [number, number, number] = [0, -1.55, -0.9]
export const DELIVER_CAMERA: [number, number, number] = [3.4, 1.5, 10.2]
/** Vertical field of view of the shared camera, degrees (widened for narrow halves: deliverFovFor). */
export const DELIVER_FOV = 30

/** Width ÷ height of a half for which the slab was framed (a 1280 × 720 window); narrower halves widen the view. */
const FRAMED_HALF_ASPECT = 0.85

/** Vertical field of view that keeps the framed horizontal view in a half of this aspect (tablets, portrait). */
export function deliverFovFor(halfAspect: number): number {
  if (!(halfAspect > 0) || halfAspect >= FRAMED_HALF_ASPECT) return DELIVER_FOV
  const halfTan = Math.tan((DELIVER_FOV * Math.PI) / 360) * (FRAMED_HALF_ASPECT / halfAspect)
  return (Math.atan(halfTan) * 360) / Math.PI
}

export function SharedOrbit({ element }: { element: HTMLElement | null }) {
  const camera = useThree((s) => s.camera)
  const invalidate = useThree((s) => s.invalidate)
  const size = useThree((s) => s.size)
  // The canvas spans both halves; each View draws one half with this camera.
  useEffect(() => {
    if (!(camera instanceof PerspectiveCamera)) return
    camera.fov = deliverFovFor(size.width / 2 / Math.max(1, size.height))
    camera.updateProjectionMatrix()
    invalidate()
  }, [camera, size, invalidate])
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
