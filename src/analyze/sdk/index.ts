/** SDK migration planner: V1 SDK calls (aio-lib-photoshop-api, photoshop-apis) → rb-migrate runtime client. */
export { planSdkMigration } from './plan-sdk-migration.ts';
export { findSdkImports } from './find-sdk-imports.ts';
export { traceSdkClients } from './trace-sdk-clients.ts';
export { SDKS, RUNTIME_MODULE } from 'rb-migrate-runtime/mapping';
export type { SdkMigrationPlan, SdkPlanOptions, SdkProjectContext, SdkTodo } from './types.ts';
export { collectSdkProject } from './collect-sdk-project.ts';
