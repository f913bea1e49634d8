import type { Control } from './control.js';

// ISO/IEC 27001:2022 controls the findings concern: Annex A, Table A.1 (the controls of
// ISO/IEC 27002:2022, clauses 5 to 8), with the standard's titles.

const STANDARD = 'ISO/IEC 27001:2022 Information security, cybersecurity and privacy protection: Information security management systems: Requirements';
const ISO = 'https://www.iso.org/standard/27001';

function iso(id: string, title: string, gist: string): Control {
  return { framework: 'ISO 27001', id, title, gist, source: { document: STANDARD, section: `Annex A, Table A.1, control ${id.slice(2)}`, url: ISO } };
}

export const ISO_27001_CONTROLS: readonly Control[] = [
  iso('A.5.9', 'Inventory of information and other associated assets', 'Keep an inventory of information and assets, with their owners.'),
  iso('A.5.12', 'Classification of information', 'Classify information by its confidentiality, integrity and availability needs and legal requirements.'),
  iso('A.5.16', 'Identity management', 'Manage the whole life of identities that reach information and systems.'),
  iso('A.5.23', 'Information security for use of cloud services', 'Set how cloud services are acquired, used, managed and left, to the organization’s security requirements.'),
  iso('A.5.30', 'ICT readiness for business continuity', 'Plan, build, keep up and test ICT readiness to the business continuity objectives (recovery times among them).'),
  iso('A.5.34', 'Privacy and protection of PII', 'Meet the legal, regulatory and contractual requirements that protect personal data.'),
  iso('A.8.6', 'Capacity management', 'Monitor and adjust the use of resources to current and expected capacity needs.'),
  iso('A.8.9', 'Configuration management', 'Establish, document, implement, monitor and review the configurations of hardware, software, services and networks.'),
  iso('A.8.11', 'Data masking', 'Mask data (personal data in particular) as the access policy, business needs and the law require.'),
  iso('A.8.13', 'Information backup', 'Keep backup copies of information, software and systems and test them regularly.'),
  iso('A.8.14', 'Redundancy of information processing facilities', 'Build in enough redundancy to meet availability requirements.'),
  iso('A.8.16', 'Monitoring activities', 'Monitor networks, systems and applications for anomalous behaviour and act on it.'),
  iso('A.8.20', 'Networks security', 'Secure, manage and control networks and devices to protect the information in systems and applications.'),
  iso('A.8.22', 'Segregation of networks', 'Segregate groups of information services, users and systems in the networks.'),
  iso('A.8.24', 'Use of cryptography', 'Define and apply rules for using cryptography, key management included.'),
  iso('A.8.31', 'Separation of development, test and production environments', 'Keep development, test and production environments apart and secured.'),
  iso('A.8.32', 'Change management', 'Subject changes to information processing facilities and systems to change management procedures.'),
  iso('A.8.33', 'Test information', 'Select, protect and manage the information used for testing appropriately.'),
];
