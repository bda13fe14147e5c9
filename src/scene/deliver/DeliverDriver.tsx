// Per frame, before the two Views draw: advances the application clock while it plays, refills both field
// textures for the clock's time (only when it moved) and tells the store the time a few times a second.
// Allocation-free; React state is touched only by the throttled readout.
import { useEffect, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { useDermaStore } from '../../state/store'
import { PLAY_SECONDS, TEST_FRAME_SHARE, deliverClock, deliverHours } from '../../state/deliverSlice'
import type { FieldTexture } from './fieldTexture'

/** Readout to React at most this often while playing, ms. */
const READOUT_MS = 120

export function DeliverDriver({ intact, lasered }: { intact: FieldTexture; lasered: FieldTexture }) {
  const invalidate = useThree((s) => s.invalidate)
  // anything the scene shows changed (seek, play, new run, field): draw a frame
  useEffect(
    () =>
      useDermaStore.subscribe((s, prev) => {
        if (s.deliver !== prev.deliver) invalidate()
      }),
    [invalidate],
  )
  const last = useRef({ readoutAt: 0 }).current
  useFrame((state, delta) => {
    const s = useDermaStore.getState()
    const data = s.deliver.data
    if (!data) return
    if (deliverClock.playing) {
      const hours = deliverHours(data)
      const step = s.testMode ? hours * TEST_FRAME_SHARE : (Math.min(delta, 0.1) * hours) / PLAY_SECONDS
      deliverClock.timeH = Math.min(hours, deliverClock.timeH + step)
      if (deliverClock.timeH >= hours) deliverClock.playing = false
      const now = performance.now()
      if (s.testMode || !deliverClock.playing || now - last.readoutAt > READOUT_MS) {
        last.readoutAt = now
        s.reportDeliverClock(deliverClock.timeH, deliverClock.playing)
      }
      if (deliverClock.playing && !s.testMode) state.invalidate()
    }
    intact.update(data.intact, data.timesH, deliverClock.timeH)
    lasered.update(data.lasered, data.timesH, deliverClock.timeH)
  }, 0)
  return null
}
