import { createHighlighterCoreSync, type HighlighterCore, type ThemedToken } from 'shiki/core';
import { createJavaScriptRegexEngine } from '@shikijs/engine-javascript';
import python from '@shikijs/langs/python';
import typescript from '@shikijs/langs/typescript';
import javascript from '@shikijs/langs/javascript';
import bash from '@shikijs/langs/bash';
import sql from '@shikijs/langs/sql';
import json from '@shikijs/langs/json';
import yaml from '@shikijs/langs/yaml';
import githubLight from '@shikijs/themes/github-light';
import githubDark from '@shikijs/themes/github-dark';
import type { CodeLanguage } from '@octavo/core';

/** The light and dark themes every format highlights with. */
export const CODE_THEMES = { light: 'github-light', dark: 'github-dark' } as const;

let highlighter: HighlighterCore | undefined;

/**
 * The one Shiki highlighter of a process, created on first use (it costs ~0.2 s) and synchronous:
 * the JavaScript regex engine needs no WebAssembly, so rendering stays a plain function.
 */
export function getHighlighter(): HighlighterCore {
  highlighter ??= createHighlighterCoreSync({
    themes: [githubLight, githubDark],
    langs: [python, typescript, javascript, bash, sql, json, yaml],
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

/** One highlighted token: its text and its colour in the light and the dark theme. */
export interface CodeToken {
  content: string;
  light: string;
  dark: string;
  fontStyle: 'normal' | 'italic' | 'bold';
}

const styleOf = (token: ThemedToken): CodeToken['fontStyle'] => ((token.fontStyle ?? 0) & 1 ? 'italic' : (token.fontStyle ?? 0) & 2 ? 'bold' : 'normal');

/**
 * Highlights code into lines of tokens. The PDF renderer draws these; the HTML renderer turns the
 * same tokens into spans, so there is one highlighter for every format.
 */
export function highlightTokens(source: string, language: CodeLanguage | string): CodeToken[][] {
  const lang = getHighlighter().getLoadedLanguages().includes(language) ? language : 'text';
  if (lang === 'text') return source.split('\n').map((line) => [{ content: line, light: '#24292e', dark: '#e1e4e8', fontStyle: 'normal' }]);
  const { tokens } = getHighlighter().codeToTokens(source, { lang, themes: CODE_THEMES });
  return tokens.map((line) =>
    line.map((token) => {
      const colours = token.htmlStyle as Record<string, string> | undefined;
      return {
        content: token.content,
        light: colours?.color ?? token.color ?? '#24292e',
        dark: colours?.['--shiki-dark'] ?? '#e1e4e8',
        fontStyle: styleOf(token),
      };
    }),
  );
}
