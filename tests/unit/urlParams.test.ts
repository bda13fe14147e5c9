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

describe('unknown, repeated and malformed link parameters', () => {
  it('names an unknown parameter (a typo) and still applies the rest', () => {
    applyUrlParams('?sight=face&seed=4')
    const s = useDermaStore.getState()
    expect(s.scenario.seed).toBe(4)
    expect(s.messages.map((m) => m.text)).toEqual([
      'Link parameter ignored — "sight" is not a DermaSim parameter (use site, seed, view, test).',
    ])
  })

  it('says which of a repeated parameter is used', () => {
    applyUrlParams('?site=face&site=palm')
    const s = useDermaStore.getState()
    expect(s.scenario.site).toBe('face')
    expect(s.messages.map((m) => m.text)).toEqual([
      'Link parameter "site" appears 2 times ("face", "palm"): the first is used.',
    ])
  })

  it('refuses a test value other than 1 with a message, staying in the normal mode', () => {
    useDermaStore.setState({ testMode: false })
    applyUrlParams('?test=true')
    const s = useDermaStore.getState()
    expect(s.testMode).toBe(false)
    expect(s.messages.map((m) => m.text)).toEqual([
      'Link parameter ignored — test must be 1 to turn on the test mode (got "true").',
    ])
  })
})
