import { describeHostPage } from './host-page-shifts.js';

// A desktop's width (two test files: each page replays a reader's slow sequence).
describeHostPage(1280, 800);
