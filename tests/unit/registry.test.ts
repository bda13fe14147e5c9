import { describe, expect, it } from 'vitest'
import { ALL_PARAMS, ALL_SOURCES, citationOf, findParam } from '../../src/sim'

describe('joined parameter registry', () => {
  it('has unique keys across anatomy, laser and pattern registries', () => {
    const keys = ALL_PARAMS.map((p) => p.key)
    const duplicates = keys.filter((k, i) => keys.indexOf(k) !== i)
    expect(duplicates).toEqual([])
  })

  it('resolves every parameter source to a citation', () => {
    const missing = ALL_PARAMS.filter((p) => !ALL_SOURCES[p.source]).map((p) => `${p.key} → ${p.source}`)
    expect(missing).toEqual([])
  })

  it('keeps every default inside its range and names a unit', () => {
    const bad = ALL_PARAMS.filter((p) => !(p.min <= p.default && p.default <= p.max) || p.unit === undefined)
    expect(bad.map((p) => p.key)).toEqual([])
  })

  it('looks parameters and citations up', () => {
    const first = ALL_PARAMS[0]
    expect(findParam(first.key)).toBe(first)
    expect(findParam('no.such.key')).toBeUndefined()
    expect(citationOf('Sandby-Moller2003')).toMatch(/Acta Derm Venereol 2003/)
    expect(citationOf('unknown-id')).toBe('unknown-id')
  })
})
