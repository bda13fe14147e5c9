// The MTZ columns of a pass in TWO InstancedMeshes (two draw calls, however many MTZs), written when the plan or
// the cut changes, never per frame; growth, heat and cooling run in the shaders from the shared scan clock.
//  - sleeves: the coagulated sleeve of every MTZ whose damaged disc reaches into the thick-section slab behind
//    the cut face (the others show only on the surface, as craters drawn by the block's shader);
//  - linings: the crater lining of the MTZs whose crater the cut plane passes through, the only ones whose
//    lining can be seen (through the crater's opening in the cut face). Keeping the others out saves the
//    software renderer most of the fragments it would shade and then discard.
import * as THREE from 'three'
import type { SkinBlock } from '../../sim'
import type { TreatmentPlan } from '../../sim/treatment'
import mtzVert from '../../../shaders/mtz.vert?raw'
import mtzFrag from '../../../shaders/mtz.frag?raw'
import thermalGlsl from '../../../shaders/thermal.glsl?raw'
import { worldX, worldZ, type SectionFrame } from '../coords'
import { RENDER_ORDER, type StructureUniforms } from '../materials'
import { buildMtzGeometry } from './mtzGeometry'
import type { TreatmentUniforms } from './treatmentUniforms'

export interface MtzPickTarget {
  /** The sleeves (the linings are named by the cut face they are seen through). */
  mesh: THREE.InstancedMesh
  /** MTZ (pattern index) drawn by each instance. */
  mtzOf: Int32Array
  fireTimeS: Float32Array
}

interface Layer {
  mesh: THREE.InstancedMesh
  fire: THREE.InstancedBufferAttribute
  mtzOf: Int32Array
}

const m4 = new THREE.Matrix4()

export class MtzColumns {
  readonly group = new THREE.Group()
  private sleeves: Layer | null = null
  private linings: Layer | null = null
  private plan: TreatmentPlan | null = null
  private readonly material: THREE.ShaderMaterial

  constructor(clip: StructureUniforms, treat: TreatmentUniforms) {
    this.group.name = 'mtz-columns'
    this.material = new THREE.ShaderMaterial({
      name: 'mtz-columns',
      uniforms: { ...clip, ...treat },
      vertexShader: mtzVert,
      fragmentShader: thermalGlsl + '\n' + mtzFrag,
      side: THREE.FrontSide,
    })
  }

  private layer(plan: TreatmentPlan, part: 0 | 1): Layer | null {
    const geometry = buildMtzGeometry(plan.profile, part)
    if (!geometry) return null
    const capacity = plan.mtzCount
    const fire = new THREE.InstancedBufferAttribute(new Float32Array(capacity), 1)
    geometry.setAttribute('aFireS', fire)
    const mesh = new THREE.InstancedMesh(geometry, this.material, capacity)
    mesh.name = part === 0 ? 'mtz-linings' : 'mtz-sleeves'
    mesh.count = 0
    mesh.frustumCulled = false
    mesh.renderOrder = RENDER_ORDER.structures
    this.group.add(mesh)
    return { mesh, fire, mtzOf: new Int32Array(capacity) }
  }

  /** Builds the column geometry of a plan (null: no pass). */
  setPlan(plan: TreatmentPlan | null): void {
    this.disposeLayers()
    this.plan = plan
    if (!plan || plan.mode !== 'fractional' || plan.mtzCount === 0) return
    this.sleeves = this.layer(plan, 1)
    this.linings = this.layer(plan, 0)
  }

  /** Writes the instances for this cut: sleeves reaching into the slab, linings of the craters it cuts. */
  writeInstances(block: SkinBlock, frame: SectionFrame): void {
    const plan = this.plan
    if (!plan) return
    const reach = plan.profile.damageRadiusUm / 1000
    const craterReach = plan.profile.craterRadiusUm / 1000
    const counts = [0, 0]
    for (let m = 0; m < plan.mtzCount; m++) {
      const x = worldX(block, plan.centresUm[2 * m])
      const z = worldZ(block, plan.centresUm[2 * m + 1])
      if (z - reach > frame.cutZ || z + reach < frame.slabBackZ) continue
      m4.makeTranslation(x, 0, z)
      const layers: [Layer | null, boolean][] = [
        [this.sleeves, true],
        [this.linings, Math.abs(z - frame.cutZ) < craterReach],
      ]
      layers.forEach(([layer, wanted], k) => {
        if (!layer || !wanted) return
        const n = counts[k]++
        layer.mesh.setMatrixAt(n, m4)
        ;(layer.fire.array as Float32Array)[n] = plan.fireTimeS[m]
        layer.mtzOf[n] = m
      })
    }
    ;[this.sleeves, this.linings].forEach((layer, k) => {
      if (!layer) return
      layer.mesh.count = counts[k]
      layer.mesh.instanceMatrix.needsUpdate = true
      layer.fire.needsUpdate = true
    })
  }

  pickTarget(): MtzPickTarget | null {
    const s = this.sleeves
    if (!s || !this.plan || s.mesh.count === 0) return null
    return { mesh: s.mesh, mtzOf: s.mtzOf, fireTimeS: this.plan.fireTimeS }
  }

  private disposeLayers(): void {
    for (const layer of [this.sleeves, this.linings]) {
      if (!layer) continue
      this.group.remove(layer.mesh)
      layer.mesh.geometry.dispose()
      layer.mesh.dispose()
    }
    this.sleeves = null
    this.linings = null
  }

  dispose(): void {
    this.disposeLayers()
    this.material.dispose()
  }
}
