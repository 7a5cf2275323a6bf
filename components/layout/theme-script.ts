// A plain module, not part of theme-toggle.tsx: a "use client" module's exports reach server
// components as client references, so the string would never make it into the page.

/** Runs before paint so the page never flashes the wrong theme (theme-toggle.tsx keeps the choice). */
export const themeScript = `(function(){try{var t=localStorage.getItem("theme");var d=t?t==="dark":matchMedia("(prefers-color-scheme: dark)").matches;document.documentElement.classList.toggle("dark",d)}catch(e){}})();`;
