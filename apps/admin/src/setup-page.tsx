import { type FormEvent, useState } from 'react';

interface ApiError {
  error: { code: string; message: string; details?: { issues?: { field: string; message: string }[] } };
}

type State =
  | { kind: 'form' }
  | { kind: 'sending' }
  | { kind: 'done'; email: string }
  | { kind: 'failed'; error: ApiError['error'] };

/** The first-run page: creates the platform owner with the one-time token from the start-up output. */
export function SetupPage({ token }: { token: string }) {
  const [state, setState] = useState<State>({ kind: 'form' });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setState({ kind: 'sending' });
    const res = await fetch('/api/setup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        token,
        email: form.get('email'),
        name: form.get('name'),
        password: form.get('password'),
      }),
    });
    const body = await res.json();
    if (res.ok) setState({ kind: 'done', email: body.email });
    else setState({ kind: 'failed', error: (body as ApiError).error });
  }

  if (state.kind === 'done') {
    return (
      <section className="card">
        <h2>Platform owner created</h2>
        <p>
          <strong>{state.email}</strong> now owns this Charter installation. Sign in with it to create your
          first company.
        </p>
      </section>
    );
  }
  const issues = state.kind === 'failed' ? (state.error.details?.issues ?? []) : [];
  return (
    <section className="card">
      <h2>Create the platform owner</h2>
      <p className="tagline">This link works once, for 24 hours. There are no default credentials.</p>
      <form onSubmit={submit} className="form">
        <label>
          Name
          <input name="name" required autoComplete="name" />
        </label>
        <label>
          Email
          <input name="email" type="email" required autoComplete="email" />
        </label>
        <label>
          Password <small>(at least 12 characters; a few unrelated words work well)</small>
          <input
            name="password"
            type="password"
            required
            minLength={12}
            maxLength={128}
            autoComplete="new-password"
          />
        </label>
        {state.kind === 'failed' && (
          <div className="error" role="alert">
            {issues.length === 0 && <p>{state.error.message}</p>}
            {issues.map((i) => (
              <p key={i.field}>{i.message}</p>
            ))}
          </div>
        )}
        <button type="submit" disabled={state.kind === 'sending'}>
          {state.kind === 'sending' ? 'Creating…' : 'Create owner'}
        </button>
      </form>
    </section>
  );
}
