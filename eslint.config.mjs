// Flat config for ESLint 9. eslint-config-next 16 ships flat config arrays:
//   eslint-config-next/core-web-vitals  Next's base config (React, hooks, import, jsx-a11y, @next/next)
//                                       plus the Core Web Vitals rules as errors;
//   eslint-config-next/typescript       typescript-eslint's recommended rules for .ts/.tsx.
// Both load typescript-eslint, which needs the TypeScript 6 JavaScript API (`typescript` ≤ 6.0.x).
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  {
    ignores: [
      'out/**',
      '.build/**',
      '.next/**',
      '.contentlayer/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      'next-env.d.ts',
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // A Server Component: the MDX component is built from the guideline's compiled code once per
    // render at build time and has no state to lose, which is what this client-side rule guards.
    files: ['components/guideline/GuidelineBody.tsx'],
    rules: { 'react-hooks/static-components': 'off' },
  },
];

export default config;
