// TEMPORARY until the decision-table page reads the flow (issue 11 merge).
import { staticParams } from './flow';
export const organisationParams = () => staticParams('purpose');
