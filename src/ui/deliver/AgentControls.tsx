// Which agent is applied (the scenario's topical section) and which field colours the tissue.
import { useDermaStore } from '../../state/store'
import type { TopicalAgentId } from '../../sim/transport/types'
import type { DeliverField } from '../../state/deliverSlice'
import { ApplicationSettings } from './ApplicationSettings'
import { formatConcentrationUgPerMl, formatStrength } from './format'

/** The vehicle in words: strength, and whether part of it stays undissolved (figures: the model's result). */
function VehicleNote() {
  const vehicle = useDermaStore((s) => s.deliver.data?.result.vehicle)
  const agent = useDermaStore((s) => s.deliver.data?.result.agent)
  if (!vehicle || vehicle.solubilityUgPerCm3 === null) return null
  if (vehicle.appliedUgPerCm3 <= vehicle.solubilityUgPerCm3) return null
  const share = 1 - vehicle.dissolvedUgPerCm3 / vehicle.appliedUgPerCm3
  const estimated = vehicle.solubilityBasis.startsWith('estimated')
  return (
    <p className="hint" data-testid="deliver-vehicle">
      Only {formatConcentrationUgPerMl(vehicle.solubilityUgPerCm3)} dissolves
      {estimated ? ' (estimated from log P: uncertain)' : ''}; the other{' '}
      {share > 0.99 ? 'more than 99' : Math.round(share * 100)} % of the{' '}
      {agent === 'custom' ? 'agent' : 'drug'} stays suspended and keeps the cream saturated until it is used
      up.
    </p>
  )
}

export const DELIVER_AGENTS: { id: TopicalAgentId; label: string }[] = [
  { id: 'corticosteroid', label: 'Corticosteroid (clobetasol propionate)' },
  { id: '5-fu', label: '5-fluorouracil (5-FU)' },
  { id: 'prp', label: 'PRP growth factors (PDGF/TGF-β)' },
  { id: 'custom', label: 'Custom molecule (molecular weight, log P)' },
]

const FIELDS: { id: DeliverField; label: string }[] = [
  { id: 'drug', label: 'Drug concentration' },
  { id: 'uv', label: 'NB-UVB light (311 nm)' },
]

export function AgentControls() {
  const agent = useDermaStore((s) => s.scenario.topical.agent)
  const percent = useDermaStore((s) => s.scenario.topical.concentrationPercent)
  const hours = useDermaStore((s) => s.scenario.topical.hours)
  const field = useDermaStore((s) => s.deliver.field)
  const status = useDermaStore((s) => s.deliver.status)
  const s = useDermaStore.getState
  return (
    <>
      <div className="field">
        <label htmlFor="deliver-agent">Topical agent</label>
        <select
          id="deliver-agent"
          value={agent}
          onChange={(e) => {
            const r = s().setScenario({ topical: { agent: e.target.value } })
            if (!r.ok) s().pushMessage('error', r.errors.join(' '))
          }}
        >
          {DELIVER_AGENTS.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
        <p className="hint">
          {agent === 'prp'
            ? `${formatStrength(percent)} of growth factors (PDGF-AB + TGF-β1) in platelet-rich plasma`
            : `${formatStrength(percent)} in an aqueous cream`}
          , left on for {hours} h. <span role="status">{status === 'computing' ? 'Computing…' : ''}</span>
        </p>
        <VehicleNote />
        <ApplicationSettings />
      </div>
      <fieldset className="field deliver-field-choice">
        <legend>Colour the tissue by</legend>
        {FIELDS.map((f) => (
          <label key={f.id}>
            <input
              type="radio"
              name="deliver-field"
              value={f.id}
              checked={field === f.id}
              onChange={() => s().deliverSetField(f.id)}
            />
            {f.label}
          </label>
        ))}
      </fieldset>
    </>
  )
}
