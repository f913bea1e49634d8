import type { DataClass } from '../domain/enums.js';

// Yes/no columns that say whether a workload holds a kind of data: "Contains PHI? (Y/N)",
// "PII", "Personal data", "PCI", "Payment card data". Mapped as a flag: a yes adds the
// data class, a no removes nothing (another column may have added it).

/** What the header asks about, once the question's words are taken off. */
const SUBJECTS: Record<string, DataClass> = {
  phi: 'phi',
  ephi: 'phi',
  'e phi': 'phi',
  'patient data': 'phi',
  'health data': 'phi',
  'health information': 'phi',
  'medical data': 'phi',
  'clinical data': 'phi',
  'protected health information': 'phi',
  pii: 'pii',
  'personal data': 'pii',
  'personal information': 'pii',
  'personally identifiable information': 'pii',
  'gdpr data': 'pii',
  'gdpr relevant': 'pii',
  gdpr: 'pii',
  'personenbezogene daten': 'pii',
  pci: 'financial',
  'pci data': 'financial',
  'pci dss': 'financial',
  'pci scope': 'financial',
  'in pci scope': 'financial',
  'payment card data': 'financial',
  'cardholder data': 'financial',
  'card data': 'financial',
  'credit card data': 'financial',
  'financial data': 'financial',
  'hr data': 'workforce',
  'employee data': 'workforce',
  'payroll data': 'workforce',
};

/** "Contains PHI? (Y/N)" → "phi": brackets, the question mark and words like "contains" taken off. */
function subject(header: string): string {
  return header
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]/g, ' ')
    .replace(/[?:!*]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(contains|contain|has|holds|hold|stores|store|processes|process|uses|any|is|flag|yes no|y n)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The data class a yes/no column adds, guessed from its header. */
export function flagClassOf(header: string): DataClass | undefined {
  return SUBJECTS[subject(header)];
}
