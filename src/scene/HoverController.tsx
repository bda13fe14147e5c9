// Hover and tap labels: one set of pointer listeners on the canvas, at most one pick per animation frame.
// The store is told only when the structure under the pointer changes, plus position updates at most every
// 50 ms while it stays the same (the label follows the pointer without re-rendering React per move).
import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import { useDermaStore } from '../state/store'
import { useSceneRegistry } from './sceneContext'

const POSITION_INTERVAL_MS = 50

export function HoverController() {
  const gl = useThree((s) => s.gl)
  const get = useThree((s) => s.get)
  const registry = useSceneRegistry()

  useEffect(() => {
    const el = gl.domElement
    let pending = 0
    let lastName: string | null = null
    let lastSent = 0
    let px = 0
    let py = 0

    const clear = () => {
      if (pending) cancelAnimationFrame(pending)
      pending = 0
      if (lastName !== null) {
        lastName = null
        useDermaStore.getState().setHovered(null)
      }
    }

    const pickNow = () => {
      pending = 0
      const rect = el.getBoundingClientRect()
      if (rect.width <= 0 || rect.height <= 0) return
      const ndcX = ((px - rect.left) / rect.width) * 2 - 1
      const ndcY = -(((py - rect.top) / rect.height) * 2 - 1)
      const hit = registry.pick(ndcX, ndcY, get().camera)
      if (!hit) {
        clear()
        return
      }
      const now = performance.now()
      if (hit.name !== lastName || now - lastSent >= POSITION_INTERVAL_MS) {
        lastName = hit.name
        lastSent = now
        useDermaStore.getState().setHovered({ name: hit.name, role: hit.role, clientX: px, clientY: py })
      }
    }

    const onMove = (e: PointerEvent) => {
      // while orbiting or panning with a mouse, no labels
      if (e.pointerType === 'mouse' && e.buttons !== 0) {
        clear()
        return
      }
      if (e.pointerType === 'touch') return
      px = e.clientX
      py = e.clientY
      if (!pending) pending = requestAnimationFrame(pickNow)
    }
    const onDown = (e: PointerEvent) => {
      if (e.pointerType === 'mouse') {
        clear()
        return
      }
      // tap (touch or pen): show the label of what was tapped right away
      px = e.clientX
      py = e.clientY
      lastName = null
      pickNow()
    }
    const onLeave = () => clear()
    const onWheel = () => clear()

    el.addEventListener('pointermove', onMove)
    el.addEventListener('pointerdown', onDown)
    el.addEventListener('pointerleave', onLeave)
    el.addEventListener('wheel', onWheel, { passive: true })
    return () => {
      el.removeEventListener('pointermove', onMove)
      el.removeEventListener('pointerdown', onDown)
      el.removeEventListener('pointerleave', onLeave)
      el.removeEventListener('wheel', onWheel)
      if (pending) cancelAnimationFrame(pending)
    }
  }, [gl, get, registry])

  return null
}
