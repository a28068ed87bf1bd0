// Wrapper module re-exporting the SDK (e.g. to pin one version for the project).
export * from '@adobe/aio-lib-photoshop-api';
