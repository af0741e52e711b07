import { BOX_KINDS, BOX_PALETTE, TEXT_PALETTE } from '@octavo/core';

/**
 * The stylesheet, built from the shared palette. Component rules are written under a scope so the
 * same rules serve the site (`scope` = `body`) and embedded fragments (`.octavo-fragment`), where
 * nothing may leak out as a global selector.
 */

const DARK = { text: '#e6e6e6', muted: '#a8a8a8', link: '#8ab4f8', rule: '#3a3f47', background: '#14161a', surface: '#1c1f24', codeBackground: '#1e2228' };

/** Custom properties of the light and dark themes, set on `selector`. */
function themeVariables(selector: string, darkSelector: string): string {
  const boxes = (dark: boolean) =>
    BOX_KINDS.map((kind) => {
      const { accent, background } = BOX_PALETTE[kind];
      return dark
        ? `--box-${kind}:color-mix(in srgb, ${accent} 55%, white);--box-${kind}-bg:color-mix(in srgb, ${accent} 16%, ${DARK.background})`
        : `--box-${kind}:${accent};--box-${kind}-bg:${background}`;
    }).join(';');
  const light = `--text:${TEXT_PALETTE.text};--muted:${TEXT_PALETTE.muted};--link:${TEXT_PALETTE.link};--rule:${TEXT_PALETTE.rule};--background:#ffffff;--surface:#fafbfc;--code-bg:${TEXT_PALETTE.codeBackground};${boxes(false)}`;
  const dark = `--text:${DARK.text};--muted:${DARK.muted};--link:${DARK.link};--rule:${DARK.rule};--background:${DARK.background};--surface:${DARK.surface};--code-bg:${DARK.codeBackground};${boxes(true)}`;
  return `${selector}{${light};color-scheme:light}
${darkSelector}{${dark};color-scheme:dark}`;
}

/** Rules for the book's components, every selector under `scope`. */
export function componentCss(scope: string): string {
  const s = (selectors: string) =>
    selectors
      .split(',')
      .map((selector) => `${scope} ${selector.trim()}`)
      .join(',');
  const boxes = BOX_KINDS.map((kind) => `${s(`.box-${kind}`)}{--accent:var(--box-${kind});--accent-bg:var(--box-${kind}-bg)}`).join('\n');
  return `
${s('a')}{color:var(--link)}
${s('h1,h2,h3,h4,h5,h6')}{line-height:1.25;margin:1.6em 0 .5em}
${s('h1')}{font-size:2rem;margin-top:.2em}
${s('h2')}{font-size:1.5rem;border-bottom:1px solid var(--rule);padding-bottom:.2em}
${s('h3')}{font-size:1.2rem}
${s('p,ul,ol,dl,figure,table')}{margin:0 0 1em}
${s('code')}{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:.9em}
${s(':not(pre) > code')}{background:var(--code-bg);padding:.05em .3em;border-radius:4px;border:1px solid var(--rule)}
${s('pre')}{background:var(--code-bg);padding:.8em 1em;border-radius:6px;overflow-x:auto;line-height:1.45;font-size:.88rem;border:1px solid var(--rule)}
${s('pre.code span')}{font-style:inherit}
${s('figure')}{margin-left:0;margin-right:0}
${s('figcaption,.output-label')}{color:var(--muted);font-size:.9rem;margin:.3em 0}
${s('.kicker')}{color:var(--muted);text-transform:uppercase;letter-spacing:.06em;font-size:.8rem;margin:0}
${s('.tagline')}{font-size:1.1rem;color:var(--muted);font-style:italic}
${s('.box')}{border:0;border-left:4px solid var(--accent);background:var(--accent-bg);border-radius:0 6px 6px 0;padding:.7em 1em .2em;margin:1.2em 0;break-inside:avoid-page}
${s('.box-title')}{font-weight:600;margin:0 0 .5em}
${s('.box-caption')}{color:var(--accent);margin-right:.3em}
${boxes}
${s('.math-display')}{overflow-x:auto;overflow-y:hidden;margin:1em 0}
${s('math')}{font-size:1.1em}
${s('.table-wrap')}{overflow-x:auto}
${s('table')}{border-collapse:collapse}
${s('th,td')}{border:1px solid var(--rule);padding:.35em .6em;vertical-align:top}
${s('th')}{background:var(--surface)}
${s('.align-right')}{text-align:right}
${s('.align-center')}{text-align:center}
${s('.diagram pre')}{line-height:1.2}
${s('.paper-note')}{border-top:1px solid var(--rule);padding-top:.6em}
${s('.paper-label')}{font-weight:600;margin:.6em 0 .2em}
${s('.cite')}{text-decoration:none;font-size:.9em}
${s('.gloss')}{text-decoration:underline dotted}
${s('.xref-draft')}{color:var(--muted)}
${s('details.reveal')}{border:1px dashed var(--rule);border-radius:6px;padding:.4em .8em;margin:0 0 1em}
${s('details.reveal > summary')}{cursor:pointer;font-weight:600;color:var(--link)}
${s('details.reveal[open] > summary')}{margin-bottom:.6em}
`;
}

/** Code colours: each token class sets the light colour and `--dark`; dark themes use the latter. */
const darkTokens = (darkScope: string) => `${darkScope} pre.code span[class*="s-"]{color:var(--dark)}`;

/** The whole site's stylesheet. */
export function siteCss(hoisted: string): string {
  const darkRoot = ':root[data-theme="dark"]';
  return `${themeVariables(':root', darkRoot)}
${darkVariablesForMedia()}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;line-height:1.6;color:var(--text);background:var(--background)}
.skip-link{position:absolute;left:-999px;top:0;background:var(--background);padding:.5em}
.skip-link:focus{left:.5em;z-index:10}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.site-header{display:flex;gap:1em;align-items:center;flex-wrap:wrap;padding:.6em 1.2em;border-bottom:1px solid var(--rule);background:var(--surface);position:sticky;top:0;z-index:5}
.site-title{font-weight:700;color:var(--text);text-decoration:none;flex:1 1 20em}
.search{position:relative;flex:0 1 22em}
.search input{width:100%;padding:.4em .6em;border:1px solid var(--rule);border-radius:6px;background:var(--background);color:var(--text);font:inherit}
.search-results{position:absolute;left:0;right:0;top:100%;margin:.2em 0 0;padding:0;list-style:none;background:var(--background);border:1px solid var(--rule);border-radius:6px;max-height:60vh;overflow:auto;box-shadow:0 6px 20px rgba(0,0,0,.15)}
.search-results:empty{display:none}
.search-results li{padding:.4em .7em;border-bottom:1px solid var(--rule)}
.search-results li small{display:block;color:var(--muted)}
.theme-toggle{font:inherit;border:1px solid var(--rule);background:var(--background);color:var(--text);border-radius:6px;padding:.3em .7em;cursor:pointer}
.layout{display:grid;grid-template-columns:minmax(14em,18em) minmax(0,1fr);gap:2em;max-width:80em;margin:0 auto;padding:0 1.2em}
.sidebar{font-size:.9rem;padding-top:1.4em;position:sticky;top:3.5em;align-self:start;max-height:calc(100vh - 4em);overflow:auto}
.sidebar ol{list-style:none;padding-left:.8em;margin:0}
.sidebar > ol{padding-left:0}
.sidebar li{margin:.25em 0}
.sidebar a{text-decoration:none}
.sidebar a[aria-current="page"]{font-weight:700;color:var(--text)}
main{min-width:0;max-width:46em;padding:1.4em 0 3em}
.pager{display:flex;justify-content:space-between;gap:1em;max-width:80em;margin:0 auto;padding:1em 1.2em;border-top:1px solid var(--rule)}
.site-footer{color:var(--muted);font-size:.85rem;text-align:center;padding:1em}
.title-page .subtitle{font-size:1.25rem;color:var(--muted)}
.toc{padding-left:1.2em}
[id]{scroll-margin-top:4.5em}
@media (max-width:52em){.site-header{position:static}[id]{scroll-margin-top:.5em}.layout{grid-template-columns:1fr}.sidebar{position:static;max-height:none;order:2;border-top:1px solid var(--rule);padding-bottom:1em}}
@media print{.site-header,.sidebar,.pager,.skip-link,.site-footer{display:none}.layout{display:block;padding:0}main{max-width:none}a{color:inherit}.box,pre,table,figure{break-inside:avoid}details.reveal{border:none;padding:0}details.reveal > summary{display:none}h1,h2,h3{break-after:avoid}}
${componentCss('body')}
${darkTokens(`${darkRoot} body`)}
@media (prefers-color-scheme: dark){${darkTokens(':root:not([data-theme="light"]) body')}}
${hoisted}
`;
}

/** The dark variables again, for readers whose system prefers dark and who chose nothing. */
function darkVariablesForMedia(): string {
  const dark = themeVariables(':root', ':root:not([data-theme="light"])').split('\n')[1];
  return `@media (prefers-color-scheme: dark){${dark}}`;
}

/** The stylesheet of an embedded fragment: everything under `.octavo-fragment`. */
export function fragmentCss(hoisted: string): string {
  const scope = '.octavo-fragment';
  return `${themeVariables(scope, `${scope}[data-theme="dark"]`)}
${scope}{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.6;color:var(--text);background:var(--background);text-align:left;font-size:16px;padding:1em;border:1px solid var(--rule);border-radius:8px}
${componentCss(scope)}
${darkTokens(`${scope}[data-theme="dark"]`)}
${hoisted}`;
}
