// The Drugs & UV part of window.dermasim: getState().delivery and setDelivery({agent, timeH, field, playing}).
// The agent is the scenario's topical.agent (setScenario({topical: {...}}) works too); the transport run itself
// is computed by the view while it is shown (status 'idle' otherwise).
import { useDermaStore } from './store'
import { deliverClock, deliverHours, type DeliverField, type DeliverStatus } from './deliverSlice'
import type { DeliveryResult, TopicalAgentId, UvResult } from '../sim/transport/types'
import { TOPICAL_AGENTS } from '../sim/scenarioTopical'
import { THERAPY_PATIENTS_RANGE, runTherapy } from './deliverTherapy'

export const DELIVER_AGENT_IDS = ['corticosteroid', '5-fu', 'prp'] as const

export interface DeliverySnapshot {
  status: DeliverStatus
  agent: TopicalAgentId
  /** Hours since the application started (the clock), and the application's length. */
  timeH: number
  hours: number
  playing: boolean
  field: DeliverField
  /**
   * lasered ÷ intact amount past the stratum corneum at the end, the intact amount floored at the detection limit
   * (then a lower bound: report.delivery.enhancement.atEnd.intactBelowDetection); null until computed.
   */
  enhancementRatio: number | null
  /** When each arm's basal layer reaches the threshold, h (null: not within the application). */
  basalReachH: { intact: number | null; lasered: number | null } | null
  /** NB-UVB reaching the basal layer at the clock's time, fraction of the surface dose. */
  uvBasalFraction: { intact: number; lasered: number } | null
  /** Worker time of the run shown, ms: the transport model (both arms) and the whole build for the view. */
  computeMs: { transport: number; application: number; view: number } | null
  /** The report's full `delivery` and `uv` objects for the settings shown (as the command line prints them). */
  report: { delivery: DeliveryResult; uv: UvResult } | null
  /** Therapy comparison: status, progress and mean repigmentation (all sites) per arm once done. */
  therapy: { status: DeliverStatus; done: number; total: number; meanByArm: Record<string, number> | null }
}

export interface DeliverApi {
  /**
   * Chooses the agent ('corticosteroid', '5-fu', 'prp', 'custom'), the clock's time (h), the map ('drug', 'uv') or
   * plays/pauses. Returns { ok: true } or { ok: false, errors } (nothing changed). Never throws.
   */
  setDelivery: (partial: unknown) => { ok: true } | { ok: false; errors: string[] }
  /**
   * Runs the therapy comparison (as the panel's button) for `patients` virtual patients (a whole number from 4 to
   * 200) and resolves when it is done: { ok: true, meanByArm } or { ok: false, errors }. Never rejects.
   */
  runTherapyComparison: (
    patients: unknown,
  ) => Promise<{ ok: true; meanByArm: Record<string, number> } | { ok: false; errors: string[] }>
}

function nearest(values: number[], timesH: number[], timeH: number): number {
  let k = 0
  while (k < timesH.length - 1 && timesH[k + 1] <= timeH) k++
  return values[k]
}

export function deliverySnapshot(): { delivery: DeliverySnapshot } {
  const s = useDermaStore.getState()
  const data = s.deliver.data
  const t = s.therapy
  return {
    delivery: {
      status: s.deliver.status,
      agent: s.scenario.topical.agent,
      timeH: deliverClock.timeH,
      hours: data ? deliverHours(data) : s.scenario.topical.hours,
      playing: deliverClock.playing,
      field: s.deliver.field,
      enhancementRatio: data ? data.result.enhancementAtEnd : null,
      basalReachH: data ? { ...data.result.timeToBasalThresholdH } : null,
      uvBasalFraction: data
        ? {
            intact: nearest(data.intact.uvBasalFraction, data.timesH, deliverClock.timeH),
            lasered: nearest(data.lasered.uvBasalFraction, data.timesH, deliverClock.timeH),
          }
        : null,
      computeMs: data
        ? { transport: data.transportMs, application: data.applicationMs, view: data.computeMs }
        : null,
      report: data ? structuredClone(data.report) : null,
      therapy: {
        status: t.status,
        done: t.done,
        total: t.total,
        meanByArm: t.result
          ? Object.fromEntries(t.result.arms.map((a) => [a.id, a.all.meanRepigmentation]))
          : null,
      },
    },
  }
}

const KEYS = ['agent', 'timeH', 'field', 'playing']

export function createDeliverApi(): DeliverApi {
  return {
    runTherapyComparison: async (patients) => {
      const [min, max] = THERAPY_PATIENTS_RANGE
      if (!(
        typeof patients === 'number' &&
        Number.isInteger(patients) &&
        patients >= min &&
        patients <= max
      )) {
        return {
          ok: false,
          errors: [`patients: must be a whole number from ${min} to ${max}, got ${JSON.stringify(patients)}`],
        }
      }
      try {
        await runTherapy(patients)
        const t = useDermaStore.getState().therapy
        if (t.status !== 'ready' || !t.result)
          return { ok: false, errors: [t.error ?? 'the comparison did not finish'] }
        return {
          ok: true,
          meanByArm: Object.fromEntries(t.result.arms.map((a) => [a.id, a.all.meanRepigmentation])),
        }
      } catch (error) {
        return { ok: false, errors: [`internal error: ${String(error)}`] }
      }
    },
    setDelivery: (partial) => {
      try {
        if (typeof partial !== 'object' || partial === null || Array.isArray(partial)) {
          return { ok: false, errors: ['setDelivery needs an object such as {"agent": "prp", "timeH": 1}'] }
        }
        const p = partial as Record<string, unknown>
        const errors: string[] = []
        for (const key of Object.keys(p)) {
          if (!KEYS.includes(key))
            errors.push(`delivery.${key}: unknown key; the keys are ${KEYS.join(', ')}`)
        }
        const s = useDermaStore.getState()
        const hours = s.deliver.data ? deliverHours(s.deliver.data) : s.scenario.topical.hours
        if ('timeH' in p && !(typeof p.timeH === 'number' && p.timeH >= 0 && p.timeH <= hours)) {
          errors.push(`delivery.timeH: must be a number from 0 to ${hours} h, got ${JSON.stringify(p.timeH)}`)
        }
        if ('field' in p && p.field !== 'drug' && p.field !== 'uv') {
          errors.push(`delivery.field: must be "drug" or "uv", got ${JSON.stringify(p.field)}`)
        }
        if ('playing' in p && typeof p.playing !== 'boolean') {
          errors.push(`delivery.playing: must be true or false, got ${JSON.stringify(p.playing)}`)
        }
        if (
          'agent' in p &&
          !(typeof p.agent === 'string' && (TOPICAL_AGENTS as string[]).includes(p.agent))
        ) {
          errors.push(
            `delivery.agent: must be one of ${TOPICAL_AGENTS.join(', ')}, got ${JSON.stringify(p.agent)}`,
          )
        }
        if (errors.length > 0) return { ok: false, errors }
        if ('agent' in p) {
          const check = s.setScenario({ topical: { agent: p.agent } })
          if (!check.ok) return { ok: false, errors: check.errors }
        }
        if (typeof p.field === 'string') s.deliverSetField(p.field as DeliverField)
        if (typeof p.timeH === 'number') s.deliverSeek(p.timeH)
        if (p.playing === true) s.deliverPlay()
        if (p.playing === false) s.deliverPause()
        return { ok: true }
      } catch (error) {
        return { ok: false, errors: [`internal error: ${String(error)}`] }
      }
    },
  }
}
