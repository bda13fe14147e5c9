// window.dermasim: the automation API used by tests, benchmarks, lesson scripts and power users.
// Always present (installed before the first render) and never throws.
import { VIEW_IDS, useDermaStore, type FireResult, type TreatmentPhase, type ViewId } from './store'
import type { PatternReport, PulseReport, ScenarioResult } from '../sim'
import { firedCountAt } from '../sim/treatment'
import { describeValue } from '../sim/describeValue'
import { scanClock } from './scanClock'
import { createHealingApi, healingSnapshot, type HealingApi, type HealingSnapshot } from './healingAutomation'
import {
  createDeliverApi,
  deliverySnapshot,
  type DeliverApi,
  type DeliverySnapshot,
} from './deliverAutomation'

/** What the 3D scene registers so the API can read the renderer and project structures to the screen. */
export interface RenderProbe {
  /** Draw calls and triangles of the last rendered frame (renderer.info.render). */
  renderInfo: () => { calls: number; triangles: number }
  /** Viewport (CSS px) position of a visible point of a structure, or null if it is off screen or hidden. */
  locate: (kind: LocatableKind, index: number) => { x: number; y: number } | null
  /** Render n frames now (test mode renders only on demand) and resolve after the last one. */
  renderFrames: (n: number) => Promise<void>
}

export type LocatableKind = 'follicle' | 'melanocyte' | 'tCell' | 'precursor'

let probe: RenderProbe | null = null

export function registerRenderProbe(p: RenderProbe | null): void {
  probe = p
}

/** Clears the probe only if it is still `p` (a view unmounting must not remove the next view's probe). */
export function unregisterRenderProbe(p: RenderProbe): void {
  if (probe === p) probe = null
}

export interface DermaSimApi extends HealingApi, DeliverApi {
  version: string
  /** True once the first frame of the 3D view has rendered. */
  ready: boolean
  getState: () => DermaSimSnapshot
  /** Merge a partial scenario; { ok: false, errors } leaves the state as it was. Never throws. */
  setScenario: (partial: unknown) => { ok: true } | { ok: false; errors: string[] }
  /** Render n frames (test mode is frozen until asked). */
  renderFrames: (n?: number) => Promise<void>
  /** Where on screen a structure is (CSS px), for tests that hover it. */
  locate: (kind: LocatableKind, index?: number) => { x: number; y: number } | null
  /**
   * Fires the current pattern (the handpiece starts its pass). Resolves { ok: true, mtzTotal } or
   * { ok: false, errors } (e.g. laser mode 'none'); never rejects. In test mode the pass advances a fixed step per
   * rendered frame: `await fire(); await renderFrames(TEST_MODE_FRAMES)` (40) ends with the pass done.
   */
  fire: () => Promise<FireResult>
  /** Clears the treatment shown (back to the untreated block). */
  clearTreatment: () => void
  /** Shows a view ('treat', 'heal', 'deliver'); { ok: false, errors } for an unknown id. Never throws. */
  showView: (id: unknown) => { ok: true } | { ok: false; errors: string[] }
}

export interface DermaSimSnapshot {
  site: string
  seed: number
  testMode: boolean
  /** The view shown: 'treat' (Explore & Treat), 'heal' or 'deliver' (Drugs & UV). */
  activeView: ViewId
  counts: {
    follicles: number
    melanocytesHealthy: number
    melanocytesLesion: number
    precursors: number
    tCells: number
  }
  render: { calls: number; triangles: number }
  view: { cutFraction: number }
  hovered: string | null
  messages: string[]
  /** MTZs drilled so far in the current pass (equals pattern.mtzCount when the pass is done; 0 in continuous mode). */
  mtzCount: number
  /** phase of the current pass; animating stays true after 'done' while the rims cool. */
  treatment: { phase: TreatmentPhase; mtzTotal: number; animating: boolean }
  /** Figures of one pulse (null when the laser mode is 'none'). */
  pulse: PulseReport | null
  /** Figures of the whole pattern. */
  pattern: PatternReport
  /** Heal view: the healing clock's day (0 = first pulse) and its phase ('' until a run exists). */
  timeDays: number
  phase: string
  /** Healing figures at timeDays (null until the healing run has been computed). */
  healing: HealingSnapshot | null
  /** Drugs & UV view: agent, clock, enhancement, time to the basal layer, therapy comparison (deliverAutomation.ts). */
  delivery: DeliverySnapshot
}

export const API_VERSION = '1'

/** MTZs drilled at the scan clock's current time (exact, not the throttled counter of the panel). */
export function mtzFiredNow(): number {
  const plan = useDermaStore.getState().treatment.plan
  return plan ? firedCountAt(plan.mtzOrder, plan.fireTimeS, scanClock.timeS) : 0
}

export function snapshot(): DermaSimSnapshot {
  const s = useDermaStore.getState()
  const report = s.ensureReport()
  return {
    site: s.scenario.site,
    seed: s.scenario.seed,
    testMode: s.testMode,
    activeView: s.activeView,
    counts: { ...s.block.counts },
    render: probe ? probe.renderInfo() : { calls: 0, triangles: 0 },
    view: { cutFraction: s.view.cutFraction },
    hovered: s.hovered ? s.hovered.name : null,
    messages: s.messages.map((m) => m.text),
    mtzCount: mtzFiredNow(),
    treatment: {
      phase: s.treatment.phase,
      mtzTotal: s.treatment.mtzTotal,
      animating: s.treatment.animating,
    },
    pulse: report.pulse ? structuredClone(report.pulse) : null,
    pattern: structuredClone(report.pattern),
    ...healingSnapshot(),
    ...deliverySnapshot(),
  }
}

function toApiResult(result: ScenarioResult): { ok: true } | { ok: false; errors: string[] } {
  return result.ok ? { ok: true } : { ok: false, errors: result.errors }
}

export function installAutomationApi(): DermaSimApi {
  const renderFrames = async (n: number): Promise<void> => {
    if (probe) await probe.renderFrames(n)
  }
  const api: DermaSimApi = {
    ...createHealingApi(renderFrames),
    ...createDeliverApi(),
    version: API_VERSION,
    ready: false,
    getState: () => snapshot(),
    setScenario: (partial) => {
      try {
        return toApiResult(useDermaStore.getState().setScenario(partial))
      } catch (error) {
        return { ok: false, errors: [`internal error: ${String(error)}`] }
      }
    },
    renderFrames: async (n = 1) => {
      // anything but a finite number (a Symbol, a BigInt, an object) renders one frame instead of throwing
      const frames = typeof n === 'number' && Number.isFinite(n) ? Math.floor(n) : 1
      if (probe) await probe.renderFrames(Math.max(1, Math.min(600, frames)))
    },
    fire: async () => {
      try {
        return useDermaStore.getState().fire()
      } catch (error) {
        return { ok: false, errors: [`internal error: ${String(error)}`] }
      }
    },
    clearTreatment: () => {
      try {
        useDermaStore.getState().clearTreatment()
      } catch {
        // never throws
      }
    },
    showView: (id) => {
      if (typeof id !== 'string' || !(VIEW_IDS as readonly string[]).includes(id)) {
        return {
          ok: false,
          errors: [`view must be one of ${VIEW_IDS.join(', ')} (got ${describeValue(id)})`],
        }
      }
      try {
        useDermaStore.getState().showView(id as ViewId)
        return { ok: true }
      } catch (error) {
        return { ok: false, errors: [`internal error: ${String(error)}`] }
      }
    },
    locate: (kind, index = 0) => {
      try {
        return probe ? probe.locate(kind, index) : null
      } catch {
        return null
      }
    },
  }
  ;(window as unknown as { dermasim: DermaSimApi }).dermasim = api
  return api
}

export function markReady(): void {
  const api = (window as unknown as { dermasim?: DermaSimApi }).dermasim
  if (api) api.ready = true
  if (!useDermaStore.getState().sceneReady) useDermaStore.setState({ sceneReady: true })
}
