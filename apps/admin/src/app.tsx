import { useEffect, useState } from 'react';
import { SetupPage } from './setup-page.js';

interface Readiness {
  status: string;
  database: { kind: string; migrations: number };
  instanceId: string;
}

type State =
  | { kind: 'loading' }
  | { kind: 'ready'; readiness: Readiness }
  | { kind: 'down'; message: string };

/** The backoffice shell. It reads only the public REST API, like any other client. */
export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    fetch('/api/ready')
      .then(async (res) => {
        const body = await res.json();
        if (res.ok) setState({ kind: 'ready', readiness: body as Readiness });
        else setState({ kind: 'down', message: body?.error?.message ?? `HTTP ${res.status}` });
      })
      .catch((error: unknown) => setState({ kind: 'down', message: String(error) }));
  }, []);

  const setupToken =
    window.location.pathname === '/setup' ? new URLSearchParams(window.location.search).get('token') : null;

  return (
    <main className="shell">
      <header>
        <h1>Charter</h1>
        <p className="tagline">Who may do what, in every app you build.</p>
      </header>
      {setupToken && <SetupPage token={setupToken} />}
      <section className="card" aria-live="polite">
        <h2>Server</h2>
        {state.kind === 'loading' && <p>Checking the server…</p>}
        {state.kind === 'ready' && (
          <dl>
            <dt>Status</dt>
            <dd className="ok">Ready</dd>
            <dt>Database</dt>
            <dd>{state.readiness.database.kind === 'pglite' ? 'Embedded (PGlite)' : 'PostgreSQL'}</dd>
            <dt>Schema version</dt>
            <dd>{state.readiness.database.migrations}</dd>
            <dt>Instance</dt>
            <dd>
              <code>{state.readiness.instanceId}</code>
            </dd>
          </dl>
        )}
        {state.kind === 'down' && <p className="error">Not ready: {state.message}</p>}
      </section>
      <section className="card">
        <h2>API</h2>
        <p>
          Browse the API at <a href="/api/docs/">/api/docs</a>, or fetch its description from{' '}
          <a href="/api/openapi.json">/api/openapi.json</a>.
        </p>
      </section>
    </main>
  );
}
