// Melanocytes, dormant precursors and CD8+ T cells: one InstancedMesh per kind (three draw calls in all).
// Instance matrices are written when the block or the cut plane changes (user actions), never per frame: only
// the cells inside their niche's slab behind the cut face (CELL_SLAB_UM) are written, the rest is not shown.
// Cells are tiny at true scale, so they are drawn CELL_ENLARGEMENT times their radius (stated in the UI).
// Dormant precursors (and any follicular melanocyte) sit inside the wall of their follicle; their instances are
// pulled towards the camera by a per-instance depth bias (see shaders/structure.vert) so they show on the wall.
// Treatment pass: per-instance aEffect / aHitS from the plan's cellEffects (src/sim/treatment.ts): an ablated
// cell vanishes at its MTZ's fire time, a coagulated one turns grey (shader side, from the shared scan clock).
import { useEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import * as THREE from 'three'
import type { Cell, CellKind, Follicle, SkinBlock } from '../sim'
import { useDermaStore } from '../state/store'
import type { TreatmentPlan } from '../sim/treatment'
import type { TreatmentUniforms } from './laser/treatmentUniforms'
import { drawnCellRadius, hash01, melanocyteGeometry, roundGeometry } from './cellGeometry'
import { SLAB_UM, worldX, worldY, worldZ, type SectionFrame } from './coords'
import { createStructureMaterial, RENDER_ORDER, type StructureUniforms } from './materials'
import { PALETTE } from './palette'
import { useSceneRegistry } from './sceneContext'

interface KindSpec {
  kind: CellKind
  color: string
  emissive?: string
  emissiveStrength?: number
  rimDark: number
}

const SPECS: KindSpec[] = [
  {
    kind: 'melanocyte',
    color: PALETTE.melanocyte,
    rimDark: 0.15,
    emissive: PALETTE.melanocyte,
    emissiveStrength: 0.5,
  },
  {
    kind: 'precursor',
    color: PALETTE.precursor,
    rimDark: 0.1,
    emissive: PALETTE.precursor,
    emissiveStrength: 0.45,
  },
  { kind: 'tCell', color: PALETTE.tCell, rimDark: 0.3 },
]

function cellsOf(block: SkinBlock, kind: CellKind): Cell[] {
  return kind === 'melanocyte' ? block.melanocytes : kind === 'precursor' ? block.precursors : block.tCells
}

/** The plan's per-cell arrays are keyed by population name. */
export const PLAN_KEY = { melanocyte: 'melanocytes', precursor: 'precursors', tCell: 'tCells' } as const

/** Per-instance treatment attributes of one kind. */
interface EffectAttributes {
  effect: THREE.InstancedBufferAttribute
  hitS: THREE.InstancedBufferAttribute
}

const m4 = new THREE.Matrix4()
const pos = new THREE.Vector3()
const quat = new THREE.Quaternion()
const scl = new THREE.Vector3()
const euler = new THREE.Euler()

/**
 * Depth of the slab behind the cut face in which cells of each niche are shown, µm. Cells of the basal layer and
 * the junction are shown in a thin slab (about one row of enlarged cells) so that they read as the basal line of a
 * section instead of a crowd; follicular cells are shown in the whole thick section, like the follicles.
 */
export const CELL_SLAB_UM: Record<Cell['niche'], number> = {
  basalLayer: 28,
  dermoEpidermalJunction: 120,
  outerRootSheath: SLAB_UM,
  bulb: SLAB_UM,
}

/** Writes the instances of one kind that can be seen in the slab; returns the cells written, by instance id. */
function writeInstances(
  mesh: THREE.InstancedMesh,
  bias: THREE.InstancedBufferAttribute,
  treated: EffectAttributes,
  plan: TreatmentPlan | null,
  block: SkinBlock,
  kind: CellKind,
  frame: SectionFrame,
  follicleById: Map<number, Follicle>,
): Cell[] {
  const r = drawnCellRadius(kind)
  const margin = r * 2.5
  const written: Cell[] = []
  const biasArray = bias.array as Float32Array
  const effectArray = treated.effect.array as Float32Array
  const hitArray = treated.hitS.array as Float32Array
  const planEffects = plan ? plan.cellEffects[PLAN_KEY[kind]] : null
  const planHits = plan ? plan.cellHitTimeS[PLAN_KEY[kind]] : null
  const all = cellsOf(block, kind)
  for (let ci = 0; ci < all.length; ci++) {
    const c = all[ci]
    const x = worldX(block, c.xUm)
    const y = worldY(c.depthUm)
    const z = worldZ(block, c.yUm)
    const slabBack = Math.max(frame.slabBackZ, frame.cutZ - (CELL_SLAB_UM[c.niche] ?? SLAB_UM) / 1000)
    if (z > frame.cutZ + r || z < slabBack || z < frame.backZ - margin) continue
    if (Math.abs(x) > frame.halfW + margin || y < frame.bottomY - margin) continue
    const i = written.length
    pos.set(x, y, z)
    const h1 = hash01(c.id + 0.5)
    const h2 = hash01(c.id * 3.1 + 1.7)
    const follicular = c.niche === 'outerRootSheath' || c.niche === 'bulb'
    if (kind === 'melanocyte' && !follicular) euler.set((h2 - 0.5) * 0.5, h1 * Math.PI * 2, (h1 - 0.5) * 0.5)
    else euler.set(h1 * Math.PI * 2, h2 * Math.PI * 2, hash01(c.id * 7.3) * Math.PI * 2)
    quat.setFromEuler(euler)
    scl.setScalar(r)
    m4.compose(pos, quat, scl)
    mesh.setMatrixAt(i, m4)
    let b = 0
    if (follicular) {
      const f = follicleById.get(c.follicleId)
      if (f) b = (c.niche === 'bulb' ? f.bulbRadiusUm : f.outerRootSheathRadiusUm * 1.4) / 1000 + r
    }
    biasArray[i] = b
    effectArray[i] = planEffects ? planEffects[ci] : 0
    hitArray[i] = planHits ? planHits[ci] : -1
    written.push(c)
  }
  mesh.count = written.length
  mesh.instanceMatrix.needsUpdate = true
  bias.needsUpdate = true
  treated.effect.needsUpdate = true
  treated.hitS.needsUpdate = true
  mesh.computeBoundingSphere()
  return written
}

interface CellsProps {
  clip: StructureUniforms
  frame: SectionFrame
  treat: TreatmentUniforms
}

export function Cells({ clip, frame, treat }: CellsProps) {
  const block = useDermaStore((s) => s.block)
  const plan = useDermaStore((s) => s.treatment.plan)
  const showMelanocytes = useDermaStore((s) => s.view.showMelanocytes)
  const showTCells = useDermaStore((s) => s.view.showTCells)
  const registry = useSceneRegistry()
  const invalidate = useThree((s) => s.invalidate)

  const meshes = useMemo(() => {
    return SPECS.map((spec) => {
      const geometry = spec.kind === 'melanocyte' ? melanocyteGeometry() : roundGeometry()
      const capacity = Math.max(1, cellsOf(block, spec.kind).length)
      const bias = new THREE.InstancedBufferAttribute(new Float32Array(capacity), 1)
      geometry.setAttribute('aBias', bias)
      const treated: EffectAttributes = {
        effect: new THREE.InstancedBufferAttribute(new Float32Array(capacity), 1),
        hitS: new THREE.InstancedBufferAttribute(new Float32Array(capacity).fill(-1), 1),
      }
      geometry.setAttribute('aEffect', treated.effect)
      geometry.setAttribute('aHitS', treated.hitS)
      const material = createStructureMaterial({
        name: `cells-${spec.kind}`,
        clip,
        color: spec.color,
        emissive: spec.emissive,
        emissiveStrength: spec.emissiveStrength,
        rimDark: spec.rimDark,
        bias: true,
        treat,
        effect: true,
      })
      const mesh = new THREE.InstancedMesh(geometry, material, capacity)
      mesh.name = `cells-${spec.kind}`
      mesh.count = 0
      mesh.frustumCulled = false
      mesh.renderOrder = RENDER_ORDER.structures
      return { kind: spec.kind, mesh, bias, treated }
    })
  }, [block, clip, treat])

  useEffect(() => {
    return () => {
      for (const m of meshes) {
        m.mesh.geometry.dispose()
        ;(m.mesh.material as THREE.Material).dispose()
        m.mesh.dispose()
      }
    }
  }, [meshes])

  const follicleById = useMemo(() => new Map(block.follicles.map((f) => [f.id, f])), [block])

  useEffect(() => {
    for (const m of meshes) {
      const cells = writeInstances(m.mesh, m.bias, m.treated, plan, block, m.kind, frame, follicleById)
      registry.cells[m.kind] = {
        mesh: m.mesh,
        cells,
        bias: m.bias.array as Float32Array,
        effect: m.treated.effect.array as Float32Array,
        hitS: m.treated.hitS.array as Float32Array,
      }
    }
    invalidate()
    return () => {
      for (const m of meshes) {
        if (registry.cells[m.kind]?.mesh === m.mesh) registry.cells[m.kind] = null
      }
    }
  }, [meshes, plan, block, frame, follicleById, registry, invalidate])

  useEffect(() => {
    for (const m of meshes) m.mesh.visible = m.kind === 'tCell' ? showTCells : showMelanocytes
    invalidate()
  }, [meshes, showMelanocytes, showTCells, invalidate])

  return (
    <group name="cells">
      {meshes.map((m) => (
        <primitive key={m.kind} object={m.mesh} />
      ))}
    </group>
  )
}
