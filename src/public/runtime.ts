/** rb-migrate/runtime: re-exports rb-migrate-runtime (same objects). */
export * from 'rb-migrate-runtime';
