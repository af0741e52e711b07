// Every glossary entry, gathered from one file per question. Link a use with `gloss(glossary.key)`.
import { q01Glossary } from './q01.js';
import { q05Glossary } from './q05.js';
import { q13Glossary } from './q13.js';
import { q20Glossary } from './q20.js';
import { q22Glossary } from './q22.js';

export const glossary = {
  ...q01Glossary,
  ...q05Glossary,
  ...q13Glossary,
  ...q20Glossary,
  ...q22Glossary,
};
