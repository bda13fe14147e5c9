// The one zustand store: the scenario, the clock (later capabilities), view options and UI messages.
// Derived simulation results (the skin block) are computed here, memoized by scenario, never per frame.
import { create } from 'zustand'
import {
  DEFAULT_SCENARIO,
  generateSkinBlock,
  validateScenario,
  type Scenario,
  type ScenarioResult,
  type SkinBlock,
} from '../sim'

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

export interface DermaState {
  scenario: Scenario
  block: SkinBlock
  view: ViewOptions
  hovered: HoverInfo | null
  messages: AppMessage[]
  /** True in ?test=1 mode: fixed seed, no antialiasing, DPR 1, frames only on demand. */
  testMode: boolean
  setScenario: (partial: unknown) => ScenarioResult
  setView: (partial: Partial<ViewOptions>) => void
  setHovered: (info: HoverInfo | null) => void
  pushMessage: (kind: AppMessage['kind'], text: string) => void
  dismissMessage: (id: number) => void
}

let nextMessageId = 1

export const DEFAULT_VIEW: ViewOptions = {
  cutFraction: 0.5,
  showMelanocytes: true,
  showTCells: true,
  showFollicles: true,
}

export const useDermaStore = create<DermaState>()((set, get) => ({
  scenario: DEFAULT_SCENARIO,
  block: generateSkinBlock(DEFAULT_SCENARIO.site, DEFAULT_SCENARIO.seed),
  view: DEFAULT_VIEW,
  hovered: null,
  messages: [],
  testMode: false,
  setScenario: (partial) => {
    const result = validateScenario(partial, get().scenario)
    if (!result.ok) return result
    const previous = get().scenario
    const scenario = result.scenario
    const changedBlock = scenario.site !== previous.site || scenario.seed !== previous.seed
    set({
      scenario,
      ...(changedBlock ? { block: generateSkinBlock(scenario.site, scenario.seed), hovered: null } : {}),
    })
    return result
  },
  setView: (partial) => set({ view: { ...get().view, ...partial } }),
  setHovered: (info) => set({ hovered: info }),
  pushMessage: (kind, text) => set({ messages: [...get().messages, { id: nextMessageId++, kind, text }] }),
  dismissMessage: (id) => set({ messages: get().messages.filter((m) => m.id !== id) }),
}))
