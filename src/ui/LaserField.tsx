import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

/** Commits a value; returns the store's verdict (errors keep the last valid value). */
export type Commit = (value: number) => { ok: true } | { ok: false; errors: string[] }

interface Props {
  label: string
  unit: string
  min: number
  max: number
  step: number
  /** One line: what the parameter means. */
  meaning: string
  value: number
  commit: Commit
  /** Shown after the range line (e.g. the MTZ/cm² a density gives). */
  extra?: ReactNode
}

/** Range slider commits this long after the last move, so a drag does not run a thermal solve per step. */
const RANGE_COMMIT_MS = 250

function trimmed(value: number): string {
  return String(Math.round(value * 1000) / 1000)
}

/**
 * One laser parameter: a labelled range slider and number input with its unit, range and meaning. A typed value
 * is committed on Enter or when the field loses focus; an invalid one shows an inline message and the last valid
 * value is kept.
 */
export function LaserField({ label, unit, min, max, step, meaning, value, commit, extra }: Props) {
  const ids = { number: useId(), range: useId(), hint: useId(), error: useId() }
  const [typed, setTyped] = useState<string | null>(null)
  const [dragged, setDragged] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    [],
  )

  const unitText = unit === '' ? '' : ` ${unit}`
  const commitValue = (v: number) => {
    const result = commit(v)
    if (result.ok) setError(null)
    else setError(`${result.errors.join(' ')} The last valid value (${trimmed(value)}${unitText}) is kept.`)
    return result.ok
  }
  const commitTyped = (text: string) => {
    const v = text.trim() === '' ? Number.NaN : Number(text)
    if (commitValue(v)) setTyped(null)
  }
  const flushDrag = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (dragged !== null) commitValue(dragged)
    setDragged(null)
  }

  const shown = dragged ?? value
  return (
    <div className="field laser-field">
      <label htmlFor={ids.number}>
        <span>
          {label}
          {unit && <span className="unit"> ({unit})</span>}
        </span>
      </label>
      <div className="row">
        <input
          id={ids.range}
          type="range"
          min={min}
          max={max}
          step={step}
          value={shown}
          aria-label={`${label} slider`}
          aria-valuetext={`${trimmed(shown)}${unitText}`}
          aria-describedby={ids.hint}
          onChange={(e) => {
            const v = Number(e.target.value)
            setDragged(v)
            setTyped(null)
            setError(null)
            if (timer.current) clearTimeout(timer.current)
            timer.current = setTimeout(() => {
              timer.current = null
              commitValue(v)
              setDragged(null)
            }, RANGE_COMMIT_MS)
          }}
          onPointerUp={flushDrag}
          onKeyUp={flushDrag}
        />
        <input
          id={ids.number}
          className="laser-number"
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          value={typed ?? trimmed(shown)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${ids.hint} ${ids.error}` : ids.hint}
          onChange={(e) => setTyped(e.target.value)}
          onBlur={(e) => {
            if (typed !== null) commitTyped(e.target.value)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitTyped((e.target as HTMLInputElement).value)
          }}
        />
      </div>
      <p id={ids.hint} className="hint">
        {trimmed(min)}–{trimmed(max)}
        {unitText} · {meaning}
        {extra}
      </p>
      {error && (
        <p id={ids.error} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
