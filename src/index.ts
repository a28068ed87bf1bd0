/** rb-migrate library entry. The translator alone is `rb-migrate/translate`. */
export * from './translate/index.ts';
