// The course's events and the T-cell step: a laser session (kills what lies in the thermal damage, opens the
// wound, starts the field sources), an NB-UVB session (the transport's lesion-mean dose at the hours since the last
// session, its gain over intact skin put where channels are still open; UV-induced T-cell apoptosis), a topical
// application (in the clinic into fresh channels, or at home on intact skin: the transport's day-mean exposures).
import type { EngineState } from './engine'
import { MODE } from './agents'
import { TCELL_MODE } from './tcells'
import { addOpenShare, addRimShare, basalPointDamaged, deepPointDamaged } from './wound'
import { healingParam } from './healingParams'
import { hoursSinceLaser } from './adjuvants'
import { depotIncrement, tCellApoptosisPerH, tCellInfluxFactor } from './topicalEffects'

/** Share of each grid cell whose epidermis is open at this hour (all sessions, capped at 1). */
export function openShareAt(st: EngineState, hour: number): Float32Array {
  const { nx, ny } = st.w.grid
  const out = new Float32Array(nx * ny)
  for (const s of st.w.sessions) addOpenShare(s.wound.closure, hour - s.hour, nx, ny, out)
  for (let k = 0; k < out.length; k++) out[k] = Math.min(1, out[k])
  return out
}

const sinceLaser = (st: EngineState, hour: number): number =>
  hoursSinceLaser(
    st.w.sessions.map((s) => s.hour),
    hour,
  )

/**
 * NB-UVB at the basal layer per cell at `hour`: the intact dose plus the transport's lesion-mean gain at this many
 * hours after the last session, put where the block's channels are open (spread evenly if none is).
 */
export function uvBasalDosePerCell(st: EngineState, hour: number): Float32Array {
  const { doses } = st.w
  const intact = doses.uvBasalDoseFraction(Number.POSITIVE_INFINITY)
  const gain = doses.uvBasalDoseFraction(sinceLaser(st, hour)) - intact
  const open = openShareAt(st, hour)
  let mean = 0
  for (const o of open) mean += o
  mean /= open.length
  return Float32Array.from(open, (o) => intact + (gain > 0 ? (mean > 0 ? (gain * o) / mean : gain) : 0))
}

export function applyLaserSession(st: EngineState, index: number): void {
  const { w } = st
  const session = w.sessions[index]
  // the fields are released from the coagulated rims of this session's MTZs
  const share = new Float32Array(w.grid.nx * w.grid.ny)
  addRimShare(session.wound, w.grid.nx, w.grid.ny, share)
  st.sessionShares[index] = share
  const s = w.melanocytes
  for (let i = 0; i < s.count; i++) {
    const m = s.mode[i]
    if (m === MODE.lost) continue
    const basal = m === MODE.spreading || m === MODE.pigmenting || m === MODE.resident
    const hit = basal
      ? basalPointDamaged(session.wound, s.xUm[i], s.yUm[i])
      : deepPointDamaged(session.wound, s.xUm[i], s.yUm[i], s.depthUm[i])
    if (hit) s.kill(i)
  }
  const t = w.tCells
  for (let i = 0; i < t.count; i++) {
    if (t.mode[i] === TCELL_MODE.patrolling && basalPointDamaged(session.wound, t.xUm[i], t.yUm[i])) t.kill(i)
  }
}

export function applyUvSession(st: EngineState, hour: number): void {
  const { w, rates } = st
  const dose = uvBasalDosePerCell(st, hour)
  const bulge =
    (healingParam('heal.uv.bulgeDirectWeight') * w.doses.uvBulgeDoseFraction(sinceLaser(st, hour))) /
    w.uvReference
  const pUv = healingParam('heal.tCell.uvApoptosisPerSession')
  for (let k = 0; k < rates.n; k++) {
    rates.uv[k] += dose[k] / w.uvReference
    rates.uvFollicle[k] += dose[k] / w.uvReference + bulge
  }
  const t = w.tCells
  for (let i = 0; i < t.count; i++) {
    if (t.mode[i] !== TCELL_MODE.patrolling) continue
    const relative = dose[w.gridIndex(t.xUm[i], t.yUm[i])] / w.uvReference
    if (st.random() < Math.min(1, pUv * relative)) t.kill(i)
  }
}

/** A topical application: in the clinic right after a session (the lasered unit cell's day mean, channels
 *  closing) or at home on intact skin (steady daily use), the same over the block (a lesion mean). */
export function applyTopical(st: EngineState, afterLaser: boolean): void {
  const { doses } = st.w
  const add = depotIncrement(afterLaser ? doses.topicalAfterLaser : doses.topicalHome)
  for (let k = 0; k < st.rates.n; k++) {
    st.rates.topicalBasal[k] += add.basal
    st.rates.topicalBulge[k] += add.bulge
  }
}

/** Apoptosis (baseline turnover, laser-injury hypothesis, corticosteroid) and influx of new T cells. */
export function stepTCells(st: EngineState, dtH: number): void {
  const { w, rates } = st
  const t = w.tCells
  const residenceH = healingParam('heal.tCell.residenceDays') * 24
  const laserPerH = healingParam('heal.tCell.laserApoptosisPerH')
  const gfHalf = healingParam('heal.gf.halfEffect')
  const rules = st.rules
  for (let i = 0; i < t.count; i++) {
    if (t.mode[i] !== TCELL_MODE.patrolling) continue
    const k = w.gridIndex(t.xUm[i], t.yUm[i])
    const g = st.gf.values[k] / (st.gf.values[k] + gfHalf)
    const hazard = 1 / residenceH + laserPerH * g + tCellApoptosisPerH(rules, rates.topicalBasal[k])
    if (st.random() < 1 - Math.exp(-hazard * dtH)) t.kill(i)
  }
  const sources = w.block.tCells
  if (sources.length === 0) return
  const renewal = tCellInfluxFactor(rules, rates.lesionMean(rates.topicalBasal))
  st.tCellInflux += ((w.activity * sources.length * dtH) / residenceH) * renewal
  const jitterUm = 20
  while (st.tCellInflux >= 1) {
    st.tCellInflux -= 1
    const from = sources[Math.floor(st.random() * sources.length)]
    const x = Math.min(w.grid.widthUm, Math.max(0, from.xUm + (st.random() * 2 - 1) * jitterUm))
    const y = Math.min(w.grid.lengthUm, Math.max(0, from.yUm + (st.random() * 2 - 1) * jitterUm))
    t.spawn(x, y, from.depthUm, st.ctx.hour)
  }
}
