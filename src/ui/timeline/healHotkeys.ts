// Heal-view rows of the one hotkey table (spread into HOTKEYS in ../hotkeys.ts, which the help dialog lists).
// Clicker-friendly: presentation remotes send Page Down / Page Up, so those step the timeline.
import type { Hotkey } from '../hotkeys'
import { useDermaStore } from '../../state/store'
import { healingClock, SPEEDS } from '../../state/healingClock'
import type { FieldOverlay } from '../../state/healingSlice'

/** Runs an action only while the Heal view is open (the same keys do nothing in Explore). */
const inHeal = (action: () => void) => () => {
  if (useDermaStore.getState().healing.open) action()
}

export function togglePlay(): void {
  const s = useDermaStore.getState()
  if (healingClock.playing) s.healPause()
  else s.healPlay()
}

function changeSpeed(direction: 1 | -1): void {
  const s = useDermaStore.getState()
  const i = SPEEDS.findIndex((sp) => sp.id === s.healing.speed)
  const next = SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, i + direction))]
  s.healSetSpeed(next.id)
}

const FIELD_CYCLE: FieldOverlay[] = ['mmp2', 'growthFactor', 'none']

export const HEAL_HOTKEYS: Hotkey[] = [
  {
    keys: ['p', 'P', 'k', 'K'],
    label: 'P or K',
    description: 'Heal: play or pause the timeline',
    run: inHeal(togglePlay),
  },
  {
    keys: ['PageDown', '.'],
    label: 'Page Down or .',
    description: 'Heal: step forward (finer steps in the first day, then one day)',
    run: inHeal(() => useDermaStore.getState().healStep(1)),
  },
  {
    keys: ['PageUp', ','],
    label: 'Page Up or ,',
    description: 'Heal: step back',
    run: inHeal(() => useDermaStore.getState().healStep(-1)),
  },
  {
    keys: ['Home'],
    label: 'Home',
    description: 'Heal: back to the first pulse',
    run: inHeal(() => useDermaStore.getState().healSeek(0)),
  },
  {
    keys: ['End'],
    label: 'End',
    description: 'Heal: to the end of the course',
    run: inHeal(() => useDermaStore.getState().healSeek(Number.POSITIVE_INFINITY)),
  },
  { keys: ['+', '='], label: '+', description: 'Heal: play faster', run: inHeal(() => changeSpeed(1)) },
  { keys: ['-', '_'], label: '−', description: 'Heal: play slower', run: inHeal(() => changeSpeed(-1)) },
  {
    keys: ['g', 'G'],
    label: 'G',
    description: 'Heal: cytokine glow — MMP-2, growth factors, off',
    run: inHeal(() => {
      const s = useDermaStore.getState()
      const i = FIELD_CYCLE.indexOf(s.healing.field)
      s.healSetField(FIELD_CYCLE[(i + 1) % FIELD_CYCLE.length])
    }),
  },
]
