// One table of hotkeys: the key handler and the help dialog both read it.
import { useDermaStore } from '../state/store'
import { HEAL_HOTKEYS } from './timeline/healHotkeys'
import { DELIVER_HOTKEYS } from './deliver/deliverHotkeys'
import { VIEW_TABS, nextView } from './viewTabs'

export interface Hotkey {
  /** KeyboardEvent.key values that trigger it. */
  keys: string[]
  /** How the help dialog shows the key. */
  label: string
  description: string
  run: () => void
}

const CUT_STEP = 0.05

function moveCut(delta: number): void {
  const { view, setView } = useDermaStore.getState()
  setView({ cutFraction: Math.min(0.9, Math.max(0, Math.round((view.cutFraction + delta) * 100) / 100)) })
}

function toggle(key: 'showMelanocytes' | 'showTCells' | 'showFollicles'): void {
  const { view, setView } = useDermaStore.getState()
  setView({ [key]: !view[key] })
}

/** Fires the current pattern; a refusal (laser off) becomes a message. */
function fireLaser(): void {
  const { fire, pushMessage } = useDermaStore.getState()
  const result = fire()
  if (!result.ok) pushMessage('error', `The laser did not fire: ${result.errors.join(' ')}`)
}

export const HOTKEYS: Hotkey[] = [
  {
    keys: ['['],
    label: '[',
    description: 'Move the cross-section towards the front',
    run: () => moveCut(-CUT_STEP),
  },
  {
    keys: [']'],
    label: ']',
    description: 'Move the cross-section towards the back',
    run: () => moveCut(CUT_STEP),
  },
  {
    keys: ['m', 'M'],
    label: 'M',
    description: 'Show or hide melanocytes and precursors',
    run: () => toggle('showMelanocytes'),
  },
  {
    keys: ['t', 'T'],
    label: 'T',
    description: 'Show or hide T lymphocytes',
    run: () => toggle('showTCells'),
  },
  {
    keys: ['f', 'F'],
    label: 'F',
    description: 'Show or hide hair follicles',
    run: () => toggle('showFollicles'),
  },
  { keys: ['l', 'L'], label: 'L', description: 'Fire the laser with the current settings', run: fireLaser },
  {
    keys: ['n', 'N'],
    label: 'N',
    description: 'New random skin block (next seed)',
    run: () => {
      const { scenario, setScenario } = useDermaStore.getState()
      setScenario({ seed: (scenario.seed + 1) % 2147483648 })
    },
  },
  {
    keys: ['v', 'V'],
    label: 'V',
    description: 'Next view: Explore & Treat → Heal → Drugs & UV',
    run: () => {
      const { activeView, showView } = useDermaStore.getState()
      showView(nextView(activeView))
    },
  },
  ...VIEW_TABS.map((tab): Hotkey => ({
    keys: [tab.key],
    label: tab.key,
    description: `Show the ${tab.label} view`,
    run: () => useDermaStore.getState().showView(tab.id),
  })),
  ...HEAL_HOTKEYS,
  ...DELIVER_HOTKEYS,
]

/** Keys handled by the help dialog itself (listed in the dialog too). */
export const HELP_KEYS = { open: ['?', 'h', 'H'], label: '? or H' }

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  const tag = target.tagName
  return tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || target.isContentEditable
}

/** Runs the matching hotkey; returns true if one ran. Form fields keep their own keys. */
export function handleHotkey(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return false
  const hotkey = HOTKEYS.find((h) => h.keys.includes(event.key))
  if (!hotkey) return false
  event.preventDefault()
  hotkey.run()
  return true
}
