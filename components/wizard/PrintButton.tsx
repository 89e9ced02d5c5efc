'use client';
import { useTranslations } from 'next-intl';
import { useHydrated } from '@/components/ui/use-hydrated';

/** Shown only with JavaScript; without it the browser's own print works the same. Needs `Wizard.print`. */
export function PrintButton() {
  const t = useTranslations('Wizard');
  if (!useHydrated()) return null;
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {t('print')}
    </button>
  );
}
