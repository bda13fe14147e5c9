// Melanocyte agents: a struct of arrays (slot i is one cell in every array) with a `mode` per cell and a table of
// mode names. Each mode is a small state machine step, one function per mode; the allowed transitions are listed
// in ALLOWED_TRANSITIONS (tested).
//
//   dormant precursor ──activation (stimulus)──▶ activated precursor ──(back after ~14 d without stimulus)──▶ dormant
//   activated precursor ──asymmetric division──▶ (daughter) migrating up the outer root sheath
//   migrating ──reaches the dermo-epidermal junction──▶ spreading in the basal layer
//   spreading ──matures (~5 d)──▶ settled and pigmenting
//   resident (healthy skin at the border) ──division when stimulated──▶ (daughter) spreading     [marginal recruitment]
//   spreading, pigmenting ──T cells, chronic MMP-2, laser──▶ lost;  precursors, migrating, resident ──laser──▶ lost
//
// Finite proliferative potential (the plateau mechanism; 'calibrated.divisionBudget' G and
// 'calibrated.reservoirDivisions' M, cohortParams.ts): every cell carries `divisionsLeft`. A precursor makes at most
// M asymmetric divisions (the follicle's stem-cell reservoir is finite); each daughter it sends up the sheath, and
// each daughter a resident recruits into the lesion, starts with G divisions; a basal cell's division gives mother
// and daughter one fewer, and a cell with none left no longer divides. So a lineage makes at most 2^G cells and
// islands and the marginal rim stop growing once their lineages are spent. Non-integer G, M: rounded at random.
//
// Rates are hazards per hour (healingParams.ts); a step of Δt hours fires with probability 1 − e^{−h·Δt}.
// Movement: a random walk of one step per hour of length speed × 1 h in a random direction, speed ≤ 9 µm/h
// (Grahn 2003); climbing cells step along the follicle axis, up with probability 0.8.

export const MELANOCYTE_MODE_NAMES = [
  'dormant precursor',
  'activated precursor',
  'migrating up the outer root sheath',
  'spreading in the basal layer',
  'settled and pigmenting',
  'resident (healthy skin)',
  'lost',
] as const

export const MODE = {
  dormant: 0,
  activated: 1,
  climbing: 2,
  spreading: 3,
  pigmenting: 4,
  resident: 5,
  lost: 6,
} as const

/** Which modes a cell may enter from each mode (a daughter's mode counts as a transition of the division). */
export const ALLOWED_TRANSITIONS: Record<number, readonly number[]> = {
  [MODE.dormant]: [MODE.activated, MODE.lost],
  [MODE.activated]: [MODE.dormant, MODE.lost],
  [MODE.climbing]: [MODE.spreading, MODE.lost],
  [MODE.spreading]: [MODE.pigmenting, MODE.lost],
  [MODE.pigmenting]: [MODE.lost],
  [MODE.resident]: [MODE.lost],
  [MODE.lost]: [],
}

/** Modes of the daughters each mode's division may produce (none for modes that do not divide). */
export const DAUGHTER_MODES: Record<number, readonly number[]> = {
  [MODE.dormant]: [],
  [MODE.activated]: [MODE.climbing],
  [MODE.climbing]: [],
  [MODE.spreading]: [MODE.spreading],
  [MODE.pigmenting]: [MODE.spreading],
  [MODE.resident]: [MODE.spreading, MODE.resident],
  [MODE.lost]: [],
}

export class MelanocyteStore {
  /** Highest slot in use + 1. */
  count = 0
  readonly xUm: Float32Array
  readonly yUm: Float32Array
  readonly depthUm: Float32Array
  readonly mode: Uint8Array
  readonly follicleId: Int16Array
  readonly birthHour: Float32Array
  /** Divisions this cell may still make (precursors: asymmetric divisions left in the reservoir). */
  readonly divisionsLeft: Uint16Array
  /** Slots free for reuse: lost before the last checkpoint, so seek never mistakes a new cell for an old one. */
  private readonly free: number[] = []
  private pendingFree: number[] = []
  refused = 0
  /** Cells born by division and cells lost since the start (bookkeeping: births − losses = change of the living). */
  births = 0
  losses = 0

  constructor(readonly capacity: number) {
    this.xUm = new Float32Array(capacity)
    this.yUm = new Float32Array(capacity)
    this.depthUm = new Float32Array(capacity)
    this.mode = new Uint8Array(capacity)
    this.follicleId = new Int16Array(capacity)
    this.birthHour = new Float32Array(capacity)
    this.divisionsLeft = new Uint16Array(capacity)
  }

  /** A new cell, or −1 when the capacity is reached (the division is refused). */
  spawn(
    xUm: number,
    yUm: number,
    depthUm: number,
    mode: number,
    follicleId: number,
    hour: number,
    divisionsLeft = 0,
  ): number {
    let slot: number
    if (this.free.length > 0) slot = this.free.pop() as number
    else if (this.count < this.capacity) slot = this.count++
    else {
      this.refused++
      return -1
    }
    this.xUm[slot] = xUm
    this.yUm[slot] = yUm
    this.depthUm[slot] = depthUm
    this.mode[slot] = mode
    this.follicleId[slot] = follicleId
    this.birthHour[slot] = hour
    this.divisionsLeft[slot] = Math.min(65535, divisionsLeft)
    return slot
  }

  kill(slot: number): void {
    if (this.mode[slot] === MODE.lost) return
    this.mode[slot] = MODE.lost
    this.losses++
    this.pendingFree.push(slot)
  }

  /** Called after each checkpoint: cells lost before it may now be reused. */
  releaseLost(): void {
    for (const s of this.pendingFree) this.free.push(s)
    this.pendingFree = []
  }

  countMode(mode: number): number {
    let n = 0
    for (let i = 0; i < this.count; i++) if (this.mode[i] === mode) n++
    return n
  }
}

/** Per-follicle geometry needed by climbing cells. */
export interface FollicleAxis {
  /** Horizontal drift per µm of depth along the axis (tan tilt · cos/sin azimuth). */
  driftX: number
  driftY: number
  /** Depth of the dermo-epidermal junction where the cell leaves the sheath. */
  junctionDepthUm: number
  /** Deepest point a climbing cell may reach (bulb top). */
  bottomDepthUm: number
}

/**
 * What the mode functions read: per-cell probabilities for one slow tick (computed once per tick from the hazards
 * in rates.ts: p = 1 − e^{−h·Δt}), per-cell motility for the hourly moves, and the random stream.
 */
export interface AgentContext {
  store: MelanocyteStore
  hour: number
  random: () => number
  /** Unit vectors for random directions (cos, sin interleaved). */
  directions: Float32Array
  gridIndex: (xUm: number, yUm: number) => number
  /** Per grid cell, probability within one slow tick of: activation of a dormant precursor (k_act·P), an
   *  activated precursor's asymmetric division (r·P), its return to dormancy (k_deact·(1 − P)), a basal cell's
   *  division (r·P·room), a resident's homeostatic division (r·room_healthy), a basal cell's loss. */
  pActivate: Float32Array
  pNicheDivide: Float32Array
  pDeactivate: Float32Array
  pDivide: Float32Array
  pHomeostatic: Float32Array
  pLoss: Float32Array
  /** Probability within one slow tick that a spreading cell settles and pigments. */
  pMature: number
  /** Per grid cell: motility factor 0..1 (speed = maxSpeed × factor). */
  motility: Float32Array
  follicles: FollicleAxis[]
  basalDepthUm: number
  widthUm: number
  lengthUm: number
  maxSpeedUmPerH: number
  climbUpProbability: number
  daughterOffsetUm: number
  /** Divisions of a fresh daughter (from a follicle or a resident), 'calibrated.divisionBudget'. */
  divisionBudget: number
  /** Accumulated path of moving cells (for the mean speed). */
  pathUm: number
  movingHours: number
}

/** A Bernoulli draw that spends no random number when the probability is 0 (most cells, most ticks). */
const fires = (ctx: AgentContext, p: number): boolean => p > 0 && ctx.random() < p

/** A non-integer count rounded at random so that its mean is kept. */
export function randomRound(x: number, random: () => number): number {
  const whole = Math.floor(x)
  return whole + (random() < x - whole ? 1 : 0)
}

/**
 * Division with the finite budget: a precursor spends one of its reservoir's divisions and its daughter starts
 * fresh; a resident's recruited daughter starts fresh (its homeostatic daughter, a resident, needs none); a basal
 * cell gives mother and daughter one division fewer. Nothing happens when the budget is spent.
 */
function divide(ctx: AgentContext, i: number, daughterMode: number): void {
  const s = ctx.store
  const mode = s.mode[i]
  let budget = 0
  if (mode === MODE.activated || mode === MODE.dormant) {
    if (s.divisionsLeft[i] === 0) return
    s.divisionsLeft[i]--
    budget = randomRound(ctx.divisionBudget, ctx.random)
  } else if (mode === MODE.resident) {
    budget = daughterMode === MODE.resident ? 0 : randomRound(ctx.divisionBudget, ctx.random)
  } else {
    if (s.divisionsLeft[i] === 0) return
    budget = --s.divisionsLeft[i]
  }
  const d = (Math.floor(ctx.random() * 256) & 255) * 2
  const x = clamp(s.xUm[i] + ctx.directions[d] * ctx.daughterOffsetUm, ctx.widthUm)
  const y = clamp(s.yUm[i] + ctx.directions[d + 1] * ctx.daughterOffsetUm, ctx.lengthUm)
  if (s.spawn(x, y, s.depthUm[i], daughterMode, s.follicleId[i], ctx.hour, budget) >= 0) s.births++
}

function clamp(v: number, max: number): number {
  return v < 0 ? -v : v > max ? 2 * max - v : v
}

/** One random-walk step in the basal layer (reflecting sides). */
export function walk(ctx: AgentContext, i: number, dtH: number): void {
  const s = ctx.store
  const speed = ctx.maxSpeedUmPerH * ctx.motility[ctx.gridIndex(s.xUm[i], s.yUm[i])]
  const d = (Math.floor(ctx.random() * 256) & 255) * 2
  s.xUm[i] = clamp(s.xUm[i] + ctx.directions[d] * speed * dtH, ctx.widthUm)
  s.yUm[i] = clamp(s.yUm[i] + ctx.directions[d + 1] * speed * dtH, ctx.lengthUm)
  ctx.pathUm += speed * dtH
  ctx.movingHours += dtH
}

/** One step along the follicle axis, up with probability p; leaves the sheath at the junction. */
export function climb(ctx: AgentContext, i: number, dtH: number): void {
  const s = ctx.store
  const axis = ctx.follicles[s.follicleId[i]]
  const speed = ctx.maxSpeedUmPerH * ctx.motility[ctx.gridIndex(s.xUm[i], s.yUm[i])]
  const step = speed * dtH * (ctx.random() < ctx.climbUpProbability ? -1 : 1)
  const norm = Math.sqrt(1 + axis.driftX * axis.driftX + axis.driftY * axis.driftY)
  const dz = Math.min(step / norm, axis.bottomDepthUm - s.depthUm[i])
  s.depthUm[i] += dz
  s.xUm[i] += dz * axis.driftX
  s.yUm[i] += dz * axis.driftY
  ctx.pathUm += Math.abs(dz) * norm
  ctx.movingHours += dtH
  if (s.depthUm[i] <= axis.junctionDepthUm) {
    s.depthUm[i] = ctx.basalDepthUm
    s.mode[i] = MODE.spreading
  }
}

// ── One function per mode: the slow-tick transitions (activation, division, maturation, loss) ──────────────

export function stepDormant(ctx: AgentContext, i: number): void {
  const k = ctx.gridIndex(ctx.store.xUm[i], ctx.store.yUm[i])
  if (fires(ctx, ctx.pActivate[k])) ctx.store.mode[i] = MODE.activated
}

export function stepActivated(ctx: AgentContext, i: number): void {
  const k = ctx.gridIndex(ctx.store.xUm[i], ctx.store.yUm[i])
  if (fires(ctx, ctx.pNicheDivide[k])) divide(ctx, i, MODE.climbing)
  if (fires(ctx, ctx.pDeactivate[k])) ctx.store.mode[i] = MODE.dormant
}

function basalStep(ctx: AgentContext, i: number, matures: boolean): void {
  const k = ctx.gridIndex(ctx.store.xUm[i], ctx.store.yUm[i])
  if (fires(ctx, ctx.pLoss[k])) {
    ctx.store.kill(i)
    return
  }
  if (fires(ctx, ctx.pDivide[k])) divide(ctx, i, MODE.spreading)
  if (matures && fires(ctx, ctx.pMature)) ctx.store.mode[i] = MODE.pigmenting
}

export function stepSpreading(ctx: AgentContext, i: number): void {
  basalStep(ctx, i, true)
}

export function stepPigmenting(ctx: AgentContext, i: number): void {
  basalStep(ctx, i, false)
}

/** Healthy melanocytes: recruited into the lesion only when stimulated; refill their own skin's gaps otherwise.
 *  Residents are not lost to T cells: the model's lesion does not extend (stable, refractory vitiligo). */
export function stepResident(ctx: AgentContext, i: number): void {
  const k = ctx.gridIndex(ctx.store.xUm[i], ctx.store.yUm[i])
  if (fires(ctx, ctx.pDivide[k])) divide(ctx, i, MODE.spreading)
  else if (fires(ctx, ctx.pHomeostatic[k])) divide(ctx, i, MODE.resident)
}
