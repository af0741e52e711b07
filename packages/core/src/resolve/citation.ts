import type { Paper } from '../model/paper.js';

/** "A", "A and B", "A, B, and C", or "A, B, C, et al." beyond four authors. */
export function formatAuthors(authors: readonly string[]): string {
  if (authors.length > 4) return `${authors.slice(0, 3).join(', ')}, et al.`;
  if (authors.length <= 2) return authors.join(' and ');
  return `${authors.slice(0, -1).join(', ')}, and ${authors.at(-1)}`;
}

/** The paper's canonical link: DOI first, then arXiv, then its URL. */
export function paperUrl(paper: Paper): string | undefined {
  if (paper.doi) return `https://doi.org/${paper.doi}`;
  if (paper.arxiv) return `https://arxiv.org/abs/${paper.arxiv}`;
  return paper.url;
}

/** The parts of a bibliography entry, in the order every format prints them. */
export function referenceParts(paper: Paper) {
  return {
    authors: formatAuthors(paper.authors),
    year: String(paper.year),
    title: paper.title,
    venue: paper.venue + (paper.pages ? `, pp. ${paper.pages}` : ''),
    identifier: paper.doi ? `doi:${paper.doi}` : paper.arxiv ? `arXiv:${paper.arxiv}` : undefined,
    url: paperUrl(paper),
  };
}
