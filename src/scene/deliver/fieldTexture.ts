// One arm's field as an RGBA8 DataTexture, refilled in place when the clock moves: the two reported snapshots
// around the clock's time are blended linearly (in the log-scaled values the worker prepared) into the
// preallocated bytes. R: drug (0 = below the scale, 1–255 = the scale), G: cell kind × 85, B: NB-UVB.
// Allocation-free per call; nothing is recomputed while the time and the data stay the same.
import * as THREE from 'three'
import type { ArmViewData } from '../../workers/transportProtocol'
import { VIEW_GRID } from '../../workers/transportProtocol'

export class FieldTexture {
  readonly texture: THREE.DataTexture
  private readonly bytes: Uint8Array
  private arm: ArmViewData | null = null
  private timeH = Number.NaN

  constructor() {
    const { columns, rows } = VIEW_GRID
    this.bytes = new Uint8Array(columns * rows * 4)
    this.texture = new THREE.DataTexture(this.bytes, columns, rows, THREE.RGBAFormat, THREE.UnsignedByteType)
    this.texture.magFilter = THREE.LinearFilter
    this.texture.minFilter = THREE.LinearFilter
    this.texture.wrapS = THREE.ClampToEdgeWrapping
    this.texture.wrapT = THREE.ClampToEdgeWrapping
  }

  /** Refills the texture for `timeH` (hours since the application started); returns true if it changed. */
  update(arm: ArmViewData, timesH: number[], timeH: number): boolean {
    if (arm === this.arm && timeH === this.timeH) return false
    this.arm = arm
    this.timeH = timeH
    const last = timesH.length - 1
    let i = 0
    while (i < last - 1 && timesH[i + 1] < timeH) i++
    const j = Math.min(i + 1, last)
    const f = j === i ? 0 : Math.min(1, Math.max(0, (timeH - timesH[i]) / (timesH[j] - timesH[i])))
    const d0 = arm.drugLog[i]
    const d1 = arm.drugLog[j]
    const u0 = arm.uvLog[i]
    const u1 = arm.uvLog[j]
    const kind = arm.kind[f < 0.5 ? i : j]
    const out = this.bytes
    for (let k = 0, n = d0.length; k < n; k++) {
      const d = d0[k] + f * (d1[k] - d0[k])
      const u = u0[k] + f * (u1[k] - u0[k])
      const o = k * 4
      out[o] = d < 0 ? 0 : 1 + Math.round((d > 1 ? 1 : d) * 254)
      out[o + 1] = kind[k] * 85
      out[o + 2] = u < 0 ? 0 : Math.round((u > 1 ? 1 : u) * 255)
      out[o + 3] = 255
    }
    this.texture.needsUpdate = true
    return true
  }

  dispose(): void {
    this.texture.dispose()
  }
}
