import { describeHostPage } from './host-page-shifts.js';

// A phone's width (two test files: each page replays a reader's slow sequence).
describeHostPage(390, 780);
