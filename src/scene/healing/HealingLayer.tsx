// The Heal view in the 3D scene: the healing run's melanocytes (one InstancedMesh, coloured by mode), T cells
// (shrinking and fragmenting in apoptosis) and the surface/cut-face overlay (pigment islands, closing channels,
// cytokine glow). Per frame: advance the healing clock (healingClock.ts), seekInto() the run at the clock's day
// into one preallocated HealingState, and write instances and the field texture from its typed arrays. React state
// is not touched per frame: the store hears of the day at most every REPORT_INTERVAL_MS, and at once on a phase
// change or a seek.
import { useEffect, useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import type { Report, SkinBlock } from '../../sim'
import { createHealingState, maxAgentCounts, seekInto, type HealingFigures } from '../../sim/healing'
import { useDermaStore } from '../../state/store'
import {
  advanceHealingClock,
  healingClock,
  healingShown,
  setHealingFrameRequester,
} from '../../state/healingClock'
import type { SectionFrame } from '../coords'
import type { StructureUniforms } from '../materials'
import { GpuPacer } from '../gpuPacer'
import { HealingOverlay, type ColumnDepths } from './HealingOverlay'
import { MelanocyteAgents } from './MelanocyteAgents'
import { TCellAgents } from './TCellAgents'

const REPORT_INTERVAL_MS = 100

/** Crater and damage depth of the scenario's pulse (the laser report; 0 when the laser is off). */
function columnDepths(report: Report): ColumnDepths {
  const pulse = report.pulse
  return { ablationUm: pulse?.ablationDepthUm ?? 0, damageUm: pulse?.thermalDamageDepthUm ?? 0 }
}

/** The latest clock report, delivered once in a following task (no allocation when queued). */
class DeferredClockReport {
  private timeDays = 0
  private phase = ''
  private playing = false
  private readonly figures = {} as HealingFigures
  private pending: ReturnType<typeof setTimeout> | null = null

  queue(timeDays: number, phase: string, figures: HealingFigures, playing: boolean): void {
    this.timeDays = timeDays
    this.phase = phase
    this.playing = playing
    Object.assign(this.figures, figures)
    this.pending ??= setTimeout(this.flush, 0)
  }

  private readonly flush = (): void => {
    this.pending = null
    useDermaStore.getState().reportHealingClock(this.timeDays, this.phase, this.figures, this.playing)
  }

  cancel(): void {
    if (this.pending !== null) clearTimeout(this.pending)
    this.pending = null
  }
}

interface Props {
  block: SkinBlock
  frame: SectionFrame
  clip: StructureUniforms
}

export function HealingLayer({ block, frame, clip }: Props) {
  const run = useDermaStore((s) => s.healing.run)
  const field = useDermaStore((s) => s.healing.field)
  const testMode = useDermaStore((s) => s.testMode)
  const showMelanocytes = useDermaStore((s) => s.view.showMelanocytes)
  const showTCells = useDermaStore((s) => s.view.showTCells)
  // the laser report is memoized in the store; asking for it sets store state, so it is asked for in an effect,
  // never while rendering (that would update other components during this one's render)
  const laserReport = useDermaStore((s) => s.report)
  useEffect(() => {
    if (!laserReport) useDermaStore.getState().ensureReport()
  }, [laserReport])
  const invalidate = useThree((s) => s.invalidate)
  const gl = useThree((s) => s.gl)
  const pacer = useMemo(() => new GpuPacer(gl.getContext()), [gl])
  useEffect(() => () => pacer.dispose(), [pacer])

  const parts = useMemo(() => {
    if (!run || !laserReport || run.site !== block.site || run.seed !== block.seed) return null
    const max = maxAgentCounts(run)
    return {
      run,
      state: createHealingState(run),
      melanocytes: new MelanocyteAgents(max.melanocytes, block, clip),
      tCells: new TCellAgents(run, max.tCells, clip),
      overlay: new HealingOverlay(run, block, frame, columnDepths(laserReport)),
    }
    // the overlay's geometry follows the frame in its own effect; rebuilding everything on a cut move is not needed
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [run, laserReport, block, clip])

  // the store hears of the clock in a task of its own, after the frame: the panel's React update (≈ 10 a second)
  // is UI work, not frame work, and must not lengthen the frame that asked for it
  const report = useMemo(() => new DeferredClockReport(), [])
  useEffect(() => () => report.cancel(), [report])

  // what was drawn last (so a paused clock costs nothing per frame)
  const drawn = useRef({ timeDays: -1, revision: -1, dirty: true, lastReportMs: 0, phase: '' })

  useEffect(() => {
    if (!parts) return
    drawn.current.dirty = true
    return () => {
      parts.melanocytes.dispose()
      parts.tCells.dispose()
      parts.overlay.dispose()
      if (healingShown.run === parts.run) healingShown.run = null
    }
  }, [parts])

  useEffect(() => {
    setHealingFrameRequester(invalidate)
    invalidate()
    return () => setHealingFrameRequester(null)
  }, [invalidate])

  useEffect(() => {
    if (!parts) return
    parts.overlay.setFrame(frame)
    drawn.current.dirty = true
    invalidate()
  }, [parts, frame, invalidate])

  useEffect(() => {
    if (!parts) return
    parts.overlay.setField(field)
    invalidate()
  }, [parts, field, invalidate])

  useEffect(() => {
    if (!parts) return
    parts.melanocytes.mesh.visible = showMelanocytes
    parts.tCells.mesh.visible = showTCells
    invalidate()
  }, [parts, showMelanocytes, showTCells, invalidate])

  useFrame((_, deltaS) => {
    if (!parts) return
    const { run: r, state } = parts
    const playing = advanceHealingClock(r.phases, r.endDays, deltaS, testMode)
    const d = drawn.current
    const t = healingClock.timeDays
    const changed = d.dirty || t !== d.timeDays || healingClock.revision !== d.revision
    if (changed) {
      seekInto(r, t, state)
      parts.melanocytes.update(state, block, frame)
      parts.tCells.update(state, block, frame)
      parts.overlay.update(state)
      healingShown.melanocyteAgents = state.melanocytes.count
      healingShown.tCellAgents = state.tCells.count
      healingShown.drawnMelanocytes = parts.melanocytes.drawn
      healingShown.drawnTCells = parts.tCells.drawn
      d.dirty = false
      d.timeDays = t
    }
    const now = performance.now()
    const seeked = healingClock.revision !== d.revision
    if (
      changed &&
      (testMode ||
        seeked ||
        !playing ||
        state.phase !== d.phase ||
        now - d.lastReportMs >= REPORT_INTERVAL_MS)
    ) {
      d.lastReportMs = now
      d.phase = state.phase
      if (testMode) useDermaStore.getState().reportHealingClock(t, state.phase, state.figures, playing)
      else report.queue(t, state.phase, state.figures, playing)
    }
    d.revision = healingClock.revision
    healingShown.run = r
    healingShown.revision = healingClock.revision
    healingShown.timeDays = t
    // while playing, the next frame waits for the GPU to finish this one (see gpuPacer.ts)
    if (playing && !testMode) pacer.requestWhenIdle(invalidate)
  })

  if (!parts) return null
  return (
    <group name="healing">
      <primitive object={parts.overlay.mesh} />
      <primitive object={parts.melanocytes.mesh} />
      <primitive object={parts.tCells.mesh} />
    </group>
  )
}
