// The Explore view: a cut-away block of skin at true relative scale (1 world unit = 1 mm).
// In test mode (?test=1): DPR 1, no antialiasing, frames only on demand and no animation.
import { Suspense, lazy, useLayoutEffect, useMemo, useState } from 'react'
import { Canvas } from '@react-three/fiber'
import { useDermaStore } from '../state/store'
import { CameraRig, CAMERA_FOV } from './CameraRig'
import { Cells } from './Cells'
import { sectionFrame } from './coords'
import { Follicles } from './Follicles'
import { HoverController } from './HoverController'
import { TreatmentLayer } from './laser/TreatmentLayer'
import { createTreatmentUniforms } from './laser/treatmentUniforms'
import { LayerLabels } from './LayerLabels'
import { createStructureClipUniforms, writeStructureClip } from './materials'
import { PALETTE } from './palette'
import { SceneRegistry } from './picking'
import { RenderProbe } from './RenderProbe'
import { ScaleBar } from './ScaleBar'
import { SceneRegistryContext } from './sceneContext'
import { SkinBlock } from './SkinBlock'

// The Heal view's agents and overlay (and the healing model they seek) load with the Heal view, not up front.
const HealingLayer = lazy(() => import('./healing/HealingLayer').then((m) => ({ default: m.HealingLayer })))

function ExploreScene({ registry }: { registry: SceneRegistry }) {
  const block = useDermaStore((s) => s.block)
  const cutFraction = useDermaStore((s) => s.view.cutFraction)
  // the Heal view draws the healing run's agents instead of the block's static cells and the treatment pass
  const healOpen = useDermaStore((s) => s.healing.open)
  const frame = useMemo(() => sectionFrame(block, cutFraction), [block, cutFraction])
  const clip = useMemo(() => createStructureClipUniforms(), [])
  // one set of treatment uniforms shared by every treated material (one write per frame reaches all of them)
  const treat = useMemo(() => createTreatmentUniforms(), [])
  // the picking code and the structure shaders' clip uniforms follow the frame (before the next frame renders)
  useLayoutEffect(() => {
    registry.setBlock(block, cutFraction)
    writeStructureClip(clip, frame)
  }, [registry, block, cutFraction, clip, frame])

  return (
    <>
      <SkinBlock block={block} frame={frame} treat={treat} />
      <Follicles clip={clip} treat={treat} />
      {!healOpen && <Cells clip={clip} frame={frame} treat={treat} />}
      {!healOpen && <TreatmentLayer block={block} frame={frame} clip={clip} treat={treat} />}
      {healOpen && (
        <Suspense fallback={null}>
          <HealingLayer block={block} frame={frame} clip={clip} />
        </Suspense>
      )}
      <ScaleBar block={block} frame={frame} />
      <LayerLabels block={block} frame={frame} />
      <CameraRig />
      <HoverController />
      <RenderProbe />
    </>
  )
}

export function Viewport() {
  const testMode = useDermaStore((s) => s.testMode)
  const [registry] = useState(() => new SceneRegistry())
  return (
    <Canvas
      dpr={testMode ? 1 : [1, 2]}
      gl={{ antialias: !testMode, preserveDrawingBuffer: false, powerPreference: 'high-performance' }}
      frameloop="demand"
      flat
      camera={{ fov: CAMERA_FOV, near: 0.02, far: 200, position: [3, 3, 6] }}
      onCreated={({ gl }) => {
        gl.localClippingEnabled = true
      }}
      style={{ width: '100%', height: '100%', display: 'block', touchAction: 'none' }}
    >
      <color attach="background" args={[PALETTE.background]} />
      <SceneRegistryContext.Provider value={registry}>
        <ExploreScene registry={registry} />
      </SceneRegistryContext.Provider>
    </Canvas>
  )
}
