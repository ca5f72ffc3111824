import './modules.ts';
import { HELP } from './cli/help.ts';
import { complain, say } from './cli/print.ts';

/**
 * `ipp <command>`: the operator's entry point (npm run ipp -- <command>, or the `ipp` bin).
 * Commands are imported on demand so `help` and `scan` do not load the server and database stack.
 */
async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return (await import('./cli/serve.ts')).serveCommand(rest);
    case 'migrate':
      return (await import('./cli/database.ts')).migrateCommand();
    case 'demo':
      return (await import('./cli/database.ts')).demoCommand(rest);
    case 'audit':
      return (await import('./cli/database.ts')).auditCommand(rest);
    case 'ledger':
      return (await import('./cli/database.ts')).ledgerCommand(rest);
    case 'timeline':
      return (await import('./timeline/index.ts')).runTimelineCommand(rest);
    case 'test-buy':
      return (await import('./test-buys/index.ts')).runTestBuyCommand(rest);
    case 'referral':
      return (await import('./referrals/index.ts')).runReferralCommand(rest);
    case 'verify-receipt':
      return (await import('./receipts/index.ts')).runVerifyReceiptCommand(rest);
    case 'scan-worker':
      return (await import('./cli/scan-worker.ts')).scanWorkerCommand(rest);
    case 'scan':
      return (await import('./detection/scan-cli.ts')).runScanCommand([...rest]);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      say(HELP);
      return 0;
    default:
      complain(`ipp: unknown command "${command}"\n\n${HELP}`);
      return 2;
  }
}

// `ipp demo | head` closes the pipe early; that is the reader's choice, not an error to crash on.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // A refusal to open a data folder is an answer for the operator, not a crash: no stack.
  complain(
    `ipp: ${(error as Error).name === 'EmbeddedDatabaseUnavailable' ? (error as Error).message : ((error as Error).stack ?? String(error))}`,
  );
  process.exitCode = 1;
}
