/** Schema checks for tests, through the one runtime validator (src/report/validate.ts). */
import { LayerlintError } from '../../src/common/errors.js';
import { validateReports } from '../../src/report/validate.js';

/** Validate a parsed report (or array of reports); returns the validator's message, or null when valid. */
export function schemaErrors(value: unknown): string | null {
  try {
    validateReports(value, 'report');
    return null;
  } catch (err) {
    if (err instanceof LayerlintError) return err.message;
    throw err;
  }
}
