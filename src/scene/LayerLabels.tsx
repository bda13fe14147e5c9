// Textbook-style layer names beside the block: each label sits to the right of the block's right-most vertical
// edge, with a leader line to that layer's mid-depth on the edge. Labels are pushed apart so they never overlap
// and are hidden when there is no room (zoomed in). DOM overlay, updated only when the camera or viewport moves.
import { useEffect, useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import * as THREE from 'three'
import type { SkinBlock } from '../sim'
import type { SectionFrame } from './coords'

const LABEL_H = 19
const GAP_PX = 26
const LABEL_W = 130

const LABEL_CSS =
  'position:absolute;left:0;top:0;white-space:nowrap;pointer-events:none;user-select:none;' +
  'font:600 14px/1 system-ui,"Segoe UI",Roboto,Arial,sans-serif;color:#f4f7fa;' +
  'text-shadow:0 0 3px #000,0 1px 2px #000,0 0 6px rgb(0 0 0 / 80%);will-change:transform;'

interface Layer {
  name: string
  midDepthUm: number
}

function layersOf(block: SkinBlock): Layer[] {
  const d = block.depths
  return [
    { name: 'Epidermis', midDepthUm: d.dermoEpidermalJunctionUm / 2 },
    { name: 'Papillary dermis', midDepthUm: (d.dermoEpidermalJunctionUm + d.papillaryDermisBottomUm) / 2 },
    { name: 'Reticular dermis', midDepthUm: (d.papillaryDermisBottomUm + d.reticularDermisBottomUm) / 2 },
    { name: 'Subcutis (fat)', midDepthUm: (d.reticularDermisBottomUm + d.blockBottomUm) / 2 },
  ]
}

const SVG_NS = 'http://www.w3.org/2000/svg'

export function LayerLabels({ block, frame }: { block: SkinBlock; frame: SectionFrame }) {
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  const layers = useMemo(() => layersOf(block), [block])

  const overlay = useRef<{
    labels: HTMLDivElement[]
    lines: SVGLineElement[]
    key: Float64Array
    width: number
  } | null>(null)

  useEffect(() => {
    const host = gl.domElement.parentElement
    if (!host) return
    const container = document.createElement('div')
    container.setAttribute('aria-hidden', 'true')
    container.dataset.testid = 'layer-labels'
    container.style.cssText = 'position:absolute;inset:0;overflow:hidden;pointer-events:none;z-index:1;'
    const svg = document.createElementNS(SVG_NS, 'svg')
    svg.setAttribute('width', '100%')
    svg.setAttribute('height', '100%')
    svg.style.cssText = 'position:absolute;inset:0;overflow:visible;'
    container.appendChild(svg)
    const lines = layers.map(() => {
      const line = document.createElementNS(SVG_NS, 'line')
      line.setAttribute('stroke', 'rgb(240 245 250 / 75%)')
      line.setAttribute('stroke-width', '1.25')
      svg.appendChild(line)
      return line
    })
    const labels = layers.map((l) => {
      const el = document.createElement('div')
      el.textContent = l.name
      el.style.cssText = LABEL_CSS
      container.appendChild(el)
      return el
    })
    host.appendChild(container)
    const width = Math.max(...labels.map((el) => el.offsetWidth)) || LABEL_W
    overlay.current = { labels, lines, key: new Float64Array(4).fill(Number.NaN), width }
    invalidate()
    return () => {
      overlay.current = null
      container.remove()
    }
  }, [gl, layers, invalidate])

  const v = useMemo(() => new THREE.Vector3(), [])
  const corners = useMemo(
    () => [new THREE.Vector2(), new THREE.Vector2(), new THREE.Vector2(), new THREE.Vector2()],
    [],
  )
  const anchors = useMemo(() => layers.map(() => ({ ax: 0, ay: 0, ly: 0 })), [layers])
  const order = useMemo(() => layers.map((_, i) => i), [layers])
  const byAnchorY = useMemo(() => (a: number, b: number) => anchors[a].ay - anchors[b].ay, [anchors])

  useFrame(({ camera, size }) => {
    const o = overlay.current
    if (!o) return
    // recompute only when the view changed
    const e = camera.matrixWorld.elements
    const k0 = e[12] + e[13] * 7 + e[14] * 13 + e[0] * 17 + e[9] * 19
    const k1 = size.width * 31 + size.height
    const k2 = frame.cutZ
    if (o.key[0] === k0 && o.key[1] === k1 && o.key[2] === k2 && o.key[3] === block.seed) return
    o.key[0] = k0
    o.key[1] = k1
    o.key[2] = k2
    o.key[3] = block.seed

    // the right-most vertical edge of the kept block on screen
    corners[0].set(frame.halfW, frame.cutZ)
    corners[1].set(-frame.halfW, frame.cutZ)
    corners[2].set(frame.halfW, frame.backZ)
    corners[3].set(-frame.halfW, frame.backZ)
    let best = 0
    let bestX = -Infinity
    let maxScreenX = -Infinity
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 2; j++) {
        const y = j === 0 ? 0 : frame.bottomY
        v.set(corners[i].x, y, corners[i].y).project(camera)
        const sx = (v.x * 0.5 + 0.5) * size.width
        if (sx > maxScreenX) maxScreenX = sx
        if (y === 0 && sx > bestX) {
          bestX = sx
          best = i
        }
      }
    }
    const cx = corners[best].x
    const cz = corners[best].y
    for (let i = 0; i < layers.length; i++) {
      v.set(cx, -layers[i].midDepthUm / 1000, cz).project(camera)
      anchors[i].ax = (v.x * 0.5 + 0.5) * size.width
      anchors[i].ay = (0.5 - v.y * 0.5) * size.height
      anchors[i].ly = anchors[i].ay
    }
    // push labels apart (top to bottom), then back up if they run off the bottom
    order.sort(byAnchorY)
    for (let j = 1; j < order.length; j++) {
      const prev = anchors[order[j - 1]]
      const cur = anchors[order[j]]
      if (cur.ly < prev.ly + LABEL_H) cur.ly = prev.ly + LABEL_H
    }
    const maxY = size.height - LABEL_H
    for (let j = order.length - 1; j >= 0; j--) {
      const cur = anchors[order[j]]
      const limit = j === order.length - 1 ? maxY : anchors[order[j + 1]].ly - LABEL_H
      if (cur.ly > limit) cur.ly = limit
    }
    const labelX = Math.round(maxScreenX + GAP_PX)
    const room = labelX + o.width + 4 <= size.width && labelX > 0
    for (let i = 0; i < layers.length; i++) {
      const a = anchors[i]
      const visible = room && a.ly >= LABEL_H / 2 && a.ly <= size.height - LABEL_H / 2
      const el = o.labels[i]
      const line = o.lines[i]
      el.style.visibility = visible ? 'visible' : 'hidden'
      line.style.visibility = visible ? 'visible' : 'hidden'
      if (!visible) continue
      el.style.transform = `translate(${labelX}px, ${Math.round(a.ly)}px) translate(0, -50%)`
      line.setAttribute('x1', (a.ax + 3).toFixed(1))
      line.setAttribute('y1', a.ay.toFixed(1))
      line.setAttribute('x2', (labelX - 5).toFixed(1))
      line.setAttribute('y2', a.ly.toFixed(1))
    }
  })

  return null
}
