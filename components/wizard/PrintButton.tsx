/**
 * Hidden in the HTML; public/site.js (`print-button`) shows it and prints. Without JavaScript the
 * browser's own print works the same.
 */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button" hidden data-module="print-button">
      {label}
    </button>
  );
}
