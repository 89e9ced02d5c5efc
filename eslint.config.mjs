// Flat config for ESLint 9. eslint-config-next 16 exports flat config arrays:
// `eslint-config-next/core-web-vitals` (base Next rules + Core Web Vitals rules) and
// `eslint-config-next/typescript` (typescript-eslint's recommended rules).
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  {
    ignores: [
      'out/**',
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
];

export default config;
