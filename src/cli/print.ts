import type { DemoCredentials } from '../demo/index.ts';

/** Human-facing CLI output: stdout for messages, stderr for errors (logs are JSON, from Fastify). */
export function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

export function complain(line: string): void {
  process.stderr.write(`${line}\n`);
}

/**
 * Prints the demo logins and marketplace keys. Keys are stored hashed, so they can only be shown
 * in the run that issued them; otherwise the output says how to get fresh ones.
 */
export function printDemoCredentials(demo: DemoCredentials, baseUrl?: string): void {
  say(
    demo.created
      ? 'Demo data loaded. Demo credentials (demo data only, do not use in production):'
      : 'Demo data present. Demo credentials:',
  );
  const width = Math.max(...demo.users.map((u) => u.email.length));
  for (const user of demo.users)
    say(`  ${user.role.padEnd(13)} ${user.email.padEnd(width)}  password: ${user.password}`);
  say('Marketplace API keys (role "marketplace"; send as "Authorization: Bearer <key>"):');
  for (const market of demo.marketplaces) {
    const key = market.apiKey ?? '(printed when issued; run "ipp demo --reissue-keys" for a new one)';
    say(`  ${market.code.padEnd(9)} ${market.jurisdiction}  ${market.id}  key: ${key}`);
  }
  if (demo.scanned)
    say(`Detection scanned ${demo.scanned.listings} demo listings (${demo.scanned.flagged} flagged).`);
  if (baseUrl)
    say(
      `Try: curl -s -X POST ${baseUrl}/v1/auth/login -H 'content-type: application/json' -d '{"email":"${demo.users[0]?.email}","password":"${demo.users[0]?.password}"}'`,
    );
}
