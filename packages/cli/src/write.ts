import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { OutputFile } from '@octavo/core';

/**
 * Writes a format's files atomically: everything goes into a temporary sibling folder first, which
 * then replaces `dir` in one rename. A failed build leaves the previous output untouched.
 */
export async function writeAtomically(dir: string, files: OutputFile[]): Promise<void> {
  const staging = `${dir}.octavo-staging-${process.pid}`;
  const retired = `${dir}.octavo-retired-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    for (const file of files) {
      const target = join(staging, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.data);
    }
    await mkdir(dirname(dir), { recursive: true });
    await rm(retired, { recursive: true, force: true });
    await rename(dir, retired).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(staging, dir);
    await rm(retired, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
