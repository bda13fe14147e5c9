// The Drugs & UV view's part of the one zustand store (spread into store.ts): the transport run shown (computed
// in a Web Worker by the view, src/ui/deliver/useDeliveryRun.ts) and its status, which field colours the tissue
// (drug or NB-UVB), what React needs of the application clock (playing, a throttled time readout) and the therapy
// comparison's progress and result. The per-frame clock value is NOT here: it lives in deliverClock below and
// the scene advances it in useFrame. Nothing heavy is imported here: the store is in the initial bundle.
import type { StoreApi } from 'zustand'
import type { DeliverViewData } from '../workers/transportProtocol'
import type { TherapyComparison } from '../sim/healing/therapyComparison'

export type DeliverStatus = 'idle' | 'computing' | 'ready' | 'error'
export type DeliverField = 'drug' | 'uv'

/** The application clock, advanced per frame by the scene (never React state per frame). */
export const deliverClock = {
  /** Hours since the application started. */
  timeH: 0,
  playing: false,
}

/** Playback: the whole application (3 h by default) in this many seconds of real time. */
export const PLAY_SECONDS = 12
/** Test mode (?test=1): the clock advances by this share of the application per rendered frame. */
export const TEST_FRAME_SHARE = 1 / 60

export interface DeliverViewState {
  status: DeliverStatus
  error: string | null
  /** The run shown; may belong to the previous settings while a new one computes. */
  data: DeliverViewData | null
  field: DeliverField
  playing: boolean
  /** The clock's time as last reported by the scene (throttled; exact value: deliverClock.timeH). */
  timeReadoutH: number
}

export interface TherapyViewState {
  status: DeliverStatus
  done: number
  total: number
  error: string | null
  result: TherapyComparison | null
  computeMs: number
  /** Scenario key the result belongs to (the panel says when the settings have changed since). */
  key: string
}

export interface DeliverSlice {
  deliver: DeliverViewState
  therapy: TherapyViewState
  setDeliverRun: (patch: Pick<DeliverViewState, 'status'> & Partial<DeliverViewState>) => void
  deliverSetField: (field: DeliverField) => void
  deliverPlay: () => void
  deliverPause: () => void
  /** Moves the clock (clamped to the application); the readout follows at once. */
  deliverSeek: (timeH: number) => void
  /** Called by the scene (throttled) while the clock plays. */
  reportDeliverClock: (timeH: number, playing: boolean) => void
  setTherapy: (patch: Partial<TherapyViewState>) => void
}

export const IDLE_DELIVER: DeliverViewState = {
  status: 'idle',
  error: null,
  data: null,
  field: 'drug',
  playing: false,
  timeReadoutH: 0,
}

export const IDLE_THERAPY: TherapyViewState = {
  status: 'idle',
  done: 0,
  total: 0,
  error: null,
  result: null,
  computeMs: 0,
  key: '',
}

/** Length of the application shown, h (0 until a run exists). */
export function deliverHours(data: DeliverViewData | null): number {
  return data ? data.timesH[data.timesH.length - 1] : 0
}

export function createDeliverSlice<S extends DeliverSlice>(
  set: StoreApi<S>['setState'],
  get: StoreApi<S>['getState'],
): DeliverSlice {
  const patch = (p: Partial<DeliverViewState>) => set({ deliver: { ...get().deliver, ...p } } as Partial<S>)
  return {
    deliver: IDLE_DELIVER,
    therapy: IDLE_THERAPY,
    setDeliverRun: (p) => {
      patch(p)
      const hours = deliverHours(get().deliver.data)
      if (deliverClock.timeH > hours) get().deliverSeek(hours)
    },
    deliverSetField: (field) => patch({ field }),
    deliverPlay: () => {
      const hours = deliverHours(get().deliver.data)
      // at the end, play starts again from the beginning
      if (deliverClock.timeH >= hours - 1e-9) deliverClock.timeH = 0
      deliverClock.playing = true
      patch({ playing: true, timeReadoutH: deliverClock.timeH })
    },
    deliverPause: () => {
      deliverClock.playing = false
      patch({ playing: false, timeReadoutH: deliverClock.timeH })
    },
    deliverSeek: (timeH) => {
      // before the first run arrives the application's length is unknown: setDeliverRun clamps later
      const data = get().deliver.data
      const hours = data ? deliverHours(data) : Number.POSITIVE_INFINITY
      deliverClock.timeH = Math.min(hours, Math.max(0, Number.isFinite(timeH) ? timeH : 0))
      patch({ timeReadoutH: deliverClock.timeH })
    },
    reportDeliverClock: (timeH, playing) => {
      const d = get().deliver
      if (d.timeReadoutH !== timeH || d.playing !== playing) patch({ timeReadoutH: timeH, playing })
    },
    setTherapy: (p) => set({ therapy: { ...get().therapy, ...p } } as Partial<S>),
  }
}
