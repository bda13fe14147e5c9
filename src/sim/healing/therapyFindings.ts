// The therapy comparison's findings, as sentences for a lecture: where a combination beats its parts and where it
// does not (per site group), why (the doses that reach the basal layer and the bulge), the 5-FU hypothesis flag,
// and the checks against the laser + drug trials of REFERENCE §5.3 — reported, never fitted.
import type { SiteId } from '../types'
import type { TopicalAgent, TopicalExposure } from './types'
import type { TherapyArmId, TherapyArmOutcome, SiteOutcome } from './therapyComparison'
import { emax, halfEffectUgPerCm3 } from './adjuvants'

export interface SiteDoses {
  group: string
  /** The block site that stands for the group. */
  site: SiteId
  /** NB-UVB at the basal layer, share of the lamp's dose: intact, right after a session, at the first session. */
  uvBasal: { intact: number; rightAfterLaser: number; atFirstSession: number }
  uvBulge: { intact: number; rightAfterLaser: number }
  /** The agent's exposure (free concentration ÷ half-effect concentration). */
  topicalHome: TopicalExposure
  topicalAfterLaser: TopicalExposure
}

export type FindingKind = 'win' | 'no-gain' | 'why' | 'hypothesis' | 'check'
export interface Finding {
  kind: FindingKind
  text: string
}

/** A combination counts as better than its best part when its mean is at least this much higher (0–1). */
const CLEAR_GAIN = 0.05

const pct = (x: number) => `${Math.round(x * 100)} %`
function times(x: number): string {
  if (x < 1e-3) return '≈ 0×'
  if (x < 10) return `${x.toPrecision(2)}×`
  return `${Math.round(x).toLocaleString('en-US')}×`
}

const COMBINATIONS: { id: TherapyArmId; parts: TherapyArmId[]; uv: boolean }[] = [
  { id: 'laser+uv', parts: ['uv', 'laser'], uv: true },
  { id: 'laser+topical', parts: ['laser', 'topical'], uv: false },
  { id: 'laser+uv+topical', parts: ['laser+uv', 'uv', 'laser', 'topical', 'laser+topical'], uv: true },
]

function siteOf(arm: TherapyArmOutcome, group: string): SiteOutcome | undefined {
  return arm.bySite.find((s) => s.group === group)
}

function combinationFindings(arms: TherapyArmOutcome[], agent: Exclude<TopicalAgent, 'none'>): Finding[] {
  const byId = new Map(arms.map((a) => [a.id, a]))
  const out: Finding[] = []
  for (const c of COMBINATIONS) {
    const combo = byId.get(c.id)!
    const wins: string[] = []
    const flat: { group: string; text: string }[] = []
    for (const site of combo.bySite) {
      const best = Math.max(...c.parts.map((p) => siteOf(byId.get(p)!, site.group)?.meanRepigmentation ?? 0))
      const text = `${site.group} (${pct(site.meanRepigmentation)} vs ${pct(best)})`
      if (site.meanRepigmentation - best >= CLEAR_GAIN) wins.push(text)
      else flat.push({ group: site.group, text })
    }
    const against = c.id === 'laser+uv+topical' ? 'laser + NB-UVB and every other part' : 'its better part'
    if (wins.length > 0)
      out.push({ kind: 'win', text: `${combo.label} beats ${against} on ${wins.join(', ')}.` })
    if (flat.length === 0) continue
    const all = flat.length === combo.bySite.length
    let reason = 'no clear gain in this model.'
    if (!c.uv && combo.all.meanRepigmentation < CLEAR_GAIN)
      reason =
        'without UV nothing keeps the follicular precursors stimulated once the wound’s growth-factor burst fades ' +
        '(days), and T cells remove what little forms.'
    else if (agent === 'prp' && c.id !== 'laser+uv')
      reason =
        'PRP’s growth factors arrive with the wound’s own, which already give most of their effect that day, and ' +
        'do not cross intact skin between sessions.'
    else if (flat.every((f) => f.group === 'hands/feet'))
      reason = 'acral skin has few or no follicles, so there is little reservoir to wake.'
    out.push({
      kind: 'no-gain',
      text: `${combo.label}: no clear gain on ${all ? 'any site' : flat.map((f) => f.text).join(', ')}${
        all ? ` (mean ${pct(combo.all.meanRepigmentation)})` : ''
      } — ${reason}`,
    })
  }
  return out
}

function representative(doses: SiteDoses[]): SiteDoses {
  return doses.find((d) => d.group === 'trunk') ?? doses[0]
}

function uvWhy(d: SiteDoses, uvStartDay: number): Finding {
  const gained = d.uvBasal.atFirstSession > d.uvBasal.intact * 1.001
  return {
    kind: 'why',
    text:
      `NB-UVB at the basal layer (${d.group}): ${pct(d.uvBasal.intact)} of the lamp’s dose through intact skin, ` +
      `${pct(d.uvBasal.rightAfterLaser)} right after a laser session (light from the channel walls), intact again ` +
      `once the channels close (hours). The first session is on day ${uvStartDay}, ` +
      (gained
        ? `while channels are still open: ${pct(d.uvBasal.atFirstSession)}.`
        : 'so the channels add no light: the laser helps NB-UVB through its wound signals (growth factors, ' +
          'MMP-2, T cells killed in the wound) instead.'),
  }
}

function topicalWhy(agent: Exclude<TopicalAgent, 'none'>, label: string, d: SiteDoses): Finding {
  const home = d.topicalHome.basal
  const after = d.topicalAfterLaser.basal
  const ec50 = halfEffectUgPerCm3(agent) * 1000
  const level = `its half-effect level (${ec50 < 1 ? ec50.toPrecision(2) : Math.round(ec50)} ng/mL)`
  const head = `${label[0].toUpperCase()}${label.slice(1)} at the basal layer (${d.group}): `
  if (agent === 'prp') {
    return {
      kind: 'why',
      text:
        `${head}growth factors cannot cross intact skin (${times(home)}); poured into fresh channels they reach ` +
        `${times(after)} ${level} at the basal layer and ${times(d.topicalAfterLaser.bulge)} at the bulge ` +
        `(${pct(emax(after))} of their largest effect). They add to the wound’s own growth factors, which that ` +
        'day already give most of theirs, so the gain on top of the laser is small.',
    }
  }
  const through =
    emax(home) > 0.9
      ? `already ${emax(home) > 0.995 ? 'essentially all (≥ 99.5 %)' : pct(emax(home))} of its largest effect through intact skin, so the channels add delivery it does not need`
      : emax(after) - emax(home) > 0.2
        ? `the channels raise its effect from ${pct(emax(home))} to ${pct(emax(after))} of the largest`
        : `${pct(emax(home))} of its largest effect at home, ${pct(emax(after))} after a session`
  const action =
    agent === 'corticosteroid'
      ? 'It kills or silences T cells; it does not stimulate melanocytes.'
      : 'It slows T-cell renewal; its melanocyte stimulation (hypothesis) needs epidermal injury, so it acts only in the days after each laser session.'
  return {
    kind: 'why',
    text: `${head}daily home use reaches ${times(home)} ${level} once the skin’s reservoir has filled; the application into fresh channels ${times(after)} — ${through}. ${action}`,
  }
}

/** A trial share with its 95 % interval (Wald, n patients) and where the model falls. */
function versus(model: number, trial: number, n: number): string {
  const half = 1.96 * Math.sqrt((trial * (1 - trial)) / n)
  const lo = Math.max(0, trial - half)
  const hi = Math.min(1, trial + half)
  const where = model < lo ? 'below it' : model > hi ? 'above it' : 'within it'
  return `${pct(trial)} (95 % interval ≈ ${pct(lo)}–${pct(hi)}): the model is ${where}`
}

function checks(
  agent: Exclude<TopicalAgent, 'none'>,
  byId: Map<TherapyArmId, TherapyArmOutcome>,
  month: number,
) {
  const lt = byId.get('laser+topical')!.all
  const alone = byId.get('topical')!.all
  const full = byId.get('laser+uv+topical')!.all
  const head = `Check, not a fit (REFERENCE §5.3; no trial number set any model value), month ${month}:`
  const out: Finding[] = []
  if (agent === '5-fu') {
    out.push({
      kind: 'check',
      text:
        `${head} laser + 5-FU gives ≥ 25 % repigmentation in ${pct(lt.atLeast25)} of patients; Zhang Q 2024 ` +
        `(FCO₂ + 5-FU monthly × 5, 40 patients) saw fair or better in ${versus(lt.atLeast25, 0.45, 40)}. ` +
        `Mean ${pct(lt.meanRepigmentation)} vs Abdelwahab 2020 (Er:YAG + 5-FU × 3) 12 ± 7 %, and 5-FU alone ` +
        `${pct(alone.meanRepigmentation)} vs their 1.4 ± 0.8 %.`,
    })
    out.push({
      kind: 'check',
      text:
        `With NB-UVB: laser + NB-UVB + 5-FU gives > 50 % in ${pct(full.atLeast50)}; the FCO₂ + topical 5-FU + ` +
        `NB-UVB trial (40 patients, 3 sessions then 24 NB-UVB sessions) saw ${versus(full.atLeast50, 0.5, 40)}.`,
    })
  } else if (agent === 'corticosteroid') {
    out.push({
      kind: 'check',
      text:
        `${head} laser + clobetasol gives ≥ 25 % in ${pct(lt.atLeast25)} of patients; Zhang Q 2024 ` +
        `(FCO₂ + compound betamethasone monthly × 5, 54 patients) saw fair or better in ` +
        `${versus(lt.atLeast25, 0.3, 54)} (betamethasone is a weaker steroid than clobetasol). Yuan 2016: ablative ` +
        `CO₂ + betamethasone + NB-UVB gave marked-to-excellent improvement; the model’s laser + NB-UVB + ` +
        `clobetasol mean is ${pct(full.meanRepigmentation)}.`,
    })
  } else {
    out.push({
      kind: 'check',
      text:
        `${head} Kadry 2018 found FCO₂ + PRP and PRP alone best (no numbers in REFERENCE). Here topical PRP ` +
        `alone gives ${pct(alone.meanRepigmentation)} and laser + PRP ${pct(lt.meanRepigmentation)}: proteins do ` +
        'not cross intact skin, and PRP injected into the dermis (as in trials such as Kar’s) is not modelled.',
    })
  }
  if (lt.meanRepigmentation < 0.05)
    out.push({
      kind: 'check',
      text:
        'Why the model predicts so little for laser + drug without UV: its precursors need a sustained ' +
        'melanogenic stimulus (UV, or growth factors); the laser’s lasts days after each session. Ambient ' +
        'sunlight, the drugs’ other pro-pigmentary actions and injury from the drug itself are not modelled.',
    })
  return out
}

export function findingsOf(input: {
  month: number
  agent: Exclude<TopicalAgent, 'none'>
  label: string
  arms: TherapyArmOutcome[]
  doses: SiteDoses[]
  hypothesis: boolean
}): Finding[] {
  const byId = new Map(input.arms.map((a) => [a.id, a]))
  const d = representative(input.doses)
  const findings = [
    ...combinationFindings(input.arms, input.agent),
    uvWhy(d, byId.get('laser+uv')!.course.uvStartDay),
    topicalWhy(input.agent, input.label, d),
  ]
  if (input.agent === '5-fu' && input.hypothesis)
    findings.push({
      kind: 'hypothesis',
      text:
        'HYPOTHESIS in the 5-FU arms: 5-FU with epidermal injury stimulates melanocytes (Tsuji & Hamada 1983: ' +
        '5-FU after abrasion repigmented, 5-FU alone did not). Its size is not measured ' +
        '(heal.topical.fluorouracilStimulusWeight; 0 switches it off).',
    })
  return [...findings, ...checks(input.agent, byId, input.month)]
}
