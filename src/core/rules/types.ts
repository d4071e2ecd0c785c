import type { Rule } from '../findings';
import type { Settings } from '../settings';

/**
 * A catalogue rule. `isConfigured` lets an off-by-default rule (spend/pacing) switch itself on when the
 * user configured what it needs, besides an explicit severity in `settings.rules`.
 */
export interface CatalogueRule extends Rule {
  isConfigured?(settings: Settings): boolean;
}
