// A labelled number input committed on Enter or when it loses focus, through a store action that validates it
// (setScenario): an invalid value shows the validator's message inline and the last valid value stays. Used by
// the Heal view's course settings and the Drugs & UV view's application settings (the laser panel has sliders:
// LaserField.tsx).
import { useId, useState, type ReactNode } from 'react'
import type { Commit } from './LaserField'

interface Props {
  label: ReactNode
  unit: string
  min: number
  max: number
  value: number
  commit: Commit
  /** 1 for counts and days; 'any' for continuous quantities. */
  step?: number | 'any'
  disabled?: boolean
  className?: string
}

export function NumberField({ label, unit, min, max, value, commit, step = 1, disabled, className }: Props) {
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const id = useId()
  const submit = (text: string) => {
    const result = commit(text.trim() === '' ? Number.NaN : Number(text))
    if (result.ok) {
      setDraft(null)
      setError(null)
    } else setError(result.errors.join(' '))
  }
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode={step === 1 ? 'numeric' : 'decimal'}
        min={min}
        max={max}
        step={step}
        disabled={disabled}
        value={draft ?? String(value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={(e) => submit(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') submit((e.target as HTMLInputElement).value)
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {min}–{max} {unit}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
