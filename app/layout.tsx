import type { ReactNode } from 'react';
import './globals.css';

// The <html> element lives in app/[locale]/layout.tsx (with lang) and in the root and 404 pages.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
