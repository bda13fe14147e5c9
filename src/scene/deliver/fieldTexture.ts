// One arm's field as an RGBA8 DataTexture, refilled in place when the clock moves: the two reported snapshots
// around the clock's time are blended linearly (in the log-scaled values the worker prepared) into the
// preallocated texels. R: drug (0 = below the scale, 1–255 = the scale), G: cell kind × 85, B: NB-UVB, A: 255.
// Allocation-free per frame: when a new run arrives, its snapshots are converted once into byte-scaled floats and
// packed G/A words, so the per-frame loop is one multiply-add per value and one 32-bit write per texel.
import * as THREE from 'three'
import type { ArmViewData } from '../../workers/transportProtocol'
import { VIEW_GRID } from '../../workers/transportProtocol'

interface Prepared {
  /** Drug in byte units + 0.5 (truncation rounds); < 1 means below the scale. */
  drug: Float32Array[]
  /** NB-UVB in byte units + 0.5. */
  uv: Float32Array[]
  /** Packed G (kind × 85) and A (255) of each snapshot, little-endian RGBA. */
  kindWords: Uint32Array[]
}

function prepare(arm: ArmViewData): Prepared {
  return {
    drug: arm.drugLog.map((d) => d.map((v) => (v < 0 ? 0 : 1.5 + Math.min(v, 1) * 254))),
    uv: arm.uvLog.map((u) => u.map((v) => (v < 0 ? 0 : 0.5 + Math.min(v, 1) * 255))),
    kindWords: arm.kind.map((k) => Uint32Array.from(k, (kind) => (((kind * 85) << 8) | (255 << 24)) >>> 0)),
  }
}

export class FieldTexture {
  readonly texture: THREE.DataTexture
  private readonly words: Uint32Array
  private arm: ArmViewData | null = null
  private prepared: Prepared | null = null
  private timeH = Number.NaN

  constructor() {
    const { columns, rows } = VIEW_GRID
    const bytes = new Uint8Array(columns * rows * 4)
    this.words = new Uint32Array(bytes.buffer)
    this.texture = new THREE.DataTexture(bytes, columns, rows, THREE.RGBAFormat, THREE.UnsignedByteType)
    this.texture.magFilter = THREE.LinearFilter
    this.texture.minFilter = THREE.LinearFilter
    this.texture.wrapS = THREE.ClampToEdgeWrapping
    this.texture.wrapT = THREE.ClampToEdgeWrapping
  }

  /** Refills the texture for `timeH` (hours since the application started); returns true if it changed. */
  update(arm: ArmViewData, timesH: number[], timeH: number): boolean {
    if (arm === this.arm && timeH === this.timeH) return false
    if (arm !== this.arm || !this.prepared) this.prepared = prepare(arm)
    this.arm = arm
    this.timeH = timeH
    const last = timesH.length - 1
    let i = 0
    while (i < last - 1 && timesH[i + 1] < timeH) i++
    const j = Math.min(i + 1, last)
    const f = j === i ? 0 : Math.min(1, Math.max(0, (timeH - timesH[i]) / (timesH[j] - timesH[i])))
    const p = this.prepared
    const d0 = p.drug[i]
    const d1 = p.drug[j]
    const u0 = p.uv[i]
    const u1 = p.uv[j]
    const kind = p.kindWords[f < 0.5 ? i : j]
    const out = this.words
    for (let k = 0, n = d0.length; k < n; k++) {
      const d = d0[k] + f * (d1[k] - d0[k])
      const u = u0[k] + f * (u1[k] - u0[k])
      out[k] = (kind[k] | (d < 1 ? 0 : d | 0) | ((u | 0) << 16)) >>> 0
    }
    this.texture.needsUpdate = true
    return true
  }

  dispose(): void {
    this.texture.dispose()
  }
}
