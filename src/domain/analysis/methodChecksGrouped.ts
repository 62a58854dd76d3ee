// The checks as the panel lists them: warnings first, so the one real error is never buried
// under tips; and each kind of tip once, with the steps or lanes it is about, because an
// early flow without underlag yields one identical tip per activity. Errors stay one line
// each: every one of them is a thing to fix, and they are rarely many.
import type { CheckCode, Finding } from './methodChecks';

export interface FindingGroup {
  code: CheckCode;
  severity: Finding['severity'];
  /** One finding, or all the tips of this code in the order the checks found them. */
  findings: Finding[];
}

export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const errors: FindingGroup[] = [];
  const hints = new Map<CheckCode, FindingGroup>();
  for (const f of findings) {
    if (f.severity === 'error') {
      errors.push({ code: f.code, severity: f.severity, findings: [f] });
      continue;
    }
    const group = hints.get(f.code);
    if (group) group.findings.push(f);
    else hints.set(f.code, { code: f.code, severity: f.severity, findings: [f] });
  }
  return [...errors, ...hints.values()];
}
