/** One failed check, named and graded as axe-core names and grades its rules. */
export interface Finding {
  id: string;
  impact: 'critical' | 'serious' | 'moderate' | 'minor';
  /** Where: the element's tag, id and classes, up a few ancestors. */
  target: string;
  detail: string;
}
