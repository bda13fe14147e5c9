// Keeps DOM labels (layer names beside the left slab) on their anchors as the shared camera moves. Runs after the
// Views have drawn (the camera then has the halves' aspect); writes styles only when the camera has moved.
import { useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import * as THREE from 'three'

export interface ProjectedLabel {
  element: HTMLElement | null
  /** Anchor in world units (1 unit = 100 µm). */
  x: number
  y: number
  z: number
}

const AFTER_VIEWS = 20
const v = new THREE.Vector3()

export function LabelProjector({
  host,
  labels,
}: {
  host: React.RefObject<HTMLElement | null>
  labels: React.RefObject<ProjectedLabel[]>
}) {
  const lastMatrix = useRef(new THREE.Matrix4())
  const lastSize = useRef({ w: 0, h: 0, n: 0 })
  useFrame(({ camera }) => {
    const el = host.current
    const list = labels.current
    if (!el || !list) return
    const w = el.clientWidth
    const h = el.clientHeight
    camera.updateMatrixWorld()
    const same =
      lastMatrix.current.equals(camera.matrixWorld) &&
      lastSize.current.w === w &&
      lastSize.current.h === h &&
      lastSize.current.n === list.length
    if (same) return
    lastMatrix.current.copy(camera.matrixWorld)
    const last = lastSize.current
    last.w = w
    last.h = h
    last.n = list.length
    for (const label of list) {
      if (!label.element) continue
      v.set(label.x, label.y, label.z).project(camera)
      const visible = v.z < 1 && Math.abs(v.x) < 1 && Math.abs(v.y) < 1
      label.element.style.visibility = visible ? 'visible' : 'hidden'
      label.element.style.transform = `translate(${((v.x + 1) / 2) * w}px, ${((1 - v.y) / 2) * h}px)`
    }
  }, AFTER_VIEWS)
  return null
}
