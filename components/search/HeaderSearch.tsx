'use client';
import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';

/**
 * The header's search field: a plain GET form to the search page (works without JavaScript).
 * `/` or Ctrl/Cmd+K focuses it from anywhere; Escape returns focus to where it was.
 * Messages: `Search.label`, `Search.submit`, `Search.shortcut`.
 */
export function HeaderSearch({ action }: { action: string }) {
  const t = useTranslations('Search');
  const submit = t('submit');
  const input = useRef<HTMLInputElement>(null);
  const previous = useRef<Element | null>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
      if ((e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) {
        e.preventDefault();
        previous.current = document.activeElement;
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  const onEscape = (e: React.KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    input.current!.value = '';
    (previous.current as HTMLElement | null)?.focus?.();
    if (document.activeElement === input.current) input.current?.blur();
  };
  return (
    <form role="search" action={action} method="get" className="no-print flex items-center gap-1" data-header-search>
      <label htmlFor="header-search" className="sr-only">
        {t('label')}
      </label>
      <input
        ref={input}
        id="header-search"
        name="q"
        type="search"
        aria-keyshortcuts="/ Control+K Meta+K"
        title={t('shortcut')}
        placeholder={`${submit} (/)`}
        onKeyDown={onEscape}
        className="w-40 rounded border border-white bg-brand-800 px-2 py-1 text-sm text-white placeholder:text-sky-100 focus:w-56 sm:w-48"
      />
      <button type="submit" className="rounded border border-white px-2 py-1 text-sm text-white">
        {submit}
      </button>
    </form>
  );
}
