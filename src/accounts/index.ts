export * from './accounts.service.ts';
