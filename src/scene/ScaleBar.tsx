// Depth ruler in µm along the left edge of the cut face: a tick every 100 µm, a labelled tick every 500 µm.
// Ticks are thin quads in the cut plane (one draw call); labels are plain DOM text over the canvas (no fonts are
// fetched, nothing is drawn with troika).
import { useEffect, useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import * as THREE from 'three'
import type { SkinBlock } from '../sim'
import type { SectionFrame } from './coords'
import { RENDER_ORDER } from './materials'

const MINOR_UM = 100
const MAJOR_UM = 500
const GAP = 0.018 // mm between the block edge and the ruler's spine
const MINOR_LEN = 0.04
const MAJOR_LEN = 0.085
const THICK = 0.009

const LABEL_CSS =
  'position:absolute;left:0;top:0;white-space:nowrap;pointer-events:none;user-select:none;' +
  'font:600 14px/1 system-ui,"Segoe UI",Roboto,Arial,sans-serif;color:#f4f7fa;' +
  'text-shadow:0 0 3px #000,0 1px 2px #000,0 0 6px rgb(0 0 0 / 80%);will-change:transform;'

interface LabelSpec {
  text: string
  position: THREE.Vector3
  /** CSS offset applied after moving to the projected point, e.g. right-aligned and vertically centred. */
  align: string
  extraCss?: string
}

function rulerGeometry(frame: SectionFrame, depthUm: number): THREE.BufferGeometry {
  const pos: number[] = []
  const idx: number[] = []
  const z = frame.cutZ + 0.0005
  const x0 = -frame.halfW - GAP
  const rect = (xa: number, ya: number, xb: number, yb: number) => {
    const base = pos.length / 3
    pos.push(xa, ya, z, xb, ya, z, xb, yb, z, xa, yb, z)
    idx.push(base, base + 1, base + 2, base, base + 2, base + 3)
  }
  const bottom = -depthUm / 1000
  rect(x0 - THICK / 2, bottom - THICK / 2, x0 + THICK / 2, THICK / 2) // spine
  for (let d = 0; d <= depthUm + 1e-6; d += MINOR_UM) {
    const y = -d / 1000
    const len = d % MAJOR_UM === 0 ? MAJOR_LEN : MINOR_LEN
    rect(x0 - len, y - THICK / 2, x0, y + THICK / 2)
  }
  const g = new THREE.BufferGeometry()
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3))
  g.setIndex(idx)
  g.computeBoundingSphere()
  return g
}

const noRaycast = () => undefined

export function ScaleBar({ block, frame }: { block: SkinBlock; frame: SectionFrame }) {
  const depthUm = block.depths.blockBottomUm
  const invalidate = useThree((s) => s.invalidate)
  const gl = useThree((s) => s.gl)
  const material = useMemo(
    () => new THREE.MeshBasicMaterial({ color: '#e9eff4', side: THREE.DoubleSide }),
    [],
  )
  const geometry = useMemo(() => rulerGeometry(frame, depthUm), [frame, depthUm])
  useEffect(() => () => geometry.dispose(), [geometry])
  useEffect(() => () => material.dispose(), [material])
  useEffect(() => invalidate(), [geometry, invalidate])

  const labels = useMemo<LabelSpec[]>(() => {
    const x = -frame.halfW - GAP - MAJOR_LEN
    const list: LabelSpec[] = []
    for (let d = 0; d <= depthUm + 1e-6; d += MAJOR_UM) {
      list.push({
        text: d === 0 ? '0' : `${d} µm`,
        position: new THREE.Vector3(x, -d / 1000, frame.cutZ),
        align: 'translate(-100%, -50%) translate(-6px, 0)',
      })
    }
    list.push({
      text: 'depth',
      position: new THREE.Vector3(-frame.halfW - GAP, 0.05, frame.cutZ),
      align: 'translate(-50%, -100%) translate(0, -10px)',
      extraCss: 'font-size:13px;color:#d9e3ea;',
    })
    return list
  }, [frame, depthUm])

  // DOM labels in one overlay (no nested React roots, unlike drei <Html>, whose per-label React roots log errors
  // under React 19 StrictMode): positioned by projecting their anchors each rendered frame, written only when
  // they move. Ruler and labels are hidden while the camera is behind the cut plane.
  const overlay = useRef<{ els: HTMLDivElement[]; last: Float32Array; shown: boolean } | null>(null)
  useEffect(() => {
    const host = gl.domElement.parentElement
    if (!host) return
    const container = document.createElement('div')
    container.setAttribute('aria-hidden', 'true')
    container.dataset.testid = 'scale-bar-labels'
    container.style.cssText = 'position:absolute;inset:0;overflow:hidden;pointer-events:none;z-index:1;'
    const els = labels.map((l) => {
      const el = document.createElement('div')
      el.textContent = l.text
      el.style.cssText = LABEL_CSS + (l.extraCss ?? '')
      container.appendChild(el)
      return el
    })
    host.appendChild(container)
    overlay.current = { els, last: new Float32Array(labels.length * 2).fill(Number.NaN), shown: true }
    invalidate()
    return () => {
      overlay.current = null
      container.remove()
    }
  }, [gl, labels, invalidate])

  const v = useMemo(() => new THREE.Vector3(), [])
  const ticks = useRef<THREE.Mesh>(null)
  useFrame(({ camera, size }) => {
    const o = overlay.current
    if (!o) return
    const shown = camera.position.z > frame.cutZ
    if (shown !== o.shown) {
      o.shown = shown
      for (const el of o.els) el.style.visibility = shown ? 'visible' : 'hidden'
    }
    if (ticks.current) ticks.current.visible = shown
    if (!shown) return
    for (let i = 0; i < labels.length; i++) {
      v.copy(labels[i].position).project(camera)
      const x = Math.round((v.x * 0.5 + 0.5) * size.width)
      const y = Math.round((0.5 - v.y * 0.5) * size.height)
      if (x === o.last[i * 2] && y === o.last[i * 2 + 1]) continue
      o.last[i * 2] = x
      o.last[i * 2 + 1] = y
      o.els[i].style.transform = `translate(${x}px, ${y}px) ${labels[i].align}`
    }
  })

  return (
    <group name="scale-bar">
      <mesh
        ref={ticks}
        geometry={geometry}
        material={material}
        renderOrder={RENDER_ORDER.overlay}
        raycast={noRaycast}
      />
    </group>
  )
}
