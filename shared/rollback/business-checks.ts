// Business checks for the systems that have them (from the reference papers'
// cutover rehearsal and hypercare practice): a transaction a user would make.

const CHECKS: [RegExp, string][] = [
  [/odoo|erp/i, 'Post a test invoice and a stock move in {system}, and check the accounting entry.'],
  [/schedul|booking/i, 'Book, move and cancel a test appointment in {system}.'],
  [/payroll/i, 'Run a payroll export dry run from {system} and compare the file with the last one.'],
  [/payment/i, 'Take a test card payment through the PSP sandbox in {system} and see it reconciled.'],
  [/ehr|hl7|fhir/i, 'Send a test ADT message through {system} and see it arrive at the other end.'],
  [/portal/i, 'Sign in to {system} as a test patient and open a record.'],
  [/identity|sso|idp/i, 'Sign in through {system} with MFA to two applications.'],
  [/pharmacy|procurement/i, 'Raise a test purchase order in {system} and see it synchronised.'],
];

/** The business check for a system, or undefined when none is known for it. */
export function businessCheck(system: string): string | undefined {
  const found = CHECKS.find(([pattern]) => pattern.test(system));
  return found?.[1].replace('{system}', system);
}
