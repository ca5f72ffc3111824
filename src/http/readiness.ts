/**
 * Whether the platform is ready to serve the API. Liveness (`/healthz`) says the process answers;
 * readiness (`/readyz`) says the steps a start needs are done: the migrations (applied before the
 * platform is built, so nothing listens before them) and whatever `serve` still does after it
 * listens (loading the demo data). Until then every /v1 request is answered 503 "starting", so a
 * login during the demo load is not told "wrong password" for an account about to exist.
 */
export class Readiness {
  private readonly pending = new Set<string>();

  /** Marks a start-up step as under way; the returned function marks it done. */
  hold(step: string): () => void {
    this.pending.add(step);
    return () => {
      this.pending.delete(step);
    };
  }

  get ready(): boolean {
    return this.pending.size === 0;
  }

  /** What the platform is still doing, for the 503's detail. */
  get waitingFor(): string[] {
    return [...this.pending];
  }

  /** The user-facing sentence of a 503 while starting. */
  startingMessage(): string {
    const steps = this.waitingFor;
    return `The platform is starting${steps.length > 0 ? ` (${steps.join(', ')})` : ''}; try again in a moment`;
  }
}
