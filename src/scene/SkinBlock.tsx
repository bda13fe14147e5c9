// The skin block: the part of the box behind the cross-section plane, drawn with the layered section shader.
//
// Cut / thick-section technique (see also shaders/structure.frag and picking.ts):
//  1. A depth-only occluder (the underside of the top surface, colour writes off) is drawn first, so that from
//     a camera below the surface plane nothing above the skin can show through the cut face.
//  2. The block's other faces (top surface, sides, back, bottom) are drawn normally and write depth.
//  3. The cut face is drawn next WITHOUT writing depth (it still depth-tests, so hair shafts in front hide it).
//  4. Follicles and cells are drawn last, clipped in their shader to the slab of SLAB_UM behind the cut face and
//     to the block's bounds. Behind the cut face nothing has written depth, so they draw over it like structures
//     seen in a thick histological section; behind the top surface and the side faces (which wrote depth) they
//     stay hidden, so from above the surface still covers what lies under it. The further a structure lies
//     behind the cut face, the more it is veiled towards the tissue colour (a depth cue, uFade).
// Clipping is done in the structure shader (the rule differs above and below the skin surface), not with
// three.js clipping planes, although the renderer has localClippingEnabled for later use.
// The block geometry is rebuilt (a few quads) when the cut moves; the section uniforms are shared by both faces.
// Treatment pass: the faces read the shared treatment uniforms (craters, rims, heat; see shaders/thermal.glsl).
// In continuous mode the swept top layer is discarded and a wound-bed quad at the crater depth shows the floor.
import { useEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import * as THREE from 'three'
import type { SkinBlock as SkinBlockData } from '../sim'
import { useDermaStore } from '../state/store'
import type { TreatmentUniforms } from './laser/treatmentUniforms'
import type { SectionFrame } from './coords'
import {
  createSectionMaterial,
  createSectionUniforms,
  RENDER_ORDER,
  writeBlockUniforms,
  writeFrameUniforms,
} from './materials'
import { useSceneRegistry } from './sceneContext'

type V3 = [number, number, number]

/** Appends one quad (two triangles) with a constant normal; corners counter-clockwise seen from the normal's side. */
function quad(pos: number[], nrm: number[], idx: number[], a: V3, b: V3, c: V3, d: V3, n: V3): void {
  const base = pos.length / 3
  for (const p of [a, b, c, d]) {
    pos.push(p[0], p[1], p[2])
    nrm.push(n[0], n[1], n[2])
  }
  idx.push(base, base + 1, base + 2, base, base + 2, base + 3)
}

function geometryOf(pos: number[], nrm: number[], idx: number[]): THREE.BufferGeometry {
  const g = new THREE.BufferGeometry()
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3))
  g.setAttribute('normal', new THREE.Float32BufferAttribute(nrm, 3))
  g.setIndex(idx)
  g.computeBoundingSphere()
  return g
}

function buildFaces(f: SectionFrame): {
  faces: THREE.BufferGeometry
  cut: THREE.BufferGeometry
  occluder: THREE.BufferGeometry
} {
  const { halfW: w, bottomY: b, cutZ: c, backZ: k } = f
  const pos: number[] = []
  const nrm: number[] = []
  const idx: number[] = []
  quad(pos, nrm, idx, [-w, 0, c], [w, 0, c], [w, 0, k], [-w, 0, k], [0, 1, 0]) // top surface
  quad(pos, nrm, idx, [w, b, c], [w, b, k], [w, 0, k], [w, 0, c], [1, 0, 0]) // right side
  quad(pos, nrm, idx, [-w, b, k], [-w, b, c], [-w, 0, c], [-w, 0, k], [-1, 0, 0]) // left side
  quad(pos, nrm, idx, [w, b, k], [-w, b, k], [-w, 0, k], [w, 0, k], [0, 0, -1]) // back
  quad(pos, nrm, idx, [-w, b, k], [w, b, k], [w, b, c], [-w, b, c], [0, -1, 0]) // bottom
  const faces = geometryOf(pos, nrm, idx)

  const cp: number[] = []
  const cn: number[] = []
  const ci: number[] = []
  quad(cp, cn, ci, [-w, b, c], [w, b, c], [w, 0, c], [-w, 0, c], [0, 0, 1])
  const cut = geometryOf(cp, cn, ci)

  const op: number[] = []
  const on: number[] = []
  const oi: number[] = []
  quad(op, on, oi, [-w, 0, c], [w, 0, c], [w, 0, k], [-w, 0, k], [0, 1, 0])
  const occluder = geometryOf(op, on, oi)
  return { faces, cut, occluder }
}

const noRaycast = () => undefined

function bedGeometry(f: SectionFrame): THREE.BufferGeometry {
  const pos: number[] = []
  const nrm: number[] = []
  const idx: number[] = []
  const { halfW: w, cutZ: c, backZ: k } = f
  quad(pos, nrm, idx, [-w, 0, c], [w, 0, c], [w, 0, k], [-w, 0, k], [0, 1, 0])
  return geometryOf(pos, nrm, idx)
}

interface SkinBlockProps {
  block: SkinBlockData
  frame: SectionFrame
  treat: TreatmentUniforms
}

export function SkinBlock({ block, frame, treat }: SkinBlockProps) {
  const registry = useSceneRegistry()
  const invalidate = useThree((s) => s.invalidate)
  const sweep = useDermaStore((s) => s.treatment.plan?.sweep ?? null)

  const { uniforms, faceMaterial, cutMaterial, occluderMaterial, bedMaterial } = useMemo(() => {
    const u = { ...createSectionUniforms(), ...treat }
    return {
      uniforms: u,
      faceMaterial: createSectionMaterial(u, false),
      cutMaterial: createSectionMaterial(u, true),
      bedMaterial: createSectionMaterial(u, false, true),
      occluderMaterial: new THREE.MeshBasicMaterial({ side: THREE.BackSide, colorWrite: false }),
    }
  }, [treat])
  useEffect(
    () => () => {
      faceMaterial.dispose()
      cutMaterial.dispose()
      bedMaterial.dispose()
      occluderMaterial.dispose()
    },
    [faceMaterial, cutMaterial, bedMaterial, occluderMaterial],
  )

  const meshes = useMemo(() => {
    const face = new THREE.Mesh(undefined, faceMaterial)
    face.name = 'skin-block'
    face.renderOrder = RENDER_ORDER.block
    const cut = new THREE.Mesh(undefined, cutMaterial)
    cut.name = 'skin-cut-face'
    cut.renderOrder = RENDER_ORDER.cutFace
    const occluder = new THREE.Mesh(undefined, occluderMaterial)
    occluder.name = 'skin-top-occluder'
    occluder.renderOrder = RENDER_ORDER.occluder
    occluder.raycast = noRaycast
    const bed = new THREE.Mesh(undefined, bedMaterial)
    bed.name = 'skin-wound-bed'
    bed.renderOrder = RENDER_ORDER.block
    bed.raycast = noRaycast
    bed.visible = false
    return { face, cut, occluder, bed }
  }, [faceMaterial, cutMaterial, occluderMaterial, bedMaterial])

  useEffect(() => {
    writeBlockUniforms(uniforms, block)
    invalidate()
  }, [uniforms, block, invalidate])

  useEffect(() => {
    writeFrameUniforms(uniforms, frame)
    const g = buildFaces(frame)
    meshes.face.geometry = g.faces
    meshes.cut.geometry = g.cut
    meshes.occluder.geometry = g.occluder
    const bed = bedGeometry(frame)
    meshes.bed.geometry = bed
    registry.blockFaces = meshes.face
    registry.cutFace = meshes.cut
    invalidate()
    return () => {
      g.faces.dispose()
      g.cut.dispose()
      g.occluder.dispose()
      bed.dispose()
    }
  }, [uniforms, frame, meshes, registry, invalidate])

  // continuous mode: the floor at the crater depth (its shader shows it only where the sweep has passed)
  useEffect(() => {
    meshes.bed.visible = sweep !== null
    meshes.bed.position.y = sweep ? -sweep.depthUm / 1000 : 0
    invalidate()
  }, [sweep, meshes, invalidate])

  useEffect(
    () => () => {
      if (registry.blockFaces === meshes.face) registry.blockFaces = null
      if (registry.cutFace === meshes.cut) registry.cutFace = null
    },
    [registry, meshes],
  )

  return (
    <group name="skin-block-group">
      <primitive object={meshes.occluder} />
      <primitive object={meshes.face} />
      <primitive object={meshes.cut} />
      <primitive object={meshes.bed} />
    </group>
  )
}
