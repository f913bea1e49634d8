import type { Control, ControlSource } from './control.js';

// HIPAA Security Rule controls the findings concern: 45 CFR Part 164, Subpart C. Ids,
// titles and words as the eCFR prints §§ 164.308 (administrative safeguards), 164.310
// (physical) and 164.312 (technical); a standard is cited by its paragraph ("164.312(b)"),
// an implementation specification by its full path ("164.308(a)(7)(ii)(A)").

const PART = '45 CFR Part 164, Subpart C: Security Standards for the Protection of Electronic Protected Health Information (the HIPAA Security Rule)';
const ECFR = 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-C';

function cfr(id: string): ControlSource {
  const section = id.slice(0, 7);
  return { document: PART, section: `§ ${id}`, url: `${ECFR}/section-${section}` };
}

function hipaa(id: string, title: string, gist: string): Control {
  return { framework: 'HIPAA', id, title, gist, source: cfr(id) };
}

export const HIPAA_CONTROLS: readonly Control[] = [
  hipaa('164.308(a)(1)(ii)(A)', 'Risk analysis', 'Assess accurately and thoroughly the risks to the confidentiality, integrity and availability of the ePHI held.'),
  hipaa('164.308(a)(1)(ii)(B)', 'Risk management', 'Put in place security measures that bring those risks down to a reasonable and appropriate level.'),
  hipaa('164.308(a)(7)', 'Contingency plan', 'Have policies and procedures for an emergency or other occurrence that damages systems containing ePHI.'),
  hipaa('164.308(a)(7)(ii)(A)', 'Data backup plan', 'Create and keep retrievable exact copies of ePHI.'),
  hipaa('164.308(a)(7)(ii)(B)', 'Disaster recovery plan', 'Have procedures to restore any loss of data.'),
  hipaa('164.308(a)(7)(ii)(D)', 'Testing and revision procedures', 'Test the contingency plans from time to time and revise them.'),
  hipaa(
    '164.310(d)(1)',
    'Device and media controls',
    'Govern hardware and electronic media holding ePHI as they come in, go out and move; its (d)(2)(iv) asks for a retrievable exact copy before equipment moves.',
  ),
  hipaa('164.312(a)(1)', 'Access control', 'Let only the people and programs granted access rights reach systems that hold ePHI.'),
  hipaa('164.312(a)(2)(iv)', 'Encryption and decryption', 'Have a mechanism to encrypt and decrypt ePHI.'),
  hipaa('164.312(b)', 'Audit controls', 'Record and examine activity in systems that contain or use ePHI.'),
  hipaa('164.312(c)(1)', 'Integrity', 'Protect ePHI from improper alteration or destruction.'),
  hipaa('164.312(d)', 'Person or entity authentication', 'Verify that whoever seeks access to ePHI is the one claimed.'),
  hipaa('164.312(e)(1)', 'Transmission security', 'Guard ePHI sent over an electronic communications network against unauthorised access.'),
];
