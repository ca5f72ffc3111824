export * from './marketplace.service.ts';
