'use client';
import { useEffect } from 'react';

/**
 * Makes "none of these" exclusive, as GOV.UK does: ticking it clears the others and vice versa.
 * Without JavaScript the form still works; the outcome simply ignores "none".
 */
export function NeedsNoneToggle({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!form) return;
    // Coming back through "change": tick what was chosen before.
    const chosen = new URLSearchParams(window.location.search).getAll('needs').flatMap((v) => v.split(','));
    form.querySelectorAll<HTMLInputElement>('input[type=checkbox]').forEach((box) => {
      if (chosen.includes(box.value)) box.checked = true;
    });
    const onChange = (e: Event) => {
      const box = e.target as HTMLInputElement;
      if (box.type !== 'checkbox' || !box.checked) return;
      form.querySelectorAll<HTMLInputElement>('input[type=checkbox]').forEach((other) => {
        if (other !== box && (box.value === 'none' || other.value === 'none')) other.checked = false;
      });
    };
    form.addEventListener('change', onChange);
    return () => form.removeEventListener('change', onChange);
  }, [formId]);
  return null;
}
