// The one zustand store: the scenario, the clock (later capabilities), view options and UI messages.
// Derived simulation results (the skin block, the laser report, the treatment plan) are computed here, memoized
// by scenario, never per frame. The treatment's scan clock is NOT here: it changes every frame and lives in
// scanClock.ts; the store only hears of phase changes and a throttled "MTZs fired" counter.
import { create } from 'zustand'
import {
  DEFAULT_SCENARIO,
  generateSkinBlock,
  simulateTreatment,
  validateScenario,
  type Report,
  type Scenario,
  type ScenarioResult,
  type SkinBlock,
} from '../sim'
import type { PulseResult } from '../sim/laser/types'
import {
  cutFractionThroughCraters,
  planTreatment,
  scenarioTreatmentInputs,
  type TreatmentPlan,
} from '../sim/treatment'
import { woundSection, type WoundSection } from '../sim/treat/woundSection'
import { startScanClock, stopScanClock } from './scanClock'
import { connectHealing, createHealingSlice, type HealingSlice } from './healingSlice'
import { createDeliverSlice, type DeliverSlice } from './deliverSlice'

export interface HoverInfo {
  /** Structure name, e.g. 'Hair follicle — bulge'. */
  name: string
  /** One line on its role. */
  role: string
  /** Pointer position in CSS pixels relative to the viewport, for placing the label. */
  clientX: number
  clientY: number
}

export interface AppMessage {
  id: number
  kind: 'error' | 'info'
  text: string
}

export interface ViewOptions {
  /** Position of the cross-section (cut) plane as a fraction of the block's length (0 = front face, 0.9 max). */
  cutFraction: number
  showMelanocytes: boolean
  showTCells: boolean
  showFollicles: boolean
}

export type TreatmentPhase = 'idle' | 'firing' | 'done'

export interface TreatmentState {
  phase: TreatmentPhase
  /** performance.now() at Fire, ms (0 when idle); the scan clock itself is scanClock.timeS. */
  firedAt: number
  /** MTZs drilled so far, as last reported by the scene (throttled; exact value: mtzFiredNow()). */
  mtzFired: number
  mtzTotal: number
  /** True while the animation runs (the scan, then the rims cooling after the pass is done). */
  animating: boolean
  plan: TreatmentPlan | null
  /** The full pulse result behind the plan (profile and temperature maps for the view). */
  pulse: PulseResult | null
  /** Why the last treatment was cleared, shown in the laser panel (null: nothing to say). */
  note: string | null
}

export type FireResult = { ok: true; mtzTotal: number } | { ok: false; errors: string[] }

/** Fractional and continuous reports for the same settings, for the side-by-side comparison. */
export interface ModeComparison {
  fractional: Report
  continuous: Report
  /** The two wounds in cross-section, to scale (drawn beside the table). */
  sections: { fractional: WoundSection; continuous: WoundSection }
}

/** The app's three views, as tabs in the top bar (VIEW_TABS in src/ui/ViewTabs.tsx labels them). */
export const VIEW_IDS = ['treat', 'heal', 'deliver'] as const
export type ViewId = (typeof VIEW_IDS)[number]

export interface DermaState extends HealingSlice, DeliverSlice {
  scenario: Scenario
  /** Which view is shown: Explore & Treat (the block and the laser), Heal (the timeline), Deliver (drugs & UV). */
  activeView: ViewId
  /** Switches the view; the Heal view's slice is told (it computes its run when opened). */
  showView: (id: ViewId) => void
  block: SkinBlock
  view: ViewOptions
  hovered: HoverInfo | null
  messages: AppMessage[]
  /** True in ?test=1 mode: fixed seed, no antialiasing, DPR 1, frames only on demand. */
  testMode: boolean
  /** True once the first frame has rendered: costly derived figures wait for it (time to first frame). */
  sceneReady: boolean
  /** simulateTreatment (the laser report) of the current scenario; null until first asked for (ensureReport), or while stale. */
  report: Report | null
  comparison: ModeComparison | null
  treatment: TreatmentState
  setScenario: (partial: unknown) => ScenarioResult
  /** Computes the report now if it is missing or stale, and returns it. */
  ensureReport: () => Report
  ensureComparison: () => ModeComparison
  /** Plans and starts a pass with the current settings. Never throws. */
  fire: () => FireResult
  clearTreatment: (note?: string | null) => void
  /** Called by the scene: the phase changed, the counter moved on or the animation ended. */
  reportTreatmentProgress: (phase: TreatmentPhase, mtzFired: number, animating: boolean) => void
  setView: (partial: Partial<ViewOptions>) => void
  setHovered: (info: HoverInfo | null) => void
  pushMessage: (kind: AppMessage['kind'], text: string) => void
  dismissMessage: (id: number) => void
}

let nextMessageId = 1

export const IDLE_TREATMENT: TreatmentState = {
  phase: 'idle',
  firedAt: 0,
  mtzFired: 0,
  mtzTotal: 0,
  animating: false,
  plan: null,
  pulse: null,
  note: null,
}

/** The scenario fields the laser results depend on (site, seed, laser), as a memo key. */
function laserKey(s: Scenario): string {
  return JSON.stringify([s.site, s.seed, s.laser])
}

/** Memo of the derived laser results, keyed by laserKey (the report is the costly part: one thermal solve). */
const memo: { reportKey: string; comparisonKey: string } = { reportKey: '', comparisonKey: '' }

export const SETTINGS_CHANGED_NOTE =
  'Settings changed, so the treatment shown was cleared: press Fire to treat with the new settings.'

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The cut may go at most this far into the block (the controls' limit). */
export const MAX_CUT_FRACTION = 0.9

export const DEFAULT_VIEW: ViewOptions = {
  cutFraction: 0.5,
  showMelanocytes: true,
  showTCells: true,
  showFollicles: true,
}

export const useDermaStore = create<DermaState>()((set, get) => ({
  scenario: DEFAULT_SCENARIO,
  block: generateSkinBlock(DEFAULT_SCENARIO.site, DEFAULT_SCENARIO.seed),
  activeView: 'treat',
  showView: (id) => {
    if (get().activeView === id) return
    get().setHealOpen(id === 'heal')
    set({ activeView: id, hovered: null })
  },
  view: DEFAULT_VIEW,
  hovered: null,
  messages: [],
  testMode: false,
  sceneReady: false,
  report: null,
  comparison: null,
  treatment: IDLE_TREATMENT,
  // the Heal view (healingSlice.ts): run status, clock readout, cohort
  ...createHealingSlice(set, get),
  // the Drugs & UV view (deliverSlice.ts): transport run, field shown, application clock, therapy comparison
  ...createDeliverSlice(set, get),
  setScenario: (partial) => {
    const result = validateScenario(partial, get().scenario)
    if (!result.ok) return result
    const previous = get().scenario
    const scenario = result.scenario
    const changedBlock = scenario.site !== previous.site || scenario.seed !== previous.seed
    const changedLaser = laserKey(scenario) !== laserKey(previous)
    // a pass belongs to the settings and the block it was planned for: any change clears it
    if (changedLaser && get().treatment.phase !== 'idle') get().clearTreatment(SETTINGS_CHANGED_NOTE)
    set({
      scenario,
      ...(changedBlock ? { block: generateSkinBlock(scenario.site, scenario.seed), hovered: null } : {}),
      ...(changedLaser ? { report: null, comparison: null } : {}),
    })
    return result
  },
  ensureReport: () => {
    const { scenario, report } = get()
    const key = laserKey(scenario)
    if (report && memo.reportKey === key) return report
    const fresh = simulateTreatment(scenario)
    memo.reportKey = key
    set({ report: fresh })
    return fresh
  },
  ensureComparison: () => {
    const { scenario, comparison } = get()
    const key = laserKey(scenario)
    if (comparison && memo.comparisonKey === key) return comparison
    const current = get().ensureReport()
    const inMode = (mode: 'fractional' | 'continuous'): Report =>
      scenario.laser.mode === mode
        ? current
        : simulateTreatment({ ...scenario, laser: { ...scenario.laser, mode } })
    const laser =
      scenario.laser.mode === 'none' ? { ...scenario.laser, mode: 'fractional' as const } : scenario.laser
    const fresh = {
      fractional: inMode('fractional'),
      continuous: inMode('continuous'),
      sections: {
        fractional: woundSection(scenario.site, laser, 'fractional'),
        continuous: woundSection(scenario.site, laser, 'continuous'),
      },
    }
    memo.comparisonKey = key
    set({ comparison: fresh })
    return fresh
  },
  fire: () => {
    const { scenario, block } = get()
    if (scenario.laser.mode === 'none') {
      return { ok: false, errors: ['laser.mode is "none": choose fractional or continuous before firing'] }
    }
    try {
      get().ensureReport()
      const inputs = scenarioTreatmentInputs(scenario, block)
      if (!inputs) return { ok: false, errors: ['no pulse could be computed for these settings'] }
      const plan = planTreatment(block, inputs.pattern, inputs.pulse)
      // show the MTZs' profiles: a cross-section that misses every crater moves onto the nearest row of them
      const view = get().view
      const cutFraction = cutFractionThroughCraters(plan, view.cutFraction, MAX_CUT_FRACTION)
      const moved = cutFraction !== view.cutFraction
      startScanClock(plan)
      set({
        ...(moved ? { view: { ...view, cutFraction } } : {}),
        treatment: {
          phase: 'firing',
          firedAt: performance.now(),
          mtzFired: 0,
          mtzTotal: plan.mtzCount,
          animating: true,
          plan,
          pulse: inputs.pulse,
          note: moved
            ? `The cross-section was moved to ${Math.round(cutFraction * 100)}% so that it cuts through a row of MTZs.`
            : null,
        },
      })
      return { ok: true, mtzTotal: plan.mtzCount }
    } catch (error) {
      return { ok: false, errors: [`the pass could not be planned: ${describeError(error)}`] }
    }
  },
  clearTreatment: (note = null) => {
    stopScanClock()
    set({ treatment: { ...IDLE_TREATMENT, note } })
  },
  reportTreatmentProgress: (phase, mtzFired, animating) => {
    const t = get().treatment
    if (t.plan && (t.phase !== phase || t.mtzFired !== mtzFired || t.animating !== animating)) {
      set({ treatment: { ...t, phase, mtzFired, animating } })
    }
  },
  setView: (partial) => set({ view: { ...get().view, ...partial } }),
  setHovered: (info) => set({ hovered: info }),
  pushMessage: (kind, text) => set({ messages: [...get().messages, { id: nextMessageId++, kind, text }] }),
  dismissMessage: (id) => set({ messages: get().messages.filter((m) => m.id !== id) }),
}))

// recompute the healing run when the scenario changes while the Heal view is in use
connectHealing(useDermaStore)
