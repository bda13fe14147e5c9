// Lets window.dermasim read the renderer (draw calls, triangles), find structures on screen and render frames
// on demand. Frames are counted in scene.onAfterRender, i.e. after the renderer has drawn them.
import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import * as THREE from 'three'
import { markReady, registerRenderProbe, type LocatableKind } from '../state/automation'
import type { CellKind } from '../sim'
import { inVisibleSlab, toWorld, type SectionFrame } from './coords'
import { follicleAxisWorld } from './follicleGeometry'
import type { SceneRegistry } from './picking'
import { useSceneRegistry } from './sceneContext'

interface FrameWaiter {
  remaining: number
  resolve: () => void
  timer: ReturnType<typeof setTimeout>
}

const tmp = new THREE.Vector3()
const ndc = new THREE.Vector3()
const ray = new THREE.Ray()
const hitPoint = new THREE.Vector3()
const cutPlane = new THREE.Plane()
const zNormal = new THREE.Vector3(0, 0, 1)
const w = { x: 0, y: 0, z: 0 }

/** True if the segment camera -> point enters the kept block through the cut face (the only window into the slab). */
function seenThroughCutFace(camera: THREE.Camera, frame: SectionFrame, point: THREE.Vector3): boolean {
  if (point.y >= 0) return true
  camera.getWorldPosition(tmp)
  if (tmp.z <= frame.cutZ) return false
  ray.origin.copy(tmp)
  ray.direction.copy(point).sub(tmp).normalize()
  cutPlane.set(zNormal, -frame.cutZ)
  if (!ray.intersectPlane(cutPlane, hitPoint)) return false
  return Math.abs(hitPoint.x) <= frame.halfW && hitPoint.y <= 0 && hitPoint.y >= frame.bottomY
}

function toScreen(
  camera: THREE.Camera,
  rect: DOMRect,
  point: THREE.Vector3,
): { ndcX: number; ndcY: number; x: number; y: number } | null {
  ndc.copy(point).project(camera)
  if (ndc.z < -1 || ndc.z > 1 || Math.abs(ndc.x) > 0.98 || Math.abs(ndc.y) > 0.98) return null
  return {
    ndcX: ndc.x,
    ndcY: ndc.y,
    x: rect.left + ((ndc.x + 1) / 2) * rect.width,
    y: rect.top + ((1 - ndc.y) / 2) * rect.height,
  }
}

const LOCATABLE_CELLS: Record<Exclude<LocatableKind, 'follicle'>, CellKind> = {
  melanocyte: 'melanocyte',
  precursor: 'precursor',
  tCell: 'tCell',
}

export function locateStructure(
  registry: SceneRegistry,
  camera: THREE.Camera,
  rect: DOMRect,
  kind: LocatableKind,
  index: number,
): { x: number; y: number } | null {
  const block = registry.block
  const frame = registry.frame
  if (!block || !frame || !(index >= 0)) return null
  camera.updateMatrixWorld()
  let seen = 0
  const p = new THREE.Vector3()
  const tryPoint = (
    matches: (r: ReturnType<SceneRegistry['pick']>) => boolean,
  ): { x: number; y: number } | null => {
    if (!inVisibleSlab(frame, p.x, p.y, p.z) || !seenThroughCutFace(camera, frame, p)) return null
    const s = toScreen(camera, rect, p)
    if (!s) return null
    const r = registry.pick(s.ndcX, s.ndcY, camera)
    return matches(r) ? { x: s.x, y: s.y } : null
  }

  if (kind === 'follicle') {
    const f = registry.follicles
    if (!f || !f.mesh.visible) return null
    const d = block.depths
    const mid = (d.dermoEpidermalJunctionUm + d.reticularDermisBottomUm) / 2
    for (let fi = 0; fi < block.follicles.length; fi++) {
      const fol = block.follicles[fi]
      // mid-dermis first, then other depths along the axis
      const depths = [mid]
      for (let k = 1; k <= 12; k++)
        depths.push(fol.infundibulumDepthUm + ((fol.bulbBaseDepthUm - fol.infundibulumDepthUm) * k) / 13)
      depths.sort((a, b) => Math.abs(a - mid) - Math.abs(b - mid))
      let found: { x: number; y: number } | null = null
      for (const depth of depths) {
        if (depth >= fol.bulbBaseDepthUm) continue
        follicleAxisWorld(block, fol, depth, p)
        found = tryPoint((r) => !!r && r.kind === 'follicle' && r.index === fi)
        if (found) break
      }
      if (found) {
        if (seen === index) return found
        seen++
      }
    }
    return null
  }

  const cellKind = LOCATABLE_CELLS[kind]
  const t = cellKind ? registry.cells[cellKind] : null
  if (!t || !t.mesh.visible) return null
  for (let i = 0; i < t.cells.length; i++) {
    const c = t.cells[i]
    toWorld(block, c.xUm, c.yUm, c.depthUm, w)
    p.set(w.x, w.y, w.z)
    const found = tryPoint((r) => !!r && r.kind === 'cell' && r.cellKind === cellKind && r.index === i)
    if (found) {
      if (seen === index) return found
      seen++
    }
  }
  return null
}

export function RenderProbe() {
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const get = useThree((s) => s.get)
  const invalidate = useThree((s) => s.invalidate)
  const registry = useSceneRegistry()

  useEffect(() => {
    const last = { calls: 0, triangles: 0 }
    const waiters: FrameWaiter[] = []
    let ready = false
    const previous = scene.onAfterRender
    scene.onAfterRender = function (...args) {
      previous.apply(this, args)
      last.calls = gl.info.render.calls
      last.triangles = gl.info.render.triangles
      if (!ready) {
        ready = true
        markReady()
      }
      let more = false
      for (let i = waiters.length - 1; i >= 0; i--) {
        const wt = waiters[i]
        wt.remaining--
        if (wt.remaining <= 0) {
          clearTimeout(wt.timer)
          waiters.splice(i, 1)
          wt.resolve()
        } else more = true
      }
      if (more) invalidate()
    }

    registerRenderProbe({
      renderInfo: () => ({ calls: last.calls, triangles: last.triangles }),
      locate: (kind, index) => {
        const rect = gl.domElement.getBoundingClientRect()
        return locateStructure(registry, get().camera, rect, kind, index)
      },
      renderFrames: (n) =>
        new Promise<void>((resolve) => {
          const waiter: FrameWaiter = {
            remaining: Math.max(1, Math.floor(n)),
            resolve,
            // never hang: a hidden tab renders nothing (generous: software WebGL can take ~0.5 s a frame)
            timer: setTimeout(
              () => {
                const i = waiters.indexOf(waiter)
                if (i >= 0) waiters.splice(i, 1)
                resolve()
              },
              10000 + n * 1000,
            ),
          }
          waiters.push(waiter)
          invalidate()
        }),
    })
    return () => {
      registerRenderProbe(null)
      scene.onAfterRender = previous
      for (const wt of waiters) {
        clearTimeout(wt.timer)
        wt.resolve()
      }
    }
  }, [gl, scene, get, invalidate, registry])

  return null
}
