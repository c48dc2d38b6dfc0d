export * from './span.ts';
export * from './issues.ts';
export * from './document.ts';
export * from './corpus.ts';
export * from './stage.ts';
export * from './pipeline.ts';
