import { useEffect, type RefObject } from 'react';

/** Closes an open drop-down menu on Escape or on a press outside its box, as a native menu does. */
export function useMenuDismiss(box: RefObject<HTMLElement | null>, open: boolean, close: () => void): void {
  useEffect(() => {
    if (!open) return;
    const onEvent = (e: Event) => (e instanceof KeyboardEvent ? e.key === 'Escape' : !box.current?.contains(e.target as Node)) && close();
    window.addEventListener('mousedown', onEvent);
    window.addEventListener('keydown', onEvent);
    return () => {
      window.removeEventListener('mousedown', onEvent);
      window.removeEventListener('keydown', onEvent);
    };
  }, [open, box, close]);
}
