// Type-level tests, checked by `tsc` in `npm test`: a reference to something the book does not
// have must not compile. Each @ts-expect-error fails the typecheck if the line compiles.
import '../../content/register.js';
import { cite, ref } from '@octavo/core';
import { papers } from '../../content/papers/index.js';

ref('q22');
ref('q22#solution');
ref('ch1');
ref('introduction');
cite(papers.blanchard2021);

// @ts-expect-error q99 is not a question of the book
ref('q99');
// @ts-expect-error ch9 is not a chapter of the book
ref('ch9');
// @ts-expect-error no such paper
cite(papers.noSuchPaper2020);
