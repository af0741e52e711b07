import { BOX_KINDS, BOX_PALETTE, TEXT_PALETTE } from '@octavo/core';

/**
 * The EPUB stylesheet. E-readers apply their own fonts, sizes and night modes, so this keeps to
 * structure and the shared box palette, with plain colour values (many readers ignore CSS custom
 * properties).
 */
export function epubCss(hoisted: string): string {
  const boxes = BOX_KINDS.map((kind) => {
    const { accent, background } = BOX_PALETTE[kind];
    return `.box-${kind}{border-left-color:${accent};background-color:${background}}\n.box-${kind} .box-caption{color:${accent}}`;
  }).join('\n');
  return `body{line-height:1.5;color:${TEXT_PALETTE.text}}
h1,h2,h3,h4{line-height:1.25;page-break-after:avoid;break-after:avoid}
h2{border-bottom:1px solid ${TEXT_PALETTE.rule};padding-bottom:.15em}
a{color:${TEXT_PALETTE.link}}
code,pre{font-family:monospace;font-size:.88em}
pre{white-space:pre-wrap;word-wrap:break-word;background:${TEXT_PALETTE.codeBackground};border:1px solid ${TEXT_PALETTE.rule};padding:.5em .7em}
figure{margin:1em 0}
figcaption,.output-label,.kicker{color:${TEXT_PALETTE.muted};font-size:.9em}
.tagline{font-style:italic;color:${TEXT_PALETTE.muted}}
.box{border-left:4px solid ${TEXT_PALETTE.rule};padding:.5em .8em .1em;margin:1em 0;page-break-inside:avoid;break-inside:avoid}
.box-title{font-weight:bold;margin:0 0 .4em}
.box-caption{margin-right:.3em}
${boxes}
table{border-collapse:collapse;margin:1em 0}
th,td{border:1px solid ${TEXT_PALETTE.rule};padding:.25em .45em;vertical-align:top}
.align-right{text-align:right}
.align-center{text-align:center}
.math-display{margin:.8em 0;text-align:center}
.paper-label{font-weight:bold;margin:.5em 0 .2em}
.cite{text-decoration:none}
details.reveal{border:1px dashed ${TEXT_PALETTE.rule};padding:.3em .6em}
details.reveal > summary{font-weight:bold}
.cover{text-align:center;margin-top:20%}
.cover h1{font-size:2em;border:none}
.cover .subtitle{font-size:1.2em;color:${TEXT_PALETTE.muted}}
nav#toc ol{list-style:none;padding-left:1em}
${hoisted}
`;
}
