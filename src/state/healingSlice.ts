// The Heal view's part of the one zustand store (spread into store.ts): whether the view is open, the healing run
// (computed in a Web Worker, healingClient.ts) and its status, what React needs of the clock (playing, speed, a
// throttled day readout, the phase), the cytokine overlay and the virtual cohort comparison.
// The per-frame clock value is NOT here: it lives in healingClock.ts and the scene advances it in useFrame.
//
// Stale results: every run request gets a generation number; a result whose generation is not the latest is
// dropped. The run is recomputed when the scenario's site, seed, laser or course change (connectHealing).
import type { StoreApi } from 'zustand'
import type { CohortResult, HealingFigures, HealingRun } from '../sim/healing'
import { DEFAULT_COHORT, DEFAULT_COURSE, DEFAULT_LASER, type Scenario } from '../sim'
import { computeCohortArms, computeHealingRun } from '../workers/healingClient'
import { healingClock, requestHealingFrame, setClockDays, stepStopDays, type SpeedId } from './healingClock'
import { cutFractionThroughWounds } from './healingCut'

/** The cut control's limit (store.ts MAX_CUT_FRACTION; not imported: store.ts imports this file). */
const MAX_CUT_FRACTION = 0.9

export type HealingStatus = 'idle' | 'computing' | 'ready' | 'error'
export type FieldOverlay = 'mmp2' | 'growthFactor' | 'none'

/** The three arms of the cohort comparison. */
export const COHORT_ARMS = [
  { id: 'uv', label: 'NB-UVB alone' },
  { id: 'laser+uv', label: 'Laser + NB-UVB' },
  { id: 'laser', label: 'Laser alone' },
] as const
export type CohortArmId = (typeof COHORT_ARMS)[number]['id']

export interface HealingViewState {
  /** The Heal view is shown (the scene draws the healing agents instead of the static cells). */
  open: boolean
  status: HealingStatus
  error: string | null
  /** Generation of the latest run request (results of older ones are dropped). */
  generation: number
  /** The run shown; may belong to the previous course while a new one computes (never to another block). */
  run: HealingRun | null
  /** Scenario key (site, seed, laser, course) of `run`. */
  runKey: string
  playing: boolean
  speed: SpeedId
  /** The clock's day, as last reported by the scene (throttled; exact value: healingClock.timeDays). */
  dayReadout: number
  phase: string
  /** Figures at dayReadout (null until a run is shown). */
  figures: HealingFigures | null
  field: FieldOverlay
}

export interface CohortComparison {
  arms: Record<CohortArmId, CohortResult>
  patients: number
  months: number[]
  computeMs: number
}

export interface CohortViewState {
  status: HealingStatus
  done: number
  total: number
  error: string | null
  result: CohortComparison | null
  /** Scenario key the result was computed for (the UI says when the settings have changed since). */
  key: string
}

export interface HealingSlice {
  healing: HealingViewState
  cohort: CohortViewState
  setHealOpen: (open: boolean) => void
  /** Starts computing the run for the current scenario if needed; resolves with it (null on error). */
  ensureHealingRun: () => Promise<HealingRun | null>
  healPlay: () => void
  healPause: () => void
  healSeek: (timeDays: number) => void
  healStep: (direction: 1 | -1) => void
  healSetSpeed: (speed: SpeedId) => void
  healSetField: (field: FieldOverlay) => void
  /** PhET's Reset All: clock to the first pulse, paused, normal speed, MMP-2 glow, the default course. */
  healResetAll: () => void
  /** Called by the scene (throttled): what the clock shows now. */
  reportHealingClock: (timeDays: number, phase: string, figures: HealingFigures, playing: boolean) => void
  runCohortComparison: () => Promise<void>
}

/** The scenario fields a healing run depends on, as a memo key. */
export function healingKey(s: Scenario): string {
  return JSON.stringify([s.site, s.seed, s.laser, s.course])
}

const blockKey = (s: Scenario): string => JSON.stringify([s.site, s.seed])

export const INITIAL_HEALING: HealingViewState = {
  open: false,
  status: 'idle',
  error: null,
  generation: 0,
  run: null,
  runKey: '',
  playing: false,
  speed: 'normal',
  dayReadout: 0,
  phase: '',
  figures: null,
  field: 'mmp2',
}

const INITIAL_COHORT: CohortViewState = {
  status: 'idle',
  done: 0,
  total: 0,
  error: null,
  result: null,
  key: '',
}

type Slice = HealingSlice & {
  scenario: Scenario
  view: { cutFraction: number }
  setView: (partial: { cutFraction: number }) => void
  testMode: boolean
  treatment: { phase: string }
  setScenario: (partial: unknown) => unknown
  clearTreatment: (note?: string | null) => void
}

/** Shown in the laser panel when opening the Heal view clears a pass (the timeline starts from its own pulses). */
export const HEAL_CLEARED_NOTE =
  'The Heal timeline replays the whole course from its first pulse, so the pass shown before was cleared.'
type SetState = StoreApi<Slice>['setState']
type GetState = StoreApi<Slice>['getState']

/** Waiters of ensureHealingRun, resolved when the run of their generation (or a newer one) settles. */
let waiters: { resolve: (run: HealingRun | null) => void }[] = []
/** Scenario key of the run being computed ('' when none). */
let computingKey = ''

function settleWaiters(run: HealingRun | null): void {
  const list = waiters
  waiters = []
  for (const w of list) w.resolve(run)
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The cohort arms' configurations for a scenario (laser arms fall back to the default laser if it is off). */
function cohortArms(s: Scenario): { id: CohortArmId; config: import('../sim/healing').CohortConfig }[] {
  const cohort = s.cohort ?? DEFAULT_COHORT
  const laser = s.laser.mode === 'none' ? DEFAULT_LASER : s.laser
  const sessions = s.course.laserSessions > 0 ? s.course.laserSessions : DEFAULT_COURSE.laserSessions
  const base = {
    patients: cohort.patients,
    months: [...cohort.months],
    seed: s.seed,
    laser,
    site: 'mixed' as const,
  }
  return [
    { id: 'uv', config: { ...base, course: { ...s.course, laserSessions: 0, uv: 'nb-uvb' } } },
    { id: 'laser+uv', config: { ...base, course: { ...s.course, laserSessions: sessions, uv: 'nb-uvb' } } },
    { id: 'laser', config: { ...base, course: { ...s.course, laserSessions: sessions, uv: 'none' } } },
  ]
}

export function createHealingSlice(set: SetState, get: GetState): HealingSlice {
  const patch = (partial: Partial<HealingViewState>) => set({ healing: { ...get().healing, ...partial } })

  const requestRun = (): void => {
    const { scenario, healing } = get()
    const key = healingKey(scenario)
    const generation = healing.generation + 1
    // a run of another block would put the agents in the wrong places: drop it; a run of another course is kept on
    // screen (with a "recomputing" note) until the new one arrives
    const sameBlock =
      healing.run !== null && blockKey(scenario) === JSON.stringify([healing.run.site, healing.run.seed])
    patch({ status: 'computing', error: null, generation, ...(sameBlock ? {} : { run: null, runKey: '' }) })
    const { site, seed, laser, course } = scenario
    computingKey = key
    computeHealingRun({ site, seed, laser, course }).then(
      (run) => {
        if (get().healing.generation !== generation) return // stale
        computingKey = ''
        setClockDays(healingClock.timeDays, run.endDays)
        patch({ status: 'ready', run, runKey: key, error: null })
        // show the columns: a cross-section that misses every MTZ moves onto the nearest row of them
        const cut = get().view.cutFraction
        const through = cutFractionThroughWounds(run, cut, MAX_CUT_FRACTION)
        if (get().healing.open && through !== cut) get().setView({ cutFraction: through })
        settleWaiters(run)
      },
      (error: unknown) => {
        if (get().healing.generation !== generation || describe(error) === 'superseded') return
        computingKey = ''
        patch({ status: 'error', error: `The healing course could not be computed: ${describe(error)}` })
        settleWaiters(null)
      },
    )
  }

  return {
    healing: INITIAL_HEALING,
    cohort: INITIAL_COHORT,
    setHealOpen: (open) => {
      if (open && get().treatment.phase !== 'idle') get().clearTreatment(HEAL_CLEARED_NOTE)
      patch({ open })
      if (open) void get().ensureHealingRun()
      else get().healPause()
    },
    ensureHealingRun: () => {
      const { healing, scenario } = get()
      if (healing.status === 'ready' && healing.runKey === healingKey(scenario) && healing.run) {
        return Promise.resolve(healing.run)
      }
      const promise = new Promise<HealingRun | null>((resolve) => waiters.push({ resolve }))
      if (healing.status !== 'computing' || computingKey !== healingKey(scenario)) requestRun()
      return promise
    },
    healPlay: () => {
      const run = get().healing.run
      // playing from the end starts again from the first pulse
      if (run && healingClock.timeDays >= run.endDays) setClockDays(0, run.endDays)
      healingClock.playing = true
      patch({ playing: true })
      // test mode: nothing advances until frames are asked for (window.dermasim.renderFrames)
      if (!get().testMode) requestHealingFrame()
    },
    healPause: () => {
      healingClock.playing = false
      healingClock.revision++
      patch({ playing: false })
    },
    healSeek: (timeDays) => {
      const end = get().healing.run?.endDays ?? get().scenario.course.days
      setClockDays(timeDays, end)
      patch({ dayReadout: healingClock.timeDays })
    },
    healStep: (direction) => {
      const end = get().healing.run?.endDays ?? get().scenario.course.days
      healingClock.playing = false
      setClockDays(stepStopDays(healingClock.timeDays, direction, end), end)
      patch({ playing: false, dayReadout: healingClock.timeDays })
    },
    healSetSpeed: (speed) => {
      healingClock.speed = speed
      patch({ speed })
    },
    healSetField: (field) => patch({ field }),
    healResetAll: () => {
      healingClock.playing = false
      healingClock.speed = 'normal'
      setClockDays(0, get().scenario.course.days)
      patch({ playing: false, speed: 'normal', field: 'mmp2', dayReadout: 0 })
      get().setScenario({ course: { ...DEFAULT_COURSE } })
    },
    reportHealingClock: (timeDays, phase, figures, playing) => {
      patch({ dayReadout: timeDays, phase, figures: { ...figures }, playing })
    },
    runCohortComparison: async () => {
      const scenario = get().scenario
      const arms = cohortArms(scenario)
      const total = arms.reduce((sum, a) => sum + a.config.patients, 0)
      const key = healingKey(scenario)
      set({ cohort: { ...get().cohort, status: 'computing', done: 0, total, error: null } })
      try {
        const outcome = await computeCohortArms(arms, (done) => {
          if (get().cohort.status === 'computing') set({ cohort: { ...get().cohort, done } })
        })
        const byId = Object.fromEntries(outcome.arms.map((a) => [a.id, a.result])) as Record<
          CohortArmId,
          CohortResult
        >
        const first = arms[0].config
        set({
          cohort: {
            status: 'ready',
            done: total,
            total,
            error: null,
            key,
            result: {
              arms: byId,
              patients: first.patients,
              months: first.months,
              computeMs: outcome.computeMs,
            },
          },
        })
      } catch (error) {
        if (describe(error) === 'superseded') return
        set({
          cohort: {
            ...get().cohort,
            status: 'error',
            error: `The cohort could not be run: ${describe(error)}`,
          },
        })
      }
    },
  }
}

/** Recomputes the run when the scenario's site, seed, laser or course change while the Heal view has been used. */
export function connectHealing(store: StoreApi<Slice>): void {
  store.subscribe((state, previous) => {
    if (state.scenario === previous.scenario) return
    const { healing } = state
    if (!healing.open && !healing.run) return
    if (healingKey(state.scenario) !== healingKey(previous.scenario)) void state.ensureHealingRun()
  })
}
