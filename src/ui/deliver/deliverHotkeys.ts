// Drugs & UV rows of the one hotkey table (spread into HOTKEYS in ../hotkeys.ts, which the help dialog lists).
// Active only while the view is shown; keys unique across the whole table.
import type { Hotkey } from '../hotkeys'
import { useDermaStore } from '../../state/store'
import { DELIVER_AGENT_IDS } from '../../state/deliverAutomation'

const inDeliver = (action: () => void) => () => {
  if (useDermaStore.getState().activeView === 'deliver') action()
}

export const DELIVER_HOTKEYS: Hotkey[] = [
  {
    keys: ['o', 'O'],
    label: 'O',
    description: 'Drugs & UV: play or pause the application clock',
    run: inDeliver(() => {
      const s = useDermaStore.getState()
      if (s.deliver.playing) s.deliverPause()
      else s.deliverPlay()
    }),
  },
  {
    keys: ['0'],
    label: '0',
    description: 'Drugs & UV: back to the moment the drug is applied',
    run: inDeliver(() => useDermaStore.getState().deliverSeek(0)),
  },
  {
    keys: ['a', 'A'],
    label: 'A',
    description: 'Drugs & UV: next agent (corticosteroid → 5-FU → PRP)',
    run: inDeliver(() => {
      const s = useDermaStore.getState()
      const i = DELIVER_AGENT_IDS.indexOf(s.scenario.topical.agent as (typeof DELIVER_AGENT_IDS)[number])
      s.setScenario({ topical: { agent: DELIVER_AGENT_IDS[(i + 1) % DELIVER_AGENT_IDS.length] } })
    }),
  },
  {
    keys: ['u', 'U'],
    label: 'U',
    description: 'Drugs & UV: colour the tissue by the drug or by NB-UVB light',
    run: inDeliver(() => {
      const s = useDermaStore.getState()
      s.deliverSetField(s.deliver.field === 'drug' ? 'uv' : 'drug')
    }),
  },
]
