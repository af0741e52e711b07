/**
 * The site's small scripts, served as files (never inline) so pages keep a strict Content Security
 * Policy. None is needed to read: math is MathML, code is highlighted at build time.
 */

/** Runs in <head>: applies the saved theme before the first paint. */
export const themeScript = `(function () {
  try {
    var saved = localStorage.getItem('octavo-theme');
    if (saved === 'dark' || saved === 'light') document.documentElement.setAttribute('data-theme', saved);
  } catch (e) {}
})();
`;

/** Theme toggle, search (MiniSearch over a prebuilt index, offline), and printing everything. */
export const siteScript = `(function () {
  var root = document.documentElement;
  var toggle = document.querySelector('.theme-toggle');
  function current() {
    var set = root.getAttribute('data-theme');
    if (set) return set;
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  function show() { if (toggle) toggle.setAttribute('aria-pressed', String(current() === 'dark')); }
  if (toggle) {
    toggle.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem('octavo-theme', next); } catch (e) {}
      show();
    });
    show();
  }

  // Printing shows the answers hidden by practice mode.
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details.reveal').forEach(function (d) { d.setAttribute('open', ''); });
  });

  var input = document.getElementById('search-input');
  var results = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!input || !results) return;
  var search = null;
  var waiting = null;
  var base = document.body.getAttribute('data-base') || '';
  function load(done) {
    if (search) return done();
    if (waiting) { waiting.push(done); return; }
    waiting = [done];
    // A script tag, not fetch: it works from file:// as well as from a server.
    var script = document.createElement('script');
    script.src = base + 'assets/search-index.js';
    script.onload = function () {
      var data = window.OCTAVO_SEARCH;
      search = MiniSearch.loadJS(data.index, data.options);
      waiting.forEach(function (callback) { callback(); });
    };
    document.head.appendChild(script);
  }
  function render() {
    var query = input.value.trim();
    results.textContent = '';
    if (!query) { if (status) status.textContent = ''; return; }
    var hits = search.search(query, { prefix: true, fuzzy: 0.15, boost: { title: 2 } }).slice(0, 12);
    hits.forEach(function (hit) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = base + hit.url;
      a.textContent = hit.title;
      var small = document.createElement('small');
      small.textContent = hit.excerpt;
      li.appendChild(a);
      li.appendChild(small);
      results.appendChild(li);
    });
    if (status) status.textContent = hits.length + (hits.length === 1 ? ' result' : ' results');
  }
  input.addEventListener('focus', function () { load(function () {}); });
  input.addEventListener('input', function () { load(render); });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { input.value = ''; render(); }
  });
  var form = input.form;
  if (form) form.addEventListener('submit', function (event) {
    event.preventDefault();
    var first = results.querySelector('a');
    if (first) window.location.href = first.href;
  });
})();
`;

/**
 * <octavo-question src="…/api/questions/q22.json" theme="light|dark">: loads a question's JSON and
 * shows it in a Shadow DOM, so neither the host page's CSS nor ours leaks across. Styles go in
 * through a constructed stylesheet, which a Content Security Policy does not block.
 */
export const customElementScript = `(function () {
  if (customElements.get('octavo-question')) return;
  class OctavoQuestion extends HTMLElement {
    static get observedAttributes() { return ['src', 'theme']; }
    connectedCallback() { this.load(); }
    attributeChangedCallback() { if (this.isConnected) this.load(); }
    async load() {
      var src = this.getAttribute('src');
      if (!src) return;
      var shadow = this.shadowRoot || this.attachShadow({ mode: 'open' });
      try {
        var response = await fetch(src);
        if (!response.ok) throw new Error(response.status + ' ' + response.statusText);
        var data = await response.json();
        var sheet = new CSSStyleSheet();
        sheet.replaceSync(data.fragment.css);
        shadow.adoptedStyleSheets = [sheet];
        var template = document.createElement('template');
        template.innerHTML = data.fragment.html;
        var fragment = template.content.firstElementChild;
        if (fragment && this.getAttribute('theme')) fragment.setAttribute('data-theme', this.getAttribute('theme'));
        shadow.replaceChildren(template.content);
        this.dispatchEvent(new CustomEvent('octavo-load', { detail: { id: data.id } }));
      } catch (error) {
        shadow.textContent = 'Could not load the question (' + error.message + ').';
      }
    }
  }
  customElements.define('octavo-question', OctavoQuestion);
})();
`;
