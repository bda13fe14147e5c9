// The stage of the Drugs & UV view: intact skin (left) and lasered skin (right) in one WebGL canvas (drei View),
// each half with its title and headline figure, the layer names beside the left slab, then the colour legend and
// the application clock underneath.
import { useMemo, useRef } from 'react'
import { View } from '@react-three/drei'
import { useDermaStore } from '../../state/store'
import { DeliverCanvas } from '../../scene/deliver/DeliverCanvas'
import { FieldTexture } from '../../scene/deliver/fieldTexture'
import { createLutTexture } from '../../scene/deliver/colormaps'
import type { ProjectedLabel } from '../../scene/deliver/LabelProjector'
import { ArmScene } from './ArmScene'
import { ArmHeadline } from './ArmHeadline'
import { ColourLegend } from './ColourLegend'
import { TimeControls } from './TimeControls'
import { LayerNames } from './LayerNames'
import { useDeliveryRun } from './useDeliveryRun'
import { ViewErrorBoundary } from '../ViewErrorBoundary'

export function DeliverStage() {
  useDeliveryRun()
  const halves = useRef<HTMLDivElement>(null)
  const leftHalf = useRef<HTMLDivElement>(null)
  const labels = useRef<ProjectedLabel[]>([])
  const textures = useMemo(() => ({ intact: new FieldTexture(), lasered: new FieldTexture() }), [])
  const lut = useMemo(() => createLutTexture(), [])
  const status = useDermaStore((s) => s.deliver.status)
  const error = useDermaStore((s) => s.deliver.error)
  const hasData = useDermaStore((s) => s.deliver.data !== null)

  return (
    <div className="deliver-stage" data-testid="deliver-stage">
      <div className="deliver-halves" ref={halves}>
        <section className="deliver-half" aria-labelledby="deliver-intact-title" ref={leftHalf}>
          <View className="deliver-view" index={1}>
            <ArmScene arm="intact" texture={textures.intact.texture} lut={lut} />
          </View>
          <ArmHeadline arm="intact" />
          <LayerNames labelsRef={labels} />
        </section>
        <section className="deliver-half" aria-labelledby="deliver-lasered-title">
          <View className="deliver-view" index={2}>
            <ArmScene arm="lasered" texture={textures.lasered.texture} lut={lut} />
          </View>
          <ArmHeadline arm="lasered" />
        </section>
        <ViewErrorBoundary>
          <DeliverCanvas container={halves} textures={textures} labelHost={leftHalf} labels={labels} />
        </ViewErrorBoundary>
        {!hasData && (
          <p className="deliver-computing" role="status">
            {status === 'error'
              ? `The transport model failed: ${error ?? 'unknown error'}`
              : 'Computing drug transport through intact and lasered skin…'}
          </p>
        )}
      </div>
      <div className="deliver-footer">
        <ColourLegend />
        <TimeControls />
      </div>
    </div>
  )
}
