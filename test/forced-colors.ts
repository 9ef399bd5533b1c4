import { executeServerCommand } from '@web/test-runner-commands';

/** Turns the reader's forced colours (Windows high contrast) on or off for this test page. */
export const emulateForcedColors = (value: 'active' | 'none'): Promise<unknown> => executeServerCommand('emulate-forced-colors', value);
