// The ablation plume: a fixed pool of soft smoke billboards in ONE InstancedMesh. Which emission each slot shows,
// and where and when it was emitted, is worked out in the vertex shader (shaders/plume.vert) from the emitter
// texture and the scan clock; per frame JS only sets how many emitters have fired.
import * as THREE from 'three'
import plumeVert from '../../../shaders/plume.vert?raw'
import plumeFrag from '../../../shaders/plume.frag?raw'
import { RENDER_ORDER } from '../materials'
import type { TreatmentUniforms } from './treatmentUniforms'

export const PLUME_POOL = 192
const PUFFS_PER_EMITTER = 3
const PUFF_LIFE_S = 1.1

export class PlumeSystem {
  readonly mesh: THREE.InstancedMesh

  constructor(treat: TreatmentUniforms) {
    const geometry = new THREE.PlaneGeometry(1, 1)
    const slots = new Float32Array(PLUME_POOL)
    for (let i = 0; i < PLUME_POOL; i++) slots[i] = i
    geometry.setAttribute('aSlot', new THREE.InstancedBufferAttribute(slots, 1))
    const material = new THREE.ShaderMaterial({
      name: 'plume',
      uniforms: {
        uEmitters: treat.uEmitters,
        uEmittersFired: treat.uEmittersFired,
        uClockS: treat.uClockS,
        uPool: { value: PLUME_POOL },
        uPerEmitter: { value: PUFFS_PER_EMITTER },
        uLifeS: { value: PUFF_LIFE_S },
      },
      vertexShader: plumeVert,
      fragmentShader: plumeFrag,
      transparent: true,
      depthWrite: false,
    })
    this.mesh = new THREE.InstancedMesh(geometry, material, PLUME_POOL)
    this.mesh.name = 'ablation-plume'
    this.mesh.frustumCulled = false
    this.mesh.renderOrder = RENDER_ORDER.overlay + 2
    this.mesh.visible = false
  }

  /** Shown while a pass is on and a little after its last emission. */
  setActive(active: boolean): void {
    this.mesh.visible = active
  }

  dispose(): void {
    this.mesh.geometry.dispose()
    ;(this.mesh.material as THREE.Material).dispose()
    this.mesh.dispose()
  }
}
