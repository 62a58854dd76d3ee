// BPMN goes through its converter (loaded on demand), then the same import as our own files; what
// could not be shown is listed in the notice.
import { navigate, processPath } from '../../platform/router';
import { translate, useLanguage, type MessageKey } from '../../platform/i18n/i18n';
import { loadDocument } from '../../domain/load/loadDocument';
import { MAX_BPMN_CHARS, MAX_XML_DEPTH } from '../../formats/importLimits';
import { services } from '../../state/services';
import { useSessionStore } from '../../state/sessionStore';
import { importErrorMessage } from './importMessages';

/** BPMN goes through its converter (loaded on demand), then the same import as our own files. */
export async function importBpmnFile(name: string, text: string) {
  const { showAlert, showToast } = useSessionStore.getState();
  const t = (key: MessageKey) => translate(useLanguage.getState().language, key);
  const { importBpmn } = await import('../../formats/bpmn/importBpmn');
  const converted = await importBpmn(text, {
    title: name.replace(/\.(bpmn|xml)$/i, ''),
    defaultLaneName: t('bpmn.defaultLane'),
  });
  if (!converted.ok) {
    const max = { tooLarge: MAX_BPMN_CHARS / 1024 / 1024, tooDeep: MAX_XML_DEPTH };
    const params = { file: name, max: (max as Record<string, number>)[converted.error] ?? '' };
    showAlert({ key: `bpmn.error.${converted.error}`, params });
    return;
  }
  let fileText = JSON.stringify(converted.file);
  if (!converted.hasLayout) {
    const loaded = loadDocument(fileText);
    if (loaded.ok) {
      const { tidyProcess } = await import('../../editor/tidy/tidyProcess');
      const process = await tidyProcess(loaded.file.process);
      fileText = JSON.stringify({ ...loaded.file, process });
    }
  }
  const result = await services().importProcessFile(fileText);
  if (!result.ok) {
    showAlert(importErrorMessage(result.error, name));
    return;
  }
  const list = converted.simplified
    .slice(0, 6)
    .map((s) => s.name || s.type.replace('bpmn:', ''))
    .join(', ');
  showToast(
    converted.simplified.length > 0
      ? {
          key: 'bpmn.simplified',
          params: {
            file: name,
            count: converted.simplified.length,
            list: converted.simplified.length > 6 ? `${list} …` : list,
          },
          sticky: true,
        }
      : { key: 'bpmn.done', params: { file: name } },
  );
  navigate(processPath(result.id));
}
