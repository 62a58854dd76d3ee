// A new process from a template or example: built from its text, laid out like "Städa upp",
// and stored through the same import as a file (so it never overwrites anything).
import type { Template } from '../domain/templates/templates';
import { buildFromTemplate } from '../domain/templates/templateText';
import { toProcessFile } from '../formats/json/processFile';
import { useRegisterStore } from '../state/registerStore';
import { services } from '../state/services';

export async function createFromTemplate(template: Template): Promise<string | null> {
  const entries = useRegisterStore.getState().entries;
  const { process, newEntries } = buildFromTemplate(template.head, template.text, entries);
  const { tidyProcess } = await import('../editor/tidy/tidyProcess');
  const laidOut = await tidyProcess(process);
  const file = toProcessFile(laidOut, [...entries, ...newEntries]);
  const result = await services().importProcessFile(JSON.stringify(file));
  return result.ok ? result.id : null;
}
