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
  cutFraction: number
}

/** Damping keeps the camera gliding after a drag; people who ask for reduced motion get a camera that stops. */
function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
  )
}

/** Room left around the block in the default view, CSS px: the depth ruler's labels on the left, the layer
 *  names on the right, the scale note at the bottom. */
export const FRAME_MARGINS_PX = { left: 104, right: 176, top: 20, bottom: 50 }

/**
 * Default pose: looking from VIEW_DIR at the kept part of the block, at the distance and with the sideways shift
 * that make the block (and a little headroom for the hair shafts) fill the viewport inside FRAME_MARGINS_PX.
 */
export function defaultPose(
  d: Dims,
  width: number,
  height: number,
): { position: THREE.Vector3; target: THREE.Vector3 } {
  const w = d.widthUm / 1000
  const l = d.lengthUm / 1000
  const h = d.depthUm / 1000
  const cutZ = l / 2 - Math.min(0.9, Math.max(0, d.cutFraction)) * l
  const backZ = -l / 2
  const W = Math.max(1, width)
  const H = Math.max(1, height)
  const aspect = W / H
  const corners: THREE.Vector3[] = []
  for (const x of [-w / 2, w / 2])
    for (const y of [0.3, -h]) for (const z of [cutZ, backZ]) corners.push(new THREE.Vector3(x, y, z))
  const target = new THREE.Vector3(0, -h / 2, (cutZ + backZ) / 2)
  const cam = new THREE.PerspectiveCamera(CAMERA_FOV, aspect, 0.01, 1000)
  const tanHalf = Math.tan((CAMERA_FOV * Math.PI) / 360)
  // the allowed rectangle in normalised device coordinates (never less than a third of the viewport)
  const m = FRAME_MARGINS_PX
  const sx = Math.min(1, (W * 0.67) / (m.left + m.right))
  const sy = Math.min(1, (H * 0.67) / (m.top + m.bottom))
  const xl = -1 + (2 * m.left * sx) / W
  const xr = 1 - (2 * m.right * sx) / W
  const yb = -1 + (2 * m.bottom * sy) / H
  const yt = 1 - (2 * m.top * sy) / H
  const right = new THREE.Vector3()
  const up = new THREE.Vector3()
  const p = new THREE.Vector3()
  let dist = (Math.sqrt(w * w + l * l + h * h) / tanHalf) * 0.6
  for (let iter = 0; iter < 6; iter++) {
    cam.position.copy(target).addScaledVector(VIEW_DIR, dist)
    cam.lookAt(target)
    cam.updateMatrixWorld()
    let minX = Infinity
    let maxX = -Infinity
    let minY = Infinity
    let maxY = -Infinity
    for (const c of corners) {
      p.copy(c).project(cam)
      minX = Math.min(minX, p.x)
      maxX = Math.max(maxX, p.x)
      minY = Math.min(minY, p.y)
      maxY = Math.max(maxY, p.y)
    }
    right.setFromMatrixColumn(cam.matrixWorld, 0)
    up.setFromMatrixColumn(cam.matrixWorld, 1)
    const offX = (minX + maxX) / 2 - (xl + xr) / 2
    const offY = (minY + maxY) / 2 - (yb + yt) / 2
    target.addScaledVector(right, offX * dist * tanHalf * aspect).addScaledVector(up, offY * dist * tanHalf)
    dist *= Math.max((maxX - minX) / (xr - xl), (maxY - minY) / (yt - yb))
  }
  return { position: target.clone().addScaledVector(VIEW_DIR, dist), target }
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
    const cutFraction = useDermaStore.getState().view.cutFraction
    const pose = defaultPose({ widthUm, lengthUm, depthUm, cutFraction }, size.width, size.height)
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
      enableDamping={!testMode && !prefersReducedMotion()}
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
