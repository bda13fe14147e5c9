// A short, safe rendering of any received value for error messages (shared by the scenario validators).

/** A short, safe rendering of any received value for error messages (never throws). */
export function describeValue(value: unknown): string {
  try {
    if (typeof value === 'string') {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value
      return JSON.stringify(shown)
    }
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    // a BigInt printed as 10 would read like a valid number
    if (typeof value === 'bigint') return `${String(value)}n (a BigInt)`
    if (value === null) return 'null'
    if (value === undefined) return 'undefined'
    if (Array.isArray(value)) return 'an array'
    if (typeof value === 'function') return 'a function'
    if (typeof value === 'symbol') return 'a symbol'
    return 'an object'
  } catch {
    return 'an unreadable value'
  }
}
