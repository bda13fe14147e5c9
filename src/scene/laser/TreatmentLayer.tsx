// The treatment pass in the 3D view: uploads the plan's textures, owns the MTZ columns, the handpiece and the
// plume, and advances the scan clock once per rendered frame. Per frame: the clock, two uniforms, the handpiece's
// pose; React hears only of phase changes and, at most every COUNTER_INTERVAL_MS, the "MTZs fired" counter.
import { useEffect, useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import type { SkinBlock } from '../../sim'
import { firedCountAt, type TreatmentPlan } from '../../sim/treatment'
import { useDermaStore, type TreatmentPhase } from '../../state/store'
import { advanceScanClock, scanClock } from '../../state/scanClock'
import type { SectionFrame } from '../coords'
import type { StructureUniforms } from '../materials'
import { useSceneRegistry } from '../sceneContext'
import { HandpieceRig } from './HandpieceRig'
import { MtzColumns } from './MtzColumns'
import { PlumeSystem } from './PlumeSystem'
import { applyTreatment, resetTreatmentUniforms, type TreatmentUniforms } from './treatmentUniforms'

const COUNTER_INTERVAL_MS = 250

/** Emitters (MTZs, or sweep samples) fired by time t. */
function emittersFiredAt(plan: TreatmentPlan, count: number, t: number): number {
  if (plan.mode === 'continuous' && plan.sweep) {
    const span = plan.sweep.rows * plan.sweep.rowDurationS
    return Math.min(count, Math.max(0, Math.floor(((t - plan.sweep.startS) / span) * count) + 1))
  }
  return firedCountAt(plan.mtzOrder, plan.fireTimeS, t)
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
}

interface Props {
  block: SkinBlock
  frame: SectionFrame
  clip: StructureUniforms
  treat: TreatmentUniforms
}

export function TreatmentLayer({ block, frame, clip, treat }: Props) {
  const plan = useDermaStore((s) => s.treatment.plan)
  const pulse = useDermaStore((s) => s.treatment.pulse)
  const testMode = useDermaStore((s) => s.testMode)
  const invalidate = useThree((s) => s.invalidate)
  const registry = useSceneRegistry()

  const parts = useMemo(
    () => ({
      columns: new MtzColumns(clip, treat),
      handpiece: new HandpieceRig(),
      plume: new PlumeSystem(treat),
    }),
    [clip, treat],
  )
  useEffect(
    () => () => {
      parts.columns.dispose()
      parts.handpiece.dispose()
      parts.plume.dispose()
    },
    [parts],
  )

  // per-pass state of the frame loop (a ref: never React state)
  const loop = useRef({
    phase: 'idle' as TreatmentPhase,
    counted: -1,
    animating: true,
    lastPush: 0,
    reducedMotion: false,
  })

  useEffect(() => {
    registry.setTreatment(plan)
    parts.columns.setPlan(plan)
    loop.current = {
      phase: 'idle',
      counted: -1,
      animating: true,
      lastPush: 0,
      reducedMotion: prefersReducedMotion(),
    }
    if (!plan || !pulse) {
      resetTreatmentUniforms(treat)
      parts.handpiece.update(null, block, 0, false)
      parts.plume.setActive(false)
      invalidate()
      return
    }
    const dispose = applyTreatment(treat, plan, pulse, block)
    parts.plume.setActive(true)
    invalidate()
    return () => {
      dispose()
      registry.setTreatment(null)
    }
  }, [plan, pulse, block, treat, parts, registry, invalidate])

  // instances follow the cut (a user action), like the cells
  useEffect(() => {
    parts.columns.writeInstances(block, frame)
    registry.mtz = parts.columns.pickTarget()
    invalidate()
    return () => {
      registry.mtz = null
    }
  }, [plan, block, frame, parts, registry, invalidate])

  useFrame((_, delta) => {
    if (!plan || plan.mode === 'none') return
    const running = advanceScanClock(plan, delta, testMode)
    const t = scanClock.timeS
    treat.uClockS.value = t
    treat.uEmittersFired.value = emittersFiredAt(plan, treat.uEmitterCount.value as number, t)
    parts.handpiece.update(plan, block, t, loop.current.reducedMotion, frame.cutZ)

    const state = loop.current
    const phase: TreatmentPhase = t >= plan.timing.scanEndS ? 'done' : 'firing'
    const fired = phase === 'done' ? plan.mtzCount : firedCountAt(plan.mtzOrder, plan.fireTimeS, t)
    const now = performance.now()
    const changed = phase !== state.phase || running !== state.animating
    if (changed || (fired !== state.counted && now - state.lastPush >= COUNTER_INTERVAL_MS)) {
      state.phase = phase
      state.counted = fired
      state.animating = running
      state.lastPush = now
      useDermaStore.getState().reportTreatmentProgress(phase, fired, running)
    }
    // normal mode keeps rendering until the rims have cooled; test mode renders only when asked
    if (running && !testMode) invalidate()
  })

  return (
    <group name="treatment">
      <primitive object={parts.columns.group} />
      <primitive object={parts.handpiece.group} />
      <primitive object={parts.plume.mesh} />
    </group>
  )
}
