/**
 * Math passes through as TeX (core has checked it with KaTeX). Only what would break the
 * surrounding LaTeX is adjusted: a blank line ends a paragraph inside math, a `%` comment would
 * swallow the closing delimiter, and KaTeX accepts `\\` between display lines where amsmath
 * wants an environment.
 */

const tidy = (tex: string) => tex.replace(/\r\n?/g, '\n').replace(/\n[ \t]*(?=\n)/g, '').replace(/\n{2,}/g, '\n').trim();

/** Whether `\\` occurs outside every `\begin…\end` environment. */
function hasTopLevelNewline(tex: string): boolean {
  let depth = 0;
  for (const match of tex.matchAll(/\\begin\{|\\end\{|\\\\/g)) {
    if (match[0] === '\\begin{') depth++;
    else if (match[0] === '\\end{') depth = Math.max(0, depth - 1);
    else if (depth === 0) return true;
  }
  return false;
}

/** Inline math: `\( … \)`. */
export function inlineMath(tex: string): string {
  const body = tidy(tex).replace(/\n/g, ' ');
  return `\\(${body}${body.includes('%') ? '\n' : ''}\\)`;
}

/** Display math; with a number, an `equation` carrying core's number and label. */
export function displayMath(tex: string, numbered?: { number: string; anchor: string }): string {
  let body = tidy(tex);
  if (hasTopLevelNewline(body)) body = `\\begin{gathered}\n${body}\n\\end{gathered}`;
  if (!numbered) return `\\[\n${body}\n\\]`;
  return `\\begin{equation}\n${body}\n\\tag{${numbered.number}}\\label{${numbered.anchor}}\n\\end{equation}`;
}
