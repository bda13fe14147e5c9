import { describe, it, expect } from 'vitest'
import { PARAMS, SITES, SITE_IDS, SOURCES, param, paramValue } from '../../src/sim'

const CONFIDENCES = ['A', 'B', 'C', 'T', 'assumption']

/** Every numeric leaf of an object, as dotted paths. */
function numericLeaves(value: unknown, prefix = ''): Map<string, number> {
  const out = new Map<string, number>()
  if (typeof value === 'number') out.set(prefix, value)
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      for (const [p, n] of numericLeaves(v, prefix ? `${prefix}.${k}` : k)) out.set(p, n)
    }
  }
  return out
}

function at(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj)
}

describe('PARAMS registry', () => {
  it('has unique keys', () => {
    const keys = PARAMS.map((p) => p.key)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it.each(PARAMS.map((p) => [p.key, p] as const))('%s is complete and consistent', (_key, p) => {
    expect(p.label.length).toBeGreaterThan(0)
    expect(p.unit.length).toBeGreaterThan(0)
    for (const x of [p.min, p.default, p.max]) expect(Number.isFinite(x)).toBe(true)
    expect(p.min).toBeLessThanOrEqual(p.default)
    expect(p.default).toBeLessThanOrEqual(p.max)
    expect(CONFIDENCES).toContain(p.confidence)
    expect(SOURCES[p.source], `source ${p.source}`).toBeDefined()
    expect(SOURCES[p.source].id).toBe(p.source)
    // a value the reference does not give must say why it was chosen
    if (p.confidence === 'T' || p.confidence === 'assumption' || p.confidence === 'C') {
      expect(p.note && p.note.length > 10).toBe(true)
    }
  })

  it('every source has a citation and its own id', () => {
    for (const [id, s] of Object.entries(SOURCES)) {
      expect(s.id).toBe(id)
      expect(s.citation.length).toBeGreaterThan(20)
    }
  })

  it('looks keys up and rejects unknown ones', () => {
    expect(paramValue('forearm.stratumCorneumUm')).toBe(18.3)
    expect(param('forearm.melanocytesPerMm2').source).toBe('Xu2017')
    expect(() => param('no.such.key')).toThrow(/no\.such\.key/)
  })
})

describe('site presets are keyed to the registry', () => {
  it.each(SITE_IDS)('%s: every number comes from a registered parameter', (site) => {
    const preset = SITES[site]
    expect(preset.id).toBe(site)
    expect(preset.label.length).toBeGreaterThan(0)
    expect(preset.description.length).toBeGreaterThan(0)
    const { paramKeys, ...rest } = preset
    const leaves = numericLeaves(rest)
    expect(leaves.size).toBeGreaterThan(20)
    for (const [path, value] of leaves) {
      const key = paramKeys[path]
      expect(key, `${site}: ${path} has no parameter key`).toBeDefined()
      expect(paramValue(key)).toBe(value)
    }
    for (const [path, key] of Object.entries(paramKeys)) {
      expect(at(rest, path)).toBe(paramValue(key))
    }
  })

  it('lists the six sites in order', () => {
    expect(SITE_IDS).toEqual(['forearm', 'face', 'trunk', 'extremity', 'hand', 'palm'])
    expect(Object.keys(SITES).sort()).toEqual([...SITE_IDS].sort())
  })

  it('uses the REFERENCE figures with their confidence codes', () => {
    const expectations: [string, number, string][] = [
      ['forearm.stratumCorneumUm', 18.3, 'A'],
      ['forearm.viableEpidermisUm', 56.6, 'A'],
      ['forearm.melanocytesPerMm2', 955, 'A'],
      ['forearm.folliclesPerMm2', 1.4, 'A'],
      ['face.stratumCorneumUm', 16.8, 'A'],
      ['face.melanocytesPerMm2', 2000, 'B'],
      ['face.folliclesPerMm2', 4.39, 'A'],
      ['trunk.stratumCorneumUm', 11.0, 'A'],
      ['trunk.viableEpidermisUm', 70.3, 'A'],
      ['trunk.folliclesPerMm2', 0.85, 'A'],
      ['extremity.folliclesPerMm2', 0.5, 'B'],
      ['hand.stratumCorneumUm', 29.3, 'A'],
      ['hand.folliclesPerMm2', 0.3, 'assumption'],
      ['palm.stratumCorneumUm', 173, 'A'],
      ['palm.melanocytesPerMm2', 150, 'B'],
      ['palm.folliclesPerMm2', 0, 'T'],
      ['anatomy.basalLayerUm', 10, 'T'],
      ['tCell.marginPerMm2', 120, 'assumption'],
      ['precursor.perFollicle', 10, 'assumption'],
    ]
    for (const [key, value, confidence] of expectations) {
      expect(paramValue(key), key).toBeCloseTo(value, 6)
      expect(param(key).confidence, key).toBe(confidence)
    }
  })

  it('derives face and hand viable epidermis as REFERENCE suggests (confidence C)', () => {
    expect(paramValue('face.viableEpidermisUm')).toBeCloseTo(68.6 - 14.1, 6)
    expect(param('face.viableEpidermisUm').confidence).toBe('C')
    expect(paramValue('hand.viableEpidermisUm')).toBeCloseTo(99.75 - 29.3, 6)
    expect(param('hand.viableEpidermisUm').confidence).toBe('C')
    expect(paramValue('palm.viableEpidermisUm')).toBeCloseTo(400 - 173, 6)
  })
})
