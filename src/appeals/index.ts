export { appealRoutes } from './appeal.routes.ts';
export { type AppealView, appealsOfItem, decideAppeal, fileAppeal, getAppeal } from './appeal.service.ts';
export { appealableDecision, appealRefusal, mayDecideAppeal } from './appeal.ts';
