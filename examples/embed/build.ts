// Builds the embed examples into examples/embed/out/:
//   site/            the book's HTML site (its api/questions/*.json feed the custom element)
//   fragments.html   a host page with its own CSS and two fragments (renderQuestionFragment)
//   element.html     a host page with two <octavo-question> elements (Shadow DOM + JSON API)
// Open fragments.html from disk; element.html needs a server (fetch): `npm start`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileBook } from '@octavo/core';
import { renderHtml, renderQuestionFragment } from '@octavo/html';
import book from '@octavo/book-ml-interview';

const out = join(dirname(fileURLToPath(import.meta.url)), 'out');

/** A host page that styles the same class names Octavo uses, to show nothing leaks either way. */
const hostPage = (title: string, body: string, head = '') => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>
  body { font-family: Georgia, serif; background: #fffdf5; color: #333; max-width: 60em; margin: 2em auto; padding: 0 1em; }
  h1, h2 { color: #7a1f5c; }
  .box { border: 3px dotted #7a1f5c; padding: 1em; }
  .host-note { font-style: italic; }
</style>
${head}</head>
<body>
<h1>${title}</h1>
<div class="box host-note" id="host-box">This box belongs to the host page; its style must survive the embeds below.</div>
${body}
</body>
</html>
`;

export function buildEmbedExamples(target = out): void {
  const result = compileBook(book);
  if (!result.book) throw new Error('the book has errors: run `octavo check`');
  rmSync(target, { recursive: true, force: true });
  for (const file of renderHtml(result.book)) {
    const path = join(target, 'site', file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.data);
  }
  const fragment = (id: string) => renderQuestionFragment(result.book!, id, { baseUrl: 'site/' });
  writeFileSync(
    join(target, 'fragments.html'),
    hostPage('Two questions as fragments', `<h2>First embed</h2>\n${fragment('q22')}\n<h2>Second embed</h2>\n${fragment('q13')}\n`),
  );
  writeFileSync(
    join(target, 'element.html'),
    hostPage(
      'Two questions as custom elements',
      `<h2>First embed</h2>\n<octavo-question src="site/api/questions/q22.json"></octavo-question>\n<h2>Second embed (dark)</h2>\n<octavo-question src="site/api/questions/q01.json" theme="dark"></octavo-question>\n`,
      '<script src="site/assets/octavo-question.js" defer></script>\n',
    ),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildEmbedExamples();
  console.log(`wrote ${out}`);
}
