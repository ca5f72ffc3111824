import type { Config } from './config/config.ts';
import { type DatabaseHandle, openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { type App, buildApp } from './http/app.ts';
import { routeModules } from './http/routes.ts';

export interface Platform {
  app: App;
  database: DatabaseHandle;
  close(): Promise<void>;
}

/** Opens storage, applies migrations and builds the HTTP app. Background workers start separately. */
export async function createPlatform(config: Config): Promise<Platform> {
  const database = await openDatabase(config.database);
  await migrate(database.db, database.driver);
  const app = await buildApp({ db: database.db, config }, routeModules);
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
