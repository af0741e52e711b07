// The book's ids, registered with Octavo so that a reference to a question, chapter or section
// that does not exist is a type error, not only a validation error.
declare module '@octavo/core' {
  interface Register {
    questionId: 'q01' | 'q02' | 'q03' | 'q04' | 'q05' | 'q06' | 'q07' | 'q08' | 'q09' | 'q10' | 'q11' | 'q12' | 'q13' | 'q14' | 'q15' | 'q16' | 'q17' | 'q18' | 'q19' | 'q20' | 'q21' | 'q22' | 'q23' | 'q24' | 'q25';
    chapterId: 'ch1' | 'ch2' | 'ch3' | 'ch4' | 'ch5' | 'ch6';
    sectionId: 'introduction' | 'quick-reference' | 'interview-tips';
  }
}

export {};
