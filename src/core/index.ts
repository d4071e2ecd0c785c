export * from './grid';
export * from './model';
export * from './findings';
export * from './settings';
