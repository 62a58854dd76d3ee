// One broken part of the screen shows a message and a way back instead of taking the whole app
// with it: without a boundary React unmounts everything on a render error and the page goes
// blank (an emoji cut in half did that once). Around every screen and every editor panel.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../platform/i18n/i18n';
import { navigate } from '../platform/router';
import './ErrorBoundary.css';

interface Props {
  children: ReactNode;
  /** A whole screen (a <main> with a heading) or one part of one (a compact box). */
  kind?: 'screen' | 'part';
  /** When this changes (another page was opened), the part is tried again. */
  resetKey?: string;
}

interface State {
  failed: boolean;
  resetKey?: string;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The only trace of what went wrong: the person sees a plain message.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <PartFailed kind={this.props.kind ?? 'part'} retry={() => this.setState({ failed: false })} />
    );
  }
}

export function PartFailed({ kind, retry }: { kind: 'screen' | 'part'; retry(): void }) {
  const t = useT();
  const Heading = kind === 'screen' ? 'h1' : 'h2';
  const body = (
    <>
      <Heading>{t('safety.partFailed')}</Heading>
      <p role="alert">{t('safety.partHelp')}</p>
      <div className="part-failed-actions">
        <button className="button primary" onClick={retry}>
          {t('safety.retry')}
        </button>
        <button className="button" onClick={() => navigate('/')}>
          {t('safety.toLibrary')}
        </button>
      </div>
    </>
  );
  return kind === 'screen' ? (
    <main className="editor-message part-failed">{body}</main>
  ) : (
    <section className="part-failed part-failed-box">{body}</section>
  );
}
