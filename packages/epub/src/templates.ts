/**
 * EJS templates handed to epub-gen-memory in place of its own, so the package document carries
 * what its defaults lack: a fixed modified date, accessibility metadata, `properties="mathml"` on
 * chapters with MathML, the cover image, and a navigation document with nested contents and
 * landmarks. (`<%= %>` escapes; `<%- %>` inserts markup we built.)
 */

export const contentOpf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="BookId" xml:lang="<%= lang %>" prefix="schema: http://schema.org/">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="BookId"><%= id %></dc:identifier>
    <dc:title id="title"><%= title %></dc:title>
    <meta refines="#title" property="title-type">main</meta>
<% if (octavo.subtitle) { %>    <dc:title id="subtitle"><%= octavo.subtitle %></dc:title>
    <meta refines="#subtitle" property="title-type">subtitle</meta>
<% } %>    <dc:creator id="creator"><%= author.join(', ') %></dc:creator>
    <dc:language><%= lang %></dc:language>
    <dc:date><%= octavo.date %></dc:date>
<% if (description) { %>    <dc:description><%= description %></dc:description>
<% } %>    <meta property="dcterms:modified"><%= octavo.modified %></meta>
    <meta name="cover" content="cover-image"/>
    <meta property="schema:accessMode">textual</meta>
    <meta property="schema:accessModeSufficient">textual</meta>
    <meta property="schema:accessibilityFeature">structuralNavigation</meta>
    <meta property="schema:accessibilityFeature">tableOfContents</meta>
    <meta property="schema:accessibilityFeature">index</meta>
    <meta property="schema:accessibilityFeature">readingOrder</meta>
    <meta property="schema:accessibilityFeature">MathML</meta>
    <meta property="schema:accessibilityFeature">describedMath</meta>
    <meta property="schema:accessibilityHazard">none</meta>
    <meta property="schema:accessibilitySummary"><%= octavo.accessibilitySummary %></meta>
  </metadata>
  <manifest>
    <item id="nav" href="toc.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="css" href="style.css" media-type="text/css"/>
    <item id="cover-image" href="cover.<%= cover.extension %>" media-type="<%= cover.mediaType %>" properties="cover-image"/>
<% content.forEach(function (chapter) { %>    <item id="<%= chapter.id %>" href="<%= chapter.filename %>" media-type="application/xhtml+xml"<% if (chapter.content.indexOf('<math') !== -1) { %> properties="mathml"<% } %>/>
<% }) %>  </manifest>
  <spine>
<% content.forEach(function (chapter) { %><% if (chapter.beforeToc) { %>    <itemref idref="<%= chapter.id %>"/>
<% } %><% }) %>    <itemref idref="nav"/>
<% content.forEach(function (chapter) { %><% if (!chapter.beforeToc) { %>    <itemref idref="<%= chapter.id %>"/>
<% } %><% }) %>  </spine>
</package>
`;

export const tocXhtml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="<%= lang %>" lang="<%= lang %>">
<head>
  <meta charset="UTF-8"/>
  <title><%= tocTitle %></title>
  <link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body>
  <nav epub:type="toc" id="toc" role="doc-toc">
    <h1><%= tocTitle %></h1>
<%- octavo.toc %>
  </nav>
  <nav epub:type="landmarks" id="landmarks" hidden="hidden">
    <h2>Landmarks</h2>
<%- octavo.landmarks %>
  </nav>
</body>
</html>
`;

export const chapterXhtml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="<%= lang %>" lang="<%= lang %>">
<head>
  <meta charset="UTF-8"/>
  <title><%= title %></title>
  <link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body epub:type="<%= epubType %>">
<%- content %>
</body>
</html>
`;
