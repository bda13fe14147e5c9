// Geometry shared by the cell instances of the Explore view (Cells.tsx) and the healing agents
// (src/scene/healing): the drawn radii, the dendritic melanocyte, the round cell, a per-instance hash.
import * as THREE from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import type { CellKind } from '../sim'
import { CELL_ENLARGEMENT } from './constants'

/** True radii used for drawing, µm (melanocyte body about 12 µm across, lymphocyte about 7.5 µm); drawn ×CELL_ENLARGEMENT. */
export const CELL_RADIUS_UM: Record<CellKind, number> = { melanocyte: 6, precursor: 4.5, tCell: 3.75 }

/** Drawn radius of a cell in world units (mm). */
export function drawnCellRadius(kind: CellKind): number {
  return (CELL_RADIUS_UM[kind] * CELL_ENLARGEMENT) / 1000
}

export function melanocyteGeometry(): THREE.BufferGeometry {
  // a rounded, slightly flattened body on the basement membrane with four slender dendrites reaching up between
  // the keratinocytes (unit: the drawn cell radius)
  const body = new THREE.IcosahedronGeometry(0.85, 1)
  body.scale(1.1, 0.8, 1.1)
  const parts: THREE.BufferGeometry[] = [body]
  const up = new THREE.Vector3(0, 1, 0)
  const dir = new THREE.Vector3()
  const q = new THREE.Quaternion()
  const dendrites = [
    { az: 0.4, el: 1.2, len: 1.7 },
    { az: 2.2, el: 1.0, len: 1.4 },
    { az: 3.8, el: 1.15, len: 1.6 },
    { az: 5.2, el: 0.95, len: 1.3 },
  ]
  for (const d of dendrites) {
    const branch = new THREE.CylinderGeometry(0.09, 0.16, d.len, 5, 1).toNonIndexed()
    dir.set(Math.cos(d.az) * Math.cos(d.el), Math.sin(d.el), Math.sin(d.az) * Math.cos(d.el))
    q.setFromUnitVectors(up, dir)
    branch.applyQuaternion(q)
    const c = 0.55 + d.len / 2
    branch.translate(dir.x * c, dir.y * c, dir.z * c)
    parts.push(branch)
  }
  const merged = mergeGeometries(parts, false)
  for (const p of parts) p.dispose()
  if (!merged) throw new Error('melanocyte geometry')
  return merged
}

export function roundGeometry(): THREE.BufferGeometry {
  return new THREE.IcosahedronGeometry(1, 1)
}

/** A fixed pseudo-random number in [0, 1) per integer: per-instance orientation without a random stream. */
export function hash01(n: number): number {
  const s = Math.sin(n * 12.9898 + 78.233) * 43758.5453
  return s - Math.floor(s)
}
