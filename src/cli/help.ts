export const HELP = `OpenIPP: IP protection platform for online marketplaces

usage: ipp <command> [arguments]

commands:
  serve                 open and migrate the database, load the demo data on first start,
                        listen on HOST:PORT, deliver webhooks; stops on SIGINT/SIGTERM
  migrate               apply pending database migrations
  demo [--reissue-keys] load the demo data set (idempotent) and print its credentials;
                        --reissue-keys issues fresh marketplace API keys when it already exists
  audit verify          walk the hash-chained audit log; prints the verdict as JSON,
                        exit 1 naming the first broken seq when the chain does not hold
  timeline <itemId> [--json]
                        an item's history: notice, decisions, counter-notice, answers, clocks,
                        outcome, appeals
  scan ...              run proactive detection over NDJSON listings (ipp scan --help)
  scan-worker           consume listing ids from NATS JetStream and scan them (IPP_SCAN_BUS=nats, NATS_URL)
  help                  this text

environment:
  HOST, PORT            listen address (default 127.0.0.1:3000; PORT=0 picks a free port)
  IPP_DATA_DIR          data directory: embedded PGlite database and secret key (default ./data)
  DATABASE_URL          use PostgreSQL instead of the embedded database
  IPP_DEMO=0            never load the demo data
  IPP_SECRET_KEY        master key for webhook signing secrets (default: generated in IPP_DATA_DIR)
  IPP_WEBHOOK_WORKER=0  do not run the webhook delivery worker in this process
  IPP_WEBHOOK_INTERVAL_MS  webhook polling interval (default 5000)
  LOG_LEVEL             JSON log level (default info)
  IPP_SCAN_BUS=nats     send listing changes to \`ipp scan-worker\` processes through NATS JetStream
  NATS_URL, IPP_SCAN_STREAM  the NATS server and stream name (default IPP_SCAN)
`;
