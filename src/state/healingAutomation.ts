// The Heal part of window.dermasim (installed by automation.ts): seek(day), play(), pause() and the healing
// figures of getState(). Never throws; seek never rejects.
import { figuresAt } from '../sim/healing/checkpoints'
import type { CohortArmResult, HealingFigures } from '../sim/healing'
import { COHORT_ARMS, type CohortArmId, type CohortComparison } from './healingSlice'
import { useDermaStore } from './store'
import { healingClock, healingShown } from './healingClock'

export type SeekResult = { ok: true; timeDays: number; phase: string } | { ok: false; errors: string[] }

export interface HealingApi {
  /**
   * Opens the Heal view, waits for the healing run of the current scenario (computed in a Web Worker), sets the
   * clock to `day` (0 = the first pulse, up to course.days) and resolves once a frame showing that day has been
   * rendered. Bad input: { ok: false, errors }. Never rejects.
   */
  seek: (day: unknown) => Promise<SeekResult>
  /** Opens the Heal view and plays the timeline (in test mode it advances only with renderFrames). */
  play: () => void
  pause: () => void
}

/** Figures at the clock's day (exact: from the run's hourly series, not the throttled readout). */
export interface HealingSnapshot {
  status: 'idle' | 'computing' | 'ready' | 'error'
  open: boolean
  playing: boolean
  openEpidermisFraction: number
  repigmentationFraction: number
  melanocytesInLesion: number
  activatedPrecursors: number
  tCellsInLesion: number
  mmp2Relative: number
  growthFactorRelative: number
  /** Agents the scene updated at the last drawn frame (all of them) and drew (those in the section). */
  agents: { melanocytes: number; tCells: number; drawnMelanocytes: number; drawnTCells: number }
  /** The cohort comparison of the panel: status, lesions simulated so far, worker time of the last result, and
   *  the last result's shares per arm (all patients and by site group; null until one is computed). */
  cohort: {
    status: 'idle' | 'computing' | 'ready' | 'error'
    done: number
    total: number
    computeMs: number | null
    arms: Record<
      CohortArmId,
      { results: CohortArmResult[]; bySite: Record<string, { patients: number; results: CohortArmResult[] }> }
    > | null
  }
}

/** Plain copies of the comparison's shares (no typed arrays: the snapshot goes through JSON in the e2e tests). */
export function cohortShares(result: CohortComparison | null): HealingSnapshot['cohort']['arms'] {
  if (!result) return null
  const copy = (rows: CohortArmResult[]) => rows.map((r) => ({ ...r }))
  const out = {} as NonNullable<HealingSnapshot['cohort']['arms']>
  for (const { id } of COHORT_ARMS) {
    const arm = result.arms[id]
    const bySite: Record<string, { patients: number; results: CohortArmResult[] }> = {}
    for (const [g, v] of Object.entries(arm.bySite))
      bySite[g] = { patients: v.patients, results: copy(v.results) }
    out[id] = { results: copy(arm.results), bySite }
  }
  return out
}

export function healingSnapshot(): { timeDays: number; phase: string; healing: HealingSnapshot | null } {
  const { healing, cohort } = useDermaStore.getState()
  const run = healing.run
  if (!run) return { timeDays: healingClock.timeDays, phase: '', healing: null }
  const f: HealingFigures = figuresAt(run, healingClock.timeDays)
  const phase =
    run.phases.find((p) => healingClock.timeDays < p.endDays)?.name ?? run.phases.at(-1)?.name ?? ''
  return {
    timeDays: healingClock.timeDays,
    phase,
    healing: {
      status: healing.status,
      open: healing.open,
      playing: healingClock.playing,
      openEpidermisFraction: f.openEpidermisFraction,
      repigmentationFraction: f.repigmentationFraction,
      melanocytesInLesion: f.melanocytesInLesion,
      activatedPrecursors: f.activatedPrecursors,
      tCellsInLesion: f.tCellsInLesion,
      mmp2Relative: f.mmp2Relative,
      growthFactorRelative: f.growthFactorRelative,
      agents: {
        melanocytes: healingShown.melanocyteAgents,
        tCells: healingShown.tCellAgents,
        drawnMelanocytes: healingShown.drawnMelanocytes,
        drawnTCells: healingShown.drawnTCells,
      },
      cohort: {
        status: cohort.status,
        done: cohort.done,
        total: cohort.total,
        computeMs: cohort.result?.computeMs ?? null,
        arms: cohortShares(cohort.result),
      },
    },
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Longest wait for the scene to show a seeked day, ms (the run itself may take a few seconds before that). */
const SHOW_TIMEOUT_MS = 15000

export function createHealingApi(renderFrames: (n: number) => Promise<void>): HealingApi {
  return {
    seek: async (day) => {
      try {
        const store = useDermaStore.getState()
        const end = store.scenario.course.days
        if (typeof day !== 'number' || !Number.isFinite(day) || day < 0 || day > end) {
          return { ok: false, errors: [`day must be a number from 0 to ${end} (course.days)`] }
        }
        store.showView('heal')
        const run = await store.ensureHealingRun()
        if (!run) return { ok: false, errors: [useDermaStore.getState().healing.error ?? 'no healing run'] }
        useDermaStore.getState().healPause()
        useDermaStore.getState().healSeek(day)
        const revision = healingClock.revision
        const started = performance.now()
        // the scene mounts the run's meshes after React commits: render until a frame has drawn this seek
        while (healingShown.run !== run || healingShown.revision < revision) {
          if (performance.now() - started > SHOW_TIMEOUT_MS) {
            return { ok: false, errors: ['the Heal view did not render the requested day in time'] }
          }
          await renderFrames(1)
          if (healingShown.run !== run || healingShown.revision < revision) await sleep(16)
        }
        // one more frame so the throttled UI readouts and the chart cursor have caught up too
        await renderFrames(1)
        return { ok: true, timeDays: healingClock.timeDays, phase: healingSnapshot().phase }
      } catch (error) {
        return { ok: false, errors: [`internal error: ${String(error)}`] }
      }
    },
    play: () => {
      try {
        const store = useDermaStore.getState()
        store.showView('heal')
        void store.ensureHealingRun().then((run) => {
          if (run) useDermaStore.getState().healPlay()
        })
      } catch {
        // never throws
      }
    },
    pause: () => {
      try {
        useDermaStore.getState().healPause()
      } catch {
        // never throws
      }
    },
  }
}
