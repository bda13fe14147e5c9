// Prints, for docs/model-healing.md §2.1 and docs/model-transport.md §7, the therapy comparison's six arms by site
// group at months 6 and 12 for each agent (mean repigmentation %, the same patients in every arm), and the doses the
// transport and UV models pass to the healing model per site and agent. Deterministic.
//   npx tsx src/cli/therapyTables.ts [patients] [seed] [arms|doses|both]
import process from 'node:process'
import type { CourseSettings, TopicalAgent } from '../sim/healing/types'
import { DAYS_PER_MONTH, SITE_GROUPS, runCohort, samplePatient } from '../sim/healing/cohort'
import { adjuvantDosesFor, halfEffectUgPerCm3 } from '../sim/healing/adjuvants'
import { homeExposures, afterLaserExposures } from '../sim/transport/adjuvantDoses'
import { DEFAULT_LASER } from '../sim/scenarioLaser'
import { DEFAULT_COURSE } from '../sim/scenarioCourse'
import type { SiteId } from '../sim/types'

const patients = Number(process.argv[2] ?? 100)
const seed = Number(process.argv[3] ?? 7)
const which = process.argv[4] ?? 'both'
const AGENTS: Exclude<TopicalAgent, 'none'>[] = ['corticosteroid', '5-fu', 'prp']
const out = (line = '') => process.stdout.write(`${line}\n`)

function arms(): void {
  const months = [6, 12]
  const base: CourseSettings = { ...DEFAULT_COURSE, days: Math.ceil(12 * DAYS_PER_MONTH) }
  const groupOf = Array.from({ length: patients }, (_, i) => samplePatient(seed, i, 'mixed').group)
  const mean = (xs: number[]) => (xs.length ? (100 * xs.reduce((a, b) => a + b, 0)) / xs.length : NaN)
  for (const agent of AGENTS) {
    const plans: [string, CourseSettings][] = [
      ['NB-UVB alone', { ...base, laserSessions: 0, uv: 'nb-uvb', topical: 'none' }],
      ['Laser alone', { ...base, uv: 'none', topical: 'none' }],
      [`${agent} alone`, { ...base, laserSessions: 0, uv: 'none', topical: agent }],
      ['Laser + NB-UVB', { ...base, uv: 'nb-uvb', topical: 'none' }],
      [`Laser + ${agent}`, { ...base, uv: 'none', topical: agent }],
      [`Laser + NB-UVB + ${agent}`, { ...base, uv: 'nb-uvb', topical: agent }],
    ]
    const results = plans.map(([label, course]) => ({
      label,
      r: runCohort({ patients, months, seed, course, laser: DEFAULT_LASER }),
    }))
    out(`\n${agent}: mean repigmentation % at month 6 / 12 (${patients} patients, seed ${seed})\n`)
    out(`| Arm | all | ${SITE_GROUPS.map((g) => g.group).join(' | ')} |`)
    out(`|---|---|${SITE_GROUPS.map(() => '---').join('|')}|`)
    for (const { label, r } of results) {
      const at = (m: number, group?: string) =>
        mean(
          Array.from({ length: patients }, (_, i) => i)
            .filter((i) => !group || groupOf[i] === group)
            .map((i) => r.repigmentation[i * months.length + m]),
        ).toFixed(1)
      const cell = (group?: string) => `${at(0, group)} / ${at(1, group)}`
      out(`| ${label} | ${cell()} | ${SITE_GROUPS.map((g) => cell(g.group)).join(' | ')} |`)
    }
  }
}

function doses(): void {
  const sites: SiteId[] = ['face', 'trunk', 'forearm', 'extremity', 'hand', 'palm']
  const f = (x: number) => (x === 0 ? '0' : x < 1e-3 || x >= 1e4 ? x.toExponential(1) : x.toPrecision(2))
  out('\nNB-UVB at the basal layer and the bulge, share of the lamp’s dose (default laser; lesion means)\n')
  out('| Site | basal intact | basal 0 h after laser | basal 12 h | basal 24 h | bulge intact | bulge 0 h |')
  out('|---|---|---|---|---|---|---|')
  for (const site of sites) {
    const d = adjuvantDosesFor(site, DEFAULT_LASER, 'none')
    const b = (h: number) => f(d.uvBasalDoseFraction(h))
    out(
      `| ${site} | ${b(Infinity)} | ${b(0)} | ${b(12)} | ${b(24)} | ${f(d.uvBulgeDoseFraction(Infinity))} | ${f(d.uvBulgeDoseFraction(0))} |`,
    )
  }
  out('\nTopical: day-mean free concentration, ng/mL, and × the half-effect level (basal layer / bulge)\n')
  out(
    '| Agent | Site | home use (days to steady) | first 3 h, intact | after laser | × half effect: home | × half effect: after laser |',
  )
  out('|---|---|---|---|---|---|---|')
  for (const agent of AGENTS) {
    const half = halfEffectUgPerCm3(agent)
    for (const site of sites) {
      const home = homeExposures(site, agent, agent === 'prp' ? 'once' : 'daily')
      const after = afterLaserExposures(site, DEFAULT_LASER, agent)
      const ng = (p: { basalFreeUgPerCm3: number; bulgeFreeUgPerCm3: number }) =>
        `${f(p.basalFreeUgPerCm3 * 1000)} / ${f(p.bulgeFreeUgPerCm3 * 1000)}`
      const rel = (p: { basalFreeUgPerCm3: number; bulgeFreeUgPerCm3: number }) =>
        `${f(p.basalFreeUgPerCm3 / half)} / ${f(p.bulgeFreeUgPerCm3 / half)}`
      out(
        `| ${agent} | ${site} | ${ng(home.home)} (${home.days}) | ${ng(home.firstThreeHours)} | ${ng(after)} | ${rel(home.home)} | ${rel(after)} |`,
      )
    }
  }
}

if (which !== 'doses') arms()
if (which !== 'arms') doses()
