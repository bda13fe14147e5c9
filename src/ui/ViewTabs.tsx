// The view switcher in the top bar: a WAI-ARIA tab list (arrow keys move between tabs).
import type { KeyboardEvent } from 'react'
import { useDermaStore } from '../state/store'
import { VIEW_TABS } from './viewTabs'

export function ViewTabs() {
  const active = useDermaStore((s) => s.activeView)
  const showView = useDermaStore((s) => s.showView)

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return
    event.preventDefault()
    const i = VIEW_TABS.findIndex((t) => t.id === active)
    const step = event.key === 'ArrowRight' ? 1 : VIEW_TABS.length - 1
    const next = VIEW_TABS[(i + step) % VIEW_TABS.length]
    showView(next.id)
    document.getElementById(`view-tab-${next.id}`)?.focus()
  }

  return (
    <div className="view-tabs" role="tablist" aria-label="Views" onKeyDown={onKeyDown}>
      {VIEW_TABS.map((tab) => (
        <button
          key={tab.id}
          id={`view-tab-${tab.id}`}
          type="button"
          role="tab"
          aria-selected={tab.id === active}
          aria-controls="view-panel"
          tabIndex={tab.id === active ? 0 : -1}
          title={`${tab.hint} (key ${tab.key})`}
          onClick={() => showView(tab.id)}
        >
          <span className="view-tab-key" aria-hidden="true">
            {tab.key}
          </span>
          {tab.label}
        </button>
      ))}
    </div>
  )
}
