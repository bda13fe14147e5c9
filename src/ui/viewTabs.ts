// The app's views as tabs: one table for the tab bar, the number hotkeys and the help dialog.
import type { ViewId } from '../state/store'

export interface ViewTab {
  id: ViewId
  label: string
  /** Number key that shows the view (clicker software can send digits too). */
  key: string
  /** One line on what the view shows (tooltip and help dialog). */
  hint: string
}

export const VIEW_TABS: readonly ViewTab[] = [
  {
    id: 'treat',
    label: 'Explore & Treat',
    key: '1',
    hint: 'The skin block, its structures and one laser pass',
  },
  {
    id: 'heal',
    label: 'Heal',
    key: '2',
    hint: 'The healing cascade and repigmentation, from milliseconds to months',
  },
  {
    id: 'deliver',
    label: 'Drugs & UV',
    key: '3',
    hint: 'Topical drugs and NB-UVB through intact and lasered skin, side by side',
  },
]

export function nextView(id: ViewId): ViewId {
  const i = VIEW_TABS.findIndex((t) => t.id === id)
  return VIEW_TABS[(i + 1) % VIEW_TABS.length].id
}
