// ESLint 9 flat config: JS + TypeScript (syntax-level, not type-aware), React hooks rules for the app, and the
// react-three-fiber rules that catch allocations inside useFrame (no-new-in-loop, no-clone-in-loop).
import { defineConfig, globalIgnores } from 'eslint/config'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import reactThree from '@react-three/eslint-plugin'
import globals from 'globals'

export default defineConfig(
  globalIgnores([
    'dist/',
    'dist-*/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'bench-results/',
    '.gl/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // the app: browser code with React and react-three-fiber
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, '@react-three': reactThree },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      '@react-three/no-new-in-loop': 'error',
      '@react-three/no-clone-in-loop': 'error',
    },
  },
  // The 3D scene mutates three.js objects (meshes, materials, the scene, registries) from effects: that is how
  // react-three-fiber is written, and this project does not use the React Compiler, whose model
  // react-hooks/immutability enforces. Kept on for the rest of the app (UI and state).
  {
    files: ['src/scene/**/*.{ts,tsx}'],
    rules: { 'react-hooks/immutability': 'off' },
  },
  // tests run in Node (Vitest, Playwright) and talk to the page
  {
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // scripts and configs run in Node
  {
    files: ['scripts/**/*.{js,mjs,cjs}', '*.{js,mjs,cjs,ts}', '.ci/**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  // the benchmark passes functions to the page (page.evaluate, addInitScript)
  {
    files: ['scripts/bench.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.d.{ts,mts}'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
)
