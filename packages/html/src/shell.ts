import Handlebars from 'handlebars';

/** The Content Security Policy of every page: nothing inline, nothing from elsewhere. */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'";

/** The page shell; `content`, `contents` and the pager are prebuilt (escaped) HTML. */
const template = Handlebars.compile<ShellData>(
  `<!DOCTYPE html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{{csp}}">
<title>{{title}}</title>
{{#if description}}<meta name="description" content="{{description}}">
{{/if}}<link rel="stylesheet" href="assets/style.css">
<script src="assets/theme.js"></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<a class="site-title" href="index.html">{{bookTitle}}</a>
<form class="search" role="search">
<label class="visually-hidden" for="search-input">Search the book</label>
<input id="search-input" type="search" placeholder="Search the book" autocomplete="off" aria-describedby="search-status">
<ul class="search-results" id="search-results" aria-label="Search results"></ul>
<p class="visually-hidden" id="search-status" aria-live="polite"></p>
</form>
<button type="button" class="theme-toggle" aria-pressed="false">Dark mode</button>
</header>
<div class="layout">
<nav class="sidebar" aria-label="Contents">
{{{contents}}}
</nav>
<main id="main">
{{{content}}}
</main>
</div>
<nav class="pager" aria-label="Previous and next page">
{{#if previous}}<a rel="prev" href="{{previous.file}}">← {{previous.title}}</a>{{else}}<span></span>{{/if}}
{{#if next}}<a rel="next" href="{{next.file}}">{{next.title}} →</a>{{/if}}
</nav>
<footer class="site-footer">{{bookTitle}} · {{author}}</footer>
<script src="assets/minisearch.js"></script>
<script src="assets/site.js"></script>
</body>
</html>
`,
);

export interface ShellData {
  language: string;
  csp: string;
  title: string;
  description?: string;
  bookTitle: string;
  author: string;
  contents: string;
  content: string;
  previous?: { file: string; title: string };
  next?: { file: string; title: string };
}

export const pageShell = (data: ShellData) => template(data);
