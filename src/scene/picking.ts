// What is under a screen point: one ray, all pickable meshes, then the same visibility rules as the renderer.
// Raycasting ignores the shaders' section clip, so hits outside the visible region are discarded here:
//  - structures (follicles, cells) below the surface count only inside the thick-section slab and the block;
//    hair shafts above the surface only while their follicle's opening is in the kept tissue;
//  - the cut face is drawn first without writing depth, so a visible structure behind it wins over it;
//  - the other block faces (top surface, sides, back, bottom) hide everything behind them.
import * as THREE from 'three'
import {
  dermoEpidermalJunctionDepthUm,
  distanceToLesionBorderUm,
  isInLesion,
  type Cell,
  type CellKind,
  type SkinBlock,
} from '../sim'
import { CentreBuckets, effectAtPoint, type PointEffect, type TreatmentPlan } from '../sim/treatment'
import { scanClock } from '../state/scanClock'
import { inVisibleSlab, sectionFrame, simXUm, simYUm, type SectionFrame } from './coords'
import type { FollicleGeometry } from './follicleGeometry'
import type { MtzPickTarget } from './laser/MtzColumns'
import { FOLLICLE_PARTS, STRUCTURES, type StructureId } from './structureInfo'

export interface CellTarget {
  mesh: THREE.InstancedMesh
  /** The cells drawn, by instance id. */
  cells: Cell[]
  /** Depth bias of each instance (world units), see shaders/structure.vert. */
  bias: Float32Array
  /** Treatment effect (0 intact, 1 coagulated, 2 ablated) and its display time (−1 never), by instance. */
  effect?: Float32Array
  hitS?: Float32Array
}

export interface PickResult {
  id: StructureId
  name: string
  role: string
  kind: 'tissue' | 'follicle' | 'cell' | 'mtz'
  /** Index into block.follicles (follicle parts) or instance id (cells); -1 for tissue. */
  index: number
  cellKind: CellKind | null
  distance: number
}

const EMPTY_CELLS: Record<CellKind, CellTarget | null> = { melanocyte: null, precursor: null, tCell: null }

export class SceneRegistry {
  block: SkinBlock | null = null
  frame: SectionFrame | null = null
  blockFaces: THREE.Mesh | null = null
  cutFace: THREE.Mesh | null = null
  follicles: { mesh: THREE.Mesh; data: FollicleGeometry } | null = null
  cells: Record<CellKind, CellTarget | null> = { ...EMPTY_CELLS }
  /** The MTZ columns drawn in the slab (null without a fractional pass). */
  mtz: MtzPickTarget | null = null
  private treatment: { plan: TreatmentPlan; buckets: CentreBuckets | null } | null = null
  private readonly at: PointEffect = { effect: 0, mtz: -1, timeS: -1 }
  private raycaster = new THREE.Raycaster()
  private ndc = new THREE.Vector2()
  private list: THREE.Object3D[] = []
  private hits: THREE.Intersection[] = []

  /** The pass whose zones the labels name (null: none). */
  setTreatment(plan: TreatmentPlan | null): void {
    if (!plan || plan.mode === 'none') {
      this.treatment = null
      return
    }
    const buckets =
      plan.mode === 'fractional'
        ? new CentreBuckets(plan.centresUm, plan.widthUm, plan.lengthUm, plan.profile.damageRadiusUm)
        : null
    this.treatment = { plan, buckets }
  }

  /** The treatment zone at a point at the current scan-clock time (effect 0 when untouched or not yet fired). */
  private zoneAt(xUm: number, yUm: number, depthUm: number): PointEffect {
    const at = this.at
    at.effect = 0
    const t = this.treatment
    if (!t) return at
    effectAtPoint(t.plan, t.buckets, xUm, yUm, depthUm, at)
    if (at.timeS < 0 || at.timeS > scanClock.timeS) at.effect = 0
    return at
  }

  setBlock(block: SkinBlock, cutFraction: number): void {
    this.block = block
    this.frame = sectionFrame(block, cutFraction)
  }

  private collect(): THREE.Object3D[] {
    const l = this.list
    l.length = 0
    if (this.blockFaces) l.push(this.blockFaces)
    if (this.cutFace) l.push(this.cutFace)
    if (this.follicles && this.follicles.mesh.visible) l.push(this.follicles.mesh)
    for (const kind of ['melanocyte', 'precursor', 'tCell'] as const) {
      const t = this.cells[kind]
      if (t && t.mesh.visible && t.mesh.count > 0) l.push(t.mesh)
    }
    if (this.mtz) l.push(this.mtz.mesh)
    return l
  }

  /** The structure visible at normalised device coordinates (x, y in −1..1), or null. */
  pick(ndcX: number, ndcY: number, camera: THREE.Camera): PickResult | null {
    const block = this.block
    const frame = this.frame
    if (!block || !frame) return null
    this.ndc.set(ndcX, ndcY)
    this.raycaster.setFromCamera(this.ndc, camera)
    this.hits.length = 0
    this.raycaster.intersectObjects(this.collect(), false, this.hits)

    let opaque: THREE.Intersection | null = null
    let cut: THREE.Intersection | null = null
    for (const h of this.hits) {
      if (h.object === this.blockFaces) {
        opaque = h
        break
      }
      if (h.object === this.cutFace && !cut) cut = h
    }
    const opaqueDist = opaque ? opaque.distance : Infinity

    // the nearest visible structure; a cell drawn with a depth bias wins over the wall it sits in
    let best: PickResult | null = null
    let bestDrawnDist = Infinity
    for (const h of this.hits) {
      const r = this.structureAt(h, frame)
      if (!r) continue
      const bias = r.kind === 'cell' ? this.cellBias(r.cellKind, r.index) : 0
      if (h.distance - bias >= opaqueDist) continue
      const drawnDist = h.distance - bias
      if (drawnDist < bestDrawnDist) {
        best = r
        bestDrawnDist = drawnDist
      }
    }
    if (best) return best
    if (cut && cut.distance < opaqueDist) return this.tissueAt(cut.point, false, cut.distance)
    if (opaque) {
      const n = opaque.face?.normal
      return this.tissueAt(opaque.point, !!n && n.y > 0.5, opaque.distance)
    }
    return null
  }

  private cellBias(kind: CellKind | null, index: number): number {
    if (!kind) return 0
    const t = this.cells[kind]
    return t ? (t.bias[index] ?? 0) : 0
  }

  private structureAt(h: THREE.Intersection, frame: SectionFrame): PickResult | null {
    const p = h.point
    if (this.follicles && h.object === this.follicles.mesh && h.faceIndex != null) {
      const data = this.follicles.data
      const fi = data.triFollicle[h.faceIndex]
      const part = FOLLICLE_PARTS[data.triPart[h.faceIndex]]
      if (part === undefined || fi === undefined) return null
      const visible = p.y < 0 ? inVisibleSlab(frame, p.x, p.y, p.z, 1e-4) : data.rootZ[fi] <= frame.cutZ
      if (!visible) return null
      const info = this.follicleHitInfo(fi) ?? STRUCTURES[part]
      return {
        id: part,
        name: info.name === STRUCTURES[part].name ? info.name : `${STRUCTURES[part].name} ${info.name}`,
        role: info.role,
        kind: 'follicle',
        index: fi,
        cellKind: null,
        distance: h.distance,
      }
    }
    for (const kind of ['melanocyte', 'precursor', 'tCell'] as const) {
      const t = this.cells[kind]
      if (!t || h.object !== t.mesh || h.instanceId == null) continue
      if (!inVisibleSlab(frame, p.x, p.y, p.z, 1e-4)) return null
      const info = STRUCTURES[kind]
      const hitS = t.hitS?.[h.instanceId] ?? -1
      const effect = hitS >= 0 && hitS <= scanClock.timeS ? (t.effect?.[h.instanceId] ?? 0) : 0
      if (effect === 2) return null // vaporised: no longer drawn
      return {
        id: kind,
        name: effect === 1 ? `${info.name} — coagulated by the laser` : info.name,
        role:
          effect === 1
            ? `Heated past the damage threshold (Ω ≥ 1) by a column: this cell will not survive. ${info.role}`
            : info.role,
        kind: 'cell',
        index: h.instanceId,
        cellKind: kind,
        distance: h.distance,
      }
    }
    const m = this.mtz
    if (m && h.object === m.mesh && h.instanceId != null) {
      if (m.fireTimeS[m.mtzOf[h.instanceId]] > scanClock.timeS) return null
      if (!inVisibleSlab(frame, p.x, p.y, p.z, 1e-4)) return null
      const info = STRUCTURES.mtzCoagulated
      return {
        id: 'mtzCoagulated',
        name: info.name,
        role: info.role,
        kind: 'mtz',
        index: m.mtzOf[h.instanceId],
        cellKind: null,
        distance: h.distance,
      }
    }
    return null
  }

  /** Name suffix and role of a follicle the pass has damaged (null: untouched or not yet). */
  private follicleHitInfo(fi: number): { name: string; role: string } | null {
    const t = this.treatment
    const block = this.block
    if (!t || !block) return null
    const hits = t.plan.follicleHits
    if (!hits.hit[fi] || hits.hitTimeS[fi] > scanClock.timeS) return null
    const f = block.follicles[fi]
    const by = t.plan.mode === 'continuous' ? 'the continuous pass' : 'a laser column'
    const depth = Math.round(hits.deepestDamageUm[fi])
    const bulge = hits.reachesBulge[fi]
      ? `it reaches the bulge (${Math.round(f.bulgeDepthUm)} µm), the melanocyte stem-cell niche.`
      : `the bulge (${Math.round(f.bulgeDepthUm)} µm), the melanocyte stem-cell niche, is spared.`
    return {
      name: hits.reachesBulge[fi] ? '(hit to the bulge)' : '(hit by the laser)',
      role: `Damaged by ${by} down to ${depth} µm: ${bulge}`,
    }
  }

  /** The tissue layer (cut face, sides, bottom) or the surface (top face) at a world point. */
  tissueAt(point: THREE.Vector3, top: boolean, distance: number): PickResult | null {
    const block = this.block
    if (!block) return null
    const xUm = simXUm(block, point.x)
    const yUm = simYUm(block, point.z)
    const depthUm = top ? 0 : Math.max(0, -point.y * 1000)
    const zone = this.zoneAt(xUm, yUm, depthUm)
    const continuous = this.treatment?.plan.mode === 'continuous'
    const treated: StructureId | null =
      zone.effect === 2
        ? continuous
          ? 'continuousAblated'
          : 'mtzAblated'
        : zone.effect === 1
          ? continuous
            ? 'continuousCoagulated'
            : 'mtzCoagulated'
          : null
    const id = treated ?? (top ? surfaceId(block, xUm, yUm) : layerId(block, xUm, yUm, depthUm))
    const info = STRUCTURES[id]
    return { id, name: info.name, role: info.role, kind: 'tissue', index: -1, cellKind: null, distance }
  }
}

function surfaceId(block: SkinBlock, xUm: number, yUm: number): StructureId {
  const lesion = block.lesion
  if (isInLesion(lesion, xUm, yUm)) return 'surfaceLesion'
  if (distanceToLesionBorderUm(lesion, xUm, yUm) < lesion.borderBandUm) return 'surfaceBorder'
  return 'surfaceHealthy'
}

function layerId(block: SkinBlock, xUm: number, yUm: number, depthUm: number): StructureId {
  const d = block.depths
  const inLesion = isInLesion(block.lesion, xUm, yUm)
  if (depthUm < d.stratumCorneumBottomUm) return 'stratumCorneum'
  const dej = dermoEpidermalJunctionDepthUm(block, xUm, yUm)
  if (depthUm < dej) {
    if (depthUm >= dej - block.layers.basalLayerUm) return inLesion ? 'basalLayerLesion' : 'basalLayer'
    return inLesion ? 'viableEpidermisLesion' : 'viableEpidermis'
  }
  if (depthUm < d.papillaryDermisBottomUm) return 'papillaryDermis'
  if (depthUm < d.reticularDermisBottomUm) return 'reticularDermis'
  return 'subcutis'
}
