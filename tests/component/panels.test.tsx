// @vitest-environment jsdom
// Component tests: the side-panel controls, the messages and the help dialog, rendered in jsdom with the real
// store. They check what a user of the panel sees and what the store receives; the 3D view is not rendered.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { useDermaStore } from '../../src/state/store'
import { Messages } from '../../src/ui/Messages'
import { ControlPanel } from '../../src/ui/ControlPanel'
import { LaserField } from '../../src/ui/LaserField'
import { HelpDialog } from '../../src/ui/HelpDialog'
import { HELP_KEYS, HOTKEYS } from '../../src/ui/hotkeys'
import { SITES } from '../../src/sim'

const initial = useDermaStore.getState()

beforeEach(() => {
  useDermaStore.setState(initial, true)
})
afterEach(() => cleanup())

describe('Messages', () => {
  it('shows an error as an alert and a notice as a status, each dismissible', () => {
    const { pushMessage } = useDermaStore.getState()
    pushMessage('error', 'site: "moon" is not a body site')
    pushMessage('info', 'Showing the default block')
    render(<Messages />)
    expect(screen.getByRole('alert').textContent).toContain('"moon" is not a body site')
    expect(screen.getByRole('status').textContent).toContain('Showing the default block')

    fireEvent.click(screen.getByRole('button', { name: /Dismiss: site: "moon"/ }))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(useDermaStore.getState().messages.map((m) => m.text)).toEqual(['Showing the default block'])
  })

  it('renders nothing when there is no message', () => {
    const { container } = render(<Messages />)
    expect(container.innerHTML).toBe('')
  })
})

describe('ControlPanel', () => {
  it('changes the body site in the store and describes the chosen site', () => {
    render(<ControlPanel />)
    const select = screen.getByLabelText('Body site') as HTMLSelectElement
    fireEvent.change(select, { target: { value: 'face' } })
    expect(useDermaStore.getState().scenario.site).toBe('face')
    expect(screen.getByText(SITES.face.description)).toBeTruthy()
  })

  it('refuses a bad seed with an inline alert and keeps the last valid block', () => {
    render(<ControlPanel />)
    const before = useDermaStore.getState().scenario.seed
    const seed = screen.getByLabelText('Seed (which random block)') as HTMLInputElement
    fireEvent.change(seed, { target: { value: '-5' } })
    fireEvent.keyDown(seed, { key: 'Enter' })
    expect(useDermaStore.getState().scenario.seed).toBe(before)
    expect(screen.getByRole('alert').textContent).toMatch(/seed/i)
    expect(seed.getAttribute('aria-invalid')).toBe('true')

    fireEvent.change(seed, { target: { value: '7' } })
    fireEvent.keyDown(seed, { key: 'Enter' })
    expect(useDermaStore.getState().scenario.seed).toBe(7)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('moves the cross-section and hides structures through native controls', () => {
    render(<ControlPanel />)
    fireEvent.change(screen.getByRole('slider'), { target: { value: '0.3' } })
    expect(useDermaStore.getState().view.cutFraction).toBeCloseTo(0.3)
    fireEvent.click(screen.getByLabelText('Hair follicles'))
    expect(useDermaStore.getState().view.showFollicles).toBe(false)
  })
})

describe('LaserField', () => {
  it('shows unit, range and meaning; a rejected value gets an inline message and the last valid value stays', () => {
    const committed: number[] = []
    const commit = (v: number) => {
      if (!(v >= 1 && v <= 400)) return { ok: false as const, errors: ['energyMj: must be from 1 to 400'] }
      committed.push(v)
      return { ok: true as const }
    }
    render(
      <LaserField
        label="Pulse energy"
        unit="mJ"
        min={1}
        max={400}
        step={1}
        meaning="Energy of one micro-beam pulse."
        value={30}
        commit={commit}
      />,
    )
    const field = screen.getByRole('spinbutton', { name: /Pulse energy/ }) as HTMLInputElement
    expect(document.body.textContent).toContain('Energy of one micro-beam pulse.')
    expect(document.body.textContent).toMatch(/1\s*–\s*400\s*mJ/)

    fireEvent.change(field, { target: { value: '900' } })
    fireEvent.keyDown(field, { key: 'Enter' })
    expect(committed).toEqual([])
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('from 1 to 400')
    expect(alert.textContent).toContain('The last valid value (30 mJ) is kept.')

    fireEvent.change(field, { target: { value: '45' } })
    fireEvent.keyDown(field, { key: 'Enter' })
    expect(committed).toEqual([45])
  })
})

describe('HelpDialog', () => {
  it('lists every hotkey of the one table that also handles the keys', () => {
    render(<HelpDialog open={false} onClose={() => {}} />)
    const rows = within(screen.getByRole('table', { hidden: true })).getAllByRole('row', { hidden: true })
    const shown = rows.map((r) => r.textContent ?? '')
    for (const hotkey of HOTKEYS) {
      expect(shown.some((text) => text.includes(hotkey.label) && text.includes(hotkey.description))).toBe(
        true,
      )
    }
    expect(shown.some((text) => text.includes(HELP_KEYS.label))).toBe(true)
  })
})
