import { describe, expect, it } from 'vitest';
import { box, code, compileBook, defineBook, defineChapter, definePaper, defineQuestion, defineTerm, draftQuestion, gloss, md, ref, type BookInput, type CompleteQuestionInput } from './index.js';
import kitchenSink from '../../../test/fixtures/kitchen-sink/index.js';

const base = (kitchenSink as { chapters: { questions: CompleteQuestionInput[] }[] }).chapters[0]!.questions[1]!;

/** The kitchen-sink book with its written question replaced. */
function withQuestion(question: CompleteQuestionInput, extra: Partial<BookInput> = {}): BookInput {
  return defineBook({
    ...(kitchenSink as BookInput),
    chapters: [defineChapter({ id: 'ch1', number: 1, slug: 'one', title: 'One', focus: 'f', questions: [draftQuestion({ id: 'q01', number: 1, slug: 'a', title: 'A' }), question] })],
    ...extra,
  });
}

const rules = (input: BookInput) => compileBook(input).diagnostics.map((d) => `${d.severity} ${d.ruleId} ${d.path}`);

describe('validation rules', () => {
  it('unknown-code-language names the block and lists the languages', () => {
    const result = compileBook(withQuestion({ ...base, whyItWorks: [code({ language: 'cobol', source: 'x' })] }));
    const problem = result.diagnostics.find((d) => d.ruleId === 'unknown-code-language')!;
    expect(problem.path).toBe('q02 › whyItWorks');
    expect(problem.message).toContain('"cobol"');
    expect(problem.message).toContain('python');
  });

  it('duplicate-label', () => {
    const twice = [box.ex({ title: 'a', label: 'same', body: 'x' }), box.ex({ title: 'b', label: 'same', body: 'y' })];
    expect(rules(withQuestion({ ...base, whyItWorks: twice }))).toContain('error duplicate-label q02 › whyItWorks[1]');
  });

  it('raw-html', () => {
    expect(rules(withQuestion({ ...base, whyItWorks: md`Hello <b>world</b>` }))).toContain('error raw-html q02 › whyItWorks');
  });

  it('unknown-glossary-term', () => {
    expect(rules(withQuestion({ ...base, whyItWorks: md`A ${gloss({ id: 'nope' })}.` }))).toContain('error unknown-glossary-term q02 › whyItWorks');
  });

  it('inline-node-in-literal', () => {
    const slotInCode = { kind: 'prose' as const, source: '`\uE0000\uE001`', slots: [{ kind: 'xref' as const, target: 'q01' }] };
    expect(rules(withQuestion({ ...base, whyItWorks: slotInCode }))).toContain('error inline-node-in-literal q02 › whyItWorks');
  });

  it('paper-never-cited and glossary-term-unused are warnings', () => {
    const unused = definePaper({ id: 'unused2020', title: 'Unused', authors: ['A'], year: 2020, venue: 'V' });
    const spare = defineTerm({ id: 'spare', term: 'spare', definition: 'never used' });
    const input = withQuestion(base, { papers: [...((kitchenSink as BookInput).papers ?? []), unused], glossary: [...((kitchenSink as BookInput).glossary ?? []), spare] });
    expect(rules(input)).toEqual(expect.arrayContaining(['warning paper-never-cited papers › unused2020', 'warning glossary-term-unused glossary › spare']));
  });

  it('id-number-mismatch and unknown-related-question', () => {
    const input = withQuestion({ ...base, number: 3, related: ['q09'] });
    expect(rules(input)).toEqual(expect.arrayContaining(['error id-number-mismatch q02', 'error unknown-related-question q02 › related[0]']));
  });

  it('a question that references itself does not count as a cross-reference', () => {
    const q = defineQuestion({ ...base, id: 'q02', explore: md`${ref('q02#trap')}` } as Parameters<typeof defineQuestion>[0]);
    const report = compileBook(withQuestion(q)).questions.find((row) => row.id === 'q02')!;
    expect(report.crossRefs).toBe(1);
  });
});
