// Loads Pagefind's search UI once the search page has loaded and painted, so its 40 KB script
// and its stylesheet never hold back the page's first paint. The files sit beside the index,
// at the <pagefind-config bundle-path> the page names (which carries the site's base path).
const start = () => {
  const bundle = document.querySelector('pagefind-config')?.getAttribute('bundle-path');
  if (!bundle) return;
  const style = Object.assign(document.createElement('link'), {
    rel: 'stylesheet',
    href: `${bundle}pagefind-component-ui.css`,
  });
  const script = Object.assign(document.createElement('script'), {
    type: 'module',
    src: `${bundle}pagefind-component-ui.js`,
  });
  document.head.append(style, script);
};
const afterPaint = () => requestAnimationFrame(() => setTimeout(start, 0));
if (document.readyState === 'complete') afterPaint();
else addEventListener('load', afterPaint, { once: true });
