// Settings and storage: how safe the data is here, backups of the whole workspace.
import { useT } from '../platform/i18n/i18n';
import { BackupSection } from '../backup/BackupSection';
import { StorageSection } from './StorageSection';
import { ServerSection } from '../sharedLibrary/ServerSection';

export function SettingsScreen() {
  const t = useT();
  return (
    <main className="library settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">{t('settings.heading')}</h1>
      <ServerSection />
      <StorageSection />
      <BackupSection />
    </main>
  );
}
