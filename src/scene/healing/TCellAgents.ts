// CD8+ T cells of the healing run as one InstancedMesh. Patrolling cells are green spheres; a cell that has died
// (apoptotic mode) is drawn for APOPTOSIS_DISPLAY_HOURS after its death: its body condenses, blebs and buds off
// apoptotic bodies that drift apart and are cleared (vertex shader, USE_APOPTOSIS; progress per instance).
// The death hour of each cell is not in the state, so it is derived once per run from the checkpoints (the hour at
// which seekInto switches the cell's mode: halfway between the two checkpoints that bracket the death).
import * as THREE from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import type { HealingRun, HealingState, SkinBlock } from '../../sim'
import { TCELL_MODE } from '../../sim/healing'
import agentVert from '../../../shaders/healingAgent.vert?raw'
import agentFrag from '../../../shaders/healingAgent.frag?raw'
import { CELL_ENLARGEMENT } from '../constants'
import type { SectionFrame } from '../coords'
import { RENDER_ORDER, type StructureUniforms } from '../materials'
import { APOPTOSIS_DISPLAY_HOURS, TCELL_COLORS } from './healingPalette'
import { markWritten } from './MelanocyteAgents'
import { CELL_RADIUS_UM } from '../cellGeometry'

const APOPTOTIC = TCELL_MODE.apoptotic
/** Slab behind the cut face in which T cells (at the dermo-epidermal junction) are drawn, µm (as in Explore). */
export const TCELL_SLAB_UM = 120
const TCELL_RADIUS_UM = CELL_RADIUS_UM.tCell

/** A lymphocyte body plus five apoptotic bodies hidden inside it (aPart 1, their centres in aCentre). */
function tCellGeometry(): THREE.BufferGeometry {
  const body = new THREE.IcosahedronGeometry(1, 1) // polyhedra are non-indexed already
  const count = body.attributes.position.count
  body.setAttribute('aPart', new THREE.Float32BufferAttribute(new Float32Array(count), 1))
  body.setAttribute('aCentre', new THREE.Float32BufferAttribute(new Float32Array(count * 3), 3))
  const parts = [body]
  const dirs = [
    [1, 0.3, 0.2],
    [-0.8, 0.5, 0.4],
    [0.1, -0.7, 0.9],
    [-0.3, 0.2, -1],
    [0.6, 0.9, -0.5],
  ]
  for (const [dx, dy, dz] of dirs) {
    const len = Math.hypot(dx, dy, dz)
    const cx = (dx / len) * 0.75
    const cy = (dy / len) * 0.75
    const cz = (dz / len) * 0.75
    const frag = new THREE.IcosahedronGeometry(0.34, 0)
    frag.translate(cx, cy, cz)
    const n = frag.attributes.position.count
    frag.setAttribute('aPart', new THREE.Float32BufferAttribute(new Float32Array(n).fill(1), 1))
    const centre = new Float32Array(n * 3)
    for (let v = 0; v < n; v++) centre.set([cx, cy, cz], v * 3)
    frag.setAttribute('aCentre', new THREE.Float32BufferAttribute(centre, 3))
    parts.push(frag)
  }
  const merged = mergeGeometries(parts, false)
  for (const p of parts) p.dispose()
  if (!merged) throw new Error('T-cell geometry')
  return merged
}

/** Per checkpoint and slot, the display hour of the cell's death (−1: alive at that checkpoint). */
export function tCellDeathHours(run: HealingRun): Float32Array[] {
  const out: Float32Array[] = []
  for (let k = 0; k < run.checkpoints.length; k++) {
    const cp = run.checkpoints[k]
    const prev = k > 0 ? run.checkpoints[k - 1] : null
    const deaths = new Float32Array(cp.tCells.count).fill(-1)
    for (let i = 0; i < cp.tCells.count; i++) {
      if (cp.tCells.mode[i] !== APOPTOTIC) continue
      const same = prev && i < prev.tCells.count && prev.tCells.birthHour[i] === cp.tCells.birthHour[i]
      if (same && prev.tCells.mode[i] === APOPTOTIC) deaths[i] = out[k - 1][i]
      else if (same) deaths[i] = (prev.timeHours + cp.timeHours) / 2
      else deaths[i] = Math.max(cp.tCells.birthHour[i], prev ? prev.timeHours : cp.timeHours)
    }
    out.push(deaths)
  }
  return out
}

export class TCellAgents {
  readonly mesh: THREE.InstancedMesh
  drawn = 0
  private readonly color: THREE.InstancedBufferAttribute
  private readonly bias: THREE.InstancedBufferAttribute
  private readonly apoptosis: THREE.InstancedBufferAttribute
  private readonly rgb = new THREE.Color(TCELL_COLORS.patrolling)
  private readonly deaths: Float32Array[]
  private readonly cpHours: Float64Array

  constructor(run: HealingRun, capacity: number, clip: StructureUniforms) {
    const n = Math.max(1, capacity)
    const geometry = tCellGeometry()
    this.color = new THREE.InstancedBufferAttribute(new Float32Array(n * 3), 3)
    this.bias = new THREE.InstancedBufferAttribute(new Float32Array(n), 1)
    this.apoptosis = new THREE.InstancedBufferAttribute(new Float32Array(n), 1)
    for (const a of [this.color, this.bias, this.apoptosis]) a.setUsage(THREE.DynamicDrawUsage)
    geometry.setAttribute('aColor', this.color)
    geometry.setAttribute('aBias', this.bias)
    geometry.setAttribute('aApoptosis', this.apoptosis)
    const material = new THREE.ShaderMaterial({
      name: 'healing-tcells',
      uniforms: { ...clip, uEmissiveGain: { value: 0.12 }, uRimDark: { value: 0.3 } },
      vertexShader: agentVert,
      fragmentShader: agentFrag,
      side: THREE.DoubleSide,
      defines: { USE_APOPTOSIS: '' },
    })
    this.mesh = new THREE.InstancedMesh(geometry, material, n)
    this.mesh.name = 'healing-tcells'
    this.mesh.instanceMatrix.setUsage(THREE.DynamicDrawUsage)
    this.mesh.count = 0
    this.mesh.frustumCulled = false
    this.mesh.renderOrder = RENDER_ORDER.structures
    this.deaths = tCellDeathHours(run)
    this.cpHours = Float64Array.from(run.checkpoints, (c) => c.timeHours)
  }

  /** Index of the first checkpoint at or after the hour (the one whose modes seekInto shows past halfway). */
  private checkpointAfter(hour: number): number {
    const h = this.cpHours
    let lo = 0
    let hi = h.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (h[mid] >= hour) hi = mid
      else lo = mid + 1
    }
    return lo
  }

  update(state: HealingState, block: SkinBlock, frame: SectionFrame): number {
    const t = state.tCells
    const hour = state.timeDays * 24
    const deaths = this.deaths[this.checkpointAfter(hour)]
    const mat = this.mesh.instanceMatrix.array as Float32Array
    const col = this.color.array as Float32Array
    const apo = this.apoptosis.array as Float32Array
    const r = (TCELL_RADIUS_UM * CELL_ENLARGEMENT) / 1000
    const halfWUm = block.widthUm / 2
    const halfLUm = block.lengthUm / 2
    let j = 0
    for (let i = 0; i < t.count; i++) {
      let progress = 0
      if (t.mode[i] === APOPTOTIC) {
        const dh = i < deaths.length ? deaths[i] : -1
        progress = dh >= 0 ? (hour - dh) / APOPTOSIS_DISPLAY_HOURS : 1
        if (progress >= 1) continue
        if (progress < 0) progress = 0
      }
      const z = (halfLUm - t.yUm[i]) / 1000
      if (z > frame.cutZ || z < frame.cutZ - TCELL_SLAB_UM / 1000 || z < frame.backZ) continue
      const x = (t.xUm[i] - halfWUm) / 1000
      if (Math.abs(x) > frame.halfW + r) continue
      const o = j * 16
      mat.fill(0, o, o + 16)
      mat[o] = r
      mat[o + 5] = r
      mat[o + 10] = r
      mat[o + 12] = x
      mat[o + 13] = -t.depthUm[i] / 1000
      mat[o + 14] = z
      mat[o + 15] = 1
      col[3 * j] = this.rgb.r
      col[3 * j + 1] = this.rgb.g
      col[3 * j + 2] = this.rgb.b
      apo[j] = progress
      j++
    }
    this.drawn = j
    this.mesh.count = j
    markWritten(this.mesh.instanceMatrix, j * 16)
    markWritten(this.color, j * 3)
    markWritten(this.bias, 0)
    markWritten(this.apoptosis, j)
    return j
  }

  dispose(): void {
    this.mesh.geometry.dispose()
    ;(this.mesh.material as THREE.Material).dispose()
    this.mesh.dispose()
  }
}
