/** The callers waiting for their turn, first come first served. */
const waiting: (() => void)[] = [];
let channel: MessageChannel | undefined;

/** Lets the next waiting caller go, in a task of its own, and asks for another task while any wait. */
function takeTurn(): void {
  waiting.shift()?.();
  if (waiting.length) channel!.port2.postMessage(0);
}

/**
 * Resolves in a task of its own, after the turns asked for before it: the elements of a page render
 * one a task, so that neither their upgrade nor a feed's arrival makes one long task of them all
 * (the browser may paint and answer input between two). A message is a task without a timer's
 * clamping and, unlike an animation frame, it comes in a page in the background too.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = takeTurn;
    }
    if (waiting.push(resolve) == 1) channel.port2.postMessage(0);
  });
}

/**
 * Resolves once the browser has painted the next frame (in a task after it), or after 100 ms in a
 * page that paints no frames (in the background): what a reader's click changed shows first.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(resolve));
  });
}
