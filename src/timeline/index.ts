export { timelineRoutes } from './timeline.routes.ts';
export { itemClock, itemTimeline, loadTimeline, moveOf, type Timeline } from './timeline.service.ts';
export { type Move, orderTimeline, type TimelineEvent, timelineText, whoseMove } from './timeline.ts';
export { runTimelineCommand } from './timeline-cli.ts';
