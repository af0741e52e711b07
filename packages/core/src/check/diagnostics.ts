/** How bad a diagnostic is: errors stop a build, warnings do not (unless `--strict`), info only reports. */
export type Severity = 'error' | 'warning' | 'info';

/** One problem, located. Validation collects these; it never throws. */
export interface Diagnostic {
  /** Permanent kebab-case id, e.g. `unknown-reference`. */
  ruleId: RuleId;
  /** Where, as a reader can follow it: `q22 › solution › steps[2]`. */
  path: string;
  message: string;
  severity: Severity;
}

/** Every rule, with its severity and what it checks. The ids are permanent. */
export const RULES = {
  'invalid-field': { severity: 'error', about: 'a field has the wrong type or an invalid value' },
  'missing-field': { severity: 'error', about: 'a required field is absent' },
  'missing-part': { severity: 'error', about: 'a written question lacks one of the nine parts' },
  'duplicate-id': { severity: 'error', about: 'two things share an id' },
  'duplicate-slug': { severity: 'error', about: 'two questions or chapters share a slug' },
  'duplicate-label': { severity: 'error', about: 'two boxes or equations in one question share a label' },
  'duplicate-number': { severity: 'error', about: 'two questions or chapters share a number' },
  'id-number-mismatch': { severity: 'error', about: 'a question id does not match its number (q07 must be number 7)' },
  'unknown-reference': { severity: 'error', about: 'a cross-reference names nothing in the book' },
  'unknown-citation': { severity: 'error', about: 'a citation names a paper not in the book' },
  'unknown-glossary-term': { severity: 'error', about: 'a glossary reference names no glossary entry' },
  'unknown-related-question': { severity: 'error', about: '`related` names a question not in the book' },
  'unknown-code-language': { severity: 'error', about: 'a code block uses a language Octavo does not know' },
  'invalid-math': { severity: 'error', about: 'TeX that does not parse' },
  'raw-html': { severity: 'error', about: 'raw HTML in prose' },
  'inline-node-in-literal': { severity: 'error', about: 'a reference or term interpolated inside code, math or a URL' },
  'unsupported-markdown': { severity: 'error', about: 'Markdown Octavo cannot render in every format (images, footnotes)' },
  'heading-level-skip': { severity: 'warning', about: 'a prose heading skips a level (prose headings are relative: # is one level below the section)' },
  'paper-never-cited': { severity: 'warning', about: 'a paper in the book is never cited' },
  'glossary-term-unused': { severity: 'warning', about: 'a glossary entry is never referenced' },
  'part-empty': { severity: 'warning', about: 'a part of a question has no text' },
  'question-too-short': { severity: 'warning', about: 'fewer than 2,000 prose words' },
  'question-too-long': { severity: 'warning', about: 'more than 3,500 prose words' },
  'too-few-examples': { severity: 'warning', about: 'fewer than two worked examples (ex boxes)' },
  'too-few-papers': { severity: 'warning', about: 'fewer than three related papers' },
  'paper-without-relevance': { severity: 'warning', about: 'a related paper lacks its contribution or relevance note' },
  'too-few-follow-ups': { severity: 'warning', about: 'fewer than three follow-up questions' },
  'takeaway-count': { severity: 'warning', about: 'not four to seven takeaways' },
  'too-few-cross-references': { severity: 'warning', about: 'fewer than two references to other questions' },
  'runnable-code-without-output': { severity: 'warning', about: 'a runnable code block has no expected output' },
  'code-output-mismatch': { severity: 'error', about: 'a runnable code block printed something other than its expected output (check --run-code)' },
  'draft-question': { severity: 'info', about: 'a question is still a draft and is left out of builds' },
} as const satisfies Record<string, { severity: Severity; about: string }>;

export type RuleId = keyof typeof RULES;

/** Makes a diagnostic with the rule's severity. */
export function diagnostic(ruleId: RuleId, path: string, message: string): Diagnostic {
  return { ruleId, path, message, severity: RULES[ruleId].severity };
}

/** Joins path segments the way messages show them. */
export const joinPath = (...segments: (string | undefined)[]) => segments.filter(Boolean).join(' › ');

/** One line per diagnostic, for terminals: `error q22 › trap: message [rule-id]`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.severity} ${d.path}: ${d.message} [${d.ruleId}]`;
}
