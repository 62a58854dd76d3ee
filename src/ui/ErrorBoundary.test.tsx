// The boundary's own logic, without a DOM: this repository's unit tests run in Node (no jsdom),
// and server rendering never calls error boundaries. What a person sees when a real part fails
// is covered end to end (e2e/render-safety.spec.ts: a screen whose code cannot be fetched).
import { isValidElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

function failedBoundary(kind?: 'screen' | 'part') {
  const boundary = new ErrorBoundary({ children: <p>Innehållet</p>, kind, resetKey: '/p/a' });
  boundary.state = { ...boundary.state, ...ErrorBoundary.getDerivedStateFromError() };
  return boundary;
}

describe('ErrorBoundary', () => {
  it('shows its children while nothing has failed', () => {
    const boundary = new ErrorBoundary({ children: <p>Innehållet</p> });
    expect(renderToStaticMarkup(boundary.render() as ReactElement)).toBe('<p>Innehållet</p>');
  });

  it('after an error: the message, what to do, a retry and the way to the library', () => {
    const html = renderToStaticMarkup(failedBoundary().render() as ReactElement);
    expect(html).not.toContain('Innehållet');
    expect(html).toContain('<h2>Den här delen kunde inte visas</h2>');
    expect(html).toContain('role="alert"');
    expect(html).toContain('Försök igen, eller gå till biblioteket.');
    expect(html).toContain('>Försök igen</button>');
    expect(html).toContain('>Till biblioteket</button>');
    expect(html).toMatch(/^<section class="part-failed part-failed-box">/);
  });

  it('a whole screen gets a <main> with a top-level heading', () => {
    const html = renderToStaticMarkup(failedBoundary('screen').render() as ReactElement);
    expect(html).toMatch(/^<main class="editor-message part-failed"><h1>/);
  });

  it('tries again by itself when another page is opened, not on any other update', () => {
    const failed = { failed: true, resetKey: '/p/a' };
    expect(
      ErrorBoundary.getDerivedStateFromProps({ children: null, resetKey: '/p/a' }, failed),
    ).toBe(null);
    expect(
      ErrorBoundary.getDerivedStateFromProps({ children: null, resetKey: '/' }, failed),
    ).toEqual({ failed: false, resetKey: '/' });
  });

  it('"Försök igen" shows the children again', () => {
    const boundary = failedBoundary();
    const setState = vi.spyOn(boundary, 'setState').mockImplementation(() => undefined);
    const fallback = boundary.render();
    expect(isValidElement(fallback)).toBe(true);
    (fallback as ReactElement<{ retry(): void }>).props.retry();
    expect(setState).toHaveBeenCalledWith({ failed: false });
  });

  it('logs what went wrong', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = new Error('trasig etikett');
    failedBoundary().componentDidCatch(error, { componentStack: '\n    at Panel' });
    expect(log).toHaveBeenCalledWith(error, '\n    at Panel');
    log.mockRestore();
  });
});
