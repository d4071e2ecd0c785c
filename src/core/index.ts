export * from './grid';
export * from './model';
export * from './findings';
export * from './settings';
export * from './parse';
export * from './validate';
