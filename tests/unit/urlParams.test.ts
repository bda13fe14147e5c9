// ?view= at start-up: a known view opens; an unknown one is one clear message and the default view stays.
import { beforeEach, describe, expect, it } from 'vitest'
import { applyUrlParams } from '../../src/state/urlParams'
import { useDermaStore } from '../../src/state/store'

beforeEach(() => {
  useDermaStore.setState({ activeView: 'treat', messages: [] })
})

describe('?view= link parameter', () => {
  it('opens the named view', () => {
    applyUrlParams('?view=deliver')
    expect(useDermaStore.getState().activeView).toBe('deliver')
    expect(useDermaStore.getState().messages).toEqual([])
  })

  it('keeps Explore & Treat and says why for an unknown view, other parameters still applied', () => {
    applyUrlParams('?view=moon&site=face')
    const s = useDermaStore.getState()
    expect(s.activeView).toBe('treat')
    expect(s.scenario.site).toBe('face')
    expect(s.messages.map((m) => m.text)).toEqual([
      'Link parameter ignored — view must be one of treat, heal, deliver (got "moon"). The Explore & Treat view is shown instead.',
    ])
  })
})
