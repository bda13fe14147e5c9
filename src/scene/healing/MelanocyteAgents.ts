// Melanocyte agents of the healing run as ONE InstancedMesh (capacity = the most agents at any checkpoint: ≈ 3,800
// on the forearm, ≈ 8,900 on the face). Every frame update() reads the typed arrays of the HealingState that
// seekInto() has just rewritten and writes the matrices, colours and depth biases of the cells that can be seen:
// those in the thick section behind the cut face (a thinner slab for the basal layer, so it reads as the basal
// line of a section). No allocation per frame: the arrays are written in place, only the written range uploads.
import * as THREE from 'three'
import type { HealingState, SkinBlock } from '../../sim'
import { MELANOCYTE_MODE } from '../../sim/healing'
import agentVert from '../../../shaders/healingAgent.vert?raw'
import agentFrag from '../../../shaders/healingAgent.frag?raw'
import { CELL_ENLARGEMENT } from '../constants'
import { CELL_RADIUS_UM, hash01, melanocyteGeometry } from '../cellGeometry'
import { SLAB_UM, type SectionFrame } from '../coords'
import { RENDER_ORDER, type StructureUniforms } from '../materials'
import { MELANOCYTE_MODE_COLORS } from './healingPalette'

const { dormant: DORMANT, activated: ACTIVATED, climbing: CLIMBING, lost: LOST } = MELANOCYTE_MODE

/** Slab behind the cut face in which basal-layer melanocytes are drawn, µm (follicular ones: SLAB_UM). */
export const BASAL_SLAB_UM = 60
/** True radii, µm: the same as the Explore view's cells (cellGeometry.ts). */
const MELANOCYTE_RADIUS_UM = CELL_RADIUS_UM.melanocyte
const PRECURSOR_RADIUS_UM = CELL_RADIUS_UM.precursor

export class MelanocyteAgents {
  readonly mesh: THREE.InstancedMesh
  /** Cells drawn in the last update (instances 0..drawn−1). */
  drawn = 0
  private readonly color: THREE.InstancedBufferAttribute
  private readonly bias: THREE.InstancedBufferAttribute
  /** Per slot: cos and sin of a fixed yaw, so each cell keeps its orientation as it moves. */
  private readonly yaw: Float32Array
  /** Linear RGB per mode. */
  private readonly modeRgb = new Float32Array(8 * 3)
  /** Depth bias per follicle id: a cell inside the follicle wall is drawn over it (world units). */
  private readonly follicleBias: Float32Array

  constructor(capacity: number, block: SkinBlock, clip: StructureUniforms) {
    const n = Math.max(1, capacity)
    const geometry = melanocyteGeometry()
    this.color = new THREE.InstancedBufferAttribute(new Float32Array(n * 3), 3)
    this.bias = new THREE.InstancedBufferAttribute(new Float32Array(n), 1)
    this.color.setUsage(THREE.DynamicDrawUsage)
    this.bias.setUsage(THREE.DynamicDrawUsage)
    geometry.setAttribute('aColor', this.color)
    geometry.setAttribute('aBias', this.bias)
    const material = new THREE.ShaderMaterial({
      name: 'healing-melanocytes',
      uniforms: { ...clip, uEmissiveGain: { value: 0.35 }, uRimDark: { value: 0.15 } },
      vertexShader: agentVert,
      fragmentShader: agentFrag,
      side: THREE.DoubleSide,
    })
    this.mesh = new THREE.InstancedMesh(geometry, material, n)
    this.mesh.name = 'healing-melanocytes'
    this.mesh.instanceMatrix.setUsage(THREE.DynamicDrawUsage)
    this.mesh.count = 0
    this.mesh.frustumCulled = false
    this.mesh.renderOrder = RENDER_ORDER.structures
    this.yaw = new Float32Array(n * 2)
    for (let i = 0; i < n; i++) {
      const a = hash01(i + 0.5) * Math.PI * 2
      this.yaw[2 * i] = Math.cos(a)
      this.yaw[2 * i + 1] = Math.sin(a)
    }
    const c = new THREE.Color()
    for (const [name, mode] of Object.entries(MELANOCYTE_MODE)) {
      c.set(MELANOCYTE_MODE_COLORS[name as keyof typeof MELANOCYTE_MODE])
      this.modeRgb.set([c.r, c.g, c.b], mode * 3)
    }
    let maxId = 0
    for (const f of block.follicles) maxId = Math.max(maxId, f.id)
    this.follicleBias = new Float32Array(maxId + 1)
    for (const f of block.follicles) this.follicleBias[f.id] = (f.outerRootSheathRadiusUm * 1.4) / 1000
  }

  /** Writes the visible cells of `state` (see the file comment); returns how many were drawn. */
  update(state: HealingState, block: SkinBlock, frame: SectionFrame): number {
    const m = state.melanocytes
    const mat = this.mesh.instanceMatrix.array as Float32Array
    const col = this.color.array as Float32Array
    const bias = this.bias.array as Float32Array
    const halfWUm = block.widthUm / 2
    const halfLUm = block.lengthUm / 2
    const cutZ = frame.cutZ
    const margin = 0.03
    let j = 0
    for (let i = 0; i < m.count; i++) {
      const mode = m.mode[i]
      if (mode === LOST) continue
      const follicular = mode === DORMANT || mode === ACTIVATED || mode === CLIMBING
      const z = (halfLUm - m.yUm[i]) / 1000
      const slab = (follicular ? SLAB_UM : BASAL_SLAB_UM) / 1000
      if (z > cutZ || z < cutZ - slab || z < frame.backZ) continue
      const x = (m.xUm[i] - halfWUm) / 1000
      if (x > frame.halfW + margin || x < -frame.halfW - margin) continue
      const r = ((mode === DORMANT ? PRECURSOR_RADIUS_UM : MELANOCYTE_RADIUS_UM) * CELL_ENLARGEMENT) / 1000
      const c = this.yaw[2 * i] * r
      const s = this.yaw[2 * i + 1] * r
      const o = j * 16
      // scale × rotation about the vertical axis, column-major (three.js Matrix4 layout)
      mat[o] = c
      mat[o + 1] = 0
      mat[o + 2] = -s
      mat[o + 3] = 0
      mat[o + 4] = 0
      mat[o + 5] = r
      mat[o + 6] = 0
      mat[o + 7] = 0
      mat[o + 8] = s
      mat[o + 9] = 0
      mat[o + 10] = c
      mat[o + 11] = 0
      mat[o + 12] = x
      mat[o + 13] = -m.depthUm[i] / 1000
      mat[o + 14] = z
      mat[o + 15] = 1
      col[3 * j] = this.modeRgb[3 * mode]
      col[3 * j + 1] = this.modeRgb[3 * mode + 1]
      col[3 * j + 2] = this.modeRgb[3 * mode + 2]
      const fid = m.follicleId[i]
      bias[j] = follicular && fid >= 0 && fid < this.follicleBias.length ? this.follicleBias[fid] + r : 0
      j++
    }
    this.drawn = j
    this.mesh.count = j
    markWritten(this.mesh.instanceMatrix, j * 16)
    markWritten(this.color, j * 3)
    markWritten(this.bias, j)
    return j
  }

  dispose(): void {
    this.mesh.geometry.dispose()
    ;(this.mesh.material as THREE.Material).dispose()
    this.mesh.dispose()
  }
}

/** Uploads only the first `length` values of an attribute (the instances written this frame). */
export function markWritten(attr: THREE.BufferAttribute, length: number): void {
  attr.clearUpdateRanges()
  if (length > 0) attr.addUpdateRange(0, length)
  attr.needsUpdate = true
}
