// How a column writes its numbers: which character is the decimal mark and which groups
// thousands ("1.950,50" in Germany, "1,950.50" in the UK, "1 950,50" in France,
// "1'950.50" in Switzerland). Decided per column from the evidence in the whole column.

export interface NumberStyle {
  decimal: '.' | ',';
  /** '' when the column never groups thousands. */
  group: ',' | '.' | ' ' | "'" | '';
}
