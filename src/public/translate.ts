/** rb-migrate/translate: re-exports rb-migrate-runtime/translate (same objects). */
export * from 'rb-migrate-runtime/translate';
