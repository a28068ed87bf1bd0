import { V1_PATHS } from '../../mapping/endpoints.ts';

/** The V1-looking status URL of a sealed job id: `<base>/sensei/status/<id>`. */
export function buildStatusLink(publicBase: string, id: string): string {
  return `${publicBase.replace(/\/+$/, '')}${V1_PATHS.statusPrefix}${id}`;
}
