import { loadConfig } from '../config/config.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { loadTimeline } from './timeline.service.ts';
import { timelineText } from './timeline.ts';

const USAGE = 'usage: ipp timeline <itemId> [--json]';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `ipp timeline <itemId> [--json]`: an item's full history from the database the server uses
 * (configured like `ipp serve`). An operator tool: whoever can open the database reads everything.
 * Exit codes: 0 printed, 1 no such item, 2 bad usage.
 */
export async function runTimelineCommand(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const rest = argv.filter((a) => a !== '--json');
  const unknown = rest.find((a) => a.startsWith('-'));
  if (unknown || rest.length !== 1 || !UUID.test(rest[0] ?? '')) {
    process.stderr.write(
      `${unknown ? `unknown option ${unknown}\n` : rest.length === 1 ? `not an item id: ${rest[0]}\n` : ''}${USAGE}\n`,
    );
    return 2;
  }
  const itemId = rest[0]!;
  const database = await openDatabase(loadConfig().database, { holder: 'ipp timeline' });
  try {
    await migrate(database.db, database.driver);
    const timeline = await loadTimeline(database.db, itemId);
    if (!timeline) {
      process.stderr.write(`no notice item ${itemId}\n`);
      return 1;
    }
    process.stdout.write(`${json ? JSON.stringify(timeline, null, 2) : timelineText(timeline)}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
