// Default 3/4 view (front-top-right) on the cut face, the lesion on the top surface and the hair shafts; orbit
// controls with limits that keep the camera above the block's underside and the target near the block.
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { useThree } from '@react-three/fiber'
import { OrbitControls } from '@react-three/drei'
import * as THREE from 'three'
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib'
import { useDermaStore } from '../state/store'

/** Vertical field of view of the camera, degrees. */
export const CAMERA_FOV = 30

/** Direction from the target to the default camera position: right, up, front. */
const VIEW_DIR = new THREE.Vector3(0.55, 0.74, 1).normalize()

let resetCurrent: (() => void) | null = null

/** Puts the camera back on the default view (for a "reset view" button or key). */
export function resetView(): void {
  resetCurrent?.()
}

interface Dims {
  widthUm: number
  lengthUm: number
  depthUm: number
}

export function defaultPose(d: Dims, aspect: number): { position: THREE.Vector3; target: THREE.Vector3 } {
  const w = d.widthUm / 1000
  const l = d.lengthUm / 1000
  const h = d.depthUm / 1000
  const target = new THREE.Vector3(0, -h * 0.42, -l * 0.06)
  const radius = 0.5 * Math.sqrt(w * w + l * l + h * h)
  const vFov = (CAMERA_FOV * Math.PI) / 180
  const hFov = 2 * Math.atan(Math.tan(vFov / 2) * Math.max(0.5, aspect))
  const fit = radius / Math.sin(Math.min(vFov, hFov) / 2)
  const position = target.clone().addScaledVector(VIEW_DIR, fit * 0.8)
  // frame the block a little left of centre: the layer names sit to its right
  const right = new THREE.Vector3().crossVectors(VIEW_DIR, new THREE.Vector3(0, 1, 0)).negate().normalize()
  const shift = radius * 0.2
  position.addScaledVector(right, shift)
  target.addScaledVector(right, shift)
  return { position, target }
}

export function CameraRig() {
  const block = useDermaStore((s) => s.block)
  const testMode = useDermaStore((s) => s.testMode)
  const camera = useThree((s) => s.camera)
  const getState = useThree((s) => s.get)
  const invalidate = useThree((s) => s.invalidate)
  const controls = useRef<OrbitControlsImpl>(null)
  const widthUm = block.widthUm
  const lengthUm = block.lengthUm
  const depthUm = block.depths.blockBottomUm

  const reset = useCallback(() => {
    const { size } = getState()
    const aspect = size.height > 0 ? size.width / size.height : 1.5
    const pose = defaultPose({ widthUm, lengthUm, depthUm }, aspect)
    camera.position.copy(pose.position)
    camera.lookAt(pose.target)
    const c = controls.current
    if (c) {
      c.target.copy(pose.target)
      c.update()
    }
    invalidate()
  }, [camera, getState, widthUm, lengthUm, depthUm, invalidate])

  // the default view when the block's dimensions change (and once the viewport's size is known)
  useEffect(() => {
    reset()
  }, [reset])

  useEffect(() => {
    resetCurrent = reset
    return () => {
      if (resetCurrent === reset) resetCurrent = null
    }
  }, [reset])

  // keep the orbit target (and so the pan) near the block
  const bounds = useMemo(() => {
    const w = widthUm / 1000
    const l = lengthUm / 1000
    const h = depthUm / 1000
    return new THREE.Box3(
      new THREE.Vector3(-w * 0.75, -h * 1.05, -l * 0.75),
      new THREE.Vector3(w * 0.75, 0.4, l * 0.75),
    )
  }, [widthUm, lengthUm, depthUm])
  const delta = useMemo(() => new THREE.Vector3(), [])
  const onChange = useCallback(() => {
    const c = controls.current
    if (!c) return
    const t = c.target
    const d = delta.copy(t)
    t.clamp(bounds.min, bounds.max)
    d.sub(t)
    if (d.lengthSq() > 0) camera.position.sub(d)
  }, [camera, bounds, delta])

  const size3 = Math.max(widthUm, lengthUm, depthUm) / 1000
  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping={!testMode}
      dampingFactor={0.12}
      rotateSpeed={0.7}
      zoomSpeed={0.8}
      minDistance={size3 * 0.35}
      maxDistance={size3 * 6}
      minPolarAngle={0.05}
      maxPolarAngle={Math.PI * 0.5 + 0.12}
      screenSpacePanning
      onChange={onChange}
    />
  )
}
