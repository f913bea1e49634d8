import type { ReadinessCheck } from '../domain/enums.js';

// The one table of which controls each kind of finding concerns (docs/domain-rules.md,
// "Controls"), keyed by the rule id a finding carries (shared/report/finding-stage.ts,
// FINDING_CHECK_NAMES: the estate's checks, the planner's `plan:<kind>` and the runbooks').
// Every kind is either mapped, each control with the one-line reason it concerns it and
// the source the mapping rests on, or marked as no control matter with why; a unit test
// enumerates the kinds from the code, so a new kind without an entry fails it.
// Sources: the control's own words (cited by section in hipaa.ts, gdpr.ts, iso-27001.ts)
// and, where they support the mapping, the reference papers in /work/shared/reference
// (cited by file and line).

export interface ControlMapping {
  /** The control's label: "HIPAA 164.312(e)(1)" (control.ts, controlLabel). */
  control: string;
  /** Why this kind of finding concerns it, in one line. */
  reason: string;
  /** What the mapping rests on: the provision's words, and a reference paper where one supports it. */
  source: string;
  /**
   * Only for a finding about one of these aspects (Finding.aspects: for a readiness finding,
   * the checks it misses), so a workload that misses only monitoring is not counted against
   * the backup controls.
   */
  onlyFor?: readonly string[];
}

export type FindingControls = { controls: readonly ControlMapping[] } | { notAControlMatter: string };

const ARCH = 'healthcare-cloud-security-architecture.txt';
const GAP = 'healthcare-cloud-security-gap-assessment.txt';
const GOV = 'healthcare-erp-deployment-governance.txt';
const SEG = 'healthcare-erp-network-segmentation.txt';
const SAAS = 'healthcare-saas-cloud-compliance.txt';
const paper = (file: string, line: number, says: string) => `${file}, line ${line}: “${says}”`;

const on = (control: string, reason: string, ...sources: string[]): ControlMapping => ({ control, reason, source: sources.join('; ') });
/** A readiness finding concerns this control only when it misses one of `checks`. */
const whenMissing = (checks: readonly ReadinessCheck[], mapping: ControlMapping): ControlMapping => ({ ...mapping, onlyFor: checks });
const BACKUP: readonly ReadinessCheck[] = ['backup-restore-tested'];

// A dependency whose two ends move in different waves works across the data centre and
// the cloud until both have moved: its data travels over the link between them.
const hybridLink = (why: string): ControlMapping[] => [
  on(
    'HIPAA 164.312(e)(1)',
    `${why}: PHI on the dependency crosses a network until both have moved.`,
    '§ 164.312(e)(1): guard ePHI transmitted over an electronic communications network',
    paper(ARCH, 23, 'Encrypt data in transit'),
  ),
  on(
    'GDPR Art. 32(1)(a)',
    'Personal data on the link between the data centre and the cloud must be encrypted in transit.',
    'Art. 32(1)(a): encryption of personal data',
    paper(SAAS, 23, 'Encryption should be enforced in transit and at rest'),
  ),
  on(
    'ISO 27001 A.8.20',
    'The link between the data centre and the cloud is a network path the plan did not intend; it must be secured and controlled.',
    'A.8.20 Networks security',
    paper(ARCH, 24, 'private service connectivity'),
  ),
  on('ISO 27001 A.8.24', 'Traffic across the link must be encrypted to the cryptography rules.', 'A.8.24 Use of cryptography', paper(ARCH, 23, 'Encrypt data in transit and at rest')),
];

export const FINDING_CONTROLS: Readonly<Record<string, FindingControls>> = {
  'restricted-on-multi-tenant': {
    controls: [
      on(
        'HIPAA 164.312(a)(1)',
        'PHI shares compute, storage and backups with other tenants; only logical access control keeps them out.',
        '§ 164.312(a)(1): access only for those granted rights',
        paper(ARCH, 10, 'Strong logical isolation required'),
      ),
      on(
        'HIPAA 164.312(a)(2)(iv)',
        'On shared storage and backups, encryption with this tenant’s own keys is what keeps the PHI unreadable to the others.',
        '§ 164.312(a)(2)(iv)',
        paper(GAP, 12, 'encrypted data domains'),
      ),
      on('GDPR Art. 9(1)', 'The workload holds or receives patient data: data concerning health, a special category.', 'Art. 9(1): data concerning health'),
      on(
        'GDPR Art. 32(1)(b)',
        'Confidentiality of the processing system rests on isolation from other tenants the client does not control.',
        'Art. 32(1)(b): ongoing confidentiality of processing systems',
        paper(SAAS, 8, 'tenant isolation is strong at the application, database, network, and encryption layers'),
      ),
      on(
        'ISO 27001 A.5.23',
        'Which cloud tenancy holds restricted data is a decision about the use of cloud services.',
        'A.5.23 Information security for use of cloud services',
        paper(GAP, 12, 'dedicated environments are often the preferred model'),
      ),
      on(
        'ISO 27001 A.8.22',
        'Restricted data on a shared tier sits in the same network segment as other tenants’ services.',
        'A.8.22 Segregation of networks',
        paper(GOV, 12, 'tenant isolation is enforced at the network, storage, identity'),
      ),
      on('ISO 27001 A.5.34', 'Patient data is personal data the law requires to be protected.', 'A.5.34 Privacy and protection of PII'),
    ],
  },
  'unmasked-restricted-outside-production': {
    controls: [
      on('HIPAA 164.312(a)(1)', 'Real PHI outside production is open to developers, test tools and vendors with weaker access rights.', '§ 164.312(a)(1)'),
      on(
        'HIPAA 164.312(b)',
        'Copies outside production escape production’s audit trail.',
        '§ 164.312(b): record and examine activity in systems that contain ePHI',
        paper(SEG, 20, 'retaining access logs'),
      ),
      on('GDPR Art. 25(2)', 'Testing needs no real patient data: by default only the data each purpose needs.', 'Art. 25(2): only personal data necessary for each specific purpose'),
      on('GDPR Art. 32(1)(a)', 'Masking on the way out of production is pseudonymisation.', 'Art. 32(1)(a): pseudonymisation'),
      on('ISO 27001 A.8.11', 'The data should be masked before it leaves production.', 'A.8.11 Data masking'),
      on(
        'ISO 27001 A.8.31',
        'Production data in development or test breaks the separation of environments.',
        'A.8.31 Separation of development, test and production environments',
        paper(SEG, 20, 'proving that production, non-production, and support access paths are segregated'),
      ),
      on('ISO 27001 A.8.33', 'Real patient data used as test information must be protected as production is, or replaced.', 'A.8.33 Test information'),
    ],
  },
  'tier-below-recommendation': {
    controls: [
      on(
        'HIPAA 164.308(a)(1)(ii)(B)',
        'A weaker tier than the risk calls for needs a recorded risk decision; without one the measure falls short of the risk.',
        '§ 164.308(a)(1)(ii)(B): measures sufficient to reduce risks to a reasonable and appropriate level',
      ),
      on('GDPR Art. 32(1)(b)', 'The tier sets the isolation and resilience of the system: it must match the risk.', 'Art. 32(1): a level of security appropriate to the risk'),
      on(
        'ISO 27001 A.5.23',
        'The tier is how the cloud service is used; choosing below the requirement is a cloud-use decision to record.',
        'A.5.23 Information security for use of cloud services',
        paper(GOV, 6, 'whether the environment can tolerate shared infrastructure'),
      ),
    ],
  },
  'mixed-tiers-in-environment': {
    controls: [
      on('HIPAA 164.312(a)(1)', 'The isolation stops where the data goes: the shared part holds the same data outside the boundary.', '§ 164.312(a)(1)'),
      on('HIPAA 164.312(b)', 'One system split across a dedicated and a shared tier has no clear audit boundary.', '§ 164.312(b)', paper(ARCH, 11, 'clearer audit boundaries')),
      on('GDPR Art. 32(1)(b)', 'Confidentiality of one system is only as strong as its weakest tier.', 'Art. 32(1)(b)'),
      on('ISO 27001 A.8.22', 'Parts of one system sit on both sides of a segregation boundary.', 'A.8.22 Segregation of networks', paper(SEG, 20, 'defining trust boundaries')),
    ],
  },
  'promotion-path-broken': {
    controls: [
      on('HIPAA 164.312(a)(1)', 'Real data in a non-production environment on a shared tier sits behind a weaker boundary than production.', '§ 164.312(a)(1)'),
      on('GDPR Art. 25(1)', 'The promotion path should be designed so real data does not go where production’s protection does not.', 'Art. 25(1): data protection by design'),
      on(
        'GDPR Art. 32(1)(d)',
        'Tests on a shared tier do not prove the isolated platform production runs on.',
        'Art. 32(1)(d): testing the effectiveness of the measures',
        paper(ARCH, 29, 'environment promotion gates'),
      ),
      on(
        'ISO 27001 A.8.31',
        'Staging and test should match production’s isolation and be kept apart from it.',
        'A.8.31 Separation of development, test and production environments',
        paper(GOV, 6, 'whether production and non-production must be isolated'),
      ),
      on('ISO 27001 A.8.33', 'Confidential or restricted data used in test must be protected as test information.', 'A.8.33 Test information'),
    ],
  },
  'cycle-forces-move-group': {
    notAControlMatter:
      'A cycle decides which workloads must move together: a constraint on the order of the migration, not a safeguard of data. What the larger move risks is judged by the checks that are control matters (rollback, readiness).',
  },
  'readiness-missing': {
    controls: [
      whenMissing(
        BACKUP,
        on(
          'HIPAA 164.308(a)(7)(ii)(A)',
          'An untested backup restore means no proven retrievable copy of the ePHI before it moves.',
          '§ 164.308(a)(7)(ii)(A)',
          paper(ARCH, 30, 'should migrate only after performance baselines, backup validation, identity federation, and rollback plans are proven'),
        ),
      ),
      whenMissing(
        ['backup-restore-tested', 'runbook-ready'],
        on(
          'HIPAA 164.308(a)(7)(ii)(D)',
          'The restore and the rollback runbook are parts of the contingency plan to test before the wave.',
          '§ 164.308(a)(7)(ii)(D)',
          paper(GOV, 41, 'rehearsed cutovers, rollback plans'),
        ),
      ),
      whenMissing(
        BACKUP,
        on(
          'HIPAA 164.310(d)(1)',
          'Its data leaves the data centre’s equipment in its wave; (d)(2)(iv) asks for a retrievable exact copy before equipment moves.',
          '§ 164.310(d)(1) and (d)(2)(iv) Data backup and storage',
        ),
      ),
      whenMissing(
        ['identity-federated'],
        on('HIPAA 164.312(d)', 'Until sign-in is federated, the cloud copy cannot verify users as the estate does.', '§ 164.312(d)', paper(SAAS, 23, 'integrate with centralized identity providers')),
      ),
      whenMissing(
        BACKUP,
        on('GDPR Art. 32(1)(c)', 'Without a tested restore there is no proof the data comes back in time after a failed cutover.', 'Art. 32(1)(c)', paper(SAAS, 40, 'Test database restores')),
      ),
      on('GDPR Art. 32(1)(d)', 'The readiness checks are the tests of the measures before the move; one is missing.', 'Art. 32(1)(d)'),
      whenMissing(
        ['performance-baseline'],
        on(
          'ISO 27001 A.8.6',
          'Without a performance baseline the cloud side cannot be sized and watched against what the workload needs.',
          'A.8.6 Capacity management',
          paper(GAP, 32, 'capacity guardrails'),
        ),
      ),
      whenMissing(BACKUP, on('ISO 27001 A.8.13', 'Backups must be tested by restoring them.', 'A.8.13 Information backup', paper(GAP, 27, 'routine restore testing'))),
      whenMissing(
        ['backup-restore-tested', 'runbook-ready'],
        on('ISO 27001 A.5.30', 'A critical workload moves only with its recovery proven: a tested restore and a rollback runbook.', 'A.5.30 ICT readiness for business continuity'),
      ),
      whenMissing(['identity-federated'], on('ISO 27001 A.5.16', 'Identity federation is one of the readiness checks.', 'A.5.16 Identity management')),
      whenMissing(
        ['monitoring-in-place'],
        on('ISO 27001 A.8.16', 'Monitoring is one of the readiness checks.', 'A.8.16 Monitoring activities', paper(GAP, 20, 'Implement monitoring and observability')),
      ),
      whenMissing(
        ['infrastructure-as-code'],
        on(
          'ISO 27001 A.8.9',
          'Infrastructure as code is one of the readiness checks.',
          'A.8.9 Configuration management',
          paper(GOV, 19, 'Infrastructure as Code should define networks, compute, storage classes, backup policies'),
        ),
      ),
    ],
  },
  'unclassified-production': {
    controls: [
      on(
        'HIPAA 164.308(a)(1)(ii)(A)',
        'A risk analysis must know where ePHI is held; these workloads may hold it and nobody has said.',
        '§ 164.308(a)(1)(ii)(A): ePHI held by the covered entity',
        paper(GAP, 34, 'inventory workloads, classify data'),
      ),
      on('GDPR Art. 9(1)', 'Unknown data in a healthcare estate may be data concerning health.', 'Art. 9(1)'),
      on('ISO 27001 A.5.12', 'The workloads are not classified.', 'A.5.12 Classification of information', paper(SEG, 36, 'data classification')),
      on('ISO 27001 A.5.9', 'The inventory does not say what information these assets hold.', 'A.5.9 Inventory of information and other associated assets'),
    ],
  },
  'plan:oversized-unit': {
    notAControlMatter: 'How many workloads a wave moves is planning capacity, not a safeguard; the risk of the larger cutover is judged where it is a control matter, by the rollback check.',
  },
  'plan:pin-against-dependency': {
    controls: [
      ...hybridLink('A pin ahead of its provider splits the two across the data centre and the cloud'),
      on(
        'ISO 27001 A.8.32',
        'A pin ahead of the proving or non-production waves puts a production change in before it has been rehearsed.',
        'A.8.32 Change management',
        paper(GOV, 41, 'rehearsed cutovers'),
      ),
    ],
  },
  'plan:pin-over-capacity': { notAControlMatter: 'A wave over its size is a capacity question for the plan, not a safeguard.' },
  'plan:pins-disagree': { notAControlMatter: 'Pins that contradict each other are a data-entry question for the plan; the unit moves once, at the latest pin.' },
  'plan:condition-gave-way': {
    controls: [
      ...hybridLink('A broken loop or an order that gave way splits dependents across the data centre and the cloud'),
      on(
        'ISO 27001 A.8.32',
        'Non-production moving with or after its production means the production change is not rehearsed first.',
        'A.8.32 Change management',
        paper(ARCH, 30, 'Non-critical services can move first to validate landing zone controls'),
      ),
    ],
  },
  'plan:under-minimum': { notAControlMatter: 'A small wave costs a cutover window for little; a matter of cost, not of a safeguard.' },
  'plan:rollback-split': {
    notAControlMatter: 'The planner split the wave so its rollback fits: the contingency controls are kept, not broken; a wave that still cannot roll back in time is the rollback check’s finding.',
  },
  'plan:date-unmet': { notAControlMatter: 'A missed date is a business commitment (a contract, a data-centre exit), not a safeguard of data.' },
  'rollback-too-long': {
    controls: [
      on('HIPAA 164.308(a)(7)', 'A failed cutover the wave cannot undo in time is an occurrence the contingency plan does not cover.', '§ 164.308(a)(7)(i)'),
      on(
        'HIPAA 164.308(a)(7)(ii)(B)',
        'The way back restores data slower than the window or an RTO allows.',
        '§ 164.308(a)(7)(ii)(B): restore any loss of data',
        paper(SEG, 34, 'test restoration against defined RPO and RTO'),
      ),
      on(
        'HIPAA 164.312(c)(1)',
        'A way back by restore brings data back only as of the backup; a parallel run with reverse replication keeps it whole.',
        '§ 164.312(c)(1): protect ePHI from improper alteration or destruction',
      ),
      on('GDPR Art. 32(1)(c)', 'Personal data would not be available again in a timely manner after a failed cutover.', 'Art. 32(1)(c): restore availability in a timely manner'),
      on(
        'ISO 27001 A.5.30',
        'The recovery time does not meet the continuity objective (the RTO or the window).',
        'A.5.30 ICT readiness for business continuity',
        paper(GAP, 27, 'recoverable to defined recovery objectives'),
      ),
      on('ISO 27001 A.8.13', 'A long way back is most often a restore from backup, which must be tested and timed.', 'A.8.13 Information backup'),
      on('ISO 27001 A.8.14', 'Keeping the source running through a parallel run is the redundancy that shortens it.', 'A.8.14 Redundancy of information processing facilities'),
    ],
  },
};
