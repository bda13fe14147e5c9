// Where a JSON text first goes wrong, as line and column. JSON.parse's messages differ between Node versions and
// not all of them give a position, so a small scanner (RFC 8259 grammar) finds it independently.

export interface JsonProblem {
  /** 1-based line and column of the first offending character (or of the end of the text). */
  line: number
  column: number
  message: string
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message)
  }
}

function scan(text: string): void {
  let at = 0
  const fail = (message: string): never => {
    throw new JsonSyntaxError(at, at >= text.length ? `${message} (the text ends too early)` : message)
  }
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++
  }
  const expect = (word: string) => {
    for (const ch of word) {
      if (text[at] !== ch) fail(`expected "${word}"`)
      at++
    }
  }
  const string = () => {
    at++ // opening quote
    while (at < text.length && text[at] !== '"') {
      const ch = text.charCodeAt(at)
      if (ch < 0x20) fail('control character inside a string (escape it, e.g. \\n)')
      if (text[at] === '\\') {
        at++
        if (text[at] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail('bad \\u escape: needs 4 hex digits')
          at += 5
        } else if (at < text.length && '"\\/bfnrt'.includes(text[at])) at++
        else fail('bad escape in a string')
      } else at++
    }
    if (at >= text.length) fail('unterminated string')
    at++
  }
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at))
    if (!match) fail('bad number')
    at += (match as RegExpExecArray)[0].length
  }
  const value = (): void => {
    skipSpace()
    const ch = text[at]
    if (ch === '{') return object()
    if (ch === '[') return array()
    if (ch === '"') return string()
    if (ch === 't') return expect('true')
    if (ch === 'f') return expect('false')
    if (ch === 'n') return expect('null')
    if (ch === '-' || (ch >= '0' && ch <= '9')) return number()
    fail(
      ch === undefined ? 'expected a value' : `unexpected character ${JSON.stringify(ch)}; expected a value`,
    )
  }
  const object = () => {
    at++
    skipSpace()
    if (text[at] === '}') {
      at++
      return
    }
    for (;;) {
      skipSpace()
      if (text[at] !== '"') fail('expected a property name in double quotes')
      string()
      skipSpace()
      if (text[at] !== ':') fail('expected ":" after the property name')
      at++
      value()
      skipSpace()
      if (text[at] === ',') {
        at++
        continue
      }
      if (text[at] === '}') {
        at++
        return
      }
      fail('expected "," or "}" after a property value')
    }
  }
  const array = () => {
    at++
    skipSpace()
    if (text[at] === ']') {
      at++
      return
    }
    for (;;) {
      value()
      skipSpace()
      if (text[at] === ',') {
        at++
        continue
      }
      if (text[at] === ']') {
        at++
        return
      }
      fail('expected "," or "]" after an array element')
    }
  }
  value()
  skipSpace()
  if (at < text.length) fail('unexpected text after the JSON value')
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let k = 0; k < Math.min(offset, text.length); k++) {
    if (text[k] === '\n') {
      line++
      lineStart = k + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** The first syntax error of a JSON text, or null if the text is valid JSON. */
export function findJsonProblem(text: string): JsonProblem | null {
  try {
    scan(text)
    return null
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error
    return { ...lineAndColumn(text, error.offset), message: error.message }
  }
}
