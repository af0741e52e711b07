import { spawnSync } from 'node:child_process';
import type { CodeNode, ResolvedBook, BlockNode, PartNode } from '@octavo/core';

export interface CodeRun {
  block: CodeNode;
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** Every runnable code block of the book, in reading order. */
export function runnableBlocks(book: ResolvedBook): CodeNode[] {
  const blocks: CodeNode[] = [];
  const visit = (nodes: readonly (BlockNode | PartNode['children'][number])[]) => {
    for (const node of nodes) {
      if (node.type === 'code' && node.runnable) blocks.push(node);
      if (node.type === 'box' || node.type === 'subsection') visit(node.children);
    }
  };
  for (const node of [...book.front, ...book.back]) if (node.type === 'section') visit(node.children);
  for (const chapter of book.chapters) {
    visit(chapter.intro);
    for (const question of chapter.questions) for (const part of question.parts) visit(part.children);
  }
  return blocks;
}

/** The interpreter for Python blocks: `OCTAVO_PYTHON`, else `python3`. */
const python = () => process.env.OCTAVO_PYTHON ?? 'python3';

const INTERPRETERS: Record<string, () => string[]> = {
  python: () => [python(), '-'],
  javascript: () => [process.execPath, '--input-type=module', '-'],
  bash: () => ['bash', '-s'],
};

/** Runs one block and compares its standard output with the expected output. */
export function runBlock(block: CodeNode): CodeRun {
  const command = INTERPRETERS[block.language]?.();
  if (!command) return { block, ok: false, stdout: '', stderr: `no runner for ${block.language}` };
  const [program, ...args] = command as [string, ...string[]];
  const result = spawnSync(program, args, { input: block.source, encoding: 'utf8', timeout: 60_000 });
  const stdout = result.stdout ?? '';
  const stderr = (result.stderr ?? '') + (result.error ? String(result.error) : '');
  const ok = result.status === 0 && normalise(stdout) === normalise(block.output ?? '');
  return { block, ok, stdout, stderr };
}

/** Trailing spaces and final newlines never matter to a reader. */
const normalise = (text: string) => text.replace(/[ \t]+$/gm, '').replace(/\n+$/, '');
