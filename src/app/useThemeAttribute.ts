import { useLayoutEffect } from 'react';
import { useStudio } from '../store';

/** Puts the theme on <html data-theme> (the CSS variables in global.css follow it). */
export function useThemeAttribute(): void {
  const theme = useStudio((s) => s.theme);
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
}
