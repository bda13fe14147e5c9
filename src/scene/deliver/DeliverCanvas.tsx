// The one WebGL canvas of the Drugs & UV view, laid over both halves of the stage. drei's View draws each half's
// scene into its own rectangle (scissor) of this canvas: one context, one camera (SharedOrbit), one clock
// (DeliverDriver). In test mode (?test=1): DPR 1, no antialiasing, frames only on demand.
import { Canvas } from '@react-three/fiber'
import { View } from '@react-three/drei'
import { useDermaStore } from '../../state/store'
import { DeliverDriver } from './DeliverDriver'
import { DeliverProbe } from './DeliverProbe'
import { DELIVER_CAMERA, DELIVER_FOV, SharedOrbit } from './SharedOrbit'
import { LabelProjector, type ProjectedLabel } from './LabelProjector'
import type { FieldTexture } from './fieldTexture'

export function DeliverCanvas({
  container,
  textures,
  labelHost,
  labels,
}: {
  container: React.RefObject<HTMLElement | null>
  textures: { intact: FieldTexture; lasered: FieldTexture }
  labelHost: React.RefObject<HTMLElement | null>
  labels: React.RefObject<ProjectedLabel[]>
}) {
  const testMode = useDermaStore((s) => s.testMode)
  return (
    <Canvas
      className="deliver-canvas"
      eventSource={container as React.RefObject<HTMLElement>}
      dpr={testMode ? 1 : [1, 2]}
      gl={{ antialias: !testMode, preserveDrawingBuffer: false, powerPreference: 'high-performance' }}
      frameloop="demand"
      flat
      camera={{ fov: DELIVER_FOV, near: 0.1, far: 100, position: DELIVER_CAMERA }}
      style={{ position: 'absolute', inset: 0, pointerEvents: 'none' }}
    >
      <DeliverDriver intact={textures.intact} lasered={textures.lasered} />
      <SharedOrbit element={container.current} />
      <LabelProjector host={labelHost} labels={labels} />
      <DeliverProbe />
      <View.Port />
    </Canvas>
  )
}
