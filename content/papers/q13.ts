import { definePaper } from '@octavo/core';

// Papers for Q13, The Flat Loss Trap.
export const q13Papers = {
  zhang2017: definePaper({
    id: 'zhang2017',
    title: 'Understanding deep learning requires rethinking generalization',
    authors: ['Chiyuan Zhang', 'Samy Bengio', 'Moritz Hardt', 'Benjamin Recht', 'Oriol Vinyals'],
    year: 2017,
    venue: 'International Conference on Learning Representations (ICLR 2017)',
    type: 'inproceedings',
    arxiv: '1611.03530',
  }),
  karpathy2019: definePaper({
    id: 'karpathy2019',
    title: 'A Recipe for Training Neural Networks',
    authors: ['Andrej Karpathy'],
    year: 2019,
    venue: 'Andrej Karpathy blog, 25 April 2019',
    type: 'online',
    url: 'https://karpathy.github.io/2019/04/25/recipe/',
  }),
  smith2017: definePaper({
    id: 'smith2017',
    title: 'Cyclical Learning Rates for Training Neural Networks',
    authors: ['Leslie N. Smith'],
    year: 2017,
    venue: 'IEEE Winter Conference on Applications of Computer Vision (WACV 2017)',
    type: 'inproceedings',
    pages: '464–472',
    doi: '10.1109/WACV.2017.58',
    arxiv: '1506.01186',
  }),
  goodfellow2016: definePaper({
    id: 'goodfellow2016',
    title: 'Deep Learning',
    authors: ['Ian Goodfellow', 'Yoshua Bengio', 'Aaron Courville'],
    year: 2016,
    venue: 'MIT Press (chapter 11, "Practical Methodology", §11.5 "Debugging Strategies")',
    type: 'book',
    url: 'https://www.deeplearningbook.org/contents/guidelines.html',
  }),
  glorot2010: definePaper({
    id: 'glorot2010',
    title: 'Understanding the difficulty of training deep feedforward neural networks',
    authors: ['Xavier Glorot', 'Yoshua Bengio'],
    year: 2010,
    venue: 'Proceedings of the 13th International Conference on Artificial Intelligence and Statistics (AISTATS 2010), PMLR 9',
    type: 'inproceedings',
    pages: '249–256',
    url: 'https://proceedings.mlr.press/v9/glorot10a.html',
  }),
};
